"""Fixtures of the hostile tests: one real index of every hostile record (see hostile_cases.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hostile.hostile_cases import CASES, CONTROL, Case, write_jsonl

from briefing_tui.search.config import Config
from briefing_tui.search.service import SearchService


@pytest.fixture(params=CASES, ids=[c.name for c in CASES])
def case(request: pytest.FixtureRequest) -> Case:
    return request.param


@pytest.fixture(scope="session")
def hostile_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real index of every hostile record; tests must not change it."""
    folder = tmp_path_factory.mktemp("hostile")
    service = SearchService(Config(), folder / "ix")
    try:
        report = service.index([write_jsonl(folder / "hostile.jsonl", CASES)])
    finally:
        service.close()
    assert report.added == len(CASES) and not report.skipped, report
    return folder / "ix"


@pytest.fixture
def no_control() -> Callable[[str], None]:
    """Asserts that ``text`` holds no character that drives a terminal."""

    def check(text: str) -> None:
        found = CONTROL.search(text)
        assert found is None, f"raw {found.group()!r} at {found.start()} in output:\n{text[max(0, found.start() - 200):found.start() + 200]}"

    return check
