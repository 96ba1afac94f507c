"""Reading inputs: files, folders, JSONL; every bad input is a skip with its place and reason."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from briefing_tui.search.inputs import RawRecord, discover, read_source
from briefing_tui.search.models import Skipped


def read_all(paths: list[Path]) -> tuple[list[RawRecord], list[Skipped]]:
    files, skipped = discover(paths)
    records = []
    for source in files:
        for item in read_source(source):
            (skipped if isinstance(item, Skipped) else records).append(item)
    return records, skipped


def test_text_and_markdown_files_and_folders(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "b").mkdir()
    (tmp_path / "a" / "one.txt").write_text("Bài một", encoding="utf-8")
    (tmp_path / "a" / "b" / "two.md").write_text("\ufeffBài hai", encoding="utf-8")
    (tmp_path / "a" / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "a" / "b" / "chart.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "a" / ".hidden.txt").write_text("x", encoding="utf-8")
    records, skipped = read_all([tmp_path / "a"])
    assert [(r.id, r.text) for r in records] == [("one", "Bài một"), ("two", "Bài hai")]
    # not silently: the other files of the folder are counted once per extension
    assert [(s.where, s.reason.split(";")[0]) for s in skipped] == [
        (str(tmp_path / "a"), "2 .jpg files skipped (not a document)")
    ]


def test_jsonl_and_gzip_records(tmp_path):
    rows = [
        {"id": "r1", "title": "T", "date": "2020-10-01", "source": "dantri.com.vn", "url": "u", "body": "Nội dung"},
        {"id": 7, "body": "Số id"},
    ]
    plain = tmp_path / "x.jsonl"
    plain.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    packed = tmp_path / "y.jsonl.gz"
    with gzip.open(packed, "wt", encoding="utf-8") as f:
        f.write(json.dumps({"id": "g1", "body": "Nén"}) + "\n")
    records, skipped = read_all([plain, packed])
    assert [(r.id, r.title, r.date, r.source) for r in records] == [
        ("r1", "T", "2020-10-01", "dantri.com.vn"),
        ("7", None, None, None),
        ("g1", None, None, None),
    ]
    assert not skipped


def test_bad_records_are_skipped_with_line_and_reason(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"id": "ok", "body": "tốt"}\n'
        "{not json\n"
        "[1, 2]\n"
        '{"body": "no id"}\n'
        '{"id": "nobody"}\n'
        '{"id": "empty", "body": "  "}\n',
        encoding="utf-8",
    )
    records, skipped = read_all([path])
    assert [r.id for r in records] == ["ok"]
    reasons = {s.where: s.reason for s in skipped}
    assert reasons[f"{path}:2"].startswith("invalid JSON")
    assert reasons[f"{path}:3"] == "record is a list, not a JSON object"
    assert reasons[f"{path}:4"] == "record has no 'id'"
    assert reasons[f"{path}:5 (id nobody)"] == "record has no 'body' text"
    assert reasons[f"{path}:6 (id empty)"] == "record body is empty"


def test_unreadable_files_are_skipped_with_reasons(tmp_path):
    (tmp_path / "latin1.txt").write_bytes("Th\xf4ng tin \x81".encode("latin-1"))  # 0x81: not windows-1258 either
    (tmp_path / "empty.txt").write_text("  \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02abc")
    corrupt = tmp_path / "corrupt.jsonl.gz"
    lines = "".join(json.dumps({"id": f"r{i}", "body": f"bài {i * 7919 % 104729}"}) + "\n" for i in range(400))
    packed = gzip.compress(lines.encode("utf-8"))
    corrupt.write_bytes(packed[: len(packed) // 2])  # cut in the middle of the stream
    records, skipped = read_all([tmp_path, tmp_path / "missing.txt", tmp_path / "notes.pdf"])
    reasons = {Path(s.where).name: s.reason for s in skipped}
    assert "not UTF-8" in reasons["latin1.txt"] and "TCVN3/VNI" in reasons["latin1.txt"]
    assert reasons["empty.txt"] == "empty file"
    assert reasons["binary.txt"].startswith("binary file")
    assert reasons["corrupt.jsonl.gz"].startswith("cannot read after line")
    assert any(r.origin.endswith("corrupt.jsonl.gz") for r in records)  # what came before is kept
    assert reasons["missing.txt"] == "no such file or folder"
    assert reasons["notes.pdf"] == "no such file or folder"


def test_content_hash_changes_with_content_and_pipeline_version():
    a = RawRecord(id="x", origin="o", text="một", where="o")
    b = RawRecord(id="x", origin="o", text="hai", where="o")
    assert a.content_hash(1) != b.content_hash(1)
    assert a.content_hash(1) != a.content_hash(2)
    assert a.content_hash(1) == RawRecord(id="x", origin="elsewhere", text="một", where="w").content_hash(1)
