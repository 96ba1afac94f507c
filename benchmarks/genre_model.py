"""Trains, cross-validates and writes the text-genre model (``search/data/genre_words.json``).

Issue 12, main province (docs/extraction.md §9, "Main province, genre from the text (session 21)"). The
corpus's ``unc:`` records (dantri.com.vn) carry their site section in the address and in the id
(``unc:news_sport_12``): ten sections of about 265 articles each. They label themselves, so a small
classifier can learn the genre from the words and give it to the baomoi records, whose address has no section.

The model is a binarised multinomial naive Bayes over lower-cased syllables (each distinct syllable counted
once per article): per genre, the ``--per-genre`` syllables that most set its articles apart (document
frequency in the genre × log of its ratio to the other genres'), their union the vocabulary; a weight is
log P(syllable | genre) with add-one smoothing, centred over the genres (the shipped file holds syllables and
numbers, no article text). Priors are uniform (the sections are balanced, baomoi's mix is unknown). The
posterior is a softmax of the summed weights divided by a temperature fitted on the held-out folds (naive
Bayes is overconfident on long texts), so ``MIN_CHANCE`` in ``genre.py`` reads as a probability.

    python benchmarks/genre_model.py            # 5-fold cross-validation, then fit on all and write the file
    python benchmarks/genre_model.py --cv-only  # only the cross-validation report
"""

from __future__ import annotations

import argparse
import gzip
import json
import math
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news-20k.jsonl.gz"
OUT = ROOT / "search" / "data" / "genre_words.json"
SECTION_GENRE = {"tech": "science"}
"""The id's section → genre; others keep their name (science and tech are one genre, as in ``genre.py``)."""
TOKEN_RE = re.compile(r"[^\W\d_]+")
AWAY = ("world", "sport", "entertainment", "science")
"""``genre.AWAY_GENRES``: the genres whose chances ``genre.away_chance`` adds up."""


def syllables(text: str) -> set[str]:
    """The distinct lower-cased syllables (letters only) of a text, as ``genre.text_genre`` reads them."""
    return set(TOKEN_RE.findall(text.lower()))


def load(path: Path) -> list[tuple[str, set[str]]]:
    """(genre, syllables) of every ``unc:`` record."""
    out = []
    with gzip.open(path, "rt", encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            if not d["id"].startswith("unc:"):
                continue
            section = d["id"].split("_")[1]
            text = f"{d['title']}\n{d['body']}" if d.get("title") else d["body"]
            out.append((SECTION_GENRE.get(section, section), syllables(text)))
    return out


def fit(docs: list[tuple[str, set[str]]], per_genre: int, min_df: int = 5) -> dict[str, Any]:
    """The vocabulary and the centred log-likelihood weights, fitted on ``docs``."""
    genres = sorted({g for g, _ in docs})
    n = Counter(g for g, _ in docs)
    df: dict[str, Counter[str]] = {g: Counter() for g in genres}
    for g, toks in docs:
        df[g].update(toks)
    total: Counter[str] = Counter()
    for g in genres:
        total.update(df[g])
    vocab: set[str] = set()
    for g in genres:
        rest_n = len(docs) - n[g]
        scored = []
        for w, t in total.items():
            if t < min_df:
                continue
            p = (df[g][w] + 0.5) / (n[g] + 1)
            q = (t - df[g][w] + 0.5) / (rest_n + 1)
            if p > q:
                scored.append((p * math.log(p / q), w))
        scored.sort(reverse=True)
        vocab.update(w for _, w in scored[:per_genre])
    mass = {g: sum(df[g][w] for w in vocab) + len(vocab) for g in genres}
    weights: dict[str, list[float]] = {}
    for w in sorted(vocab):
        logs = [math.log((df[g][w] + 1) / mass[g]) for g in genres]
        mean = sum(logs) / len(logs)
        weights[w] = [x - mean for x in logs]
    return {"genres": genres, "weights": weights}


def scores(model: dict[str, Any], toks: set[str]) -> list[float]:
    """The summed weights per genre."""
    s = [0.0] * len(model["genres"])
    for w in toks:
        ws = model["weights"].get(w)
        if ws:
            for i, x in enumerate(ws):
                s[i] += x
    return s


def softmax(s: list[float], temperature: float) -> list[float]:
    top = max(s)
    e = [math.exp((x - top) / temperature) for x in s]
    z = sum(e)
    return [x / z for x in e]


def cross_validate(docs: list[tuple[str, set[str]]], per_genre: int, folds: int, seed: int) -> tuple[list[tuple[str, list[float]]], list[str]]:
    """(true genre, raw scores) of every document, each scored by the model fitted without its fold."""
    order = list(range(len(docs)))
    random.Random(seed).shuffle(order)
    out: list[tuple[str, list[float]]] = [("", [])] * len(docs)
    genres: list[str] = []
    for k in range(folds):
        test = set(order[k::folds])
        model = fit([d for i, d in enumerate(docs) if i not in test], per_genre)
        genres = model["genres"]
        for i in test:
            out[i] = (docs[i][0], scores(model, docs[i][1]))
    return out, genres


def best_temperature(held: list[tuple[str, list[float]]], genres: list[str]) -> float:
    """The temperature with the least log-loss on the held-out scores."""
    def loss(t: float) -> float:
        return -sum(math.log(max(softmax(s, t)[genres.index(g)], 1e-12)) for g, s in held) / len(held)
    return min((1.0 * 1.25 ** k for k in range(0, 30)), key=loss)


def report(held: list[tuple[str, list[float]]], genres: list[str], temperature: float, min_chance: float) -> dict[str, Any]:
    """Accuracy per genre, and how many articles reach ``min_chance`` and how many of those are right."""
    per: dict[str, list[int]] = {g: [0, 0, 0, 0] for g in genres}  # n, right, sure, sure and right
    for g, s in held:
        p = softmax(s, temperature)
        i = max(range(len(p)), key=p.__getitem__)
        row = per[g]
        row[0] += 1
        row[1] += genres[i] == g
        if p[i] >= min_chance:
            row[2] += 1
            row[3] += genres[i] == g
    confusion: dict[str, Counter[str]] = {g: Counter() for g in genres}
    for g, s in held:
        confusion[g][genres[max(range(len(s)), key=s.__getitem__)]] += 1
    n = sum(r[0] for r in per.values())
    away = [(g in AWAY, sum(p for h, p in zip(genres, softmax(s, temperature), strict=True) if h in AWAY) > 0.5)
            for g, s in held]
    said = sum(b for _, b in away)
    return {
        "away_vs_rest": (f"{sum(a == b for a, b in away)}/{n} right; said away {said}, of which away "
                         f"{sum(a and b for a, b in away)}; away sections {sum(a for a, _ in away)}"),
        "accuracy": round(sum(r[1] for r in per.values()) / n, 3),
        "per_genre": {g: f"{r[1]}/{r[0]}" for g, r in per.items()},
        f"sure_at_{min_chance}": f"{sum(r[3] for r in per.values())}/{sum(r[2] for r in per.values())} right of {n}",
        "sure_per_genre": {g: f"{r[3]}/{r[2]}" for g, r in per.items()},
        "confused_with": {g: dict(c.most_common(3)) for g, c in confusion.items()},
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--per-genre", type=int, default=40, help="syllables kept per genre (the vocabulary is their union)")
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--min-chance", type=float, default=0.8, help="the chance reported as 'sure' (genre.MIN_CHANCE)")
    ap.add_argument("--cv-only", action="store_true")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    docs = load(args.corpus)
    held, genres = cross_validate(docs, args.per_genre, args.folds, args.seed)
    temperature = best_temperature(held, genres)
    result = {"records": len(docs), "folds": args.folds, "per_genre_vocabulary": args.per_genre,
              "temperature": round(temperature, 2), **report(held, genres, temperature, args.min_chance)}
    print(json.dumps(result, ensure_ascii=False, indent=1))
    if args.cv_only:
        return 0
    model = fit(docs, args.per_genre)
    doc = {
        "about": ("Text-genre model for the main province (docs/extraction.md §9, 'Main province, genre from the text "
                  "(session 21)'): binarised multinomial naive Bayes, centred log-likelihood per syllable and genre, "
                  f"fitted by benchmarks/genre_model.py on the {len(docs)} unc: records of news-20k (dantri.com.vn "
                  "sections); holds syllables and weights only."),
        "cross_validation": {k: result[k] for k in ("accuracy", "per_genre", "away_vs_rest")},
        "temperature": round(temperature, 2),
        "genres": model["genres"],
        "weights": {w: [round(x, 2) for x in ws] for w, ws in model["weights"].items()},
    }
    args.out.write_text(json.dumps(doc, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(doc['weights'])} syllables × {len(genres)} genres → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
