"""Snapshots of the reader at 80×24, 120×40, 160×50 and with NO_COLOR=1 (pytest-textual-snapshot).

Deterministic: an index built from the seeds, search times hidden, cursor blink off,
textual pinned (pyproject). Update with ``pytest tests/app --snapshot-update`` only
after looking at the report.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from briefing_tui.search.config import Config
from briefing_tui.search.service import SearchService
from briefing_tui.tui.app.app import AppOptions
from briefing_tui.tui.app.main import make_app


@pytest.fixture
def seed_index(seed_service: SearchService) -> Path:
    return seed_service.store.root


def deterministic(index: Path):  # type: ignore[no-untyped-def]
    return make_app(Config(), index, AppOptions(show_elapsed=False, cursor_blink=False), language="en")


async def read_de_an_06(pilot: Any) -> None:
    app = pilot.app
    for _ in range(200):
        if app.result is not None:
            break
        await pilot.pause(0.05)
    await pilot.press("slash", *"Đề án 06", "enter")
    for _ in range(200):
        if app.result is not None and app.result.query.text == "Đề án 06" and not app._in_flight:
            break
        await pilot.pause(0.05)
    await pilot.press("enter")
    for _ in range(200):
        if app.view is not None:
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
