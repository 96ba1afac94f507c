"""The top of a ranking taken over the contenders is the top taken over every match (issue 14)."""

from __future__ import annotations

import heapq
import random

from briefing_tui.search.query.execution import _contenders


def check(matched: set[int], scores: dict[int, float], dates: list[int], k: int) -> None:
    def by_score(d: int) -> tuple[float, int, int]:
        return scores[d], dates[d], -d

    def by_date(d: int) -> tuple[int, float, int]:
        return dates[d], scores[d], -d

    assert heapq.nlargest(k, _contenders(matched, scores, k), key=by_score) == heapq.nlargest(k, matched, key=by_score)
    assert heapq.nlargest(k, _contenders(matched, dates, k), key=by_date) == heapq.nlargest(k, matched, key=by_date)


def test_the_contenders_hold_the_whole_top_ties_included():
    rng = random.Random(14)
    for trial in range(200):
        n = rng.choice((5, 50, 500, 3000))
        matched = set(rng.sample(range(4 * n), n))
        # few distinct scores and dates: many ties on the first key
        scores = {d: float(rng.randint(0, 1 + trial % 7)) * 0.37 for d in matched}
        dates = [rng.choice((0, 20190101, 20200315, 20200316)) for _ in range(4 * n)]
        for k in (1, 20, 40, 100):
            check(matched, scores, dates, k)


def test_few_contenders_when_scores_differ():
    matched = set(range(10_000))
    scores = {d: d / 7 for d in matched}
    assert len(_contenders(matched, scores, 20)) == 20
