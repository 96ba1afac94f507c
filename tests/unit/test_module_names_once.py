"""A module-level name is bound once in each source file of the package (session 49: a second
``_RESULT_BEFORE_RE`` in figures.py, for another purpose, silently replaced the first and a kept count was lost;
ruff's F811 covers redefined functions and imports, not constants). Reads the real source with ``ast``."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted(p for folder in ("search", "tui") for p in (ROOT / folder).rglob("*.py"))


def _bound_at_top(tree: ast.Module) -> Counter[str]:
    names: Counter[str] = Counter()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        for target in targets:
            if isinstance(target, ast.Name) and target.id == target.id.upper() and any(c.isalpha() for c in target.id):
                names[target.id] += 1
    return names


def test_the_sources_are_found() -> None:
    assert len(SOURCES) > 50


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_each_constant_is_bound_once(path: Path) -> None:
    twice = [name for name, n in _bound_at_top(ast.parse(path.read_text(encoding="utf-8"))).items() if n > 1]
    assert twice == [], f"{path.name} binds {twice} more than once"


def test_a_second_binding_is_caught() -> None:
    assert _bound_at_top(ast.parse("_A_RE = 1\nB = 2\n_A_RE = 3\n"))["_A_RE"] == 2
