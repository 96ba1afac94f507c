"""Benchmarks extraction (issue 3) over ../shared/corpus/news-20k.jsonl.gz.

Times ``enrich`` per article (median, p95, mean) and measures how often each field is
filled; writes benchmarks/results/extract.json. Run by hand:

    python benchmarks/bench_extract.py [--limit N]

Wall time swings 2-3x on a loaded machine (the shared 2-core box ran at load 7-12 while issue 12 was
measured), so the CPU time of this process per article (``time.process_time``) is reported beside it:
that is what a before/after comparison should read. To time another checkout's extraction with this
script, put a folder holding ``briefing_tui/search`` (a link to that checkout's ``search/``) first on
PYTHONPATH.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news-20k.jsonl.gz"


def main() -> int:
    from briefing_tui.search.errors import ArticleError
    from briefing_tui.search.extract.pipeline import enrich
    from briefing_tui.search.inputs import RawRecord

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "extract.json")
    args = parser.parse_args()
    times: list[float] = []
    cpu: list[float] = []
    filled: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    skipped = 0
    n = 0
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            if args.limit and n >= args.limit:
                break
            d = json.loads(line)
            record = RawRecord(id=d["id"], origin=str(CORPUS), text=d["body"], where=d["id"],
                               title=d.get("title"), date=d.get("date"), source=d.get("source"), url=d.get("url"),
                               crawl_date=d.get("crawl_date"))
            n += 1
            t = time.perf_counter()
            c = time.process_time()
            try:
                a = enrich(record)
            except ArticleError:
                skipped += 1
                continue
            cpu.append(time.process_time() - c)
            times.append(time.perf_counter() - t)
            filled["title"] += a.title is not None
            filled["date"] += a.date.known
            filled["date_hint"] += a.date_hint is not None
            filled["provinces"] += bool(a.provinces)
            filled["main_province"] += a.main_province is not None
            filled["officials"] += bool(a.officials)
            filled["figures"] += bool(a.figures)
            filled["captions"] += bool(a.captions)
            kinds.update(fig.kind for fig in a.figures)
    ms = sorted(t * 1000 for t in times)
    cpu_ms = sorted(t * 1000 for t in cpu)
    result = {
        "date": time.strftime("%Y-%m-%d"),
        "articles": n,
        "skipped_legacy": skipped,
        "median_ms": round(statistics.median(ms), 2),
        "p95_ms": round(ms[int(0.95 * (len(ms) - 1))], 2),
        "mean_ms": round(statistics.mean(ms), 2),
        "cpu_median_ms": round(statistics.median(cpu_ms), 2),
        "cpu_p95_ms": round(cpu_ms[int(0.95 * (len(cpu_ms) - 1))], 2),
        "cpu_mean_ms": round(statistics.mean(cpu_ms), 2),
        # which checkout's extraction ran, relative to this one ("search" = this checkout's)
        "pipeline": os.path.relpath(Path(sys.modules[enrich.__module__].__file__ or "").parent.parent, ROOT),
        "fill_rates": {k: f"{v / max(1, len(times)):.0%}" for k, v in sorted(filled.items())},
        "figure_kinds": dict(kinds.most_common()),
        "note": "JSONL records bring their own title (87%) and date (dantri only); date from the body only via date lines",
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(result, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
