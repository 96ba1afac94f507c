"""Benchmarks the two backends side by side on ../shared/corpus; writes benchmarks/results/backends.json.

Measures (issue 15), Whoosh (embedded) and OpenSearch (the 3-node cluster of ci/opensearch/start on
this same 2-core box) in one run, on the same articles:
- build: ``briefing-tui index --rebuild`` of the corpus, wall time and peak RSS of the indexing
  process tree (for OpenSearch, the client side: the nodes' memory is reported apart), then the
  no-op re-index of unchanged input;
- index size: the Whoosh folder; the cluster's store (primaries, and with the replicas);
- query latency p50/p95/max: ``bench_search.QUERIES`` × 3, each a whole search (hits, facet counts,
  snippets for 20 hits) in a warm process;
- the same-results check: how many of those queries give the same total and facet counts;
- cold ``briefing-tui search 'Đề án 06'``: the whole process, 5 runs;
- memory: the searching process's RSS after all queries; the nodes' RSS (3 JVMs).

Needs a cluster: ``export BRIEFING_OS_HOSTS=$(ci/opensearch/start | paste -sd,)``. Run by hand:

    python benchmarks/bench_backends.py              # the 20k corpus (about 20 minutes here)
    python benchmarks/bench_backends.py --limit 3000 # a slice
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench_search import QUERIES, du_mb
from procstat import run_measured

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news-20k.jsonl.gz"
WORK = ROOT / "benchmarks" / "work"
CLI = [sys.executable, "-m", "briefing_tui.tui.cli"]
INDEX = "bench-backends"


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _where(backend: str, work: Path) -> list[str]:
    if backend == "whoosh":
        return ["--index-dir", str(work / "ix-backends")]
    hosts = os.environ["BRIEFING_OS_HOSTS"].split(",")
    cfg = work / "opensearch.yaml"
    cfg.write_text(f"search:\n  backend: opensearch\nopensearch:\n  hosts: [{', '.join(hosts)}]\n  index: {INDEX}\n"
                   "  timeout: 60\n", encoding="utf-8")
    return ["--config", str(cfg)]


def build(backend: str, corpus: Path, work: Path) -> dict[str, Any]:
    where = _where(backend, work)
    wall, peak, out = run_measured(CLI + [*where, "index", "--rebuild", "--quiet", str(corpus)])
    report = out.strip().splitlines()[-1]
    wall2, _peak, out2 = run_measured(CLI + [*where, "index", "--quiet", str(corpus)])
    added = int(report.split()[0])
    return {"articles": added, "build_seconds": round(wall, 1), "docs_per_second": round(added / wall, 1),
            "peak_rss_mb_tree": round(peak), "noop_reindex_seconds": round(wall2, 1),
            "noop_report": out2.strip().splitlines()[-1]}


def queries(backend: str, work: Path) -> dict[str, Any]:
    """In a child process (its own RSS): every query × 3, warm; totals and facet counts kept."""
    code = (
        "import json, sys, time\n"
        "from briefing_tui.search import load_config, open_service, Query\n"
        "from briefing_tui.tui.cli import build_parser, _config\n"
        f"args = build_parser().parse_args({_where(backend, work)!r} + ['search'])\n"
        "svc = open_service(_config(args), args.index_dir)\n"
        "queries = json.loads(sys.stdin.read())\n"
        "svc.search(Query(queries[0]))\n"
        "times, seen = [], {}\n"
        "for rep in range(3):\n"
        "    for q in queries:\n"
        "        t = time.perf_counter(); r = svc.search(Query(q)); times.append((time.perf_counter() - t) * 1000)\n"
        "        seen[q] = [r.total, r.phrase_total, {f: {v.value: v.count for v in getattr(r.facets, f)}"
        " for f in ('province', 'province_2025', 'official', 'year', 'month', 'source')}]\n"
        "rss = [l for l in open('/proc/self/status') if l.startswith('VmRSS')][0].split()[1]\n"
        "print(json.dumps({'times': times, 'seen': seen, 'rss_mb': int(rss) / 1024}))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], input=json.dumps(QUERIES), capture_output=True, text=True,
                          check=True)
    return json.loads(done.stdout)


def cold_cli(backend: str, work: Path) -> dict[str, float]:
    where = _where(backend, work)
    times = []
    for _ in range(6):
        t = time.perf_counter()
        subprocess.run(CLI + [*where, "search", "Đề án 06"], capture_output=True, check=True)
        times.append(time.perf_counter() - t)
    times = times[1:]  # the first warms the page cache
    return {"median_s": round(statistics.median(times), 3), "max_s": round(max(times), 3)}


def cluster_facts() -> dict[str, Any]:
    from opensearchpy import OpenSearch

    client = OpenSearch(hosts=os.environ["BRIEFING_OS_HOSTS"].split(","))
    row = client.cat.indices(index=INDEX, format="json", bytes="b")[0]
    work = Path(os.environ.get("BRIEFING_OS_WORK") or "/tmp/briefing-opensearch")
    pids = [int(p.read_text()) for p in sorted(work.glob("node*.pid"))]
    return {"store_mb": round(int(row["store.size"]) / 2**20), "primary_store_mb": round(int(row["pri.store.size"]) / 2**20),
            "shards": f"{row['pri']} primaries × {1 + int(row['rep'])} copies",
            "nodes_rss_mb": round(sum(_rss_mb(p) for p in pids)), "nodes": len(pids)}


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))], 1)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles of the corpus")
    args = parser.parse_args()
    if not os.environ.get("BRIEFING_OS_HOSTS"):
        sys.exit("set BRIEFING_OS_HOSTS (ci/opensearch/start prints the URLs)")
    WORK.mkdir(parents=True, exist_ok=True)
    corpus = CORPUS
    if args.limit:
        corpus = WORK / f"slice-{args.limit}.jsonl"
        with gzip.open(CORPUS, "rt", encoding="utf-8") as src:
            corpus.write_text("".join(itertools.islice(src, args.limit)), encoding="utf-8")
    out: dict[str, Any] = {"date": time.strftime("%Y-%m-%d"), "python": platform.python_version(),
                           "cores": os.cpu_count(), "corpus": corpus.name}
    seen = {}
    for backend in ("whoosh", "opensearch"):
        print(f"== {backend}: build", file=sys.stderr, flush=True)
        result: dict[str, Any] = build(backend, corpus, WORK)
        print(f"== {backend}: queries", file=sys.stderr, flush=True)
        q = queries(backend, WORK)
        seen[backend] = q["seen"]
        times = q["times"]
        result.update({"query_p50_ms": pct(times, 50), "query_p95_ms": pct(times, 95), "query_max_ms": round(max(times), 1),
                       "queries": f"{len(QUERIES)} × 3", "search_rss_mb": round(q["rss_mb"]),
                       "cold_cli": cold_cli(backend, WORK)})
        if backend == "whoosh":
            result["index_mb"] = round(du_mb(WORK / "ix-backends"))
        else:
            result.update(cluster_facts())
        out[backend] = result
        print(json.dumps(result, ensure_ascii=False), file=sys.stderr, flush=True)
    same = [q for q in QUERIES if seen["whoosh"][q] == seen["opensearch"][q]]
    out["same_results"] = {"queries": len(QUERIES), "same_total_phrases_facets": len(same),
                           "different": [q for q in QUERIES if q not in same]}
    path = ROOT / "benchmarks" / "results" / "backends.json"
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(out["same_results"], ensure_ascii=False))


if __name__ == "__main__":
    main()
