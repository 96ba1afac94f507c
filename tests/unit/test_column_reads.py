"""Our reader of Whoosh's variable-length columns (``reads._VarBytes``) against Whoosh's own.

Stored articles, ids, hashes and sketches are read through it; it skips the Python loop Whoosh runs
over every row when it opens a column, so it must give the same bytes for every row, in both of
the layouts Whoosh writes (offsets derived from the lengths, or stored past a row-count cutoff)."""

from __future__ import annotations

import io

import pytest
from whoosh.columns import VarBytesColumn
from whoosh.filedb.structfile import BufferFile, StructFile

from briefing_tui.search.embedded.reads import _VarBytes

ROWS = {0: b"first", 1: b"", 2: "Hà Nội".encode(), 5: b"x" * 300, 9: b"last"}  # gaps: rows 3, 4, 6-8 absent
DOCCOUNT = 12  # rows 10 and 11 past the last value


def _written(cutoff: int) -> tuple[bytes, int]:
    """A column written by Whoosh with its offsets stored when there are more than ``cutoff`` rows."""
    buf = io.BytesIO()
    sink = StructFile(buf)
    sink.write(b"HEAD")  # a column starts anywhere in its file
    writer = VarBytesColumn(allow_offsets=True, write_offsets_cutoff=cutoff).writer(sink)
    for docnum, value in ROWS.items():
        writer.add(docnum, value)
    writer.finish(DOCCOUNT)
    return buf.getvalue(), 4


@pytest.mark.parametrize("cutoff", [2**15, 3], ids=["offsets derived", "offsets stored"])
def test_every_row_reads_as_whoosh_reads_it(cutoff):
    data, start = _written(cutoff)
    theirs = VarBytesColumn().reader(BufferFile(data), start, len(data) - start, DOCCOUNT)
    assert theirs.had_stored_offsets is (cutoff < DOCCOUNT)
    ours = _VarBytes(BufferFile(data), start, len(data) - start, DOCCOUNT)
    expected = [bytes(theirs[d]) for d in range(DOCCOUNT)]
    assert expected[2] == "Hà Nội".encode() and expected[4] == b"" and expected[9] == b"last"
    assert [ours[d] for d in range(DOCCOUNT)] == expected
    assert ours.values() == expected


def test_an_empty_column_reads_as_no_values():
    data, start = _written(2**15)
    empty = _VarBytes(BufferFile(data), start, 0, 0)
    assert empty.values() == []
