"""Renders the measured tables of docs/performance.md from benchmarks/results/*.json.

    python benchmarks/report.py      # after any bench_*.py run

Only the block between the ``<!-- measured:begin -->`` and ``<!-- measured:end -->``
markers is rewritten; the prose around it is kept.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
RESULTS = ROOT / "benchmarks" / "results"
DOC = ROOT / "docs" / "performance.md"
BEGIN, END = "<!-- measured:begin -->", "<!-- measured:end -->"


def _load(name: str) -> dict | None:
    path = RESULTS / f"{name}.json"
    return json.loads(path.read_text("utf-8")) if path.exists() else None


def _row(what: str, measured: str, target: str = "") -> str:
    ok = ""
    return f"| {what} | {measured} | {target} |{ok}"


def render() -> str:
    out = []
    s = _load("search")
    if s:
        b, q, c, r = s["build"], s["queries"], s["cli"], s["ranking"]
        m = s["machine"]
        out += [
            f"### Search core (`benchmarks/bench_search.py`, {s['date']}, Python {m['python']}, {m['cpus']} cores)",
            "",
            "| measure | measured | target |",
            "|---|---|---|",
            _row(f"full build, {b['articles']:,} articles (CLI, {b['workers']} workers)", f"{b['build_seconds']} s ({b['docs_per_second']} docs/s)", "≤ 120 s"),
            _row("re-index of unchanged input", f"{b['noop_reindex_seconds']} s", "≤ 10 s"),
            _row("peak RSS while building (whole process tree)", f"{b['peak_rss_mb_tree']:.0f} MB", "≤ 1 GB"),
            _row("index size (Whoosh + phrase index)", f"{b['index_mb']:.0f} MB ({b['whoosh_mb']:.0f} + {b['phrase_index_mb']:.0f})", ""),
            _row(f"query latency p50 / p95 / max ({q['queries']} queries × 3, cold term caches)", f"{q['p50_ms']} / {q['p95_ms']} / {q['max_ms']} ms", "p50 ≤ 20, p95 ≤ 60 ms"),
            _row("opening the index / first query (loads facet data)", f"{q['snapshot_open_ms']} / {q['first_query_ms']} ms", ""),
            _row("RSS of the searching process after all queries", f"{q['rss_mb_after_queries']:.0f} MB", "≤ 300 MB"),
            _row(f"`{c['command']}` whole process", f"{c['median_s']} s median, {c['max_s']} s max", "≤ 0.6 s"),
            _row(f"ViMs same-event ranking ({r['queries']} queries)", f"MRR@10 {r['mrr_at_10']}, recall@10 {r['recall_at_10']}", ""),
            "",
            "Slowest queries (median ms): " + ", ".join(f"`{k}` {v}" for k, v in q["slowest_medians_ms"].items()),
            "",
        ]
    e = _load("extract")
    if e:
        out += [
            f"### Extraction (`benchmarks/bench_extract.py`, {e['date']})",
            "",
            "| measure | measured | target |",
            "|---|---|---|",
            _row(f"per article over {e['articles']:,} corpus articles", f"median {e['median_ms']} ms, p95 {e['p95_ms']} ms, mean {e['mean_ms']} ms", "median ≤ 5 ms"),
            "",
            "Field fill rates on the corpus: " + ", ".join(f"{k} {v}" for k, v in e.get("fill_rates", {}).items()),
            "",
        ]
    a = _load("app")
    if a:
        out += [
            f"### The reader (`benchmarks/bench_app.py`, {a['date']}, {a['terminal']} pseudo-terminal, 20k index)",
            "",
            "| measure | measured | target |",
            "|---|---|---|",
            _row(
                f"process start to the first results on screen (median / max of {a['startup_runs']})",
                f"{a['startup_first_results_median_s']} / {a['startup_first_results_max_s']} s",
                "≤ 1.0 s",
            ),
            _row("… to the facet counts painted and the exit", f"{a['startup_exit_after_facets_median_s']} s", ""),
            _row(
                f"keystroke to updated results, p50 / p95 / max ({a['keystrokes_isolated']} keys typed one by one)",
                f"{a['keystroke_p50_ms']} / {a['keystroke_p95_ms']} / {a['keystroke_max_ms']} ms",
                "p95 ≤ 150 ms",
            ),
            _row(
                "typing at 60 ms per key: last key to its hits, p50 / p95",
                f"{a['burst_last_key_to_hits_p50_ms']} / {a['burst_last_key_to_hits_p95_ms']} ms",
                "",
            ),
            _row(
                "… to its facet counts, p50 / p95",
                f"{a['burst_last_key_to_facets_p50_ms']} / {a['burst_last_key_to_facets_p95_ms']} ms",
                "",
            ),
            _row("memory (RSS) after browsing", f"{a['rss_mb_after_browsing']:.0f} MB", "≤ 300 MB"),
            "",
        ]
    c = _load("cold")
    if c:
        load = c["load_average"]
        out += [
            f"### Cold searches, builds side by side (`benchmarks/bench_cold.py`, {c['date']}, "
            f"load average {load['before'][0]}–{load['after'][0]} on {c['machine']['cpus']} cores)",
            "",
            "| measure | " + " | ".join(c["builds"]) + " | target |",
            "|---|" + "---|" * len(c["builds"]) + "---|",
        ]
        rows: list[tuple[str, Any, str]] = [
            (f"`search QUERY --format json` whole process, p50 / p95 ({c['rounds']} × {len(c['queries'])} queries)",
             lambda b: f"{b['cold_s']['p50']} / {b['cold_s']['p95']} s", "p50 ≤ 0.25 s"),
        ]
        if all("cold_cpu_s" in b for b in c["builds"].values()):
            rows.append(("… its CPU time (user + system), p50", lambda b: f"{b['cold_cpu_s']['p50']} s", ""))
        if all("warm_ms" in b for b in c["builds"].values()):
            rows += [
                ("warm query p50 / p95 (each series)", lambda b: " · ".join(
                    f"{p} / {q}" for p, q in zip(b["warm_ms"]["p50"], b["warm_ms"]["p95"])) + " ms", "p95 ≤ 25 ms"),
                ("first query after opening", lambda b: " · ".join(map(str, b["warm_ms"]["first_query"])) + " ms", ""),
            ]
        if all("app_s" in b for b in c["builds"].values()):
            rows.append((f"app: first results on screen, median / max of {next(iter(c['builds'].values()))['app_s']['runs']}",
                         lambda b: f"{b['app_s']['first_results_median']} / {b['app_s']['first_results_max']} s", "≤ 1.0 s"))
        out += [f"| {what} | " + " | ".join(cell(b) for b in c["builds"].values()) + f" | {target} |"
                for what, cell, target in rows]
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def main() -> int:
    text = DOC.read_text("utf-8")
    if BEGIN not in text or END not in text:
        print(f"{DOC} lacks the {BEGIN} … {END} markers", file=sys.stderr)
        return 1
    head, rest = text.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    DOC.write_text(f"{head}{BEGIN}\n{render()}{END}{tail}", encoding="utf-8")
    print(f"updated {DOC}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
