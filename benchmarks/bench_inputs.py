"""Benchmarks reading the real-world formats (issue 13); writes benchmarks/results/inputs.json.

Pages, a feed, PDFs and DOCX files are built at run time with the test builders
(tests/formats/builders.py) around the bodies of the first ``--limit`` articles of
../shared/corpus/news-20k.jsonl.gz (real lengths; nothing is written to disk or kept),
then each reader is timed on them: median and p95 per document, and the import cost of
each reader's library in a fresh process. Run by hand:

    python benchmarks/bench_inputs.py [--limit N]
"""

from __future__ import annotations

import argparse
import gzip
import json
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news-20k.jsonl.gz"
sys.path.insert(0, str(ROOT / "tests"))


def _bodies(limit: int) -> list[tuple[str, list[str]]]:
    out = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            paras = [p.strip() for p in rec["body"].split("\n") if p.strip()]
            if len(paras) >= 3:
                out.append((rec.get("title") or paras[0][:80], paras))
            if len(out) >= limit:
                break
    return out


def _time(fn, items) -> dict[str, float]:  # type: ignore[no-untyped-def]
    times = []
    for item in items:
        t = time.perf_counter()
        fn(item)
        times.append((time.perf_counter() - t) * 1000)
    times.sort()
    return {"n": len(times), "median_ms": round(statistics.median(times), 2),
            "p95_ms": round(times[int(len(times) * 0.95) - 1], 2), "mean_ms": round(statistics.fmean(times), 2)}


def _import_ms(module: str) -> float:
    code = f"import time; t=time.perf_counter(); import {module}; print((time.perf_counter()-t)*1000)"
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout) for _ in range(3)]
    return round(statistics.median(runs), 1)


def main() -> int:
    from formats.builders import TCVN3_SAMPLE, feed_items, html_page, make_docx, make_pdf, rss

    from briefing_tui.search.extract.legacy import convert_legacy
    from briefing_tui.search.inputs.feeds import read_feed
    from briefing_tui.search.inputs.html import read_html
    from briefing_tui.search.inputs.pdf import read_pdf
    from briefing_tui.search.inputs.word import read_docx

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=200)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "inputs.json")
    args = parser.parse_args()
    docs = _bodies(args.limit)
    pages = [html_page(title=title, paragraphs=paras).encode() for title, paras in docs]
    read_html(pages[0], "w", "w", "w")  # imports paid once
    results: dict[str, object] = {"articles": len(docs), "python": platform.python_version()}
    results["html_page"] = _time(lambda p: read_html(p, "p", "p", "p"), pages)
    results["html_page"]["mean_kb"] = round(statistics.fmean(len(p) for p in pages) / 1024, 1)  # type: ignore[index]
    feed = rss(feed_items(50)).encode()
    results["feed_50_items"] = _time(lambda f: list(read_feed(f, "f", "f")), [feed] * 10)
    docx_files = [make_docx({"left": ["ỦY BAN NHÂN DÂN", "Số: 1/QĐ-UBND"], "right": ["x"], "body": paras}) for _, paras in docs[:50]]
    results["docx"] = _time(lambda d: read_docx(d, "d", "d", "d"), docx_files)
    pdfs = []
    for _, paras in docs[:50]:
        lines = [p[i:i + 90] for p in paras for i in range(0, len(p), 90)]
        chars = sorted(set("".join(lines)))
        if len(chars) < 200:
            pdfs.append(make_pdf([lines[i:i + 50] for i in range(0, len(lines), 50)]))
    results["pdf"] = _time(lambda d: read_pdf(d, "d", "d", "d"), pdfs)
    legacy = [(TCVN3_SAMPLE + " ") * 30] * 20
    results["tcvn3_4kb"] = _time(convert_legacy, legacy)
    results["import_ms"] = {m: _import_ms(m) for m in ("trafilatura", "feedparser", "pypdf", "docx", "watchfiles")}
    args.out.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps(results, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
