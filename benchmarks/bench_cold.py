"""Cold shell searches and warm queries, several builds side by side in one run (issue 14).

Cold: the whole process of ``briefing-tui --index-dir IX search QUERY --format json`` (facets
and snippets included), timed from spawn to exit, for a mix of queries; the builds take turns
query by query, so a noisy shared machine slows them alike, and go first in alternate rounds (the
first to run a query reads its part of the index back into the page cache). Warm: ``bench_search.bench_queries``
(72 queries × 3, term caches cleared before each) run by each build's own Python, in turns. App
(``--app N``): ``bench_app.start_once``, spawn to the first results on screen, in turns.

    python benchmarks/bench_cold.py \\
        --build before=/path/to/old/.venv/bin/python:/path/to/old-index \\
        --build after=.venv/bin/python:/path/to/new-index --rounds 7 --warm 2

Each build's index must have been built by that build's code (the schema differs).
Writes benchmarks/results/cold.json (or ``--out``).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench_search import percentile
from side_by_side import ENV, ROOT, header, in_turns, parse_builds, warm_once

QUERIES = [
    "kinh tế", "người dân", "chuyen doi so", '"Đề án 06"', "UBND", 'giáo dục province:"Đà Nẵng"',
    "giá vàng hôm nay", "bão", "thuế date:2019..2020", "covid 19 Việt Nam",
]


def _cold_once(python: Path, index: Path, query: str) -> tuple[float, float]:
    """Wall seconds of one search process, and the CPU seconds (user + system) it used: on a shared,
    loaded machine the CPU time is the steadier of the two."""
    exe = python.parent / "briefing-tui"
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([str(exe), "--index-dir", str(index), "search", query, "--format", "json"],
                          capture_output=True, check=False, env=ENV)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{exe} failed on {query!r}: {done.stderr.decode(errors='replace')}")
    return elapsed, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _app_once(python: Path, index: Path) -> tuple[float, float]:
    """One start of the app under a pseudo-terminal (``bench_app.start_once``), by the build's Python."""
    code = ("import json, sys; from pathlib import Path; import bench_app; "
            "print(json.dumps(bench_app.start_once(Path(sys.argv[1]))))")
    out = subprocess.run([str(python), "-c", code, str(index)], cwd=ROOT / "benchmarks", capture_output=True,
                         check=True, text=True, env=ENV).stdout
    first, total = json.loads(out.strip().splitlines()[-1])
    return first, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", action="append", required=True, help="NAME=PYTHON:INDEX_DIR")
    parser.add_argument("--rounds", type=int, default=7, help="cold runs of each query per build")
    parser.add_argument("--warm", type=int, default=1, help="warm query series per build (0: none)")
    parser.add_argument("--app", type=int, default=0, help="app start-ups per build, in turns (0: none)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "cold.json")
    args = parser.parse_args()
    builds = parse_builds(args.build)
    load_before = os.getloadavg()
    cold: dict[str, dict[str, list[float]]] = {name: {q: [] for q in QUERIES} for name in builds}
    cpu: dict[str, list[float]] = {name: [] for name in builds}
    for python, index in builds.values():  # one warm-up each (the page cache may not keep both indexes: see below)
        _cold_once(python, index, QUERIES[0])
    for rnd in range(args.rounds):
        # the build that runs a query first reads that query's part of the index back into the page
        # cache, the next one finds it there: ~8% of a cold search on this box (session 24), so the
        # builds take the first turn in alternate rounds (use an even number of rounds)
        order = list(builds.items()) if rnd % 2 == 0 else list(reversed(builds.items()))
        for q in QUERIES:
            for name, (python, index) in order:
                wall, used = _cold_once(python, index, q)
                cold[name][q].append(wall)
                cpu[name].append(used)
    warm = in_turns(builds, args.warm, warm_once)
    if args.app:
        for python, index in builds.values():
            _app_once(python, index)  # warm-up
    app = in_turns(builds, args.app, _app_once)
    results: dict = {
        **header(load_before),
        "queries": QUERIES,
        "rounds": args.rounds,
        "builds": {},
    }
    for name in builds:
        samples = [x for xs in cold[name].values() for x in xs]
        entry: dict = {
            "cold_s": {"p50": round(percentile(samples, 0.5), 3), "p95": round(percentile(samples, 0.95), 3),
                       "max": round(max(samples), 3), "samples": len(samples),
                       "per_query_median": {q: round(statistics.median(xs), 3) for q, xs in cold[name].items()}},
            "cold_cpu_s": {"p50": round(percentile(cpu[name], 0.5), 3), "p95": round(percentile(cpu[name], 0.95), 3)},
        }
        if warm[name]:
            runs = warm[name]
            entry["warm_ms"] = {
                "p50": [r["p50_ms"] for r in runs], "p95": [r["p95_ms"] for r in runs], "max": [r["max_ms"] for r in runs],
                "first_query": [r["first_query_ms"] for r in runs], "open": [r["snapshot_open_ms"] for r in runs],
                "rss_mb": [r["rss_mb_after_queries"] for r in runs], "slowest": runs[-1]["slowest_medians_ms"],
            }
        if app[name]:
            entry["app_s"] = {"first_results_median": round(statistics.median(a for a, _ in app[name]), 3),
                              "first_results_max": round(max(a for a, _ in app[name]), 3),
                              "exit_after_facets_median": round(statistics.median(b for _, b in app[name]), 3),
                              "runs": len(app[name])}
        results["builds"][name] = entry
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for name, entry in results["builds"].items():
        c = entry["cold_s"]
        line = (f"{name}: cold p50 {c['p50']} s, p95 {c['p95']} s, max {c['max']} s "
                f"(CPU p50 {entry['cold_cpu_s']['p50']} s)")
        if "warm_ms" in entry:
            w = entry["warm_ms"]
            line += f"; warm p50 {w['p50']} ms, p95 {w['p95']} ms, first query {w['first_query']} ms"
        if "app_s" in entry:
            line += f"; app first results {entry['app_s']['first_results_median']} s"
        print(line)
    print(f"load average before {results['load_average']['before']}, after {results['load_average']['after']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
