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
import heapq
import mmap
import os
import re
import struct
import sys
import threading
from collections.abc import Iterator
from itertools import accumulate
from pathlib import Path

MAGIC = b"BTPHRAS2"
_VERSION = 1
# header: magic, version, little-endian flag, then the element count of every section, in file order
_SECTIONS = (
    ("postings", "I"),  # pair posting lists, concatenated
    ("pair_offsets", "Q"),  # nkeys + 1
    ("pair_key_offsets", "Q"),  # nkeys + 1
    ("pair_keys", "B"),  # UTF-8 keys, sorted, concatenated
    ("ords", "I"),  # the articles in this file, ascending
    ("doc_offsets", "Q"),  # ndocs + 1, into the token arrays
    ("acc_tokens", "I"),  # accented token ids, all articles
    ("fold_tokens", "I"),  # folded token ids, all articles
    ("acc_vocab_offsets", "Q"),
    ("acc_vocab", "B"),
    ("acc_sorted", "I"),  # vocabulary ids in string order, for binary search
    ("fold_vocab_offsets", "Q"),
    ("fold_vocab", "B"),
    ("fold_sorted", "I"),
    ("variant_offsets", "Q"),  # per folded id, into variants: its accented spellings
    ("variants", "I"),  # accented ids grouped by folded id
)
_HEADER = struct.Struct("<8sII" + "Q" * len(_SECTIONS))
_NAME_RE = re.compile(r"^([pc])(\d{6})-(\w+)\.bin$")
MAX_FILES = 12


def pair_key(first: str, second: str, folded: bool) -> str:
    """The stored key of a pair: "f" + folded pair, or "a" + accented pair (when it differs)."""
    return ("f" if folded else "a") + first + " " + second


class _Vocab:
    """A growing vocabulary: token → id in order of first sight."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}

    def encode(self, tokens: list[str]) -> list[int]:
        ids = self.ids
        out = []
        for t in tokens:
            i = ids.get(t)
            if i is None:
                i = ids[t] = len(ids)
            out.append(i)
        return out

    def sections(self) -> tuple[array.array, bytes, array.array]:
        words = [w.encode("utf-8") for w in self.ids]  # dicts keep insertion (= id) order
        offsets = array.array("Q", accumulate(map(len, words), initial=0))
        order = array.array("I", sorted(range(len(words)), key=words.__getitem__))
        return offsets, b"".join(words), order


_ACCENTED = 1 << 63


class PhraseIndexBuilder:
    """Collects pairs and token sequences for the articles of one run (or one worker flush).

    Pairs are held as ints (vocabulary ids of both tokens, plus a bit for the
    accented form) mapping to one ordinal, or to an array once seen twice: the
    string keys and per-pair arrays this replaced took 195 MB per 4000 articles.
    """

    def __init__(self) -> None:
        self._postings: dict[int, int | array.array] = {}
        self._ords = array.array("I")
        self._doc_offsets = array.array("Q", [0])
        self._acc = array.array("I")
        self._fold = array.array("I")
        self._acc_vocab = _Vocab()
        self._fold_vocab = _Vocab()

    def add(self, ord_: int, accented: list[str], folded: list[str]) -> None:
        self._ords.append(ord_)
        aids = self._acc_vocab.encode(accented)
        fids = self._fold_vocab.encode(folded)
        self._acc.extend(aids)
        self._fold.extend(fids)
        self._doc_offsets.append(len(self._acc))
        keys = {x << 32 | y for x, y in zip(fids, fids[1:])}
        # an accented key is worth keeping only where the pair differs from its folded form
        marked = [a != f for a, f in zip(accented, folded)]
        keys.update(
            _ACCENTED | x << 32 | y for x, y, mx, my in zip(aids, aids[1:], marked, marked[1:]) if mx or my
        )
        postings = self._postings
        for key in keys:
            held = postings.get(key)
            if held is None:
                postings[key] = ord_
            elif type(held) is int:
                postings[key] = array.array("I", (held, ord_))
            else:
                held.append(ord_)

    def __len__(self) -> int:
        return len(self._ords)

    def write(self, path: Path) -> None:
        acc_words = list(self._acc_vocab.ids)  # insertion order = id order
        fold_words = list(self._fold_vocab.ids)
        mask = (1 << 32) - 1

        def name(key: int) -> bytes:
            x, y = (key >> 32) & 0x7FFFFFFF, key & mask
            if key & _ACCENTED:
                return pair_key(acc_words[x], acc_words[y], folded=False).encode("utf-8")
            return pair_key(fold_words[x], fold_words[y], folded=True).encode("utf-8")

        postings, self._postings = self._postings, {}
        named = sorted(((name(k), held) for k, held in postings.items()), key=lambda kv: kv[0])
        del postings  # the biggest structure goes before the output is assembled
        encoded = [k for k, _ in named]
        lists = [held if type(held) is not int else array.array("I", (held,)) for _, held in named]
        del named
        _write(path, encoded, lists, self._ords, self._doc_offsets, self._acc, self._fold, self._acc_vocab, self._fold_vocab)


def _write(
    path: Path,
    keys: list[bytes],
    lists: list[array.array],
    ords: array.array,
    doc_offsets: array.array,
    acc_tokens: array.array,
    fold_tokens: array.array,
    acc_words: _Vocab,
    fold_words: _Vocab,
) -> None:
    """Write atomically: a temporary file, fsync, rename."""
    from ..analysis import fold

    acc_vocab, fold_vocab = acc_words.sections(), fold_words.sections()
    # every accented spelling, grouped under its folded word ("kính", "kình" under "kinh")
    fold_ids = fold_words.ids
    fold_of = [fold_ids[fold(w)] for w in acc_words.ids]
    by_fold = sorted(range(len(fold_of)), key=fold_of.__getitem__)
    counts = [0] * len(fold_ids)
    for f in fold_of:
        counts[f] += 1
    postings = array.array("I")
    for p in lists:
        postings.extend(p)
    data = {
        "postings": postings,
        "pair_offsets": array.array("Q", accumulate(map(len, lists), initial=0)),
        "pair_key_offsets": array.array("Q", accumulate(map(len, keys), initial=0)),
        "pair_keys": b"".join(keys),
        "ords": ords,
        "doc_offsets": doc_offsets,
        "acc_tokens": acc_tokens,
        "fold_tokens": fold_tokens,
        "acc_vocab_offsets": acc_vocab[0],
        "acc_vocab": acc_vocab[1],
        "acc_sorted": acc_vocab[2],
        "fold_vocab_offsets": fold_vocab[0],
        "fold_vocab": fold_vocab[1],
        "fold_sorted": fold_vocab[2],
        "variant_offsets": array.array("Q", accumulate(counts, initial=0)),
        "variants": array.array("I", by_fold),
    }
    counts = [len(data[name]) for name, _ in _SECTIONS]
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        f.write(_HEADER.pack(MAGIC, _VERSION, 1 if sys.byteorder == "little" else 0, *counts))
        for name, _ in _SECTIONS:
            part = data[name]
            f.write(part.tobytes() if isinstance(part, array.array) else part)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


class PhraseIndexFile:
    """One memory-mapped phrase index file."""

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

    def lookup(self, key: bytes) -> array.array | None:
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

    def find(self, row: int, folded: bool, pattern: bytes) -> list[int]:
        """Token positions where ``pattern`` (packed uint32 ids) starts in one article."""
        base = self.starts["fold_tokens" if folded else "acc_tokens"]
        lo, hi = self.doc_offsets[row], self.doc_offsets[row + 1]
        tokens = self._read(base + 4 * lo, 4 * (hi - lo))
        out = []
        at = tokens.find(pattern)
        while at != -1:
            if at % 4 == 0:
                out.append(at // 4)
            at = tokens.find(pattern, at + 1)
        return out

    def token(self, row: int, position: int, folded: bool) -> int:
        base = self.starts["fold_tokens" if folded else "acc_tokens"]
        return int.from_bytes(self._read(base + 4 * (self.doc_offsets[row] + position), 4), sys.byteorder)

    def sequences(self, row: int) -> tuple[list[str], list[str]]:
        """An article's accented and folded tokens (for merging files)."""
        lo, hi = self.doc_offsets[row], self.doc_offsets[row + 1]
        return (
            [self._word(i, folded=False) for i in self.acc_tokens[lo:hi]],
            [self._word(i, folded=True) for i in self.fold_tokens[lo:hi]],
        )

    def _word(self, vid: int, folded: bool) -> str:
        blob = self.fold_vocab if folded else self.acc_vocab
        offsets = self.fold_vocab_offsets if folded else self.acc_vocab_offsets
        return bytes(blob[offsets[vid] : offsets[vid + 1]]).decode("utf-8")

    def close(self) -> None:
        for view in self._views:
            view.release()
        self._mm.close()
        self._file.close()


_PREAD = getattr(os, "pread", None)


def _bisect(item_at, n: int, target) -> int:  # type: ignore[no-untyped-def]
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
        k = key.encode("utf-8")
        out: list[int] = []
        for f in self.files:
            found = f.lookup(k)
            if found is not None:
                out.extend(found)
        return out

    def verify(self, tokens: list[tuple[str, bool]], ords: list[int]) -> list[int]:
        """The ordinals whose article holds the phrase (each token: (text, folded?)) exactly."""
        if len(tokens) < 2:
            return list(ords)
        all_accented = not any(folded for _, folded in tokens)
        search_folded = not all_accented  # search the folded sequence unless every token is accented
        by_file: dict[int, list[tuple[int, int]]] = {}
        for o in ords:
            where = self.locate(o)
            if where is not None:
                by_file.setdefault(where[0], []).append((o, where[1]))
        out: list[int] = []
        for fi, rows in by_file.items():
            f = self.files[fi]
            ids = [f.token_id(_fold_if(text, search_folded), search_folded) for text, _ in tokens]
            if any(i is None for i in ids):
                continue
            checks: list[tuple[int, int]] = []  # accented tokens of a mixed phrase, checked per hit
            if search_folded:
                for pos, (text, folded) in enumerate(tokens):
                    if not folded:
                        acc_id = f.token_id(text, folded=False)
                        if acc_id is None:
                            break
                        checks.append((pos, acc_id))
                if len(checks) != sum(1 for _, folded in tokens if not folded):
                    continue
            pattern = array.array("I", ids).tobytes()
            for o, row in rows:
                for start in f.find(row, search_folded, pattern):
                    if all(f.token(row, start + pos, folded=False) == want for pos, want in checks):
                        out.append(o)
                        break
        return out

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


def _keys_of(fi: int, f: PhraseIndexFile) -> Iterator[tuple[bytes, int, int]]:
    """One file's keys in order, tagged with the file and position (bound here, not late)."""
    for i in range(f.nkeys):
        yield f._key(i), fi, i


def merge(paths: list[Path], target: Path, dead_ords: set[int]) -> Path:
    """Merge phrase files into ``target``, dropping the articles in ``dead_ords``.

    The sources are left in place: they belong to the committed generation
    until the new one (whose manifest lists only ``target``) is visible.
    """
    files = [PhraseIndexFile(p) for p in paths]
    try:
        acc_vocab, fold_vocab = _Vocab(), _Vocab()
        acc_tables, fold_tables = [], []
        for f in files:  # local id → merged id, one word decode per vocabulary entry
            n_acc = len(f.acc_vocab_offsets) - 1
            n_fold = len(f.fold_vocab_offsets) - 1
            acc_tables.append(acc_vocab.encode([f._word(i, folded=False) for i in range(n_acc)]))
            fold_tables.append(fold_vocab.encode([f._word(i, folded=True) for i in range(n_fold)]))
        rows = sorted((f.ords[r], fi, r) for fi, f in enumerate(files) for r in range(len(f.ords)))
        ords = array.array("I")
        doc_offsets = array.array("Q", [0])
        acc_tokens = array.array("I")
        fold_tokens = array.array("I")
        for ord_, fi, r in rows:
            if ord_ in dead_ords:
                continue
            f = files[fi]
            lo, hi = f.doc_offsets[r], f.doc_offsets[r + 1]
            acc_tokens.extend(map(acc_tables[fi].__getitem__, f.acc_tokens[lo:hi]))
            fold_tokens.extend(map(fold_tables[fi].__getitem__, f.fold_tokens[lo:hi]))
            ords.append(ord_)
            doc_offsets.append(len(acc_tokens))
        keys: list[bytes] = []
        lists: list[array.array] = []
        for key, fi, i in heapq.merge(*(_keys_of(fi, f) for fi, f in enumerate(files))):
            f = files[fi]
            live = array.array("I", (o for o in f.postings[f.pair_offsets[i] : f.pair_offsets[i + 1]] if o not in dead_ords))
            if keys and keys[-1] == key:
                lists[-1].extend(live)
            elif live:
                keys.append(key)
                lists.append(live)
        _write(target, keys, lists, ords, doc_offsets, acc_tokens, fold_tokens, acc_vocab, fold_vocab)
    finally:
        for f in files:
            f.close()
    return target


def merged_file(folder: Path, generation: int) -> Path:
    return folder / f"c{generation:06d}-all.bin"
