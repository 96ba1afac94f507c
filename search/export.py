"""Provides the machine- and paper-friendly forms of a search: JSON and Markdown.

The JSON object is a documented, stable interface (README "JSON output"):
``total``, ``elapsed_ms``, ``hits`` (id, title, date, score, provinces,
snippet with character spans), ``facets`` and ``suggestion``. Spans are
``[start, end)`` character offsets into the snippet (or title) text.

The Markdown list of results is read in a terminal as often as rendered, and
its text is data: every string is quoted through ``markdown_text``. (The cited
briefing is ``briefing/``.)
"""

from __future__ import annotations

from typing import Any

from . import markdown_text as md
from .models import Article, FacetValue, Filters, Hit, SearchResult, Span, facet_title

JSON_VERSION = 2
"""2: ``phrase_total`` (how many of ``total`` hold the query's runs of words as phrases); an
unaccented run of words now means all the words, as an accented one does; an undated hit's
``date_approximate`` (iso, basis, evidence), and the date facets' ``approximate`` counts; hits
are one per story (``story_total``; a hit's near-duplicates in ``similar``, ``similar_total``)."""


def _spans(spans: tuple[Span, ...]) -> list[list[int]]:
    return [[s.start, s.end] for s in spans]


def _facet(values: tuple[FacetValue, ...]) -> list[dict[str, Any]]:
    return [{"value": v.value, "count": v.count, "approximate": v.approximate, "selected": v.selected, "label": v.label}
            for v in values]


def _approximate(hit: Hit) -> dict[str, Any] | None:
    """An undated hit's approximate date (what the date filters and the date sort use), or None."""
    if hit.date.iso or hit.date_hint is None or not hit.date_hint.iso:
        return None
    return {"iso": hit.date_hint.iso, "basis": hit.date_hint.basis, "evidence": hit.date_hint.evidence}


def hit_to_dict(hit: Hit) -> dict[str, Any]:
    return {
        "id": hit.id,
        "title": hit.title,
        "has_title": hit.has_title,
        "date": hit.date.iso,
        "date_precision": hit.date.precision,
        "date_evidence": hit.date.evidence,
        "date_basis": hit.date.basis,
        "date_approximate": _approximate(hit),
        "score": hit.score,
        "provinces": list(hit.provinces),
        "provinces_2025": list(hit.provinces_2025),
        "main_province": hit.main_province,
        "main_province_2025": hit.main_province_2025,
        "source": {"author": hit.source.author, "site": hit.source.site},
        "snippet": {"text": hit.snippet.text, "spans": _spans(hit.snippet.spans)},
        "title_spans": _spans(hit.title_spans),
        "similar": list(hit.similar),
        "similar_total": hit.similar_total,
    }


def result_to_dict(result: SearchResult) -> dict[str, Any]:
    f = result.facets
    return {
        "version": JSON_VERSION,
        "query": result.query.text,
        "total": result.total,
        "phrase_total": result.phrase_total,
        "story_total": result.story_total,
        "elapsed_ms": round(result.elapsed_ms, 2),
        "offset": result.query.offset,
        "limit": result.query.limit,
        "sort": result.query.sort,
        "suggestion": result.suggestion,
        "corrected": result.corrected,
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


def filters_line(result_filters: Filters) -> str:
    """The filters of a search, as a Markdown line ("province: Lai Châu · date: 2022")."""
    return " · ".join(f"{facet_title(facet)}: {md.text(value)}" for facet, value in result_filters.labels())


def result_to_markdown(result: SearchResult) -> str:
    """The results of a search as a Markdown list: the query, every filter, the counts, then each hit."""
    q = md.text(result.query.text) if result.query.text else "(all articles)"
    noun = "article" if result.total == 1 else "articles"
    lines = [f"# Kết quả / Results: “{q}”", ""]
    if not result.query.filters.empty:
        lines += [f"Filters: {filters_line(result.query.filters)}", ""]
    phrase = ""
    if result.phrase_total is not None and result.total and result.phrase_total != result.total:
        phrase = (f" · {result.phrase_total:,} with the exact phrase" if result.phrase_total
                  else " · none with the exact phrase (all the words, apart)")
    stories = result.story_total
    counted = f"{result.total:,} {noun}"
    if stories is not None and stories != result.total:
        counted = f"{stories:,} {'story' if stories == 1 else 'stories'} ({counted})"
    lines += [f"{counted}{phrase} · {result.elapsed_ms:.0f} ms", ""]
    if result.suggestion:
        lines += [f"Did you mean: *{md.text(result.suggestion)}*", ""]
    for i, hit in enumerate(result.hits, result.query.offset + 1):
        place = hit.place
        where = place[0] if place else "national"
        site = f" · {md.text(hit.source.site)}" if hit.source.site else ""
        lines.append(
            f"{i}. **{md.text(hit.title)}** — {md.text(hit.shown_date.display())} · {md.text(where)}{site}"
            f" · {md.code(hit.id)}" + (f" · +{hit.similar_total} similar" if hit.similar_total else "")
        )
        if hit.snippet.text:
            lines.append(f"   > {md.block_safe(md.marked(hit.snippet.text, hit.snippet.spans))}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
