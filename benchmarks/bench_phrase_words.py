"""Evaluates word-aware phrase matching (issue 11, point 3) and writes benchmarks/results/phrase_words.json.

Scores ``briefing_tui.search.wordbreak.crosses_word`` on the hand-labelled occurrences of
tests/data/phrase_sample.jsonl (see tests/data/README.md): a row is predicted a match when the match does
not cross a word. Reports precision and recall against the labels overall, per phrase, per stratum and for
a development / held-out split by phrase (sorted phrases, even positions = development); the time per call
on the sample (oversampled with hard cases) and on every syllable occurrence of the 22 phrases in the
sampled articles (what a query meets); the word list's load time and memory. With ``--crf`` it also scores
underthesea's CRF word segmenter on the same rows (a word boundary at both edges = match).

The article bodies come from ../shared/corpus/news-20k.jsonl.gz, re-extracted with
``briefing_tui.search.extract_paths`` (a few minutes); only the bodies of the sampled articles are cached,
under /tmp (never in the repository: the corpus carries no licence for redistribution).

    python benchmarks/bench_phrase_words.py            # about 10 s once the cache exists
    python benchmarks/bench_phrase_words.py --crf      # also the CRF comparison (slow import, ~2 s)
"""

from __future__ import annotations

import argparse
import gc
import json
import platform
import re
import sys
import time
import tracemalloc
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "phrase_sample.jsonl"
CORPUS = ROOT.parent / "shared" / "corpus" / "news-20k.jsonl.gz"
CACHE = Path("/tmp/briefing_tui_phrase_bodies.json")
OUT = ROOT / "benchmarks" / "results" / "phrase_words.json"


def load_rows() -> list[dict[str, Any]]:
    with SAMPLE.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def load_bodies(ids: set[str]) -> dict[str, str]:
    """The sampled articles' bodies, from the /tmp cache or by re-extracting the corpus."""
    if CACHE.exists():
        cached: dict[str, str] = json.loads(CACHE.read_text(encoding="utf-8"))
        if ids <= cached.keys():
            return cached
    from briefing_tui.search import extract_paths

    print(f"extracting {CORPUS} (a few minutes) ...", file=sys.stderr)
    bodies: dict[str, str] = {}
    for art in extract_paths([CORPUS]):
        aid = getattr(art, "id", None)
        if aid in ids:
            bodies[aid] = art.body
    CACHE.write_text(json.dumps(bodies, ensure_ascii=False), encoding="utf-8")
    return bodies


def prf(pairs: list[tuple[dict[str, Any], bool]]) -> dict[str, Any]:
    tp = sum(1 for r, p in pairs if p and r["match"])
    fp = sum(1 for r, p in pairs if p and not r["match"])
    fn = sum(1 for r, p in pairs if not p and r["match"])
    tn = len(pairs) - tp - fp - fn
    return {
        "n": len(pairs),
        "precision": round(tp / (tp + fp), 4) if tp + fp else None,
        "recall": round(tp / (tp + fn), 4) if tp + fn else None,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "tn": tn,
    }


def candidates(bodies: dict[str, str], phrases: list[str]) -> list[tuple[str, int, int]]:
    """Every syllable-aligned occurrence of the phrases in the bodies (today's syllable matching)."""
    from briefing_tui.search.analysis import canonical_tones

    rxs = [re.compile(r"(?<!\w)" + r"[ \t]+".join(map(re.escape, p.lower().split())) + r"(?!\w)") for p in phrases]
    out = []
    for text in bodies.values():
        low = canonical_tones(text.lower())
        if len(low) != len(text):
            continue
        for rx in rxs:
            out.extend((text, m.start(), m.end()) for m in rx.finditer(low))
    return out


def crf_predictions(rows: list[dict[str, Any]], bodies: dict[str, str]) -> tuple[list[bool], float]:
    """underthesea's CRF segmenter on a ±60-character window: match when both edges are word boundaries."""
    from underthesea import word_tokenize

    word_tokenize("khởi động")  # load the model outside the timing
    preds = []
    t0 = time.perf_counter()
    for r in rows:
        body, s, e = bodies[r["id"]], r["start"], r["end"]
        ws, we = max(0, s - 60), min(len(body), e + 60)
        while ws > 0 and not body[ws - 1].isspace():
            ws += 1
        while we < len(body) and not body[we].isspace():
            we -= 1
        window = body[ws:we]
        edges, pos, ok = set(), 0, True
        for word in word_tokenize(window, use_token_normalize=False):
            first = None
            for tok in word.split(" "):
                i = window.find(tok, pos)
                if i < 0:
                    ok = False
                    break
                first = i if first is None else first
                pos = i + len(tok)
            if not ok:
                break
            edges.update((first, pos))
        preds.append(ok and (s - ws) in edges and (e - ws) in edges)
    return preds, (time.perf_counter() - t0) / len(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--crf", action="store_true", help="also score underthesea's CRF segmenter")
    args = ap.parse_args()

    rows = load_rows()
    bodies = load_bodies({r["id"] for r in rows})

    from briefing_tui.search import wordbreak

    t0 = time.perf_counter()
    lex = wordbreak.lexicon()
    load_s = time.perf_counter() - t0
    gc.collect()
    tracemalloc.start()  # a second load, traced: what the word data holds once loaded
    again = wordbreak.load_word_list()
    held, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del again
    lex_mb, peak_mb = held / 2**20, peak / 2**20

    preds = [not wordbreak.crosses_word(bodies[r["id"]], r["start"], r["end"]) for r in rows]
    pairs = list(zip(rows, preds))

    phrases = sorted({r["phrase"] for r in rows})
    dev = set(phrases[0::2])
    by_phrase = {p: prf([x for x in pairs if x[0]["phrase"] == p]) for p in phrases}
    strata: dict[str, list[tuple[dict[str, Any], bool]]] = defaultdict(list)
    for x in pairs:
        strata[x[0]["stratum"]].append(x)

    # timing: the sample (hard cases oversampled) and every occurrence a query would meet
    reps = 5
    t0 = time.perf_counter()
    for _ in range(reps):
        for r in rows:
            wordbreak.crosses_word(bodies[r["id"]], r["start"], r["end"])
    per_call_sample = (time.perf_counter() - t0) / (reps * len(rows))
    cands = candidates({i: bodies[i] for i in sorted({r["id"] for r in rows})}, phrases)
    t0 = time.perf_counter()
    crossing = 0
    for _ in range(reps):
        crossing = sum(wordbreak.crosses_word(t, s, e) for t, s, e in cands)
    per_call_all = (time.perf_counter() - t0) / (reps * len(cands))

    errors = [
        {
            "phrase": r["phrase"],
            "id": r["id"],
            "start": r["start"],
            "end": r["end"],
            "label": r["match"],
            "predicted": p,
            "why": r["why"],
        }
        for r, p in pairs
        if p != r["match"]
    ]
    result: dict[str, Any] = {
        "what": "word-aware phrase matching (issue 11.3): crosses_word on tests/data/phrase_sample.jsonl",
        "python": platform.python_version(),
        "word_list": {
            "source": lex.source,
            "multi_syllable_words": len(lex.words),
            "load_seconds": round(load_s, 3),
            "held_mb": round(lex_mb, 1),
            "load_peak_mb": round(peak_mb, 1),
        },
        "baseline_syllable_matching": prf([(r, True) for r in rows]),
        "all": prf(pairs),
        "split": {
            "development_phrases": sorted(dev),
            "development": prf([x for x in pairs if x[0]["phrase"] in dev]),
            "held_out": prf([x for x in pairs if x[0]["phrase"] not in dev]),
            "note": "the held-out half was looked at during development (its errors were read after the "
            "first iteration), so it is not a blind test",
        },
        "per_stratum": {k: prf(v) for k, v in sorted(strata.items())},
        "per_phrase": by_phrase,
        "speed": {
            "us_per_call_sample": round(per_call_sample * 1e6, 2),
            "us_per_call_all_occurrences": round(per_call_all * 1e6, 2),
            "all_occurrences": len(cands),
            "all_occurrences_crossing": crossing,
        },
        "errors": errors,
    }
    if args.crf:
        crf, crf_s = crf_predictions(rows, bodies)
        result["underthesea_crf"] = {**prf(list(zip(rows, crf))), "us_per_call": round(crf_s * 1e6, 1)}

    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    a, d, h = result["all"], result["split"]["development"], result["split"]["held_out"]
    print(
        f"all P={a['precision']} R={a['recall']} | dev P={d['precision']} R={d['recall']} | "
        f"held-out P={h['precision']} R={h['recall']}"
    )
    print(f"{result['speed']} load {load_s:.2f}s, holds {lex_mb:.1f} MB")
    if args.crf:
        print("crf", result["underthesea_crf"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
