"""The import rules of ARCHITECTURE.md, enforced on the source and at run time."""

from __future__ import annotations

import ast
import subprocess
import sys

from helpers import ROOT



def imports(path) -> set[str]:  # type: ignore[no-untyped-def]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


def test_search_never_imports_textual_or_rich():
    for path in (ROOT / "search").rglob("*.py"):
        assert not imports(path) & {"textual", "rich"}, path


def test_tui_never_imports_whoosh():
    for path in (ROOT / "tui").rglob("*.py"):
        assert "whoosh" not in imports(path), path


def test_only_the_embedded_engine_imports_whoosh():
    users = {p.relative_to(ROOT / "search") for p in (ROOT / "search").rglob("*.py") if "whoosh" in imports(p)}
    outside = {p for p in users if p.parts[0] != "embedded"}
    assert users and not outside, outside


def test_the_query_side_reaches_an_index_only_through_its_protocol():
    """query/ never imports the embedded engine (a second engine goes behind query/source.py)."""
    for path in (ROOT / "search" / "query").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                module = "." * node.level + node.module
                assert "embedded" not in module and "whoosh" not in module, (path, module)


def test_the_search_package_loads_without_ui_libraries():
    code = (
        "import sys, briefing_tui.search.service as s, briefing_tui.search.query.execution, "
        "briefing_tui.search.embedded.indexer, briefing_tui.search.export\n"
        "bad = [m for m in ('textual', 'rich') if m in sys.modules]\n"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_cli_search_does_not_load_the_app():
    code = (
        "import sys; from briefing_tui.tui import cli\n"
        "cli.build_parser()\n"
        "assert 'textual' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_no_tests_package_so_bare_imports_cannot_pass_by_accident():
    assert not (ROOT / "tests" / "__init__.py").exists()
    probe = subprocess.run([sys.executable, "-c", "import search"], capture_output=True, cwd="/", check=False)
    assert probe.returncode != 0
