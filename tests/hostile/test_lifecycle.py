"""Killing, interrupting and racing an indexing run: workers die with it, partial files go, the index stays.

Each run is the real command in its own process over a corpus big enough to
use worker processes. Processes are told apart by a token in their
environment, which the workers inherit.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from helpers import assert_one_line_error, tree, write_articles

from briefing_tui.search.embedded import indexer

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")]

SMALL = {"a.txt": "Tỉnh Lai Châu đẩy mạnh chuyển đổi số.", "b.txt": "Sở Tài chính tỉnh Lào Cai công bố dự toán."}


def big_corpus(path: Path, n: int = 6000) -> Path:
    rows = (
        {"id": f"d{i}", "body": (f"Bản tin {i}: huyện {i % 7} triển khai chuyển đổi số, giải ngân {i} tỷ đồng. " * 12)}
        for i in range(n)
    )
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    return path


def processes_with(token: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            environ = (entry / "environ").read_bytes()
            state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
        except OSError:
            continue
        if f"BRIEFING_TEST_TOKEN={token}".encode() in environ and state != "Z":
            found.append(int(entry.name))
    return found


def wait_for(condition, what: str, timeout: float = 60.0) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def _as_in_a_terminal() -> None:
    """Ctrl-C's default, as a terminal gives it: a suite started in the background (``cmd &``)
    hands its children SIGINT ignored, and Python then never raises KeyboardInterrupt."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(ix: Path, *argv: str, token: str) -> subprocess.Popen[str]:
    env = {**os.environ, "BRIEFING_TEST_TOKEN": token}
    return subprocess.Popen(
        [sys.executable, "-m", "briefing_tui.tui.cli", "--index-dir", str(ix), *argv],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        preexec_fn=_as_in_a_terminal,
    )


def ids(ix: Path) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-m", "briefing_tui.tui.cli", "--index-dir", str(ix), "search", "--format", "json", "--limit", "100"],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert done.returncode in (0, 1), done.stderr
    return {h["id"] for h in json.loads(done.stdout)["hits"]}


@pytest.fixture
def small_index(tmp_path: Path) -> tuple[Path, Path]:
    folder = write_articles(tmp_path / "in", SMALL)
    ix = tmp_path / "ix"
    done = subprocess.run([sys.executable, "-m", "briefing_tui.tui.cli", "--index-dir", str(ix), "index", str(folder)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    return ix, folder


def without_lock(files: dict[str, int]) -> dict[str, int]:
    return {k: v for k, v in files.items() if k != "write.lock"}


def mid_build(ix: Path, corpus: Path, token: str, *extra: str) -> subprocess.Popen[str]:
    """Start indexing ``corpus`` and return once its worker processes are writing."""
    proc = start(ix, "index", "--quiet", *extra, str(corpus), token=token)
    wait_for(lambda: len(processes_with(token)) >= 3 or proc.poll() is not None, "the worker processes")
    assert proc.poll() is None, proc.communicate()
    time.sleep(0.3)  # into the writing (3,000 of these once took longer than 1 s to index; now less)
    return proc


@pytest.mark.parametrize("extra", [(), ("--rebuild",)])
def test_kill_9_mid_build_leaves_no_worker_and_the_next_run_cleans_up(small_index, tmp_path, extra):
    ix, folder = small_index
    before = without_lock(tree(ix))
    corpus = big_corpus(tmp_path / "big.jsonl")
    token = uuid.uuid4().hex
    proc = mid_build(ix, corpus, token, *extra)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    wait_for(lambda: not processes_with(token), "the workers to die with their parent", timeout=10)
    assert ids(ix) == {"a", "b"}  # the previous index, whole
    done = subprocess.run([sys.executable, "-m", "briefing_tui.tui.cli", "--index-dir", str(ix), "index", str(folder)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert without_lock(tree(ix)).keys() == before.keys()  # the dead run's files are gone


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGTERM, 130), (signal.SIGINT, 130), (signal.SIGHUP, 130)])
def test_a_signal_mid_build_stops_cleanly(small_index, tmp_path, sig, code):
    ix, _folder = small_index
    before = without_lock(tree(ix))
    token = uuid.uuid4().hex
    proc = mid_build(ix, big_corpus(tmp_path / "big.jsonl"), token)
    os.kill(proc.pid, sig)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode == code
    assert_one_line_error(err, "interrupted", "unchanged")
    wait_for(lambda: not processes_with(token), "no worker left", timeout=10)
    assert without_lock(tree(ix)) == before  # nothing of the stopped run is left
    assert ids(ix) == {"a", "b"}


def test_a_second_writer_is_told_at_once(small_index, tmp_path):
    ix, folder = small_index
    token = uuid.uuid4().hex
    proc = mid_build(ix, big_corpus(tmp_path / "big.jsonl"), token)
    config = tmp_path / "config.yaml"
    config.write_text("index:\n  lock_timeout: 0.5\n", encoding="utf-8")
    second = subprocess.run(
        [sys.executable, "-m", "briefing_tui.tui.cli", "--config", str(config), "--index-dir", str(ix), "index", str(folder)],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert second.returncode == 3
    assert_one_line_error(second.stderr, "another process is updating the index")
    assert ids(ix) == {"a", "b"}  # searching during a build sees the previous index
    _out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    assert len(ids(ix)) == 100  # the limit: thousands are there


def test_the_corpus_is_big_enough_for_workers():
    assert indexer.PARALLEL_MIN_DOCS < 3000
