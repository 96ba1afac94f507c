"""Provides province mentions and the article's main province (EXTRACTION.md §5).

Matches are case-sensitive whole words on normalised text, so "Tô Lâm đồng
chủ trì" is not Lâm Đồng. A match right after a surname is a person ("Nguyễn
Thái Bình", "Trương Hòa Bình"); "Thái Bình Dương" is an ocean; a match after
"đường" is a street.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .gazetteer import gazetteer, surnames

_PREV_WORD_RE = re.compile(r"([^\W\d_]+)[ \t]+$")
_NOT_AFTER = frozenset({"đường", "phố", "ông", "bà", "anh", "chị", "Đường"})


@dataclass(frozen=True)
class Mention:
    name: str
    """Canonical pre-2025 province name."""
    start: int
    end: int
    written: str


def find_provinces(text: str) -> list[Mention]:
    """Every province mention in a normalised text, in order."""
    gz = gazetteer()
    family = surnames()
    out: list[Mention] = []
    for m in gz.matcher.finditer(text):
        written = " ".join(m.group().split())
        name = gz.aliases.get(written)
        if name is None:
            continue
        start, end = m.span()
        before = text[max(0, start - 40) : start]
        prev = _PREV_WORD_RE.search(before)
        prev_word = prev.group(1) if prev else ""
        if prev_word in family or prev_word in _NOT_AFTER:
            continue
        if name == "Thái Bình" and text.startswith(" Dương", end):
            continue
        if name == "Bình Dương" and before.endswith("Thái "):
            continue
        out.append(Mention(name, start, end, written))
    return out


def distinct(mentions: list[Mention]) -> tuple[str, ...]:
    """Province names in order of first mention."""
    return tuple(dict.fromkeys(m.name for m in mentions))


def to_2025(names: tuple[str, ...]) -> tuple[str, ...]:
    mapping = gazetteer().to_2025
    return tuple(dict.fromkeys(mapping.get(n, n) for n in names))
