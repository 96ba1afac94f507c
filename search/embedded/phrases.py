"""Provides the phrase index: adjacent-syllable pairs and token sequences, beside Whoosh.

Why not Whoosh: measured on the 20k corpus, a pair field cost ~11 ms per
article to index (813,000 distinct folded pairs through Whoosh's Python
codec) and Whoosh's positional phrase queries take 93–327 ms; positions also
sit in the same pickled blocks as the term frequencies, so every scoring read
decoded them. Here:

* a pair ("người dân") is a sorted, memory-mapped key pointing at a run of
  article ordinals: one binary search and one slice;
* each article's token sequence is stored twice (accented and folded ids of a
  per-file vocabulary), so a phrase of three or more syllables found by
  intersecting its pairs is verified with ``mmap.find`` — C speed, no positions.

Ordinals (``ord``) are stable per indexed article version (a Whoosh column);
a searcher maps them to docnums and ignores dead ones. Every indexing run (or
worker flush) writes its own file named after the Whoosh generation it
commits; the generation's manifest (``manifest.py``) lists the files that make
it up, anything else in the folder is a leftover the next run removes, and
when files pile up they are merged into one before the commit. Correctness
never depends on this module: without it (a lost or damaged file), phrases are
verified on the stored text.
"""

from __future__ import annotations

import array
import functools
import mmap
import os
import re
import struct
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

if TYPE_CHECKING:
    from ..wordbreak import Lexicon

MAGIC = b"BTPHRAS2"
_VERSION = 3
"""2: word edges per token and CLEAN postings (issue 11: word-aware phrases); 3: 32-bit offsets and no
folded token sequence (an unaccented phrase is found as its accented variants), 27% smaller (issue 14)."""
CLEAN = 1 << 31
"""Set on a pair posting when the article holds the pair with both outer edges closed (a word there)."""
ORD_MASK = CLEAN - 1
# header: magic, version, little-endian flag, then the element count of every section, in file order
_SECTIONS: tuple[tuple[str, Literal["I", "B"]], ...] = (
    ("postings", "I"),  # pair posting lists, concatenated
    ("pair_offsets", "I"),  # nkeys + 1
    ("pair_key_offsets", "I"),  # nkeys + 1
    ("pair_keys", "B"),  # UTF-8 keys, sorted, concatenated
    ("ords", "I"),  # the articles in this file, ascending
    ("doc_offsets", "I"),  # ndocs + 1, into the token arrays
    ("acc_tokens", "I"),  # accented token ids, all articles
    ("edges", "B"),  # per token: may a word straddle the boundary before it? (wordbreak.open_edges)
    ("acc_vocab_offsets", "I"),
    ("acc_vocab", "B"),
    ("acc_sorted", "I"),  # vocabulary ids in string order, for binary search
    ("fold_vocab_offsets", "I"),
    ("fold_vocab", "B"),
    ("fold_sorted", "I"),
    ("variant_offsets", "I"),  # per folded id, into variants: its accented spellings
    ("variants", "I"),  # accented ids grouped by folded id
)
MAX_OFFSET = (1 << 32) - 1
"""Offsets are 32-bit: a file holds at most 4 G tokens or posting entries (1 M articles hold ~0.8 G)."""
_HEADER = struct.Struct("<8sII" + "Q" * len(_SECTIONS))
_NAME_RE = re.compile(r"^([pc])(\d{6})-(\w+)\.bin$")
MAX_FILES = 12


def pair_key(first: str, second: str, folded: bool) -> str:
    """The stored key of a pair: "f" + folded pair, or "a" + accented pair (when it differs)."""
    return ("f" if folded else "a") + first + " " + second


class PhraseIndexFile:
    """One memory-mapped phrase index file."""

    # the sections (``_SECTIONS``), views of the mapping set in ``__init__``; ``variants`` is
    # ``variants_ids`` here, the method has its name
    postings: memoryview
    pair_offsets: memoryview
    pair_key_offsets: memoryview
    pair_keys: memoryview
    ords: memoryview
    doc_offsets: memoryview
    acc_tokens: memoryview
    edges: memoryview
    acc_vocab_offsets: memoryview
    acc_vocab: memoryview
    acc_sorted: memoryview
    fold_vocab_offsets: memoryview
    fold_vocab: memoryview
    fold_sorted: memoryview
    variant_offsets: memoryview
    variants_ids: memoryview

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = open(path, "rb")  # noqa: SIM115 - closed in close()
        self._lock = threading.Lock()
        self._mm = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ)
        head = _HEADER.unpack_from(self._mm, 0)
        magic, version, little, counts = head[0], head[1], head[2], head[3:]
        if magic != MAGIC or version != _VERSION or little != (1 if sys.byteorder == "little" else 0):
            self._mm.close()
            self._file.close()
            raise ValueError(f"not a phrase index file of this version: {path}")
        expected = _HEADER.size + sum(struct.calcsize(code) * n for (_name, code), n in zip(_SECTIONS, counts))
        if expected != len(self._mm):
            self._mm.close()
            self._file.close()
            raise ValueError(f"phrase index file {path} does not have the size its header says ({expected} bytes)")
        mv = memoryview(self._mm)
        self._views: list[memoryview] = []
        self.starts: dict[str, int] = {}
        pos = _HEADER.size
        for (name, code), count in zip(_SECTIONS, counts):
            size = struct.calcsize(code) * count
            view = mv[pos : pos + size]
            if code != "B":
                view = view.cast(code)
            self._views.append(view)
            self.starts[name] = pos
            setattr(self, "variants_ids" if name == "variants" else name, view)
            pos += size
        self.nkeys = len(self.pair_offsets) - 1

    # --- pairs ------------------------------------------------------------------

    def _key(self, i: int) -> bytes:
        o = self.pair_key_offsets
        return bytes(self.pair_keys[o[i] : o[i + 1]])

    def _read(self, offset: int, size: int) -> bytes:
        """Read bytes without mapping them: big posting lists and token runs would otherwise
        stay resident (counted in RSS) long after a query needed them."""
        if _PREAD is not None:
            return _PREAD(self._file.fileno(), size, offset)
        with self._lock:
            self._file.seek(offset)
            return self._file.read(size)

    def lookup(self, key: bytes) -> array.array[int] | None:
        i = _bisect(self._key, self.nkeys, key)
        if i < self.nkeys and self._key(i) == key:
            lo, hi = self.pair_offsets[i], self.pair_offsets[i + 1]
            out = array.array("I")
            out.frombytes(self._read(self.starts["postings"] + 4 * lo, 4 * (hi - lo)))
            return out
        return None

    def keys(self) -> list[bytes]:
        return [self._key(i) for i in range(self.nkeys)]

    # --- token sequences --------------------------------------------------------

    def token_id(self, word: str, folded: bool) -> int | None:
        blob = self.fold_vocab if folded else self.acc_vocab
        offsets = self.fold_vocab_offsets if folded else self.acc_vocab_offsets
        order = self.fold_sorted if folded else self.acc_sorted
        target = word.encode("utf-8")

        def word_at(i: int) -> bytes:
            vid = order[i]
            return bytes(blob[offsets[vid] : offsets[vid + 1]])

        i = _bisect(word_at, len(order), target)
        if i < len(order) and word_at(i) == target:
            return order[i]
        return None

    def folded_words(self) -> list[str]:
        """Every folded word of this file (its vocabulary: ~60,000 words for 20,000 articles, 20 ms)."""
        blob, offsets = bytes(self.fold_vocab), self.fold_vocab_offsets
        return [blob[offsets[i] : offsets[i + 1]].decode("utf-8") for i in range(len(offsets) - 1)]

    def variants(self, folded_word: str) -> list[str]:
        """The accented spellings in this file of a folded word."""
        fid = self.token_id(folded_word, folded=True)
        if fid is None:
            return []
        lo, hi = self.variant_offsets[fid], self.variant_offsets[fid + 1]
        return [self._word(self.variants_ids[i], folded=False) for i in range(lo, hi)]

    def row(self, ord_: int) -> int | None:
        i = _bisect(self.ords.__getitem__, len(self.ords), ord_)
        return i if i < len(self.ords) and self.ords[i] == ord_ else None

    def find(self, row: int, alternatives: list[list[int]]) -> list[int]:
        """Token positions in one article where a phrase starts: position k of the phrase may be any of
        ``alternatives[k]`` (accented ids; several for a word typed without marks). One id each is a
        ``bytes.find``; alternatives are a regular expression over the packed ids, both at C speed."""
        lo, hi = self.doc_offsets[row], self.doc_offsets[row + 1]
        tokens = self._read(self.starts["acc_tokens"] + 4 * lo, 4 * (hi - lo))
        out = []
        if all(len(a) == 1 for a in alternatives):
            pattern = array.array("I", [a[0] for a in alternatives]).tobytes()
            at = tokens.find(pattern)
            while at != -1:
                if at % 4 == 0:
                    out.append(at // 4)
                at = tokens.find(pattern, at + 1)
            return out
        rx = _ids_regex(tuple(tuple(a) for a in alternatives))
        m = rx.search(tokens)
        while m is not None:
            at = m.start()
            if at % 4 == 0:
                out.append(at // 4)
            m = rx.search(tokens, at + 1)
        return out

    def alternatives(self, word: str, folded: bool) -> list[int]:
        """The accented ids a query word stands for in this file: itself, or (typed without marks)
        every accented spelling that folds to it."""
        if not folded:
            vid = self.token_id(word, folded=False)
            return [] if vid is None else [vid]
        fid = self.token_id(word, folded=True)
        if fid is None:
            return []
        lo, hi = self.variant_offsets[fid], self.variant_offsets[fid + 1]
        return [self.variants_ids[i] for i in range(lo, hi)]

    def row_edges(self, row: int) -> bytes:
        """One article's word edges (``edges`` section), one byte per token."""
        lo, hi = self.doc_offsets[row], self.doc_offsets[row + 1]
        return self._read(self.starts["edges"] + lo, hi - lo)

    def token_run(self, row: int, lo: int, hi: int) -> array.array[int]:
        """The accented token ids at positions lo..hi of one article."""
        out = array.array("I")
        out.frombytes(self._read(self.starts["acc_tokens"] + 4 * (self.doc_offsets[row] + lo), 4 * (hi - lo)))
        return out

    def _word(self, vid: int, folded: bool) -> str:
        blob = self.fold_vocab if folded else self.acc_vocab
        offsets = self.fold_vocab_offsets if folded else self.acc_vocab_offsets
        return bytes(blob[offsets[vid] : offsets[vid + 1]]).decode("utf-8")

    def close(self) -> None:
        for view in self._views:
            view.release()
        self._mm.close()
        self._file.close()


_PREAD: Callable[[int, int, int], bytes] | None = getattr(os, "pread", None)

_Key = TypeVar("_Key", bytes, int)


def _bisect(item_at: Callable[[int], _Key], n: int, target: _Key) -> int:
    lo, hi = 0, n
    while lo < hi:
        mid = (lo + hi) // 2
        if item_at(mid) < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


class PhraseIndex:
    """The phrase index files valid for one Whoosh generation."""

    def __init__(self, files: list[PhraseIndexFile]) -> None:
        self.files = files
        self._where: dict[int, tuple[int, int]] | None = None
        self._vocabulary: frozenset[str] | None = None

    def locate(self, ord_: int) -> tuple[int, int] | None:
        """(file number, row) of an article ordinal; the map is built on first use."""
        if self._where is None:
            self._where = {o: (fi, r) for fi, f in enumerate(self.files) for r, o in enumerate(f.ords)}
        return self._where.get(ord_)

    @classmethod
    def open(cls, paths: list[Path]) -> PhraseIndex:
        """The files a generation's manifest lists (and found intact); one that cannot be read is left
        out, and the coverage check sends its articles to the slow path."""
        files = []
        for path in paths:
            try:
                files.append(PhraseIndexFile(path))
            except (OSError, ValueError, struct.error):
                continue
        return cls(files)

    def lookup(self, key: str) -> list[int]:
        """Ordinals of the articles holding the pair (possibly including dead ones)."""
        return [o & ORD_MASK for o in self._raw(key)]

    def lookup_clean(self, key: str) -> list[int]:
        """Ordinals of the articles holding the pair with both outer edges closed: surely as a word."""
        return [o & ORD_MASK for o in self._raw(key) if o & CLEAN]

    def _raw(self, key: str) -> list[int]:
        k = key.encode("utf-8")
        out: list[int] = []
        for f in self.files:
            found = f.lookup(k)
            if found is not None:
                out.extend(found)
        return out

    def verify(
        self, tokens: list[tuple[str, bool]], ords: list[int], judge: Lexicon | None = None
    ) -> tuple[list[int], list[int]]:
        """Split the ordinals by how their article holds the phrase (each token: (text, folded?)):
        ``(sure, unsure)``: sure when some occurrence has both outer edges closed (word-aligned without
        looking further), unsure when every occurrence has an open edge. Given ``judge`` (a word list), an
        occurrence with an open edge is decided on its token window (``wordbreak.crosses_tokens``): ``sure`` is
        then every article holding the phrase as words. Articles without the phrase are in neither."""
        if len(tokens) < 2:
            return list(ords), []
        n = len(tokens)
        by_file: dict[int, list[tuple[int, int]]] = {}
        for o in ords:
            where = self.locate(o)
            if where is not None:
                by_file.setdefault(where[0], []).append((o, where[1]))
        sure: list[int] = []
        unsure: list[int] = []
        for fi, rows in by_file.items():
            f = self.files[fi]
            alternatives = [f.alternatives(_fold_if(text, folded), folded) for text, folded in tokens]
            if not all(alternatives):
                continue
            for o, row in rows:
                held = False
                edges = f.row_edges(row)
                for start in f.find(row, alternatives):
                    held = True
                    closed = not edges[start] & 1 and (start + n >= len(edges) or not edges[start + n] & 1)
                    if closed or (judge is not None and not _crosses(f, row, edges, start, start + n, judge)):
                        sure.append(o)
                        break
                else:
                    if held:
                        unsure.append(o)
        return sure, unsure

    def positions(self, ord_: int, word: str, folded: bool) -> list[int]:
        """Token positions of one word in one article ([] when it is not there)."""
        where = self.locate(ord_)
        if where is None:
            return []
        f = self.files[where[0]]
        alternatives = f.alternatives(word, folded)
        return f.find(where[1], [alternatives]) if alternatives else []

    def folded_vocabulary(self) -> frozenset[str]:
        """Every folded word of the index, for "is this a word at all?" at set speed (a suggestion asks
        it ~250 times per word; Whoosh's ``doc_frequency`` takes ~40 µs for each across segments)."""
        if self._vocabulary is None:
            self._vocabulary = frozenset(w for f in self.files for w in f.folded_words())
        return self._vocabulary

    def accented_variants(self, folded_word: str) -> list[str]:
        """Every accented spelling of a folded word in the index ("kinh" → kinh, kính, kình…)."""
        out: dict[str, None] = {}
        for f in self.files:
            out.update(dict.fromkeys(f.variants(folded_word)))
        return list(out)

    def covered(self) -> set[int]:
        covered: set[int] = set()
        for f in self.files:
            covered.update(f.ords)
        return covered

    def close(self) -> None:
        for f in self.files:
            f.close()
        self.files = []


def _crosses(f: PhraseIndexFile, row: int, edges: bytes, a: int, b: int, lex: Lexicon) -> bool:
    """Does the occurrence at tokens a..b of one article cut a neighbouring word? Read on its token
    window, not on the stored text: the tokens joined to the match by open edges, at most ``CONTEXT``
    a side — all ``crosses_tokens`` reads, so its decision is memoised on them (news text repeats its
    formulae: 618 open occurrences of 5 common phrases in 2,000 articles have 184 distinct windows)."""
    from ..wordbreak import CONTEXT, crosses_tokens

    lo = a
    while lo > 0 and a - lo < CONTEXT and edges[lo] & 1:
        lo -= 1
    hi = b
    while hi < len(edges) and hi - b < CONTEXT and edges[hi] & 1:
        hi += 1
    words = tuple(f._word(vid, folded=False) for vid in f.token_run(row, lo, hi))
    flags = bytes([1 | (edges[lo] & 2)]) + edges[lo + 1 : hi]  # the window's first edge: open or not, unread
    key = (id(lex), words, flags, a - lo, b - lo)
    hit = _JUDGED.get(key)
    if hit is None:
        if len(_JUDGED) >= _JUDGED_MAX:
            _JUDGED.clear()
        hit = _JUDGED[key] = crosses_tokens(list(words), flags, a - lo, b - lo, lex)
    return hit


_JUDGED: dict[tuple[object, ...], bool] = {}
_JUDGED_MAX = 50_000


@functools.lru_cache(maxsize=64)
def _ids_regex(alternatives: tuple[tuple[int, ...], ...]) -> re.Pattern[bytes]:
    """A regex over packed native-order uint32 ids: at each position, one of the alternatives."""
    parts = [
        b"(?:" + b"|".join(re.escape(array.array("I", [i]).tobytes()) for i in alts) + b")" for alts in alternatives
    ]
    return re.compile(b"".join(parts), re.DOTALL)


def _fold_if(text: str, folded: bool) -> str:
    from ..analysis import fold

    return fold(text) if folded else text


# --- files on disk --------------------------------------------------------------


def _parse(name: str) -> tuple[str, int, str] | None:
    m = _NAME_RE.match(name)
    return (m.group(1), int(m.group(2)), m.group(3)) if m else None


def run_file(folder: Path, generation: int, part: str) -> Path:
    return folder / f"p{generation:06d}-{part}.bin"


def discard_unlisted(folder: Path, keep: set[str]) -> None:
    """Remove every file of ``folder`` whose name is not in ``keep``: leftovers of runs that never
    committed, and files a merge or a new generation superseded."""
    if not folder.is_dir():
        return
    for p in folder.iterdir():
        if p.name not in keep and p.is_file():
            p.unlink(missing_ok=True)


def max_ord_on_disk(folder: Path) -> int:
    """Highest ordinal in any file, committed or not (ordinals are never reused)."""
    if not folder.is_dir():
        return -1
    best = -1
    for p in folder.iterdir():
        if _parse(p.name) is None:
            continue
        try:
            f = PhraseIndexFile(p)
        except (OSError, ValueError, struct.error):
            continue
        if len(f.ords):
            best = max(best, f.ords[len(f.ords) - 1])
        f.close()
    return best


def merged_file(folder: Path, generation: int) -> Path:
    return folder / f"c{generation:06d}-all.bin"
