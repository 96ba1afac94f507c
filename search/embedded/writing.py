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
import functools
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from whoosh.codec.whoosh3 import W3Codec, W3FieldWriter, W3PostingsWriter


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
    def field_writer(self, storage: Any, segment: Any) -> Any:
        return _FieldWriter(self, storage, segment)

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
    """Drop-in for ``whoosh.writing.PostingPool`` that never spills to disk and keeps no posting
    values (none of the schema's formats has any: ``schema.Counts`` and ``Existence``)."""

    def __init__(self) -> None:
        self._terms: dict[tuple[str, bytes], tuple[array.array[int], array.array[float]]] = {}
        self.fieldnames: set[str] = set()
        self.postings = 0

    def add(self, item: tuple[str, bytes, int, float, bytes | None]) -> None:
        """One posting (Whoosh's merge of small segments adds them so)."""
        fieldname, tbytes, docnum, weight, vbytes = item
        if vbytes:
            raise ValueError(f"the compact posting pool keeps no values, and field {fieldname!r} gave one")
        self.add_terms(fieldname, docnum, [tbytes], [weight])

    def add_terms(self, fieldname: str, docnum: int, terms: list[bytes], weights: list[float] | list[int]) -> None:
        """One document's postings of one field, without a tuple and a call per posting (the ~500
        postings of an average article: 0.4 of Whoosh's 1.35 ms to add it)."""
        table = self._terms
        get = table.get
        for tbytes, weight in zip(terms, weights):
            entry = get((fieldname, tbytes))
            if entry is None:
                entry = table[fieldname, tbytes] = (array.array("I"), array.array("d"))
            entry[0].append(docnum)
            entry[1].append(weight)
        if terms:
            self.fieldnames.add(fieldname)
        self.postings += len(terms)

    def iter_postings(self) -> TermRuns:
        return TermRuns(self._terms)

    def save(self) -> None:
        """Nothing to spill."""

    def cleanup(self) -> None:
        self._terms.clear()


class TermRuns:
    """The pool's postings in term order, one term's docnums and weights at a time
    (``_FieldWriter.add_postings`` writes them block by block). Iterating it gives Whoosh's
    posting tuples instead, for any other reader of a pool."""

    def __init__(self, terms: dict[tuple[str, bytes], tuple[array.array[int], array.array[float]]]) -> None:
        self._terms = terms

    def runs(self) -> Iterator[tuple[str, bytes, array.array[int], array.array[float]]]:
        for key in sorted(self._terms):
            fieldname, tbytes = key
            ids, weights = self._terms[key]
            if any(b < a for a, b in zip(ids, ids[1:])):  # a merged segment's docnums after new ones
                order = sorted(range(len(ids)), key=ids.__getitem__)
                ids = array.array("I", (ids[i] for i in order))
                weights = array.array("d", (weights[i] for i in order))
            yield fieldname, tbytes, ids, weights

    def __iter__(self) -> Iterator[tuple[str, bytes, int, float, bytes | None]]:
        for fieldname, tbytes, ids, weights in self.runs():
            for docnum, weight in zip(ids, weights):
                yield fieldname, tbytes, docnum, weight, None


class _FieldWriter(W3FieldWriter):  # type: ignore[misc]  # whoosh is untyped
    """Writes the compact pool's terms a block at a time: Whoosh's ``add_postings`` makes four
    calls per posting (1.2 of its 1.9 ms an article, profiled on 2,000 corpus articles)."""

    def add_postings(self, schema: Any, lengths: Any, items: Any) -> None:
        if not isinstance(items, TermRuns) or lengths is not None:
            super().add_postings(schema, lengths, items)
            return
        field = None
        for fieldname, tbytes, ids, weights in items.runs():
            if fieldname != field:
                if field is not None:
                    self.finish_field()
                self.start_field(fieldname, schema[fieldname])
                field = fieldname
            self.start_term(tbytes)
            _fill_blocks(self._postwriter, ids, weights)
            self.finish_term()
        if field is not None:
            self.finish_field()


def _fill_blocks(writer: Any, ids: array.array[int], weights: array.array[float]) -> None:
    """One term's postings into ``writer``'s blocks, as ``add_posting`` one by one would leave them:
    every full block written but the last, which ``finish_postings`` writes or inlines."""
    limit = writer._blocklimit
    for start in range(0, len(ids), limit):
        if start:
            writer._write_block()
        block = weights[start : start + limit]
        writer._ids = ids[start : start + limit]
        writer._weights = array.array("f", block)
        top = max(block)
        writer._maxweight = int(top) if top.is_integer() else top  # counts: as add_posting keeps them


def segment_writer(ix: Any, lock: bool, timeout: float = 0.0) -> Any:
    """A Whoosh ``SegmentWriter`` with the compact pool, the fast codec and the bulk adder."""
    writer = _segment_writer_class()(ix, _lk=lock, timeout=timeout, codec=fast_codec())
    writer.pool.cleanup()
    writer.pool = CompactPool()
    return writer


@functools.cache
def _segment_writer_class() -> type:
    """The writer class, made on first use: ``whoosh.writing`` is imported by a run that writes, never by
    a search (a snapshot imports this module for ``segment_ids`` only)."""
    from whoosh.writing import SegmentWriter

    class _SegmentWriter(SegmentWriter):  # type: ignore[misc]  # whoosh is untyped
        def add_document(self, **fields: Any) -> None:
            """Whoosh's ``add_document`` for this schema (no boosts, spelling or vectors), giving a
            field's postings to the pool in one call when the field can list them
            (``schema.TermsField.postings``) instead of a tuple and a call per posting."""
            self._check_state()
            perdoc, schema, docnum, pool = self.perdocwriter, self.schema, self.docnum, self.pool
            names = sorted(name for name in fields if not name.startswith("_"))
            self._check_fields(schema, names)
            perdoc.start_doc(docnum)
            try:
                for name in names:
                    value = fields[name]
                    if value is None:
                        continue
                    field = schema[name]
                    length = 0
                    if field.indexed:
                        listed = field.postings(value) if hasattr(field, "postings") else None
                        if listed is not None:
                            pool.add_terms(name, docnum, *listed)
                            if field.scorable:
                                length = sum(listed[1])
                        else:
                            for tbytes, freq, weight, vbytes in field.index(value):
                                length += freq if field.scorable else 0
                                pool.add((name, tbytes, docnum, weight, vbytes))
                    perdoc.add_field(name, field, value if field.stored else None, length)
                    if field.column_type:
                        perdoc.add_column_value(name, field.column_type, field.to_column_value(value))
            except Exception:
                perdoc.cancel_doc()
                raise
            perdoc.finish_doc()
            self._added = True
            self.docnum += 1

    return _SegmentWriter


def finish_segments(writer: Any, segments: list[Any]) -> list[Any]:
    """The segments of the new generation: the old ones (small ones merged, as Whoosh does; one whose every
    document is deleted left out), the workers' ``segments`` and the writer's own, finalised on disk but not
    yet visible.

    Why leave the dead out: Whoosh's small-segment merge keeps a large segment however many of its documents
    are deleted, so a run that updates every article (a new pipeline version re-extracts them all) kept all
    the old segments beside the new ones: the 20k index went from 168 to 334 MB and every search read eight
    segments instead of four."""
    final: list[Any] = [seg for seg in writer._merge_segments(None, None, None) if not _all_deleted(seg)]
    final.extend(segments)
    own = flush(writer)
    if own is not None:
        final.append(own)
    else:
        writer._close_segment()
    return final


def _all_deleted(segment: Any) -> bool:
    count = segment.doc_count_all()
    return bool(count > 0 and segment.deleted_count() >= count)


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
