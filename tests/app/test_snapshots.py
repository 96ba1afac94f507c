"""Snapshots of the reader at 80×24, 120×40, 160×50 and with NO_COLOR=1 (pytest-textual-snapshot).

Deterministic: an index built from the seeds, search times hidden, cursor blink off,
textual pinned (pyproject). Update with ``pytest tests/app --snapshot-update`` only
after looking at the report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefing_tui.search import Config, SearchService
from briefing_tui.tui.app.main import make_app
from briefing_tui.tui.app.options import AppOptions


@pytest.fixture
def seed_index(seed_service: SearchService) -> Path:
    return seed_service.store.root


def deterministic(index: Path):  # type: ignore[no-untyped-def]
    return make_app(Config(), index, AppOptions(show_elapsed=False, cursor_blink=False), language="en")


async def read_de_an_06(pilot: Any) -> None:
    screen = pilot.app.main
    for _ in range(200):
        if screen.result is not None:
            break
        await pilot.pause(0.05)
    await pilot.press("slash", *"Đề án 06", "enter")
    for _ in range(200):
        if screen.result is not None and screen.result.query.text == "Đề án 06" and not screen.searching:
            break
        await pilot.pause(0.05)
    await pilot.press("enter")
    for _ in range(200):
        if screen.view is not None:
            break
        await pilot.pause(0.05)
    await pilot.press("n")
    await pilot.pause(0.3)


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (160, 50)], ids=["80x24", "120x40", "160x50"])
def test_reader_layouts(snap_compare, seed_index, size):
    assert snap_compare(deterministic(seed_index), terminal_size=size, run_before=read_de_an_06)


def test_no_color(snap_compare, seed_index, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert snap_compare(deterministic(seed_index), terminal_size=(120, 40), run_before=read_de_an_06)
