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


async def pick_two(pilot: Any) -> None:
    """Two results picked with space: their marks beneath the date, and "picked 2" on the status row."""
    screen = pilot.app.main
    for _ in range(200):
        if screen.result is not None and not screen.searching:
            break
        await pilot.pause(0.05)
    await pilot.press("space", "down", "down", "space", "up")
    await pilot.pause(0.3)


def test_pick_marks_and_counter(snap_compare, seed_index):
    assert snap_compare(deterministic(seed_index), terminal_size=(120, 40), run_before=pick_two)


async def export_dialog(pilot: Any) -> None:
    """The export dialog over the results of "Đề án 06" (nothing picked); the proposed path, which holds
    today's date and the test's home, replaced by a fixed one."""
    await read_de_an_06(pilot)
    await pilot.press("escape", "e")
    for _ in range(200):
        if pilot.app.screen.id == "export":
            break
        await pilot.pause(0.05)
    box = pilot.app.screen.query_one("#export-path")
    box.value = "~/Documents/briefing-2026-11-30-de-an-06.md"
    box.cursor_position = len(box.value)
    await pilot.wait_for_scheduled_animations()
    await pilot.pause(0.5)  # laid out whole, also on a busy machine


def test_export_dialog(snap_compare, seed_index):
    assert snap_compare(deterministic(seed_index), terminal_size=(120, 40), run_before=export_dialog)
