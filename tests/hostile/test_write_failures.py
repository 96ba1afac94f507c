"""When the index cannot be written: a full disk, a read-only folder, a file where the folder should be,
a folder that cannot be listed. One line naming the problem, the previous index whole, nothing left behind.

The full-disk and read-only cases mount a small tmpfs (root only); the
permission cases run the command as user ``nobody`` (root's reads are never
denied). Each is skipped, with the reason, where that is not possible.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import assert_one_line_error, cli, tree, write_articles

SMALL = {"a.txt": "Tỉnh Lai Châu đẩy mạnh chuyển đổi số.", "sub/b.txt": "Sở Tài chính tỉnh Lào Cai công bố dự toán."}
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def command(*argv: str, user: str | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] if user == "nobody" else []
    return subprocess.run(
        [*prefix, sys.executable, "-m", "briefing_tui.tui.cli", *argv],
        capture_output=True, text=True, timeout=120, check=False, env={**os.environ, **(env or {})},
    )


def ids(ix: Path, user: str | None = None) -> set[str]:
    done = command("--index-dir", str(ix), "search", "--format", "json", "--limit", "100", user=user)
    assert done.returncode in (0, 1), done.stderr
    return {h["id"] for h in json.loads(done.stdout)["hits"]}


def big_corpus(path: Path, n: int) -> Path:
    rows = ({"id": f"d{i}", "body": f"Bản tin {i}: huyện {i % 7} giải ngân {i} tỷ đồng cho chuyển đổi số. " * 20}
            for i in range(n))
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def tmpfs(tmp_path: Path) -> Iterator[Path]:
    """A 2 MB filesystem of our own (needs root and mount)."""
    if not IS_ROOT or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root")
    mount = tmp_path / "tmpfs"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True, check=False)


@pytest.fixture
def nobody_dir() -> Iterator[Path]:
    """A folder user ``nobody`` can write, for commands run as nobody."""
    if not IS_ROOT or shutil.which("setpriv") is None:
        pytest.skip("running a command as another user needs root and setpriv")
    folder = Path(tempfile.mkdtemp(prefix="briefing-nobody-"))
    folder.chmod(0o777)
    probe = command("--version", user="nobody")
    if probe.returncode != 0:
        shutil.rmtree(folder)
        pytest.skip(f"user nobody cannot run this Python: {probe.stderr.strip()[:200]}")
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.mark.slow
@pytest.mark.parametrize("rebuild", [False, True])
def test_a_full_disk_says_so_and_leaves_nothing_behind(tmpfs, tmp_path, rebuild):
    ix = tmpfs / "ix"
    folder = write_articles(tmp_path / "in", SMALL)
    assert command("--index-dir", str(ix), "index", str(folder)).returncode == 0
    before = tree(ix)
    corpus = big_corpus(tmp_path / "big.jsonl", 1500)  # ~6 MB of index: three times the disk
    done = command("--index-dir", str(ix), "index", "--quiet", *(["--rebuild"] if rebuild else []), str(folder), str(corpus))
    assert done.returncode == 4, done.stderr
    assert_one_line_error(done.stderr, "disk full", "previous index is unchanged")
    assert tree(ix) == before  # no partial file left to fill the disk for the next run
    assert ids(ix) == {"a", "b"}
    done = command("--index-dir", str(ix), "index", str(folder))  # the next run works
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
def test_a_read_only_index_folder_is_one_line(tmpfs, tmp_path):
    ix = tmpfs / "ix"
    folder = write_articles(tmp_path / "in", SMALL)
    assert command("--index-dir", str(ix), "index", str(folder)).returncode == 0
    before = tree(ix)
    assert subprocess.run(["mount", "-o", "remount,ro", str(tmpfs)], capture_output=True, check=False).returncode == 0
    (folder / "c.txt").write_text("Bài mới về giáo dục.", encoding="utf-8")
    done = command("--index-dir", str(ix), "index", str(folder))
    assert done.returncode == 4
    assert_one_line_error(done.stderr, "cannot write the index", "read-only")
    assert ids(ix) == {"a", "b"}  # reading a read-only index works
    assert tree(ix) == before


def test_an_index_location_that_is_a_file(tmp_path, capfd):
    spot = tmp_path / "not-a-folder"
    spot.write_text("x")
    folder = write_articles(tmp_path / "in", SMALL)
    code, _out, err = cli(capfd, "--index-dir", str(spot), "index", str(folder))
    assert code == 4
    assert_one_line_error(err, "not a folder")
    code, _out, err = cli(capfd, "--index-dir", str(spot), "search", "x")
    assert code == 4
    assert_one_line_error(err, "not a folder")
    assert spot.read_text() == "x"


def test_an_index_folder_without_permission(nobody_dir):
    folder = write_articles(nobody_dir / "in", SMALL)
    ix = nobody_dir / "ix"
    ix.mkdir(mode=0o755)  # root's: nobody may read it, not write it
    done = command("--index-dir", str(ix), "index", str(folder), user="nobody")
    assert done.returncode == 4
    assert_one_line_error(done.stderr, "cannot write the index", "permission denied")


def test_an_unreadable_folder_keeps_its_articles(nobody_dir):
    folder = write_articles(nobody_dir / "in", SMALL)
    for p in [folder, *folder.rglob("*")]:
        p.chmod(0o777 if p.is_dir() else 0o666)
    ix = nobody_dir / "ix"
    done = command("--index-dir", str(ix), "index", str(folder), user="nobody")
    assert done.returncode == 0, done.stderr
    assert ids(ix, user="nobody") == {"a", "b"}
    (folder / "sub").chmod(0o000)
    try:
        done = command("--index-dir", str(ix), "index", str(folder), user="nobody")
    finally:
        (folder / "sub").chmod(0o777)
    assert done.returncode == 0, done.stderr
    assert "0 removed" in done.stdout and "1 skipped" in done.stdout
    assert "permission denied" in done.stdout
    assert ids(ix, user="nobody") == {"a", "b"}  # b.txt could not be read this time: it keeps its article
