""""Did you mean" keeps each word's most frequent alternatives without counting them all
(``suggest._most_frequent``): it must keep exactly what sorting every alternative by its count keeps,
ties in their given order, and count fewer of them when the folded words' counts rule the rest out."""

from __future__ import annotations

import random

from briefing_tui.search.analysis import fold, has_diacritics
from briefing_tui.search.query import suggest
from briefing_tui.search.query.source import TEXT, TEXT_F

SPELLINGS = ["số", "sở", "sơ", "so", "sổ", "xô", "xổ", "xo", "đổi", "đội", "đôi", "đối", "đời", "dời", "dội", "doi",
             "tỉnh", "tinh", "tính", "tình", "tĩnh", "tịnh", "thinh", "thình", "chuyển", "chuyến", "chuyên", "chuyện"]


class Counts:
    """doc_frequency as an index answers it: an accented word's count is at most its folded word's."""

    def __init__(self, rng: random.Random) -> None:
        self.accented = {w: rng.choice([0, 1, 3, 3, 40, 200, 200, 5000]) for w in SPELLINGS}
        self.folded: dict[str, int] = {}
        for w, n in self.accented.items():
            self.folded[fold(w)] = self.folded.get(fold(w), 0) + n + rng.choice([0, 0, 7])
        self.asked: list[tuple[str, str]] = []

    def doc_frequency(self, field: str, term: str) -> int:
        self.asked.append((field, term))
        return self.folded.get(term, 0) if field == TEXT_F else self.accented.get(term, 0)


def _sorted_all(counts: Counts, options: list[tuple[str, int]], accented: bool, limit: int) -> list[tuple[str, int]]:
    def count(v: str) -> int:
        return counts.accented[v] if accented or has_diacritics(v) else counts.folded.get(fold(v), 0)

    return sorted(options, key=lambda vc: (vc[1], -count(vc[0])))[:limit]


def test_the_kept_alternatives_are_those_a_full_sort_keeps():
    rng = random.Random(5)
    fewer = 0
    for _ in range(300):
        counts = Counts(rng)
        options = [(w, rng.choice([1, 2, 2])) for w in rng.sample(SPELLINGS, rng.randint(1, len(SPELLINGS)))]
        accented = rng.random() < 0.7
        limit = rng.choice([1, 3, 5, 16])
        got = suggest._most_frequent(counts, options, accented, limit)  # type: ignore[arg-type]
        assert got == _sorted_all(counts, options, accented, limit)
        exact = {t for f, t in counts.asked if f == TEXT}
        fewer += len(exact) < sum(1 for v, _ in options if accented or has_diacritics(v))
    assert fewer > 100  # most draws skip counting some alternatives
