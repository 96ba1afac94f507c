"""Provides writing the phrase index: collecting an indexing run's pairs and token sequences, and merging files.

The file format (sections, header) is defined in ``phrases.py``, which reads
it; this module writes it, atomically (a temporary file, fsync, rename). The
big sections (postings, tokens, edges) stream through temporary files beside
the target, so a merge holds a chunk of pair keys (``MERGE_CHUNK``), the per-pair arrays and
one pair's postings at a time: at 150k articles format 3's in-memory merge
peaked at 5.0 GB.
"""

from __future__ import annotations

import array
import bisect
import contextlib
import functools
import itertools
import multiprocessing
import operator
import os
import shutil
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from itertools import accumulate, compress
from pathlib import Path
from typing import Any, BinaryIO, TypeAlias

from ..wordbreak import crosses_tokens, lexicon
from .phrases import (
    _HEADER,
    _JUDGED_MAX,
    _SECTIONS,
    _VERSION,
    HEAD_BITS,
    MAGIC,
    MAX_OFFSET,
    MAX_VALUE,
    PhraseIndexFile,
    gap_width,
    pack_edges,
    pack_ids,
    posting_values,
    token_width,
    unpack_ids,
    window,
)


class _Vocab:
    """A growing vocabulary: token → id in order of first sight (sorted when written)."""

    def __init__(self) -> None:
        self.ids: defaultdict[str, int] = defaultdict()
        self.ids.default_factory = self.ids.__len__  # a new token's id: the count before it

    def encode(self, tokens: list[str]) -> list[int]:
        """Each token's id, a new one taking the next (``map`` over the lookup, at C speed: 2,000 articles' 1.2
        million tokens in ~0.08 s instead of ~0.5)."""
        return list(map(self.ids.__getitem__, tokens))

    def ranked(self) -> tuple[list[bytes], list[int]]:
        """The words sorted by their UTF-8 bytes, and each first-sight id's rank among them."""
        words = [w.encode("utf-8") for w in self.ids]  # dicts keep insertion (= id) order
        order = sorted(range(len(words)), key=words.__getitem__)
        rank = [0] * len(words)
        for r, i in enumerate(order):
            rank[i] = r
        return [words[i] for i in order], rank


@dataclass(frozen=True)
class ExactPairs:
    """The folded pairs whose open occurrences the builder judges word by word, as a set and as the sorted lines
    the file keeps. ``benchmarks/exact_pairs.py`` chose them: of the pairs standing as a word on their own in at
    least as many articles as hold them only with an open edge, the 2,000 held only with an open edge in the
    most articles (those a query would otherwise judge one article at a time)."""

    pairs: frozenset[tuple[str, str]]
    lines: bytes

    @classmethod
    def of(cls, pairs: Iterable[str]) -> ExactPairs:
        """From "x y" strings (folded syllables)."""
        kept = sorted({p.strip() for p in pairs if p.strip().count(" ") == 1})
        return cls(frozenset(tuple(p.split(" ")) for p in kept), "\n".join(kept).encode("utf-8"))  # type: ignore[misc]


NO_EXACT_PAIRS = ExactPairs(frozenset(), b"")


@functools.lru_cache(maxsize=1)
def shipped_exact_pairs() -> ExactPairs:
    """``search/data/exact_pairs.txt``: one folded pair a line (read once per process, ~2 ms)."""
    text = resources.files("briefing_tui.search").joinpath("data/exact_pairs.txt").read_text("utf-8")
    return ExactPairs.of(text.splitlines())


_Entry = tuple[int, list[int] | None, int, bytes]
"""A pair for ``_Writer.pairs``: key, posting values (None: passed on as stored), head, packed gaps."""
_Part: TypeAlias = "array.array[int] | Path"
"""A pair table's array in a file being written: in memory, or a file another process wrote it to."""
_ACCENTED = 1 << 63
_LOW = (1 << 32) - 1


class PhraseIndexBuilder:
    """Collects pairs and token sequences for the articles of one run (or one worker flush).

    Pairs are held as ints (vocabulary ids of both tokens, plus a bit for the
    accented form) mapping to one posting value, or to an array once seen
    twice: the string keys and per-pair arrays this replaced took 195 MB per
    4000 articles.
    """

    def __init__(self, exact: ExactPairs | None = None) -> None:
        self._exact = shipped_exact_pairs() if exact is None else exact
        self._judged: dict[tuple[tuple[str, ...], bytes, int, int], bool] = {}
        self._postings: dict[int, int | array.array[int]] = {}
        self._ords = array.array("I")
        self._doc_offsets = array.array("I", [0])
        self._acc = array.array("I")
        self._edges = bytearray()
        self._acc_vocab = _Vocab()
        self._fold_vocab = _Vocab()

    def add(self, ord_: int, accented: list[str], folded: list[str], edges: bytes | None = None) -> None:
        """One article: its tokens and, per token, whether a word may straddle the boundary before it
        (``wordbreak.open_edges``; None or a length that disagrees = every boundary open, the safe side).

        A pair's posting is clean (value ``2 * ord + 1``) when the article has an occurrence of it with both
        outer edges closed: a two-syllable phrase search then knows those articles hold it as a word."""
        if 2 * ord_ + 1 > MAX_VALUE:
            raise ValueError(f"article ordinal {ord_:,} is past what the phrase index holds")
        n = len(accented)
        if edges is None or len(edges) != n:
            edges = b"\x01" * n
        self._ords.append(ord_)
        aids = self._acc_vocab.encode(accented)
        fids = self._fold_vocab.encode(folded)
        self._acc.extend(aids)
        self._edges += edges
        self._doc_offsets.append(len(self._acc))
        # occurrence i (tokens i, i+1) is clean when the edges before i and before i+2 are closed
        clean = [not ((a | b) & 1) for a, b in zip(edges, edges[2:] + b"\x00\x00")][: max(n - 1, 0)]
        if self._exact.pairs:
            self._judge(accented, folded, edges, clean)
        fkeys = [x << 32 | y for x, y in zip(fids, fids[1:])]
        keys = dict.fromkeys(fkeys, False)
        keys.update((k, True) for k, c in zip(fkeys, clean) if c)
        # an accented key is worth keeping only where the pair differs from its folded form
        marked = [a != f for a, f in zip(accented, folded)]
        akeys = [
            (_ACCENTED | x << 32 | y, c)
            for x, y, mx, my, c in zip(aids, aids[1:], marked, marked[1:], clean)
            if mx or my
        ]
        for k, c in akeys:
            if c or k not in keys:
                keys[k] = c
        postings = self._postings
        plain, cleaned = 2 * ord_, 2 * ord_ + 1
        for key, is_clean in keys.items():
            value = cleaned if is_clean else plain
            held = postings.get(key)
            if held is None:
                postings[key] = value
            elif isinstance(held, int):
                postings[key] = array.array("I", (held, value))
            else:
                held.append(value)

    def _judge(self, accented: list[str], folded: list[str], edges: bytes, clean: list[bool]) -> None:
        """Mark clean the open occurrences of exact pairs that hold the pair as words (``_crosses``), as a
        query would judge them. A posting is clean when one occurrence is, so an accented pair already clean
        in the article (both outer edges closed somewhere, or judged so) needs no more judging (2,000 corpus
        articles: 110,069 → 100,304 judgements with an unfiltered list of 2,000 pairs; 35,755 with the shipped
        one, ~18 an article)."""
        pairs = self._exact.pairs
        todo = [i for i in compress(range(len(clean)), map(operator.not_, clean)) if (folded[i], folded[i + 1]) in pairs]
        if not todo:
            return
        done = set(compress(zip(accented, accented[1:]), clean))  # at C speed
        for i in todo:
            pair = (accented[i], accented[i + 1])
            if pair not in done and not self._crosses(accented, edges, i):
                clean[i] = True
                done.add(pair)

    def _crosses(self, accented: list[str], edges: bytes, i: int) -> bool:
        """Does the occurrence of the pair at tokens i, i+1 cut a neighbouring word? ``phrases._crosses``'
        decision on the same window, remembered by its words (news repeats its formulae; at most
        ``_JUDGED_MAX`` decisions, then forgotten at once)."""
        lo, hi, flags = window(edges, i, i + 2)
        key = (tuple(accented[lo:hi]), flags, i - lo, i + 2 - lo)
        judged = self._judged
        hit = judged.get(key)
        if hit is None:
            if len(judged) >= _JUDGED_MAX:
                judged.clear()
            hit = judged[key] = crosses_tokens(list(key[0]), flags, i - lo, i + 2 - lo, lexicon())
        return hit

    def __len__(self) -> int:
        return len(self._ords)

    def write(self, path: Path) -> None:
        acc_words, acc_rank = self._acc_vocab.ranked()
        fold_words, fold_rank = self._fold_vocab.ranked()
        postings, self._postings = self._postings, {}
        fold_pairs: list[tuple[int, int | array.array[int]]] = []
        acc_pairs: list[tuple[int, int | array.array[int]]] = []
        for key, held in postings.items():
            x, y = (key >> 32) & 0x7FFFFFFF, key & _LOW
            if key & _ACCENTED:
                acc_pairs.append((acc_rank[x] << 32 | acc_rank[y], held))
            else:
                fold_pairs.append((fold_rank[x] << 32 | fold_rank[y], held))
        del postings  # the biggest structure goes before the output is assembled
        fold_pairs.sort(key=lambda kv: kv[0])
        acc_pairs.sort(key=lambda kv: kv[0])
        order = sorted(range(len(self._ords)), key=self._ords.__getitem__)
        writer = _Writer(path, acc_words, fold_words, self._exact.lines)
        try:
            writer.pairs(True, ((k, _values(held), 0, b"") for k, held in fold_pairs))
            writer.pairs(False, ((k, _values(held), 0, b"") for k, held in acc_pairs))
            offsets, acc, edges = self._doc_offsets, self._acc, self._edges
            for row in order:
                lo, hi = offsets[row], offsets[row + 1]
                writer.doc(self._ords[row], array.array("I", map(acc_rank.__getitem__, acc[lo:hi])), edges[lo:hi])
            writer.finish()
        finally:
            writer.cleanup()


def _values(held: int | array.array[int]) -> list[int]:
    """A pair's posting values, ascending (a builder sees articles in the order they come)."""
    if isinstance(held, int):
        return [held]
    values = list(held)
    if any(b < a for a, b in zip(values, values[1:])):
        values.sort()
    return values


class _Writer:
    """Writes one file: vocabularies first (known up front), then the pair tables in key order, then the
    articles in ordinal order; ``finish`` assembles the sections behind the header."""

    def __init__(self, path: Path, acc_words: list[bytes], fold_words: list[bytes], exact: bytes) -> None:
        from ..analysis import fold

        self.path = path
        self.exact = exact
        self.width = token_width(len(acc_words))
        self.acc_words, self.fold_words = acc_words, fold_words
        fold_ids = {w: i for i, w in enumerate(fold_words)}
        fold_of = [fold_ids[fold(w.decode("utf-8")).encode("utf-8")] for w in acc_words]
        # every accented spelling, grouped under its folded word ("kính", "kình" under "kinh")
        self.variants = array.array("I", sorted(range(len(fold_of)), key=fold_of.__getitem__))
        counts = [0] * len(fold_words)
        for f in fold_of:
            counts[f] += 1
        self.variant_offsets = _offsets(counts)
        self.tables: dict[bool, tuple[_Part, _Part, _Part, _Part]] = {}
        """Each table's four arrays (``_pair_table``), or the files another process wrote them to (``folded_apart``)."""
        self.ords = array.array("I")
        self.doc_offsets = array.array("I", [0])
        self._temp = {name: path.with_name(f"{path.name}.{name}.tmp") for name in ("postings", "tokens", "edges")}
        self._out: dict[str, BinaryIO] = {name: open(p, "wb") for name, p in self._temp.items()}  # noqa: SIM115
        self._posting_bytes = 0
        self._postings_first: Path | None = None  # the folded table's postings from another process (``folded_apart``)
        self._tokens = 0
        self._edges = bytearray()  # codes not yet packed: fewer than _EDGE_CHUNK, a multiple of 4 is written

    def pairs(self, folded: bool, items: Iterable[_Entry]) -> None:
        """One table's pairs in ascending key order (``first << 32 | second``, sorted-vocabulary ids), each
        with its posting values ascending, or (from a merge) with its head and packed gaps as stored."""
        n_first = len(self.fold_words if folded else self.acc_words)
        table, self._posting_bytes = _pair_table(items, n_first, self._out["postings"], self._posting_bytes)
        self.tables[folded] = table

    def folded_apart(self, apart: _TableFiles) -> None:
        """Take the folded table from another process (``_TableApart``) instead of ``pairs(True, …)``, after
        ``pairs(False, …)``: its postings go first in the file, where ``pairs`` writes them when called first, and
        the accented table's offsets, numbered from 0 here, move up by their size: the same file, byte for byte,
        as one process writes."""
        acc = self.tables[False]
        assert isinstance(acc[3], array.array)  # (written by ``pairs`` in this process)
        moved = array.array("I", map(apart.posting_bytes.__add__, acc[3]))  # (a C-speed map: 1.2 M offsets at 20k)
        if apart.posting_bytes + self._posting_bytes > MAX_OFFSET:
            raise ValueError(
                f"a phrase index file would hold {apart.posting_bytes + self._posting_bytes:,} posting bytes, "
                "past 32-bit offsets"
            )
        self.tables[False] = (acc[0], acc[1], acc[2], moved)
        self.tables[True] = apart.arrays
        self._postings_first = apart.postings

    def doc(self, ord_: int, ids: array.array[int], edges: bytes | bytearray) -> None:
        """One article, in ascending ordinal order: its accented ids (sorted-vocabulary) and word edges."""
        self.ords.append(ord_)
        self._tokens += len(ids)
        if self._tokens > MAX_OFFSET:
            raise ValueError(f"a phrase index file would hold {self._tokens:,} tokens, past 32-bit offsets")
        self.doc_offsets.append(self._tokens)
        self._out["tokens"].write(pack_ids(ids, self.width))
        self._edges += edges
        if len(self._edges) >= _EDGE_CHUNK:
            whole = len(self._edges) & ~3
            self._out["edges"].write(pack_edges(self._edges[:whole]))
            del self._edges[:whole]

    def finish(self) -> None:
        """Write the file: a temporary name, fsync, rename."""
        self._out["edges"].write(pack_edges(self._edges))
        self._edges.clear()
        for f in self._out.values():
            f.close()
        fold_table, acc_table = self.tables[True], self.tables[False]
        acc_vocab_offsets = _offsets(map(len, self.acc_words))
        fold_vocab_offsets = _offsets(map(len, self.fold_words))
        postings = [self._temp["postings"]] if self._postings_first is None else [self._postings_first, self._temp["postings"]]
        data: dict[str, array.array[int] | bytes | Path | list[Path]] = {
            "postings": postings,
            "fold_starts": fold_table[0],
            "fold_second": fold_table[1],
            "fold_head": fold_table[2],
            "fold_offsets": fold_table[3],
            "acc_starts": acc_table[0],
            "acc_second": acc_table[1],
            "acc_head": acc_table[2],
            "acc_offsets": acc_table[3],
            "ords": self.ords,
            "doc_offsets": self.doc_offsets,
            "tokens": self._temp["tokens"],
            "edges": self._temp["edges"],
            "acc_vocab_offsets": acc_vocab_offsets,
            "acc_vocab": b"".join(self.acc_words),
            "fold_vocab_offsets": fold_vocab_offsets,
            "fold_vocab": b"".join(self.fold_words),
            "variant_offsets": self.variant_offsets,
            "variants": self.variants,
            "exact_pairs": self.exact,
        }
        counts = [_count(data[name], code) for name, code in _SECTIONS]
        tmp = self.path.with_suffix(".tmp")
        with open(tmp, "wb") as out:
            out.write(_HEADER.pack(MAGIC, _VERSION, 1 if sys.byteorder == "little" else 0, self.width, *counts))
            for name, _ in _SECTIONS:
                part = data[name]
                if isinstance(part, (Path, list)):
                    for path in [part] if isinstance(part, Path) else part:
                        with open(path, "rb") as src:
                            shutil.copyfileobj(src, out, 1 << 20)
                else:
                    out.write(part.tobytes() if isinstance(part, array.array) else part)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, self.path)

    def cleanup(self) -> None:
        for f in self._out.values():
            f.close()
        for p in self._temp.values():
            p.unlink(missing_ok=True)
        self.path.with_suffix(".tmp").unlink(missing_ok=True)


def _pair_table(
    items: Iterable[_Entry], n_first: int, out: BinaryIO, start: int
) -> tuple[tuple[array.array[int], array.array[int], array.array[int], array.array[int]], int]:
    """Write one table's postings to ``out`` (its bytes numbered from ``start``): the table's four arrays (first
    ids' starts, second ids, heads, posting offsets) and where its postings end."""
    counts = array.array("I", bytes(4 * n_first))
    seconds, heads = array.array("I"), array.array("I")
    offsets = array.array("Q", [start])
    end = start
    sub = operator.sub
    for key, values, head, raw in items:
        counts[key >> 32] += 1
        seconds.append(key & _LOW)
        if values is None:
            heads.append(head)
            if raw:
                out.write(raw)
                end += len(raw)
        elif len(values) == 1:
            heads.append(values[0])
        else:
            gaps = array.array("I", map(sub, values[1:], values))
            w = gap_width(max(gaps))
            heads.append((w - 1) << HEAD_BITS | values[0])
            data = pack_ids(gaps, w)
            out.write(data)
            end += len(data)
        offsets.append(end)
    if end > MAX_OFFSET:
        raise ValueError(f"a phrase index file would hold {end:,} posting bytes, past 32-bit offsets")
    return (_offsets(counts), seconds, heads, array.array("I", offsets)), end


def _count(part: array.array[int] | bytes | Path | list[Path], code: str) -> int:
    """A section's element count for the header: an array's length, a byte string's, or a file's (or files')
    size in elements of ``code``."""
    if isinstance(part, (Path, list)):
        size = sum(p.stat().st_size for p in ([part] if isinstance(part, Path) else part))
        return size // (4 if code == "I" else 1)
    return len(part)


_EDGE_CHUNK = 1 << 20
"""Edge codes gathered before they are packed and written (1 MB: the packing works on big integers)."""


def _offsets(sizes: Iterable[int]) -> array.array[int]:
    """Running offsets (n + 1 of them) as 32-bit values: a file past 4 G entries is refused, not wrapped."""
    out = array.array("Q", accumulate(sizes, initial=0))
    if out[-1] > MAX_OFFSET:
        raise ValueError(f"a phrase index file would hold {out[-1]:,} entries, more than 32-bit offsets reach")
    return array.array("I", out)


def _tagged_keys(fi: int, nfiles: int, f: PhraseIndexFile, folded: bool, table: list[int], lo: int, hi: int) -> list[int]:
    """The file's pairs whose first word is one of its words ``lo``..``hi`` − 1, in key order, as merged-vocabulary
    keys times ``nfiles`` plus the file's number: the merged ids keep the files' order (both sorted by the
    words), so every file's list is sorted and one sort of their concatenation (runs merged at C speed)
    interleaves the files."""
    starts, second, _heads, _offsets = f.tables(folded)
    first = starts[lo]
    seconds = list(map(table.__getitem__, second[first : starts[hi]]))
    out: list[int] = []
    for x in range(lo, hi):
        a, b = starts[x], starts[x + 1]
        if a != b:
            base = (table[x] << 32) * nfiles + fi
            out.extend([base + y * nfiles for y in seconds[a - first : b - first]])
    return out


MERGE_CHUNK = 1 << 18
"""File pairs a merge sorts at once. Each costs ~150 bytes while sorted (a tagged int, a key, a (file, number)
tuple): sorting every file's pairs at once (ebf546c) took the merging process to 1,109 MB for 40,000 articles of
the 150k corpus in 20 files, and to 4.1 GB (its peak RSS) when indexing all 150,704 (75 files), against the
issue's 1.5 GB for the whole build. A chunk holds the pairs of a run of first words: with 262,144 of them the 40k
merge peaks at 291 MB (140 MB anonymous, 148 MB of mapped input pages), and 150,000 articles in 75 files at 837 MB
(300 anonymous, 538 mapped) instead of 3,905, in the same CPU time; the chunk does not grow with the corpus
(``benchmarks/bench_merge.py``, docs/performance.md)."""


def _chunks(files: list[PhraseIndexFile], tables: list[list[int]], folded: bool, size: int) -> Iterator[list[tuple[int, int, int]]]:
    """Runs of merged first words holding about ``size`` file pairs each, as ``(file, lo, hi)``: the file's
    own first words ``lo``..``hi`` − 1 that fall in the run (a file's words map to merged ids in order, so a
    bisect finds them)."""
    held = [0] * (1 + max((t[-1] for t in tables if t), default=-1))
    for f, table in zip(files, tables):
        starts = f.tables(folded)[0]
        for x, n in enumerate(map(operator.sub, starts[1:], starts[:-1])):
            if n:
                held[table[x]] += n
    bounds = [0]
    total = 0
    for x, n in enumerate(held):
        total += n
        if total >= size:
            bounds.append(x + 1)
            total = 0
    if bounds[-1] != len(held):
        bounds.append(len(held))
    for x0, x1 in zip(bounds, bounds[1:]):
        runs = []
        for fi, table in enumerate(tables):
            lo, hi = bisect.bisect_left(table, x0), bisect.bisect_left(table, x1)
            if lo < hi:
                runs.append((fi, lo, hi))
        yield runs


def _merged_pairs(
    files: list[PhraseIndexFile], tables: list[list[int]], folded: bool, dead_ords: set[int]
) -> Iterator[_Entry]:
    """The files' pairs merged in key order. A pair only one file holds, in a file without dead articles
    (at 20k, most pairs), is passed on as stored, not decoded and encoded again: 14.6 → ~7 s. The keys
    are merged by one sort of tagged ints per chunk of first words (``MERGE_CHUNK``) instead of a heap of
    generators, and postings are decoded from the mapped files instead of one read each: 2,000 articles in
    eight files merge in 3.7 s of CPU instead of 4.5, output unchanged."""
    nfiles = len(files)
    clean_files = {fi for fi, f in enumerate(files) if not dead_ords or dead_ords.isdisjoint(f.ords)}
    tables_of = [f.pair_table(folded) for f in files]
    for runs in _chunks(files, tables, folded, MERGE_CHUNK):
        tagged: list[int] = []
        counters = {}
        for fi, lo, hi in runs:
            f = files[fi]
            tagged.extend(_tagged_keys(fi, nfiles, f, folded, tables[fi], lo, hi))
            counters[fi] = itertools.count(f.tables(folded)[0][lo])  # its pair numbers
        tagged.sort()
        keys = [v // nfiles for v in tagged]
        where = [(fi, next(counters[fi])) for fi in [v % nfiles for v in tagged]]  # (file, its pair number)
        del tagged
        n = len(keys)
        j = 0
        while j < n:
            key = keys[j]
            end = j + 1
            while end < n and keys[end] == key:
                end += 1
            entry = _entry(key, where[j:end], files, tables_of, folded, clean_files, dead_ords)
            if entry is not None:
                yield entry
            j = end


def _entry(
    key: int,
    group: list[tuple[int, int]],
    files: list[PhraseIndexFile],
    tables_of: list[tuple[memoryview, memoryview, memoryview]],
    folded: bool,
    clean_files: set[int],
    dead_ords: set[int],
) -> _Entry | None:
    if len(group) == 1:
        fi, i = group[0]
        if fi not in clean_files:
            stored = _stored_values(tables_of[fi], i)
            live = [v for v in stored if v >> 1 not in dead_ords]
            if len(live) < len(stored):
                return (key, live, 0, b"") if live else None
        postings, heads, offsets = tables_of[fi]
        return key, None, heads[i], bytes(postings[offsets[i] : offsets[i + 1]])
    values: list[int] = []
    for fi, i in group:
        values.extend(_stored_values(tables_of[fi], i))
    values.sort()
    if dead_ords:
        values = [v for v in values if v >> 1 not in dead_ords]
    return (key, values, 0, b"") if values else None


def _stored_values(table: tuple[memoryview, memoryview, memoryview], i: int) -> list[int]:
    """Pair ``i``'s posting values, decoded from the file's mapped postings (``PhraseIndexFile.values``
    reads with a system call each, to keep a query's memory small; a merge reads every pair)."""
    postings, heads, offsets = table
    return posting_values(heads[i], postings[offsets[i] : offsets[i + 1]])


APART_MIN_BYTES = 16 << 20
"""Phrase files of at least this many bytes in all have their folded table merged in a second process
(``_TableApart``) while this one merges the accented table and the articles' rows: at 20k articles (10 files,
119 MB) the merge took 13.9 s of one core (folded pairs 6.0 s, accented 7.0 s, rows 0.8 s), the build's last
seconds with the other core idle; apart, 8.9–9.6 s instead of 14.8–16.3 s (in turns, the same file). Below it
(~2,500 articles) starting a Python (~0.3 s) gains little."""


@dataclass(frozen=True)
class _TableFiles:
    """One pair table written by another process: its postings' file and size, its four arrays' files."""

    postings: Path
    posting_bytes: int
    arrays: tuple[Path, Path, Path, Path]


def _apart_paths(target: Path, folded: bool) -> tuple[Path, tuple[Path, Path, Path, Path]]:
    side = "fold" if folded else "acc"
    postings, starts, second, head, offsets = (
        target.with_name(f"{target.name}.{side}-{part}.tmp") for part in ("postings", "starts", "second", "head", "offsets")
    )
    return postings, (starts, second, head, offsets)


def _merged_vocabulary(files: list[PhraseIndexFile], folded: bool) -> tuple[list[bytes], list[list[int]]]:
    """The files' words of one kind, merged and sorted (a word's id is its rank), and each file's table from its own
    ids to the merged ones (both sorted, so each table ascends)."""
    lists = [f.words(folded=folded) for f in files]
    words = sorted(set().union(*lists))
    ids = {w: i for i, w in enumerate(words)}
    return words, [[ids[w] for w in own] for own in lists]


def _merge_table(paths: list[str], target: str, folded: bool, dead_ords: set[int]) -> int:
    """In a second process: merge one table of the files at ``paths`` into the files ``_apart_paths`` names;
    returns its posting bytes. The merged vocabulary's ids are those ``merge`` computes (``_merged_vocabulary``)."""
    files = [PhraseIndexFile(Path(p)) for p in paths]
    try:
        words, tables = _merged_vocabulary(files, folded)
        postings, arrays = _apart_paths(Path(target), folded)
        with open(postings, "wb") as out:
            table, end = _pair_table(_merged_pairs(files, tables, folded, dead_ords), len(words), out, 0)
        for path, values in zip(arrays, table):
            with open(path, "wb") as part:
                values.tofile(part)
        return end
    finally:
        for f in files:
            f.close()


def _table_child(parent: int, conn: Any, paths: list[str], target: str, folded: bool, dead_ords: set[int]) -> None:
    """The second process of a merge (``_TableApart``): one table, then its posting bytes, or its error, sent back."""
    from ..lifeline import die_with_parent

    die_with_parent(parent)
    try:
        conn.send(("done", _merge_table(paths, target, folded, dead_ords)))
    except BaseException as exc:  # the parent raises it: one line for a user, never a traceback
        try:
            conn.send(("error", exc))
        except Exception:  # an error that does not pickle
            conn.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))
    finally:
        conn.close()


class _TableApart:
    """One table of a merge written by a second process (``APART_MIN_BYTES``): started before this process
    merges the other table, collected after. Its files sit beside the target and are removed however the
    merge ends, and the process is stopped if it still runs (an error here, Ctrl-C); one that fails raises its
    error here, one that dies (killed, out of memory) a ``BriefingError``."""

    def __init__(self, paths: list[Path], target: Path, folded: bool, dead_ords: set[int]) -> None:
        from ..lifeline import tracker_started

        tracker_started()
        # spawn, as the workers: a fork of a process with threads (the app's) may hold a lock forever
        ctx = multiprocessing.get_context("spawn")
        self.target, self.folded = target, folded
        self._conn, sender = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(
            target=_table_child, args=(os.getpid(), sender, [str(p) for p in paths], str(target), folded, dead_ords),
            name="briefing-merge", daemon=True,
        )
        self._proc.start()
        sender.close()  # (this end is the child's: once it is gone, a read here ends)

    def result(self) -> _TableFiles:
        from ..errors import BriefingError

        try:
            kind, value = self._conn.recv()
        except EOFError:
            self._proc.join(timeout=5)
            raise BriefingError(
                f"the process merging the phrase index stopped unexpectedly (exit code {self._proc.exitcode}); "
                "the index is unchanged"
            ) from None
        if kind == "error":
            raise value
        postings, arrays = _apart_paths(self.target, self.folded)
        return _TableFiles(postings, value, arrays)

    def cleanup(self) -> None:
        if self._proc.is_alive():
            self._proc.terminate()
        self._proc.join(timeout=10)
        self._conn.close()
        postings, arrays = _apart_paths(self.target, self.folded)
        for p in (postings, *arrays):
            with contextlib.suppress(OSError):  # (never hide the error that ended the merge)
                p.unlink(missing_ok=True)


def _worth_apart(paths: list[Path]) -> bool:
    """Whether a merge of ``paths`` has its folded table merged by a second process: two cores or more, and at
    least ``APART_MIN_BYTES`` of files."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return len(paths) > 1 and cores > 1 and sum(p.stat().st_size for p in paths) >= APART_MIN_BYTES


def merge(paths: list[Path], target: Path, dead_ords: set[int], apart: bool | None = None) -> Path:
    """Merge phrase files into ``target``, dropping the articles in ``dead_ords``.

    The sources are left in place: they belong to the committed generation
    until the new one (whose manifest lists only ``target``) is visible. With ``apart`` (by default when
    ``_worth_apart``) a second process merges the folded table meanwhile; the file is the same.
    """
    pending: _TableApart | None = None
    files: list[PhraseIndexFile] = []
    writer: _Writer | None = None
    try:
        if _worth_apart(paths) if apart is None else apart:
            pending = _TableApart(paths, target, True, dead_ords)
        files = [PhraseIndexFile(p) for p in paths]
        acc_words, acc_tables = _merged_vocabulary(files, folded=False)
        fold_words, fold_tables = _merged_vocabulary(files, folded=True)
        # a pair is exact in the merged file when it was in every source (else some of its postings were
        # not judged)
        exact = set.intersection(*(set(bytes(f.exact_pairs).split(b"\n")) for f in files)) - {b""}
        writer = _Writer(target, acc_words, fold_words, b"\n".join(sorted(exact)))
        if pending is None:
            writer.pairs(True, _merged_pairs(files, fold_tables, True, dead_ords))
        del fold_tables
        writer.pairs(False, _merged_pairs(files, acc_tables, False, dead_ords))
        rows = sorted((f.ords[r], fi, r) for fi, f in enumerate(files) for r in range(len(f.ords)))
        for ord_, fi, r in rows:
            if ord_ in dead_ords:
                continue
            f = files[fi]
            table = acc_tables[fi]
            ids = unpack_ids(f.row_tokens(r), f.width)
            writer.doc(ord_, array.array("I", map(table.__getitem__, ids)), f.row_edges(r))
        if pending is not None:
            writer.folded_apart(pending.result())
        writer.finish()
    finally:
        if writer is not None:
            writer.cleanup()
        for f in files:
            f.close()
        if pending is not None:
            pending.cleanup()
    return target
