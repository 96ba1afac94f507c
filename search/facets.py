"""Provides facet filters and live counts: OR within a facet, AND across facets.

Counts for one facet are taken over the matches filtered by every *other*
facet, so selecting Hà Nội still shows how many results each other province
would add. Province filters accept either era's name: a 2021 article about Hà
Giang is found by "Tuyên Quang" (Hà Giang's province since 1 July 2025).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from itertools import chain

from .embedded.schema import OFFICIAL, OFFICIAL_TITLE, PROVINCE, PROVINCE_2025, SOURCE
from .engine import Snapshot
from .extract.gazetteer import gazetteer
from .models import DateRange, Facets, FacetValue, Filters

FACETS = ("province", "official", "source", "date")


def filter_sets(snap: Snapshot, filters: Filters, within: set[int]) -> dict[str, set[int]]:
    """For each active facet, the docnums of ``within`` that pass it."""
    out: dict[str, set[int]] = {}
    if filters.provinces:
        old, new = snap.keys(PROVINCE), snap.keys(PROVINCE_2025)
        docs: set[int] = set()
        for name in filters.provinces:
            docs |= old.get(name, set()) | new.get(name, set())
        out["province"] = docs & within
    if filters.officials:
        names = snap.keys(OFFICIAL)
        out["official"] = set().union(*(names.get(n, set()) for n in filters.officials)) & within
    if filters.sources:
        sites = snap.keys(SOURCE)
        out["source"] = set().union(*(sites.get(s, set()) for s in filters.sources)) & within
    if filters.dates:
        out["date"] = _date_docs(snap, filters.dates, within)
    return out


def _date_docs(snap: Snapshot, ranges: tuple[DateRange, ...], within: set[int]) -> set[int]:
    dates = snap.dates
    return {d for d in within if any(r.contains(dates[d]) for r in ranges)}


def apply(sets: dict[str, set[int]], base: set[int], skip: str | None = None) -> set[int]:
    result = base
    for name, docs in sets.items():
        if name != skip:
            result = result & docs
    return result


def count(
    snap: Snapshot,
    base: set[int],
    sets: dict[str, set[int]],
    filters: Filters,
    limit: int,
) -> Facets:
    gz = gazetteer()
    prov_base = apply(sets, base, "province")
    selected_prov = set(filters.provinces)
    province = _counts(snap.keys(PROVINCE), prov_base, selected_prov, limit=None, label=lambda p: _label(p, gz.to_2025))
    province_2025 = _counts(snap.keys(PROVINCE_2025), prov_base, selected_prov, limit=None)
    titles = official_titles(snap)
    official = _counts(snap.keys(OFFICIAL), apply(sets, base, "official"), set(filters.officials), limit=limit,
                       forward=lambda: forward(snap, OFFICIAL),
                       label=lambda name: f"{name} — {titles[name]}" if name in titles else name)
    source = _counts(snap.keys(SOURCE), apply(sets, base, "source"), set(filters.sources), limit=limit)
    year, month = _date_counts(snap, apply(sets, base, "date"), filters)
    return Facets(province, province_2025, official, year, month, source)


def _label(name: str, to_2025: dict[str, str]) -> str:
    new = to_2025.get(name)
    return f"{name} → {new}" if new and new != name else name


def official_titles(snap: Snapshot) -> dict[str, str]:
    """Each official's title as most articles write it (for the facet's labels)."""

    def build() -> dict[str, str]:
        best: dict[str, tuple[int, str]] = {}
        for key, docs in snap.keys(OFFICIAL_TITLE).items():
            name, _, title = key.partition("\t")
            if name not in best or len(docs) > best[name][0]:
                best[name] = (len(docs), title)
        return {name: title for name, (_n, title) in best.items()}

    return snap.cached("official_titles", build)


def forward(snap: Snapshot, field: str) -> dict[int, tuple[str, ...]]:
    """docnum → the facet values it holds (built once per snapshot, for facets with many values)."""

    def build() -> dict[int, tuple[str, ...]]:
        out: dict[int, list[str]] = {}
        for value, docs in snap.keys(field).items():
            for d in docs:
                out.setdefault(d, []).append(value)
        return {d: tuple(v) for d, v in out.items()}

    return snap.cached(f"forward:{field}", build)


def _counts(
    keys: dict[str, set[int]],
    base: set[int],
    selected: set[str],
    limit: int | None,
    label: Callable[[str], str] | None = None,
    forward: Callable[[], dict[int, tuple[str, ...]]] | None = None,
) -> tuple[FacetValue, ...]:
    if forward is not None and len(keys) > 200:
        # one pass over the matches beats one set intersection per value; only held values count
        fwd = forward()
        tally = Counter(chain.from_iterable(fwd.get(d, ()) for d in base))
        top = sorted(tally.items(), key=lambda vc: (-vc[1], vc[0]))[: limit or None]
        names = {v for v, _ in top}
        top += [(s, tally.get(s, 0)) for s in sorted(selected) if s not in names]
        return tuple(FacetValue(v, n, v in selected, label(v) if label else v) for v, n in top)
    else:
        counts = sorted(((value, len(docs & base)) for value, docs in keys.items()), key=lambda vc: (-vc[1], vc[0]))
    if limit is not None:
        shown = [vc for vc in counts if vc[1] > 0][:limit]
        names = {v for v, _ in shown}
        counts = shown + [vc for vc in counts if vc[0] in selected and vc[0] not in names]
    counts += [(s, 0) for s in sorted(selected) if s not in keys]
    return tuple(FacetValue(value, n, value in selected, label(value) if label else value) for value, n in counts)


def date_buckets(snap: Snapshot) -> tuple[list[str], list[str]]:
    """Every year (plus "unknown") and year-month present in the index, in order."""
    years: set[str] = set()
    months: set[str] = set()
    dates = snap.dates
    for d in snap.live:
        key = dates[d]
        if not key:
            years.add("unknown")
            continue
        years.add(str(key // 10000))
        if key // 100 % 100:
            months.add(f"{key // 10000}-{key // 100 % 100:02d}")
    return sorted(years, key=lambda y: (y == "unknown", y)), sorted(months)


def _date_counts(snap: Snapshot, base: set[int], filters: Filters) -> tuple[tuple[FacetValue, ...], tuple[FacetValue, ...]]:
    dates = snap.dates
    years: Counter[str] = Counter()
    months: Counter[str] = Counter()
    for d in base:
        key = dates[d]
        if not key:
            years["unknown"] += 1
            continue
        years[str(key // 10000)] += 1
        if key // 100 % 100:
            months[f"{key // 10000}-{key // 100 % 100:02d}"] += 1
    all_years, all_months = snap.cached("date_buckets", lambda: date_buckets(snap))
    chosen = {r.label for r in filters.dates}
    if any(r.unknown for r in filters.dates):
        chosen.add("unknown")
    year_values = tuple(
        FacetValue(y, years.get(y, 0), y in chosen, "?" if y == "unknown" else y) for y in all_years
    )
    month_values = tuple(FacetValue(m, months.get(m, 0), m in chosen, m) for m in all_months)
    return year_values, month_values
