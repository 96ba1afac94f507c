"""Provides scoring: BM25 over the title + body and the title (boosted), plus phrase bonuses.

Each query term's postings are read only where the matched documents are
(``IndexSource.postings_within``: the engine skips the posting blocks that hold
none of them, while the IDF still counts every live document holding the term)
and added to the matched documents only, walking the smaller side. Before,
every posting of every query word was read: "chuyen doi so" matches 53
articles but read the 15,000 postings of "so" (31 of its 49 ms, cProfile).
Each document gets the same additions in the same order as before, so the
scores are the same floats. A run's phrase is judged word by word
(``IndexSource.phrase_docs(within=...)``) only in the matched documents: with a
facet filter, a few of the articles holding its syllables. A document
holding the whole phrase of a run of words gets a bonus worth twice the run's
IDF, one holding an adjacent pair of it half the pair's IDF: "chuyển đổi số
Hà Giang" ranks the article with both phrases first and still finds others.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from .derived import K1, Derived
from .plan import Plan
from .source import broadest

PHRASE_BONUS = 2.0
PAIR_BONUS = 0.5


Scores = list[float] | dict[int, float]
"""Each matched document's score, read by docnum: a list over every docnum (the other entries mean nothing), or
a dict of the matches when there is nothing to score."""


class Scored(NamedTuple):
    scores: Scores
    with_phrase: set[int] | None
    """The matches holding every unquoted run of several words as a phrase (None: no such run)."""
    phrase_absent: bool
    """A run whose words must all match never occurs as a phrase among the matches."""


def score(derived: Derived, plan: Plan, matched: set[int], title_boost: float) -> Scored:
    """Each matched document's score, and which of them hold the query's runs as phrases."""
    source = derived.source
    phrase_absent = False
    with_phrase: set[int] | None = None
    if not plan.has_text or not matched:
        return Scored(dict.fromkeys(matched, 0.0), set() if plan.runs else None, False)
    norm, title_norm = derived.norm, derived.title_norm
    scores = [0.0] * len(norm)  # by docnum: no hashing, no membership test (a broad query's additions ~40% faster)
    seen: set[tuple[str, str]] = set()
    idf_of: dict[tuple[str, str], float] = {}
    ordered = sorted(matched)  # once for every term's reads within the matches
    for unit in plan.positive_units():
        for tok in unit.tokens():
            key = (tok.field, tok.term)
            if key in seen:
                continue
            seen.add(key)
            ids, weights, df = source.postings_within(tok.field, tok.term, matched, ordered)
            idf = idf_of[key] = derived.idf(df)
            c = idf * (K1 + 1)
            _add_bm25(scores, matched, ids, weights, norm, c)
            tids, tweights, _ = source.postings_within(tok.title_field, tok.term, matched, ordered)
            _add_bm25(scores, matched, tids, tweights, title_norm, c * title_boost)
        if unit.exact or not (unit.is_run or any(len(f) > 1 for s in unit.slots for f in s.forms)):
            continue  # a phrase bonus needs several tokens: a run, or "CSDL" as "cơ sở dữ liệu"
        whole = sum(idf_of.get((t.field, t.term), 0.0) for t in unit.slots[0].forms[0])
        whole += sum(idf_of.get((t.field, t.term), 0.0) for s in unit.slots[1:] for t in s.forms[0])
        phrase_docs = set().union(*(source.phrase_docs(p, within=matched) for p in broadest(unit.phrases())))
        _bonus(scores, matched, norm, phrase_docs, PHRASE_BONUS * whole)
        if unit.is_run:
            with_phrase = (matched & phrase_docs) if with_phrase is None else (with_phrase & phrase_docs)
        if len(unit.slots) > 1 and unit.min_match >= len(unit.slots) and phrase_docs.isdisjoint(matched):
            phrase_absent = True
        for left, right in zip(unit.slots, unit.slots[1:]):
            a, b = left.forms[0], right.forms[0]
            if len(a) == 1 and len(b) == 1:
                pair_idf = idf_of.get((a[0].field, a[0].term), 0.0) + idf_of.get((b[0].field, b[0].term), 0.0)
                _bonus(scores, matched, norm, source.phrase_docs((a[0], b[0]), word_aware=False), PAIR_BONUS * pair_idf)
    return Scored(scores, with_phrase, phrase_absent)


def _add_bm25(
    scores: list[float], matched: set[int], ids: Sequence[int], weights: Sequence[float], norm: list[float], c: float
) -> None:
    """Add one term's BM25 share to the matched documents, walking the smaller side. A posting of a document
    outside the matches (a decoded block holds others) adds to an entry nobody reads: cheaper than testing each."""
    if len(matched) * 4 < len(ids):
        tf = dict(zip(ids, weights))  # built at C speed; then touch only the matches
        for d in matched:
            w = tf.get(d)
            if w:
                scores[d] += c * w / (w + norm[d])
    else:
        for d, w in zip(ids, weights):
            scores[d] += c * w / (w + norm[d])


def _bonus(scores: list[float], matched: set[int], norm: list[float], docs: set[int], weight: float) -> None:
    c = weight * (K1 + 1)
    for d in docs if len(docs) <= len(matched) else docs & matched:
        scores[d] += c / (1 + norm[d])
