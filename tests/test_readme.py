"""The README starts with the two commands a newcomer pastes, and CI runs exactly those."""

from __future__ import annotations

import re

from helpers import ROOT


def first_code_blocks(n: int) -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [b.strip() for b in re.findall(r"```sh\n(.*?)```", text, flags=re.S)[:n]]


def test_readme_opens_with_install_and_test_commands():
    install, tests = first_code_blocks(2)
    assert 'pip install -e ".[test]"' in install and install.endswith("briefing-tui")
    assert tests.endswith("pytest")
    head = (ROOT / "README.md").read_text(encoding="utf-8").split("```")[0]
    assert len(head.splitlines()) <= 4  # nothing to read before the first command


def test_ci_runs_the_readme_commands_in_a_fresh_venv():
    install, tests = first_code_blocks(2)
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    setup = install.rsplit(" && ", 1)[0].replace(".venv", '"$VENV"')
    assert setup.replace('"', "") in ci.replace('"', "")
    assert tests.replace(".venv", "$VENV").replace('"', "") in ci.replace('"', "")
    assert "exit 1" in ci and '"$status" -eq 5' in ci  # pytest's "no tests" is a failure


def test_readme_key_table_lists_every_key_of_the_help_screen():
    from briefing_tui.tui.keys import help_rows

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    table = text.split("## In the app", 1)[1].split("\n## ", 1)[0].lower()
    for keys, _label in help_rows():
        atoms = [keys] if keys == "/" else [a for a in re.split(r"\s*/\s*|–", keys) if a]
        for atom in atoms:
            assert f"`{atom.lower()}`" in table, f"README's key table lacks {atom!r}"


def test_readme_briefing_excerpt_is_what_brief_prints_for_the_seeds(seed_service, capsys):
    """The excerpt is real output: every line of it (the time and the shortened path aside) is the
    start of a line of ``brief "Đề án 06"`` on the seeds, in the same order."""
    from briefing_tui.tui.cli import main

    def same_time(line: str) -> str:
        return re.sub(r"^Made \S+ ", "Made <time> ", line)

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    excerpt = text.split("## Briefings", 1)[1].split("```markdown\n", 1)[1].split("```", 1)[0].splitlines()
    assert main(["--index-dir", str(seed_service.index_path), "brief", "Đề án 06"]) == 0
    printed = [same_time(line) for line in capsys.readouterr().out.splitlines()]
    at = 0
    for line in map(same_time, excerpt):
        if line == "…":
            continue
        if line.startswith("1. <a id="):  # the seeds' absolute path, shortened
            line = line.split("`seeds/", 1)[0]
        matches = [i for i in range(at, len(printed)) if printed[i].startswith(line)]
        assert matches, f"README's briefing excerpt has a line brief does not print: {line!r}"
        at = matches[0] + 1
