"""Hostile and unlucky inputs: special files, huge files and lines, hostile JSON, unencodable
text, odd encodings, impossible dates, link loops, permissions, truncated archives.

Each case is read directly (``discover``/``read_source``) and, where it used to hang, crash or
eat memory, through the real command line too: the run finishes, exits 0, names the file in a
one-line skip, prints no traceback, and the good articles beside the bad ones are indexed.
Everything that could hang or grow without bound runs in a child process with a timeout and an
address-space limit, or under a SIGALRM deadline, so a regression fails the test instead of
hanging it or the machine. Every fixture is generated here, in ``tmp_path``.
"""

from __future__ import annotations

import codecs
import contextlib
import ctypes
import gzip
import io
import json
import os
import resource
import signal
import socket
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefing_tui.search.extract.pipeline import crawl_hint, enrich, record_date
from briefing_tui.search.inputs import MAX_ARTICLE_BYTES, MAX_LINE_BYTES, RawRecord, SourceFile, discover, read_source
from briefing_tui.search.inputs import files as input_files
from briefing_tui.search.inputs import jsonl as input_jsonl
from briefing_tui.search.models import PublishedDate, Skipped
from briefing_tui.tui.cli import main

GOOD = "Hội nghị về chuyển đổi số tại tỉnh Lai Châu năm 2022, mã kiểm tra {word}.\n"
CHILD_MEMORY = 3 << 30
"""Address-space limit of every child: a regression that reads /dev/zero fails at 3 GB, not at OOM."""

_READER = """
import json, resource, sys
from pathlib import Path
from briefing_tui.search.inputs import discover, read_source
from briefing_tui.search.models import Skipped
files, skipped = discover([Path(p) for p in sys.argv[1:]])
ids = []
for source in files:
    for item in read_source(source):
        if isinstance(item, Skipped):
            skipped.append(item)
        else:
            ids.append(item.id)
print(json.dumps({"ids": ids, "skipped": {s.where: s.reason for s in skipped},
                  "maxrss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

_CLI = """
import resource, sys
from briefing_tui.tui.cli import main
code = main(sys.argv[1:])
sys.stdout.flush()
print(f"maxrss_mb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f}", file=sys.stderr)
sys.exit(code)
"""


# --- helpers --------------------------------------------------------------------------------


def read_all(paths: list[Path]) -> tuple[list[RawRecord], dict[str, str]]:
    files, skipped = discover(paths)
    records = []
    for source in files:
        for item in read_source(source):
            (skipped if isinstance(item, Skipped) else records).append(item)
    return records, {s.where: s.reason for s in skipped}


def good(folder: Path, word: str = "xanhlam", name: str = "good.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(GOOD.format(word=word), encoding="utf-8")
    return path


def _drop_file_permission_override() -> bool:
    """Root reads a chmod 000 file anyway; without CAP_DAC_OVERRIDE/CAP_DAC_READ_SEARCH in the
    bounding set, a child exec'd by root cannot. True when the caps were dropped."""
    libc = ctypes.CDLL(None, use_errno=True)
    return all(libc.prctl(24, cap, 0, 0, 0) == 0 for cap in (1, 2))  # PR_CAPBSET_DROP


def _child_setup(unprivileged: bool) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (CHILD_MEMORY, CHILD_MEMORY))
    if unprivileged and os.geteuid() == 0 and not _drop_file_permission_override():
        raise OSError("cannot drop CAP_DAC_OVERRIDE")


def run_child(
    code: str, args: list[str], timeout: float = 60, unprivileged: bool = False
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        preexec_fn=lambda: _child_setup(unprivileged),
    )


def read_in_child(paths: list[Path], timeout: float = 60, unprivileged: bool = False) -> dict:
    proc = run_child(_READER, [str(p) for p in paths], timeout, unprivileged)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return json.loads(proc.stdout)


def cli_in_child(*argv: str, timeout: float = 60, unprivileged: bool = False) -> tuple[int, str, str, float, float]:
    """``main(argv)`` in a child: exit code, stdout, stderr, seconds, peak RSS in MB."""
    start = time.monotonic()
    proc = run_child(_CLI, list(argv), timeout, unprivileged)
    seconds = time.monotonic() - start
    rss = [line for line in proc.stderr.splitlines() if line.startswith("maxrss_mb=")]
    return proc.returncode, proc.stdout, proc.stderr, seconds, float(rss[-1].split("=")[1]) if rss else -1.0


def unprivileged_child_possible() -> bool:
    if os.geteuid() != 0:
        return True
    proc = subprocess.run(
        [sys.executable, "-c", "pass"], preexec_fn=_drop_file_permission_override, capture_output=True
    )
    return proc.returncode == 0


needs_unprivileged = pytest.mark.skipif(
    not unprivileged_child_possible(),
    reason="running as root without CAP_SETPCAP: chmod 000 does not stop root from reading",
)


class Hung(Exception):
    """Not an OSError (TimeoutError is one): the code under test must not be able to catch it."""


@contextlib.contextmanager
def deadline(seconds: float):  # type: ignore[no-untyped-def]
    """Fail instead of hanging: a blocking open() of a FIFO is interrupted by SIGALRM."""

    def expired(signum, frame):  # type: ignore[no-untyped-def]
        raise Hung(f"still blocked after {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def index(capfd, ix: Path, *paths: Path) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(["--index-dir", str(ix), "index", "--quiet", *map(str, paths)])
    out, err = capfd.readouterr()
    return code, out + err


def indexed_ids(capfd, ix: Path) -> set[str]:  # type: ignore[no-untyped-def]
    code = main(["--index-dir", str(ix), "search", "", "--format", "json", "--limit", "1000"])
    out, err = capfd.readouterr()
    assert code in (0, 1), err
    assert "Traceback" not in out + err
    return {hit["id"] for hit in json.loads(out)["hits"]}


def skip_line(output: str, path: Path | str) -> str:
    """The one line of the report that skips ``path``; it is a single, printable line."""
    where = str(path)
    lines = [line for line in output.splitlines() if line.strip().startswith((where + ":", where + " (id "))]
    assert len(lines) == 1, f"no single skip line for {where} in:\n{output}"
    return lines[0]


def assert_clean(output: str) -> None:
    assert "Traceback" not in output
    output.encode("utf-8")  # no lone surrogate reached the terminal


# --- 1. only regular files are opened -------------------------------------------------------


def make_specials(folder: Path) -> dict[str, str]:
    """A FIFO, a socket and a device link named like articles; returns name → expected kind."""
    os.mkfifo(folder / "x.txt")
    os.mkfifo(folder / "y.jsonl")
    sock = socket.socket(socket.AF_UNIX)
    sock.bind(str(folder / "s.txt"))
    sock.close()
    (folder / "z.txt").symlink_to("/dev/zero")
    (folder / "n.md").symlink_to("/dev/null")
    return {
        "x.txt": "a FIFO",
        "y.jsonl": "a FIFO",
        "s.txt": "a socket",
        "z.txt": "a character device",
        "n.md": "a character device",
    }


def test_fifos_sockets_and_devices_are_skipped_not_opened(tmp_path):
    folder = tmp_path / "in"
    good(folder)
    kinds = make_specials(folder)
    result = read_in_child([folder, folder / "x.txt"], timeout=30)  # in a folder and given directly
    assert result["ids"] == ["good"]
    for name, kind in kinds.items():
        assert result["skipped"][str(folder / name)] == f"not a regular file ({kind})"


def test_a_fifo_is_skipped_when_read_directly(tmp_path):
    os.mkfifo(tmp_path / "late.txt")
    os.mkfifo(tmp_path / "late.jsonl.gz")
    with deadline(5):
        text = list(read_source(SourceFile(tmp_path / "late.txt", tmp_path)))
        lines = list(read_source(SourceFile(tmp_path / "late.jsonl.gz", tmp_path)))
    assert text == [Skipped(str(tmp_path / "late.txt"), "not a regular file (a FIFO)")]
    assert lines == [Skipped(str(tmp_path / "late.jsonl.gz"), "not a regular file (a FIFO)")]


def test_a_fifo_swapped_in_after_the_check_does_not_block(tmp_path, monkeypatch):
    """The name looked like a regular file; the descriptor, opened without blocking, tells the truth."""
    monkeypatch.setattr(input_files, "_mode", lambda path: stat.S_IFREG | 0o644)
    os.mkfifo(tmp_path / "late.txt")
    os.mkfifo(tmp_path / "late.jsonl")
    with deadline(5):
        text = list(read_source(SourceFile(tmp_path / "late.txt", tmp_path)))
        lines = list(read_source(SourceFile(tmp_path / "late.jsonl", tmp_path)))
    assert text == [Skipped(str(tmp_path / "late.txt"), "not a regular file (a FIFO)")]
    assert lines == [Skipped(str(tmp_path / "late.jsonl"), "not a regular file (a FIFO)")]


def test_cli_index_with_a_fifo_and_a_device_finishes(tmp_path, capfd):
    folder = tmp_path / "in"
    good(folder)
    make_specials(folder)
    ix = tmp_path / "ix"
    proc = subprocess.run(
        [sys.executable, "-m", "briefing_tui.tui.cli", "--index-dir", str(ix), "index", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=lambda: _child_setup(False),
    )
    output = proc.stdout + proc.stderr
    assert proc.returncode == 0, output
    assert_clean(output)
    assert skip_line(output, folder / "x.txt").endswith("not a regular file (a FIFO)")
    assert skip_line(output, folder / "z.txt").endswith("not a regular file (a character device)")
    assert indexed_ids(capfd, ix) == {"good"}


# --- 2. size caps, bounded memory -----------------------------------------------------------


def exact_text(size: int) -> bytes:
    line = GOOD.format(word="dai").encode("utf-8")
    data = line * (size // len(line))
    return data + b"a" * (size - len(data))


def test_an_article_over_the_cap_is_skipped_by_its_size(tmp_path):
    (tmp_path / "at.txt").write_bytes(exact_text(MAX_ARTICLE_BYTES))
    (tmp_path / "over.txt").write_bytes(exact_text(MAX_ARTICLE_BYTES + 1))
    records, skipped = read_all([tmp_path])
    assert [r.id for r in records] == ["at"]
    assert skipped == {
        str(
            tmp_path / "over.txt"
        ): "file is 1,000,001 bytes, more than the 1,000,000-byte limit for one article; split it"
    }


def test_a_file_that_grows_after_its_size_was_checked_is_read_no_further(tmp_path, monkeypatch):
    class Growing(io.BytesIO):
        taken = 0

        def read(self, size: int | None = -1) -> bytes:
            data = super().read(size)
            Growing.taken += len(data)
            return data

    growing = Growing(b"a" * 3 * MAX_ARTICLE_BYTES)
    monkeypatch.setattr(input_files, "open_regular", lambda path, where: (growing, 10))  # fstat said 10 bytes
    (skip,) = read_source(SourceFile(tmp_path / "grows.txt", tmp_path))
    assert skip.reason == "file grew while it was read, more than the 1,000,000-byte limit for one article; split it"
    assert Growing.taken == MAX_ARTICLE_BYTES + 1
    assert growing.closed


def test_the_limit_holds_against_the_real_corpus():
    """The cap leaves 24× room over the longest of 170,000 real articles (41,593 bytes)."""
    assert MAX_ARTICLE_BYTES >= 24 * 41_593


@pytest.mark.slow
def test_cli_50_mb_article_is_skipped_quickly_in_bounded_memory(tmp_path, capfd):
    """Before: 94 s and 3.6 GB (here: killed at the 3 GB limit). After: ~1 s, the memory of a small run."""
    folder = tmp_path / "in"
    good(folder)
    (folder / "huge.txt").write_bytes(exact_text(50_000_000))
    small = tmp_path / "small"
    good(small)
    _, _, _, _, baseline = cli_in_child("--index-dir", str(tmp_path / "ix0"), "index", str(small))

    code, out, err, seconds, rss = cli_in_child("--index-dir", str(tmp_path / "ix"), "index", str(folder))
    assert code == 0, err[-3000:]
    assert_clean(out + err)
    line = skip_line(out, folder / "huge.txt")
    assert "50,000,000 bytes" in line and "1,000,000-byte limit" in line
    assert seconds < 30
    assert rss < baseline + 50, (rss, baseline)
    assert indexed_ids(capfd, tmp_path / "ix") == {"good"}


def long_line_file(path: Path, line_bytes: int) -> Path:
    rows = [
        json.dumps({"id": "before", "body": "Trước"}),
        '{"id": "long", "body": "' + "a" * line_bytes + '"}',
        json.dumps({"id": "after", "body": "Sau"}),
    ]
    data = ("\n".join(rows) + "\n").encode("utf-8")
    if path.name.endswith(".gz"):
        data = gzip.compress(data, compresslevel=1)
    path.write_bytes(data)
    return path


@pytest.fixture(scope="module")
def reader_baseline(tmp_path_factory: pytest.TempPathFactory) -> float:
    """Peak memory (MB) of the child reader on a small JSONL file, imports included."""
    path = long_line_file(tmp_path_factory.mktemp("baseline") / "small.jsonl.gz", 10)
    return read_in_child([path])["maxrss_mb"]


@pytest.mark.parametrize("name", ["long.jsonl", "long.jsonl.gz"])
def test_an_over_long_line_is_skipped_in_chunks(tmp_path, name, reader_baseline):
    """A 64 MB line is skipped without holding it: peak memory stays near a small file's."""
    path = long_line_file(tmp_path / name, 64_000_000)
    result = read_in_child([path])
    assert result["ids"] == ["before", "after"]
    assert result["skipped"] == {
        f"{path}:2": f"record line is longer than {MAX_LINE_BYTES:,} bytes; an article is at most "
        "1,000,000 bytes: split it"
    }
    assert result["maxrss_mb"] < reader_baseline + 30, (result, reader_baseline)


def test_a_5_mb_line_and_a_record_body_over_the_cap(tmp_path):
    path = tmp_path / "big.jsonl"
    path.write_text(
        json.dumps({"id": "ok", "body": "tốt"})
        + "\n"
        + json.dumps({"id": "big", "body": "b" * 1_200_000})
        + "\n"
        + json.dumps({"id": "huge", "body": "c" * 5_000_000})
        + "\n"
        + json.dumps({"id": "ok2", "body": "tốt nữa"})
        + "\n",
        encoding="utf-8",
    )
    records, skipped = read_all([path])
    assert [r.id for r in records] == ["ok", "ok2"]
    assert skipped[f"{path}:2 (id big)"] == (
        "record body is 1,200,000 bytes, more than the 1,000,000-byte limit for one article; split it"
    )
    assert skipped[f"{path}:3"].startswith("record line is longer than")


def zero_bomb(path: Path, megabytes: int, chunk: bytes = b"\0" * (1 << 20)) -> Path:
    """A gzip of ``megabytes`` MB of one repeated chunk, written without holding it."""
    with path.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=9) as f:
        f.write((json.dumps({"id": "first", "body": "Đầu"}) + "\n").encode("utf-8"))
        for _ in range(megabytes):
            f.write(chunk)
    return path


def test_a_gzip_bomb_of_one_line_inflates_in_bounded_memory(tmp_path, reader_baseline):
    path = zero_bomb(tmp_path / "bomb.jsonl.gz", 200)
    assert path.stat().st_size < 1_000_000
    result = read_in_child([path])
    assert result["ids"] == ["first"]
    assert list(result["skipped"]) == [f"{path}:2"]
    assert result["maxrss_mb"] < reader_baseline + 30, (result, reader_baseline)


def test_a_gzip_bomb_of_blank_lines_stops_early(tmp_path, monkeypatch):
    """Text inflates 3–5× (the shared corpus: 3.4×, 4.5×); the reader stops past 100× its size."""
    monkeypatch.setattr(input_jsonl, "GZIP_INFLATE_FLOOR", 1_000_000)
    path = zero_bomb(tmp_path / "blank.jsonl.gz", 20, chunk=b" " * ((1 << 20) - 1) + b"\n")
    records, skipped = read_all([path])
    assert [r.id for r in records] == ["first"]
    reason = skipped[str(path)]
    assert reason.startswith("stopped after line ") and "more than 100 times its size" in reason


# --- 3. JSON: bounded depth and number size; wrong shapes -----------------------------------

HOSTILE_LINES = [
    (json.dumps({"id": "good1", "body": "Bài tốt một, mã kiemtramot."}), None),
    ("[" * 100_000 + "]" * 100_000, "record is nested too deeply"),
    ('{"id": "deep", "body": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}", "record is nested too deeply"),
    ('{"id": "bigint", "body": "x", "n": ' + "9" * 5000 + "}", "record holds a number too long (5,000 digits)"),
    ('{"id": ' + "7" * 5000 + ', "body": "x"}', "record holds a number too long (5,000 digits)"),
    ('{"id": "bigfloat", "body": "x", "n": 1.' + "5" * 5000 + "}", "record holds a number too long (5,001 digits)"),
    ('{"id": "nan", "body": "x", "n": NaN}', "record holds NaN, which is not JSON"),
    ('{"id": "inf", "body": "x", "n": -Infinity}', "record holds -Infinity, which is not JSON"),
    ('{"id": 1.5, "body": "x"}', "record 'id' is a number with a fraction; it must be a string or a whole number"),
    ('{"id": true, "body": "x"}', "record 'id' is true/false; it must be a string or a whole number"),
    ('{"id": [1], "body": "x"}', "record 'id' is a list; it must be a string or a whole number"),
    ('{"id": {"a": 1}, "body": "x"}', "record 'id' is an object; it must be a string or a whole number"),
    ('{"id": null, "body": "x"}', "record has no 'id'"),
    ('{"id": "  ", "body": "x"}', "record has no 'id'"),
    ('{"id": "blist", "body": ["a", "b"]}', "record 'body' is a list; it must be a string"),
    ('{"id": "bnum", "body": 5}', "record 'body' is a number; it must be a string"),
    ("[1, 2]", "record is a list, not a JSON object"),
    ('"just a string"', "record is a string, not a JSON object"),
    ("null", "record is null, not a JSON object"),
    ("42", "record is a number, not a JSON object"),
    (
        json.dumps(
            {
                "id": "shapes",
                "body": "Bài tốt hai, mã kiemtrahai.",
                "title": 5,
                "date": [2022],
                "source": {},
                "url": 1,
                "crawl_date": True,
            }
        ),
        None,
    ),
]


def hostile_jsonl(path: Path) -> Path:
    path.write_text("\n".join(line for line, _ in HOSTILE_LINES) + "\n", encoding="utf-8")
    return path


def test_hostile_json_records_are_skipped_one_at_a_time(tmp_path):
    path = hostile_jsonl(tmp_path / "hostile.jsonl")
    records, skipped = read_all([path])
    assert [r.id for r in records] == ["good1", "shapes"]
    shapes = records[1]
    assert (shapes.title, shapes.date, shapes.source, shapes.url, shapes.crawl_date) == (None,) * 5
    reasons = {where.split(" ")[0]: reason for where, reason in skipped.items()}
    for lineno, (_, expected) in enumerate(HOSTILE_LINES, 1):
        if expected:
            assert reasons[f"{path}:{lineno}"] == expected, lineno
    assert len(skipped) == sum(1 for _, e in HOSTILE_LINES if e)


def test_cli_indexes_the_good_records_beside_hostile_ones(tmp_path, capfd):
    path = hostile_jsonl(tmp_path / "hostile.jsonl")
    with path.open("a", encoding="utf-8") as f:
        f.write('{"id": "huge", "body": "' + "a" * 5_000_000 + '"}\n')
        f.write(json.dumps({"id": "good3", "body": "Bài tốt ba."}) + "\n")
    ix = tmp_path / "ix"
    code, output = index(capfd, ix, path)
    assert code == 0
    assert_clean(output)
    for lineno, (_, expected) in enumerate(HOSTILE_LINES, 1):
        if expected:
            assert skip_line(output, f"{path}:{lineno}").endswith(expected)
    assert indexed_ids(capfd, ix) == {"good1", "shapes", "good3"}


# --- 4. unencodable text is repaired when read ----------------------------------------------


def test_lone_surrogates_are_replaced_in_every_field(tmp_path):
    path = tmp_path / "sur.jsonl"
    fields = ("id", "body", "title", "date", "source", "url", "crawl_date")
    record = {key: f"{key} \\ud800 x" for key in fields} | {"date": "2022-01-02\\udfff"}
    path.write_text("{" + ", ".join(f'"{k}": "{v}"' for k, v in record.items()) + "}\n", encoding="utf-8")
    records, skipped = read_all([path])
    assert not skipped
    (rec,) = records
    for key in fields:
        value = getattr(rec, "text" if key == "body" else key)
        value.encode("utf-8")
        assert "\ufffd" in value, key
    assert rec.id == "id \ufffd x"
    rec.where.encode("utf-8")
    assert rec.content_hash(1) == rec.content_hash(1)


def test_a_bom_crlf_and_an_encoded_surrogate_in_jsonl(tmp_path):
    path = tmp_path / "windows.jsonl"
    path.write_bytes(
        codecs.BOM_UTF8 + b'{"id": "a", "body": "M\xe1\xbb\x99t"}\r\n{"id": "b", "body": "x \xed\xa0\x80 y"}\r\n'
    )
    records, skipped = read_all([path])
    assert not skipped
    assert [(r.id, r.text) for r in records] == [("a", "Một"), ("b", "x \ufffd y")]


def test_a_non_utf8_file_name_gives_a_printable_id_and_where(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    bad = Path(os.fsdecode(bytes(folder) + b"/b\xe0i\xff.txt"))
    bad.write_text("Nội dung hợp lệ.", encoding="utf-8")
    os.mkfifo(Path(os.fsdecode(bytes(folder) + b"/f\xff.txt")))
    with deadline(5):
        records, skipped = read_all([folder])
    assert [r.id for r in records] == ["b\ufffdi\ufffd"]
    assert records[0].where == records[0].origin == str(folder / "b\ufffdi\ufffd.txt")
    assert skipped == {str(folder / "f\ufffd.txt"): "not a regular file (a FIFO)"}


def test_cli_search_and_show_survive_unencodable_input(tmp_path, capfd):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "sur.jsonl").write_text(
        '{"id": "s\\ud800", "title": "T\\udc00", "body": "Văn bản \\ud800 có ký tự lạ, mã kiemtrasur."}\n',
        encoding="utf-8",
    )
    Path(os.fsdecode(bytes(folder) + b"/t\xff.txt")).write_text("Tên tệp lạ, mã kiemtraten.", encoding="utf-8")
    ix = tmp_path / "ix"
    code, output = index(capfd, ix, folder)
    assert code == 0 and "2 added" in output, output
    assert indexed_ids(capfd, ix) == {"s\ufffd", "t\ufffd"}
    for argv in (["search", "kiemtrasur"], ["show", "s\ufffd"], ["show", "t\ufffd"], ["extract", str(folder)]):
        code = main(["--index-dir", str(ix), *argv])
        out, err = capfd.readouterr()
        assert code == 0, (argv, err)
        assert_clean(out + err)


# --- 5. empty files and odd encodings -------------------------------------------------------

BLANK = {
    "bom.txt": codecs.BOM_UTF8,
    "nbsp.txt": "\u00a0\u00a0\n\u00a0".encode(),
    "zwsp.txt": "\u200b\u200b\u200c\u2060".encode(),
    "mixed.md": codecs.BOM_UTF8 + " \u00a0\u200b\ufeff\t\r\n".encode(),
    "spaces.txt": b" \n\t \r\n",
    "bom16.txt": codecs.BOM_UTF16_LE + " \u00a0".encode("utf-16-le"),
}


def test_files_of_only_invisible_characters_are_empty(tmp_path):
    for name, data in BLANK.items():
        (tmp_path / name).write_bytes(data)
    jsonl = tmp_path / "blank.jsonl"
    jsonl.write_text(
        json.dumps({"id": "a", "body": "\u00a0\u200b\ufeff"})
        + "\n"
        + json.dumps({"id": "b", "body": "\u3000 \n"})
        + "\n",
        encoding="utf-8",
    )
    records, skipped = read_all([tmp_path])
    assert records == []
    assert skipped == {str(tmp_path / name): "empty file" for name in BLANK} | {
        f"{jsonl}:1 (id a)": "record body is empty",
        f"{jsonl}:2 (id b)": "record body is empty",
    }


VIETNAMESE = "Ủy ban nhân dân tỉnh Hà Giang đạt 10,2% GDP; đường ưu tiên.\nDòng hai: Đề án 06.\n"


ENGLISH = "Plain English text, only ASCII.\n"


@pytest.mark.parametrize(
    "name, data, text",
    [
        ("le-bom.txt", codecs.BOM_UTF16_LE + VIETNAMESE.encode("utf-16-le"), VIETNAMESE),
        ("be-bom.txt", codecs.BOM_UTF16_BE + VIETNAMESE.encode("utf-16-be"), VIETNAMESE),
        ("le.txt", VIETNAMESE.encode("utf-16-le"), VIETNAMESE),
        ("be.md", VIETNAMESE.encode("utf-16-be"), VIETNAMESE),
        ("ascii-le.txt", ENGLISH.encode("utf-16-le"), ENGLISH),
        ("ascii-be.txt", ENGLISH.encode("utf-16-be"), ENGLISH),
    ],
)
def test_utf16_files_are_read(tmp_path, name, data, text):
    (tmp_path / name).write_bytes(data)
    records, skipped = read_all([tmp_path])
    assert skipped == {}
    assert [(r.id, r.text) for r in records] == [(name.rsplit(".", 1)[0], text)]


@pytest.mark.parametrize(
    "data, expected",
    [
        (
            codecs.BOM_UTF32_LE + VIETNAMESE.encode("utf-32-le"),
            "binary file (looks like UTF-32 text); save it as UTF-8",
        ),
        (
            codecs.BOM_UTF32_BE + VIETNAMESE.encode("utf-32-be"),
            "binary file (looks like UTF-32 text); save it as UTF-8",
        ),
        (VIETNAMESE.encode("utf-32-le"), "binary file (looks like UTF-32 text); save it as UTF-8"),
        # sniffed: a PDF named .txt is read as a PDF (this one is cut short)
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "damaged PDF, not readable (PdfStreamError: Stream has ended unexpectedly)"),
        (b"PK\x03\x04\x14\x00\x06\x00", "binary file (a ZIP archive, e.g. .docx or .xlsx), not text"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00", "binary file (an old Office document, e.g. .doc), not text"),
        (gzip.compress(b"hello"), "binary file (gzip-compressed; name it .jsonl.gz if it is JSONL), not text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file (a PNG image), not text"),
        (b"\x7fELF\x02\x01\x01\x00", "binary file (a program), not text"),
        (b"\xff\xfe\x00", "binary file (it starts with a UTF-16 byte-order mark but is not UTF-16 text)"),
        (b"abc\x00\x01\x02def\xff\x00\x00\x00\x10", "binary file (contains NUL bytes), not text"),
        (
            VIETNAMESE.encode("utf-8") + b"\x00" + VIETNAMESE.encode("utf-8"),
            "binary file (contains NUL bytes), not text",
        ),
    ],
)
def test_binary_files_say_what_they_look_like(tmp_path, data, expected):
    path = tmp_path / "odd.txt"
    path.write_bytes(data)
    assert list(read_source(SourceFile(path, tmp_path))) == [Skipped(str(path), expected)]


def test_invalid_utf8_keeps_its_message(tmp_path):
    path = tmp_path / "vni.txt"
    # 0x81 is undefined in windows-1258 too ("Thông tin" alone is now read as windows-1258)
    path.write_bytes("Th\xf4ng tin \x81".encode("latin-1"))
    (skip,) = read_source(SourceFile(path, tmp_path))
    assert skip.reason == "not UTF-8 text (byte 0xf4 at offset 2); if it is TCVN3/VNI, convert it to Unicode first"


def test_cli_indexes_utf16_and_skips_empty_files(tmp_path, capfd):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "u16.txt").write_bytes(codecs.BOM_UTF16_LE + "Bài UTF-16, mã kiemtrau16.".encode("utf-16-le"))
    (folder / "bom.txt").write_bytes(codecs.BOM_UTF8)
    ix = tmp_path / "ix"
    code, output = index(capfd, ix, folder)
    assert code == 0
    assert skip_line(output, folder / "bom.txt").endswith("empty file")
    assert indexed_ids(capfd, ix) == {"u16"}


# --- 6. dates are validated -----------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "2022-13-45",
        "2022-13",
        "2022-00-10",
        "2022-02-30",
        "2023-02-29",
        "2022-04-31",
        "0000-01-01",
        "1799-12-31",
        "2201-01-01",
        "2022-01-01abc",
        "2022-01-01T25:00",
        "2022-01-01 10:61",
        "20220101",
        "22-01-01",
        "01/02/2022",
        "2022-1-",
        "hôm qua",
    ],
)
def test_an_impossible_record_date_is_unknown_with_its_evidence(value):
    found = record_date(value)
    assert found == PublishedDate(evidence=value, basis="record")  # what was written, kept; no date
    assert found.display() == "?" and not found.known
    assert crawl_hint(value) is None


@pytest.mark.parametrize(
    "value, iso, precision",
    [
        ("2020-10-01", "2020-10-01", "day"),
        ("2024-02-29", "2024-02-29", "day"),
        ("2017-07-05T10:00:00", "2017-07-05", "day"),
        ("2017-07-05 10:00", "2017-07-05", "day"),
        ("2017-07-05T10:00:00.123+07:00", "2017-07-05", "day"),
        ("2017-07-05T10:00:00Z", "2017-07-05", "day"),
        (" 2022-1-5 ", "2022-01-05", "day"),
        ("2022/06/30", "2022-06-30", "day"),
        ("2022-06", "2022-06", "month"),
        ("2022", "2022", "year"),
        ("1800-01-01", "1800-01-01", "day"),
        ("2200-12-31", "2200-12-31", "day"),
    ],
)
def test_valid_record_dates_keep_working(value, iso, precision):
    found = record_date(value)
    assert (found.iso, found.precision, found.evidence, found.basis) == (iso, precision, value.strip(), "record")
    hint = crawl_hint(value)
    assert hint is not None and hint.iso == iso and hint.approximate and hint.basis == "crawl"


def test_a_huge_date_string_is_clipped_in_the_evidence():
    found = record_date("2022-" + "9" * 100_000)
    assert found.iso is None and len(found.evidence) < 200 and found.evidence.startswith("2022-999")


def test_an_article_with_an_impossible_date_has_an_unknown_date():
    article = enrich(RawRecord(id="d", origin="o", text="Nội dung bài viết.", where="o", date="2022-13-45"))
    assert article.date.iso is None
    assert (article.date.evidence, article.date.basis) == ("2022-13-45", "record")
    dated = enrich(
        RawRecord(
            id="d", origin="o", text="Tiêu đề\nThứ Hai, 25/12/2022 10:00\nNội dung.", where="o", date="2022-13-45"
        )
    )
    assert dated.date.iso == "2022-12-25"  # the article's own date line is used instead


def test_cli_shows_an_impossible_date_as_unknown(tmp_path, capfd):
    path = tmp_path / "dates.jsonl"
    path.write_text(
        json.dumps({"id": "bad-date", "date": "2022-13-45", "crawl_date": "2022-02-30", "body": "Bài có ngày sai."})
        + "\n",
        encoding="utf-8",
    )
    ix = tmp_path / "ix"
    assert index(capfd, ix, path)[0] == 0
    code = main(["--index-dir", str(ix), "search", "", "--format", "json"])
    data = json.loads(capfd.readouterr().out)
    assert code == 0
    assert data["hits"][0]["date"] is None
    assert (data["hits"][0]["date_evidence"], data["hits"][0]["date_basis"]) == ("2022-13-45", "record")
    assert not [f for f in data["facets"]["month"] if "13" in f["value"]]
    code = main(["--index-dir", str(ix), "show", "bad-date"])
    out = capfd.readouterr().out
    assert code == 0 and "45/13" not in out
    assert 'unknown (the record\'s date "2022-13-45" is not a date)' in " ".join(out.split())


# --- 7. links, many files, permissions, truncated archives ----------------------------------


def test_symlink_loops_terminate_and_links_to_folders_are_not_followed(tmp_path):
    folder = tmp_path / "in"
    good(folder / "sub")
    (folder / "sub" / "loop").symlink_to("..")
    (folder / "up").symlink_to(folder)
    (folder / "self.txt").symlink_to("self.txt")
    (folder / "a.txt").symlink_to("b.txt")
    (folder / "b.txt").symlink_to("a.txt")
    (folder / "dangling.md").symlink_to("nowhere.md")
    with deadline(10):
        records, skipped = read_all([folder])
    assert [r.id for r in records] == ["good"]
    assert skipped == {
        str(folder / "a.txt"): "cannot read: too many levels of symbolic links",
        str(folder / "b.txt"): "cannot read: too many levels of symbolic links",
        str(folder / "dangling.md"): "cannot read: no such file or directory",
        str(folder / "self.txt"): "cannot read: too many levels of symbolic links",
    }


def test_ten_thousand_small_files_in_sorted_order(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"{i:05d}.txt").write_bytes(f"Bài số {i}.".encode())
    start = time.monotonic()
    records, skipped = read_all([folder])
    seconds = time.monotonic() - start
    assert not skipped
    assert [r.id for r in records] == [f"{i:05d}" for i in range(10_000)]
    assert seconds < 10


@needs_unprivileged
def test_an_unreadable_file_and_folder_are_skips(tmp_path):
    folder = tmp_path / "in"
    good(folder)
    secret = good(folder, "kin", "secret.txt")
    closed = folder / "closed"
    good(closed, "kin", "inside.txt")
    secret.chmod(0)
    closed.chmod(0)
    try:
        result = read_in_child([folder], unprivileged=True)
    finally:
        closed.chmod(0o755)
    assert result["ids"] == ["good"]
    assert result["skipped"] == {
        str(closed): "cannot open the folder: permission denied",
        str(secret): "cannot read: permission denied",
    }


@needs_unprivileged
def test_cli_skips_an_unreadable_file_with_its_reason(tmp_path, capfd):
    folder = tmp_path / "in"
    good(folder)
    secret = good(folder, "kin", "secret.txt")
    secret.chmod(0)
    ix = tmp_path / "ix"
    code, out, err, _, _ = cli_in_child("--index-dir", str(ix), "index", str(folder), unprivileged=True)
    assert code == 0, err
    assert_clean(out + err)
    assert skip_line(out, secret).endswith("cannot read: permission denied")
    assert indexed_ids(capfd, ix) == {"good"}


def test_a_truncated_jsonl_gz_reads_what_it_can_and_says_where_it_stopped(tmp_path):
    lines = "".join(json.dumps({"id": f"r{i}", "body": f"bài {i * 7919 % 104729}"}) + "\n" for i in range(2000))
    packed = gzip.compress(lines.encode("utf-8"))
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    records, skipped = read_all([path])
    assert 0 < len(records) < 2000
    assert [r.id for r in records] == [f"r{i}" for i in range(len(records))]
    assert skipped == {
        str(path): f"cannot read after line {len(records)}: the compressed file is cut short "
        "(it ends before its end-of-stream marker); what came before is read"
    }


def test_a_damaged_jsonl_gz_says_where_it_stopped(tmp_path):
    lines = "".join(json.dumps({"id": f"r{i}", "body": f"bài {i}"}) + "\n" for i in range(500))
    packed = bytearray(gzip.compress(lines.encode("utf-8")))
    packed[len(packed) // 2 : len(packed) // 2 + 64] = b"\xff" * 64
    path = tmp_path / "bad.jsonl.gz"
    path.write_bytes(bytes(packed))
    records, skipped = read_all([path])
    assert 0 < len(records) < 500  # garbled lines in between are skipped as invalid JSON
    reason = skipped[str(path)]
    stopped = int(reason.removeprefix("cannot read after line ").split(":")[0])
    assert stopped >= len(records) and "damaged" in reason


def test_gzip_that_is_not_gzip(tmp_path):
    path = tmp_path / "plain.jsonl.gz"
    path.write_text(json.dumps({"id": "x", "body": "y"}) + "\n", encoding="utf-8")
    records, skipped = read_all([path])
    assert records == []
    assert skipped[str(path)].startswith("cannot read: not a gzip file")
