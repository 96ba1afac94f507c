"""Benchmarks "did you mean" (issue 11, 6) and writes benchmarks/results/suggest.json.

Measures, on an index of the 20k corpus: for each of the 89 misspellings written by
hand in tests/data/misspellings.jsonl, whether the query's suggestion is the intended
form (first and only place; case, tone placement and spacing aside), by kind; how
often a correctly typed query gets a suggestion it should not (the intended forms,
and bench_search's 72 queries); the time a suggestion adds (``correction`` alone).

    python benchmarks/bench_suggest.py --index-dir DIR   # an index of news-20k (schema as built)
    python benchmarks/bench_suggest.py                   # benchmarks/work/ix20k (bench_search builds it)
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_search import QUERIES  # noqa: E402

from briefing_tui.search import Config, Query, SearchService  # noqa: E402
from briefing_tui.search.analysis import fold, normalize  # noqa: E402


def same(a: str | None, b: str) -> bool:
    return a is not None and " ".join(normalize(a).lower().split()) == " ".join(normalize(b).lower().split())


def score(service: SearchService, cases: list[dict]) -> tuple[Counter[str], Counter[str], list[dict]]:
    """(right by kind, cases by kind, the wrong ones) of the suggestion each misspelling gets."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    wrong = []
    for case in cases:
        result = service.search(Query(case["typed"], limit=5))
        total[case["kind"]] += 1
        if same(result.suggestion, case["intended"]) and result.corrected:
            right[case["kind"]] += 1
        else:
            wrong.append({"typed": case["typed"], "intended": case["intended"], "got": result.suggestion,
                          "total": result.total})
    return right, total, wrong


def sampled_runs(service: SearchService, n: int) -> list[str]:
    """Runs of 2–4 words from real titles (a fixed seed): correctly typed text a suggestion must leave alone."""
    import random

    rng = random.Random(6)
    titles = sorted(h.title for h in service.search(Query("", limit=2000)).hits if h.has_title)
    out: list[str] = []
    while len(out) < n:
        words = [w.strip(".,:;!?\"“”()'‘’") for w in rng.choice(titles).split()]
        words = [w for w in words if w and not w.isdigit()]
        if len(words) < 2:
            continue
        size = rng.randint(2, min(4, len(words)))
        start = rng.randrange(len(words) - size + 1)
        out.append(" ".join(words[start : start + size]))
    return out


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index-dir", type=Path, default=ROOT / "benchmarks" / "work" / "ix20k")
    args = parser.parse_args()
    service = SearchService(Config(), args.index_dir)
    from briefing_tui.search.query.suggest import correction

    cases = [json.loads(line) for line in (ROOT / "tests" / "data" / "misspellings.jsonl").open(encoding="utf-8")]
    right, total, wrong = score(service, cases)
    held_path = ROOT / "tests" / "data" / "misspellings_heldout.jsonl"
    held = [json.loads(line) for line in held_path.open(encoding="utf-8")] if held_path.exists() else []
    held_right, held_total, held_wrong = score(service, held)
    times = []
    source = service._open().source  # the suggester alone, timed warm
    for case in cases + [{"typed": q} for q in QUERIES]:
        matched = service.search(Query(case["typed"], limit=1)).total
        start = time.perf_counter()
        correction(source, case["typed"], matched)
        times.append((time.perf_counter() - start) * 1000)
    false_alarms = []
    sampled = sampled_runs(service, 300)
    for text in [c["intended"] for c in cases + held] + [q for q in QUERIES if fold(q) != q] + sampled:
        result = service.search(Query(text, limit=1))
        if result.corrected:
            false_alarms.append({"typed": text, "got": result.suggestion})
    checked = len({c["intended"] for c in cases + held} | {q for q in QUERIES if fold(q) != q} | set(sampled))
    times.sort()
    out = {
        "machine": {"python": platform.python_version(), "cpus": __import__("os").cpu_count()},
        "date": time.strftime("%Y-%m-%d"),
        "index": str(args.index_dir),
        "misspellings": len(cases),
        "right_first": sum(right.values()),
        "accuracy": round(sum(right.values()) / len(cases), 3),
        "by_kind": {k: f"{right[k]}/{total[k]}" for k in sorted(total)},
        "wrong": wrong,
        "held_out": {"misspellings": len(held), "right_first": sum(held_right.values()),
                     "accuracy": round(sum(held_right.values()) / len(held), 3) if held else None,
                     "by_kind": {k: f"{held_right[k]}/{held_total[k]}" for k in sorted(held_total)},
                     "wrong": held_wrong},
        "correct_queries_checked": checked,
        "false_alarms": false_alarms,
        "correction_ms": {"p50": round(statistics.median(times), 2), "p95": round(times[int(len(times) * 0.95)], 2),
                          "max": round(times[-1], 2)},
    }
    path = ROOT / "benchmarks" / "results" / "suggest.json"
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if held:
        print(f"held out: {out['held_out']['right_first']}/{len(held)} ({out['held_out']['accuracy']:.1%})")
    print(f"right first: {out['right_first']}/{len(cases)} ({out['accuracy']:.1%}) {out['by_kind']}; "
          f"false alarms {len(false_alarms)}/{checked}; correction p50 {out['correction_ms']['p50']} ms, "
          f"p95 {out['correction_ms']['p95']} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
