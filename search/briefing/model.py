"""Provides the data of a briefing: what was picked, and the cited document built from it.

A briefing answers "what was said about X, where, by whom, when, with which
numbers", every claim with its source: each article gets a citation number,
and every passage and key figure quoted from it carries that number, which
points at the article's entry in the sources list.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..models import Article, Figure, Filters, Span


@dataclass(frozen=True)
class Pick:
    """An article the user picked, and which of its key figures (indices into ``Article.figures``).

    No figures picked: the figures the briefing shows are those in the article's matched passages.
    """

    article_id: str
    figures: tuple[int, ...] = ()


@dataclass(frozen=True)
class Passage:
    """A sentence of an article that matched the query, as written, with the hits in it."""

    text: str
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class BriefingItem:
    """One article of a briefing, with what is quoted from it."""

    citation: int
    """Its number in the sources list (1-based): what its passages and figures cite."""
    article: Article
    passages: tuple[Passage, ...] = ()
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True)
class Briefing:
    """A cited document: its header, its articles in order, and (implicitly) their sources."""

    title: str
    made_at: str
    """When it was made: ISO 8601 with the local offset, to the second."""
    query: str
    filters: Filters
    sort: str
    total: int
    """How many articles the query matched (the briefing may hold fewer: the limit, or the picks)."""
    items: tuple[BriefingItem, ...]
    picked: bool = False
    """True when the user picked the articles (the counts then say so)."""

    @property
    def figure_count(self) -> int:
        return sum(len(item.figures) for item in self.items)
