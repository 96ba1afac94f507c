"""What word-aware phrases cost and change (issue 11, point 3) → benchmarks/results/word_phrases.json.

On an index built from ../shared/corpus (``--index-dir``), for phrases that cross words often and phrases
that rarely do: how many articles hold the syllables in a row, how many hold the phrase as words (and how
many of those needed the stored text: every occurrence had an open edge), and the time of the first
(uncached) lookup both ways, each on a freshly opened index. Then the end-to-end search latency of the
quoted phrase, first and warm. Also the index-time cost of ``open_edges`` per article on corpus records.

    python benchmarks/bench_word_phrases.py --index-dir /path/to/20k-index
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import platform
import statistics
import time
from pathlib import Path

from briefing_tui.search import Config, Query, SearchService
from briefing_tui.search.analysis import normalize
from briefing_tui.search.query.source import QTok
from briefing_tui.search.wordbreak import lexicon, open_edges

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "news-20k.jsonl.gz"
OUT = ROOT / "benchmarks" / "results" / "word_phrases.json"
PHRASES = ["giao thông", "bình dương", "quốc gia", "người dân", "hội đồng", "đầu tư", "thành công",
           "nhà hàng", "động viên", "an toàn giao thông", "chuyển đổi số", "đề án 06", "phát triển kinh tế"]


def fresh(index_dir: Path) -> tuple[SearchService, object]:
    service = SearchService(Config(), index_dir)
    return service, service._open().source


def lookups(index_dir: Path) -> list[dict[str, object]]:
    rows = []
    for phrase in PHRASES:
        form = tuple(QTok(w, folded=False) for w in phrase.split())
        service, source = fresh(index_dir)
        t = time.perf_counter()
        syllables = source.phrase_docs(form, word_aware=False)  # type: ignore[attr-defined]
        t_syll = time.perf_counter() - t
        service.close()
        service, source = fresh(index_dir)
        t = time.perf_counter()
        words = source.phrase_docs(form)  # type: ignore[attr-defined]
        t_words = time.perf_counter() - t
        found, sure = source._syllable_docs(form)  # type: ignore[attr-defined]
        service.close()
        rows.append({
            "phrase": phrase, "syllables": len(syllables), "words": len(words),
            "judged_on_tokens": len(found - sure), "ms_syllables": round(t_syll * 1e3, 2),
            "ms_words": round(t_words * 1e3, 2),
        })
        print(rows[-1])
    return rows


def searches(index_dir: Path) -> dict[str, object]:
    service = SearchService(Config(), index_dir)
    service.search(Query("kinh tế"))  # open the index and load what every query needs
    first, warm = [], []
    for phrase in PHRASES:
        q = Query(f'"{phrase}"')
        t = time.perf_counter()
        service.search(q)
        first.append((time.perf_counter() - t) * 1e3)
        times = []
        for _ in range(5):
            t = time.perf_counter()
            service.search(q)
            times.append((time.perf_counter() - t) * 1e3)
        warm.append(statistics.median(times))
    service.close()
    return {"first_ms_median": round(statistics.median(first), 1), "first_ms_max": round(max(first), 1),
            "warm_ms_median": round(statistics.median(warm), 1), "warm_ms_max": round(max(warm), 1)}


def edges_cost(n: int = 1000) -> dict[str, float]:
    texts = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as fh:
        for line in itertools.islice(fh, n):
            r = json.loads(line)
            texts.append(normalize(f"{r.get('title') or ''}\n{r.get('body') or r.get('text') or ''}"))
    lex = lexicon()
    t = time.perf_counter()
    tokens = sum(len(open_edges(x, lex)) for x in texts)
    spent = time.perf_counter() - t
    return {"articles": len(texts), "ms_per_article": round(spent / len(texts) * 1e3, 3),
            "us_per_token": round(spent / tokens * 1e6, 3)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--index-dir", type=Path, required=True)
    args = ap.parse_args()
    out = {
        "what": "word-aware phrases: counts and first-lookup cost per phrase, search latency, index-time cost",
        "python": platform.python_version(),
        "index_dir": str(args.index_dir),
        "lookups": lookups(args.index_dir),
        "search": searches(args.index_dir),
        "open_edges": edges_cost(),
    }
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(out["search"]), json.dumps(out["open_edges"]))


if __name__ == "__main__":
    main()
