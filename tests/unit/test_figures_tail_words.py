"""The figures' end-anchored word lists read by their last word (session 55, speed): ``_not_after`` and ``_link_at``
must find what the regexes they replace found (``_NOT_AFTER_RE``, ``_LINK_RE``, kept as the reference), on every
entry in every case and spacing, with the characters that may or may not stand before a word."""

from __future__ import annotations

import random

from briefing_tui.search.extract import figures as F

_BEFORE = ["", " ", "  ", "x", "-", "(", ",", "“", "\u00a0", "\n", "Theo ", "số ", "Doanh thu ", "tổng "]
_AFTER = ["", " ", "  ", "\n", "\u00a0", "x", " 1", ".", ":"]


def _cases(words: tuple[str, ...] | frozenset[str] | set[str], seed: int) -> list[str]:
    rng = random.Random(seed)
    out = []
    for word in sorted(words):
        for form in (word, word.upper(), word.capitalize(), word.title()):
            out += [b + form + a for b in _BEFORE for a in _AFTER]
    # runs of two entries and words glued to them
    listed = sorted(words)
    out += [f"{rng.choice(listed)} {rng.choice(listed)}{rng.choice(_AFTER)}" for _ in range(3000)]
    out += [f"{rng.choice(listed)}{rng.choice(listed)}" for _ in range(500)]
    return out


def test_not_after_finds_what_its_regex_found() -> None:
    cases = _cases(F._NOT_AFTER, 1)
    wrong = []
    for t in cases:
        m = F._NOT_AFTER_RE.search(t)
        if F._not_after(t.rstrip()) != (m.group(1) if m else None):
            wrong.append(t)
    assert len(cases) > 30_000 and wrong == []


def test_link_at_starts_where_its_regex_started() -> None:
    cases = _cases(F._LINKS, 2)
    wrong = []
    for t in cases:
        m, at = F._LINK_RE.search(t), F._link_at(t)
        if at != (m.start() if m else None) or (t[:at] if at is not None else t) != F._LINK_RE.sub("", t):
            wrong.append(t)
    assert len(cases) > 30_000 and wrong == []
