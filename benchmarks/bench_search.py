"""Benchmarks the search core on ../shared/corpus and writes benchmarks/results/search.json.

Measures (issue 2): full build time and docs/s with the CLI, the no-op re-index, index size,
peak RSS of the indexing process tree; query latency p50/p95 over a fixed mix of queries
(each timed as search + facet counts + snippets for 20 hits, term caches cleared before
every query); the whole-process time of ``briefing-tui search`` on the seeds; MRR@10 and
recall@10 on the ViMs same-event smoke benchmark (10 rows; since near-duplicates are grouped, a
row counts with the copies it lists as "+N similar"). Run by hand:

    python benchmarks/bench_search.py            # everything (about 4 minutes)
    python benchmarks/bench_search.py --skip-build   # reuse benchmarks/work/ix20k
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

from procstat import run_measured, tree_rss_mb

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
WORK = ROOT / "benchmarks" / "work"
CLI = [sys.executable, "-m", "briefing_tui.tui.cli"]

QUERIES = [
    # single syllables, with and without diacritics
    "người", "dân", "số", "sở", "đất", "vàng", "giá", "bão", "thuế", "điện",
    "so", "dan", "covid", "gia", "thue", "vang", "bao", "dien",
    # 2-syllable phrases
    "người dân", "Hà Nội", "kinh tế", "doanh nghiệp", "thủ tướng", "giáo dục", "bóng đá", "xuất khẩu",
    "nguoi dan", "ha noi", "kinh te", "doanh nghiep", "thu tuong", "giao duc", "bong da", "xuat khau",
    # 3-4 syllable phrases
    "chuyển đổi số", "tăng trưởng kinh tế", "ủy ban nhân dân", "an toàn giao thông", "ngân hàng nhà nước",
    "bảo hiểm xã hội", "thị trường chứng khoán", "bất động sản",
    "chuyen doi so", "tang truong kinh te", "uy ban nhan dan", "an toan giao thong", "bao hiem xa hoi",
    "thi truong chung khoan",
    # quoted phrases
    '"Đề án 06"', '"giá xăng"', '"Hà Nội"',
    # abbreviations
    "UBND", "HĐND", "CSDL", "CNTT", "TP.HCM", "BHXH", "NHNN",
    # facet filters
    'province:"Hà Nội"', 'giáo dục province:"Đà Nẵng"', "date:2020", "kinh tế date:2019..2020",
    'du lịch province:"Tuyên Quang"', "thuế source:dantri.com.vn", 'tỉnh:"Lâm Đồng"',
    # mixed, exclusion, OR
    "giá vàng hôm nay", "covid 19 Việt Nam", "xe máy điện", "học sinh lớp 12", "thuế thu nhập cá nhân",
    "bóng đá -Việt Nam", '"Hà Nội" OR "Đà Nẵng"',
]


def du_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 2**20


def bench_build(corpus: Path, index_dir: Path) -> dict:
    cmd = CLI + ["--index-dir", str(index_dir), "index", "--rebuild", "--quiet", str(corpus)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall, peak, out = run_measured(cmd)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)  # the whole process tree
    report = out.strip().splitlines()[-1]
    added = int(report.split()[0])
    wall2, _peak2, out2 = run_measured(CLI + ["--index-dir", str(index_dir), "index", "--quiet", str(corpus)])
    active = json.loads((index_dir / "meta.json").read_text())["active"]
    return {
        "articles": added,
        "build_seconds": round(wall, 1),
        "docs_per_second": round(added / wall, 1),
        "cpu_seconds": round(cpu, 1),
        "cpu_ms_per_doc": round(cpu / max(added, 1) * 1000, 2),
        "load_average_after": list(os.getloadavg()),
        "peak_rss_mb_tree": round(peak, 0),
        "noop_reindex_seconds": round(wall2, 1),
        "noop_report": out2.strip().splitlines()[-1],
        "index_mb": round(du_mb(index_dir / active), 0),
        "whoosh_mb": round(du_mb(index_dir / active / "whoosh"), 0),
        "phrase_index_mb": round(du_mb(index_dir / active / "phrases"), 0),
        "workers": os.cpu_count(),
    }


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    k = (len(ordered) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def bench_queries(index_dir: Path, repeats: int = 3) -> dict:
    from briefing_tui.search.config import Config
    from briefing_tui.search.models import Query
    from briefing_tui.search.service import SearchService

    service = SearchService(Config(), index_dir)
    t = time.perf_counter()
    snap = service._open().source  # the benchmark times cold lookups: it clears the engine's caches
    open_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    service.search(Query("thời tiết"))
    first_ms = (time.perf_counter() - t) * 1000
    per_query: dict[str, list[float]] = {q: [] for q in QUERIES}
    cpu: list[float] = []  # on a shared, loaded machine the CPU time is the steadier measure
    totals: dict[str, int] = {}
    for _ in range(repeats):
        for q in QUERIES:
            snap.clear_caches()
            t, c = time.perf_counter(), time.process_time()
            result = service.search(Query(q, limit=20))
            per_query[q].append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
            totals[q] = result.total
    samples = [x for xs in per_query.values() for x in xs]
    medians = {q: round(statistics.median(xs), 1) for q, xs in per_query.items()}
    slowest = sorted(medians.items(), key=lambda kv: -kv[1])[:8]
    return {
        "queries": len(QUERIES),
        "samples": len(samples),
        "snapshot_open_ms": round(open_ms, 1),
        "first_query_ms": round(first_ms, 1),
        "p50_ms": round(percentile(samples, 0.50), 1),
        "p95_ms": round(percentile(samples, 0.95), 1),
        "max_ms": round(max(samples), 1),
        "cpu_p50_ms": round(percentile(cpu, 0.50), 1),
        "cpu_p95_ms": round(percentile(cpu, 0.95), 1),
        "rss_mb_after_queries": round(tree_rss_mb(os.getpid()), 0),
        "slowest_medians_ms": dict(slowest),
        "per_query_median_ms": medians,
        "totals": totals,
    }


def bench_cli(seed_index: Path, runs: int = 10) -> dict:
    subprocess.run(CLI + ["--index-dir", str(seed_index), "index", "--rebuild", "--quiet"], check=True, capture_output=True)
    exe = Path(sys.executable).parent / "briefing-tui"
    cmd = [str(exe), "--index-dir", str(seed_index), "search", "Đề án 06"]
    times = []
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}  # as a user's Python: .pyc cached
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True, env=env)
        times.append(time.perf_counter() - t)
    return {"command": "briefing-tui search 'Đề án 06' (seeds)", "runs": runs,
            "median_s": round(statistics.median(times), 3), "max_s": round(max(times), 3)}


def bench_ranking(index_dir: Path) -> dict:
    from briefing_tui.search.config import Config
    from briefing_tui.search.models import Query
    from briefing_tui.search.service import SearchService

    bench = CORPUS / "vims-bench"
    subprocess.run(CLI + ["--index-dir", str(index_dir), "index", "--rebuild", "--quiet", str(bench / "docs.jsonl.gz")],
                   check=True, capture_output=True)
    qrels: dict[str, set[str]] = {}
    for line in (bench / "qrels.tsv").read_text("utf-8").splitlines():
        qid, _, doc, rel = line.split()
        if int(rel) > 0:
            qrels.setdefault(qid, set()).add(doc)
    queries = [line.split("\t", 1) for line in (bench / "queries.tsv").read_text("utf-8").splitlines() if line.strip()]
    service = SearchService(Config(), index_dir)
    rr, recall, latencies = [], [], []
    for qid, text in queries:
        t = time.perf_counter()
        rows = service.search(Query(text, limit=10)).hits
        latencies.append((time.perf_counter() - t) * 1000)
        hits = [h.id for h in rows]
        shown = set(hits) | {s for h in rows for s in h.similar}  # a row shows its story's copies ("+2 similar")
        relevant = qrels.get(qid, set())
        rank = next((i for i, h in enumerate(rows, 1) if relevant & {h.id, *h.similar}), None)
        rr.append(1 / rank if rank else 0.0)
        recall.append(len(relevant & shown) / len(relevant) if relevant else 0.0)
    return {"queries": len(queries), "mrr_at_10": round(statistics.mean(rr), 3),
            "recall_at_10": round(statistics.mean(recall), 3), "p50_ms": round(percentile(latencies, 0.5), 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-build", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "search.json")
    args = parser.parse_args()
    corpus = CORPUS / "news-20k.jsonl.gz"
    if not corpus.exists():
        print(f"corpus not found: {corpus}", file=sys.stderr)
        return 1
    WORK.mkdir(parents=True, exist_ok=True)
    index_dir = WORK / "ix20k"
    results: dict = {
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform()},
        "date": time.strftime("%Y-%m-%d"),
    }
    previous = json.loads(args.out.read_text()) if args.out.exists() else {}
    if args.skip_build and (index_dir / "meta.json").exists():
        results["build"] = previous.get("build", {})
    else:
        print("building the 20k index …", file=sys.stderr)
        results["build"] = bench_build(corpus, index_dir)
    print("timing queries …", file=sys.stderr)
    results["queries"] = bench_queries(index_dir)
    print("timing the CLI …", file=sys.stderr)
    results["cli"] = bench_cli(WORK / "seeds")
    print("ranking on ViMs …", file=sys.stderr)
    results["ranking"] = bench_ranking(WORK / "vims")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: v for k, v in results.items() if k != "queries"}, ensure_ascii=False, indent=1))
    q = results["queries"]
    print(f"queries: p50 {q['p50_ms']} ms, p95 {q['p95_ms']} ms, max {q['max_ms']} ms, first {q['first_query_ms']} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
