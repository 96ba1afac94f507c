"""How the embedded engine grows: 5k, 20k and 150k articles, and what that predicts for 1M (issue 14).

For each size: the build from scratch (wall time, docs/s, peak RSS of the whole process tree, files),
a no-op re-index, the index's size against the corpus text, warm queries (``bench_search.bench_queries``:
72 queries × 3, caches cleared before each), cold shell searches (``bench_cold``: the whole
``briefing-tui search QUERY --format json`` process) and, with ``--app``, the app's start and keystrokes
(``bench_app``). The 5k size is the first 5,000 articles of the 20k corpus; 150k is
``vietnews-150k.jsonl.gz`` (skipped with a message when absent). 1M is extrapolated per measure: sizes and
build time in proportion to the articles, latencies by the power law through the 20k and 150k points.

    python benchmarks/bench_growth.py [--sizes 5k,20k,150k] [--app] [--rounds 3]

Writes benchmarks/results/growth.json and prints the Markdown table for docs/performance.md.
Corpus text stays under benchmarks/work/ (not in the project).
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import os
import platform
import sys
import time
from pathlib import Path

from bench_cold import QUERIES as COLD_QUERIES
from bench_cold import _cold_once
from bench_search import CORPUS, WORK, bench_build, bench_queries, du_mb, percentile

ROOT = Path(__file__).resolve().parents[1]
SIZES = {
    "5k": (CORPUS / "news-20k.jsonl.gz", 5_000),
    "20k": (CORPUS / "news-20k.jsonl.gz", 0),
    "150k": (CORPUS / "vietnews-150k.jsonl.gz", 0),
}


def _corpus(name: str) -> Path | None:
    source, limit = SIZES[name]
    if not source.exists():
        print(f"{name}: corpus not found ({source}); skipped", file=sys.stderr)
        return None
    if not limit:
        return source
    WORK.mkdir(parents=True, exist_ok=True)
    sliced = WORK / f"slice-{name}.jsonl.gz"
    if not sliced.exists():
        with gzip.open(source, "rt", encoding="utf-8") as src, gzip.open(sliced, "wt", encoding="utf-8") as out:
            for i, line in enumerate(src):
                if i >= limit:
                    break
                out.write(line)
    return sliced


def _text_mb(corpus: Path) -> float:
    total = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            total += len((d.get("title") or "").encode("utf-8")) + len((d.get("body") or "").encode("utf-8"))
    return total / 2**20


def _cold(index: Path, rounds: int) -> dict:
    python = Path(sys.executable)
    _cold_once(python, index, COLD_QUERIES[0])  # warm the page cache and the bytecode
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(rounds):
        for q in COLD_QUERIES:
            w, c = _cold_once(python, index, q)
            wall.append(w)
            cpu.append(c)
    return {
        "samples": len(wall),
        "p50_s": round(percentile(wall, 0.5), 3),
        "p95_s": round(percentile(wall, 0.95), 3),
        "cpu_p50_s": round(percentile(cpu, 0.5), 3),
    }


def _app(index: Path) -> dict:
    import bench_app

    start = bench_app.measure_startup(index, 3)
    typing = bench_app.measure_interaction(index, None)
    return {**start, **typing}


def _predict(rows: dict[str, dict], n_target: int) -> dict:
    """1M from the two largest sizes: linear for sizes and build time, a power law for latencies."""
    done = sorted(rows.values(), key=lambda r: r["articles"])
    if len(done) < 2:
        return {}
    a, b = done[-2], done[-1]
    scale = n_target / b["articles"]
    out = {
        "articles": n_target,
        "build_seconds": round(b["build"]["build_seconds"] * scale),
        "index_mb": round(b["build"]["index_mb"] * scale),
        "peak_rss_mb_tree": round(b["build"]["peak_rss_mb_tree"] * (1 + math.log(scale, 2) * 0.1)),
    }

    def law(x_a: float, x_b: float) -> float:
        if x_a <= 0 or x_b <= 0:
            return x_b
        k = math.log(x_b / x_a) / math.log(b["articles"] / a["articles"])
        return x_b * scale**k

    out["warm_p50_ms"] = round(law(a["warm"]["p50_ms"], b["warm"]["p50_ms"]), 1)
    out["warm_p95_ms"] = round(law(a["warm"]["p95_ms"], b["warm"]["p95_ms"]), 1)
    out["cold_p50_s"] = round(law(a["cold"]["p50_s"], b["cold"]["p50_s"]), 2)
    return out


def table(result: dict) -> str:
    rows = result["sizes"]
    head = "| articles | text MB | build s | docs/s | peak RSS MB | index MB (× text) | no-op s | warm p50/p95 ms | cold p50 s |"
    lines = [head, "|" + "---|" * 9]
    for name, r in rows.items():
        b = r["build"]
        lines.append(
            f"| {name} ({r['articles']:,}) | {r['text_mb']:.0f} | {b['build_seconds']} | {b['docs_per_second']} | "
            f"{b['peak_rss_mb_tree']:.0f} | {b['index_mb']:.0f} ({b['index_mb'] / r['text_mb']:.1f}×) | "
            f"{b['noop_reindex_seconds']} | {r['warm']['p50_ms']} / {r['warm']['p95_ms']} | {r['cold']['p50_s']} |"
        )
    p = result.get("predicted_1m")
    if p:
        lines.append(
            f"| 1M (predicted) | | {p['build_seconds']} | | ~{p['peak_rss_mb_tree']} | {p['index_mb']} | | "
            f"{p['warm_p50_ms']} / {p['warm_p95_ms']} | {p['cold_p50_s']} |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="5k,20k,150k")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the cold queries")
    parser.add_argument("--app", action="store_true", help="also the app's start and keystrokes")
    parser.add_argument("--keep", action="store_true", help="reuse an index built earlier (its build numbers too)")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "growth.json")
    args = parser.parse_args()
    previous = json.loads(args.out.read_text()) if args.out.exists() else {}
    result: dict = {
        "date": time.strftime("%Y-%m-%d %H:%M"),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "load_average_before": list(os.getloadavg()),
        "sizes": {},
    }
    for name in args.sizes.split(","):
        corpus = _corpus(name)
        if corpus is None:
            continue
        index = WORK / f"growth-{name}"
        print(f"{name}: building …", file=sys.stderr)
        row: dict = {"corpus": corpus.name, "text_mb": round(_text_mb(corpus), 1)}
        kept = previous.get("sizes", {}).get(name)
        if args.keep and kept and (index / "meta.json").exists():
            row["build"] = kept["build"]
        else:
            row["build"] = bench_build(corpus, index)
        row["articles"] = row["build"]["articles"]
        active = json.loads((index / "meta.json").read_text())["active"]
        row["files"] = {
            "whoosh_segments": len(list((index / active / "whoosh").glob("*.seg"))),
            "phrase_files": len(list((index / active / "phrases").glob("*.bin"))),
            "columns_mb": round(du_mb(index / active / "columns"), 1),
        }
        print(f"{name}: warm queries …", file=sys.stderr)
        warm = bench_queries(index)
        row["warm"] = {k: warm[k] for k in ("p50_ms", "p95_ms", "max_ms", "first_query_ms", "snapshot_open_ms",
                                             "rss_mb_after_queries")}
        print(f"{name}: cold searches …", file=sys.stderr)
        row["cold"] = _cold(index, args.rounds)
        if args.app:
            print(f"{name}: the app …", file=sys.stderr)
            row["app"] = _app(index)
        result["sizes"][name] = row
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    result["predicted_1m"] = _predict(result["sizes"], 1_000_000)
    result["load_average_after"] = list(os.getloadavg())
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(table(result))
    if any("app" in r for r in result["sizes"].values()):
        for name, r in result["sizes"].items():
            if "app" in r:
                a = r["app"]
                print(f"app {name}: first results {a['first_results_median_s']} s, keystroke p95 "
                      f"{a['keystroke_p95_ms']} ms, RSS {a['rss_mb_after_browsing']} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
