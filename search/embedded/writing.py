"""Provides Whoosh segment writing: a compact posting pool, codec settings, and the commit steps.

The commit is taken apart so that a manifest can seal the new segments before
the table of contents makes them visible (``finish_segments``, ``commit``), and
so that worker processes write segments the parent commits at once
(``flush``). These are Whoosh's private writer steps (pinned whoosh-reloaded
2.7.5); this module is the only place that calls them.

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
import contextlib
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from whoosh.codec.whoosh3 import W3Codec, W3PostingsWriter


class _CountsWriter(W3PostingsWriter):  # type: ignore[misc]  # whoosh is untyped
    """Writes a block's weights as ints when they are counts (term frequencies, always here): W3 pickles
    each weight as a 9-byte float, a small int takes 2; after zlib the 3k slice's text postings are 21%
    smaller (6.37 → 5.06 MB). Whoosh's readers and ``reads.py`` take ints where floats were."""

    def add_posting(self, id_: int, weight: float, vbytes: bytes | None, length: int | None = None) -> None:
        # a merge passes the ``None`` values Whoosh reads back for a format without values (schema.Counts);
        # a count given as an int keeps the block's maximum weight an int too (its info tuple 7 bytes less)
        count = int(weight)
        super().add_posting(id_, count if count == weight else weight, vbytes or b"", length)

    def _mini_weights(self) -> Any:
        weights = self._weights
        if all(w == 1.0 for w in weights):
            return None
        counts = [int(w) for w in weights]
        if any(c != w for c, w in zip(counts, weights)):
            return super()._mini_weights()
        if counts.count(counts[0]) == len(counts):
            return float(counts[0])  # one number for the block: Whoosh's reader takes only a float there
        return tuple(counts)


class _Codec(W3Codec):  # type: ignore[misc]  # whoosh is untyped
    def postings_writer(self, dbfile: Any, byteids: bool = False) -> Any:
        return _CountsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )


def fast_codec() -> W3Codec:
    codec = _Codec(compression=6)  # zlib level 6: 3.5% smaller than level 1 for ~0.03 ms an article
    codec.length_stats = False  # no per-posting length lookups while writing
    return codec


class CompactPool:
    """Drop-in for ``whoosh.writing.PostingPool`` that never spills to disk."""

    def __init__(self) -> None:
        self._terms: dict[tuple[str, bytes], tuple[array.array[int], array.array[float], list[bytes | None]]] = {}
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


def finish_segments(writer: Any, segments: list[Any]) -> list[Any]:
    """The segments of the new generation: the old ones (small ones merged, as Whoosh does), the
    workers' ``segments`` and the writer's own, finalised on disk but not yet visible."""
    final: list[Any] = writer._merge_segments(None, None, None)
    final.extend(segments)
    own = flush(writer)
    if own is not None:
        final.append(own)
    else:
        writer._close_segment()
    return final


def flush(writer: Any) -> Any | None:
    """Write the documents added so far as a segment (None when there were none); a worker's
    writer is flushed every few thousand articles to bound its memory."""
    if not writer._added:
        return None
    return writer._finalize_segment()  # not _finish(): the parent owns the shared temp folder


def close_unused(writer: Any) -> None:
    """A worker's writer that added nothing since its last flush."""
    if not writer._added:
        writer._close_segment()


def segment_files(ix: Any, segments: list[Any]) -> list[str]:
    """The file names (in the Whoosh folder) of ``segments``."""
    ids = [seg.segment_id() + "." for seg in segments]
    return [name for name in ix.storage.list() if name.startswith(tuple(ids))]


def commit(writer: Any, segments: list[Any]) -> None:
    """Write the table of contents listing ``segments``: the new generation becomes visible (one
    rename), and files no generation lists any more are deleted."""
    writer._commit_toc(segments)


def finish(writer: Any) -> None:
    """Release the writer's temporary folder and the lock after a commit."""
    writer._finish()


def abandon(writer: Any) -> None:
    """Cancel a writer after a failure; Whoosh can keep its lock when commit() fails, so release it."""
    with contextlib.suppress(Exception):
        if not writer.is_closed:
            writer.cancel()
    lock = getattr(writer, "writelock", None)
    if lock is not None:
        with contextlib.suppress(Exception):
            lock.release()


def discard_leftovers(ix: Any, whoosh_dir: Path) -> None:
    """Segments no table of contents lists and the temporary folder of a run that never committed
    (a kill, a full disk: 19 MB of them made every later run fail too)."""
    from whoosh.index import clean_files

    clean_files(ix.storage, "MAIN", ix.latest_generation(), ix._segments())
    shutil.rmtree(whoosh_dir / "MAIN.tmp", ignore_errors=True)


def segments_reader(ix: Any, segments: list[Any]) -> Any:
    """A reader over ``segments`` (a generation finalised on disk but not yet committed), for the
    column file written before the commit; the caller closes it."""
    from whoosh.reading import MultiReader, SegmentReader

    return MultiReader([SegmentReader(ix.storage, ix.schema, seg) for seg in segments])


def segment_ids(ix: Any) -> set[str]:
    """The segments the current table of contents lists."""
    return {seg.segment_id() for seg in ix._segments()}
