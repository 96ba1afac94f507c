"""Provides facet filters and live counts: OR within a facet, AND across facets.

Counts for one facet are taken over the matches filtered by every *other*
facet, so selecting Hà Nội still shows how many results each other province
would add; and selecting a value gives exactly the count it showed. Two
province facets: since 2025 (``Filters.provinces``: "Tuyên Quang" holds a 2021
article about Hà Giang) and as written (``Filters.written``: "Hồ Chí Minh" there
leaves out the articles about Bình Dương, which the 2025 facet's counts include).
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from itertools import compress
from typing import Generic, TypeVar

from ..extract.gazetteer import merger
from ..models import DateRange, Facets, FacetValue, Filters
from .derived import Derived
from .docmask import DocMask
from .source import OFFICIAL, PROVINCE, PROVINCE_2025, SOURCE, IndexSource

T = TypeVar("T")


def filter_sets(
    source: IndexSource, filters: Filters, within: set[int],
    same_officials: Callable[[tuple[str, ...]], tuple[str, ...]] | None = None,
) -> dict[str, set[int]]:
    """For each active facet, the docnums of ``within`` that pass it (an official with each of the names
    ``same_officials`` files with them: "Vladimir Putin" holds "Putin")."""
    out: dict[str, set[int]] = {}
    officials = same_officials(filters.officials) if same_officials and filters.officials else filters.officials
    by_value = (("province", PROVINCE_2025, filters.provinces), ("written", PROVINCE, filters.written),
                ("official", OFFICIAL, officials), ("source", SOURCE, filters.sources))
    for facet, field, chosen in by_value:
        if chosen:
            out[facet] = set().union(*(source.facet_docs(field, v) for v in chosen)) & within
    if filters.dates:
        out["date"] = _date_docs(source, filters.dates, within)
    return out


def _date_docs(source: IndexSource, ranges: tuple[DateRange, ...], within: set[int]) -> set[int]:
    """By the known date, else the approximate one (``dated``): ``date:2017`` holds an article crawled
    in 2017 with no date of its own, marked "≈"; ``date:unknown`` only those with no date at all."""
    dates, docs = source.dated, list(within)
    keys = set(map(dates.__getitem__, docs))  # a few thousand distinct dates, tested once each
    passing = {k for k in keys if any(r.contains(k) for r in ranges)}
    return set(compress(docs, map(passing.__contains__, map(dates.__getitem__, docs))))


def apply(sets: dict[str, set[int]], base: set[int], skip: str | None = None) -> set[int]:
    result = base
    for name, docs in sets.items():
        if name != skip:
            result = result & docs
    return result


def count(
    derived: Derived,
    base: set[int],
    sets: dict[str, set[int]],
    filters: Filters,
    limit: int,
) -> Facets:
    """Live counts of every facet: each over the matches filtered by every *other* facet."""
    source = derived.source
    to_2025 = merger()
    rest: _PerBase[set[int] | None] = _PerBase(lambda of: _rest(of, source))
    marked: _PerBase[Marked | None] = _PerBase(lambda of: _marked(of, source, rest))

    written, in_2025, sourced = apply(sets, base, "written"), apply(sets, base, "province"), apply(sets, base, "source")
    province = _counts(value_counts(derived, PROVINCE, written, rest, marked), set(filters.written),
                       limit=None, label=lambda p: _label(p, to_2025))
    province_2025 = _counts(value_counts(derived, PROVINCE_2025, in_2025, rest, marked), set(filters.provinces),
                            limit=None)
    official = _tallied(derived, OFFICIAL, apply(sets, base, "official"), rest, set(filters.officials), limit,
                        label=lambda name: f"{name} — {title}" if (title := derived.official_title(name)) else name,
                        marked=marked)
    sites = _counts(value_counts(derived, SOURCE, sourced, rest, marked), set(filters.sources), limit=limit)
    dated = apply(sets, base, "date")
    year, month = _date_counts(derived, dated, filters, rest.known(dated), marked)
    return Facets(province, province_2025, official, year, month, sites)


class _PerBase(Generic[T]):
    """A value computed once per base set within one ``count`` (with no filter every facet counts over the same
    base), keyed by the set's ``id()`` while holding the set, so that no set made later in the call can take the
    id of one dropped meanwhile (session 57: the officials' base, dropped after their count, lent its id to the date
    facet's, which then counted over the officials' — with a province and an official chosen, the years and months
    showed the province's articles instead of none)."""

    def __init__(self, compute: Callable[[set[int]], T]) -> None:
        self._compute = compute
        self._held: dict[int, tuple[set[int], T]] = {}

    def __call__(self, of: set[int]) -> T:
        hit = self._held.get(id(of))
        if hit is None:
            hit = self._held[id(of)] = (of, self._compute(of))
        return hit[1]

    def known(self, of: set[int]) -> T | None:
        """The value when it was computed for ``of`` already, else None (nothing computed)."""
        hit = self._held.get(id(of))
        return None if hit is None else hit[1]


def _label(name: str, to_2025: dict[str, str]) -> str:
    new = to_2025.get(name)
    return f"{name} → {new}" if new and new != name else name


def _tallied(
    derived: Derived,
    field: str,
    base: set[int],
    rest: Callable[[set[int]], set[int] | None],
    selected: set[str],
    limit: int,
    label: Callable[[str], str],
    marked: Callable[[set[int]], Marked | None] = lambda _: None,
) -> tuple[FacetValue, ...]:
    """The shown values of a facet with thousands of values (officials: 3,571 at 20k articles, 23,283
    at 150k), counted in one pass over its postings (``_tally``) and only the shown
    ones named. Value indexes follow string order, so ordering by (−count, index) is ``_order``. It
    replaced a set per value plus a docnum → values map that took 0.35 s to build in a cold search
    at 150k articles (~40 ms at 20k). A group (``Derived.official_group_indexes``: one
    person's names) is one value under the name filed under, counted over the union of its members' articles:
    their counts less the articles holding two of them ("V. Putin" beside "Vladimir Putin").
    Over a large share of the index (``marked``: ``MASK_SHARE``) only the values that can still reach the
    shown ones are counted, biggest first (``_top_marked``): "gia" at 150k 35 → 11 ms."""
    source = derived.source
    merged = derived.official_group_indexes
    members_of: dict[str, tuple[str, ...]] = {members[0]: members for _, _, members, _ in merged}
    mask = marked(base)
    if mask is not None:
        top = _top_marked(source, field, derived.official_units, base, mask, limit)
    else:
        tally = dict(_tally(source, field, base, rest))
        for full, where, _members, extra in merged:
            held = [tally.pop(i, 0) for i in where]
            if any(held):
                n = sum(held) - _shared(extra, base)
                if n:
                    tally[full] = n
        top = _top_indexed(tally, limit)
    counts = [(source.facet_value(field, i), n) for i, n in top]
    names = {v for v, _ in counts}
    counts += sorted(((s, len(set().union(*(source.facet_docs(field, v) for v in members_of.get(s, (s,)))) & base))
                      for s in selected if s not in names), key=_order)
    return tuple(FacetValue(value, n, value in selected, label(value)) for value, n in counts)


def _shared(extra: Mapping[int, int], base: set[int]) -> int:
    """How many more than once a group's members count the articles of ``base`` holding two or more of them
    (``Derived.official_group_indexes``' last part): what a group's count takes off its members' sum."""
    return sum(k for d, k in extra.items() if d in base)


def _top_indexed(tally: Mapping[int, int], limit: int) -> list[tuple[int, int]]:
    """The first ``limit`` (value index, count) by most first, then index: the ``limit``-th largest count found
    at C speed (``heapq.nlargest`` over the bare counts), then only the values reaching it sorted. The same list
    as ``heapq.nsmallest`` with a key function, which called it for each of 23,283 officials (~3 ms at 150k)."""
    if len(tally) > limit:
        least = heapq.nlargest(limit, tally.values())[-1]
        tally = {i: n for i, n in tally.items() if n >= least}
    return sorted(tally.items(), key=lambda kv: (-kv[1], kv[0]))[:limit]


def _top_marked(
    source: IndexSource,
    field: str,
    units: list[tuple[int, int, tuple[int, ...] | None, dict[int, int]]],
    base: set[int],
    mask: Marked,
    limit: int,
) -> list[tuple[int, int]]:
    """``_top_indexed`` of the facet's counts over ``base``, counting a value only while it can still be shown:
    ``units`` (``Derived.official_units``) come most articles first, and once the ``limit``-th count found
    exceeds what the next value can count at most, none after it can be shown. Each count is its articles
    marked in the mask, read at C speed (``IndexSource.facet_marked``)."""
    marks, inverted = mask
    sizes = source.facet_sizes(field) if inverted else []

    def count(i: int) -> int:
        k = source.facet_marked(field, i, marks)
        return sizes[i] - k if inverted else k

    shown: list[tuple[int, int]] = []  # (count, −index): the weakest shown on top of the heap
    for most, index, where, extra in units:
        if len(shown) == limit and most < shown[0][0]:
            break
        n = count(index) if where is None else sum(map(count, where)) - _shared(extra, base)
        if n and (len(shown) < limit or (n, -index) > shown[0]):
            (heapq.heappush if len(shown) < limit else heapq.heapreplace)(shown, (n, -index))
    return sorted(((-i, n) for n, i in shown), key=lambda kv: (-kv[1], kv[0]))


def _tally(
    source: IndexSource, field: str, base: set[int], rest: Callable[[set[int]], set[int] | None]
) -> Mapping[int, int]:
    """Each value's count over ``base``, by value index (``facet_tally``): over most of the index (the
    app's first screen lists every article) from the few articles outside it, as each value's size
    less its count among those. A pass over every posting made a 140,000-item tally per field at
    150,000 articles: 35 ms each, 0.15 s of the app's first screen."""
    outside = rest(base)
    if outside is None:
        return source.facet_tally(field, base)
    sizes = source.facet_sizes(field)
    counts = dict(compress(enumerate(sizes), sizes))  # C speed: 19,384 officials at 150k in ~1 ms
    for i, n in source.facet_tally(field, outside).items():  # touched: only values held outside
        left = counts[i] - n
        if left:
            counts[i] = left
        else:
            del counts[i]
    return counts


MASK_SHARE = 8
"""A facet's base holding at least one live article in ``MASK_SHARE`` is counted through a mask
(``docmask.DocMask``) of it, or of the articles outside it when fewer (``_rest``). Below, the sets and
tallies cost less than the mask's ~60 ns a marked article ("Đề án 06", 8,210 of 150,704 matches: the
officials 5.5 ms by tally, 7.4 through the mask)."""
BITS_SHARE = 256
"""A value holding at least one docnum in ``BITS_SHARE`` is counted by its bitmap (~10 µs at 150,000
articles, the same as reading ~400 of its docnums' marks), once the field has been counted before: its
bitmap is built on first use (~0.3 ms) and kept with the generation."""

Marked = tuple[DocMask, bool]
"""A mask of a facet's base, or of the live articles outside it (then True): a value's count is its size less
its marked articles."""


def _marked(base: set[int], source: IndexSource, rest: Callable[[set[int]], set[int] | None]) -> Marked | None:
    """The mask to count ``base`` by (``Marked``), or None when ``base`` is too small a share (``MASK_SHARE``)."""
    if len(base) * MASK_SHARE < source.doc_count or not base:
        return None
    outside = rest(base)
    return source.doc_mask(base if outside is None else outside), outside is not None


def _rest(base: set[int], source: IndexSource) -> set[int] | None:
    """The live articles outside ``base`` when they are fewer than those in it, else None. Over most of
    the index (no query yet, a common word), a value's count is its size less its articles outside
    ``base``: intersecting each province with the few left out beat intersecting it with the many
    kept by ~40 ms at 150k articles (the app's first screen lists every article)."""
    return source.live - base if len(base) * 2 > source.doc_count else None


def value_counts(
    derived: Derived,
    field: str,
    base: set[int],
    rest: Callable[[set[int]], set[int] | None],
    marked: Callable[[set[int]], Marked | None] = lambda _: None,
) -> dict[str, int]:
    """Every value of a facet with few values (provinces, sources) and its count over ``base``.

    The first time a field is counted for an index generation, in one pass over its postings
    (``_tally``): a shell search counts once, and building a set per value first took 47 of a cold
    search's ms at 150,000 articles against 25 for the passes. From the second time (the app,
    counting as the user types) over those sets, built once: a small ``base`` then costs a set
    intersection per value, not a pass over every posting (~6 ms per field at 150k).
    Over a large share of the index (``marked``), from the mask: a value with many articles by its bitmap
    once the field has been counted before (an AND and a popcount), any other by its marked articles (session
    57: the three fields of "gia" at 150k 18.2 → 1.8 ms, the mask itself ~4 ms, built once for all of them).
    """
    source = derived.source
    rounds = derived.facet_rounds[field] = derived.facet_rounds.get(field, 0) + 1
    mask = marked(base)
    if mask is not None:
        marks, inverted = mask
        bits_from = marks.bound // BITS_SHARE if rounds > 1 else None
        out = {}
        for i, (value, size) in enumerate(source.facet_counts(field).items()):
            if bits_from is not None and size >= bits_from:
                k = marks.count_bits(source.facet_bits(field, i))
            else:
                k = source.facet_marked(field, i, marks)
            out[value] = size - k if inverted else k
        return out
    if rounds == 1:
        tally = _tally(source, field, base, rest)
        return {value: tally.get(i, 0) for i, value in enumerate(source.facet_counts(field))}
    keys, outside = source.facet_values(field), rest(base)
    if outside is None:
        return {value: len(docs & base) for value, docs in keys.items()}
    # a value's docs are live ones, so |docs ∩ base| = |docs| − |docs ∩ (live − base)|
    return {value: len(docs) - len(docs & outside) for value, docs in keys.items()}


def _counts(
    found: dict[str, int],
    selected: set[str],
    limit: int | None,
    label: Callable[[str], str] | None = None,
) -> tuple[FacetValue, ...]:
    """The shown values of a facet, given every value's count (``value_counts``)."""
    pairs = list(found.items())
    if limit is None:
        counts = sorted(pairs, key=_order)
    else:
        # the shown values only: sorting every official by its count took ~20 ms a query at 150k articles
        counts = _top((vc for vc in pairs if vc[1] > 0), limit)
        names = {v for v, _ in counts}
        counts += sorted((vc for vc in pairs if vc[0] in selected and vc[0] not in names), key=_order)
    counts += [(s, 0) for s in sorted(selected) if s not in found]
    return tuple(FacetValue(value, n, value in selected, label(value) if label else value) for value, n in counts)


def _order(vc: tuple[str, int]) -> tuple[int, str]:
    """Most documents first, then by name."""
    return -vc[1], vc[0]


def _top(pairs: Iterable[tuple[str, int]], limit: int | None) -> list[tuple[str, int]]:
    """The first ``limit`` (all when None) in ``_order``: the same list as sorting and slicing."""
    return sorted(pairs, key=_order) if limit is None else heapq.nsmallest(limit, pairs, key=_order)


def _date_counts(
    derived: Derived, base: set[int], filters: Filters, outside: set[int] | None = None,
    marked: Callable[[set[int]], Marked | None] = lambda _: None,
) -> tuple[tuple[FacetValue, ...], tuple[FacetValue, ...]]:
    """Years and months over ``base``. ``outside``: the live articles not in ``base`` when another facet
    has already taken them (``_rest``, most of the index matched): the index's own counts less theirs.
    Counting the matches' dates is a pass over every match (~8 ms for 104,000 at 150k articles, twice
    with the approximate dates); over the fewer left out, a third to a half of that ("gia", "người"). Over a large
    share of the index once dates have been counted before (``marked``), by the months' bitmaps: ~4 → ~0.5 ms at
    150k (session 57)."""
    dates, approximate = derived.source.dated, derived.source.approximate
    # count the matches per date at C speed (a Python loop over 15,000 matches took ~10 ms), then
    # the few thousand distinct dates into years and months; every live article (no query typed:
    # the app's first screen) is the index's own count, kept once (~10 ms a search at 150k)
    everything = len(base) == derived.source.doc_count and base == derived.source.live
    rounds = derived.facet_rounds["date"] = derived.facet_rounds.get("date", 0) + 1
    mask = None if everything or rounds == 1 else marked(base)
    if everything:
        by_date, by_approx = derived.date_totals, derived.approximate_totals
    elif mask is not None:
        # over most of the index, once dates have been counted before: a month's bitmap ANDed with the mask
        # (``Derived.month_bits``); the months hold the same years and months as the days they group
        marks, inverted = mask
        by_date, by_approx = Counter(), Counter()
        for key, bits, n, rough_bits, rough in derived.month_bits:
            k = marks.count_bits(bits)
            by_date[key] = n - k if inverted else k
            if rough:
                k = marks.count_bits(rough_bits)
                by_approx[key] = rough - k if inverted else k
        by_date, by_approx = +by_date, +by_approx  # (months with no match dropped, as the tallies leave them out)
    elif outside is not None:
        by_date = derived.date_totals - Counter(map(dates.__getitem__, outside))
        by_approx = derived.approximate_totals - Counter(map(dates.__getitem__, outside & approximate))
    else:
        by_date = Counter(map(dates.__getitem__, base))
        by_approx = Counter(map(dates.__getitem__, base & approximate))
    years, months = _buckets(by_date)
    approx_years, approx_months = _buckets(by_approx)
    all_years, all_months = derived.date_buckets
    chosen = {r.label for r in filters.dates}
    if any(r.unknown for r in filters.dates):
        chosen.add("unknown")
    year_values = tuple(
        FacetValue(y, years.get(y, 0), y in chosen, "?" if y == "unknown" else y, approx_years.get(y, 0))
        for y in all_years
    )
    month_values = tuple(
        FacetValue(m, months.get(m, 0), m in chosen, f"{m[5:]}/{m[:4]}", approx_months.get(m, 0)) for m in all_months
    )
    return year_values, month_values


def _buckets(by_date: Counter[int]) -> tuple[Counter[str], Counter[str]]:
    """Counts per ``yyyymmdd`` → counts per year ("unknown" for 0) and per "yyyy-mm"."""
    years: Counter[str] = Counter()
    months: Counter[str] = Counter()
    for key, n in by_date.items():
        if not key:
            years["unknown"] += n
            continue
        years[str(key // 10000)] += n
        if key // 100 % 100:
            months[f"{key // 10000}-{key // 100 % 100:02d}"] += n
    return years, months
