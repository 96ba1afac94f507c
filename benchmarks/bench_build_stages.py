"""Where a build's CPU goes, stage by stage, in one process (issue 14).

Reads the first ``--limit`` articles of the 20k corpus (after ``--skip``), then times each stage of
indexing over all of them with ``time.process_time``, one stage after the other: extraction
(``enrich``), the Whoosh document (stored record, sketch, terms), the phrase index's terms and word
edges, the phrase builder (add, write), Whoosh (add, write the segment). A whole build adds the
workers' start, the parent's reading, column file and phrase merge (``bench_growth.py`` measures the
whole). Run by each build's own Python to compare versions; the machine is shared, so compare runs
taken in turns.

    python benchmarks/bench_build_stages.py --limit 2000 --out benchmarks/results/build_stages.json
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news-20k.jsonl.gz"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--limit", type=int, default=2000, help="articles to time (default 2000)")
    ap.add_argument("--skip", type=int, default=5000, help="corpus lines skipped first (default 5000)")
    ap.add_argument("--label", default="", help="what this run measures (e.g. the commit)")
    ap.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "build_stages.json")
    args = ap.parse_args(argv)
    if not CORPUS.exists():
        print(f"skipped: the corpus {CORPUS} is absent (see ../shared/README.md)")
        return 0

    from whoosh.filedb.filestore import FileStorage

    from briefing_tui.search.abbreviations import learn_pairs
    from briefing_tui.search.embedded.phrase_build import PhraseIndexBuilder
    from briefing_tui.search.embedded.schema import build_schema, to_document
    from briefing_tui.search.embedded.workers import phrase_terms
    from briefing_tui.search.embedded.writing import segment_writer
    from briefing_tui.search.extract.pipeline import enrich
    from briefing_tui.search.inputs import RawRecord
    from briefing_tui.search.query.source import TEXT
    from briefing_tui.search.wordbreak import lexicon

    lexicon()  # loaded once per process, as a worker does
    records = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as f:
        for i, line in enumerate(itertools.islice(f, args.skip, args.skip + args.limit)):
            x = json.loads(line)
            records.append(RawRecord(id=str(x["id"]), origin="corpus", text=x.get("body") or "",
                                     where=f"corpus:{args.skip + i}", title=x.get("title"), date=x.get("date")))
    spent: dict[str, float] = {}

    def timed(stage: str, fn: Callable[[Any], Any], items: list[Any]) -> list[Any]:
        start = time.process_time()
        out = [fn(item) for item in items]
        spent[stage] = time.process_time() - start
        return out

    articles = timed("enrich", enrich, records)
    docs = timed("whoosh_document", lambda a: to_document(a[1], a[0], learn_pairs(a[1].body)),
                 list(enumerate(articles)))
    terms = timed("phrase_terms", lambda d: phrase_terms(d[TEXT]), docs)
    builder = PhraseIndexBuilder()
    timed("phrase_add", lambda it: builder.add(it[0], *it[1]), list(enumerate(terms)))
    with tempfile.TemporaryDirectory() as tmp:
        timed("phrase_write", lambda p: builder.write(p), [Path(tmp) / "phrases.bin"])
        folder = Path(tmp) / "whoosh"
        folder.mkdir()
        writer = segment_writer(FileStorage(str(folder)).create_index(build_schema()), lock=False)
        timed("whoosh_add", lambda d: writer.add_document(**d), docs)
        timed("whoosh_write", lambda w: w.commit(), [writer])
    n = len(records)
    per = {stage: round(1000 * s / n, 3) for stage, s in spent.items()}
    per["total"] = round(sum(per.values()), 3)
    for stage, ms in per.items():
        print(f"{stage:16s} {ms:7.2f} ms an article")
    result = {"label": args.label, "date": time.strftime("%Y-%m-%d %H:%M"), "articles": n, "load_average": os.getloadavg(),
              "python": sys.version.split()[0], "ms_per_article": per}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    runs = json.loads(args.out.read_text(encoding="utf-8")) if args.out.exists() else []
    runs.append(result)
    args.out.write_text(json.dumps(runs, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
