"""Benchmarks the Textual app on the 20k-article index; writes benchmarks/results/app.json.

Measures (issue 4):
- start-up: wall time from process start until the terminal receives the first
  results (their status line), for the real entry point under a pseudo-terminal
  (160×50); ``BRIEFING_TUI_EXIT_WHEN_READY=1`` makes the app exit once the facet
  counts are painted too, and that exit time is reported beside it; median and max
  of several runs after one warm-up;
- keystroke → updated results: the same real process under the pseudo-terminal,
  keys written to it as a terminal would; the time from a key to the status line of
  its results reaching the screen (the hits come before the facet counts). "Isolated"
  keys come after the screen is still for longer than the debounce (type, look, type);
  "burst" keys come 60 ms apart and the last key is timed to its hits and to its
  facet counts (this includes waiting for the search in flight and the throttle,
  ``ui.debounce_ms``);
- memory: resident set size of the app's process after browsing (typing the queries,
  opening 20 articles and stepping through their hits, the all-figures view).

Needs the index that ``bench_search.py`` builds (benchmarks/work/ix20k). Run by hand:

    python benchmarks/bench_app.py
"""

from __future__ import annotations

import argparse
import fcntl
import json
import os
import platform
import pty
import select
import statistics
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path
from typing import Any

from briefing_tui.search import load_config

ROOT = Path(__file__).resolve().parents[1]
INDEX = ROOT / "benchmarks" / "work" / "ix20k"
SIZE = (160, 50)

# what an analyst types: with and without diacritics, phrases, fields, abbreviations
TYPED = [
    "Đề án 06", "de an 06", "chuyển đổi số", "chuyen doi so", "Hà Giang", "ha noi", "kinh tế", "UBND tỉnh",
    "CSDL", "giá vàng", "thue", "bảo hiểm xã hội", "province:\"Lào Cai\"", "date:2022", "dịch vụ công",
    "doanh nghiep", "xuất khẩu", "học sinh", "bao", "ngân hàng",
]


def rss_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


# --- the app under a pseudo-terminal -------------------------------------------------------

# what the status line says once results (or a verdict on the query) are on screen
RESULT_MARKS = tuple(m.encode() for m in ("articles · ", "1 article · ", "articles) · ", "article) · ",
                                          "No article matches", "Query: "))
"""("N stories (M articles) · " since near-duplicates are grouped.)"""


def _positions(data: bytes, mark: bytes) -> list[int]:
    out, i = [], data.find(mark)
    while i >= 0:
        out.append(i)
        i = data.find(mark, i + 1)
    return out


class Terminal:
    """``briefing-tui`` running under a pseudo-terminal: keys in, screen bytes out."""

    def __init__(self, index: Path, exit_when_ready: bool = False, config: Path | None = None) -> None:
        self.master, slave = pty.openpty()
        cols, rows = SIZE
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        # a user's Python caches the compiled modules (``.pyc``); a shell that forbids writing them
        # (PYTHONDONTWRITEBYTECODE) would time compiling every module of the app on every start
        env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "PYTHONDONTWRITEBYTECODE")}
        env.update(TERM="xterm-256color", LANG="en_US.UTF-8")
        if exit_when_ready:
            env["BRIEFING_TUI_EXIT_WHEN_READY"] = "1"
        self.started = time.perf_counter()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "briefing_tui.tui.cli", "--index-dir", str(index)]
            + (["--config", str(config)] if config else []),
            stdin=slave, stdout=slave, stderr=slave, env=env, close_fds=True,
        )
        os.close(slave)

    def read(self, timeout: float) -> bytes | None:
        """Screen bytes within ``timeout`` seconds: b"" if none came, None once the app is gone."""
        ready, _, _ = select.select([self.master], [], [], timeout)
        if not ready:
            return b""
        try:
            return os.read(self.master, 65536)
        except OSError:
            return None

    def wait_for(self, marks: tuple[bytes, ...], timeout: float = 10.0) -> float:
        """The time at which one of ``marks`` reaches the screen."""
        tail = b""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            chunk = self.read(0.005)
            if chunk is None:
                break
            tail = tail[-64:] + chunk
            if any(m in tail for m in marks):
                return time.perf_counter()
        raise SystemExit(f"nothing of {marks} on screen within {timeout} s")

    def quiet(self, seconds: float, marks: tuple[bytes, ...] = (), limit: float = 10.0) -> list[float]:
        """Read until the screen has been still for ``seconds`` (at most ``limit`` seconds: a cursor
        blinking every half second never leaves it still for 0.5 s); when each of ``marks`` came."""
        times: list[float] = []
        keep = max((len(m) for m in marks), default=1) - 1
        buf = b""
        deadline = time.perf_counter() + limit
        while time.perf_counter() < deadline and (chunk := self.read(seconds)):
            buf += chunk
            ends = sorted(i + len(m) for m in marks for i in _positions(buf, m))
            times += [time.perf_counter()] * len(ends)
            buf = buf[ends[-1] :] if ends else buf
            buf = buf[-keep:] if keep else b""
        return times

    def send(self, keys: str) -> float:
        os.write(self.master, keys.encode())
        return time.perf_counter()

    def rss_mb(self) -> float:
        return rss_mb(self.proc.pid)

    def close(self) -> int:
        if self.proc.poll() is None:
            self.send("q")
        while self.proc.poll() is None and self.read(0.05) is not None:
            pass
        code = self.proc.wait(10)
        os.close(self.master)
        return code


# --- start-up -----------------------------------------------------------------------------


def start_once(index: Path) -> tuple[float, float]:
    """Seconds from spawning ``briefing-tui`` to its first results on screen, and to its exit.

    "On screen" is the moment the terminal receives the status line of the first
    results ("20,000 articles · … ms"): the hits are there and the reader can act.
    The exit follows the facet counts' paint.
    """
    term = Terminal(index, exit_when_ready=True)
    first = term.wait_for(RESULT_MARKS) - term.started
    code = term.close()
    if code != 0:
        raise SystemExit(f"the app exited with {code}")
    return first, time.perf_counter() - term.started


def measure_startup(index: Path, runs: int) -> dict[str, Any]:
    start_once(index)  # warm the page cache, as on a machine where the app was used before
    pairs = [start_once(index) for _ in range(runs)]
    first = [p[0] for p in pairs]
    total = [p[1] for p in pairs]
    return {
        "runs": runs,
        "first_results_median_s": round(statistics.median(first), 3),
        "first_results_max_s": round(max(first), 3),
        "exit_after_facets_median_s": round(statistics.median(total), 3),
    }


# --- keystrokes and memory ------------------------------------------------------------------

CLEAR = "\x15"  # ctrl+u: empty the search box
ESC = "\x1b"


def measure_interaction(index: Path, config: Path | None) -> dict[str, Any]:
    debounce_s = load_config(str(config) if config else None).ui.debounce_ms / 1000
    term = Terminal(index, config=config)
    term.wait_for(RESULT_MARKS)
    term.quiet(0.5)
    term.send("/")
    isolated: list[float] = []
    burst: list[float] = []
    burst_hits: list[float] = []
    pause = debounce_s + 0.1
    # isolated keystrokes: every character of every query, each after the screen is still
    for text in TYPED:
        term.send(CLEAR)
        term.quiet(pause)
        for ch in text:
            t0 = term.send(ch)
            isolated.append(term.wait_for(RESULT_MARKS) - t0)
            term.quiet(pause)
    # bursts: each query typed 60 ms per key; the last key timed to its hits and to its
    # facets (a search paints its status line twice: hits first, then facet counts)
    for text in TYPED:
        term.send(CLEAR)
        term.quiet(pause)
        for ch in text[:-1]:
            term.send(ch)
            term.quiet(0.06)
        t0 = term.send(text[-1])
        times = term.quiet(pause, RESULT_MARKS)
        if len(times) >= 2:
            burst_hits.append(times[-2] - t0)
            burst.append(times[-1] - t0)
    # browse: open articles, step through hits, the all-figures view
    for text in ("chuyển đổi số", "kinh tế", "Đề án 06", "giá vàng", "ngân hàng"):
        term.send(CLEAR + text)
        term.quiet(0.5)
        term.send("\r")  # to the results
        for _ in range(4):
            for key in ("\r", "n", "n", "n", "\x1b[B"):  # open, three hits, next result
                term.send(key)
                term.quiet(0.15)
        term.send("a")
        term.quiet(0.5)
        term.send(ESC)
        term.quiet(0.3)
        term.send("/")
        term.quiet(0.1)
    rss = term.rss_mb()
    term.send(ESC)
    term.quiet(0.2)
    code = term.close()
    if code != 0:
        raise SystemExit(f"the app exited with {code}")

    def pct(xs: list[float], q: float) -> float:
        return round(sorted(xs)[min(len(xs) - 1, int(q * len(xs)))] * 1000, 1)

    return {
        "keystrokes_isolated": len(isolated),
        "keystroke_p50_ms": pct(isolated, 0.50),
        "keystroke_p95_ms": pct(isolated, 0.95),
        "keystroke_max_ms": pct(isolated, 1.0),
        "burst_last_key_to_hits_p50_ms": pct(burst_hits, 0.50),
        "burst_last_key_to_hits_p95_ms": pct(burst_hits, 0.95),
        "burst_last_key_to_facets_p50_ms": pct(burst, 0.50),
        "burst_last_key_to_facets_p95_ms": pct(burst, 0.95),
        "rss_mb_after_browsing": round(rss, 1),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, default=INDEX)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--config", type=Path, help="a config.yaml for the app (e.g. another ui.debounce_ms)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "app.json")
    args = parser.parse_args()
    if not (args.index / "meta.json").exists():
        print(f"no index at {args.index}: run benchmarks/bench_search.py first", file=sys.stderr)
        return 2
    print("start-up …", flush=True)
    startup = measure_startup(args.index, args.runs)
    print(startup, flush=True)
    print("keystrokes and browsing …", flush=True)
    interaction = measure_interaction(args.index, args.config)
    print(interaction, flush=True)
    result = {
        "date": time.strftime("%Y-%m-%d"),
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}",
        "terminal": f"{SIZE[0]}x{SIZE[1]}",
        "startup_first_results_median_s": startup["first_results_median_s"],
        "startup_first_results_max_s": startup["first_results_max_s"],
        "startup_exit_after_facets_median_s": startup["exit_after_facets_median_s"],
        "startup_runs": startup["runs"],
        **interaction,
        "goals": {"startup_s": 1.0, "keystroke_p95_ms": 150, "rss_mb_after_browsing": 300},
    }
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
