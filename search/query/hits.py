"""Provides ``hit_from_stored``: one result row from an article's stored JSON, for every backend.

Why one function: the embedded index (``execution``) and the cluster (``opensearch/searching``) both
keep the article as ``Article.to_dict`` data; a row built two ways would drift (a field added to
``Hit`` on one side only, a title fallback changed on one side).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..models import Hit, PublishedDate, Source
from .highlight import Highlighter, snippet


def hit_from_stored(d: Mapping[str, Any], article_id: str, score: float, highlighter: Highlighter, width: int,
                    similar: tuple[str, ...] = (), similar_total: int = 0) -> Hit:
    """The row for stored article ``d``: its snippet and title spans from ``highlighter``.

    ``article_id`` is passed in because the cluster's hit carries it beside the stored data (its
    ``_id``) should the data lack one; the title falls back to it after the display title.
    """
    body = d.get("body") or ""
    title = d.get("title") or d.get("display_title") or article_id
    source = d.get("source") or {}
    return Hit(
        id=article_id,
        title=title,
        has_title=d.get("title") is not None,
        date=PublishedDate(**(d.get("date") or {})),
        score=round(score, 4),
        provinces=tuple(d.get("provinces") or ()),
        provinces_2025=tuple(d.get("provinces_2025") or ()),
        main_province=d.get("main_province"),
        main_province_2025=d.get("main_province_2025"),
        source=Source(author=source.get("author"), site=source.get("site")),
        snippet=snippet(body, highlighter.spans(body), width),
        title_spans=tuple(highlighter.spans(title)),
        date_hint=PublishedDate(**d["date_hint"]) if d.get("date_hint") else None,
        similar=similar,
        similar_total=similar_total,
    )
