"""Chooses the syllable pairs whose word-aware phrase answer is decided at index time
(``search/data/exact_pairs.txt``; issue 14, warm queries).

A two-syllable phrase ("người dân", "nguoi dan") is word-aware: an article holds it when some occurrence
neither starts nor ends inside a neighbouring word (docs/wordbreak.md). The phrase index marks an
occurrence with both outer edges closed as clean; an article holding the pair only with an open edge
("người dân tộc") was judged at query time, on its token window (``phrases.PhraseIndex.verify``): ~40 µs an
article, 2,700 articles for "nguoi dan" at 20k, a third of the commonest two-syllable queries' time. For
the pairs in the shipped list the index builder judges those occurrences itself, so the clean bit is
exact and the query reads the answer from the postings.

Which pairs: those that stand as a word on their own (both outer edges closed) in at least as many
articles as hold them only with an open edge — what people type as a phrase ("nguoi dan", "quan chuc"),
not the fragments across words that are as common ("quan den" of "liên quan đến", "cac co" of "các cơ
quan"), which cost as much to judge and are not searched — and of those the ``--top`` held, in the most
articles, only with an open edge (the articles a query would judge), counted over every ``--step``-th
record of the corpus. The
list holds syllable pairs and nothing else (no article text). Judging every open occurrence of every pair
would cost ~5 ms an article at build (docs/performance.md), more than the rest of the phrase index; the
list bounds that.

    python benchmarks/exact_pairs.py [--top 2000] [--step 2]   # → search/data/exact_pairs.txt
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news-20k.jsonl.gz"
OUT = ROOT / "search" / "data" / "exact_pairs.txt"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--top", type=int, default=2000)
    parser.add_argument("--step", type=int, default=2, help="count every N-th record")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    if not args.corpus.exists():
        print(f"{args.corpus} is absent: nothing to count (see ../shared/README.md)", file=sys.stderr)
        return 1
    from briefing_tui.search.embedded.workers import phrase_terms

    standing: Counter[tuple[str, str]] = Counter()

    unsure: Counter[tuple[str, str]] = Counter()
    t0 = time.perf_counter()
    articles = 0
    with gzip.open(args.corpus, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f):
            if n % args.step or n >= 200_000:
                continue
            d = json.loads(line)
            text = f"{d.get('title') or ''}\n\n{d.get('body') or ''}"
            _accented, folded, edges = phrase_terms(text)
            size = len(folded)
            seen: set[tuple[str, str]] = set()
            clean: set[tuple[str, str]] = set()
            for i in range(size - 1):
                pair = (folded[i], folded[i + 1])
                if not (edges[i] & 1 or (i + 2 < size and edges[i + 2] & 1)):
                    clean.add(pair)
                seen.add(pair)
            unsure.update(seen - clean)
            standing.update(clean)
            articles += 1
    kept = [(p, n) for p, n in unsure.most_common() if standing[p] >= n][: args.top]
    top = sorted(f"{a} {b}" for (a, b), _ in kept)
    args.out.write_text("\n".join(top) + "\n", encoding="utf-8")
    last = kept[-1][1] if kept else 0
    print(f"{articles} articles in {time.perf_counter() - t0:.0f} s: {len(unsure):,} pairs held only with an open "
          f"edge somewhere; the {len(top)} kept are so held in ≥ {last} articles each → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
