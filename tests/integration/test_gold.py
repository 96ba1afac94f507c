"""Extraction scored against ../shared/gold/seed-gold.json, field by field (issue 3's quality bar).

Title, date (iso + precision), source, main province (and 2025) and the provinces
mentioned must be exact; every gold official found and none extra; key figures
recall and precision ≥ 0.95 (optional figures count neither way; a figure
matches on line, value and overlapping text), kinds exact, and no `not_figures`
string extracted. The scores are printed so a regression is visible (pytest -s).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from helpers import ROOT, SHARED

from briefing_tui.search.extract.pipeline import enrich
from briefing_tui.search.inputs import RawRecord

GOLD_PATH = SHARED / "gold" / "seed-gold.json"
pytestmark = pytest.mark.skipif(not GOLD_PATH.exists(), reason="../shared/gold is not present")


def load_gold() -> dict:
    data = json.loads(GOLD_PATH.read_text("utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def extract(name: str):  # type: ignore[no-untyped-def]
    path = ROOT / "seeds" / name
    text = path.read_text("utf-8")
    return enrich(RawRecord(id=Path(name).stem, origin=str(path), text=text, where=str(path))), text.split("\n")


def _column(article, figure, raw_lines: list[str]) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """A figure's [start, end) column range in its raw line."""
    line = raw_lines[figure.line - 1]
    at = line.find(figure.text)
    if at >= 0:
        occurrences = [i for i in range(len(line)) if line.startswith(figure.text, i)]
        body_line_start = article.body.rfind("\n", 0, figure.span.start) + 1
        offset_in_body_line = figure.span.start - body_line_start
        lead = len(line) - len(line.lstrip())
        at = min(occurrences, key=lambda i: abs(i - (offset_in_body_line + lead)))
    return at, at + len(figure.text)


def score_figures(article, raw_lines: list[str], gold: dict) -> dict:  # type: ignore[no-untyped-def]
    used_key: set[int] = set()
    used_opt: set[int] = set()
    tp = fp = 0
    kind_errors = []

    def match(figure, pool, used):  # type: ignore[no-untyped-def]
        fa, fb = _column(article, figure, raw_lines)
        for i, g in enumerate(pool):
            if i in used or g["line"] != figure.line or abs(g["value"] - figure.value) > 1e-6 * max(1, g["value"]):
                continue
            ga = raw_lines[g["line"] - 1].find(g["text"])
            if ga >= 0 and fa < ga + len(g["text"]) and ga < fb:
                return i
        return None

    for figure in article.figures:
        i = match(figure, gold["key_figures"], used_key)
        if i is not None:
            used_key.add(i)
            tp += 1
            if gold["key_figures"][i]["kind"] != figure.kind:
                kind_errors.append((figure.text, figure.kind, gold["key_figures"][i]["kind"]))
            continue
        j = match(figure, gold.get("optional_figures", []), used_opt)
        if j is not None:
            used_opt.add(j)
            continue
        fp += 1
    missed = [g["text"] for i, g in enumerate(gold["key_figures"]) if i not in used_key]
    not_figures = [
        (nf["text"], f.text)
        for nf in gold["not_figures"]
        for f in article.figures
        if any(c.isdigit() for c in nf["text"]) and nf.get("line") == f.line and f.text in nf["text"]
    ]
    return {"tp": tp, "fp": fp, "fn": len(missed), "missed": missed, "kind_errors": kind_errors,
            "not_figures": not_figures}


def test_extraction_matches_the_gold_field_by_field():
    gold = load_gold()
    totals = {"tp": 0, "fp": 0, "fn": 0}
    report = []
    failures = []
    for name, g in sorted(gold.items()):
        article, raw_lines = extract(name)
        checks = {
            "title": article.title == g["title"],
            "date": (article.date.iso, article.date.precision) == (g["date"]["iso"], g["date"]["precision"]),
            "source": (
                (article.source.author, article.source.site) == (g["source"]["author"], g["source"]["site"])
                if g["source"]
                else (article.source.author, article.source.site) == (None, None)
            ),
            "main_province": article.main_province == g["main_province"],
            "main_province_2025": article.main_province_2025 == g["main_province_2025"],
            "provinces": list(article.provinces) == g["provinces_mentioned"],
            "provinces_2025": list(article.provinces_2025) == g["provinces_mentioned_2025"],
        }
        gold_names = {o["name"] for o in g["officials"]}
        names = {o.name for o in article.officials}
        checks["officials"] = names == gold_names
        figures = score_figures(article, raw_lines, g)
        for k in totals:
            totals[k] += figures[k]
        checks["figure_kinds"] = not figures["kind_errors"]
        checks["no_not_figures"] = not figures["not_figures"]
        ok = sum(checks.values())
        report.append(
            f"{name}: {ok}/{len(checks)} fields exact; figures tp={figures['tp']} fp={figures['fp']} fn={figures['fn']}"
            + (f" missed={figures['missed']}" if figures["missed"] else "")
        )
        failures += [f"{name}: {field}" for field, passed in checks.items() if not passed]
        if names != gold_names:
            failures.append(f"{name}: officials missing {gold_names - names}, extra {names - gold_names}")
    precision = totals["tp"] / max(1, totals["tp"] + totals["fp"])
    recall = totals["tp"] / max(1, totals["tp"] + totals["fn"])
    report.append(f"key figures: precision {precision:.3f}, recall {recall:.3f} ({totals})")
    print("\n" + "\n".join(report))
    assert not failures, failures
    assert precision >= 0.95 and recall >= 0.95


@pytest.mark.parametrize("name", sorted(load_gold()) if GOLD_PATH.exists() else [])
def test_boilerplate_and_metadata_never_reach_the_body(name):
    gold = load_gold()[name]
    article, _ = extract(name)
    for line in gold["boilerplate_lines"] + gold["metadata_lines"]:
        text = line["text"].replace("\u00a0", " ").strip()
        if text and text != (article.title or ""):
            assert text not in article.body.split("\n"), text


def test_gold_figure_details_for_a_sample():
    article, _ = extract("002_fa295b22799041cc.txt")
    by_text = {f.text: f for f in article.figures}
    ratio = next(f for t, f in by_text.items() if t.startswith("59/225"))
    assert (ratio.kind, ratio.value, ratio.denominator) == ("ratio", 59, 225)
    mult = next(f for t, f in by_text.items() if t.startswith("gấp hơn 5,7"))
    assert (mult.kind, mult.value, mult.qualifier) == ("multiplier", 5.7, "hơn")
    services = next(f for t, f in by_text.items() if t.startswith("4,4 nghìn"))
    assert services.value == 4400 and services.qualifier == "gần"
    assert article.body[services.span.start : services.span.end] == services.text
    assert services.text in services.sentence and services.context in services.sentence
    ranks = [f for f in article.figures if f.subkind == "rank"]
    assert [(f.value, f.kind) for f in ranks] == [(45, "other"), (52, "other")]
    article3, _ = extract("003_6e2d78e33ae689ca.txt")
    span = next(f for f in article3.figures if f.text.startswith("3-5"))
    assert (span.value, span.value_max, span.unit) == (3, 5, "%")
    grdp = next(f for f in article3.figures if f.unit == "% GRDP")
    assert (grdp.value, grdp.qualifier) == (20, "tới")
