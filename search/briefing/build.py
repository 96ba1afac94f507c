"""Provides building a briefing's items: which passages and key figures of each article are quoted.

Passages are the sentences that hold a hit of the query (at most
``MAX_PASSAGES`` per article, in reading order: a briefing quotes, it does not
reprint). Figures are the ones the user picked; for an article picked (or
found) without picked figures, the figures whose sentence is one of its quoted
passages — the numbers said where the query's subject is — or, without a
query, all of them up to ``MAX_FIGURES``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from ..extract.text import sentences
from ..models import Article, Span
from .model import BriefingItem, Passage, Pick

MAX_PASSAGES = 3
MAX_FIGURES = 12
"""Without a query or picks, an article's first figures (the seeds hold 8–20 each)."""


class SpanFinder(Protocol):
    """The spans a query lights up in a text (``query.highlight.Highlighter``)."""

    def spans(self, text: str) -> list[Span]: ...


def item(
    citation: int, article: Article, finder: SpanFinder | None, picked: Sequence[int] | None = None
) -> BriefingItem:
    """One article's entry: its passages (when there is a query) and its figures."""
    passages, ranges = _passages(article, finder) if finder is not None else ((), [])
    if picked:
        figures = tuple(article.figures[i] for i in picked if 0 <= i < len(article.figures))
    elif finder is not None:
        figures = tuple(f for f in article.figures if any(a <= f.span.start < b for a, b in ranges))
    else:
        figures = article.figures[:MAX_FIGURES]
    return BriefingItem(citation, article, passages, figures)


def _passages(article: Article, finder: SpanFinder) -> tuple[tuple[Passage, ...], list[tuple[int, int]]]:
    body = article.body
    hits = finder.spans(body)
    if not hits:
        return (), []
    out: list[Passage] = []
    ranges: list[tuple[int, int]] = []
    for sentence in sentences(body):
        inside = [s for s in hits if sentence.start <= s.start < sentence.end]
        if not inside:
            continue
        shift = sentence.start
        spans = tuple(Span(s.start - shift, min(s.end, sentence.end) - shift) for s in inside)
        out.append(Passage(sentence.text, spans))
        ranges.append((sentence.start, sentence.end))
        if len(out) == MAX_PASSAGES:
            break
    return tuple(out), ranges


def picks_by_article(picks: Sequence[Pick]) -> dict[str, tuple[int, ...]]:
    """Article id → its picked figure indices, in the order articles were first picked."""
    out: dict[str, list[int]] = {}
    for pick in picks:
        held = out.setdefault(pick.article_id, [])
        held.extend(i for i in pick.figures if i not in held)
    return {k: tuple(v) for k, v in out.items()}


def made_at(now: datetime | None = None) -> str:
    """The time a briefing was made, local, to the second, with its offset (2026-11-30T09:15:02+07:00)."""
    moment = (now or datetime.now().astimezone()).replace(microsecond=0)
    return moment.isoformat()


_SLUG_RE = re.compile(r"[^a-z0-9]+")


def file_name(title: str, when: str, suffix: str) -> str:
    """A dated, slugged file name: ``briefing-2026-11-30-chuyen-doi-so.md`` (Vietnamese folded, ≤ 60 chars)."""
    from ..analysis import fold

    slug = _SLUG_RE.sub("-", fold(title.lower())).strip("-")[:60].rstrip("-") or "briefing"
    return f"briefing-{when[:10]}-{slug}.{suffix}"
