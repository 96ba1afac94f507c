"""Provides writing the phrase index: collecting an indexing run's pairs and token sequences, and merging files.

The file format (sections, header) is defined in ``phrases.py``, which reads
it; this module writes it, atomically (a temporary file, fsync, rename).
"""

from __future__ import annotations

import array
import heapq
import os
import sys
from collections.abc import Iterable, Iterator
from itertools import accumulate
from pathlib import Path

from .phrases import _HEADER, _SECTIONS, _VERSION, CLEAN, MAGIC, MAX_OFFSET, ORD_MASK, PhraseIndexFile, pair_key


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

    def sections(self) -> tuple[array.array[int], bytes, array.array[int]]:
        words = [w.encode("utf-8") for w in self.ids]  # dicts keep insertion (= id) order
        offsets = _offsets(map(len, words))
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

        A pair's posting carries ``CLEAN`` when the article has an occurrence of it with both outer
        edges closed: a two-syllable phrase search then knows those articles hold it as a word."""
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
        for key, is_clean in keys.items():
            value = ord_ | CLEAN if is_clean else ord_
            held = postings.get(key)
            if held is None:
                postings[key] = value
            elif isinstance(held, int):
                postings[key] = array.array("I", (held, value))
            else:
                held.append(value)

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
        lists = [array.array("I", (held,)) if isinstance(held, int) else held for _, held in named]
        del named
        _write(
            path,
            encoded,
            lists,
            self._ords,
            self._doc_offsets,
            self._acc,
            self._edges,
            self._acc_vocab,
            self._fold_vocab,
        )


def _offsets(sizes: Iterable[int]) -> array.array[int]:
    """Running offsets (n + 1 of them) as 32-bit values: a file past 4 G entries is refused, not wrapped."""
    out = array.array("Q", accumulate(sizes, initial=0))
    if out[-1] > MAX_OFFSET:
        raise ValueError(f"a phrase index file would hold {out[-1]:,} entries, more than 32-bit offsets reach")
    return array.array("I", out)


def _write(
    path: Path,
    keys: list[bytes],
    lists: list[array.array[int]],
    ords: array.array[int],
    doc_offsets: array.array[int],
    acc_tokens: array.array[int],
    edges: bytes | bytearray,
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
    data: dict[str, array.array[int] | bytes] = {
        "postings": postings,
        "pair_offsets": _offsets(map(len, lists)),
        "pair_key_offsets": _offsets(map(len, keys)),
        "pair_keys": b"".join(keys),
        "ords": ords,
        "doc_offsets": doc_offsets,
        "acc_tokens": acc_tokens,
        "edges": bytes(edges),
        "acc_vocab_offsets": acc_vocab[0],
        "acc_vocab": acc_vocab[1],
        "acc_sorted": acc_vocab[2],
        "fold_vocab_offsets": fold_vocab[0],
        "fold_vocab": fold_vocab[1],
        "fold_sorted": fold_vocab[2],
        "variant_offsets": _offsets(counts),
        "variants": array.array("I", by_fold),
    }
    counts = [len(data[name]) for name, _ in _SECTIONS]
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as out:
        out.write(_HEADER.pack(MAGIC, _VERSION, 1 if sys.byteorder == "little" else 0, *counts))
        for name, _ in _SECTIONS:
            part = data[name]
            out.write(part.tobytes() if isinstance(part, array.array) else part)
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)


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
        doc_offsets = array.array("I", [0])
        acc_tokens = array.array("I")
        edges = bytearray()
        for ord_, fi, r in rows:
            if ord_ in dead_ords:
                continue
            f = files[fi]
            lo, hi = f.doc_offsets[r], f.doc_offsets[r + 1]
            acc_tokens.extend(map(acc_tables[fi].__getitem__, f.acc_tokens[lo:hi]))
            edges += f.edges[lo:hi]
            ords.append(ord_)
            doc_offsets.append(len(acc_tokens))
        keys: list[bytes] = []
        lists: list[array.array[int]] = []
        for key, fi, i in heapq.merge(*(_keys_of(fi, f) for fi, f in enumerate(files))):
            f = files[fi]
            live = array.array(
                "I", (o for o in f.postings[f.pair_offsets[i] : f.pair_offsets[i + 1]] if o & ORD_MASK not in dead_ords)
            )
            if keys and keys[-1] == key:
                lists[-1].extend(live)
            elif live:
                keys.append(key)
                lists.append(live)
        _write(target, keys, lists, ords, doc_offsets, acc_tokens, edges, acc_vocab, fold_vocab)
    finally:
        for f in files:
            f.close()
    return target


