"""Provides ``Derived``: what the query side computes once per open index, typed.

BM25's length norms (one float per document and field, computed once, not per
query), each official's usual title for the
facet's labels, the officials' short names filed under full ones, and the years and months present for the
date facet.
It replaces a string-keyed cache bag that the snapshot used to carry.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import cached_property

from ..models import Filters
from .official_aliases import canonical, expand, groups
from .source import OFFICIAL, OFFICIAL_TITLE, TEXT, TITLE, IndexSource

K1 = 1.2
B = 0.75
"""BM25's usual constants."""


class Derived:
    """One index source and what the query side derives from it."""

    def __init__(self, source: IndexSource) -> None:
        self.source = source
        self._titles: dict[str, str | None] = {}
        self.facet_rounds: dict[str, int] = {}
        """How many times each small facet was counted (``facets.value_counts`` picks its way by it)."""

    def idf(self, df: int) -> float:
        n = self.source.doc_count
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    @cached_property
    def grouped(self) -> frozenset[int]:
        """The docnums in a story of more than one article (about 1% of a corpus): grouping a page and
        counting stories look only at these, not at every match. Read from the index, which lists them
        (counting every live article's story took 53 ms of a cold search at 150k articles)."""
        return frozenset(self.source.grouped)

    @cached_property
    def norm(self) -> list[float]:
        """``K1 · (1 − B + B · length / average length)`` of each document's title + body."""
        return self._norms(TEXT)

    @cached_property
    def title_norm(self) -> list[float]:
        return self._norms(TITLE)

    def _norms(self, field: str) -> list[float]:
        """From each document's one-byte length code: the average over live documents and one norm per
        code (256 at most), mapped at C speed. Decoding every length into a list first, then a norm
        per distinct length, took 28 ms of a cold search at 150,000 articles for the two fields."""
        codes, length_of = self.source.length_codes(field)
        n = self.source.doc_count
        total = sum(map(length_of.__getitem__, codes if n == len(codes) else map(codes.__getitem__, self.source.live)))
        average = (total / max(1, n)) or 1.0
        norm = [K1 * (1 - B + B * x / average) for x in length_of]
        return list(map(norm.__getitem__, codes))

    def official_title(self, name: str) -> str | None:
        """An official's title as most articles write it (for the facet's labels), looked up per shown
        name: building every official's title took 0.34 s of a cold search at 150k articles."""
        if name not in self._titles:
            counts = self.source.facet_counts(OFFICIAL_TITLE, prefix=name + "\t")
            # the most frequent; among equals the first in the stored (sorted) order
            best = max(counts.items(), key=lambda kv: kv[1], default=None)
            self._titles[name] = best[0].partition("\t")[2] if best else None
        return self._titles[name]

    @cached_property
    def official_aliases(self) -> dict[str, str]:
        """Each short official's name ("Putin", "V.Putin") → the full name the facet files it under
        (``official_aliases``, found by the index run)."""
        name = self.source.facet_value
        return {name(OFFICIAL, short): name(OFFICIAL, full) for short, full in self.source.official_alias_pairs()}

    @cached_property
    def official_groups(self) -> dict[str, tuple[str, ...]]:
        """Each full name with short names → the whole group, the full name first."""
        return groups(self.official_aliases)

    @cached_property
    def official_group_indexes(self) -> list[tuple[int, tuple[int, ...], tuple[str, ...], dict[int, int]]]:
        """Each group as (the name filed under's value index, every member's index, the members, the articles
        holding two or more members → how many more than one), for the facet's counts: a group's count is its
        members' counts less those extra, with no union of sets per query (68 groups at 20k articles: the
        unions cost 2–3 ms of every query's facets; the shared articles are a handful)."""
        shorts: dict[int, list[int]] = {}
        for short, full in self.source.official_alias_pairs():
            shorts.setdefault(full, []).append(short)
        out = []
        source = self.source
        for full, more in shorts.items():
            where = (full, *sorted(more, key=lambda i: source.facet_value(OFFICIAL, i)))
            held = Counter(d for i in where for d in source.facet_docs_at(OFFICIAL, i))
            out.append((full, where, tuple(source.facet_value(OFFICIAL, i) for i in where),
                        {d: k - 1 for d, k in held.items() if k > 1}))
        return out

    @cached_property
    def official_units(self) -> list[tuple[int, int, tuple[int, ...] | None, dict[int, int]]]:
        """The officials facet's values as the facet lists them, most articles first: (how many articles it
        can count at most, its value index, the members' indexes of a group of one person's names or None, the
        group's articles holding two members → how many more than one). A group's most is its members' sizes
        summed. ``facets._top_marked`` walks them down and stops where no later one can reach the shown ones
        (23,283 values at 150,000 articles; a broad query examines 60–200)."""
        sizes = self.source.facet_sizes(OFFICIAL)
        grouped: set[int] = set()
        units: list[tuple[int, int, tuple[int, ...] | None, dict[int, int]]] = []
        for full, where, _members, extra in self.official_group_indexes:
            grouped.update(where)
            units.append((sum(sizes[i] for i in where), full, where, extra))
        alone: dict[int, int] = {}  # (one empty mapping shared by the 23,000 single values; never written)
        units += [(n, i, None, alone) for i, n in enumerate(sizes) if n and i not in grouped]
        units.sort(key=lambda u: (-u[0], u[1]))
        return units

    def canonical_officials(self, filters: Filters) -> Filters:
        """``filters`` with each short official's name replaced by the full name the facet lists it under
        (``--official Trump`` selects "Donald Trump", as the facet shows it)."""
        return canonical(filters, self.official_aliases) if filters.officials else filters

    def same_officials(self, chosen: tuple[str, ...]) -> tuple[str, ...]:
        """The officials' values a filter by ``chosen`` holds: each chosen name's whole group."""
        return expand(chosen, self.official_aliases, self.official_groups) if chosen else chosen

    @cached_property
    def date_totals(self) -> Counter[int]:
        """How many live articles carry each ``dated`` key (``yyyymmdd``; 0: unknown), counted once."""
        dated = self.source.dated
        return Counter(dated if self.source.doc_count == len(dated) else map(dated.__getitem__, self.source.live))

    @cached_property
    def month_bits(self) -> list[tuple[int, int, int, int, int]]:
        """Each month the live articles are dated in (``yyyymm00``; a year alone ``yyyy0000``; 0 unknown) as
        (month key, its articles as a bitmap lined up with ``IndexSource.doc_mask``, how many, those of them
        dated approximately as a bitmap, how many): the date facet over most of the index is then an AND and a
        popcount a month (``facets._date_counts``; session 57: ~4 → ~0.5 ms a broad query at 150k articles).
        Built in one pass over the live articles, once per generation (~25 ms at 150k)."""
        source = self.source
        dated, approximate = source.dated, source.approximate
        months: dict[int, list[int]] = {}
        for d in source.live:
            key = dated[d]
            months.setdefault(key - key % 100, []).append(d)
        out = []
        for key, docs in sorted(months.items()):
            rough = [d for d in docs if d in approximate]
            out.append((key, source.doc_mask(docs).bits, len(docs), source.doc_mask(rough).bits, len(rough)))
        return out

    @cached_property
    def approximate_totals(self) -> Counter[int]:
        """How many live articles with an approximate date carry each ``dated`` key, counted once."""
        source = self.source
        approximate = source.approximate if source.doc_count == len(source.dated) else source.approximate & source.live
        return Counter(map(source.dated.__getitem__, approximate))

    @cached_property
    def date_buckets(self) -> tuple[list[str], list[str]]:
        """Every year (plus "unknown") and year-month present in the index, in order. From the distinct
        dates alone: counting every live article's date for this took ~29 ms of each cold search at
        150,000 articles, the set of the column's values ~4 ms (when nothing is deleted)."""
        years: set[str] = set()
        months: set[str] = set()
        dated = self.source.dated
        distinct = set(dated) if self.source.doc_count == len(dated) else set(map(dated.__getitem__, self.source.live))
        for key in distinct:
            if not key:
                years.add("unknown")
                continue
            years.add(str(key // 10000))
            if key // 100 % 100:
                months.add(f"{key // 10000}-{key // 100 % 100:02d}")
        return sorted(years, key=lambda y: (y == "unknown", y)), sorted(months)
