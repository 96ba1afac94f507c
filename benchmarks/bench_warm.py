"""Warm queries of several builds side by side in one run, in turns (issue 14, the warm half).

Each series is ``bench_search.bench_queries`` (72 queries × 3, search + facets + snippets for
20 hits, term caches cleared before each) run by one build's own Python on its index; the builds
take turns series by series, so a shared, loaded machine slows them alike. Besides the
percentiles of wall time it gives those of CPU time (steadier on a loaded machine) and checks
that the builds agree: the same total for every query.

    python benchmarks/bench_warm.py --build before=/old/.venv/bin/python:/ix \\
        --build after=.venv/bin/python:/ix --series 4

Writes benchmarks/results/warm.json (or ``--out``).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
from pathlib import Path

from side_by_side import ROOT, header, in_turns, parse_builds, warm_once


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", action="append", required=True, help="NAME=PYTHON:INDEX_DIR")
    parser.add_argument("--series", type=int, default=4, help="warm series per build, in turns")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "warm.json")
    args = parser.parse_args()
    builds = parse_builds(args.build)
    load_before = os.getloadavg()

    def told(name: str, r: dict) -> None:
        print(f"{name}: p50 {r['p50_ms']} ms, p95 {r['p95_ms']} ms, CPU p50 {r.get('cpu_p50_ms')} ms, "
              f"p95 {r.get('cpu_p95_ms')} ms (load {os.getloadavg()[0]:.1f})",
              file=sys.stderr)

    runs = in_turns(builds, args.series, warm_once, told)
    results: dict = {
        **header(load_before),
        "series": args.series,
        "builds": {},
    }
    totals = {name: r[-1]["totals"] for name, r in runs.items()}
    first = next(iter(totals.values()))
    results["same_totals"] = all(t == first for t in totals.values())
    for name, series in runs.items():
        per_query = {q: statistics.median(s["per_query_median_ms"][q] for s in series)
                     for q in series[0]["per_query_median_ms"]}
        results["builds"][name] = {
            "p50_ms": [s["p50_ms"] for s in series],
            "p95_ms": [s["p95_ms"] for s in series],
            "max_ms": [s["max_ms"] for s in series],
            "cpu_p50_ms": [s.get("cpu_p50_ms") for s in series],
            "cpu_p95_ms": [s.get("cpu_p95_ms") for s in series],
            "median_of_p50": round(statistics.median(s["p50_ms"] for s in series), 1),
            "median_of_p95": round(statistics.median(s["p95_ms"] for s in series), 1),
            "slowest_medians_ms": dict(sorted(per_query.items(), key=lambda kv: -kv[1])[:10]),
            "per_query_median_ms": {q: round(v, 1) for q, v in per_query.items()},
        }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    for name, entry in results["builds"].items():
        print(f"{name}: warm p50 {entry['p50_ms']} ms, p95 {entry['p95_ms']} ms "
              f"(medians {entry['median_of_p50']} / {entry['median_of_p95']}); "
              f"CPU p50 {entry['cpu_p50_ms']} ms, p95 {entry['cpu_p95_ms']} ms")
    print(f"same totals: {results['same_totals']}; load average before {results['load_average']['before']}, "
          f"after {results['load_average']['after']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
