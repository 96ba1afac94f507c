"""Provides one query against the cluster → a ``SearchResult``, in one search request.

The request: the text query (``dsl.text_query``, scored by ``dsl.scoring_query``) as ``query``; every
facet filter as ``post_filter`` (the hits and the total); one ``filter`` aggregation per facet holding
every *other* facet's filter (OR within a facet, AND across: the counts ``query/facets.py`` gives);
a ``global`` aggregation listing every value and date bucket the index holds (a facet lists its
values with 0 too); and, for "with the exact phrase", one filter aggregation per run. Snippets and
title spans come from our own highlighter on the returned text (the same spans as the embedded
backend). Near-duplicate grouping ("stories") and the "did you mean" suggestion are not done here:
they need every matching document's terms, which stay on the cluster (docs/performance.md).
"""

from __future__ import annotations

import time
from collections.abc import Mapping
from typing import Any

from ..config import SearchConfig
from ..errors import QuerySyntaxError
from ..extract.gazetteer import gazetteer
from ..models import SORTS, Article, Facets, FacetValue, Filters, Hit, Query, SearchResult
from ..query.highlight import Highlighter
from ..query.hits import hit_from_stored
from ..query.plan import Plan
from ..query.source import ID, OFFICIAL, PROVINCE, PROVINCE_2025, SOURCE
from . import dsl
from .mapping import APPROX, DATED, DOC, MONTH, YEAR

ALL_VALUES = 10_000
"""Terms listed per facet field from the whole index (63 provinces, ~2,000 officials at 20k)."""
FIELD_OF = {"written": PROVINCE, "province": PROVINCE_2025, "official": OFFICIAL, "source": SOURCE}


def request(plan: Plan, filters: Filters, query: Query, settings: SearchConfig,
            official_groups: Mapping[str, tuple[str, ...]] | None = None, shown: Filters | None = None) -> dict[str, Any]:
    """The search's request: ``filters`` as matched (an official with its group's names), ``shown`` as
    selected (the full names); each group of ``official_groups`` counted as one official, over the union
    of its names' articles."""
    clauses = dsl.facet_clauses(filters)
    shown = shown or filters
    groups = official_groups or {}

    def others(skip: str) -> dict[str, Any]:
        return dsl.all_of([c for name, c in clauses.items() if name != skip])

    def terms(field: str, size: int, selected: tuple[str, ...] = ()) -> dict[str, Any]:
        aggs: dict[str, Any] = {"top": {"terms": {"field": field, "size": size, "shard_size": ALL_VALUES,
                                                  "order": [{"_count": "desc"}, {"_key": "asc"}]}}}
        if selected:
            aggs["chosen"] = {"terms": {"field": field, "size": len(selected), "include": list(selected)}}
        return aggs

    approx = {"approx": {"filter": {"term": {APPROX: True}}}}
    aggs: dict[str, Any] = {
        "written": {"filter": others("written"), "aggs": terms(PROVINCE, ALL_VALUES)},
        "province": {"filter": others("province"), "aggs": terms(PROVINCE_2025, ALL_VALUES)},
        "official": {"filter": others("official"),
                     "aggs": terms(OFFICIAL, settings.facet_limit + sum(len(m) - 1 for m in groups.values()),
                                   shown.officials)},
        "source": {"filter": others("source"), "aggs": terms(SOURCE, settings.facet_limit, filters.sources)},
        "date": {"filter": others("date"), "aggs": {
            "year": {"terms": {"field": YEAR, "size": ALL_VALUES}, "aggs": approx},
            "month": {"terms": {"field": MONTH, "size": ALL_VALUES}, "aggs": approx}}},
        "all": {"global": {}, "aggs": {name: {"terms": {"field": field, "size": ALL_VALUES}}
                                       for name, field in (("written", PROVINCE), ("province", PROVINCE_2025),
                                                           ("year", YEAR), ("month", MONTH))}},
    }
    if groups:
        aggs["official"]["aggs"]["groups"] = {"filters": {"filters": {
            full: {"terms": {OFFICIAL: list(members)}} for full, members in groups.items()}}}
    every = list(clauses.values())
    runs = plan.runs
    if runs:
        aggs["with_phrase"] = {"filter": dsl.all_of(every + [dsl.phrase_query(u) for u in runs])}
    for i, unit in enumerate(plan.positive_units()):
        if len(unit.slots) > 1 and unit.min_match >= len(unit.slots) and not unit.exact:
            aggs[f"phrase{i}"] = {"filter": dsl.all_of(every + [dsl.phrase_query(unit)])}
    by_date = query.sort == "date" or not plan.has_text
    sort: list[Any] = [{DATED: "desc"}, "_score", {ID: "asc"}] if by_date else ["_score", {DATED: "desc"}, {ID: "asc"}]
    body: dict[str, Any] = {
        "query": {"bool": {"filter": [dsl.text_query(plan)], "should": [dsl.scoring_query(plan, settings.title_boost)]}},
        "post_filter": dsl.all_of(every),
        "aggs": aggs,
        "sort": sort,
        "from": query.offset,
        "size": query.limit,
        "track_total_hits": True,
        "_source": [DOC],
    }
    return body


def result(response: dict[str, Any], plan: Plan, filters: Filters, query: Query, settings: SearchConfig,
           notices: tuple[str, ...], started: float, official_titles: dict[str, str],
           short_names: frozenset[str] = frozenset()) -> SearchResult:
    highlighter = Highlighter(plan)
    hits = tuple(_hit(h, highlighter, settings.snippet_chars) for h in response["hits"]["hits"])
    aggs = response.get("aggregations") or {}
    facets = _facets(aggs, filters, settings.facet_limit, official_titles, short_names)
    with_phrase = aggs.get("with_phrase")
    relaxed = any(v["doc_count"] == 0 for k, v in aggs.items() if k.startswith("phrase"))
    return SearchResult(
        query=query,
        hits=hits,
        total=int(response["hits"]["total"]["value"]),
        facets=facets,
        elapsed_ms=(time.perf_counter() - started) * 1000,
        relaxed=relaxed,
        notices=notices,
        phrase_total=None if with_phrase is None else int(with_phrase["doc_count"]),
        story_total=None,
    )


def check_sort(query: Query) -> None:
    if query.sort not in SORTS:
        raise QuerySyntaxError(f"unknown sort '{query.sort}' (use {' or '.join(SORTS)})")


def _hit(h: dict[str, Any], highlighter: Highlighter, width: int) -> Hit:
    d = (h.get("_source") or {}).get(DOC) or {}
    return hit_from_stored(d, d.get("id") or h["_id"], float(h.get("_score") or 0.0), highlighter, width)


def article_of(source: dict[str, Any]) -> Article:
    return Article.from_dict(source[DOC])


def _buckets(agg: dict[str, Any] | None) -> dict[str, int]:
    return {str(b["key"]): int(b["doc_count"]) for b in (agg or {}).get("buckets", ())}


def _facets(aggs: dict[str, Any], filters: Filters, limit: int, titles: dict[str, str],
            short_names: frozenset[str] = frozenset()) -> Facets:
    if not aggs:
        return Facets()
    every = aggs["all"]
    to_2025 = gazetteer().to_2025

    def label_old(p: str) -> str:
        new = to_2025.get(p)
        return f"{p} → {new}" if new and new != p else p

    def listed_all(facet: str, selected: tuple[str, ...], label: Any = None) -> tuple[FacetValue, ...]:
        """Every value in the index, by count (as ``facets._counts`` with no limit), zeros included."""
        counts = _buckets(aggs[facet]["top"])
        values = {**dict.fromkeys(_buckets(every[facet]), 0), **counts}
        ordered = sorted(values.items(), key=lambda vc: (-vc[1], vc[0]))
        ordered += [(s, 0) for s in sorted(selected) if s not in values]
        return tuple(FacetValue(v, n, v in selected, label(v) if label else v) for v, n in ordered)

    def listed_top(facet: str, selected: tuple[str, ...], label: Any = None) -> tuple[FacetValue, ...]:
        top = _buckets(aggs[facet]["top"])
        chosen = _buckets(aggs[facet].get("chosen"))
        grouped = {k: int(v["doc_count"]) for k, v in ((aggs[facet].get("groups") or {}).get("buckets") or {}).items()}
        if grouped:  # a full name and its short names: one value, counted over their union
            top = {v: n for v, n in top.items() if v not in short_names and v not in grouped}
            top.update({full: n for full, n in grouped.items() if n > 0})
            top = dict(sorted(top.items(), key=lambda vn: (-vn[1], vn[0])))
            chosen = {**chosen, **grouped}
        shown = [(v, n) for v, n in top.items() if n > 0][:limit]
        names = {v for v, _ in shown}
        shown += [(s, chosen.get(s, 0)) for s in sorted(selected) if s not in names]
        return tuple(FacetValue(v, n, v in selected, label(v) if label else v) for v, n in shown)

    chosen_dates = {r.label for r in filters.dates} | ({"unknown"} if any(r.unknown for r in filters.dates) else set())
    date = aggs["date"]
    years = {str(b["key"]): (int(b["doc_count"]), int(b["approx"]["doc_count"])) for b in date["year"]["buckets"]}
    months = {str(b["key"]): (int(b["doc_count"]), int(b["approx"]["doc_count"])) for b in date["month"]["buckets"]}
    all_years = sorted(_buckets(every["year"]), key=lambda y: (y == "unknown", y))
    all_months = sorted(_buckets(every["month"]))
    year_values = tuple(FacetValue(y, years.get(y, (0, 0))[0], y in chosen_dates, "?" if y == "unknown" else y,
                                   years.get(y, (0, 0))[1]) for y in all_years)
    month_values = tuple(FacetValue(m, months.get(m, (0, 0))[0], m in chosen_dates, f"{m[5:]}/{m[:4]}",
                                    months.get(m, (0, 0))[1]) for m in all_months)
    return Facets(
        province=listed_all("written", filters.written, label_old),
        province_2025=listed_all("province", filters.provinces),
        official=listed_top("official", filters.officials,
                            lambda n: f"{n} — {titles[n]}" if n in titles else n),
        year=year_values,
        month=month_values,
        source=listed_top("source", filters.sources),
    )
