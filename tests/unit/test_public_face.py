"""The public face of search/: every name it declares is there, and declaring them costs nothing."""

from __future__ import annotations

import subprocess
import sys

import briefing_tui.search as face


def test_every_declared_name_resolves():
    missing = []
    for name in face.__all__:
        try:
            getattr(face, name)
        except (AttributeError, ImportError) as exc:  # a name pointing at a module that moved
            missing.append(f"{name}: {exc}")
    assert not missing, missing
    assert sorted(face.__all__) == sorted(face._WHERE)


def test_importing_the_face_loads_no_engine_and_no_ui():
    code = (
        "import sys, briefing_tui.search as s\n"
        "from briefing_tui.search import Query, Filters, BriefingError, one_line\n"
        "bad = [m for m in ('whoosh', 'textual', 'rich', 'yaml') if m in sys.modules]\n"
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
