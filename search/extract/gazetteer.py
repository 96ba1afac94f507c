"""Provides the province gazetteer (63 pre-2025 provinces → 34 after 1 July 2025) and surnames.

Data files (``search/data/``): ``provinces.csv`` (derived from the MIT-licensed
vietnamadminunits 1.0.4 tables), ``province_aliases.tsv`` (TP.HCM, Thừa Thiên
Huế, Bà Rịa-Vũng Tàu, Đắc Lắc, ...), ``surnames.txt``, ``countries.txt`` and
``not_person_names.txt`` (names that begin with a surname but are places or
institutions: "Hoa Kỳ", "Từ Liêm", "Lầu Năm Góc"). Names are normalised
with the analyzer's rules so "Hoà Bình" and "Hòa Bình" are one province.
"""

from __future__ import annotations

import csv
import io
import re
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

from ..analysis import normalize


def _data(name: str) -> str:
    return resources.files("briefing_tui.search").joinpath(f"data/{name}").read_text("utf-8")


class Gazetteer(NamedTuple):
    to_2025: dict[str, str]
    """Pre-2025 province (canonical short name) → its province after the merger."""
    aliases: dict[str, str]
    """Every written form we match (names, aliases, upper-case forms) → canonical name."""
    matcher: re.Pattern[str]

    @property
    def provinces(self) -> list[str]:
        return sorted(self.to_2025)

    @property
    def provinces_2025(self) -> list[str]:
        return sorted(set(self.to_2025.values()))

    def canonical(self, name: str) -> str | None:
        """The canonical province for a user-typed name (either era, any case/tone style, no diacritics)."""
        from ..analysis import fold

        norm = " ".join(normalize(name).split())
        if norm in self.aliases:
            return self.aliases[norm]
        key = fold(norm.lower())
        for form, canonical in self.aliases.items():
            if fold(form.lower()) == key:
                return canonical
        for new in self.to_2025.values():
            if fold(new.lower()) == key:
                return new
        return None


@lru_cache(maxsize=1)
def merger() -> dict[str, str]:
    """Pre-2025 province → its province after the merger, without the rest of the gazetteer: the
    facet labels need only this, and compiling the gazetteer's matcher cost a cold search ~15 ms."""
    to_2025: dict[str, str] = {}
    for row in csv.DictReader(io.StringIO(_data("provinces.csv"))):
        to_2025[normalize(row["old_short"])] = normalize(row["new_short"])
    return to_2025


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    to_2025 = dict(merger())
    aliases: dict[str, str] = {}
    for name in to_2025:
        if name != "Hồ Chí Minh":  # a person or a museum unless "TP."/"Thành phố" precedes
            aliases[name] = name
    for line in _data("province_aliases.tsv").splitlines():
        if line.strip() and not line.startswith("#"):
            alias, canonical = line.split("\t")
            aliases[normalize(alias.strip())] = normalize(canonical.strip())
    for form, canonical in list(aliases.items()):
        aliases.setdefault(form.upper(), canonical)
    forms = sorted(aliases, key=len, reverse=True)
    pattern = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in forms)
    # a lookahead for the letters the forms begin with, first: the lookbehind and the ~190 branches were tried at every
    # position of a text (0.49 ms an article over 2,000 corpus articles, a tenth of extraction); with it, 0.15 ms and
    # the same matches
    first = "".join(sorted({f[0] for f in forms}))
    matcher = re.compile(rf"(?=[{re.escape(first)}])(?<![^\W\d_])(?:{pattern})(?![^\W\d_])")
    return Gazetteer(to_2025=to_2025, aliases=aliases, matcher=matcher)


@lru_cache(maxsize=1)
def surnames() -> frozenset[str]:
    return frozenset(
        normalize(line.strip())
        for line in _data("surnames.txt").splitlines()
        if line.strip() and not line.startswith("#")
    )


def _lines(name: str) -> list[str]:
    return [normalize(line.strip()) for line in _data(name).splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """Countries, territories and unions (``countries.txt``): a foreign official's organisation, never a name."""
    return frozenset(_lines("countries.txt"))


@lru_cache(maxsize=1)
def not_person_names() -> frozenset[str]:
    """Proper names that start with a surname but are never a person (``not_person_names.txt``:
    districts, foreign places, seas, buildings, leagues), and every country."""
    return frozenset(_lines("not_person_names.txt")) | countries()
