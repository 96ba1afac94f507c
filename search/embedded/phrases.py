"""Provides the phrase index: adjacent-syllable pairs and token sequences, beside Whoosh.

Why not Whoosh: measured on the 20k corpus, a pair field cost ~11 ms per
article to index (813,000 distinct folded pairs through Whoosh's Python
codec) and Whoosh's positional phrase queries take 93–327 ms; positions also
sit in the same pickled blocks as the term frequencies, so every scoring read
decoded them. Here:

* a pair ("người dân") is two vocabulary ids: the first id's slice of a sorted
  array of second ids is bisected (C speed) to a run of article ordinals;
* each article's accented token ids are stored in 2 or 3 bytes each, so a
  phrase of three or more syllables found by intersecting its pairs is
  verified with ``bytes.find`` or a regular expression — C speed, no positions.

Format 4 (issue 14) is about the size: on the 20k corpus, format 3 took 238 MB
in ten worker files (5.3 M pair keys as UTF-8 strings, 2.0 M distinct;
18.4 M postings of 4 bytes; 4-byte token ids). Here a vocabulary is sorted, so
ids compare as the words do and files merge as streams (a pair key is two ids:
4 bytes, not ~11 + 4 of offset); a posting list keeps its first value whole and
the gaps after it in the fewest bytes (1–4) its largest gap needs, decoded by
``array`` and ``itertools.accumulate`` at C speed (73.5 → 35 MB); token ids
take 2 bytes while the vocabulary has ≤ 65,536 words (46,667 at 20k), else 3.

Ordinals (``ord``) are stable per indexed article version (a Whoosh column);
a searcher maps them to docnums and ignores dead ones. Every indexing run (or
worker flush) writes its own file named after the Whoosh generation it
commits; the generation's manifest (``manifest.py``) lists the files that make
it up, anything else in the folder is a leftover the next run removes. A run
that wrote several files merges them into one (``phrase_build.merge``,
streaming: memory bounded by the key arrays, not the postings), and when files
pile up past ``MAX_FILES`` they are all merged before the commit. Correctness
never depends on this module: without it (a lost or damaged file), phrases are
verified on the stored text.
"""

from __future__ import annotations

import array
import bisect
import functools
import mmap
import os
import re
import struct
import sys
import threading
from collections.abc import Callable
from itertools import accumulate, compress, repeat
from pathlib import Path
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from ..wordbreak import Lexicon, SortedLines

MAGIC = b"BTPHRAS2"
_VERSION = 6
"""2: word edges per token and clean postings (issue 11: word-aware phrases); 3: 32-bit offsets and no
folded token sequence (an unaccented phrase is found as its accented variants), 27% smaller; 4: sorted
vocabularies, pairs as id pairs, gap-coded postings, 2- or 3-byte token ids (issue 14: 238 → ~100 MB at 20k);
5: word edges four to a byte (they take 2 bits: 12.2 → 3.1 MB at 20k); 6: the exact pairs (``exact_pairs``: the
folded pairs whose clean bit was decided word by word at index time)."""
HEAD_BITS = 30
"""A pair's head: its first posting value in the low 30 bits, the byte width of its gaps (1–4, less one)
above them."""
MAX_VALUE = (1 << HEAD_BITS) - 1
"""A posting value is ``2 * ord + clean`` (clean: the article holds the pair with both outer edges closed,
a word there): ordinals up to 2^29, 536 M article versions."""
# header: magic, version, little-endian flag, token width in bytes, then the element count of every
# section, in file order
_SECTIONS: tuple[tuple[str, Literal["I", "B"]], ...] = (
    ("postings", "B"),  # each pair's gaps after its first value, packed (see HEAD_BITS)
    ("fold_starts", "I"),  # per folded id x + 1: where x's pairs begin in fold_second
    ("fold_second", "I"),  # the second folded id of each folded pair, ascending within its first id
    ("fold_head", "I"),  # per folded pair: width code and first value (HEAD_BITS)
    ("fold_offsets", "I"),  # per folded pair + 1: byte offset of its gaps in postings
    ("acc_starts", "I"),  # the same for accented pairs (kept only where a pair differs from its folded form)
    ("acc_second", "I"),
    ("acc_head", "I"),
    ("acc_offsets", "I"),
    ("ords", "I"),  # the articles in this file, ascending
    ("doc_offsets", "I"),  # ndocs + 1, into the token sequence (in tokens, not bytes)
    ("tokens", "B"),  # accented token ids, ``token_width`` bytes each
    ("edges", "B"),  # per token, 2 bits: may a word straddle the boundary before it? (wordbreak.open_edges)
    ("acc_vocab_offsets", "I"),  # the accented words, sorted by their UTF-8 bytes: id = rank
    ("acc_vocab", "B"),
    ("fold_vocab_offsets", "I"),  # the folded words, sorted likewise
    ("fold_vocab", "B"),
    ("variant_offsets", "I"),  # per folded id, into variants: its accented spellings
    ("variants", "I"),  # accented ids grouped by folded id
    ("exact_pairs", "B"),  # sorted "x y" lines of folded pairs whose clean bit is exact (``PhraseIndexFile.is_exact``)
)
MAX_OFFSET = (1 << 32) - 1
"""Offsets are 32-bit: a file holds at most 4 G tokens or posting bytes (1 M articles hold ~0.6 G tokens)."""
_HEADER = struct.Struct("<8sIII" + "Q" * len(_SECTIONS))
_NAME_RE = re.compile(r"^([pc])(\d{6})-(\w+)\.bin$")
MAX_FILES = 12
_LITTLE = sys.byteorder == "little"


def pair_key(first: str, second: str, folded: bool) -> str:
    """The key of a pair as ``PhraseIndex`` takes it: "f" + folded pair, or "a" + accented pair."""
    return ("f" if folded else "a") + first + " " + second


def token_width(vocabulary_size: int) -> int:
    """Bytes per token id: 2 up to 65,536 words, 3 up to 16 M, else 4."""
    return 2 if vocabulary_size <= 1 << 16 else 3 if vocabulary_size <= 1 << 24 else 4


def pack_ids(values: array.array[int], width: int) -> bytes:
    """uint32 values in ``width`` little-endian bytes each (the values must fit), by slice
    assignment at C speed."""
    src = values.tobytes()
    if width == 4 and _LITTLE:
        return src
    out = bytearray(width * len(values))
    base = 0 if _LITTLE else 4 - width
    for k in range(width):
        j = k if _LITTLE else base + (width - 1 - k)
        out[k::width] = src[j::4]
    return bytes(out)


def posting_values(head: int, gaps: bytes | memoryview) -> list[int]:
    """A pair's posting values from its head (the first value, and the gaps' width above ``HEAD_BITS``)
    and its packed gaps (none for a single value)."""
    first = head & MAX_VALUE
    if not gaps:
        return [first]
    return list(accumulate(unpack_ids(gaps, (head >> HEAD_BITS) + 1), initial=first))


def unpack_ids(data: bytes | memoryview, width: int) -> array.array[int]:
    """The inverse of ``pack_ids``."""
    out = array.array("I")
    if width == 4 and _LITTLE:
        out.frombytes(data)
        return out
    n = len(data) // width
    wide = bytearray(4 * n)
    base = 0 if _LITTLE else 4 - width
    for k in range(width):
        j = k if _LITTLE else base + (width - 1 - k)
        wide[j::4] = data[k::width]
    out.frombytes(wide)
    return out


_TWO_BITS = tuple(bytes((i >> (2 * k)) & 3 for i in range(256)) for k in range(4))
_HALF = (1).__rrshift__  # v >> 1: a posting value's ordinal
_ODD = (1).__and__  # v & 1: its clean bit


def pack_edges(edges: bytes | bytearray) -> bytes:
    """Word edges (one code 0–3 per token) four to a byte, token ``i`` in bits ``2 * (i % 4)``; the last
    byte is padded with zeros. Done on whole big integers (C speed): a code shifted by at most 6 bits
    stays inside its byte, so the four interleaved streams OR together without carries."""
    n = (len(edges) + 3) // 4
    src = bytes(edges).translate(_TWO_BITS[0]) + bytes(4 * n - len(edges))
    packed = 0
    for k in range(4):
        packed |= int.from_bytes(src[k::4], "little") << (2 * k)
    return packed.to_bytes(n, "little")


def unpack_edges(packed: bytes, skip: int, count: int) -> bytes:
    """``count`` edge codes, one byte each, starting ``skip`` codes into ``packed``."""
    out = bytearray(4 * len(packed))
    for k in range(4):
        out[k::4] = packed.translate(_TWO_BITS[k])
    return bytes(out[skip : skip + count])


def gap_width(largest: int) -> int:
    return 1 if largest < 1 << 8 else 2 if largest < 1 << 16 else 3 if largest < 1 << 24 else 4


class PhraseIndexFile:
    """One memory-mapped phrase index file."""

    # the sections (``_SECTIONS``), views of the mapping set in ``__init__``; ``variants`` is
    # ``variants_ids`` here, the method has its name
    postings: memoryview
    fold_starts: memoryview
    fold_second: memoryview
    fold_head: memoryview
    fold_offsets: memoryview
    acc_starts: memoryview
    acc_second: memoryview
    acc_head: memoryview
    acc_offsets: memoryview
    ords: memoryview
    doc_offsets: memoryview
    tokens: memoryview
    edges: memoryview
    acc_vocab_offsets: memoryview
    acc_vocab: memoryview
    fold_vocab_offsets: memoryview
    fold_vocab: memoryview
    variant_offsets: memoryview
    variants_ids: memoryview
    exact_pairs: memoryview

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = open(path, "rb")  # noqa: SIM115 - closed in close()
        self._lock = threading.Lock()
        try:
            self._mm = mmap.mmap(self._file.fileno(), 0, access=mmap.ACCESS_READ)
        except ValueError:  # an empty file cannot be mapped
            self._file.close()
            raise ValueError(f"phrase index file {path} is empty") from None
        try:
            head = _HEADER.unpack_from(self._mm, 0)
        except struct.error:
            self._mm.close()
            self._file.close()
            raise ValueError(f"phrase index file {path} is shorter than its header") from None
        magic, version, little, width, counts = head[0], head[1], head[2], head[3], head[4:]
        if magic != MAGIC or version != _VERSION or little != (1 if _LITTLE else 0) or width not in (2, 3, 4):
            self._mm.close()
            self._file.close()
            raise ValueError(f"not a phrase index file of this version: {path}")
        expected = _HEADER.size + sum(struct.calcsize(code) * n for (_name, code), n in zip(_SECTIONS, counts))
        if expected != len(self._mm):
            self._mm.close()
            self._file.close()
            raise ValueError(f"phrase index file {path} does not have the size its header says ({expected} bytes)")
        self.width = width
        self._exact: SortedLines | None = None
        self._ids: dict[tuple[str, bool], int | None] = {}
        self.judged: dict[tuple[object, ...], bool] = {}
        """``_crosses``' decisions in this file, keyed by a window's packed token ids (ids are the file's own)."""
        self._sequences: dict[tuple[tuple[int, ...], ...], list[tuple[bytes, bool, int]] | None] = {}
        """``sequences``' answers, by a phrase's alternatives (bounded like ``_ids``)."""
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
        self.n_acc = len(self.acc_vocab_offsets) - 1
        self.n_fold = len(self.fold_vocab_offsets) - 1
        if len(self.fold_starts) != self.n_fold + 1 or len(self.acc_starts) != self.n_acc + 1:
            self.close()
            raise ValueError(f"phrase index file {path} is inconsistent (pair tables and vocabularies)")

    # --- pairs ------------------------------------------------------------------

    def _read(self, offset: int, size: int) -> bytes:
        """Read bytes without mapping them: big posting lists and token runs would otherwise
        stay resident (counted in RSS) long after a query needed them."""
        if _PREAD is not None:
            return _PREAD(self._file.fileno(), size, offset)
        with self._lock:
            self._file.seek(offset)
            return self._file.read(size)

    def tables(self, folded: bool) -> tuple[memoryview, memoryview, memoryview, memoryview]:
        """(starts, seconds, heads, offsets) of the folded or the accented pair table."""
        if folded:
            return self.fold_starts, self.fold_second, self.fold_head, self.fold_offsets
        return self.acc_starts, self.acc_second, self.acc_head, self.acc_offsets

    def lookup(self, first: str, second: str, folded: bool) -> list[int] | None:
        """The posting values (``2 * ord + clean``) of a pair, or None when this file lacks it."""
        x = self.token_id(first, folded)
        y = self.token_id(second, folded) if x is not None else None
        if x is None or y is None:
            return None
        starts, seconds, _heads, _offsets = self.tables(folded)
        lo, hi = starts[x], starts[x + 1]
        i = bisect.bisect_left(seconds, y, lo, hi)
        if i == hi or seconds[i] != y:
            return None
        return self.values(i, folded)

    def values(self, i: int, folded: bool) -> list[int]:
        """The posting values of pair number ``i`` of a table."""
        _starts, _seconds, heads, offsets = self.tables(folded)
        a, b = offsets[i], offsets[i + 1]
        return posting_values(heads[i], self._read(self.starts["postings"] + a, b - a) if a < b else b"")

    def pair_table(self, folded: bool) -> tuple[memoryview, memoryview, memoryview]:
        """(postings, heads, offsets) of a table, for a merge that passes pairs on as stored."""
        _starts, _seconds, heads, offsets = self.tables(folded)
        return self.postings, heads, offsets

    # --- token sequences --------------------------------------------------------

    def token_id(self, word: str, folded: bool) -> int | None:
        """A word's id (its rank in the sorted vocabulary), or None; remembered, as the same words come
        back query after query (a Python bisect over the vocabulary: 12,653 of them took 0.6 s of 144
        profiled warm queries)."""
        key = (word, folded)
        known = self._ids.get(key, _UNSEEN)
        if known is not _UNSEEN:
            return known  # type: ignore[return-value]
        if len(self._ids) >= _IDS_MAX:
            self._ids.clear()
        found = self._ids[key] = self._token_id(word, folded)
        return found

    def _token_id(self, word: str, folded: bool) -> int | None:
        blob = self.fold_vocab if folded else self.acc_vocab
        offsets = self.fold_vocab_offsets if folded else self.acc_vocab_offsets
        target = word.encode("utf-8")

        def word_at(i: int) -> bytes:
            return bytes(blob[offsets[i] : offsets[i + 1]])

        n = len(offsets) - 1
        i = bisect.bisect_left(range(n), target, key=word_at)
        if i < n and word_at(i) == target:
            return i
        return None

    def words(self, folded: bool) -> list[bytes]:
        """The vocabulary, in id order (UTF-8)."""
        blob = bytes(self.fold_vocab if folded else self.acc_vocab)
        offsets = self.fold_vocab_offsets if folded else self.acc_vocab_offsets
        return [blob[offsets[i] : offsets[i + 1]] for i in range(len(offsets) - 1)]

    def folded_words(self) -> list[str]:
        """Every folded word of this file (its vocabulary: ~60,000 words for 20,000 articles, 20 ms)."""
        return [w.decode("utf-8") for w in self.words(folded=True)]

    def variants(self, folded_word: str) -> list[str]:
        """The accented spellings in this file of a folded word."""
        fid = self.token_id(folded_word, folded=True)
        if fid is None:
            return []
        lo, hi = self.variant_offsets[fid], self.variant_offsets[fid + 1]
        return [self._word(self.variants_ids[i], folded=False) for i in range(lo, hi)]

    def row(self, ord_: int) -> int | None:
        i = bisect.bisect_left(self.ords, ord_)
        return i if i < len(self.ords) and self.ords[i] == ord_ else None

    def row_tokens(self, row: int) -> bytes:
        """One article's packed token ids (``width`` bytes each)."""
        lo, hi = self.doc_offsets[row], self.doc_offsets[row + 1]
        return self._read(self.starts["tokens"] + self.width * lo, self.width * (hi - lo))

    def find(self, row: int, alternatives: list[list[int]]) -> list[int]:
        """Token positions in one article where a phrase starts: position k of the phrase may be any of
        ``alternatives[k]`` (accented ids; several for a word typed without marks)."""
        return self.finder(alternatives)(self.ords[row], self.row_tokens(row))

    def finder(self, alternatives: list[list[int]]) -> Callable[[int, bytes], list[int]]:
        """``find`` for many articles: called with an article's ordinal and its packed tokens.

        Each id sequence the phrase can take in this file (``sequences``) is a ``bytes.find`` at C
        speed, and where there are several, an article is searched only for those whose rarest pair it
        holds (the pair's postings, read once). A word typed without marks stands for up to ~30
        spellings; one regular expression over them all took ~5 µs a search, two or three searches an
        article: "nguoi dan" at 150,000 articles searched 30,000 times (0.16 of its 0.55 s). Past
        ``_SEQUENCES_MAX`` sequences, and for one word with several spellings, that regex is used."""
        w = self.width
        sequences = self.sequences(alternatives)
        if sequences is None:
            rx = _ids_regex(tuple(tuple(a) for a in alternatives), w)
            return lambda _ord, tokens: _matched(rx, tokens, w)
        if not sequences:
            return lambda _ord, _tokens: []
        if len(sequences) == 1:
            only = sequences[0][0]
            return lambda _ord, tokens: _aligned(tokens, only, w)
        sets: dict[tuple[bool, int], set[int]] = {}
        for _pattern, table, i in sequences:
            if (table, i) not in sets:
                sets[table, i] = self.holders(table, i)
        held = [(pattern, sets[table, i]) for pattern, table, i in sequences]

        def find(ord_: int, tokens: bytes) -> list[int]:
            mine = [pattern for pattern, holders in held if ord_ in holders]
            if len(mine) == 1:
                return _aligned(tokens, mine[0], w)
            return sorted(set().union(*(_aligned(tokens, pattern, w) for pattern in mine)))

        return find

    def holders(self, folded: bool, i: int) -> set[int]:
        """The ordinals of the articles holding pair number ``i`` of a table."""
        return set(map(_HALF, self.values(i, folded)))  # a value is 2 * ord + clean

    def sequences(self, alternatives: list[list[int]]) -> list[tuple[bytes, bool, int]] | None:
        """The id sequences a phrase can take in this file, each as (packed ids, its rarest pair's table
        and row): one id per position from its alternatives, each adjacent two a pair some article of
        the file holds (the tables list every adjacent pair: in the accented one where a side has
        marks, else in the folded one). Most spellings of a word typed without marks never stand next
        to the other word: "nguoi dan" has 13 × 29 spellings at 150,000 articles, 22 of them as pairs.
        None past ``_SEQUENCES_MAX``, and for a single word with several spellings."""
        key = tuple(map(tuple, alternatives))
        found = self._sequences.get(key, _UNSEEN)
        if found is not _UNSEEN:
            return found  # type: ignore[return-value]
        if len(self._sequences) >= _IDS_MAX:
            self._sequences.clear()
        found = self._sequences[key] = self._sequences_of(alternatives)
        return found

    def _sequences_of(self, alternatives: list[list[int]]) -> list[tuple[bytes, bool, int]] | None:
        if not all(alternatives):
            return []
        if len(alternatives) < 2:
            return None if len(alternatives[0]) > 1 else [(pack_ids(array.array("I", alternatives[0]), self.width), True, -1)]
        folded_ids = {
            vid: self.token_id(_fold_if(self._word(vid, folded=False), True), folded=True) for a in alternatives for vid in a
        }
        seqs: list[tuple[tuple[int, ...], list[tuple[bool, int]]]] = [((x,), []) for x in alternatives[0]]
        for alts in alternatives[1:]:
            longer = []
            for ids, pairs in seqs:
                for z in alts:
                    at = self._pair_row(ids[-1], z, folded_ids)
                    if at is not None:
                        longer.append((ids + (z,), [*pairs, at]))
            seqs = longer
            if len(seqs) > _SEQUENCES_MAX:
                return None
        # an article is searched for a sequence only if it holds the sequence's rarest pair (by the size
        # of its postings): the spellings of "an toan giao thong" share their first pair, not their rarest
        return [(pack_ids(array.array("I", ids), self.width), *min(pairs, key=self._posting_size)) for ids, pairs in seqs]

    def _posting_size(self, at: tuple[bool, int]) -> int:
        _starts, _seconds, _heads, offsets = self.tables(at[0])
        return offsets[at[1] + 1] - offsets[at[1]]

    def _pair_row(self, x: int, y: int, folded_ids: dict[int, int | None]) -> tuple[bool, int] | None:
        """(table, row) of the pair "accented id ``x`` right before ``y``" when some article of this file
        has it: the folded table's where neither word has marks (those are kept only there)."""
        fx, fy = folded_ids[x], folded_ids[y]
        if fx is None or fy is None:
            return None
        plain = self._word(x, folded=False) == self._word(fx, folded=True)
        plain = plain and self._word(y, folded=False) == self._word(fy, folded=True)
        a, b = (fx, fy) if plain else (x, y)
        starts, seconds, _heads, _offsets = self.tables(plain)
        lo, hi = starts[a], starts[a + 1]
        i = bisect.bisect_left(seconds, b, lo, hi)
        return (plain, i) if i < hi and seconds[i] == b else None

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
        """One article's word edges (``edges`` section, four to a byte), one byte per token."""
        return unpack_edges(*self.row_edges_packed(row))

    def row_edges_packed(self, row: int) -> tuple[bytes, int, int]:
        """One article's word edges as stored, ``(packed, skip, count)``: token ``i``'s code is bits
        ``2 * ((skip + i) % 4)`` of byte ``(skip + i) // 4`` (``unpack_edges`` makes them one byte each)."""
        lo, hi = self.doc_offsets[row], self.doc_offsets[row + 1]
        first = lo // 4
        return self._read(self.starts["edges"] + first, (hi + 3) // 4 - first), lo % 4, hi - lo

    def token_run(self, row: int, lo: int, hi: int) -> array.array[int]:
        """The accented token ids at positions lo..hi of one article."""
        return unpack_ids(self.token_bytes(row, lo, hi), self.width)

    def token_bytes(self, row: int, lo: int, hi: int) -> bytes:
        """The same ids still packed (``width`` bytes each): a key for what was decided about them."""
        w = self.width
        return self._read(self.starts["tokens"] + w * (self.doc_offsets[row] + lo), w * (hi - lo))

    def _word(self, vid: int, folded: bool) -> str:
        blob = self.fold_vocab if folded else self.acc_vocab
        offsets = self.fold_vocab_offsets if folded else self.acc_vocab_offsets
        return bytes(blob[offsets[vid] : offsets[vid + 1]]).decode("utf-8")

    def is_exact(self, folded_pair: str) -> bool:
        """Is the clean bit of this folded pair ("nguoi dan"), and of its accented spellings, exact in this
        file: were its occurrences with an open edge judged word by word when the file was written
        (``phrase_build``, the list ``search/data/exact_pairs.txt``)? Then an article holds the two-syllable
        phrase as words exactly when its posting is clean, and a query judges nothing."""
        lines = self._exact
        if lines is None:
            from ..wordbreak import SortedLines

            start = self.starts["exact_pairs"]
            lines = self._exact = SortedLines(self._mm, start, start + len(self.exact_pairs))  # type: ignore[arg-type]
        return folded_pair in lines

    def close(self) -> None:
        self._exact = None
        for view in self._views:
            view.release()
        self._mm.close()
        self._file.close()


_PREAD: Callable[[int, int, int], bytes] | None = getattr(os, "pread", None)
_UNSEEN = object()
_IDS_MAX = 100_000


class PhraseIndex:
    """The phrase index files valid for one Whoosh generation."""

    def __init__(self, files: list[PhraseIndexFile]) -> None:
        self.files = files
        self._vocabulary: frozenset[str] | None = None

    def locate(self, ord_: int) -> tuple[int, int] | None:
        """(file number, row) of an article ordinal: a C bisect in each file's ordinals (a run's files
        are merged, so there are few). The dict this replaced took ~60 ms and ~20 MB at 150k articles
        on the first phrase search of a process."""
        for fi, f in enumerate(self.files):
            row = f.row(ord_)
            if row is not None:
                return fi, row
        return None

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

    def exact(self, folded_pair: str) -> bool:
        """Is the pair's clean bit exact in every file (``PhraseIndexFile.is_exact``)?"""
        return bool(self.files) and all(f.is_exact(folded_pair) for f in self.files)

    def lookup(self, key: str) -> list[int]:
        """Ordinals of the articles holding the pair (``pair_key``; possibly including dead ones)."""
        return list(map(_HALF, self._raw(key)))  # a value is 2 * ord + clean; mapped at C speed

    def lookup_clean(self, key: str) -> list[int]:
        """Ordinals of the articles holding the pair with both outer edges closed: surely as a word."""
        raw = self._raw(key)
        return list(map(_HALF, compress(raw, map(_ODD, raw))))

    def _raw(self, key: str) -> list[int]:
        first, _, second = key[1:].partition(" ")
        folded = key[0] == "f"
        out: list[int] = []
        for f in self.files:
            found = f.lookup(first, second, folded)
            if found is not None:
                out.extend(found)
        return out

    def verify(
        self, tokens: list[tuple[str, bool]], ords: list[int], judge: Lexicon | None = None,
        judged: set[int] | None = None, split: bool = True,
    ) -> tuple[list[int], list[int]]:
        """Split the ordinals by how their article holds the phrase (each token: (text, folded?)):
        ``(sure, unsure)``: sure when some occurrence has both outer edges closed (word-aligned without
        looking further), unsure when every occurrence has an open edge. Given ``judge`` (a word list), an
        occurrence with an open edge is decided on its token window (``wordbreak.crosses_tokens``): ``sure`` is
        then every article holding the phrase as words — of the ordinals in ``judged`` only, when given (the
        others' open occurrences stay unsure). Articles without the phrase are in neither. ``split=False``: every
        article holding the phrase is in the first list, its edges unread.

        An article's word edges are read packed, and only the codes at an occurrence's two ends are looked
        at; the whole row is unpacked only for an occurrence with an open edge that must be judged
        (session 58: unpacking every found article's edges was a fifth of "an toan giao thong" at 150k)."""
        if len(tokens) < 2:
            return list(ords), []
        n = len(tokens)
        sure: list[int] = []
        unsure: list[int] = []
        for f, rows in self._rows(ords):
            alternatives = [f.alternatives(_fold_if(text, folded), folded) for text, folded in tokens]
            if not all(alternatives):
                continue
            find = f.finder(alternatives)
            for o, row in rows:
                tokens_b = f.row_tokens(row)
                starts = find(o, tokens_b)
                if not starts:
                    continue
                if not split:
                    sure.append(o)
                    continue
                packed, skip, count = f.row_edges_packed(row)  # read only where the phrase is
                for start in starts:
                    at, end = skip + start, skip + start + n
                    if not packed[at >> 2] >> 2 * (at & 3) & 1 and (
                        start + n >= count or not packed[end >> 2] >> 2 * (end & 3) & 1
                    ):
                        sure.append(o)
                        break
                else:
                    if judge is not None and (judged is None or o in judged):
                        edges = unpack_edges(packed, skip, count)
                        if any(not _crosses(f, tokens_b, edges, s, s + n, judge) for s in starts):
                            sure.append(o)
                            continue
                    unsure.append(o)
        return sure, unsure

    def _rows(self, ords: list[int]) -> list[tuple[PhraseIndexFile, list[tuple[int, int]]]]:
        """Each file with the (ordinal, row) of the given ordinals it holds (as ``locate``, each in the
        first file holding it), found by C bisects in bulk: ``locate`` per ordinal took ~4 µs, 47 ms for
        the 11,738 articles "nguoi dan" checks at 150,000 articles."""
        out = []
        rest = ords
        for f in self.files:
            held = f.ords
            size = len(held)
            rows = map(bisect.bisect_left, repeat(held), rest)
            mine = [(o, r) for o, r in zip(rest, rows) if r < size and held[r] == o]
            if mine:
                out.append((f, mine))
                if len(mine) < len(rest):
                    found = {o for o, _ in mine}
                    rest = [o for o in rest if o not in found]
                else:
                    break
        return out

    def positions(self, ord_: int, word: str, folded: bool) -> list[int]:
        """Token positions of one word in one article ([] when it is not there)."""
        where = self.locate(ord_)
        if where is None:
            return []
        f = self.files[where[0]]
        alternatives = f.alternatives(word, folded)
        return f.find(where[1], [alternatives]) if alternatives else []

    def positions_in(self, ords: list[int], word: str, folded: bool) -> dict[int, list[int]]:
        """``positions`` of one word in many articles: the rows located in bulk (``_rows``) and the word's finder
        built once per file, not once per article (session 57: proximity asked for 4 words in ~100 articles,
        building ~400 finders). Articles without the
        word map to [] (absent ordinals too)."""
        out: dict[int, list[int]] = {o: [] for o in ords}
        for f, rows in self._rows(ords):
            alternatives = f.alternatives(word, folded)
            if not alternatives:
                continue
            find = f.finder([alternatives])
            for o, row in rows:
                out[o] = find(o, f.row_tokens(row))
        return out

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


def _crosses(f: PhraseIndexFile, tokens: bytes, edges: bytes, a: int, b: int, lex: Lexicon) -> bool:
    """Does the occurrence at tokens a..b of one article cut a neighbouring word? Read on its token
    window, not on the stored text: the tokens joined to the match by open edges, at most ``CONTEXT``
    a side — all ``crosses_tokens`` reads, so its decision is memoised on them (news text repeats its
    formulae: 618 open occurrences of 5 common phrases in 2,000 articles have 184 distinct windows)."""
    from ..wordbreak import crosses_tokens

    lo, hi, flags = window(edges, a, b)
    ids = tokens[f.width * lo : f.width * hi]  # the article's tokens, already read
    # keyed by the packed ids, the words are decoded only for a window not judged yet (decoding every
    # window was ~10% of "nguoi dan" at 20k articles: 8,685 words for 2,673 windows)
    key = (id(lex), ids, flags, a - lo, b - lo)
    judged = f.judged
    hit = judged.get(key)
    if hit is None:
        if len(judged) >= _JUDGED_MAX:
            judged.clear()
        words = [f._word(vid, folded=False) for vid in unpack_ids(ids, f.width)]
        hit = judged[key] = crosses_tokens(words, flags, a - lo, b - lo, lex)
    return hit


def window(edges: bytes | bytearray, a: int, b: int) -> tuple[int, int, bytes]:
    """``(lo, hi, flags)``: the tokens an occurrence at a..b is judged on (``wordbreak.crosses_tokens``),
    those joined to it by open edges, at most ``CONTEXT`` a side, and their edge codes, the window's first
    edge marked open (what lies before it is unread). One definition for the query (``_crosses``) and the
    index builder (``phrase_build``), so both decide an occurrence alike."""
    from ..wordbreak import CONTEXT

    lo = a
    while lo > 0 and a - lo < CONTEXT and edges[lo] & 1:
        lo -= 1
    hi = b
    while hi < len(edges) and hi - b < CONTEXT and edges[hi] & 1:
        hi += 1
    return lo, hi, bytes([1 | (edges[lo] & 2)]) + edges[lo + 1 : hi]


_JUDGED_MAX = 50_000
"""Decisions kept per phrase-index file (then forgotten at once): bounded memory whatever is searched."""


def _matched(rx: re.Pattern[bytes], tokens: bytes, width: int) -> list[int]:
    """Token positions where ``rx`` (``_ids_regex``) matches ``tokens`` on a token boundary."""
    out = []
    m = rx.search(tokens)
    while m is not None:
        at = m.start()
        if at % width == 0:
            out.append(at // width)
        m = rx.search(tokens, at + 1)
    return out


def _aligned(tokens: bytes, pattern: bytes, width: int) -> list[int]:
    """Token positions where ``pattern`` (packed ids) starts in ``tokens`` on a token boundary."""
    out = []
    at = tokens.find(pattern)
    while at != -1:
        if at % width == 0:
            out.append(at // width)
        at = tokens.find(pattern, at + 1)
    return out


_SEQUENCES_MAX = 64
"""Id sequences a phrase may take in one file before one regular expression over its spellings is used
(``PhraseIndexFile.finder``)."""


@functools.lru_cache(maxsize=64)
def _ids_regex(alternatives: tuple[tuple[int, ...], ...], width: int) -> re.Pattern[bytes]:
    """A regex over packed ids (``pack_ids``): at each position, one of the alternatives."""
    parts = [
        b"(?:" + b"|".join(re.escape(pack_ids(array.array("I", [i]), width)) for i in alts) + b")"
        for alts in alternatives
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


def merged_file(folder: Path, generation: int, part: str = "all") -> Path:
    """A merge's file: ``all`` the generation's files, or this ``run``'s."""
    return folder / f"c{generation:06d}-{part}.bin"
