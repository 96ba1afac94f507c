"""Saved searches and the search history in the app, through Pilot on real indexes on disk.

Saved searches: ctrl+s names and saves the current search (text, filters, sort) into the YAML
file of the (test's own) user config folder; the filters pane and the palette list them with
their counts; Enter runs one; an article indexed later counts as new since the last run; a
broken file is one message and the app starts.

History: queries searched with Enter (or whose article was opened) come back with up/down in the
search box and are suggested inline as one types; ``ui.history: false`` keeps none and writes no file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from app.pilot_helpers import app_on, pick, run, screen_lines, settle, until
from helpers import write_articles

from briefing_tui.search import Config, QueryHistory, SavedSearches, SearchService
from briefing_tui.search.config import UIConfig
from briefing_tui.tui.app.app import BriefingApp
from briefing_tui.tui.app.main import make_app
from briefing_tui.tui.app.results_table import ResultsTable
from briefing_tui.tui.app.save_dialog import SaveSearchDialog
from briefing_tui.tui.app.saved_panel import SavedList
from briefing_tui.tui.app.search_bar import QueryBox

NEW_ARTICLE = (
    "Tỉnh Lai Châu đẩy mạnh chuyển đổi số trong năm 2025\n\n"
    "Ngày 3/3/2025, UBND tỉnh Lai Châu họp bàn kế hoạch chuyển đổi số, với 120 thôn có sóng di động mới.\n"
)


@pytest.fixture
def own_index(tmp_path: Path) -> Path:
    """A real index of the seeds that this test may add to."""
    service = SearchService(Config(), tmp_path / "index")
    assert service.index(None).added == 5
    service.close()
    return tmp_path / "index"


def messages(app: BriefingApp) -> str:
    return " | ".join(n.message for n in app._notifications)


def saved_lines(app: BriefingApp) -> list[str]:
    box = app.main.query_one(SavedList)
    return [box.get_option_at_index(i).prompt.plain for i in range(box.option_count)]


async def counted(app: BriefingApp, pilot: Any) -> None:
    await until(pilot, lambda: app.main.saved and all(e.count is not None for e in app.main.saved), "the counts")
    await pilot.pause(0.05)


def test_the_saved_searches_land_in_the_tests_own_home(isolated):
    book = SavedSearches.default()
    assert book.path.is_relative_to(isolated) and book.state_path.is_relative_to(isolated)


def test_ctrl_s_saves_the_search_and_enter_runs_it_with_new_since_counts(own_index, tmp_path):
    async def save(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        assert not screen.query_one("#c-saved").display  # no saved search yet: no section
        await pilot.press("slash", *"chuyển đổi số", "enter")
        await settle(app, pilot)
        await pick(app, pilot, "#f-province", "Lai Châu")
        await pilot.press("s")  # by date
        await settle(app, pilot)
        total = screen.result.total
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, SaveSearchDialog), "the name dialog")
        assert app.screen.query_one("#save-name").value == "chuyển đổi số"  # the text proposed
        await pilot.press("ctrl+u", *"Lai Châu số", "enter")
        await until(pilot, lambda: app.screen is screen, "the dialog to close")
        assert "Saved “Lai Châu số”" in messages(app)
        await counted(app, pilot)
        assert screen.query_one("#c-saved").display
        (line,) = saved_lines(app)
        assert line.startswith("Lai Châu số") and line.rstrip().endswith(str(total))
        # the file a person can edit
        data = yaml.safe_load(SavedSearches.default().path.read_text(encoding="utf-8"))
        assert data == {"Lai Châu số": {"query": "chuyển đổi số", "written": ["Lai Châu"], "sort": "date"}}
        # the palette lists it with its counts in words
        titles = [h async for h in _palette(app, "Lai Châu số")]
        assert titles and titles[0][0] == "Saved search: Lai Châu số" and app.t("count.articles", count=total) in titles[0][1]
        # run it from a clean state: text, filters and sort come back
        await pilot.press("slash", "ctrl+u", *"khác", "escape", "x")
        await settle(app, pilot)
        screen.sort = "relevance"
        await settle(app, pilot)
        screen.query_one(SavedList).focus()
        await pilot.press("enter")
        await until(pilot, lambda: screen.query_text == "chuyển đổi số", "the saved search to run")
        await settle(app, pilot)
        assert screen.filters.written == ("Lai Châu",) and screen.sort == "date"
        assert screen.result.total == total and screen.query_one("#query").value == "chuyển đổi số"
        await until(pilot, lambda: SavedSearches.default().last_watermark("Lai Châu số") is not None, "the run kept")
        await counted(app, pilot)

    run(app_on(own_index), save)

    # a new article arrives in the same index; the next start says so
    other = SearchService(Config(), own_index)
    assert other.index([write_articles(tmp_path / "new", {"lai-chau-2025.txt": NEW_ARTICLE})]).added == 1
    other.close()

    async def again(app: BriefingApp, pilot: Any) -> None:
        await counted(app, pilot)
        (entry,) = app.main.saved
        assert entry.count.new == 1
        lines = saved_lines(app)
        assert "1 new" in lines[0]
        assert any("1 new" in line for line in screen_lines(app))  # on screen, in the filters pane
        (hit,) = [h async for h in _palette(app, "Lai Châu số")]
        assert "1 new since you last ran it" in hit[1]

    run(app_on(own_index), again)


async def _palette(app: BriefingApp, query: str) -> Any:
    from briefing_tui.tui.app.saved_panel import SavedSearchCommands

    provider = SavedSearchCommands(app.screen)
    async for hit in provider.search(query):
        yield hit.text, hit.help


def test_a_name_with_markup_is_shown_as_text(own_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, SaveSearchDialog), "the name dialog")
        await pilot.press(*"[bold]x[/] [@click=app.quit]y", "enter")
        await until(pilot, lambda: app.screen is app.main, "the dialog to close")
        await counted(app, pilot)
        assert saved_lines(app)[0].startswith("[bold]x[/] [@click=ap")  # cut to the pane, as text
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        await pilot.press(*"Saved search")
        await pilot.pause(0.5)
        assert any("[@click=app.quit]y" in line for line in screen_lines(app))  # shown, not obeyed
        await pilot.press("escape")

    run(app_on(own_index), scenario)


def test_a_broken_saved_searches_file_is_one_message_and_the_app_starts(seed_service):
    path = SavedSearches.default().path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("good: {query: x}\nbad: [unclosed\n", encoding="utf-8")

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        assert app.main.result.total == 5 and app.main.saved == ()
        note = messages(app)
        assert str(path) in note and "not valid YAML" in note and "fix or remove it" in note
        await pilot.press("ctrl+s")
        await until(pilot, lambda: isinstance(app.screen, SaveSearchDialog), "the name dialog")
        await pilot.press(*"mine", "enter")
        await until(pilot, lambda: messages(app).count("not valid YAML") == 2, "saving refused")
        assert path.read_text(encoding="utf-8").endswith("[unclosed\n")  # the user's file untouched

    run(app_on(seed_service.store.root), scenario)


# --- the search box's history ------------------------------------------------------------------------


async def searched(app: BriefingApp, pilot: Any, text: str) -> None:
    await pilot.press("slash", "ctrl+u", *text, "enter")
    await settle(app, pilot)


def box(app: BriefingApp) -> QueryBox:
    return app.main.query_one(QueryBox)


def test_up_and_down_recall_earlier_searches_across_restarts(seed_service):
    async def first(app: BriefingApp, pilot: Any) -> None:
        await searched(app, pilot, "CSDL")
        await searched(app, pilot, "Lai Châu")
        await pilot.press("slash", "ctrl+u", *"chuyển đổ")  # typed, never searched with Enter
        await settle(app, pilot)
        await pilot.press("escape")

    run(app_on(seed_service.store.root), first)
    assert QueryHistory.default().queries == ["CSDL", "Lai Châu"]

    async def again(app: BriefingApp, pilot: Any) -> None:
        await pilot.press("slash", *"draft")
        await pilot.press("up")
        assert box(app).value == "Lai Châu"
        await pilot.press("up")
        assert box(app).value == "CSDL"
        await pilot.press("up")  # the oldest: stays
        assert box(app).value == "CSDL"
        await settle(app, pilot)
        assert app.main.result.query.text == "CSDL" and app.main.result.total == 4  # recalled, searched
        await pilot.press("down")
        assert box(app).value == "Lai Châu"
        await pilot.press("down")  # back to what was being typed
        assert box(app).value == "draft"
        await pilot.press("down")  # nothing recalled: down goes to the results, as before
        assert isinstance(app.focused, ResultsTable)

    run(app_on(seed_service.store.root), again)


def test_the_box_suggests_from_the_history_and_the_palette_clears_it(seed_service):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await searched(app, pilot, "chuyển đổi số")
        await searched(app, pilot, "CSDL")
        await pilot.press("slash", "ctrl+u", *"Chu")
        await until(pilot, lambda: box(app)._suggestion == "Chuyển đổi số", "the suggestion")
        assert any("Chuyển đổi số" in line for line in screen_lines(app)[:4])  # shown in the box
        await pilot.press("right")  # accepts it
        assert box(app).value == "Chuyển đổi số"
        await pilot.press("escape", "ctrl+p")
        await pilot.pause(0.2)
        await pilot.press(*"Clear the search history")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await until(pilot, lambda: "history is cleared" in messages(app), "the history cleared")
        assert QueryHistory.default().queries == []
        await pilot.press("slash", "ctrl+u", *"Chu")
        await pilot.pause(0.3)
        assert box(app)._suggestion == ""
        await pilot.press("up")
        assert box(app).value == "Chu"

    run(app_on(seed_service.store.root), scenario)


def test_history_off_keeps_nothing(seed_service):
    config = Config(ui=UIConfig(history=False))
    app = make_app(config, seed_service.store.root, language="en")

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await searched(app, pilot, "CSDL")
        await pilot.press("enter")  # an article opened from its results
        await until(pilot, lambda: app.main.view is not None, "the article")
        await pilot.press("slash", "ctrl+u", *"CS")
        await pilot.pause(0.3)
        assert box(app)._suggestion == "" and box(app).suggester is None
        await pilot.press("up")
        assert box(app).value == "CS"
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert "Clear the search history" not in titles

    run(app, scenario)
    assert not QueryHistory.default().path.exists()
