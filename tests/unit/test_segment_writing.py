"""The bulk segment writer (``writing.segment_writer``) against Whoosh's own writer.

``segment_writer`` hands a field's postings to the pool in one call and writes a term's postings a
block at a time; Whoosh's ``SegmentWriter`` adds and writes them one by one. Both must leave the same
index: the same terms, the same docnums and frequencies in the same blocks, the same term statistics
and field lengths. Block edges are exercised by a term in every document (more than two blocks of
Whoosh's 128 postings) and one in exactly 128 and 129.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from whoosh.filedb.filestore import FileStorage
from whoosh.writing import SegmentWriter

from briefing_tui.search.embedded import writing
from briefing_tui.search.embedded.schema import build_schema
from briefing_tui.search.query.source import OFFICIAL, PROVINCE, TEXT, TEXT_F, TITLE, TITLE_F

N = 300


def _docs() -> list[dict[str, Any]]:
    docs = []
    for i in range(N):
        words = ["Hà Nội", "chuyển đổi số"] + ["đường sắt"] * (i % 4)
        if i < 128:
            words.append("khởi công")
        if i < 129:
            words.append("điện gió")
        if i % 7 == 0:
            words.append("Đề án 06 " * (1 + i % 3))
        text = f"Bài {i}. " + " ".join(words)
        doc = {"id": f"a{i}", TEXT: text, TEXT_F: text, PROVINCE: ["Hà Nội", "Lai Châu"][: 1 + i % 2],
               OFFICIAL: [] if i % 3 else [f"Nguyễn Văn {chr(65 + i % 26)}"]}
        if i % 5:
            doc[TITLE] = doc[TITLE_F] = f"Tin số {i % 11}"
        docs.append(doc)
    return docs


def _build(folder: Path, bulk: bool, docs: list[dict[str, Any]]) -> None:
    folder.mkdir()
    ix = FileStorage(str(folder)).create_index(build_schema())
    # Whoosh's own writer: its pool, and a call per posting to add and to write
    writer = writing.segment_writer(ix, lock=False) if bulk else SegmentWriter(ix, codec=writing.fast_codec())
    writer.compound = False  # the segment's files apart, to compare them byte for byte
    for doc in docs:
        writer.add_document(**doc)
    writer.commit()


def _dump(folder: Path) -> tuple[dict[Any, Any], dict[str, list[int]]]:
    ix = FileStorage(str(folder)).open_index()
    with ix.reader() as reader:
        postings = {}
        for field, term in reader.all_terms():
            info = reader.term_info(field, term)
            stats = (info.weight(), info.doc_frequency(), info.max_weight(), type(info.max_weight()),
                     info.min_id(), info.max_id())
            m = reader.postings(field, term)
            pairs = []
            while m.is_active():
                pairs.append((m.id(), m.weight()))
                m.next()
            postings[field, term] = (stats, pairs)
        lengths = {f: [reader.doc_field_length(d, f) for d in range(reader.doc_count_all())]
                   for f in (TEXT, TEXT_F, TITLE, TITLE_F)}
    return postings, lengths


def _files(folder: Path) -> list[tuple[str, bytes]]:
    """The segment's files by extension (their names hold the segment's random id; the table of
    contents and the lock are not the segment's)."""
    return sorted((p.name.split(".", 1)[1], p.read_bytes()) for p in folder.iterdir() if p.name.startswith("MAIN_") and "." in p.name)


def test_the_bulk_writer_leaves_the_index_whooshs_writer_leaves(tmp_path):
    docs = _docs()
    _build(tmp_path / "whoosh", False, docs)
    _build(tmp_path / "bulk", True, docs)
    want, want_lengths = _dump(tmp_path / "whoosh")
    got, got_lengths = _dump(tmp_path / "bulk")
    assert got.keys() == want.keys()
    assert got == want
    assert got_lengths == want_lengths
    assert _files(tmp_path / "bulk") == _files(tmp_path / "whoosh")  # block headers and term infos too
    common = want[TEXT, "hà".encode()][1]
    assert len(common) == N and len(want[TEXT, "khởi".encode()][1]) == 128  # the block edges were met


def test_the_pool_refuses_a_posting_value_it_would_drop():
    pool = writing.CompactPool()
    pool.add(("text", b"x", 0, 1.0, None))
    with pytest.raises(ValueError, match="keeps no values"):
        pool.add(("text", b"y", 1, 1.0, b"\x00\x01"))
