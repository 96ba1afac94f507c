"""Provides the machine- and paper-friendly forms of a search: JSON and Markdown.

The JSON object is a documented, stable interface (README "JSON output"):
``total``, ``elapsed_ms``, ``hits`` (id, title, date, score, provinces,
snippet with character spans), ``facets`` and ``suggestion``. Spans are
``[start, end)`` character offsets into the snippet (or title) text.

The Markdown briefing is read in a terminal as often as rendered, and its text
is data: every string is made ``one_line`` (controls visible, newlines spaces,
so a title cannot start a heading, a list item or an HTML block), HTML is
escaped as entities and Markdown's metacharacters with backslashes.
"""

from __future__ import annotations

import re
from typing import Any

from .models import Article, FacetValue, Hit, SearchResult, Snippet, Span
from .sanitize import one_line

JSON_VERSION = 1


def _spans(spans: tuple[Span, ...]) -> list[list[int]]:
    return [[s.start, s.end] for s in spans]


def _facet(values: tuple[FacetValue, ...]) -> list[dict[str, Any]]:
    return [{"value": v.value, "count": v.count, "selected": v.selected, "label": v.label} for v in values]


def hit_to_dict(hit: Hit) -> dict[str, Any]:
    return {
        "id": hit.id,
        "title": hit.title,
        "has_title": hit.has_title,
        "date": hit.date.iso,
        "date_precision": hit.date.precision,
        "date_evidence": hit.date.evidence,
        "score": hit.score,
        "provinces": list(hit.provinces),
        "provinces_2025": list(hit.provinces_2025),
        "main_province": hit.main_province,
        "main_province_2025": hit.main_province_2025,
        "source": {"author": hit.source.author, "site": hit.source.site},
        "snippet": {"text": hit.snippet.text, "spans": _spans(hit.snippet.spans)},
        "title_spans": _spans(hit.title_spans),
    }


def result_to_dict(result: SearchResult) -> dict[str, Any]:
    f = result.facets
    return {
        "version": JSON_VERSION,
        "query": result.query.text,
        "total": result.total,
        "elapsed_ms": round(result.elapsed_ms, 2),
        "offset": result.query.offset,
        "limit": result.query.limit,
        "sort": result.query.sort,
        "suggestion": result.suggestion,
        "relaxed": result.relaxed,
        "notices": list(result.notices),
        "hits": [hit_to_dict(h) for h in result.hits],
        "facets": {
            "province": _facet(f.province),
            "province_2025": _facet(f.province_2025),
            "official": _facet(f.official),
            "year": _facet(f.year),
            "month": _facet(f.month),
            "source": _facet(f.source),
        },
    }


def article_to_dict(article: Article) -> dict[str, Any]:
    """The documented ``extract --format json`` / ``show --format json`` object of one article."""
    d = article.to_dict()
    return {
        "id": article.id,
        "origin": article.origin,
        "title": article.title,
        "display_title": article.display_title,
        "url": article.url,
        "date": d["date"],
        "date_hint": d["date_hint"],
        "source": d["source"],
        "main_province": article.main_province,
        "main_province_2025": article.main_province_2025,
        "provinces": list(article.provinces),
        "provinces_2025": list(article.provinces_2025),
        "officials": d["officials"],
        "figures": [
            {**f, "span": [f["span"]["start"], f["span"]["end"]],
             "sentence_span": [f["sentence_span"]["start"], f["sentence_span"]["end"]]}
            for f in d["figures"]
        ],
        "flags": list(article.flags),
        "body": article.body,
    }


def _md_marked(snippet: Snippet) -> str:
    # one_line keeps the length, so the spans still point at the hits
    text, out, pos = one_line(snippet.text), [], 0
    for s in snippet.spans:
        out.append(_md_escape(text[pos : s.start]))
        out.append("**" + _md_escape(text[s.start : s.end]) + "**")
        pos = s.end
    out.append(_md_escape(text[pos:]))
    return "".join(out)


def _md_escape(text: str) -> str:
    """Literal text inside a Markdown line: HTML as entities, metacharacters backslashed."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "\\`*_[]#|~":
        text = text.replace(ch, "\\" + ch)
    return text


def _md_text(text: str) -> str:
    """Data as Markdown text on one line."""
    return _md_escape(one_line(text))


_BLOCK_START = re.compile(r"([-+=])|\d{1,9}(?=[.)])")


def _md_block_safe(line: str) -> str:
    """A line's start that cannot open a block of its own ("- ", "1. ", "===", an indented code block)."""
    line = line.lstrip(" ")
    m = _BLOCK_START.match(line)
    if m is None:
        return line
    at = m.start() if m.group(1) else m.end()
    return line[:at] + "\\" + line[at:]


def _md_code(text: str) -> str:
    """A code span holding ``text`` literally, whatever backticks it has."""
    text = one_line(text)
    fence = "`" * (max((len(r) for r in re.findall(r"`+", text)), default=0) + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def result_to_markdown(result: SearchResult) -> str:
    q = _md_text(result.query.text) if result.query.text else "(all articles)"
    lines = [f"# Kết quả / Results: “{q}”", "", f"{result.total} articles · {result.elapsed_ms:.0f} ms", ""]
    if result.suggestion:
        lines += [f"Did you mean: *{_md_text(result.suggestion)}*", ""]
    for i, hit in enumerate(result.hits, result.query.offset + 1):
        where = hit.main_province or ", ".join(hit.provinces) or "—"
        site = f" · {_md_text(hit.source.site)}" if hit.source.site else ""
        lines.append(
            f"{i}. **{_md_text(hit.title)}** — {_md_text(hit.date.display())} · {_md_text(where)}{site}"
            f" · {_md_code(hit.id)}"
        )
        if hit.snippet.text:
            lines.append(f"   > {_md_block_safe(_md_marked(hit.snippet))}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
