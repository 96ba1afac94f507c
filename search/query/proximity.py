"""Provides proximity: how close together the words of a run stand in an article.

"Đề án 06" on the 20k corpus: no article has the phrase, and 4,908 have the words
somewhere; the first of them ("Nghệ An: 6 người … nghi ăn phải nấm độc") had them
scattered over the article. A result whose words stand together must not be outranked
by one where they are scattered, so the best-scored articles (``TOP``) are ordered by
how close the words stand — as a phrase, within a few words, within a passage, apart —
then by score. The span is the smallest window of tokens holding every word of the run
(the classic k-way merge of position lists), read from the phrase index's token rows:
about 15 µs per word and article, 3–5 ms for a page.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable

from .plan import Unit
from .scoring import Scores
from .source import IndexSource

TOP = 100
"""Articles re-ordered by proximity: the page and what a reader scrolls to, not every match."""
CLOSE, PASSAGE = 3, 30
"""A run is "close" when its words fit in its length plus 3 tokens; "in a passage" within 30."""
APART = 3
"""The closeness of an article whose words cannot be placed (or stand apart)."""


def min_window(lists: list[list[int]]) -> int | None:
    """The smallest ``last - first + 1`` over choices of one position from each list (None if one is
    empty): [[3, 40], [5], [4, 90]] → 3 (positions 3, 4, 5)."""
    if not lists or any(not p for p in lists):
        return None
    heap = [(p[0], i, 0) for i, p in enumerate(lists)]
    heapq.heapify(heap)
    high = max(p[0] for p in lists)
    best = high - heap[0][0] + 1
    while True:
        low, i, j = heapq.heappop(heap)
        best = min(best, high - low + 1)
        if j + 1 == len(lists[i]):
            return best
        nxt = lists[i][j + 1]
        high = max(high, nxt)
        heapq.heappush(heap, (nxt, i, j + 1))


def closeness(source: IndexSource, units: list[Unit], docnums: list[int]) -> dict[int, int]:
    """Each document's closeness: 0 when every run stands as a phrase (or nearly, out of order), 1 within a few
    words, 2 in a passage, 3 apart (or when the index cannot tell); several runs: the worst of them. Each word's
    positions are read for all the documents at once (``IndexSource.positions_in``: its finder built once, not
    once per article)."""
    worst = dict.fromkeys(docnums, 0)
    if not docnums:
        return worst
    for unit in units:
        slots: list[list[dict[int, list[int]]]] = []
        for slot in unit.slots:
            forms = []
            for form in slot.forms:
                found = source.positions_in(docnums, form[0])
                if found is None:
                    return dict.fromkeys(docnums, APART)
                forms.append(found)
            slots.append(forms)
        n = len(unit.slots)
        for d in docnums:
            lists = [sorted(set().union(*(found[d] for found in forms))) for forms in slots]
            span = min_window(lists)
            level = APART if span is None else 0 if span <= n else 1 if span <= n + CLOSE else 2 if span <= PASSAGE else 3
            if level > worst[d]:
                worst[d] = level
    return worst


def reorder(source: IndexSource, units: list[Unit], ranked: Iterable[int], scores: Scores,
            together: set[int] | None = None) -> list[int]:
    """``ranked`` (best first) with its first ``TOP`` ordered by closeness, then score. ``together``:
    the articles known to hold every run as a phrase (closeness 0 without looking: on "ủy ban nhân
    dân" most of the 100, which saves ~10 ms)."""
    ranked = list(ranked)
    head, tail = ranked[:TOP], ranked[TOP:]
    known = together or set()
    level = closeness(source, units, [d for d in head if d not in known])
    head.sort(key=lambda d: (level.get(d, 0), -scores[d]))
    return head + tail
