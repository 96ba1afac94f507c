"""How far two people's golds of the same articles agree (issue 12): is the held-out gold a fixed target?

The targets of issue 12 are measured against one reader's gold. If a second reader, given the same instructions,
wrote a different gold, the extractor's score would carry that reader's noise and no extractor could reach 1.0. This
compares two golds of the same articles, written apart (neither saw the other's), for figures or officials:

    python benchmarks/audit_agreement.py figures benchmarks/audit/figures_gold_heldout631.jsonl \\
        benchmarks/audit/agreement/figures_gold_heldout631_second.jsonl
    python benchmarks/audit_agreement.py officials benchmarks/audit/officials_gold_heldout633.jsonl \\
        benchmarks/audit/agreement/officials_gold_heldout633_second.jsonl

Figures: A's required spans that B's spans overlap, required to required ("strict") and counting either reader's
optional spans as the scorer does ("as scored": B stands where the extractor stands). Officials: A's names that B
names too, folded (no marks, lower case, hyphens as spaces) or one inside the other ("Obama", "Barack Obama"). Prints
counts and each disagreement's ids and offsets only, never the corpus's text.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import audit_extract as ax


def _golds(path: Path) -> dict[str, dict]:
    return {(g := json.loads(line))["id"]: g for line in path.read_text(encoding="utf-8").splitlines() if line.strip()}


def _fold(s: str) -> str:
    return ax._fold_name(s.replace("-", " "))  # the scorer's folding; hyphens as spaces ("Pu-tin", "Pu tin")


def _overlaps(a: list[int], b: list[int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def figures(a: dict[str, dict], b: dict[str, dict], ids: list[str]) -> dict[str, object]:
    strict = lenient = total = 0
    only: list[str] = []
    for i in ids:
        for span in a[i]["figures"]:
            total += 1
            strict += any(_overlaps(span, t) for t in b[i]["figures"])
            hit = any(_overlaps(span, t) for t in b[i]["figures"] + b[i]["optional"])
            lenient += hit
            if not hit:
                only.append(f"{i} {span}")
    return {"required_a": total, "strict": f"{strict}/{total}", "as_scored": f"{lenient}/{total}", "a_only": only}


def officials(a: dict[str, dict], b: dict[str, dict], ids: list[str], corpus: Path) -> dict[str, object]:
    texts = {}
    for d in ax._records(corpus):
        if d["id"] in ids:
            texts[d["id"]] = ax._text(ax._enrich(d, corpus))
    found = total = 0
    only: list[str] = []
    for i in ids:
        names_b = [_fold(texts[i][s:e]) for s, e in b[i]["names"]]
        for s, e in a[i]["names"]:
            total += 1
            name = _fold(texts[i][s:e])
            hit = any(name == n or name in n or n in name for n in names_b)
            found += hit
            if not hit:
                only.append(f"{i} [{s}, {e}]")
    return {"names_a": total, "named_by_b": f"{found}/{total}", "a_only": only}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("field", choices=("figures", "officials"))
    ap.add_argument("a", type=Path)
    ap.add_argument("b", type=Path)
    ap.add_argument("--corpus", type=Path, default=ax.CORPUS)
    args = ap.parse_args(argv)
    a, b = _golds(args.a), _golds(args.b)
    ids = sorted(set(a) & set(b))
    both = {"articles": len(ids)}
    if args.field == "figures":
        out = {**both, "a_to_b": figures(a, b, ids), "b_to_a": figures(b, a, ids)}
    else:
        out = {**both, "a_to_b": officials(a, b, ids, args.corpus), "b_to_a": officials(b, a, ids, args.corpus)}
    print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
