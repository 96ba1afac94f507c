"""Provides a query plan (``query/plan.py``) compiled to the OpenSearch query DSL.

The same meaning as ``query/matching.py``, clause for clause: a form (tokens that must stand
together) is a term or a phrase; a phrase whose tokens mix accented and folded lookups is a
``span_near`` over the accented field with the folded tokens masked onto it (both fields hold the
same token positions); a slot is any of its forms; a unit needs all its slots (half, at least 4, of
a long pasted run: ``minimum_should_match``) or, quoted, any of its phrases; groups are ANDed, a
group's units ORed, exclusions are ``must_not``. Facet filters are OR within a facet, AND across.

Scoring is OpenSearch's BM25 over the same terms, plus the title boost and a bonus for a run that
stands as a phrase (``should`` clauses): close to our own scoring, not identical (it is per shard,
and it has no proximity re-ranking), so the order of equal-looking hits may differ; what matches
does not.
"""

from __future__ import annotations

from typing import Any

from ..models import DateRange, Filters
from ..query.plan import Plan, Slot, Unit
from ..query.source import OFFICIAL, PROVINCE, PROVINCE_2025, SOURCE, TEXT, Form
from .mapping import DATED, DATED_FIRST, DATED_LAST

Q = dict[str, Any]
PHRASE_BOOST = 2.0
"""A run of words standing together ranks above the same words scattered (as ``scoring.PHRASE_BONUS``)."""
MATCH_NONE: Q = {"match_none": {}}


def form_query(form: Form) -> Q:
    if len(form) == 1:
        return {"term": {form[0].field: form[0].term}}
    fields = {t.field for t in form}
    if len(fields) == 1:
        return {"match_phrase": {form[0].field: " ".join(t.term for t in form)}}
    clauses = []
    for t in form:
        span: Q = {"span_term": {t.field: t.term}}
        if t.field != TEXT:
            span = {"field_masking_span": {"query": span, "field": TEXT}}
        clauses.append(span)
    return {"span_near": {"clauses": clauses, "slop": 0, "in_order": True}}


def _any(queries: list[Q]) -> Q:
    if not queries:
        return MATCH_NONE
    if len(queries) == 1:
        return queries[0]
    return {"bool": {"should": queries, "minimum_should_match": 1}}


def slot_query(slot: Slot) -> Q:
    return _any([form_query(f) for f in slot.forms])


def unit_query(unit: Unit) -> Q:
    if unit.exact:
        return _any([form_query(p) for p in unit.phrases()])
    slots = [slot_query(s) for s in unit.slots]
    need = unit.min_match
    if need < len(slots):
        return {"bool": {"should": slots, "minimum_should_match": need}}
    return slots[0] if len(slots) == 1 else {"bool": {"filter": slots}}


def text_query(plan: Plan) -> Q:
    """What the text part and the excluded filters let through (every document when there is no text)."""
    must = [_any([unit_query(u) for u in group]) for group in plan.required]
    must_not = [unit_query(u) for u in plan.excluded]
    must_not += list(facet_clauses(plan.excluded_filters).values())
    query: Q = {"bool": {"filter": must or [{"match_all": {}}]}}
    if must_not:
        query["bool"]["must_not"] = must_not
    return query


def scoring_query(plan: Plan, title_boost: float) -> Q:
    """``should`` clauses that score a match: each token in the text and (boosted) in the title, and
    each run standing as a phrase."""
    should: list[Q] = []
    seen: set[tuple[str, str]] = set()
    for unit in plan.positive_units():
        for tok in unit.tokens():
            if (tok.field, tok.term) in seen:
                continue
            seen.add((tok.field, tok.term))
            should.append({"term": {tok.field: {"value": tok.term}}})
            should.append({"term": {tok.title_field: {"value": tok.term, "boost": title_boost}}})
        if not unit.exact and (unit.is_run or any(len(f) > 1 for s in unit.slots for f in s.forms)):
            should.append({"constant_score": {"filter": phrase_query(unit), "boost": PHRASE_BOOST * len(unit.slots)}})
    return {"bool": {"should": should}} if should else {"match_all": {}}


def phrase_query(unit: Unit) -> Q:
    """The unit's words standing together in one of their forms."""
    return _any([form_query(p) for p in unit.phrases()])


def date_query(ranges: tuple[DateRange, ...]) -> Q:
    """As ``DateRange.contains``: a known date (else the approximate one) lying whole in a range."""
    out: list[Q] = []
    for r in ranges:
        if r.unknown:
            out.append({"term": {DATED: 0}})
        else:
            out.append({"bool": {"filter": [{"range": {DATED: {"gt": 0}}},
                                            {"range": {DATED_FIRST: {"gte": r.start}}},
                                            {"range": {DATED_LAST: {"lte": r.end}}}]}})
    return _any(out)


def facet_clauses(filters: Filters) -> dict[str, Q]:
    """Each active facet's filter, by the facet's name in ``query/facets.py``."""
    out: dict[str, Q] = {}
    for facet, field, chosen in (("province", PROVINCE_2025, filters.provinces), ("written", PROVINCE, filters.written),
                                 ("official", OFFICIAL, filters.officials), ("source", SOURCE, filters.sources)):
        if chosen:
            out[facet] = {"terms": {field: list(chosen)}}
    if filters.dates:
        out["date"] = date_query(filters.dates)
    return out


def all_of(clauses: list[Q]) -> Q:
    return {"bool": {"filter": clauses}} if clauses else {"match_all": {}}
