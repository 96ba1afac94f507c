"""Provides ``Snapshot``: one open index generation, the embedded engine's ``IndexSource``.

A snapshot maps the generation's column file (``columns.py``: article ordinals,
dates, facet values and story groups, all written at index time), reads the
field lengths from Whoosh, and answers term, pair and
phrase lookups as sets of docnums. Phrases of two syllables are one
phrase-index lookup (in every accent mode); longer ones intersect their pairs
and are verified on the stored token sequences. Without complete phrase data
(a lost or damaged phrase file) every phrase is verified on the stored text
(slower, same answers). Opening checks the generation against its manifest:
a damaged Whoosh or column file is an error naming the cure.
"""

from __future__ import annotations

from collections import Counter, deque
from collections.abc import Iterable, Iterator, Sequence
from functools import cached_property
from itertools import compress
from pathlib import Path
from typing import Any

from ..abbreviations import AbbreviationTable, table_with_learned
from ..analysis import find_all, fold, normalize, phrase_regex
from ..errors import IndexCorruptError, IndexVersionError
from ..lru import LRU
from ..models import Article
from ..query.docmask import DocMask
from ..query.source import ABBR, ID, TEXT, TEXT_F, TITLE, Form, QTok
from ..wordbreak import Lexicon
from . import manifest, writing
from . import reads as wa
from .columns import Columns, relative_name
from .phrases import PhraseIndex, pair_key
from .records import expand, load
from .schema import SCHEMA_VERSION, STORED_DOC, searchable_text
from .store import REBUILD, IndexStore

_VARIANTS_HELD = 50_000
"""Folded words whose spellings are remembered (a list of a few words each)."""
_PROBES = 200
"""Word probes answered by binary search before the vocabulary becomes a set (see ``_is_folded_word``)."""
POSTINGS_HELD = 1_000_000
"""Postings the posting-list cache may hold in all (~60 bytes each with their weights: ~60 MB)."""
DOCNUMS_HELD = 1_000_000
"""Docnums the document-set cache may hold in all (~50 bytes each in a set: ~50 MB). At 20,000 articles
the largest set is ~15,000, so these bounds rarely bind there; at 150,000 they keep the app's memory:
after the same browsing, 498 MB with 256 entries each, 421 MB at 1.5 M / 2 M, 398 MB at 1 M / 1 M,
keystroke p95 368 → 278 → 282 ms (bench_app.py, one run each, load ~0.5)."""


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
        self.generation: int = self.ix.latest_generation()
        sealed = manifest.read(self.folder, self.generation)
        problems = manifest.check(self.folder, sealed)
        broken = [p for p in problems if not p.is_phrase_file]
        if broken:
            raise IndexCorruptError(f"the index at {self.folder} is damaged: {broken[0]}; {REBUILD}")
        listed = writing.segment_ids(self.ix)
        if listed != set(sealed.segments):
            raise IndexCorruptError(f"the index at {self.folder} lists segments its manifest does not seal; {REBUILD}")
        self.reader = self.ix.reader()  # not a searcher: whoosh.searching imports its query classes (~0.1 s)
        self._extra_abbreviations = extra_abbreviations
        reader = self.reader
        self.doc_count_all = reader.doc_count_all()
        self.columns = _open_columns(self.folder, sealed, self.generation, self.doc_count_all)
        deleted = wa.deleted_docnums(reader)
        self.doc_count = self.doc_count_all - len(deleted)
        self._deleted = deleted
        self.dates: Sequence[int] = self.columns.dates
        self.dated: Sequence[int] = self.columns.dated
        self.approximate: set[int] = set(self.columns.approximate)
        damaged = {p.name for p in problems}
        self.phrases = PhraseIndex.open([self.folder / n for n in sealed.phrase_files if n not in damaged])
        # bounded by what they hold too (POSTINGS_HELD, DOCNUMS_HELD)
        self._postings: LRU[tuple[str, str], tuple[list[int], list[float]]] = LRU(
            256, weight=lambda p: len(p[0]), max_weight=POSTINGS_HELD
        )
        self._sets: LRU[tuple[Any, ...], set[int]] = LRU(256, weight=len, max_weight=DOCNUMS_HELD)
        self._frequencies: LRU[tuple[str, str], int] = LRU(20_000)
        self._variants: dict[str, list[str]] = {}
        self._probes = 0

    # What a query with words needs, built on its first use: a query of filters alone (the app's first
    # screen lists every article) never needs them, and building them took ~70 ms of opening at 150k
    # articles (four passes over every article, while the app paints its first screen).

    @cached_property
    def live(self) -> set[int]:
        """The live docnums, made on first use: a query of rare words never needs them (its facets count
        over its few matches), and the set took ~17 ms of every cold search at 150,000 articles (a fresh
        process pays for the memory as it touches it); the app's first screen lists them all."""
        everyone = set(range(self.doc_count_all))
        return everyone - self._deleted if self._deleted else everyone

    @cached_property
    def ord_doc(self) -> list[int]:
        """Each article ordinal's live docnum, −1 where no live document has it (a dead article, a gap),
        as a list indexed by ordinal: made and read at C speed (``_docs_of``). The two dicts it replaced
        (docnum ↔ ordinal) took ~26 ms of a cold search at 150,000 articles, and mapping a pair's
        ordinals through them a Python step per posting. A docnum's ordinal is the ordinals column."""
        ords = self.columns.ords
        top = max(max(ords, default=-1), *(f.ords[-1] for f in self.phrases.files if len(f.ords)), -1)
        ord_doc = [-1] * (top + 1)
        if not self._deleted:  # the column read as it lies: 19 ms at 150,000 articles, 30 through docnums
            deque(map(ord_doc.__setitem__, ords, range(self.doc_count_all)), 0)
        else:
            live = sorted(self.live)
            deque(map(ord_doc.__setitem__, map(ords.__getitem__, live), live), 0)
        return ord_doc

    def _docs_of(self, ords: Iterable[int]) -> set[int]:
        """The live docnums of article ordinals (those of dead articles left out)."""
        docs = set(map(self.ord_doc.__getitem__, ords))
        docs.discard(-1)
        return docs

    def _ords_of(self, docnums: Iterable[int]) -> list[int]:
        """The article ordinals of docnums, ascending."""
        return sorted(map(self.columns.ords.__getitem__, docnums))

    @cached_property
    def _length_codes(self) -> dict[str, bytes]:
        return {TEXT: wa.read_length_codes(self.reader, TEXT), TITLE: wa.read_length_codes(self.reader, TITLE)}

    @cached_property
    def phrases_complete(self) -> bool:
        """Whether the phrase index holds every live article (else phrases fall back to slower reads).
        Checked on the ordinals column, not ``ord_doc``: a one-word query needs this (its "did you
        mean" probes) but not the two ordinal maps, 26 of a cold search's ms at 150,000 articles."""
        ords, deleted = self.columns.ords, self._deleted
        live = ords if not deleted else (o for d, o in enumerate(ords) if d not in deleted)
        return self.phrases.covered().issuperset(live)

    # --- lifecycle ----------------------------------------------------------

    def is_current(self) -> bool:
        """False once another process has committed a newer generation or rebuilt the index."""
        try:
            if self.store.active_name() != self.folder.name:
                return False
            latest: int = self.ix.latest_generation()
            return latest == self.generation
        except Exception:  # a half-written meta or TOC: treat as changed and reopen
            return False

    def clear_caches(self) -> None:
        """Forget the cached postings and document sets (the benchmark times cold lookups)."""
        self._postings.clear()
        self._sets.clear()

    def close(self) -> None:
        self.phrases.close()
        self.columns.close()
        self.reader.close()

    # --- terms ---------------------------------------------------------------

    def length_codes(self, field: str) -> tuple[bytes, Sequence[int]]:
        return self._length_codes[field], wa.LENGTH_OF_CODE

    def postings(self, field: str, term: str) -> tuple[list[int], list[float]]:
        return self._postings.get((field, term), lambda: self._read_postings(field, term))

    def _read_postings(self, field: str, term: str) -> tuple[list[int], list[float]]:
        """A whole posting list: a common term's from its frequency row (``Columns.term_row``, C speed),
        any other's from Whoosh."""
        row = self.columns.term_row(field, term)
        if row is None:
            return wa.read_postings(self.reader, field, term)
        freqs = list(row[0])
        return list(compress(range(len(freqs)), freqs)), list(filter(None, freqs))

    def postings_within(self, field: str, term: str, docs: set[int],
                        ordered: Sequence[int] | None = None) -> tuple[list[int], list[float], int]:
        """A term's postings where ``docs`` may hold it (``IndexSource.postings_within``): a common
        term's read from its frequency row for just ``docs`` (``Columns.term_row``: 1,900 matches of
        "uy ban nhan dan" against lists of 11,000–15,600 postings); else from the cache when the whole
        list was read, else only the posting blocks that can hold one of ``docs`` are decoded
        (``reads.read_postings_among``); a whole list read that way is cached."""
        key = (field, term)
        row = self.columns.term_row(field, term)
        if row is not None:
            freqs, live = row
            within = sorted(docs) if ordered is None else ordered
            found = list(map(freqs.__getitem__, within))
            return list(compress(within, found)), list(filter(None, found)), live
        full = self._postings.peek(key)
        if full is None:
            ids, weights, live, whole = wa.read_postings_among(self.reader, field, term,
                                                               sorted(docs) if ordered is None else ordered)
            if not whole:
                return ids, weights, live
            full = self._postings.get(key, lambda: (ids, weights))
        return full[0], full[1], len(full[0])

    def term_docs(self, field: str, term: str) -> set[int]:
        return self._sets.get(("term", field, term), lambda: self._term_docs(field, term))

    def _term_docs(self, field: str, term: str) -> set[int]:
        """A common term's documents straight from its frequency row (``compress`` over the row, at C speed: no
        list of its postings and weights made first — "gia" at 150,000 articles 9.5 → 7.2 ms, session 57), any
        other's from its postings."""
        postings = self._postings.peek((field, term))
        row = self.columns.term_row(field, term) if postings is None else None
        if row is not None:
            return set(compress(range(len(row[0])), row[0]))
        return set(self.postings(field, term)[0])

    def doc_frequency(self, field: str, term: str) -> int:
        if field == TEXT_F and self.phrases_complete and not self._is_folded_word(term):
            return 0  # most of a suggestion's probes: not a word at all, known without Whoosh
        return self._frequencies.get((field, term), lambda: wa.doc_frequency(self.reader, field, term))

    def _is_folded_word(self, term: str) -> bool:
        """Whether any article holds ``term`` (folded). The first probes search each phrase file's sorted
        vocabulary; past ``_PROBES`` the whole vocabulary is made a set (0.1 s at 20,000 articles, which
        a cold search's ~20 probes of "did you mean" need not pay; the app's typing does)."""
        self._probes += 1
        if self._probes <= _PROBES:
            return any(f.token_id(term, folded=True) is not None for f in self.phrases.files)
        return term in self.phrases.folded_vocabulary()

    # --- phrases -------------------------------------------------------------

    def phrase_docs(self, form: Form, word_aware: bool = True, within: set[int] | None = None) -> set[int]:
        """Docnums where the tokens of ``form`` occur in this order, adjacent; ``word_aware``: and at
        least one such occurrence neither starts nor ends inside a neighbouring word (docs/wordbreak.md).
        ``within``: only the documents of ``within`` are judged word by word (the others may be left out)."""
        if len(form) == 1:
            tok = form[0]
            return self.term_docs(tok.field, tok.term)
        if not word_aware:
            return self._sets.get(("syllables", form), lambda: self._syllable_docs(form, sure=False)[0])
        key = ("phrase", form)
        if within is None or self._sets.peek(key) is not None:
            return self._sets.get(key, lambda: self._word_docs(form))
        return self._word_docs(form, within)

    def _syllable_docs(self, form: Form, judged: set[int] | bool = False, sure: bool = True) -> tuple[set[int], set[int]]:
        """(docs holding the syllables in a row, those of them surely holding them as a word). ``judged``
        (phrases of three or more syllables): an occurrence with an open edge in these docs (True: in any) is
        judged word by word in the same pass that finds it, so ``sure`` is every such doc holding them as words
        (reading each candidate's tokens once, not again for the judge: "an toan giao thong" at 150k read 747
        articles twice). ``sure=False``: the first set only (the second is left empty), for what asks only where
        the syllables stand in a row — a pair bonus, a "did you mean" weighing ~20 pairs — with no clean postings
        read nor word edges looked at (session 58: the clean half was ~40% of the correction's time)."""
        if not self.phrases_complete:
            candidates = set.intersection(*(self.term_docs(t.field, t.term) for t in form))
            found = self._verify_on_text(form, candidates)
            return found, set()
        if len(form) == 2:
            return self._pair(form[0], form[1]), self._pair(form[0], form[1], clean=True) if sure else set()
        found = self._pair(form[0], form[1])
        for a, b in zip(form[1:], form[2:]):
            if not found:
                break
            found = found & self._pair(a, b)
        if not found:
            return set(), set()
        return self._verify(form, found, judged, sure)  # a chain of pairs is not yet a phrase

    def _word_docs(self, form: Form, within: set[int] | None = None) -> set[int]:
        found, sure = self._syllable_docs(form, True if within is None else within)
        self._sets.get(("syllables", form), lambda: found)  # a suggestion may ask for these next
        if len(form) > 2 and self.phrases_complete:
            return set(sure)  # judged already where it had to be
        unsure = found - sure if within is None else (found - sure) & within
        if not unsure or self._exact(form):
            return set(sure)
        if not self.phrases_complete:
            return sure | self._aligned_on_text(form, unsure)
        # every occurrence has an open edge: decided on the token windows the phrase index holds
        judged, _ = self.phrases.verify([(t.text, t.folded) for t in form], self._ords_of(unsure),
                                        judge=self.word_list())
        return sure | self._docs_of(judged)

    def _exact(self, form: Form) -> bool:
        """Is ``form`` a two-syllable phrase, typed all with or all without marks, whose clean postings are
        exact (``PhraseIndex.exact``: judged word by word at index time)? Its articles holding it as words
        are then the clean ones, and nothing is judged here: "nguoi dan" judged ~2,700 articles at 20k, ~40 µs
        each. (One syllable with marks and one without reads several keys, and stays with the judge.)"""
        if len(form) != 2 or form[0].folded != form[1].folded or not self.phrases_complete:
            return False
        return self.phrases.exact(fold(form[0].text) + " " + fold(form[1].text))

    def _pair(self, a: QTok, b: QTok, clean: bool = False) -> set[int]:
        """Docnums holding token ``a`` right before ``b``, exact in every accent mode; ``clean``: only
        those holding it with both outer edges closed (a clean posting in the phrase index)."""
        if a.folded and b.folded:
            return self._pair_docs(pair_key(fold(a.text), fold(b.text), folded=True), clean)
        if not a.folded and not b.folded:
            return self._pair_docs(pair_key(a.text, b.text, folded=False), clean)
        # one side typed without marks: every accented spelling of it in the index, next to the other;
        # none where the folded pair is absent (one lookup instead of one per spelling: most of the
        # pairs a "did you mean" weighs are not in the index at all)
        if not self._pair_docs(pair_key(fold(a.text), fold(b.text), folded=True), clean):
            return set()
        lefts = self.accented_variants(fold(a.text)) if a.folded else [a.text]
        rights = self.accented_variants(fold(b.text)) if b.folded else [b.text]
        out: set[int] = set()
        for x in lefts:
            for y in rights:
                plain = fold(x) == x and fold(y) == y
                out |= self._pair_docs(pair_key(x, y, folded=plain), clean)
        return out

    @property
    def stories(self) -> Sequence[int]:
        """Each docnum's story: the smallest docnum of its near-duplicates (itself when alone), grouped
        at index time (``column_build.py``; on first use this took 0.13 s at 20,000 articles)."""
        return self.columns.stories

    @property
    def grouped(self) -> Sequence[int]:
        """The live docnums in a story of more than one article, ascending (from the column file)."""
        return self.columns.grouped

    def word_list(self) -> Lexicon:
        """The word list of word-aware phrases: the one this generation was indexed with (kept in its
        column file, ~30 ms to read), else the installed Viet74K (~0.25 s, once per process)."""
        from ..wordbreak import lexicon

        return self.columns.lexicon() or lexicon()

    def positions_in(self, docnums: list[int], tok: QTok) -> dict[int, list[int]] | None:
        """Where one query token stands in each of ``docnums`` (token positions, [] where it does not), its finder
        built once for them all; None without a complete phrase index (proximity is then not used)."""
        if not self.phrases_complete:
            return None
        ords = self.columns.ords
        live = [d for d in docnums if 0 <= d < self.doc_count_all and d not in self._deleted]
        by_ord = self.phrases.positions_in([ords[d] for d in live], fold(tok.text) if tok.folded else tok.text,
                                           tok.folded)
        out: dict[int, list[int]] = {d: [] for d in docnums}
        out.update((d, by_ord[ords[d]]) for d in live)
        return out

    def accented_variants(self, folded: str) -> list[str]:
        """Every indexed accented word whose folded form is ``folded`` ("kinh" → kinh, kính, kình…):
        from the phrase index's vocabularies, else (phrase data lost) from Whoosh's word list, folded
        once (~0.2 s at 20,000 articles)."""
        hit = self._variants.get(folded)
        if hit is None:
            if self.phrases_complete:
                hit = self.phrases.accented_variants(folded)
            else:
                hit = self._spellings_from_lexicon.get(folded, [])
            if len(self._variants) >= _VARIANTS_HELD:
                self._variants.clear()
            self._variants[folded] = hit
        return hit

    @cached_property
    def _spellings_from_lexicon(self) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        for w in wa.lexicon(self.reader, TEXT):
            out.setdefault(fold(w), []).append(w)
        return out

    def _pair_docs(self, key: str, clean: bool = False) -> set[int]:
        if clean:
            return self._sets.get(("clean", key), lambda: self._docs_of(self.phrases.lookup_clean(key)))
        return self._sets.get(("pair", key), lambda: self._docs_of(self.phrases.lookup(key)))

    def _verify(self, form: Form, candidates: set[int], judged: set[int] | bool = False,
                split: bool = True) -> tuple[set[int], set[int]]:
        """(candidates whose token sequence holds the phrase, those holding it surely as a word), read
        from the phrase index at C speed (``bytes.find``); ``judged`` as in ``_syllable_docs``; ``split=False``:
        the second set left empty (no word edges read)."""
        judge = None if judged is False else self.word_list()
        within = None if isinstance(judged, bool) else set(self._ords_of(judged & candidates))
        sure, unsure = self.phrases.verify([(t.text, t.folded) for t in form], self._ords_of(candidates),
                                           judge=judge, judged=within, split=split)
        if not split:
            return self._docs_of(sure), set()
        sure_docs = self._docs_of(sure)
        return sure_docs | self._docs_of(unsure), sure_docs

    def _verify_on_text(self, form: Form, candidates: set[int]) -> set[int]:
        """The slow, always-correct path: match the phrase in each candidate's stored text."""
        rx = phrase_regex([(t.text, t.folded) for t in form])
        return {d for d, text in self._texts(candidates) if rx.search(text.lower())}

    def _aligned_on_text(self, form: Form, candidates: set[int]) -> set[int]:
        """The candidates whose text holds the phrase at least once without cutting a neighbouring word
        (``wordbreak.crosses_word``): the articles where every occurrence has an open edge."""
        from ..wordbreak import crosses_word

        rx = phrase_regex([(t.text, t.folded) for t in form])
        words = self.word_list()
        out = set()
        for d, text in self._texts(candidates):
            low = text.lower()
            if len(low) != len(text):
                low = "".join(ch.lower()[0] for ch in text)
            if any(not crosses_word(text, s, e, words) for s, e in find_all(rx, low)):
                out.add(d)
        return out

    def _texts(self, candidates: set[int]) -> Iterator[tuple[int, str]]:
        """Each candidate with the text its phrases are matched in (the two slow paths above read the
        stored article one at a time: a long candidate list is never held in memory at once)."""
        for d in candidates:
            yield d, normalize(searchable_text(self.article(d)))

    # --- stored data -----------------------------------------------------------

    def article(self, docnum: int) -> Article:
        return Article.from_dict(expand(self.stored(docnum)))

    def stored(self, docnum: int) -> dict[str, Any]:
        """The stored article as plain JSON data (cheaper than building an ``Article``)."""
        return load(self._records[docnum])

    @cached_property
    def _records(self) -> wa.VarBytesReader:
        return wa.VarBytesReader(self.reader, STORED_DOC)

    def docnum_of(self, article_id: str) -> int | None:
        docs = self.term_docs(ID, article_id)
        return min(docs) if docs else None

    # --- what is new -------------------------------------------------------------

    @property
    def watermark(self) -> str:
        """The generation folder and the highest article ordinal: ordinals only grow while a folder
        lives (an added or changed article gets a new one); a rebuild starts a new folder."""
        ords = self.columns.ords
        return f"{self.folder.name}:{max(map(ords.__getitem__, self.live) if self._deleted else ords, default=-1)}"

    def newer_than(self, docnums: set[int], watermark: str) -> int | None:
        folder, _, seen = watermark.rpartition(":")
        if folder != self.folder.name or not seen.lstrip("-").isdigit():
            return None
        last = int(seen)
        return sum(1 for o in map(self.columns.ords.__getitem__, docnums & self.live) if o > last)

    # --- facets and abbreviations ---------------------------------------------

    def facet_values(self, field: str) -> dict[str, set[int]]:
        """Every value of a facet field with the live docnums holding it (read in bulk, once)."""
        return self.columns.values(field)

    def facet_counts(self, field: str, prefix: str = "") -> dict[str, int]:
        return self.columns.counts(field, prefix)

    def facet_tally(self, field: str, docs: set[int]) -> Counter[int]:
        return self.columns.tally(field, docs)

    def facet_sizes(self, field: str) -> list[int]:
        return self.columns.sizes(field)

    def facet_value(self, field: str, index: int) -> str:
        return self.columns.value_at(field, index)

    def official_alias_pairs(self) -> list[tuple[int, int]]:
        return self.columns.official_alias_pairs()

    def facet_docs_at(self, field: str, index: int) -> set[int]:
        return self.columns.docs_at(field, index)

    def doc_mask(self, docs: Iterable[int]) -> DocMask:
        return DocMask(docs, self.doc_count_all)

    def facet_marked(self, field: str, index: int, mask: DocMask) -> int:
        return self.columns.marked(field, index, mask)

    def facet_bits(self, field: str, index: int) -> int:
        return self.columns.value_bits(field, index)

    def facet_docs(self, field: str, value: str) -> set[int]:
        return self.columns.docs_of(field, value)

    @cached_property
    def abbreviations(self) -> AbbreviationTable:
        """Curated + configured + the pairs learned from these articles."""
        seen = self.columns.counts(ABBR)
        return table_with_learned(seen, self._extra_abbreviations)

    def __enter__(self) -> Snapshot:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _open_columns(folder: Path, sealed: manifest.Manifest, generation: int, doc_count_all: int) -> Columns:
    """The generation's column file (facets, dates, stories), checked; a generation with documents
    but none is damaged."""
    name = relative_name(generation)
    if name in sealed.files:
        return Columns.open(folder / name, doc_count_all)
    if doc_count_all == 0:
        return Columns.empty()
    raise IndexCorruptError(f"the index at {folder} is damaged: its manifest lists no column file; {REBUILD}")
