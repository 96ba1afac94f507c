"""Measures near-duplicate grouping (issue 11, 4) and writes benchmarks/results/stories.json.

On an index of the 20k corpus: how many stories the articles make and how big they get;
for 20 queries, whether any two of the top 20 rows still look alike (same folded title,
or 6 of 16 sketch values shared: a looser bar than the grouping's 10); the time grouping
takes on first use; and a fixed sample of grouped pairs (ids only) to read by hand.

    python benchmarks/bench_stories.py --index-dir DIR
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

from briefing_tui.search import Config, Query, SearchService  # noqa: E402
from briefing_tui.search.analysis import fold  # noqa: E402
from briefing_tui.search.embedded import reads  # noqa: E402
from briefing_tui.search.embedded.schema import SKETCH  # noqa: E402
from briefing_tui.search.similarity import stories, unpack  # noqa: E402

QUERIES = ["Phó bí thư Tỉnh ủy", "giá vàng", "bão", "Thủ tướng", "tai nạn giao thông", "Hà Nội", "covid",
           "xuất khẩu", "giải ngân vốn đầu tư công", "bóng đá", "chứng khoán", "Đà Nẵng", "ngân hàng",
           "học sinh", "bất động sản", "cháy", "World Cup", "Quốc hội", "thuế", "lũ lụt"]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--index-dir", type=Path, default=ROOT / "benchmarks" / "work" / "ix20k")
    args = parser.parse_args()
    service = SearchService(Config(), args.index_dir)
    source = service._open().source
    sketches = reads.read_varbytes_column(source.reader, SKETCH)
    start = time.perf_counter()
    story = stories(sketches, source.live, source.dated)
    grouping_s = time.perf_counter() - start
    sizes = Counter(Counter(story[d] for d in source.live).values())
    alike_rows = []
    for q in QUERIES:
        hits = service.search(Query(q, limit=20)).hits
        for i, a in enumerate(hits):
            for b in hits[i + 1 :]:
                da, db = source.docnum_of(a.id), source.docnum_of(b.id)
                assert da is not None and db is not None
                shared = len(set(unpack(sketches[da])) & set(unpack(sketches[db])))
                if shared >= 6 or (a.has_title and fold(a.title.lower()) == fold(b.title.lower())):
                    alike_rows.append({"query": q, "a": a.id, "b": b.id, "shared": shared})
    grouped = [d for d in source.live if story[d] != d]
    rng = random.Random(4)
    sample = [{"a": source.stored(story[d])["id"], "b": source.stored(d)["id"],
               "shared": len(set(unpack(sketches[d])) & set(unpack(sketches[story[d]])))}
              for d in rng.sample(grouped, min(40, len(grouped)))]
    out = {
        "index": str(args.index_dir),
        "articles": len(source.live),
        "stories": len({story[d] for d in source.live}),
        "articles_in_groups": sum(n * k for n, k in sizes.items() if n > 1),
        "group_sizes": {str(n): k for n, k in sorted(sizes.items()) if n > 1},
        "grouping_seconds": round(grouping_s, 3),
        "queries": len(QUERIES),
        "alike_pairs_in_top20": alike_rows,
        "sample_pairs_to_read": sample,
    }
    path = ROOT / "benchmarks" / "results" / "stories.json"
    path.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{out['articles']} articles → {out['stories']} stories ({out['articles_in_groups']} in groups), "
          f"grouped in {grouping_s:.2f} s; alike pairs in the top 20 of {len(QUERIES)} queries: {len(alike_rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
