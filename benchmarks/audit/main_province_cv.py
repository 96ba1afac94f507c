"""Fits and cross-validates the local-news model of the main province (search/extract/local_news.py).

Run from the repository root: ``python benchmarks/audit/main_province_cv.py [--review benchmarks/audit/review25p.jsonl]``.

The dev set is every main-province label in ``labels.jsonl`` (the last label of an article counts), except the
items of ``--review`` when given (a held-out sample). Each label gives the features of its province in its
article (extracted by the current pipeline, before the local-news check) and whether that province was right;
only the labels whose province the pipeline gives before the check, and not from the source site, take part.

Session 21 (docs/extraction.md §9, "Main province, the local-news model refitted (session 21)"): 10-fold
cross-validation repeated ``--repeats`` times of three models, each with the pipeline's whole decision
(``local_news.needed_chance`` and ``local_news.decide``: section thresholds and own press; session 57 removed the
text-genre thresholds and the showbiz rule), at several base thresholds:

* ``current``: the shipped weights, nothing fitted (the same numbers in every fold; ``--no-correction`` sets
  the national correction to 0, the model before session 21's refit);
* ``refit``: the eight weights of ``local_chance`` refitted on the training folds;
* ``national``: the eight weights kept, and ``NATIONAL_BIAS`` and ``NATIONAL_WEIGHTS`` (the national signs'
  correction to the log-odds, ``local_news.chance_with_national``) fitted on the training folds.

Printed per threshold: the precision of the kept main provinces, labelled-right answers lost and labelled-wrong
ones removed (means over the repeats), and their difference (removed − lost), by which the threshold is chosen.
Then the correction's weights fitted on all labels, to copy into local_news.py. Only ids, labels and numbers are
printed, never corpus text.

``--golds`` (session 65) uses the blind main-province golds instead (``main_province_gold_heldout*`` and
``main_province_gold_band*``): a row per gold article whose province the pipeline gives before the check (not by
the site); the check keeping it is right when it is the readers' province, dropping it when the readers name none.
The ten weights (the eight and the national correction's two) are refitted together on the training folds' rows
that one of those can make right; printed per threshold, the articles right among the heldout golds and the band
golds for the shipped weights and the refit, then the weights fitted on every row, to copy into local_news.py.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import audit_extract as ax  # noqa: E402

L2 = 1.0
THRESHOLDS = (0.45, 0.5, 0.55, 0.6, 0.65)


@dataclass
class Row:
    feats: dict[str, float]
    national: dict[str, float]
    genre: str | None
    text: str
    first_words: frozenset[str]
    ok: int


def before_the_check(ids: set[str]) -> Iterator[tuple[str, str | None, Any, str, int, str | None]]:
    """For each corpus article in ``ids``: its id, the province the pipeline gives before the local-news check (None
    when none, or when the source site gives it), its mentions, text, title's end and address."""
    from briefing_tui.search.extract import pipeline
    from briefing_tui.search.extract import provinces as pv

    seen: dict[str, Any] = {}
    real = pv.main_province

    def spy(mentions: list[pv.Mention], text: str, titled: dict[str, int], site: str | None, title_end: int = 0,
            url: str | None = None) -> str | None:
        seen["args"] = (mentions, text, title_end, url, site)
        seen["pre"] = real(mentions, text, titled, site, title_end=title_end, check_local=False, url=url)
        return seen["pre"]

    pipeline.main_province = spy  # type: ignore[assignment]
    try:
        for d in ax._records(ax.CORPUS):
            if d["id"] not in ids:
                continue
            ax._enrich(d, ax.CORPUS)
            mentions, text, title_end, url, site = seen["args"]
            yield d["id"], None if pv.site_province(site) else seen["pre"], mentions, text, title_end, url
    finally:
        pipeline.main_province = real


def dev_rows(review: Path | None) -> list[Row]:
    """One row per label whose province the pipeline gives before the local-news check (not by the site)."""
    held_out = {it["id"] for it in ax._load(review)} if review else set()
    labels = {it["id"]: it for it in ax._load(ax.AUDIT / "labels.jsonl") if it["field"] == "main_province"}
    labels = {k: v for k, v in labels.items() if k not in held_out}
    rows = []
    for id_, pre, mentions, text, title_end, url in before_the_check(set(labels)):
        lab = labels[id_]
        if pre is None or pre != lab["key"]:
            continue
        rows.append(Row(*_signs(lab["key"], mentions, text, title_end, url), int(lab["ok"])))
    return rows


def _signs(name: str, mentions: list[Any], text: str, title_end: int,
           url: str | None) -> tuple[dict[str, float], dict[str, float], str | None, str, frozenset[str]]:
    """What the local-news check reads of the province ``name`` in an article, in ``Row``'s order: its features, the
    national signs, the section's genre, the text, the first words of every mention (one builder for both row kinds)."""
    from briefing_tui.search.extract import genre as gn
    from briefing_tui.search.extract import local_news
    from briefing_tui.search.extract import provinces as pv

    mine = [m for m in mentions if m.name == name]
    counts = local_news._counts(text)
    return (local_news.features([m.start for m in mine], sum(pv._as_place(m, text) for m in mine), text, title_end, counts),
            local_news.national_features(counts), gn.section_genre(url), text,
            frozenset(m.written.split()[0] for m in mentions))


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (a few unknowns; no numpy on purpose)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for i in range(n):
        p = max(range(i, n), key=lambda k: abs(m[k][i]))
        m[i], m[p] = m[p], m[i]
        for k in range(i + 1, n):
            f = m[k][i] / m[i][i]
            for j in range(i, n + 1):
                m[k][j] -= f * m[i][j]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        x[i] = (m[i][n] - sum(m[i][j] * x[j] for j in range(i + 1, n))) / m[i][i]
    return x


def fit(xs: list[list[float]], ys: list[int], offsets: list[float] | None = None, iters: int = 12,
        bias: bool = True) -> tuple[list[float], float]:
    """Logistic regression with an L2 penalty (not on the bias) by Newton's method; ``offsets`` are added to each
    row's log-odds (weights held fixed elsewhere); ``bias=False`` holds the bias at 0."""
    d = len(xs[0]) + 1
    w = [0.0] * d
    offsets = offsets or [0.0] * len(xs)
    for _ in range(iters):
        g = [0.0] * d
        h = [[0.0] * d for _ in range(d)]
        for x0, y, o in zip(xs, ys, offsets, strict=True):
            x = [1.0, *x0]
            z = o + sum(a * b for a, b in zip(w, x, strict=True))
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            for i in range(d):
                g[i] += (p - y) * x[i]
                for j in range(i, d):
                    h[i][j] += p * (1 - p) * x[i] * x[j]
        for i in range(d):
            for j in range(i):
                h[i][j] = h[j][i]
        for i in range(1, d):
            g[i] += L2 * w[i]
            h[i][i] += L2
        if not bias:  # no step for the bias: it stays 0
            g[0] = 0.0
            h[0] = [1.0] + [0.0] * (d - 1)
            for i in range(1, d):
                h[i][0] = 0.0
        w = [a - b for a, b in zip(w, _solve(h, g), strict=True)]
    return w[1:], w[0]


def _logit(p: float) -> float:
    p = min(max(p, 1e-9), 1 - 1e-9)
    return math.log(p / (1 - p))


def cross_validate(rows: list[Row], model: str, repeats: int) -> dict[float, list[float]]:
    """Kept right, kept wrong, lost right, removed wrong per threshold (means over the repeats)."""
    from briefing_tui.search.extract import local_news as ln

    base_keys, nat_keys = list(ln.WEIGHTS), list(ln.NATIONAL_WEIGHTS)
    tally = {t: [0.0, 0.0, 0.0, 0.0] for t in THRESHOLDS}
    for r in range(repeats):
        order = list(range(len(rows)))
        random.Random(r).shuffle(order)
        for k in range(10):
            test = set(order[k::10])
            train = [rows[i] for i in order if i not in test]
            if model == "refit":
                w, b = fit([[x.feats[k] for k in base_keys] for x in train], [x.ok for x in train])
                bw = dict(zip(base_keys, w, strict=True))
            elif model == "national":
                w, b = fit([[x.national[k] for k in nat_keys] for x in train], [x.ok for x in train],
                           [_logit(ln.local_chance(x.feats)) for x in train], bias=False)
                nw = dict(zip(nat_keys, w, strict=True))
            for i in test:
                x = rows[i]
                if model == "refit":
                    p = ln.local_chance(x.feats, bw, b)
                elif model == "national":
                    p = ln.chance_with_national(x.feats, x.national, nw, b)
                else:
                    p = ln.chance_with_national(x.feats, x.national)
                for t in THRESHOLDS:
                    keep = ln.decide(p, ln.needed_chance(x.genre, t), x.text, x.first_words, t,
                                     own_chance=p if model == "refit" else ln.local_chance(x.feats))
                    tally[t][(0 if x.ok else 1) if keep else (2 if x.ok else 3)] += 1 / repeats
    return tally


@dataclass
class GoldRow(Row):
    """A ``Row`` of a blind gold: ``ok`` says the candidate is the readers' province."""

    none: int  # the readers name no province
    capital: bool
    band: bool


def gold_rows() -> list[GoldRow]:
    """One row per blind gold article whose province the pipeline gives before the local-news check."""
    import glob

    from briefing_tui.search.extract import local_news

    golds: dict[str, tuple[str | None, bool]] = {}
    for kind in ("heldout", "band"):
        for path in sorted(glob.glob(str(ax.AUDIT / f"main_province_gold_{kind}*.jsonl"))):
            for it in ax._load(Path(path)):
                golds[it["id"]] = (it["main_province"], kind == "band")
    rows = []
    for id_, pre, mentions, text, title_end, url in before_the_check(set(golds)):
        if pre is None:
            continue
        want, band = golds[id_]
        rows.append(GoldRow(*_signs(pre, mentions, text, title_end, url), int(pre == want), int(want is None),
                            pre == local_news.CAPITAL, band))
    return rows


GOLD_THRESHOLDS = (0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def gold_cross_validate(rows: list[GoldRow], refit: bool, repeats: int) -> dict[tuple[float, bool], float]:
    """Articles right per (threshold, band) — the shipped weights, or the ten refitted on the training folds."""
    from briefing_tui.search.extract import local_news as ln

    keys, nat = list(ln.WEIGHTS), list(ln.NATIONAL_WEIGHTS)
    tally = {(t, band): 0.0 for t in GOLD_THRESHOLDS for band in (False, True)}
    runs = repeats if refit else 1
    for r in range(runs):
        order = list(range(len(rows)))
        random.Random(r).shuffle(order)
        for k in range(10):
            test = set(order[k::10])
            if refit:
                train = [rows[i] for i in order if i not in test and (rows[i].ok or rows[i].none)]
                w, b = fit([[x.feats[q] for q in keys] + [x.national[q] for q in nat] for x in train], [x.ok for x in train])
            for i in test:
                x = rows[i]
                if refit:
                    own = ln.local_chance(x.feats, dict(zip(keys, w, strict=False)), b)
                    chance = ln.corrected_chance(own, x.national, dict(zip(nat, w[len(keys):], strict=True)), 0.0)
                else:
                    own = ln.local_chance(x.feats)
                    chance = ln.chance_with_national(x.feats, x.national)
                for t in GOLD_THRESHOLDS:
                    needed = ln.needed_chance(x.genre, t)
                    if x.capital and ln.capital_event(x.national):
                        needed = max(needed, ln.CAPITAL_THRESHOLD)
                    kept = ln.decide(chance, needed, x.text, x.first_words, t, own_chance=own)
                    tally[(t, x.band)] += (x.ok if kept else x.none) / runs
    return tally


def golds_main(repeats: int) -> int:
    from briefing_tui.search.extract import local_news as ln

    rows = gold_rows()
    print(f"gold articles with a province before the check: {len(rows)} ({sum(x.band for x in rows)} of the bands), "
          f"the candidate right {sum(x.ok for x in rows)}, the readers naming none {sum(x.none for x in rows)}")
    for refit in (False, True):
        tally = gold_cross_validate(rows, refit, repeats)
        print(("refit  " if refit else "shipped"), "  ".join(
            f"{t}: heldout {tally[(t, False)]:.1f} + band {tally[(t, True)]:.1f} = {tally[(t, False)] + tally[(t, True)]:.1f}"
            for t in GOLD_THRESHOLDS))
    keys, nat = list(ln.WEIGHTS), list(ln.NATIONAL_WEIGHTS)
    train = [x for x in rows if x.ok or x.none]
    w, b = fit([[x.feats[q] for q in keys] + [x.national[q] for q in nat] for x in train], [x.ok for x in train])
    print("fitted on every row:", json.dumps({q: round(v, 2) for q, v in zip(keys + nat, w, strict=True)}), "bias", round(b, 2))
    return 0


def main() -> int:
    from briefing_tui.search.extract import local_news as ln

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--review", type=Path, default=None, help="a held-out sample whose items are left out")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--no-correction", action="store_true", help="the current model without the national correction")
    parser.add_argument("--golds", action="store_true", help="cross-validate on the blind main-province golds (session 65)")
    args = parser.parse_args()
    if args.golds:
        return golds_main(args.repeats)
    if args.no_correction:
        ln.NATIONAL_WEIGHTS = dict.fromkeys(ln.NATIONAL_WEIGHTS, 0.0)
    rows = dev_rows(args.review)
    right = sum(x.ok for x in rows)
    print(f"labels given before the check: {len(rows)}, right {right} = {right / len(rows):.3f}")
    for model in ("current", "refit", "national"):
        tally = cross_validate(rows, model, 1 if model == "current" else args.repeats)
        for t in THRESHOLDS:
            ko, kw, lo, rw = tally[t]
            print(f"{model:8} threshold {t}: precision {ko / (ko + kw):.4f} ({ko:.1f}/{ko + kw:.1f}), right lost {lo:.1f}, "
                  f"wrong removed {rw:.1f}, removed - lost {rw - lo:+.1f}")
    w, b = fit([[x.national[k] for k in ln.NATIONAL_WEIGHTS] for x in rows], [x.ok for x in rows],
               [_logit(ln.local_chance(x.feats)) for x in rows], bias=False)
    print("national correction on all labels:", json.dumps({k: round(v, 2) for k, v in zip(ln.NATIONAL_WEIGHTS, w, strict=True)}),
          "bias", round(b, 2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
