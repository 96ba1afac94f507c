"""Provides ``execute``: one ``Query`` against one ``Snapshot`` → a ``SearchResult``.

Steps: parse and plan the query; find the matching docnums as sets (terms,
pairs, verified phrases; OR within a group, AND across, exclusions removed);
apply facet filters; score what is left with BM25 over the body and the title
(boosted), plus a bonus for documents holding the whole phrase of a run of
words and smaller ones for its adjacent pairs; then build the page of hits with
their snippets, the facet counts and, when useful, a suggestion.
"""

from __future__ import annotations

import dataclasses
import heapq
import time
from collections import Counter

from . import facets as facet_mod
from .config import SearchConfig
from .embedded.schema import OFFICIAL, SOURCE
from .engine import K1, Snapshot
from .errors import QuerySyntaxError
from .highlight import Highlighter, snippet
from .models import SORTS, Facets, Hit, PublishedDate, Query, SearchResult, Source
from .plan import FieldResolver, Plan, Slot, Unit, build_plan
from .querylang import parse
from .suggest import accented_suggestion, did_you_mean

PHRASE_BONUS = 2.0
PAIR_BONUS = 0.5


class Execution:
    """One query against one snapshot, in two steps: ``hits()`` then ``finish()``.

    Facet counts over thousands of officials, and a "did you mean" that probes the
    term dictionary, cost more than the hits themselves; a reader paints the hits
    first and the rest a moment later, and stops between the steps when the user
    has typed on (no exception is thrown through the core for that).
    """

    def __init__(self, snap: Snapshot, query: Query, settings: SearchConfig) -> None:
        self.snap, self.query, self.settings = snap, query, settings
        self.started = time.perf_counter()
        self._early: SearchResult | None = None

    def hits(self) -> SearchResult:
        """The page of hits, the total and the notices; no facet counts, no suggestion yet."""
        if self._early is not None:
            return self._early
        snap, query, settings = self.snap, self.query, self.settings
        if query.sort not in SORTS:
            raise QuerySyntaxError(f"unknown sort '{query.sort}' (use {' or '.join(SORTS)})")
        resolver = FieldResolver(lambda: snap.keys(OFFICIAL), lambda: snap.keys(SOURCE))
        plan = build_plan(parse(query.text), snap.abbreviations, resolver)
        filters = plan.filters.merged(query.filters)
        notices: list[str] = list(snap.notices)
        if plan.has_text and not snap.phrases_complete:
            notices.append("the phrase index is incomplete, so phrases are slower; `briefing-tui index` repairs it")

        base, sets, matched = _match(snap, plan, filters)
        relaxed = False
        if not matched and plan.strict:
            loose = plan.relaxed()
            base2, sets2, matched2 = _match(snap, loose, filters)
            if matched2:
                plan, base, sets, matched, relaxed = loose, base2, sets2, matched2, True
                notices.append("no article has the exact phrase; showing articles with all the words")

        scores, phrase_absent = _score(snap, plan, matched, settings.title_boost)
        if phrase_absent and not relaxed:
            relaxed = True  # "Đề án 06" where only "đề", "án" and "6" occur: say so
            notices.append("no article has the whole phrase; showing articles with all the words")
        wanted = query.offset + query.limit
        dates = snap.dates
        if query.sort == "date" or not plan.has_text:
            top = heapq.nlargest(wanted, matched, key=lambda d: (dates[d], scores[d], -d))
        else:
            top = heapq.nlargest(wanted, matched, key=lambda d: (scores[d], dates[d], -d))
        page = top[query.offset : wanted]

        highlighter = Highlighter(plan)
        hits = tuple(_hit(snap, d, scores[d], highlighter, settings.snippet_chars) for d in page)
        self._plan, self._filters, self._base, self._sets = plan, filters, base, sets
        self._matched, self._highlighter = matched, highlighter
        self._early = SearchResult(
            query=query,
            hits=hits,
            total=len(matched),
            facets=Facets(),
            elapsed_ms=(time.perf_counter() - self.started) * 1000,
            relaxed=relaxed,
            notices=tuple(notices),
        )
        return self._early

    def finish(self) -> SearchResult:
        """The whole result: the hits with the facet counts and the suggestion."""
        result = self.hits()
        snap, plan = self.snap, self._plan
        suggestion = None
        if plan.has_text and not self._matched:
            suggestion = did_you_mean(snap, self.query.text, plan)
        elif result.hits and plan.has_text:
            suggestion = accented_suggestion(self.query.text, plan, result.hits[0], self._highlighter, snap)
        counts = facet_mod.count(snap, self._base, self._sets, self._filters, self.settings.facet_limit)
        elapsed_ms = (time.perf_counter() - self.started) * 1000
        return dataclasses.replace(result, facets=counts, suggestion=suggestion, elapsed_ms=elapsed_ms)


def execute(snap: Snapshot, query: Query, settings: SearchConfig) -> SearchResult:
    """Run ``query`` whole (both steps of an ``Execution``)."""
    return Execution(snap, query, settings).finish()


def _match(snap: Snapshot, plan: Plan, filters):  # type: ignore[no-untyped-def]
    text_docs = text_matches(snap, plan)
    if not plan.excluded_filters.empty:
        excluded = facet_mod.filter_sets(snap, plan.excluded_filters, text_docs)
        for docs in excluded.values():
            text_docs = text_docs - docs
    sets = facet_mod.filter_sets(snap, filters, text_docs)
    return text_docs, sets, facet_mod.apply(sets, text_docs)


def text_matches(snap: Snapshot, plan: Plan) -> set[int]:
    """Docnums matching the text part of a plan (every live document when there is none)."""
    docs: set[int] | None = None
    for group in plan.required:
        found: set[int] = set()
        for unit in group:
            found |= unit_docs(snap, unit)
        docs = found if docs is None else docs & found
        if not docs:
            return set()
    if docs is None:
        docs = set(snap.live)
    for unit in plan.excluded:
        docs = docs - unit_docs(snap, unit)
    return docs


def unit_docs(snap: Snapshot, unit: Unit) -> set[int]:
    if unit.exact or unit.strict:
        out: set[int] = set()
        for phrase in unit.phrases():
            out |= snap.phrase_docs(phrase)
        return out
    need = unit.min_match
    if need < len(unit.slots):
        counts: Counter[int] = Counter()
        for slot in unit.slots:
            counts.update(_slot_docs(snap, slot))
        return {d for d, n in counts.items() if n >= need}
    docs: set[int] | None = None
    for slot in sorted(unit.slots, key=lambda s: _slot_size(snap, s)):
        found = _slot_docs(snap, slot)
        docs = found if docs is None else docs & found
        if not docs:
            return set()
    return docs or set()


def _slot_docs(snap: Snapshot, slot: Slot) -> set[int]:
    found: set[int] = set()
    for form in slot.forms:
        found |= snap.phrase_docs(form)
    return found


def _slot_size(snap: Snapshot, slot: Slot) -> int:
    first = slot.forms[0]
    return len(snap.term_docs(first[0].field, first[0].term)) if len(first) == 1 else 0


def _score(snap: Snapshot, plan: Plan, matched: set[int], title_boost: float) -> tuple[dict[int, float], bool]:
    """BM25 plus phrase bonuses; and whether a run of words that must all match never occurs as a phrase."""
    scores = dict.fromkeys(matched, 0.0)
    phrase_absent = False
    if not plan.has_text or not matched:
        return scores, phrase_absent
    norm, title_norm = snap.norm, snap.title_norm
    seen: set[tuple[str, str]] = set()
    idf_of: dict[tuple[str, str], float] = {}
    for unit in plan.positive_units():
        for tok in unit.tokens():
            key = (tok.field, tok.term)
            if key in seen:
                continue
            seen.add(key)
            ids, weights = snap.postings(tok.field, tok.term)
            idf = idf_of[key] = snap.idf(len(ids))
            c = idf * (K1 + 1)
            _add_bm25(scores, ids, weights, norm, c)
            tids, tweights = snap.postings("title_f" if tok.folded else "title", tok.term)
            _add_bm25(scores, tids, tweights, title_norm, c * title_boost)
        if unit.exact:
            continue
        multi = len(unit.slots) > 1 or any(len(f) > 1 for s in unit.slots for f in s.forms)
        if not multi:
            continue
        whole = sum(idf_of.get((t.field, t.term), 0.0) for t in unit.slots[0].forms[0])
        whole += sum(idf_of.get((t.field, t.term), 0.0) for s in unit.slots[1:] for t in s.forms[0])
        phrase_docs = set().union(*(snap.phrase_docs(p) for p in unit.phrases()))
        _bonus(scores, norm, phrase_docs, PHRASE_BONUS * whole)
        if len(unit.slots) > 1 and unit.min_match >= len(unit.slots) and phrase_docs.isdisjoint(matched):
            phrase_absent = True
        for left, right in zip(unit.slots, unit.slots[1:]):
            a, b = left.forms[0], right.forms[0]
            if len(a) == 1 and len(b) == 1:
                pair_idf = idf_of.get((a[0].field, a[0].term), 0.0) + idf_of.get((b[0].field, b[0].term), 0.0)
                _bonus(scores, norm, snap.phrase_docs((a[0], b[0])), PAIR_BONUS * pair_idf)
    return scores, phrase_absent


def _add_bm25(scores: dict[int, float], ids: list[int], weights: list[float], norm: list[float], c: float) -> None:
    """Add one term's BM25 share to the scored documents, walking the smaller side."""
    if len(scores) * 4 < len(ids):
        tf = dict(zip(ids, weights))  # built at C speed; then touch only the matches
        for d in scores:
            w = tf.get(d)
            if w:
                scores[d] += c * w / (w + norm[d])
    else:
        for d, w in zip(ids, weights):
            if d in scores:
                scores[d] += c * w / (w + norm[d])


def _bonus(scores: dict[int, float], norm: list[float], docs: set[int], weight: float) -> None:
    c = weight * (K1 + 1)
    for d in docs:
        if d in scores:
            scores[d] += c / (1 + norm[d])


def _hit(snap: Snapshot, docnum: int, score: float, highlighter: Highlighter, width: int) -> Hit:
    d = snap.stored(docnum)  # plain data: a hit needs neither figures nor officials as objects
    body = d["body"]
    title = d.get("title") or d.get("display_title") or d["id"]
    source = d.get("source") or {}
    return Hit(
        id=d["id"],
        title=title,
        has_title=d.get("title") is not None,
        date=PublishedDate(**(d.get("date") or {})),
        score=round(score, 4),
        provinces=tuple(d.get("provinces") or ()),
        provinces_2025=tuple(d.get("provinces_2025") or ()),
        main_province=d.get("main_province"),
        main_province_2025=d.get("main_province_2025"),
        source=Source(author=source.get("author"), site=source.get("site")),
        snippet=snippet(body, highlighter.spans(body), width),
        title_spans=tuple(highlighter.spans(title)),
    )
