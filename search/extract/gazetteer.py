"""Provides the province gazetteer (63 pre-2025 provinces → 34 after 1 July 2025) and surnames.

Data files (``search/data/``): ``provinces.csv`` and ``districts.tsv`` (derived from the MIT-licensed
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


class Districts(NamedTuple):
    province_of: dict[tuple[str, str], str]
    """(type, name) → the one province holding a district of that type and name ("Quận", "Tân Phú" → Hồ Chí Minh;
    "Huyện", "Tân Phú" → Đồng Nai); a name no other province's district bears also under any type ("Thủ Đức",
    a quận before 2021). Names several provinces share ("huyện Châu Thành": ten) are absent."""
    matcher: re.Pattern[str]
    """A district's type word, then its name: ``type`` and ``name``, or ``number`` for Hồ Chí Minh's "quận 1"–"quận 12"."""


_RANK = {"Huyện": 0, "Thị xã": 1, "Quận": 1, "Thành phố": 2}
"""A district is raised, never lowered (a huyện to a town or a city, a town or a quận to a city: "huyện Phú Quốc" before
2020, "quận Thủ Đức" before 2021): a name written with a higher type than its table's is another place ("thành phố
Trùng Khánh" is Chongqing, not Cao Bằng's huyện)."""

DISTRICT_TYPES = {"quận": "Quận", "q.": "Quận", "huyện": "Huyện", "h.": "Huyện", "thị xã": "Thị xã", "tx": "Thị xã",
                  "tx.": "Thị xã", "thành phố": "Thành phố", "tp": "Thành phố", "tp.": "Thành phố"}
"""A district's type as texts write it (lower-cased) → its type in ``districts.tsv``."""


def _district_rows() -> list[list[str]]:
    """``districts.tsv``'s rows: type, name, province."""
    return [line.split("\t") for line in _data("districts.tsv").splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def districts() -> Districts:
    """The districts of ``districts.tsv`` (derived from vietnamadminunits 1.0.4, MIT; session 58), for the main
    province: "huyện Phúc Thọ", "Q.Tân Bình", "TP Biên Hòa" say where an article happens when its province is
    not named again. A name that is a province's own (the city of Vĩnh Long) is left to the province gazetteer."""
    rows = _district_rows()
    aliases = gazetteer().aliases
    by_type: dict[tuple[str, str], set[str]] = {}
    by_name: dict[str, set[str]] = {}
    for kind, name, province in rows:
        name, province = normalize(name), normalize(province)
        if name in aliases or name.startswith("Quận "):
            continue  # "Thành phố Vĩnh Long" is Vĩnh Long's mention already; "Quận 1" is the numbered form
        by_type.setdefault((kind, name), set()).add(province)
        by_name.setdefault(name, set()).add(province)
    province_of = {key: next(iter(p)) for key, p in by_type.items() if len(p) == 1}
    for (listed, name), provinces in by_type.items():  # written as it was before it was raised ("huyện Phú Quốc")
        for kind, rank in _RANK.items():
            if len(by_name[name]) == 1 and rank <= _RANK[listed] and (kind, name) not in by_type:
                province_of[kind, name] = next(iter(provinces))
    names = sorted(by_name, key=len, reverse=True)
    pattern = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    matcher = re.compile(
        r"(?=[qQhHtT][uUhHXPp.])(?<![^\W\d_])(?:"  # the type words' first two letters: a cheap test at each position
        r"(?P<type>quận|Quận|QUẬN|huyện|Huyện|HUYỆN|thị xã|Thị xã|TX\.?|thành phố|Thành phố|TP\.?|Tp\.?)[ \t]*"
        rf"(?P<name>{pattern})"
        r"|(?P<short>Q\.|H\.)(?P<glued>" + pattern + r")"
        r"|(?:quận|Quận|QUẬN|Q\.)[ \t]*(?P<number>1[0-2]|[1-9]))(?![^\W\d_]|\d)"
    )
    return Districts(province_of=province_of, matcher=matcher)


@lru_cache(maxsize=1)
def district_names() -> frozenset[str]:
    """Every district's name in ``districts.tsv`` (normalised), the shared ones too ("Châu Thành"): a post's body placed
    by one ("Bí thư Huyện uỷ Lý Sơn") names no person with it (``officials``)."""
    return frozenset(normalize(name) for _kind, name, _province in _district_rows())


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
