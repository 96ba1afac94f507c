"""The reader's defects found by using it as a new user would (issue 9), each shown on screen.

Each of these failed on the code before the fix; the key ones are in the tmux test too
(tests/app/test_tmux.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from app.pilot_helpers import app_on, pick, plain, run, screen_lines, settle, status_text, until
from helpers import SEED
from textual import events
from textual.widgets import Input, SelectionList

from briefing_tui.search import Config, FacetValue, SearchService
from briefing_tui.tui.app.app import BriefingApp
from briefing_tui.tui.app.facet_panel import FacetPanel
from briefing_tui.tui.app.figures_screen import AllFiguresScreen
from briefing_tui.tui.app.help_screen import HelpScreen
from briefing_tui.tui.app.reader import Reader
from briefing_tui.tui.app.results_table import ResultsTable


@pytest.fixture
def seed_index(seed_service: SearchService) -> Path:
    return seed_service.store.root


RECORDS = [
    {"id": "crawled", "title": "Lai Châu mở rộng cổng dịch vụ công", "crawl_date": "2019-05-03T10:00:00",
     "url": "https://laichau.gov.vn/bai-viet/cong-dich-vu-cong", "source": "laichau.gov.vn",
     "body": "Tỉnh Lai Châu đưa thêm thủ tục lên cổng dịch vụ công trực tuyến.\nNgười dân nộp hồ sơ tại nhà."},
    {"id": "dated", "title": "Hà Giang họp bàn chuyển đổi số", "date": "2020-10-01",
     "body": "Tỉnh Hà Giang họp bàn về chuyển đổi số.\nCác sở ngành báo cáo tiến độ."},
]


@pytest.fixture(scope="module")
def records_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two JSONL records: one with a URL and only a crawl date, one with its own date."""
    folder = tmp_path_factory.mktemp("records")
    source = folder / "records.jsonl"
    source.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in RECORDS), encoding="utf-8")
    service = SearchService(Config(), folder / "ix")
    try:
        assert service.index([source]).added == 2
    finally:
        service.close()
    return folder / "ix"


def burst(app: BriefingApp, *keys: str) -> None:
    """Keys queued together, as a terminal delivers fast typing in one read: none handled yet."""
    for key in keys:
        character = key if len(key) == 1 else {"space": " ", "slash": "/"}.get(key)
        app.post_message(events.Key(key, character))


def line_with(app: BriefingApp, text: str) -> str:
    found = [line for line in screen_lines(app) if text in line]
    assert found, f"{text!r} is not on screen:\n" + "\n".join(screen_lines(app))
    return found[0]


# --- the chips were drawn as empty bars ------------------------------------------------------------


@pytest.mark.parametrize(("size", "no_color"), [((160, 50), False), ((120, 40), False), ((120, 40), True)],
                         ids=["160x50", "120x40", "120x40-no-color"])
def test_filter_chips_show_their_labels(seed_index, monkeypatch, size, no_color):
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        if screen.mode == "medium":
            await pilot.press("f")  # the filters drawer
        await pick(app, pilot, "#f-province", "Lai Châu")
        assert screen.filters.written == ("Lai Châu",)
        chips = line_with(app, "province as written: Lai Châu ×")
        assert "clear all (x)" in chips

    run(app_on(seed_index), scenario, size=size)


# --- keys typed behind "/" were lost or reordered --------------------------------------------------------


def test_editing_keys_typed_in_a_burst_keep_their_order(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        box = screen.query_one("#query", Input)
        await pilot.press("slash", *"Lai", "escape")
        await settle(app, pilot)
        burst(app, "slash", "ctrl+u", *"nợ xấu")  # the query replaced: 4 times out of 4 it was lost
        await settle(app, pilot)
        assert box.value == "nợ xấu" and screen.result.query.text == "nợ xấu"
        await pilot.press("escape")
        burst(app, "slash", "backspace", *"alpha")  # gave "alph": the Backspace came after the text
        await settle(app, pilot)
        assert box.value == "alpha" and screen.result.query.text == "alpha"
        burst(app, *"bc", "backspace", "d", "left", "left", "delete", "end", "backspace", "e")
        await settle(app, pilot)
        assert box.value == "alphae" and screen.query_text == "alphae"
        burst(app, "escape", "s")  # Esc, then a key of the results: a command, not text
        await settle(app, pilot)
        assert box.value == "alphae" and screen.sort == "date" and isinstance(app.focused, ResultsTable)

    run(app_on(seed_index), scenario)


def test_a_whole_search_typed_ahead_of_the_results(seed_index):
    """"/", a query, Enter (to the results), Enter (open the first), n, n: typed in one go, faster than
    the search runs. The keys behind the first Enter used to land in the search box ("Lai Châunn")."""

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        burst(app, "slash", *"Lai Châu", "enter", "enter", "n", "n")
        reader = screen.query_one(Reader)
        await until(pilot, lambda: reader.view is not None and reader.hit_index >= 0, "the article at its hit")
        assert screen.query_one("#query", Input).value == "Lai Châu" and screen.result.query.text == "Lai Châu"
        assert reader.article.id == SEED["laichau"] == screen.result.hits[0].id
        assert reader.border_subtitle.startswith("hit 2/") and app.focused is reader

    run(app_on(seed_index), scenario)


# --- Enter on a filter value did nothing ------------------------------------------------------------------


def test_enter_and_space_tick_a_filter_value_from_the_keyboard(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        box = screen.query_one("#f-province", SelectionList)
        first = box.get_option_at_index(0).value
        box.focus()  # as Tab does
        await pilot.pause(0.1)
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.filters.written == (first,) and screen.result.total == 1
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.filters.empty and screen.result.total == 5
        await pilot.press("down", "space")
        await settle(app, pilot)
        assert screen.filters.written == (box.get_option_at_index(1).value,)
        await pilot.press("escape", "f1")
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
        text = " ".join(plain(s.content) for s in app.screen.query("Static"))
        assert "space / enter" in text and "tick or untick a filter value" in text

    run(app_on(seed_index), scenario)


# --- "/" did nothing on the all-figures screen ----------------------------------------------------------------


def test_slash_on_the_all_figures_screen_goes_to_the_search_box(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        await pick(app, pilot, "#f-province", "Lai Châu")
        await pilot.press("escape", "a")
        await until(pilot, lambda: isinstance(app.screen, AllFiguresScreen), "the all-figures screen")
        burst(app, *"xfn")  # the main screen's commands do nothing here
        await pilot.pause(0.2)
        assert isinstance(app.screen, AllFiguresScreen) and screen.filters.written == ("Lai Châu",)
        assert screen.sort == "relevance" and "-hide-filters" not in screen.classes
        burst(app, "slash", *"quy")  # "/" then the query, typed in one go: "q" is text, not quit
        await settle(app, pilot)
        assert app.is_running and app.screen is screen
        assert screen.query_one("#query", Input).value == "quy" and screen.result.query.text == "quy"
        await pilot.press("escape", "f1")  # the same from the help
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help")
        burst(app, "slash", *"quyet")
        await settle(app, pilot)
        assert app.is_running and app.screen is screen and screen.result.query.text == "quyet"

    run(app_on(seed_index), scenario)


# --- the palette's "Screenshot" failed ------------------------------------------------------------------


def test_the_palettes_screenshot_is_saved_and_says_where(seed_index, isolated):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        await pilot.press(*"Screenshot")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await until(pilot, lambda: any("creenshot" in n.message for n in app._notifications), "the screenshot notice")
        (note,) = [n for n in app._notifications if "creenshot" in n.message]
        assert note.severity == "information" and note.message.startswith("Screenshot saved to "), note.message
        path = Path(note.message.removeprefix("Screenshot saved to "))
        assert path.is_file() and path.suffix == ".svg" and "<svg" in path.read_text(encoding="utf-8")[:200]
        assert path.is_relative_to(isolated)  # the user's data folder

    run(app_on(seed_index), scenario)


# --- the reader showed no URL, and the CLI's header was another one ------------------------------------------------


def test_the_reader_shows_the_url_in_the_header_show_prints(records_index, capsys):
    from briefing_tui.tui.cli import main

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        table = screen.query_one(ResultsTable)
        table.focus()
        table.move_cursor(row=[h.id for h in screen.result.hits].index("crawled"))
        await pilot.press("enter")
        await until(pilot, lambda: screen.view is not None, "the article")
        header = plain(screen.query_one(Reader).query_one("#reader-head").content)
        assert re.search(r"URL +https://laichau\.gov\.vn/bai-viet/cong-dich-vu-cong", header)
        assert re.search(r"Source +laichau\.gov\.vn", header)

    run(app_on(records_index), scenario)
    assert main(["--index-dir", str(records_index), "show", "crawled"]) == 0
    shown = capsys.readouterr().out
    assert re.search(r"URL +https://laichau\.gov\.vn/bai-viet/cong-dich-vu-cong", shown)
    assert re.search(r"Source +laichau\.gov\.vn", shown)


# --- "1 articles" ----------------------------------------------------------------------------------------------------


def test_one_result_is_one_article(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await pilot.press("slash", *'"Trần Tiến Dũng"')  # the phrase: one seed
        await settle(app, pilot)
        assert app.main.result.total == 1
        assert status_text(app).startswith("1 article ·")

    run(app_on(seed_index), scenario)


# --- facet counts were cut ("3,…") ----------------------------------------------------------------------------------


def shown_count(value: FacetValue) -> str:
    """A value's count as the pane shows it: a date's approximate part apart ("1 + ≈1", "≈1")."""
    if not value.approximate:
        return f"{value.count:,}"
    known = value.count - value.approximate
    return (f"{known:,} + " if known else "") + f"≈{value.approximate:,}"


@pytest.mark.parametrize("size", [(160, 50), (80, 24)], ids=["160x50", "80x24"])
def test_facet_counts_are_never_cut(seed_index, size):
    """Each value's row on screen ends with its whole count, the list focused or not."""

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        if screen.mode == "narrow":
            await pilot.press("4")  # the filters tab
        panel = screen.query_one(FacetPanel)
        for selector, values in (("#f-province", screen.result.facets.province),
                                 ("#f-date", tuple(reversed(screen.result.facets.year)))):
            box = screen.query_one(selector, SelectionList)
            for focused in (False, True):
                if focused:
                    box.focus()
                panel.scroll_to_widget(box, animate=False)

                def rows(box: SelectionList = box, values: tuple[Any, ...] = values) -> list[tuple[Any, str]]:
                    lines = screen_lines(app)
                    region = box.content_region.intersection(panel.content_region)
                    return [(value, lines[y][region.x:region.right].rstrip())
                            for i, value in enumerate(values)
                            if region.y <= (y := box.content_region.y + i) < region.bottom]

                # the rows are read once the layout has settled: under a loaded CI a row was read while the pane
                # was still being laid out ("Hà Giang → Tuyên Qua…", its count not yet drawn); wait up to 3 s
                for _ in range(15):
                    await pilot.pause(0.2)
                    if rows() and all(re.search(rf" {re.escape(shown_count(v))}$", row) for v, row in rows()):
                        break
                shown = 0
                for value, row in rows():
                    assert re.search(rf" {re.escape(shown_count(value))}$", row), (selector, focused, row)
                    shown += 1
                assert shown, (selector, "no value on screen")

    run(app_on(seed_index), scenario, size=size)


# --- "What it meas" ------------------------------------------------------------------------------------------------------


def test_the_key_figures_header_fits_before_an_article_is_open(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await pilot.pause(0.2)
        line = line_with(app, "Key figures")
        header = screen_lines(app)[screen_lines(app).index(line) + 1]
        assert "What it measures" in header

    run(app_on(seed_index), scenario)


# --- Vietnamese wording --------------------------------------------------------------------------------------------------


def test_vietnamese_words_for_a_hit_the_date_field_and_a_crawl_date(records_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        assert "ngày:2022" in screen.query_one("#query", Input).placeholder
        assert "date:" not in screen.query_one("#query", Input).placeholder
        await pilot.press("slash", *"cổng dịch vụ", "enter")
        await settle(app, pilot)
        await pilot.press("enter")
        await until(pilot, lambda: screen.view is not None, "the article")
        await pilot.pause(0.2)
        footer = screen_lines(app)[-1]
        assert "chỗ khớp sau" in footer and "kết quả sau" not in footer
        assert screen.query_one(Reader).border_subtitle.startswith("chỗ khớp 0/")
        header = plain(screen.query_one(Reader).query_one("#reader-head").content)
        assert "không rõ (đăng trước hoặc trong ngày 03/05/2019, ngày thu thập bài)" in header
        assert "crawled" not in header and "published" not in header

    run(app_on(records_index, language="vi"), scenario)


def test_the_seeds_in_the_reader_keep_their_dates(seed_index):
    """The date wording kept for dated articles and reporting-period hints."""

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        table = screen.query_one(ResultsTable)
        table.focus()
        table.move_cursor(row=[h.id for h in screen.result.hits].index(SEED["tuyenquang"]))
        await pilot.press("enter")
        await until(pilot, lambda: screen.view is not None, "the article")
        header = plain(screen.query_one(Reader).query_one("#reader-head").content)
        assert "unknown (≈2024: " in header and "4 tháng đầu năm 2024" in header

    run(app_on(seed_index), scenario)
