"""Provides the index body (settings and mapping, versioned) and the document for one article.

3 primary shards and 1 replica: on a 3-node cluster every node holds one primary and one replica, so
losing any one node loses no data and searches keep answering from the replicas. The text fields
take space-joined terms our own analysis made (see the package docstring) through the ``whitespace``
analyzer; ``_source`` leaves them out (they are the body again, twice). The version lives in the
mapping's ``_meta``: a cluster index of another version is reported, never half-used.
"""

from __future__ import annotations

from typing import Any

from ..analysis import fold, index_terms, normalize
from ..models import Article, approximate_key
from ..query.field_values import keyword_values, searchable_text
from ..query.source import (
    ABBR,
    ID,
    OFFICIAL,
    OFFICIAL_TITLE,
    PROVINCE,
    PROVINCE_2025,
    SOURCE,
    TEXT,
    TEXT_F,
    TITLE,
    TITLE_F,
)

MAPPING_VERSION = 1
"""Raise when a field or its analysis changes: an index of another version must be rebuilt."""
SHARDS, REPLICAS = 3, 1

DOC = "doc"
"""The article as ``Article.to_dict()`` (stored, not indexed)."""
HASH, ORIGIN = "hash", "origin"
DATE, DATED, DATED_FIRST, DATED_LAST, APPROX = "date", "dated", "dated_first", "dated_last", "approx"
"""The publication date (``yyyymmdd``, 0 unknown); the date filters use: known, else approximate;
its first and last day (a month-only date spans the month); whether it is approximate."""
YEAR, MONTH = "year", "month"
"""The date facet's buckets: "2022" (or "unknown") and "2022-06" (absent without a month)."""
INDEXED_AT = "indexed_at"
"""Milliseconds since the epoch when this version of the article was indexed (the watermark)."""
KEYWORDS = (ID, HASH, ORIGIN, PROVINCE, PROVINCE_2025, OFFICIAL, OFFICIAL_TITLE, SOURCE, ABBR, YEAR, MONTH)


def index_body() -> dict[str, Any]:
    text = {"type": "text", "analyzer": "whitespace"}
    properties: dict[str, Any] = {name: {"type": "keyword"} for name in KEYWORDS}
    properties.update({name: dict(text) for name in (TEXT, TEXT_F, TITLE, TITLE_F)})
    properties.update({name: {"type": "integer"} for name in (DATE, DATED, DATED_FIRST, DATED_LAST)})
    properties[APPROX] = {"type": "boolean"}
    properties[INDEXED_AT] = {"type": "long"}
    properties[DOC] = {"type": "object", "enabled": False}
    return {
        "settings": {"index": {"number_of_shards": SHARDS, "number_of_replicas": REPLICAS,
                               "max_result_window": 100_000}},
        "mappings": {
            "dynamic": "strict",
            "_meta": {"briefing_tui_mapping": MAPPING_VERSION},
            "_source": {"excludes": [TEXT, TEXT_F, TITLE, TITLE_F]},
            "properties": properties,
        },
    }


def _terms(text: str) -> tuple[str, str]:
    accented = index_terms(normalize(text))
    return " ".join(accented), " ".join(fold(t) for t in accented)


def _span(key: int) -> tuple[int, int]:
    """The first and last day a ``yyyymmdd`` key stands for (as ``DateRange.contains`` reads it)."""
    if key == 0:
        return 0, 0
    if key % 10000 == 0:
        return key + 101, key + 1231
    if key % 100 == 0:
        return key + 1, key + 31
    return key, key


def to_document(article: Article, abbreviations: list[tuple[str, str]], now_ms: int) -> dict[str, Any]:
    """The cluster document for one article."""
    text, text_f = _terms(searchable_text(article))
    dated = article.date.sort_key or approximate_key(article.date, article.date_hint)
    first, last = _span(dated)
    doc: dict[str, Any] = {
        ID: article.id,
        DOC: article.to_dict(),
        HASH: article.content_hash,
        ORIGIN: article.origin,
        DATE: article.date.sort_key,
        DATED: dated,
        DATED_FIRST: first,
        DATED_LAST: last,
        APPROX: not article.date.sort_key and bool(dated),
        YEAR: str(dated // 10000) if dated else "unknown",
        TEXT: text,
        TEXT_F: text_f,
        **keyword_values(article, abbreviations),
        INDEXED_AT: now_ms,
    }
    if dated and dated // 100 % 100:
        doc[MONTH] = f"{dated // 10000}-{dated // 100 % 100:02d}"
    if article.title:
        doc[TITLE], doc[TITLE_F] = _terms(article.title)
    return doc
