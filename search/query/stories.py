"""Provides grouping by story: near-duplicates (``similarity.py``) shown as one row with "+3 similar".

A page holds stories, not articles: its first ``limit`` distinct stories in the ranked
order, each shown by its best-ranked article, the others of the story that the query
matched listed beside it. Counts say both: "12 stories (15 articles)". The ranked list
is taken twice as long as the page and grown fourfold while the stories run short, so a
page costs one ``nlargest`` in the usual case.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

LISTED = 20
"""Similar articles listed per row (all are counted)."""


class Grouped(NamedTuple):
    firsts: list[int]
    """The best-ranked article of each story, in ranked order (at least ``wanted`` when there are)."""
    total: int
    """How many stories the matches tell."""
    story: Sequence[int]
    in_groups: list[int]
    """The matches that share their story with another article (sorted)."""

    def members(self, page: list[int]) -> dict[int, list[int]]:
        """For each article of ``page``, the other matched articles of its story (by docnum)."""
        wanted = {self.story[d]: d for d in page}
        out: dict[int, list[int]] = {d: [] for d in page}
        for d in self.in_groups:
            first = wanted.get(self.story[d])
            if first is not None and d != first:
                out[first].append(d)
        return out


def group(story: Sequence[int], grouped: frozenset[int], matched: set[int], ranked: Callable[[int], list[int]],
          wanted: int) -> Grouped:
    """The page's stories; ``grouped``: every article that shares its story (the only ones looked at
    for counting and listing, ~1% of a corpus)."""
    in_groups = sorted(d for d in grouped if d in matched) if len(grouped) < len(matched) else \
        sorted(grouped & matched)
    total = len(matched) - len(in_groups) + len({story[d] for d in in_groups})
    n = max(2 * wanted, wanted + 10)
    while True:
        order = ranked(n)
        seen: set[int] = set()
        firsts = []
        for d in order:
            if story[d] not in seen:
                seen.add(story[d])
                firsts.append(d)
        if len(firsts) >= wanted or len(order) >= len(matched):
            return Grouped(firsts, total, story, in_groups)
        n *= 4
