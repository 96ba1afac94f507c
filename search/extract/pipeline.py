"""Provides ``enrich``: one raw record in, one fully understood ``Article`` out.

Indexing calls nothing else, so every indexed article (raw text or JSON
record) carries the same fields. ``PIPELINE_VERSION`` is part of each
article's content hash: bump it when extraction changes and the next
``briefing-tui index`` re-extracts everything.
"""

from __future__ import annotations

import re

from ..analysis import normalize
from ..loading import RawRecord
from ..models import Article, PublishedDate, Source
from .provinces import distinct, find_provinces, to_2025

PIPELINE_VERSION = 1

_ISO_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


def record_date(value: str | None) -> PublishedDate:
    """A JSON record's own ``date`` field (ISO), trusted as given."""
    if not value:
        return PublishedDate()
    m = _ISO_DATE_RE.match(value.strip())
    if not m:
        return PublishedDate()
    year, month, day = m.group(1), m.group(2), m.group(3)
    if day:
        return PublishedDate(f"{year}-{int(month):02d}-{int(day):02d}", None, "day", f"record date {value}")
    if month:
        return PublishedDate(f"{year}-{int(month):02d}", None, "month", f"record date {value}")
    return PublishedDate(year, None, "year", f"record date {value}")


def enrich(record: RawRecord, pipeline_version: int = PIPELINE_VERSION) -> Article:
    body = normalize(record.text).strip()
    title = normalize(record.title).strip() if record.title else None
    mentions = find_provinces(f"{title}\n{body}" if title else body)
    provinces = distinct(mentions)
    return Article(
        id=record.id,
        origin=record.origin,
        body=body,
        title=title,
        display_title=title or _first_line(body),
        url=record.url,
        date=record_date(record.date),
        source=Source(author=None, site=record.source),
        provinces=provinces,
        provinces_2025=to_2025(provinces),
        content_hash=record.content_hash(pipeline_version),
    )


def _first_line(body: str, limit: int = 90) -> str:
    line = next((ln.strip() for ln in body.splitlines() if ln.strip()), "")
    return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
