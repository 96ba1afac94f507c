"""Provides what an article gives the query side's fields, for either backend's document.

Why one place: the embedded index (``embedded/schema.py``) and the cluster (``opensearch/mapping.py``)
each build a document of their own layout, but the query side reads the same fields from both
(``source.py`` spells their names); a facet value or the searchable text built two ways would make
the backends answer differently.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..models import Article
from .source import ABBR, OFFICIAL, OFFICIAL_TITLE, PROVINCE, PROVINCE_2025, SOURCE


def searchable_text(article: Article) -> str:
    """What the text fields index: the title (if any) then the body, one text."""
    return f"{article.title}\n{article.body}" if article.title else article.body


def keyword_values(article: Article, abbreviations: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """The exact-value fields (facets, learned abbreviations), each a list of strings."""
    return {
        PROVINCE: list(article.provinces),
        PROVINCE_2025: list(article.provinces_2025),
        OFFICIAL: [o.name for o in article.officials],
        OFFICIAL_TITLE: [f"{o.name}\t{o.title}" for o in article.officials if o.title],
        SOURCE: [article.source.site] if article.source.site else [],
        ABBR: [f"{a}\t{long_form}" for a, long_form in abbreviations],
    }
