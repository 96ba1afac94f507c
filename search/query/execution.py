"""Provides ``Execution``: one ``Query`` against one index → a ``SearchResult``, in two steps.

Steps: parse and plan the query (``grammar``, ``plan``); find the matching
docnums as sets (``matching``); score what is left (``scoring``); build the
page of hits with their snippets (``highlight``) — that is ``hits()`` — then the
facet counts (``facets``) and, when useful, a suggestion (``suggest``): that is
``finish()``.
"""

from __future__ import annotations

import dataclasses
import heapq
import time
from collections.abc import Sequence
from functools import partial
from itertools import compress
from operator import le

from ..config import SearchConfig
from ..errors import QuerySyntaxError
from ..models import SORTS, Facets, Hit, Query, SearchResult
from . import facets, proximity, stories
from .derived import Derived
from .grammar import parse
from .highlight import Highlighter
from .hits import hit_from_stored
from .matching import match
from .plan import FieldResolver, build_plan
from .scoring import score
from .source import OFFICIAL, SOURCE, IndexSource
from .suggest import accented_suggestion, correction


class Execution:
    """One query against one snapshot, in two steps: ``hits()`` then ``finish()``.

    Facet counts over thousands of officials, and a "did you mean" that probes the
    term dictionary, cost more than the hits themselves; a reader paints the hits
    first and the rest a moment later, and stops between the steps when the user
    has typed on (no exception is thrown through the core for that).
    """

    def __init__(self, derived: Derived, query: Query, settings: SearchConfig, first: int | None = None) -> None:
        self.derived, self.query, self.settings = derived, query, settings
        self.first = first
        """``hits()`` builds only this many of the page's hits (None: all); ``finish()`` adds the rest."""
        self.source: IndexSource = derived.source
        self.started = time.perf_counter()
        self._early: SearchResult | None = None

    def hits(self) -> SearchResult:
        """The page of hits, the total and the notices; no facet counts, no suggestion yet. With ``first``, only
        the page's first hits: a reader paints the rows its screen shows, and the rest come with the facet counts
        (a hit with its snippets costs ~0.18 ms: the app's 170 typed prefixes at 150k, this step's CPU 29.1 → 22.2 ms
        mean with 12 of 50; with the table's rows, a keystroke to its results p50 ~90 → ~65 ms, docs/performance.md)."""
        if self._early is not None:
            return self._early
        index, query, settings = self.source, self.query, self.settings
        if query.sort not in SORTS:
            raise QuerySyntaxError(f"unknown sort '{query.sort}' (use {' or '.join(SORTS)})")
        resolver = FieldResolver(lambda: index.facet_counts(OFFICIAL), lambda: index.facet_counts(SOURCE))
        plan = build_plan(parse(query.text), lambda: index.abbreviations, resolver)
        filters = self.derived.canonical_officials(plan.filters.merged(query.filters))
        notices: list[str] = list(index.notices)
        if plan.has_text and not index.phrases_complete:
            notices.append("the phrase index is incomplete, so phrases are slower; `briefing-tui index` repairs it")

        base, sets, matched = match(index, plan, filters, self.derived.same_officials)
        scored = score(self.derived, plan, matched, settings.title_boost)
        scores = scored.scores
        wanted = query.offset + query.limit
        dates = index.dated
        runs = [u for u in plan.runs if u.min_match >= len(u.slots)]  # not a pasted paragraph
        by_date = query.sort == "date" or not plan.has_text

        def ranked(n: int) -> list[int]:
            if by_date:
                return heapq.nlargest(n, _contenders(matched, dates, n), key=lambda d: (dates[d], scores[d], -d))
            k = max(n, proximity.TOP if runs else 0)
            top = heapq.nlargest(k, _contenders(matched, scores, k), key=lambda d: (scores[d], dates[d], -d))
            # the words standing together before the same words scattered
            return proximity.reorder(index, runs, top, scores, scored.with_phrase) if runs else top

        grouped = stories.group(index.stories, self.derived.grouped, matched, ranked, wanted)
        page = grouped.firsts[query.offset : wanted]
        highlighter = Highlighter(plan, index.word_list)
        similar = grouped.members(page)
        shown = page if self.first is None else page[: self.first]
        hits = tuple(_hit(index, d, scores[d], highlighter, settings.snippet_chars, similar[d]) for d in shown)
        self._plan, self._filters, self._base, self._sets = plan, filters, base, sets
        self._matched, self._highlighter = matched, highlighter
        self._rest = [(d, scores[d], similar[d]) for d in page[len(shown) :]]
        self._early = SearchResult(
            query=query,
            hits=hits,
            total=len(matched),
            facets=Facets(),
            elapsed_ms=(time.perf_counter() - self.started) * 1000,
            relaxed=scored.phrase_absent,
            notices=tuple(notices),
            phrase_total=None if scored.with_phrase is None else len(scored.with_phrase),
            story_total=grouped.total,
        )
        return self._early

    @property
    def matched(self) -> set[int]:
        """The docnums the query matched (after ``hits()``)."""
        self.hits()
        return self._matched

    def finish(self) -> SearchResult:
        """The whole result: the hits with the facet counts and the suggestion."""
        result = self.hits()
        index, plan = self.source, self._plan
        if self._rest:  # the page's hits past the first ones, after them
            width = self.settings.snippet_chars
            rest = tuple(_hit(index, d, score, self._highlighter, width, similar) for d, score, similar in self._rest)
            result = self._early = dataclasses.replace(result, hits=result.hits + rest)
            self._rest = []
        suggestion, corrected = None, False
        if plan.has_text:
            suggestion = correction(index, self.query.text, len(self._matched))
            corrected = suggestion is not None
        if suggestion is None and result.hits and plan.has_text:
            suggestion = accented_suggestion(self.query.text, plan, result.hits[0], self._highlighter, index)
        counts = facets.count(self.derived, self._base, self._sets, self._filters, self.settings.facet_limit)
        elapsed_ms = (time.perf_counter() - self.started) * 1000
        return dataclasses.replace(result, facets=counts, suggestion=suggestion, corrected=corrected,
                                   elapsed_ms=elapsed_ms)


def _contenders(matched: set[int], first: Sequence[float] | dict[int, float], k: int) -> list[int] | set[int]:
    """The matches whose first sort key (score, or date) reaches the ``k``-th largest one: every
    article of the top ``k`` is among them, ties included, so ``nlargest`` over them with the whole
    key gives the same list. Why: the whole key is a Python tuple per match; the ``k``-th key and
    this filter run at C speed (the top 100 of 15,000 matches: 2.3 → 1.5 ms)."""
    if len(matched) <= 4 * k:
        return matched
    docs = list(matched)
    keys = list(map(first.__getitem__, docs))
    kth = heapq.nlargest(k, keys)[-1]
    return list(compress(docs, map(partial(le, kth), keys)))  # kth <= key


def _hit(index: IndexSource, docnum: int, score: float, highlighter: Highlighter, width: int,
         similar: list[int]) -> Hit:
    d = index.stored(docnum)  # plain data: a hit needs neither figures nor officials as objects
    return hit_from_stored(d, d["id"], score, highlighter, width,
                           similar=tuple(index.stored(o)["id"] for o in similar[: stories.LISTED]),
                           similar_total=len(similar))
