"""Provides ``enrich``: one raw record in, one fully understood ``Article`` out.

Indexing calls nothing else, so every indexed article (raw text or JSON
record) carries the same fields. Steps: legacy-encoding check, cleaning (tail
cut first), title and date, source, provinces and the main province, officials,
key figures. Matching runs on the normalised text; everything shown is sliced
from the NFC original (same length), so quotes keep the article's own spelling.
``PIPELINE_VERSION`` is part of each article's content hash: bump it when
extraction changes and the next ``briefing-tui index`` re-extracts everything.
"""

from __future__ import annotations

import re
import unicodedata

from ..analysis import normalize
from ..errors import ArticleError
from ..loading import RawRecord
from ..models import Article, PublishedDate, Source, Span
from .clean import clean
from .dates import publication_date, source_of, year_hint
from .figures import find_figures
from .legacy import legacy_encoding
from .officials import Mentions
from .provinces import distinct, find_provinces, main_province, to_2025
from .text import sentences

PIPELINE_VERSION = 3

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


def crawl_hint(value: str | None) -> PublishedDate | None:
    """A record's crawl date: the article appeared on or before it (approximate, never the date)."""
    found = record_date(value)
    if not found.iso:
        return None
    return PublishedDate(found.iso, None, found.precision, f"crawled {value}: published on or before", approximate=True)


def enrich(record: RawRecord, pipeline_version: int = PIPELINE_VERSION) -> Article:
    """Clean and understand one record; raises ``ArticleError`` for legacy-encoded text."""
    legacy = legacy_encoding(record.text)
    if legacy:
        raise ArticleError(
            f"the text is in the legacy {legacy} encoding, not Unicode; convert it (e.g. with unikey) and index it again"
        )
    cleaned = clean(record.text)
    body = cleaned.body
    title = unicodedata.normalize("NFC", record.title).strip() if record.title else cleaned.title
    date = record_date(record.date) if record.date else publication_date(cleaned)
    hint = None if date.known else (year_hint(body) or crawl_hint(record.crawl_date))
    source = source_of(cleaned.source_text)
    if record.source and not source.site:
        source = Source(author=source.author, site=record.source)

    text = f"{title}\n{body}" if title else body
    norm = normalize(text)
    shift = len(title) + 1 if title else 0
    mentions = find_provinces(norm)
    provinces = distinct(mentions)
    people = Mentions(norm)
    main = main_province(mentions, norm, people.titled_provinces(), source.site)
    officials = tuple(people.officials(main, written=text))
    norm_body = norm[shift:]
    figures = tuple(find_figures(norm_body, body, cleaned.raw_line_of))
    return Article(
        id=record.id,
        origin=record.origin,
        body=body,
        title=title,
        display_title=title or display_title(body, cleaned.headings, cleaned.captions),
        url=record.url,
        date=date,
        date_hint=hint,
        source=source,
        provinces=provinces,
        provinces_2025=to_2025(provinces),
        main_province=main,
        main_province_2025=to_2025((main,))[0] if main else None,
        officials=officials,
        figures=figures,
        captions=tuple(Span(a, b) for a, b in cleaned.captions),
        headings=tuple(Span(a, b) for a, b in cleaned.headings),
        content_hash=record.content_hash(pipeline_version),
    )


def display_title(
    body: str, headings: list[tuple[int, int]], captions: list[tuple[int, int]] = (), limit: int = 90
) -> str:
    """What the reader shows for an untitled article: its first heading, else its first
    sentence that is not a photo caption, clipped. Never stored as the title."""
    if headings:
        a, b = headings[0]
        return _clip(body[a:b], limit)
    first = [s for s in sentences(body[:3000]) if not any(a <= s.start < b for a, b in captions)]
    return _clip(first[0].text if first else body, limit)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    return text[: cut if cut > limit // 2 else limit - 1].rstrip(",;: ") + "…"
