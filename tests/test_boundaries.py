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


def test_only_the_cluster_backend_imports_opensearch():
    """search/opensearch/ is the only OpenSearch-aware code, as embedded/ is the only Whoosh-aware code;
    tui/ and the embedded engine never import the client."""
    for part in ("search", "tui"):
        users = {p.relative_to(ROOT / part) for p in (ROOT / part).rglob("*.py") if "opensearchpy" in imports(p)}
        outside = {p for p in users if part != "search" or p.parts[0] != "opensearch"}
        assert not outside, outside
    for path in (ROOT / "search" / "opensearch").rglob("*.py"):
        assert "whoosh" not in imports(path), path


def test_a_whoosh_search_never_loads_the_opensearch_client(seed_service):
    """The shell ``search`` on the default backend imports no opensearchpy (it costs ~0.3 s)."""
    code = (
        "import sys\n"
        "from briefing_tui.tui.cli import main\n"
        f"code = main(['--index-dir', {str(seed_service.index_path)!r}, 'search', 'Đề án 06'])\n"
        "assert code == 0, code\n"
        "assert 'opensearchpy' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)


def test_the_query_side_reaches_an_index_only_through_its_protocol():
    """query/ never imports the embedded engine (a second engine goes behind query/source.py)."""
    for path in (ROOT / "search" / "query").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                module = "." * node.level + node.module
                assert "embedded" not in module and "whoosh" not in module, (path, module)


def _absolute(path, node: ast.ImportFrom, root=ROOT) -> str:  # type: ignore[no-untyped-def]
    """The module an ``ImportFrom`` names, relative imports resolved (tui/ is briefing_tui.tui)."""
    if node.level == 0:
        return node.module or ""
    package = ["briefing_tui", *path.relative_to(root).with_suffix("").parts]
    if path.name == "__init__.py":
        package = package[:-1]
    base = package[: len(package) - node.level]
    return ".".join(base + ([node.module] if node.module else []))


def face_offences(root) -> list[str]:  # type: ignore[no-untyped-def]
    """Every import under ``root/tui`` that goes past the public face of ``briefing_tui.search``."""
    import briefing_tui.search as face

    offences: list[str] = []
    for path in sorted((root / "tui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = path.relative_to(root)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                offences += [f"{where}: import {a.name}" for a in node.names if a.name.startswith("briefing_tui.search.")]
            elif isinstance(node, ast.ImportFrom):
                module = _absolute(path, node, root)
                if module.startswith("briefing_tui.search."):
                    offences.append(f"{where}: from {module} import …")
                elif module == "briefing_tui.search":
                    offences += [f"{where}: {a.name} is not in briefing_tui.search.__all__"
                                 for a in node.names if a.name not in face.__all__]
                elif module == "briefing_tui" and any(a.name == "search" for a in node.names):
                    offences.append(f"{where}: from briefing_tui import search (use its names)")
            elif isinstance(node, ast.Constant) and isinstance(node.value, str) and "briefing_tui.search." in node.value:
                offences.append(f"{where}: a string names {node.value!r} (import_module?)")
    return offences


def test_tui_reaches_search_only_through_its_public_face():
    """In the spirit of harlequin's import hygiene: tui/ imports ``briefing_tui.search`` and nothing
    deeper, and only names its ``__all__`` declares (search/ moves its insides freely)."""
    offences = face_offences(ROOT)
    assert not offences, "\n".join(offences)


def test_the_import_contract_catches_what_it_forbids(tmp_path):
    (tmp_path / "tui" / "app").mkdir(parents=True)
    (tmp_path / "tui" / "app" / "deep.py").write_text(
        "from ...search.service import SearchService\n"
        "import briefing_tui.search.models\n"
        "from briefing_tui.search import SearchService, Snapshot\n"
        "from briefing_tui.search.querylang import parse_date_value\n",
        encoding="utf-8",
    )
    assert face_offences(tmp_path) == [
        "tui/app/deep.py: from briefing_tui.search.service import …",
        "tui/app/deep.py: import briefing_tui.search.models",
        "tui/app/deep.py: Snapshot is not in briefing_tui.search.__all__",
        "tui/app/deep.py: from briefing_tui.search.querylang import …",
    ]


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
