"""Provides the briefing as data: a CSV of its key figures and a documented JSON object.

CSV: one row per figure (``FIGURE_COLUMNS``; dates as ISO), UTF-8 with a byte-order mark so
Excel and LibreOffice read Vietnamese correctly, RFC 4180 quoting (CRLF line
ends, quotes doubled). A text cell that a spreadsheet would run as a formula
(starting with ``=``, ``+``, ``-``, ``@``, a tab or CR: article text is data)
is prefixed with ``'``, as OWASP advises; numbers are written as numbers.

JSON (``version`` 1): the header, each article with its citation, date,
place, source, URL, provinces, officials, passages (text and hit spans) and
figures, and the sources list; stable: a field is added, never changed.
"""

from __future__ import annotations

import csv
import io
from typing import Any

from ..models import Article, Figure
from ..sanitize import dumps, visible
from .markdown import date_of, place_of, source_of
from .model import Briefing

JSON_VERSION = 1
FIGURE_COLUMNS = (
    "article id", "title", "date", "date precision", "place", "source", "url",
    "value", "unit", "kind", "what it measures", "sentence",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def to_csv(briefing: Briefing) -> str:
    """The figures of a briefing, one row each (with a BOM: write it as UTF-8)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(FIGURE_COLUMNS)
    for item in briefing.items:
        a = item.article
        for f in item.figures:
            writer.writerow([
                _text(a.id), _text(a.shown_title), _iso(a), _precision(a),
                _text(place_of(a)), _text(source_of(a, missing="")), _text(a.url or ""),
                _number(f.value), _text(f.unit or ""), f.kind, _text(f.context or f.sentence), _text(f.sentence),
            ])
    return "\ufeff" + out.getvalue()


def _text(value: str) -> str:
    """A text cell: controls made visible (a CSV printed to a terminal is read there too), and
    never a formula."""
    value = visible(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


def _iso(a: Article) -> str:
    """The date as ISO (yyyy[-mm[-dd]]); an approximate one's, with "approximate" as its precision."""
    if a.date.iso:
        return a.date.iso
    return a.date_hint.iso or "" if a.date_hint is not None else ""


def _number(value: float) -> str:
    return str(int(value)) if value.is_integer() else repr(value)


def _precision(a: Article) -> str:
    if a.date.iso:
        return a.date.precision or ""
    return "approximate" if a.date_hint is not None and a.date_hint.iso else "unknown"


def to_json(briefing: Briefing) -> str:
    return dumps(to_dict(briefing), indent=1)


def to_dict(briefing: Briefing) -> dict[str, Any]:
    return {
        "version": JSON_VERSION,
        "title": briefing.title,
        "made_at": briefing.made_at,
        "query": briefing.query,
        "filters": [{"facet": facet, "value": value} for facet, value in briefing.filters.labels()],
        "sort": briefing.sort,
        "total": briefing.total,
        "picked": briefing.picked,
        "articles": [
            {
                "citation": item.citation,
                "id": item.article.id,
                "title": item.article.shown_title,
                "date": _date(item.article),
                "place": place_of(item.article),
                "provinces": [{"as_written": p, "since_2025": q} for p, q in item.article.province_pairs],
                "source": {"author": item.article.source.author, "site": item.article.source.site},
                "url": item.article.url,
                "officials": [{"name": o.name, "title": o.title} for o in item.article.officials],
                "passages": [
                    {"text": p.text, "spans": [[s.start, s.end] for s in p.spans]} for p in item.passages
                ],
                "figures": [_figure(f) for f in item.figures],
            }
            for item in briefing.items
        ],
        "sources": [
            {
                "citation": item.citation,
                "title": item.article.shown_title,
                "site": item.article.source.site,
                "date": date_of(item.article.date, item.article.date_hint),
                "url": item.article.url,
                "file": item.article.origin,
                "id": item.article.id,
            }
            for item in briefing.items
        ],
    }


def _date(a: Article) -> dict[str, Any]:
    hint = a.date_hint if not a.date.iso else None
    shown = a.date if a.date.iso else (hint or a.date)
    return {
        "iso": shown.iso,
        "precision": _precision(a),
        "approximate": bool(hint and hint.iso),
        "evidence": shown.evidence,
    }


def _figure(f: Figure) -> dict[str, Any]:
    return {
        "text": f.text,
        "value": f.value,
        "value_max": f.value_max,
        "denominator": f.denominator,
        "unit": f.unit,
        "kind": f.kind,
        "measures": f.context or f.sentence,
        "sentence": f.sentence,
        "span": [f.span.start, f.span.end],
    }
