"""Provides ``hit_from_stored``: one result row from an article's stored JSON, for every backend.

Why one function: the embedded index (``execution``) and the cluster (``opensearch/searching``) both
keep the article as ``Article.to_dict`` data; a row built two ways would drift (a field added to
``Hit`` on one side only, a title fallback changed on one side).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from ..models import Hit, PublishedDate, Snippet, Source, Span
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
        snippet=_row_snippet(body, highlighter.spans(body), width, None if d.get("title") else d.get("display_title")),
        title_spans=tuple(highlighter.spans(title)),
        date_hint=PublishedDate(**d["date_hint"]) if d.get("date_hint") else None,
        similar=similar,
        similar_total=similar_total,
    )


def _row_snippet(body: str, spans: list[Span], width: int, shown_title: str | None) -> Snippet:
    """The row's passage, never the text of the title shown above it. An untitled article's display
    title is its lead sentence (2,412 of the 20k corpus's records have no title), and the passage is
    the lead when no query word is in the body, or the window around the hits, often the lead too:
    title and snippet then said the same thing twice. The passage is chosen from what follows the
    title's sentence, among the hits there (the title's own hits are highlighted in the title)."""
    if not shown_title:
        return snippet(body, spans, width)
    after = _after_title(body, shown_title, width)
    if after is None or not body[after:].strip():
        return snippet(body, spans, width)
    later = [Span(s.start - after, s.end - after) for s in spans if s.start >= after]
    return snippet(body[after:], later, width)


_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"”’)]*(?=\s)|\n")


def _after_title(body: str, title: str, width: int) -> int | None:
    """Where the body goes on after the text its display title was taken from, when that text is within
    the lead's ``width`` (None when it is not found there: a title stored by an older pipeline). What
    stood before it is a caption or list item ``display_title`` passed over. A clipped title ("…") ends
    at the end of its sentence."""
    clipped = title.endswith("…")
    words = title.rstrip("…").split()
    if not words:
        return None
    end = _find_words(body[: width + 2 * len(title)], words, width)
    if end is None:
        return None  # the lead does not show it
    if clipped:
        stop = _SENTENCE_END_RE.search(body, end)
        end = stop.end() if stop else len(body)
    while end < len(body) and body[end].isspace():
        end += 1
    return end


def _find_words(lead: str, words: list[str], width: int) -> int | None:
    """The end of the first run of ``words`` in ``lead`` that starts before ``width``, each word
    followed by one or more whitespace characters (what ``re.search(r"\\s+".join(map(re.escape, words)))``
    finds), by ``str.find`` and ``str.startswith``: that pattern was compiled afresh for almost every
    untitled hit (a title is its own pattern; ~0.25 ms a compile, 19 of the 20 newest hits at 20k are
    untitled), more than the rest of the row."""
    first, rest = words[0], words[1:]
    at = lead.find(first)
    while 0 <= at < width:
        end = at + len(first)
        for word in rest:
            gap = end
            while end < len(lead) and lead[end].isspace():
                end += 1
            if end == gap or not lead.startswith(word, end):
                break
            end += len(word)
        else:
            return end
        at = lead.find(first, at + 1)
    return None
