"""Provides matching: which documents a plan's text and filters let through, as sets of docnums.

OR within a group of units, AND across groups, exclusions removed; a unit's
slots all required (half of them, at least four, for a long pasted run); a
quoted phrase as a phrase. Slots are
intersected smallest first (by the engine's document frequency, which costs no
posting read), and an empty intersection stops at once. Every slot after the
first, and every group after the first, is read only where the matches so far
are (``IndexSource.postings_within``): a run reads its rarest word whole and
the others only in the posting blocks that can hold its documents, not the
15,000 postings of "so".
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from ..models import Filters
from . import facets
from .plan import Plan, Slot, Unit
from .source import IndexSource, broadest


def match(
    source: IndexSource, plan: Plan, filters: Filters,
    same_officials: Callable[[tuple[str, ...]], tuple[str, ...]] | None = None,
) -> tuple[set[int], dict[str, set[int]], set[int]]:
    """``(text matches, each active facet's passing docnums, the matches that pass every facet)``; an
    official's filter holds the names ``same_officials`` files with it."""
    text_docs = text_matches(source, plan)
    if not plan.excluded_filters.empty:
        excluded = facets.filter_sets(source, plan.excluded_filters, text_docs, same_officials)
        for docs in excluded.values():
            text_docs = text_docs - docs
    sets = facets.filter_sets(source, filters, text_docs, same_officials)
    return text_docs, sets, facets.apply(sets, text_docs)


def text_matches(source: IndexSource, plan: Plan) -> set[int]:
    """Docnums matching the text part of a plan (every live document when there is none)."""
    docs: set[int] | None = None
    for group in plan.required:
        found: set[int] = set()
        for unit in group:
            found |= unit_docs(source, unit, docs)
        docs = found if docs is None else docs & found
        if not docs:
            return set()
    if docs is None:
        docs = set(source.live)
    for unit in plan.excluded:
        docs = docs - unit_docs(source, unit, docs)
    return docs


def unit_docs(source: IndexSource, unit: Unit, within: set[int] | None = None) -> set[int]:
    """The documents holding ``unit``; with ``within``, only those of ``within`` are sure to be listed
    (the caller intersects)."""
    if unit.exact:
        out: set[int] = set()
        for phrase in broadest(unit.phrases()):
            out |= source.phrase_docs(phrase)
        return out
    need = unit.min_match
    if need < len(unit.slots):
        counts: Counter[int] = Counter()
        for slot in unit.slots:
            counts.update(slot_docs(source, slot))
        return {d for d, n in counts.items() if n >= need}
    docs = within
    slots = unit.slots if len(unit.slots) == 1 else sorted(unit.slots, key=lambda s: _slot_size(source, s))
    for slot in slots:
        docs = slot_docs(source, slot) if docs is None else slot_docs_within(source, slot, docs)
        if not docs:
            return set()
    return docs or set()


def slot_docs(source: IndexSource, slot: Slot) -> set[int]:
    found: set[int] = set()
    for form in broadest(slot.forms):
        found |= source.phrase_docs(form)
    return found


def slot_docs_within(source: IndexSource, slot: Slot, docs: set[int]) -> set[int]:
    """The documents of ``docs`` holding the slot: a single word read only where ``docs`` are."""
    found: set[int] = set()
    for form in broadest(slot.forms):
        if len(form) == 1:
            found |= docs.intersection(source.postings_within(form[0].field, form[0].term, docs)[0])
        else:
            found |= source.phrase_docs(form) & docs
    return found


def _slot_size(source: IndexSource, slot: Slot) -> int:
    """The first form's document frequency (a phrase form: 0, looked up first)."""
    first = slot.forms[0]
    return source.doc_frequency(first[0].field, first[0].term) if len(first) == 1 else 0
