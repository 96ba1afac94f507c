"""Provides bulk reads of a Whoosh index: postings, positions, columns, lexicons.

Why: Whoosh's matchers yield one posting at a time through Python generators
(13 ms to list the 15,000 documents holding "người", 39 ms for a top-20 search).
Its W3 codec stores postings in blocks of up to 128 as a pickled tuple of
delta-encoded ids, weights and values; decoding a block at once with
``itertools.accumulate`` is an order of magnitude faster. This module is the
only one that knows that layout (whoosh-reloaded is pinned to 2.7.5, and a test
checks these reads against Whoosh's own matchers).

All docnums returned are global (segment offset added) and exclude deleted
documents.
"""

from __future__ import annotations

import array
import io
import pickle
import struct
import sys
import zlib
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from itertools import accumulate, islice
from typing import Any

from whoosh.codec import whoosh3
from whoosh.reading import TermNotFound
from whoosh.util.numeric import byte_to_length

LENGTH_OF_CODE: tuple[int, ...] = tuple(byte_to_length(i) for i in range(256))
"""The token count each length byte stands for (Whoosh keeps a field's length in one byte)."""
_INT = struct.Struct("!i")
_USHORT = struct.Struct("!H")  # a W3 term key starts with the field number
_LENGTHS = struct.Struct("!ii")  # an ordered hash file record: key length, value length


def leaves(reader: Any) -> list[tuple[Any, int]]:
    """``[(segment_reader, docnum_offset), ...]`` (none for an empty index)."""
    return [(r, offset) for r, offset in reader.leaf_readers() if hasattr(r, "_perdoc")]


def _raw_matcher(segreader: Any, field: str, term: str) -> Any | None:
    try:
        fmt = segreader.schema[field].format
        return segreader._terms.matcher(field, term.encode("utf-8"), fmt)
    except (TermNotFound, KeyError):
        return None


def _blocks(segreader: Any, field: str, term: str, terminfo: Any = None) -> Any:
    """Yield each block's data tuple ``(deltas, weights, values)`` and its posting count.

    The whole posting list is read with one call and its blocks (a big-endian
    length, a pickled info tuple, the possibly compressed pickled data) are
    walked in memory: per-block seeks cost more than the decoding.
    """
    terms = segreader._terms
    if terminfo is None:
        try:
            terminfo = terms.term_info(field, term.encode("utf-8"))
        except (TermNotFound, KeyError):
            return
    if terminfo.is_inlined():  # never written by briefing-tui; read the slow way
        m = _raw_matcher(segreader, field, term)
        while m is not None and m.is_active():
            m._read_data()
            yield m._data, m._blocklength
            m._next_block()
        return
    offset, length = _extent(terminfo)
    yield from _parse_blocks(terms._postfile.get(offset, length), field, term)


def _extent(terminfo: Any) -> tuple[int, int]:
    offset, length = terminfo.extent()
    if isinstance(length, tuple):  # whoosh-reloaded 2.7.5 decodes it as a 1-tuple
        length = length[0]
    return offset, length


def _parse_blocks(buf: bytes, field: str, term: str) -> Any:
    """Yield each block's data tuple ``(deltas, weights, values)`` and its posting count: the walk
    of :func:`_block_spans`, decoding every block (a reader that wants a few documents decodes fewer)."""
    for _last_id, count, start, end, compressed in _block_spans(buf, field, term):
        yield _decode_block(buf, start, end, compressed), count


def _decode_block(buf: bytes, start: int, end: int, compressed: bool) -> Any:
    """One block's data tuple, from the span :func:`_block_spans` gave for it."""
    data = buf[start:end]
    return pickle.loads(zlib.decompress(data) if compressed else data)


def _block_weights(w: Any, length: int) -> list[float]:
    """A block's weights as W3 minifies them: None (all 1.0), one float (all equal) or a tuple (of ints
    where they are counts: ``writing._CountsWriter``)."""
    if w is None:
        return [1.0] * length
    if isinstance(w, float):
        return [w] * length
    return list(w)


def _block_spans(buf: bytes, field: str, term: str) -> Any:
    """Yield each block's ``(last id, posting count, data start, data end, compressed)`` without decoding its data:
    the info tuple before each block names its last id, so a reader looking for a few documents
    decodes only the blocks that can hold them."""
    if buf[:4] != whoosh3.WHOOSH3_HEADER_MAGIC:
        raise ValueError(f"unexpected posting block header for {field}:{term}")
    view = io.BytesIO(buf)
    pos = 4
    while pos < len(buf):
        (size,) = _INT.unpack_from(buf, pos)
        last = size < 0
        size = abs(size)
        view.seek(pos + 4)
        info = pickle.load(view)
        yield info[1], info[0], view.tell(), pos + 4 + size, info[3]
        pos += 4 + size
        if last:
            break


def read_postings_among(
    reader: Any, field: str, term: str, wanted: Sequence[int]
) -> tuple[list[int], list[float], int, bool]:
    """``(docnums, weights, live count, whole)``: the live docnums holding ``term`` — every one of
    ``wanted`` (live global docnums, ascending) that does, and maybe others — with their weights, how
    many live documents hold ``term`` in all, and whether the list is the whole posting list.

    Why: scoring needs a term's frequency only in the documents a query matched,
    and its document count for the IDF. "chuyen doi so" matches 53 articles; "so"
    has 15,000 postings in ~120 blocks: this decodes only the blocks that can hold
    one of the 53 (each block's info names its last id; the count is in the
    term's header). A segment where the wanted documents are a quarter of the
    term's postings or more is decoded whole, as is one with deletions (its live
    count needs every posting).
    """
    ids: list[int] = []
    wts: list[float] = []
    live = 0
    whole = True
    for segreader, offset in leaves(reader):
        try:
            terms = segreader._terms
            terminfo = terms.term_info(field, term.encode("utf-8"))
        except (TermNotFound, KeyError):
            continue
        lo = bisect_left(wanted, offset)
        hi = bisect_left(wanted, offset + segreader.doc_count_all())
        deleted = segreader.has_deletions()
        if deleted or terminfo.is_inlined() or (hi - lo) * 4 >= terminfo.doc_frequency():
            before = len(ids)
            _segment_postings(segreader, offset, field, term, ids, wts, terminfo)
            live += len(ids) - before
            continue
        live += terminfo.doc_frequency()
        if lo == hi:
            whole = False
            continue
        local = [d - offset for d in wanted[lo:hi]]
        buf = terms._postfile.get(*_extent(terminfo))
        first = 0
        for last_id, _count, start, end, compressed in _block_spans(buf, field, term):
            k = bisect_right(local, last_id, first)
            if k == first:
                continue
            block = _decode_block(buf, start, end, compressed)
            block_ids = list(accumulate(block[0]))
            block_w = _block_weights(block[1], len(block_ids))
            n = len(block_ids)
            for d in local[first:k]:
                i = bisect_left(block_ids, d)
                if i < n and block_ids[i] == d:
                    ids.append(d + offset)
                    wts.append(block_w[i])
            first = k
            if first == len(local):
                break
        whole = False
    return ids, wts, live, whole


def read_postings(reader: Any, field: str, term: str, weights: bool = True) -> tuple[list[int], list[float]]:
    """All live docnums holding ``term`` in ``field`` (ascending), and their weights (term frequency)."""
    ids: list[int] = []
    wts: list[float] = []
    for segreader, offset in leaves(reader):
        _segment_postings(segreader, offset, field, term, ids, wts if weights else None)
    return ids, wts


def _segment_postings(
    segreader: Any, offset: int, field: str, term: str, ids: list[int], wts: list[float] | None, terminfo: Any = None
) -> None:
    """Append one segment's live postings of ``term`` (global docnums) to ``ids`` and ``wts``."""
    deleted = segreader.deleted_docs_set if segreader.has_deletions() else None
    for data, length in _blocks(segreader, field, term, terminfo):
        if not deleted:
            # the running sum starts at the segment's offset: global docnums at C speed (adding the offset in a
            # list comprehension per block was 0.32 of the 6.9 s the twelve slowest warm queries took at 150k)
            ids.extend(islice(accumulate(data[0], initial=offset), 1, None))
            if wts is not None:
                wts.extend(_block_weights(data[1], length))
            continue
        block_ids = list(accumulate(data[0]))
        block_w = _block_weights(data[1], length) if wts is not None else []
        keep = [i for i, d in enumerate(block_ids) if d not in deleted]
        ids.extend(block_ids[i] + offset for i in keep)
        if wts is not None:
            wts.extend(block_w[i] for i in keep)


def _field_terminfos(segreader: Any, field: str) -> list[tuple[str, Any]]:
    """Every ``(term, terminfo)`` of ``field`` in one segment, from one read of its term file."""
    return [(term, whoosh3.W3TermInfo.from_bytes(buf[a:b])) for term, buf, a, b in _field_records(segreader, field)]


def _field_records(segreader: Any, field: str) -> Iterator[tuple[str, bytes, int, int]]:
    """Every term of ``field`` in one segment with where its terminfo lies (``buf[a:b]``), from one read of its
    term file.

    The W3 term file is an ordered hash file whose records (lengths, key, value)
    are stored in key order, and a key starts with the field's number: a field's
    terms are one contiguous run. Looking each term up through the hash costs
    ~0.1 ms; this walks the run in memory.
    """
    terms = segreader._terms
    fnum = terms._fieldmap.get(field)
    if fnum is None:
        return
    tindex = terms._tindex
    prefix = _USHORT.pack(fnum)
    start = tindex.closest_key_pos(prefix)
    if start is None:
        return
    end = tindex.closest_key_pos(_USHORT.pack(fnum + 1)) if fnum + 1 < 65535 else None
    end = tindex.endofdata if end is None else end
    buf = tindex.dbfile.get(start, end - start)
    pos, size = 0, _LENGTHS.size
    while pos + size <= len(buf):
        keylen, datalen = _LENGTHS.unpack_from(buf, pos)
        key = buf[pos + size : pos + size + keylen]
        if key[:2] != prefix:
            break
        a = pos + size + keylen
        yield key[2:].decode("utf-8"), buf, a, a + datalen
        pos = a + datalen


_DOC_FREQUENCY = struct.Struct("!I")
_DOC_FREQUENCY_AT = 5
"""Where a W3 terminfo keeps its document frequency: after its flags (B) and total weight (f), in
``whoosh3.W3TermInfo._struct`` (``!BfIBBfII``)."""


def term_counts(reader: Any, field: str) -> dict[str, int]:
    """Every term of ``field`` with how many documents hold it as Whoosh counts them (deleted ones included
    until a merge), from the term files alone: no posting is read, and of each terminfo only its document
    frequency (decoding whole terminfos was 0.7 of the column file's 3.7 s at 20k: 186,000 of them)."""
    out: dict[str, int] = {}
    unpack, at = _DOC_FREQUENCY.unpack_from, _DOC_FREQUENCY_AT
    for segreader, _offset in leaves(reader):
        for term, buf, a, _b in _field_records(segreader, field):
            out[term] = out.get(term, 0) + unpack(buf, a + at)[0]
    return out


def read_field(reader: Any, field: str) -> dict[str, list[int]]:
    """Every term of ``field`` with its live docnums (ascending): a facet field in bulk.

    Per segment: one read for the field's terms and one for their postings
    (written contiguously, in term order), then decoding in memory.
    """
    out: dict[str, list[int]] = {}
    for segreader, offset in leaves(reader):
        infos = _field_terminfos(segreader, field)
        if not infos:
            continue
        deleted = segreader.deleted_docs_set if segreader.has_deletions() else None
        local: dict[str, list[int]] = {}
        extents = []
        for term, info in infos:
            if info.is_inlined():  # never written by briefing-tui's writer; read the slow way
                local[term] = list(segreader.postings(field, term).all_ids())
            else:
                extents.append((term, *_extent(info)))
        if extents:
            lo = min(o for _, o, _ in extents)
            hi = max(o + n for _, o, n in extents)
            postings = segreader._terms._postfile.get(lo, hi - lo)
            for term, o, n in extents:
                docs: list[int] = []
                for data, _length in _parse_blocks(postings[o - lo : o - lo + n], field, term):
                    docs.extend(accumulate(data[0]))
                local[term] = docs
        for term, docs in local.items():
            live = [d + offset for d in docs if not deleted or d not in deleted]
            if live:
                out.setdefault(term, []).extend(live)
    return out


def doc_frequency(reader: Any, field: str, term: str) -> int:
    """Document frequency as Whoosh records it (deleted documents included until merged)."""
    return int(reader.doc_frequency(field, term))


def _fixed_column_bytes(segreader: Any, field: str, column: Any) -> tuple[bytes, int]:
    perdoc = segreader._perdoc
    if not perdoc.has_column(field):
        return b"", 0
    creader = perdoc.column_reader(field, column)
    count = creader._count
    width = creader._fixedlen
    data = bytes(creader._dbfile.get(creader._basepos, count * width)) if count else b""
    return data, count


def read_numeric_column(reader: Any, field: str, typecode: str = "I") -> list[int]:
    """A fixed-width numeric column for every docnum (deleted ones included, as 0 if absent)."""
    from whoosh import columns

    column = columns.NumericColumn(typecode)
    out: list[int] = []
    for segreader, _offset in leaves(reader):
        data, count = _fixed_column_bytes(segreader, field, column)
        values = array.array(typecode)
        values.frombytes(data)
        if sys.byteorder == "little":
            values.byteswap()  # Whoosh writes them big-endian ("!" struct format)
        seg = values.tolist()
        seg.extend([0] * (segreader.doc_count_all() - count))
        out.extend(seg)
    return out




def read_length_codes(reader: Any, field: str) -> bytes:
    """Each docnum's length byte in ``field`` (0 where absent): what BM25's normalisation needs, at one
    byte a document (``LENGTH_OF_CODE`` decodes it), read with no per-document work."""
    out = bytearray()
    for segreader, _offset in leaves(reader):
        data, count = _fixed_column_bytes(segreader, whoosh3._lenfield(field), whoosh3.LENGTHS_COLUMN)
        out += data
        out += bytes(segreader.doc_count_all() - count)
    return bytes(out)


class _VarBytes:
    """One segment's variable-length column read from Whoosh's ``VarBytesColumn`` layout: the values
    back to back, then their lengths as an array and its typecode byte; a column of more than 2**15
    rows also stores the offsets, their typecode and ``X``. Whoosh's own reader derives every
    offset in a Python loop when it opens a column (~1 ms per 6,000 documents: 24 ms of a cold
    search at 150,000 articles, whose 20 hits open 17 segments' columns); here the lengths are one
    array read, and the offsets are summed from them at C speed when a first value is read (~0.1 ms)."""

    def __init__(self, dbfile: Any, basepos: int, length: int, doccount: int) -> None:
        self._dbfile = dbfile
        self._basepos = basepos
        last = basepos + length - 1
        code = chr(dbfile.get_byte(last)) if length else "B"
        offsets = None
        if code == "X":
            code, offsets_code = chr(dbfile.get_byte(last - 2)), chr(dbfile.get_byte(last - 1))
            last -= 2 + doccount * struct.calcsize(offsets_code)
            offsets = dbfile.get_array(last, offsets_code, doccount)
        self._lengths = dbfile.get_array(last - struct.calcsize(code) * doccount, code, doccount) if length else []
        self._offsets = offsets

    def __getitem__(self, docnum: int) -> bytes:
        size = self._lengths[docnum]
        if not size:
            return b""
        if self._offsets is None:  # on the first value read: ~0.1 ms per 6,000 rows
            self._offsets = array.array("q", accumulate(self._lengths, initial=0))
        return bytes(self._dbfile.get(self._basepos + self._offsets[docnum], size))

    def values(self) -> list[bytes]:
        """Every row's value, read in one piece and cut at C speed."""
        total = sum(self._lengths)
        data = bytes(self._dbfile.get(self._basepos, total)) if total else b""
        ends = list(accumulate(self._lengths))
        return list(map(data.__getitem__, map(slice, [0, *ends[:-1]], ends)))


def _varbytes_column(segreader: Any, field: str) -> _VarBytes | None:
    """One segment's reader of a variable-length column, or None where the segment has none."""
    perdoc = segreader._perdoc
    if not perdoc.has_column(field):
        return None
    if field not in perdoc._colfiles:  # where Whoosh keeps the files it opens, to close them with the reader
        perdoc._colfiles[field] = perdoc._get_column_file(field)
    dbfile, offset, length = perdoc._colfiles[field]
    return _VarBytes(dbfile, offset, length, perdoc._doccount)


def read_varbytes_column(reader: Any, field: str) -> list[bytes]:
    """A variable-length column for every docnum (b"" where absent)."""
    out: list[bytes] = []
    for segreader, _offset in leaves(reader):
        n = segreader.doc_count_all()
        creader = _varbytes_column(segreader, field)
        out.extend([b""] * n if creader is None else creader.values())
    return out


class VarBytesReader:
    """One document's value of a variable-length column, by global docnum (each segment's column
    opened on first use)."""

    def __init__(self, reader: Any, field: str) -> None:
        self._field = field
        self._leaves = leaves(reader)
        self._starts = [offset for _r, offset in self._leaves]
        self._open: dict[int, _VarBytes | None] = {}  # segment number → its column (None: no such column)

    def __getitem__(self, docnum: int) -> bytes:
        i = bisect_right(self._starts, docnum) - 1
        if i not in self._open:
            self._open[i] = _varbytes_column(self._leaves[i][0], self._field)
        creader = self._open[i]
        return b"" if creader is None else creader[docnum - self._starts[i]]


def deleted_docnums(reader: Any) -> set[int]:
    out: set[int] = set()
    for segreader, offset in leaves(reader):
        if segreader.has_deletions():
            out.update(d + offset for d in segreader.deleted_docs_set)
    return out


def lexicon(reader: Any, field: str) -> list[str]:
    """Every term of ``field`` (terms of deleted documents may remain until a merge)."""
    if field not in reader.schema:
        return []
    return [t.decode("utf-8") if isinstance(t, bytes) else t for t in reader.lexicon(field)]


def latest_generation(storage: Any) -> int:
    """The newest table of contents in a Whoosh folder (-1: none), read without opening the index."""
    from whoosh.index import TOC

    latest: int = TOC._latest_generation(storage, "MAIN")
    return latest
