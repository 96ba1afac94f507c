"""Provides ``Snapshot``: one open index generation and the lookups queries are made of.

A snapshot reads, once, the per-document arrays a query needs for every
candidate (article ordinals, dates, field lengths for BM25) and answers term,
pair and phrase lookups as sets of docnums. Phrases of two syllables are one
phrase-index lookup (in every accent mode); longer ones intersect their pairs
and are verified on the stored token sequences. Without a complete phrase
index every phrase is verified on the stored text (slower, same answers).
"""

from __future__ import annotations

import json
import math
from collections import OrderedDict
from collections.abc import Callable
from functools import cached_property
from typing import Any, TypeVar

from . import manifest
from . import whoosh_access as wa
from .abbreviations import AbbreviationTable, build_table
from .analysis import fold, normalize
from .embedded.schema import SCHEMA_VERSION
from .errors import IndexCorruptError, IndexVersionError
from .models import Article
from .phrase_index import PhraseIndex, pair_key
from .plan import Form, QTok
from .store import REBUILD, IndexStore
from .stored import expand

T = TypeVar("T")
K1 = 1.2
B = 0.75
_CACHE_TERMS = 256


class Snapshot:
    """What one search session sees; cheap to query, reopened when the index changes."""

    def __init__(self, store: IndexStore, extra_abbreviations: tuple[tuple[str, str], ...] = ()) -> None:
        self.store = store
        located = store.locate()
        if located.schema_version != SCHEMA_VERSION:
            raise IndexVersionError(store._outdated_message(located.schema_version))
        self.folder = located.folder
        self.notices: tuple[str, ...] = (located.notice,) if located.notice else ()
        self.ix = store.open_whoosh(self.folder)
        self.generation = self.ix.latest_generation()
        sealed = manifest.read(self.folder, self.generation)
        problems = manifest.check(self.folder, sealed)
        broken = [p for p in problems if not p.is_phrase_file]
        if broken:
            raise IndexCorruptError(f"the index at {self.folder} is damaged: {broken[0]}; {REBUILD}")
        listed = {seg.segment_id() for seg in self.ix._segments()}
        if listed != set(sealed.segments):
            raise IndexCorruptError(f"the index at {self.folder} lists segments its manifest does not seal; {REBUILD}")
        self.searcher = self.ix.searcher()
        self.reader = self.searcher.reader()
        self._extra_abbreviations = extra_abbreviations
        reader = self.reader
        self.doc_count_all = reader.doc_count_all()
        deleted = wa.deleted_docnums(reader)
        self.live: set[int] = set(range(self.doc_count_all)) - deleted
        self.doc_count = len(self.live)
        ords = wa.read_numeric_column(reader, "ord")
        self.ord_doc: dict[int, int] = {o: d for d, o in enumerate(ords) if d not in deleted}
        self.dates: list[int] = wa.read_numeric_column(reader, "date")
        lengths = wa.read_lengths(reader, "text")
        title_lengths = wa.read_lengths(reader, "title")
        n = max(1, self.doc_count)
        avg = (sum(lengths[d] for d in self.live) / n) or 1.0
        avg_title = (sum(title_lengths[d] for d in self.live) / n) or 1.0
        self.norm = [K1 * (1 - B + B * x / avg) for x in lengths]
        self.title_norm = [K1 * (1 - B + B * x / avg_title) for x in title_lengths]
        self.doc_ord: dict[int, int] = {d: o for o, d in self.ord_doc.items()}
        damaged = {p.name for p in problems}
        self.phrases = PhraseIndex.open([self.folder / n for n in sealed.phrase_files if n not in damaged])
        covered = self.phrases.covered()
        self.phrases_complete = all(o in covered for o in self.ord_doc)
        self._postings: OrderedDict[tuple[str, str], tuple[list[int], list[float]]] = OrderedDict()
        self._sets: OrderedDict[tuple[str, Any], set[int]] = OrderedDict()
        self._variants: dict[tuple[str, str], list[str]] = {}

    # --- lifecycle ----------------------------------------------------------

    def is_current(self) -> bool:
        """False once another process has committed a newer generation or rebuilt the index."""
        try:
            if self.store.active_name() != self.folder.name:
                return False
            return self.ix.latest_generation() == self.generation
        except Exception:  # a half-written meta or TOC: treat as changed and reopen
            return False

    def clear_caches(self) -> None:
        self._postings.clear()
        self._sets.clear()

    def close(self) -> None:
        self.phrases.close()
        self.searcher.close()

    # --- terms ---------------------------------------------------------------

    def postings(self, field: str, term: str) -> tuple[list[int], list[float]]:
        key = (field, term)
        hit = self._postings.get(key)
        if hit is None:
            hit = wa.read_postings(self.reader, field, term)
            self._postings[key] = hit
            if len(self._postings) > _CACHE_TERMS:
                self._postings.popitem(last=False)
        else:
            self._postings.move_to_end(key)
        return hit

    def term_docs(self, field: str, term: str) -> set[int]:
        key = (field, term)
        hit = self._sets.get(key)
        if hit is None:
            hit = set(self.postings(field, term)[0])
            self._sets[key] = hit
            if len(self._sets) > _CACHE_TERMS:
                self._sets.popitem(last=False)
        else:
            self._sets.move_to_end(key)
        return hit

    def idf(self, df: int) -> float:
        n = self.doc_count
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    # --- phrases -------------------------------------------------------------

    def phrase_docs(self, form: Form) -> set[int]:
        """Docnums where the tokens of ``form`` occur in this order, adjacent."""
        if len(form) == 1:
            tok = form[0]
            return self.term_docs(tok.field, tok.term)
        cache_key = ("phrase", form)
        hit = self._sets.get(cache_key)
        if hit is not None:
            return hit
        if not self.phrases_complete:
            candidates = set.intersection(*(self.term_docs(t.field, t.term) for t in form))
            hit = self._verify_on_text(form, candidates)
        else:
            hit = self._pair(form[0], form[1])
            for a, b in zip(form[1:], form[2:]):
                if not hit:
                    break
                hit = hit & self._pair(a, b)
            if hit and len(form) > 2:
                hit = self._verify(form, hit)  # a chain of pairs is not yet a phrase
        self._remember(cache_key, hit)
        return hit

    def _pair(self, a: QTok, b: QTok) -> set[int]:
        """Docnums holding token ``a`` right before ``b``, exact in every accent mode."""
        if a.folded and b.folded:
            return self.pair_docs(pair_key(fold(a.text), fold(b.text), folded=True))
        if not a.folded and not b.folded:
            return self.pair_docs(pair_key(a.text, b.text, folded=False))
        # one side typed without marks: every accented spelling of it in the index, next to the other
        lefts = self.accented_variants(fold(a.text)) if a.folded else [a.text]
        rights = self.accented_variants(fold(b.text)) if b.folded else [b.text]
        out: set[int] = set()
        for x in lefts:
            for y in rights:
                plain = fold(x) == x and fold(y) == y
                out |= self.pair_docs(pair_key(x, y, folded=plain))
        return out

    def accented_variants(self, folded: str) -> list[str]:
        """Every indexed accented word whose folded form is ``folded`` ("kinh" → kinh, kính, kình…)."""
        key = ("variants", folded)
        hit = self._variants.get(key)
        if hit is None:
            if self.phrases_complete:
                hit = self.phrases.accented_variants(folded)
            else:
                hit = [w for w in wa.lexicon(self.reader, "text") if fold(w) == folded]
            self._variants[key] = hit
        return hit

    def pair_docs(self, key: str) -> set[int]:
        cache_key = ("pair", key)
        hit = self._sets.get(cache_key)
        if hit is None:
            ord_doc = self.ord_doc
            hit = {ord_doc[o] for o in self.phrases.lookup(key) if o in ord_doc}
            self._remember(cache_key, hit)
        return hit

    def _remember(self, key: tuple[str, Any], value: set[int]) -> None:
        self._sets[key] = value
        if len(self._sets) > _CACHE_TERMS:
            self._sets.popitem(last=False)

    def _verify(self, form: Form, candidates: set[int]) -> set[int]:
        """Keep the candidates whose token sequence holds the phrase (phrase index, C-speed find)."""
        if not candidates:
            return set()
        doc_ord, ord_doc = self.doc_ord, self.ord_doc
        ords = sorted(doc_ord[d] for d in candidates)
        found = self.phrases.verify([(t.text, t.folded) for t in form], ords)
        return {ord_doc[o] for o in found}

    def _verify_on_text(self, form: Form, candidates: set[int]) -> set[int]:
        """The slow, always-correct path: match the phrase in each candidate's stored text."""
        from .highlight import phrase_regex

        rx = phrase_regex(form)
        out = set()
        for d in candidates:
            article = self.article(d)
            text = f"{article.title}\n{article.body}" if article.title else article.body
            if rx.search(normalize(text).lower()):
                out.add(d)
        return out

    # --- stored data -----------------------------------------------------------

    def article(self, docnum: int) -> Article:
        return Article.from_dict(expand(self.stored(docnum)))

    def stored(self, docnum: int) -> dict[str, Any]:
        """The stored article as plain JSON data (cheaper than building an ``Article``)."""
        return json.loads(self.searcher.stored_fields(docnum)["doc"])

    def docnum_of(self, article_id: str) -> int | None:
        docs = self.term_docs("id", article_id)
        return min(docs) if docs else None

    # --- facets and abbreviations ---------------------------------------------

    def keys(self, field: str) -> dict[str, set[int]]:
        """Every value of a facet field with the live docnums holding it."""
        cache = self._facet_keys
        if field not in cache:
            cache[field] = {value: set(docs) for value, docs in wa.read_field(self.reader, field).items()}
        return cache[field]

    @cached_property
    def _facet_keys(self) -> dict[str, dict[str, set[int]]]:
        return {}

    def cached(self, name: str, compute: Callable[[], T]) -> T:
        """A value derived from this snapshot, computed on first use."""
        store = self._derived
        if name not in store:
            store[name] = compute()
        return store[name]  # type: ignore[no-any-return]

    @cached_property
    def _derived(self) -> dict[str, Any]:
        return {}

    @cached_property
    def abbreviations(self) -> AbbreviationTable:
        """Curated + configured + learned pairs; a learned one needs 3+ letters or 3+ articles
        (two-letter ones are mostly names: "TH" ↔ "thanh hà"), and the most frequent expansion wins."""
        learned = []
        for key, docs in sorted(self.keys("abbr").items(), key=lambda kv: (-len(kv[1]), kv[0])):
            abbr, _, long_form = key.partition("\t")
            letters = sum(ch.isalpha() for ch in abbr)
            if long_form and (letters >= 3 or len(docs) >= 3):
                learned.append((abbr, long_form))
        return build_table(extra=self._extra_abbreviations, learned=tuple(learned))

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

