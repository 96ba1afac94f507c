"""Provides a compact posting pool and codec settings for Whoosh segment writers.

Whoosh's ``PostingPool`` keeps one 5-tuple per posting and, past its memory
limit, pickles every posting to run files and merges them back: profiled on
the corpus that was a quarter of indexing time. ``CompactPool`` keeps, per
(field, term), an array of docnums, an array of weights and the value bytes
(frequency values are interned), and sorts only the terms at flush time. The
codec skips per-block length statistics, which only Whoosh's own scorer reads
(briefing-tui scores with its own BM25 over bulk-read lengths).
"""

from __future__ import annotations

import array
from collections.abc import Iterator
from typing import Any

from whoosh.codec.whoosh3 import W3Codec


def fast_codec() -> W3Codec:
    codec = W3Codec(compression=1)  # zlib level 1: a quarter of level 3's time, a few % larger
    codec.length_stats = False  # no per-posting length lookups while writing
    return codec


class CompactPool:
    """Drop-in for ``whoosh.writing.PostingPool`` that never spills to disk."""

    def __init__(self) -> None:
        self._terms: dict[tuple[str, bytes], tuple[array.array, array.array, list[bytes | None]]] = {}
        self._values: dict[bytes, bytes] = {}
        self.fieldnames: set[str] = set()
        self.postings = 0

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        fieldname, tbytes, docnum, weight, vbytes = item
        key = (fieldname, tbytes)
        entry = self._terms.get(key)
        if entry is None:
            entry = self._terms[key] = (array.array("I"), array.array("d"), [])
            self.fieldnames.add(fieldname)
        entry[0].append(docnum)
        entry[1].append(weight)
        if vbytes is not None and len(vbytes) <= 5:  # frequencies and existence: a handful of distinct values
            vbytes = self._values.setdefault(vbytes, vbytes)
        entry[2].append(vbytes)
        self.postings += 1

    def iter_postings(self) -> Iterator[tuple[str, bytes, int, float, bytes | None]]:
        for key in sorted(self._terms):
            fieldname, tbytes = key
            ids, weights, values = self._terms[key]
            if any(b < a for a, b in zip(ids, ids[1:])):
                order = sorted(range(len(ids)), key=ids.__getitem__)
                ids = array.array("I", (ids[i] for i in order))
                weights = array.array("d", (weights[i] for i in order))
                values = [values[i] for i in order]
            for docnum, weight, value in zip(ids, weights, values):
                yield fieldname, tbytes, docnum, weight, value

    def save(self) -> None:
        """Nothing to spill."""

    def cleanup(self) -> None:
        self._terms.clear()
        self._values.clear()


def segment_writer(ix: Any, lock: bool, timeout: float = 0.0) -> Any:
    """A Whoosh ``SegmentWriter`` with the compact pool and the fast codec."""
    from whoosh.writing import SegmentWriter

    writer = SegmentWriter(ix, _lk=lock, timeout=timeout, codec=fast_codec())
    writer.pool.cleanup()
    writer.pool = CompactPool()
    return writer
