"""Briefings in the app, through Pilot on a real index of the seeds: picking results and key figures
(marks, the counter, the draft kept across restarts), the picked list, and the export dialog writing
real files (the overwrite question included).

HOME and the XDG folders point into a temporary folder (tests/conftest.py), so the draft, the saved
searches, the history and the documents folder the dialog proposes are all the test's own.
"""

from __future__ import annotations

import json
import re
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from app.pilot_helpers import app_on, run, screen_lines, settle, status_text, until

from briefing_tui.search import Draft, Pick, Query, SearchService, briefing_to_markdown, documents_dir
from briefing_tui.tui.app.app import BriefingApp
from briefing_tui.tui.app.confirm import ConfirmScreen
from briefing_tui.tui.app.export_dialog import ExportDialog
from briefing_tui.tui.app.figures_panel import FiguresPanel
from briefing_tui.tui.app.figures_screen import AllFiguresScreen
from briefing_tui.tui.app.picked_screen import PickedScreen
from briefing_tui.tui.app.results_table import ResultsTable


@pytest.fixture
def seed_index(seed_service: SearchService) -> Path:
    return seed_service.store.root


def messages(app: BriefingApp) -> str:
    return " | ".join(n.message for n in app._notifications)


def result_rows(app: BriefingApp) -> list[str]:
    """The results table's rows as a person sees them (date cell, mark beneath it, title)."""
    table = app.main.query_one(ResultsTable)
    return [" ".join(c.plain for c in table.get_row_at(n)) for n in range(table.row_count)]


async def search(app: BriefingApp, pilot: Any, text: str) -> None:
    await pilot.press("slash", *text, "enter")
    await settle(app, pilot)


def test_the_draft_lands_in_the_tests_own_home(isolated):
    assert Draft.default().path.is_relative_to(isolated)
    assert documents_dir().is_relative_to(isolated)


def test_space_picks_and_unpicks_the_result_under_the_cursor(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        assert "picked" not in status_text(app)
        await pilot.press("space")  # the first result (the table has the focus)
        first = screen.query_one(ResultsTable).current_id
        assert [p.article_id for p in screen.picks] == [first]
        assert "✓ picked" in result_rows(app)[0] and "✓" not in result_rows(app)[1]
        await pilot.press("down", "space")
        await pilot.pause(0.05)
        assert len(screen.picks) == 2
        assert "picked 2" in "\n".join(screen_lines(app)[:4])  # the counter on the status row
        await pilot.press("space")  # again: unpicked
        await pilot.pause(0.05)
        assert [p.article_id for p in screen.picks] == [first]
        assert "✓" not in result_rows(app)[1]
        assert screen.query_one(ResultsTable).cursor_row == 1  # the cursor stays where it was
        assert [p.article_id for p in Draft.default().picks] == [first]  # written as it changes

    run(app_on(seed_index), scenario)


def test_picks_survive_a_restart(seed_index):
    async def pick_two(app: BriefingApp, pilot: Any) -> None:
        await pilot.press("space", "down", "down", "space")
        await pilot.pause(0.05)

    first = app_on(seed_index)
    run(first, pick_two)
    picked = [p.article_id for p in first.main.picks]
    assert len(picked) == 2

    async def check(app: BriefingApp, pilot: Any) -> None:
        assert [p.article_id for p in app.main.picks] == picked
        rows = result_rows(app)
        assert "✓ picked" in rows[0] and "✓ picked" in rows[2] and "✓" not in rows[1]
        assert "picked 2" in "\n".join(screen_lines(app)[:4])

    run(app_on(seed_index), check)


def test_a_broken_draft_is_said_once_and_the_app_starts(seed_index, isolated):
    draft = Draft.default().path
    draft.parent.mkdir(parents=True, exist_ok=True)
    draft.write_text("{not json", encoding="utf-8")

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        assert app.main.result.total == 5 and app.main.picks == ()
        assert messages(app).count("was damaged") == 1 and "draft.json" in messages(app)
        await pilot.press("space")
        assert len(app.main.picks) == 1  # a new draft started

    run(app_on(seed_index), scenario)
    assert list(draft.parent.glob("draft.json.broken-*"))  # what was there is kept aside


async def pick_the_fifth_figure(app: BriefingApp, pilot: Any) -> FiguresPanel:
    """Search the seeds for "1.077 thôn", open the first hit and press space on its fifth key figure."""
    screen = app.main
    await search(app, pilot, "1.077 thôn")
    await pilot.press("enter")
    await until(pilot, lambda: screen.view is not None, "the article")
    figures = screen.query_one(FiguresPanel)
    screen.set_focus(figures)
    figures.move_cursor(row=4)
    await pilot.pause(0.05)
    await pilot.press("space")
    await pilot.pause(0.05)
    return figures


def test_space_on_a_key_figure_picks_the_figure_and_its_article(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        figures = await pick_the_fifth_figure(app, pilot)
        article = screen.view.article.id
        assert screen.picks == (Pick(article, (4,)),)
        assert figures.get_cell("4", "figure").plain.startswith("✓ 1.077 thôn")
        assert "✓ 1 fig." in result_rows(app)[0]  # its article is picked, with one figure

    run(app_on(seed_index), scenario)


def test_space_on_the_all_figures_screen_picks_a_figure(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await pilot.press("a")
        await until(pilot, lambda: isinstance(app.screen, AllFiguresScreen), "the figures view")
        figures = app.screen
        await pilot.press("j", "space")
        await pilot.pause(0.05)
        article, _rank, _figure, number = figures.rows[1]
        assert app.main.picks == (Pick(article.id, (number,)),)
        table = figures.query_one("#all-figures-table")
        assert table.get_cell("1", "figure").plain.startswith("✓ ") and "✓" not in table.get_cell("0", "figure").plain
        await pilot.press("escape")
        assert "picked 1" in "\n".join(screen_lines(app)[:4])

    run(app_on(seed_index), scenario)


def test_the_picked_list_removes_and_reorders(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        await pilot.press("space", "down", "space", "down", "space")
        await pilot.pause(0.05)
        a, b, c = [p.article_id for p in screen.picks]
        await pilot.press("P")
        await until(pilot, lambda: isinstance(app.screen, PickedScreen), "the picked list")
        picked = app.screen
        await until(pilot, lambda: len(picked.articles) == 3, "the picked articles read")
        table = picked.query_one("#picked-table")
        assert table.row_count == 3
        titles = [table.get_cell(str(n), "article").plain for n in range(3)]
        hit_titles = [h.title[:20] for h in screen.result.hits[:3]]
        assert all(t[:20] in titles[n] for n, t in enumerate(hit_titles))
        await pilot.press("J")  # the first moves down
        assert [p.article_id for p in screen.picks] == [b, a, c] and table.cursor_row == 1
        await pilot.press("K", "K")  # and back up, to the top (stays there)
        assert [p.article_id for p in screen.picks] == [a, b, c] and table.cursor_row == 0
        await pilot.press("j", "d")  # the second removed
        assert [p.article_id for p in screen.picks] == [a, c] and table.row_count == 2
        assert [p.article_id for p in Draft.default().picks] == [a, c]
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        assert "Remove all 2 picked articles" in app.screen.query_one("#confirm-question").content.plain
        await pilot.press("n")  # no: nothing cleared
        assert len(screen.picks) == 2
        await pilot.press("d")  # one left: the question in the singular
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        assert app.screen.query_one("#confirm-question").content.plain == "Remove the picked article from the briefing?"
        await pilot.press("n")
        assert len(screen.picks) == 1
        await pilot.press("x")
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question")
        await pilot.press("y")
        await pilot.pause(0.05)
        assert screen.picks == () and table.row_count == 0
        await pilot.press("escape")
        assert app.screen is screen
        assert "✓" not in " ".join(result_rows(app)) and "picked" not in status_text(app)

    run(app_on(seed_index), scenario)


# --- the export dialog ---------------------------------------------------------------------------


async def open_export(app: BriefingApp, pilot: Any) -> ExportDialog:
    await pilot.press("e")
    await until(pilot, lambda: isinstance(app.screen, ExportDialog), "the export dialog")
    await pilot.pause(0.05)
    return app.screen  # type: ignore[return-value]


def set_path(dialog: ExportDialog, path: Path) -> None:
    box = dialog.query_one("#export-path")
    box.value = str(path)
    box.cursor_position = len(box.value)


def made_at(markdown: str) -> datetime:
    return datetime.fromisoformat(re.search(r"^Made (\S+) with briefing-tui", markdown, re.M).group(1))


def test_export_writes_the_briefing_of_the_results(seed_index, seed_service, tmp_path):
    target = tmp_path / "out" / "de-an-06.md"

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await search(app, pilot, "Đề án 06")
        dialog = await open_export(app, pilot)
        proposed = Path(dialog.query_one("#export-path").value)
        assert proposed.parent == documents_dir() and re.fullmatch(r"briefing-\d{4}-\d\d-\d\d-de-an-06\.md", proposed.name)
        assert dialog.query_one("#export-limit").value == "20"
        assert "Đề án 06" in dialog.query_one("#export-what").content.plain
        set_path(dialog, target)
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is app.main, "the dialog to close")
        total = app.main.result.total
        assert f"Briefing of {total} articles written to {target}" in messages(app)

    run(app_on(seed_index), scenario)
    text = target.read_text(encoding="utf-8")
    expected = seed_service.briefing(Query("Đề án 06", limit=20), now=made_at(text))
    assert text == briefing_to_markdown(expected)
    assert "Thủ tướng dự tổng kết" in text and "[[1]](#source-1)" in text


def test_export_of_the_picks_in_json_clears_the_draft(seed_index, tmp_path):
    target = tmp_path / "picked.md"

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await pilot.press("space", "down", "space")
        await until(pilot, lambda: len(app.main.picks) == 2, "the two picks")  # (not a fixed pause: a loaded box)
        picked = [p.article_id for p in app.main.picks]
        dialog = await open_export(app, pilot)
        assert "The 2 picked articles" in dialog.query_one("#export-what").content.plain
        assert not dialog.query("#export-limit")  # the picks, not a number of results
        set_path(dialog, target)
        await pilot.click("#export-json")  # the suffix follows the format
        await until(pilot, lambda: dialog.query_one("#export-path").value == str(tmp_path / "picked.json"),
                    "the path's suffix to follow the format")
        assert dialog.query_one("#export-format-label").content.plain == "Format: JSON"  # in words, not only colour
        await pilot.click("#export-write")
        await until(pilot, lambda: app.screen is app.main, "the dialog to close")
        data = json.loads((tmp_path / "picked.json").read_text(encoding="utf-8"))
        assert data["picked"] is True and [a["id"] for a in data["articles"]] == picked
        assert app.main.picks == () and Draft.default().picks == []
        assert "The picks were cleared" in messages(app) and "✓" not in " ".join(result_rows(app))

    run(app_on(seed_index), scenario)
    assert not target.exists()


def test_the_export_dialog_says_one_picked_article_and_figure_in_the_singular(seed_index):
    """"The 1 picked articles (1 key figures picked)." read wrong (seen in tmux, session 61)."""

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await pick_the_fifth_figure(app, pilot)  # one figure, and so its article
        dialog = await open_export(app, pilot)
        assert dialog.query_one("#export-what").content.plain == "The picked article (1 key figure picked)."

    run(app_on(seed_index), scenario)


def test_an_existing_file_is_replaced_only_when_the_user_says_so(seed_index, tmp_path):
    target = tmp_path / "briefing.csv"
    target.write_text("old", encoding="utf-8")
    picked: list[str] = []

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await pilot.press("space")  # the first result: a picked article, its figures in the CSV
        picked.extend(p.article_id for p in app.main.picks)
        dialog = await open_export(app, pilot)
        await pilot.click("#export-csv")
        set_path(dialog, target)
        await pilot.press("tab", "enter")  # from the formats to the file, and write
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the overwrite question")
        assert str(target) in " ".join(s.content.plain for s in app.screen.query("Static"))
        await pilot.press("enter")  # Enter is "Cancel": the focused button; nothing replaced by accident
        await until(pilot, lambda: app.screen is dialog, "back to the dialog")
        assert target.read_text(encoding="utf-8") == "old"
        assert "kept" in dialog.query_one("#export-note").content.plain
        assert len(app.main.picks) == 1  # nothing exported, the picks are kept
        await pilot.press("enter")  # the path box still has the focus: try again
        await until(pilot, lambda: isinstance(app.screen, ConfirmScreen), "the question again")
        await pilot.press("y")
        await until(pilot, lambda: app.screen is app.main, "the dialog to close")
        assert str(target) in messages(app)

    run(app_on(seed_index), scenario)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("\ufeffarticle id,") and text.count(picked[0]) > 1  # one row per figure


def test_an_export_error_is_one_line_and_the_dialog_stays(seed_index, tmp_path):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        dialog = await open_export(app, pilot)
        set_path(dialog, tmp_path)  # a folder
        await pilot.press("enter")
        await until(pilot, lambda: "is a folder" in messages(app), "the error")
        assert app.screen is dialog and "is a folder" in dialog.query_one("#export-note").content.plain
        dialog.query_one("#export-limit").value = "0"
        set_path(dialog, tmp_path / "x.md")
        await pilot.press("enter")
        await until(pilot, lambda: "whole number from 1 to" in messages(app), "the limit refused")
        assert not (tmp_path / "x.md").exists()
        await pilot.press("escape")
        assert app.screen is app.main
        assert "Traceback" not in messages(app)

    run(app_on(seed_index), scenario)
