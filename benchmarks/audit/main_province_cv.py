"""Fits and cross-validates the local-news model of the main province (search/extract/local_news.py).

Run from the repository root: ``python benchmarks/audit/main_province_cv.py [--review benchmarks/audit/review9.jsonl]``.

The dev set is every main-province label in ``labels.jsonl`` except the items of ``--review`` (the last
sample drawn, kept for the held-out number). Each label gives the features of its province in its
article (extracted by the current pipeline, before the local-news check) and whether that province was
right. 10-fold cross-validation, repeated 5 times: the model is fitted on nine folds, and on the tenth
it may drop the main provinces the pipeline produces; printed per threshold are the precision of the
produced main provinces that are kept, the labelled-right ones lost and the labelled-wrong ones removed
(means over the repeats), against no model at all. Then the weights fitted on all dev labels, to copy
into local_news.py. Only ids, labels and numbers are printed, never corpus text.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import audit_extract as ax  # noqa: E402

L2 = 1.0
THRESHOLDS = (0.3, 0.35, 0.4, 0.5, 0.6)


def dev_rows(review: Path) -> list[tuple[list[float], int, bool]]:
    """(features, right?, produced as the main province before the check) per dev label."""
    from briefing_tui.search.extract import local_news, pipeline
    from briefing_tui.search.extract import provinces as pv

    held_out = {it["id"] for it in ax._load(review)}
    labels = {it["id"]: it for it in ax._load(ax.AUDIT / "labels.jsonl") if it["field"] == "main_province"}
    labels = {k: v for k, v in labels.items() if k not in held_out}
    seen: dict[str, Any] = {}
    real = pv.main_province

    def spy(mentions: list[pv.Mention], text: str, titled: dict[str, int], site: str | None, title_end: int = 0) -> str | None:
        seen["args"] = (mentions, text, title_end)
        return real(mentions, text, titled, site, title_end=title_end, check_local=False)

    pipeline.main_province = spy  # type: ignore[assignment]
    rows = []
    try:
        for d in ax._records(ax.CORPUS):
            if d["id"] in labels:
                lab = labels[d["id"]]
                article = ax._enrich(d, ax.CORPUS)
                mentions, text, title_end = seen["args"]
                mine = [m for m in mentions if m.name == lab["key"]]
                f = local_news.features([m.start for m in mine], sum(pv._as_place(m, text) for m in mine), text, title_end)
                rows.append(([f[k] for k in local_news.WEIGHTS], int(lab["ok"]), article.main_province == lab["key"]))
    finally:
        pipeline.main_province = real
    return rows


def fit(xs: list[list[float]], ys: list[int], iters: int = 2000, rate: float = 0.1) -> tuple[list[float], float]:
    """Logistic regression by gradient descent with an L2 penalty (no numpy on purpose: 8 weights)."""
    d, n = len(xs[0]), len(xs)
    w, b = [0.0] * d, 0.0
    for _ in range(iters):
        gw, gb = [0.0] * d, 0.0
        for x, y in zip(xs, ys, strict=True):
            e = 1 / (1 + math.exp(-(b + sum(wi * xi for wi, xi in zip(w, x, strict=True))))) - y
            gb += e
            for i in range(d):
                gw[i] += e * x[i]
        b -= rate * gb / n
        w = [wi - rate * (g / n + L2 * wi / n) for wi, g in zip(w, gw, strict=True)]
    return w, b


def main() -> int:
    from briefing_tui.search.extract import local_news

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--review", type=Path, default=ax.AUDIT / "review9.jsonl")
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    rows = dev_rows(args.review)
    produced = [(y, p) for _, y, p in rows if p]
    base_ok = sum(y for y, _ in produced)
    print(f"dev labels {len(rows)} ({sum(y for _, y, _ in rows)} right); produced now {len(produced)}, "
          f"right {base_ok} = {base_ok / len(produced):.3f}")
    tally = {t: [0, 0, 0, 0] for t in THRESHOLDS}  # kept right, kept wrong, lost right, removed wrong
    for r in range(args.repeats):
        order = list(range(len(rows)))
        random.Random(r).shuffle(order)
        for k in range(10):
            test = set(order[k::10])
            w, b = fit([rows[i][0] for i in order if i not in test], [rows[i][1] for i in order if i not in test])
            for i in test:
                x, y, was = rows[i]
                if not was:
                    continue
                p = local_news.local_chance(dict(zip(local_news.WEIGHTS, x, strict=True)), dict(zip(local_news.WEIGHTS, w, strict=True)), b)
                for t in THRESHOLDS:
                    tally[t][(0 if y else 1) if p >= t else (2 if y else 3)] += 1
    for t in THRESHOLDS:
        ko, kw, lo, rw = (v / args.repeats for v in tally[t])
        print(f"threshold {t}: precision {ko / (ko + kw):.3f} ({ko:.1f}/{ko + kw:.1f}), right lost {lo:.1f}, wrong removed {rw:.1f}")
    w, b = fit([x for x, _, _ in rows], [y for _, y, _ in rows])
    print("weights on all dev labels:", json.dumps({k: round(v, 2) for k, v in zip(local_news.WEIGHTS, w, strict=True)}),
          "bias", round(b, 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
