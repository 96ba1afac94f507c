"""The reader (through Pilot) on hostile articles: shown inert, never parsed as markup, never a crash.

What the app would write to the terminal is rendered the way Textual's driver
does (the compositor's full update through a truecolour Console); after its own
cursor moves and colours are taken out, no ESC, BEL, C1 or bidi control may be
left. The payloads must still be there, as visible escapes or literal brackets.
"""

from __future__ import annotations

import io
import json
import re
from pathlib import Path
from typing import Any

import pytest
from app.pilot_helpers import run, settle, until
from hostile.hostile_cases import CASES, CONTROL, OSC_TITLE, Case
from rich.console import Console
from textual.widgets import Button, DataTable, Input

from briefing_tui.search import Config, Facets, FacetValue, Filters, IndexCorruptError, SearchService, one_line, visible
from briefing_tui.tui.app.app import AppOptions, BriefingApp
from briefing_tui.tui.app.facet_panel import FacetPanel
from briefing_tui.tui.app.figures_panel import FiguresPanel
from briefing_tui.tui.app.figures_screen import AllFiguresScreen
from briefing_tui.tui.app.main import make_app
from briefing_tui.tui.app.messages import FiltersChanged, OpenArticle
from briefing_tui.tui.app.reader import Reader
from briefing_tui.tui.app.results_table import ResultsTable
from briefing_tui.tui.i18n import Translator

DRIVER_CODES = re.compile(r"\x1b\[[0-9;]*[mH]")
"""What Textual itself writes between the text: SGR colours and cursor moves."""


def app_on(index: Path) -> BriefingApp:
    return make_app(Config(), index, AppOptions(cursor_blink=False), language="en")


def terminal_output(app: BriefingApp) -> str:
    """The characters a full repaint of the current screen sends to the terminal."""
    console = Console(width=app.size.width, height=app.size.height, file=io.StringIO(), force_terminal=True,
                      color_system="truecolor", legacy_windows=False, safe_box=False)
    console.print(app.screen._compositor.render_update(full=True, screen_stack=app._background_screens))
    return console.file.getvalue()  # type: ignore[attr-defined]


def screen_lines(app: BriefingApp) -> list[str]:
    return ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]


def assert_inert(app: BriefingApp) -> None:
    """Nothing on screen drives the terminal, and the app is still running."""
    assert app.is_running and app.return_code is None
    data = DRIVER_CODES.sub("", terminal_output(app))
    found = CONTROL.search(data)
    assert found is None, f"raw {found.group()!r} reaches the terminal: …{data[max(0, found.start() - 80):found.start() + 80]!r}"


def plain(renderable: Any, width: int = 400) -> str:
    console = Console(width=width, file=io.StringIO(), record=True, color_system=None)
    console.print(renderable)
    return console.export_text()


def cells(table: DataTable, row: int = 0) -> list[str]:
    return [plain(c) for c in table.get_row_at(row)]


async def open_case(app: BriefingApp, pilot: Any, case: Case) -> None:
    screen = app.main
    await pilot.press("slash")
    screen.query_one("#query", Input).value = case.keyword  # typing it: 0.2 s a key
    await pilot.press("enter")
    await settle(app, pilot)
    assert screen.result is not None and [h.id for h in screen.result.hits] == [case.id]
    await pilot.press("enter")
    await until(pilot, lambda: screen.view is not None and screen.view.article.id == case.id, "the article")
    await pilot.pause(0.1)


def test_hostile_articles_in_every_pane(hostile_index):
    """Every case in one app (one start-up instead of eleven): each article opened and shown in the
    reader, the results, the figures, all figures, a chip, the filters, a notification, the status."""

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        for case in CASES:
            try:
                await check_case(app, pilot, case)
            except AssertionError as exc:
                raise AssertionError(f"case {case.name}: {exc}") from exc

    run(app_on(hostile_index), scenario)


async def check_case(app: BriefingApp, pilot: Any, case: Case) -> None:
    screen = app.main
    screen.post_message(FiltersChanged(Filters()))  # the previous case's chip
    app.clear_notifications()
    await settle(app, pilot)
    await open_case(app, pilot, case)
    assert_inert(app)
    reader = screen.query_one(Reader)
    head = plain(reader.query_one("#reader-head").content)
    body = "".join(plain(reader.paragraph_text(i)) for i in range(len(reader._texts)))
    assert one_line(case.title) in head
    assert case.shown in body
    if case.name != "html-newlines":  # its "Nguồn:" line holds only the first word
        assert re.search(r"Source +" + re.escape(visible(case.raw)), head)  # literally, brackets and all
    title_cell = cells(screen.query_one(ResultsTable))[2]
    assert one_line(case.title)[:24] in title_cell
    figure, measures = cells(screen.query_one(FiguresPanel))
    assert "10,2%" in figure and "Tỷ lệ" in measures

    await pilot.press("a")  # every figure of the results
    await until(pilot, lambda: isinstance(app.screen, AllFiguresScreen), "the all-figures screen")
    await pilot.pause(0.1)
    assert_inert(app)
    row = cells(app.screen.query_one(DataTable))
    assert "10,2%" in row[0] and f"Tiêu đề {case.keyword}" in row[2]
    await pilot.press("escape")
    await until(pilot, lambda: not isinstance(app.screen, AllFiguresScreen), "back to the reader")

    # a chip per filter: the source's chip is a Button whose label was markup
    site = screen.view.article.source.site
    screen.post_message(FiltersChanged(Filters(sources=(site,))))
    await until(pilot, lambda: len(screen.query(".chip")) == 1, "the source chip")
    await settle(app, pilot)
    chip = screen.query_one(".chip", Button)
    assert f"source: {one_line(site)} ×" in plain(chip.label)
    assert_inert(app)

    # facet values (names as the index holds them) in the filters pane
    facets = Facets(official=(FacetValue(case.raw, 1, label=case.raw),), year=(FacetValue("2022", 1),))
    panel = screen.query_one(FacetPanel)
    panel.filters, panel.facets = Filters(), facets
    await pilot.pause(0.1)
    official = screen.query_one("#f-official").get_option_at_index(0).prompt
    assert one_line(case.raw)[:10] in str(official)
    assert_inert(app)

    # an error that quotes data: a notification, on one line
    screen.post_message(OpenArticle(f"nope{case.raw}"))
    await until(pilot, lambda: bool(app._notifications), "the error notification")
    await pilot.pause(0.1)
    (note,) = list(app._notifications)
    assert "nope" in note.message and "\n" not in note.message and not CONTROL.search(note.message)
    assert_inert(app)

    # a query error that quotes the query, on the status line
    screen.query_one("#query", Input).value = f'"{case.raw} x'
    await settle(app, pilot)
    status = plain(screen.query_one("#status").content)
    assert "unbalanced quote" in status and one_line(f'"{case.raw} x')[:18] in status  # the message quotes 20
    assert_inert(app)


def test_a_markup_source_is_text_and_clicking_it_does_not_quit(hostile_index):
    (case,) = [c for c in CASES if c.name == "click-quit"]

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await open_case(app, pilot, case)
        shown = "[@click=app.quit]báo[/]"
        rows = [(y, line) for y, line in enumerate(screen_lines(app)) if "Source" in line and "báo" in line]
        assert rows and shown in rows[0][1], screen_lines(app)
        y, line = rows[0]
        x = len(line[: line.index(shown)]) + len("[@click=app.quit]") + 1  # on "báo" (one cell per character)
        await pilot.click(offset=(x, y))
        await pilot.pause(0.3)
        assert app.is_running and app.return_code is None

    run(app_on(hostile_index), scenario)


# --- the error path: no exception escapes a handler ----------------------------------------------


def _small_index(folder: Path) -> Path:
    (folder / "in").mkdir(parents=True)
    (folder / "in" / "a.txt").write_text("Một bài viết về chuyển đổi số.", encoding="utf-8")
    service = SearchService(Config(), folder / "ix")
    try:
        service.index([folder / "in"])
    finally:
        service.close()
    return folder / "ix"


def test_reindex_on_a_damaged_meta_json_is_reported_and_the_app_keeps_running(tmp_path):
    index = _small_index(tmp_path)

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        (index / "meta.json").write_text("{ not json", encoding="utf-8")
        app.main.action_reindex()  # the palette's "Re-index"
        await until(pilot, lambda: bool(app._notifications), "a notification")
        await pilot.pause(0.2)
        assert app.is_running and app.return_code is None
        assert_inert(app)

    run(app_on(index), scenario)


def test_starting_on_a_meta_json_of_wrong_types_opens_the_intact_index(tmp_path):
    index = _small_index(tmp_path)
    meta = json.loads((index / "meta.json").read_text("utf-8"))
    (index / "meta.json").write_text(json.dumps({**meta, "active": 5}), encoding="utf-8")

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await until(pilot, lambda: bool(app._notifications) or app.main.result is not None, "a notification or results")
        await pilot.pause(0.2)
        assert app.is_running and app.return_code is None

    run(app_on(index), scenario, ready=False)


def test_starting_on_an_index_of_another_version_names_the_cure_and_writes_nothing(tmp_path):
    index = _small_index(tmp_path)
    meta = json.loads((index / "meta.json").read_text("utf-8"))
    (index / "meta.json").write_text(json.dumps({**meta, "schema_version": 1}), encoding="utf-8")
    before = sorted((p.relative_to(index), p.stat().st_mtime_ns) for p in index.rglob("*"))

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await until(pilot, lambda: bool(app._notifications), "the notification")
        await pilot.pause(0.3)
        assert app.is_running and not app.main.ready
        assert any("index --rebuild" in n.message for n in app._notifications)

    run(app_on(index), scenario, ready=False)
    assert sorted((p.relative_to(index), p.stat().st_mtime_ns) for p in index.rglob("*")) == before


class DamagedService(SearchService):
    """A real service whose index turns unreadable the way a damaged ``meta.json`` makes it:
    ``status()`` and ``index()`` raise, whatever the store does about it in the future."""

    damaged = False

    def status(self) -> str:
        if self.damaged:
            raise IndexCorruptError(f"cannot read {OSC_TITLE}meta.json [/]\nrun `briefing-tui index --rebuild`")
        return super().status()

    def index(self, *args: Any, **kwargs: Any) -> Any:
        if self.damaged:
            raise IndexCorruptError("meta.json is damaged")
        return super().index(*args, **kwargs)


@pytest.mark.parametrize("when", ["start", "reindex"])
def test_a_status_that_raises_never_escapes_a_handler(tmp_path, when):
    service = DamagedService(Config(), _small_index(tmp_path))
    service.damaged = when == "start"
    app = BriefingApp(service, Translator("en"), AppOptions(cursor_blink=False))

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        if when == "reindex":
            await until(pilot, lambda: app.main.result is not None, "first results")
            service.damaged = True
            app.main.action_reindex()
        await until(pilot, lambda: len(app._notifications) >= (2 if when == "reindex" else 1), "the notifications")
        await pilot.pause(0.2)
        assert app.is_running and app.return_code is None and not app.main.ready
        messages = [n.message for n in app._notifications]
        assert any("meta.json" in m for m in messages)
        assert all("\n" not in m and not CONTROL.search(m) for m in messages)
        assert_inert(app)

    try:
        run(app, scenario, ready=False)
    finally:
        service.close()
