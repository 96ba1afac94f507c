"""The reader through Textual's Pilot, on real indexes built from the seeds.

Everything is observed through the main screen (rows, status line, reader, chips and its
state); a slow step of a search is made through the service's public ``start``.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

import pytest
from app.pilot_helpers import GatedService, app_on, ids, pick, plain, run, settle, status_text, until
from helpers import SEED
from textual import events
from textual.widgets import Input

from briefing_tui.search import Config, Query, SearchService
from briefing_tui.tui.app.app import BriefingApp
from briefing_tui.tui.app.facet_panel import FacetPanel
from briefing_tui.tui.app.figures_panel import FIGURE_WIDTH, FiguresPanel
from briefing_tui.tui.app.help_screen import HelpScreen
from briefing_tui.tui.app.main import make_app
from briefing_tui.tui.app.main_screen import MainScreen
from briefing_tui.tui.app.messages import IndexProgress, SearchDone
from briefing_tui.tui.app.reader import Reader
from briefing_tui.tui.app.results_table import ResultsTable
from briefing_tui.tui.i18n import Translator


async def open_first_hit(app: BriefingApp, pilot: Any, query: str) -> None:
    """Search from the box, then Enter on the first result; returns once the reader has it."""
    await pilot.press("slash", *query, "enter")
    await settle(app, pilot)
    await pilot.press("enter")
    await until(pilot, lambda: app.main.view is not None, "the article")


@pytest.fixture
def seed_index(seed_service: SearchService) -> Path:
    return seed_service.store.root


class RecordingScreen(MainScreen):
    """The real main screen, noting the indexing progress it was shown."""

    progress_seen: list[tuple[str, int, int | None]] = []
    status_seen: list[tuple[str, str]] = []

    def on_index_progress(self, message: IndexProgress) -> None:
        self.progress_seen.append((message.phase, message.done, message.total))
        super().on_index_progress(message)
        self.status_seen.append((message.phase, self.status.plain))


def test_first_run_builds_the_index_then_shows_results(tmp_path):
    service = SearchService(Config(), tmp_path / "fresh")
    app = BriefingApp(service, Translator("en"))
    app.main = RecordingScreen(service, app.t, app.options)

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        assert app.main.result.total == 5
        assert app.service.status() == "ok"
        assert "Index ready: 5 added" in " ".join(n.message for n in app._notifications)

    run(app, scenario)
    assert ("index", 5, 5) in RecordingScreen.progress_seen
    # once the articles are in, the status says the index is being written (not "5/5" on a full bar)
    assert ("commit", "Writing the index…") in RecordingScreen.status_seen


def test_later_starts_open_the_existing_index_at_once(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        assert app.main.result.total == 5 and not app._notifications

    run(app_on(seed_index), scenario)


def test_typing_with_and_without_diacritics(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        await pilot.press("slash", *"de an 06")
        await settle(app, pilot)
        # all the words, the article holding the phrase first (one meaning per query, 0b1c7f5)
        assert screen.query_text == "de an 06" and ids(screen)[0] == SEED["national"]
        status = status_text(app)
        assert "1 with the exact phrase" in status and "Đề án 06" in status  # counts, and "with diacritics?"
        await pilot.press("ctrl+y")  # accept the suggestion
        await settle(app, pilot)
        assert screen.query_text == "Đề án 06" and ids(screen)[0] == SEED["national"]
        await pilot.press(*["backspace"] * 20, *"Tỉnh uỷ")
        await settle(app, pilot)
        assert {SEED["laocai"], SEED["hagiang"]} <= set(ids(screen))

    run(app_on(seed_index), scenario)


def test_keys_typed_in_one_burst_after_slash_reach_the_search_box(seed_index):
    """A fast typist's "/quy" arrives in one read: "q" must be text, not quit."""

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        box = app.main.query_one("#query", Input)
        for key, char in (("slash", "/"), ("q", "q"), ("u", "u"), ("y", "y")):
            app.post_message(events.Key(key, char))  # queued together, none handled yet
        await settle(app, pilot)
        assert app.is_running and box.value == "quy"
        await pilot.press("escape")
        for key, char in (("slash", "/"), ("2", "2"), ("slash", "/"), ("2", "2"), ("enter", None)):
            app.post_message(events.Key(key, char))  # in the box "/" is text; Enter comes after the text
        await settle(app, pilot)
        assert box.value == "2/2" and app.main.result.query.text == "2/2"
        assert isinstance(app.focused, ResultsTable)

    run(app_on(seed_index), scenario)


def test_zero_results_offer_did_you_mean(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await pilot.press("slash", *"chuyển đỏi")
        await settle(app, pilot)
        assert app.main.result.total == 0
        assert "Did you mean: chuyển đổi" in status_text(app)

    run(app_on(seed_index), scenario)


def test_a_malformed_query_is_reported_and_the_app_keeps_running(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await pilot.press("slash", *'"Đề án')
        await settle(app, pilot)
        assert "unbalanced quote" in status_text(app)
        await pilot.press('"')
        await settle(app, pilot)
        assert ids(app.main)[0] == SEED["national"]

    run(app_on(seed_index), scenario)


def test_stale_results_are_dropped(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        await pilot.press("slash", *"CSDL")  # a second search: ticket 1 is now an older one
        await settle(app, pilot)
        current = screen.result
        stale = app.service.search(Query("FPT"))
        for ticket in (1, 0):  # the first search's, and one never started
            screen.post_message(SearchDone(ticket, stale))
            screen.post_message(SearchDone(ticket, stale, partial=True))
        await pilot.pause(0.1)
        assert screen.result is current and screen.hits is current

    run(app_on(seed_index), scenario)


def test_hits_are_painted_before_the_facet_counts_arrive(seed_index):
    app = app_on(seed_index)
    gated = GatedService(app.service)

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        before = screen.result
        gate = gated.hold("finish")  # every search's facet counts
        await pilot.press("slash")
        screen.query_one("#query", Input).value = "Lai Châu"  # one search
        table = screen.query_one(ResultsTable)
        await until(pilot, lambda: table.result is not None and table.result.query.text == "Lai Châu", "the hits")
        assert table.result.hits[0].id == SEED["laichau"]
        assert table.get_row_at(0) and str(table.coordinate_to_cell_key((0, 0)).row_key.value) == SEED["laichau"]
        assert "article" in status_text(app)  # the hits' count is on the status line
        assert screen.result is before  # the facet counts (and the final result) are still to come
        gate.open()
        await settle(app, pilot)
        assert screen.result.query.text == "Lai Châu" and screen.result.facets.province
        assert screen.result.hits == table.result.hits

    try:
        run(app, scenario)
    finally:
        gated.open_all()


def test_the_rows_the_screen_shows_come_first_and_the_rest_of_the_page_with_the_facets(tmp_path):
    """A search builds the rows the table shows first (a hit with its snippet and its row cost ~0.5 ms: 50 were
    ~20 ms of a keystroke), then appends the rest of the page below them with the facet counts; the cursor row
    kept across the refill is back where it was."""
    from helpers import write_articles

    from briefing_tui.tui.app.results_table import visible_rows

    folder = write_articles(tmp_path / "in", {f"a{i:02}.txt": f"Tỉnh Lai Châu họp lần thứ {i} về kinh tế năm 2023."
                                              for i in range(40)})
    service = SearchService(Config(), tmp_path / "ix")
    assert service.index([folder]).added == 40
    app = app_on(service.store.root)
    gated = GatedService(app.service)

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        table = screen.query_one(ResultsTable)
        await until(pilot, lambda: table.row_count == 40, "the first search's whole page")
        table.move_cursor(row=30)
        first = visible_rows(table.size.height)
        assert first is not None and 3 < first < 40
        gate = gated.hold("finish", "kinh tế")
        await pilot.press("slash")
        screen.query_one("#query", Input).value = "kinh tế"
        await until(pilot, lambda: table.result is not None and table.result.query.text == "kinh tế", "the first rows")
        assert table.row_count == len(table.result.hits) == first
        shown = [str(table.coordinate_to_cell_key((r, 0)).row_key.value) for r in range(first)]
        gate.open()
        await settle(app, pilot)
        assert len(screen.result.hits) == 40 and screen.result.facets.province
        await until(pilot, lambda: table.row_count == 40, "the rest of the page, after the counts' paint")
        assert [str(table.coordinate_to_cell_key((r, 0)).row_key.value) for r in range(first)] == shown
        assert [h.id for h in screen.result.hits] == [h.id for h in app.service.search(Query("kinh tế", limit=50)).hits]
        assert table.cursor_row == 30

    try:
        run(app, scenario)
    finally:
        gated.open_all()


def test_typing_before_the_first_search_lands_is_not_lost(seed_index):
    app = app_on(seed_index)
    gated = GatedService(app.service)
    gate = gated.hold("finish", "")  # the first search (all articles)

    async def main() -> None:
        async with app.run_test(size=(160, 50)) as pilot:
            screen = app.main
            table = screen.query_one(ResultsTable)
            await until(pilot, lambda: table.result is not None, "the first hits")
            assert screen.result is None and not screen.ready  # the first search has not landed
            await pilot.press("slash", *"Lai Châu")
            gate.open()
            await settle(app, pilot)
            assert screen.result.query.text == "Lai Châu" and ids(screen)[0] == SEED["laichau"]

    try:
        __import__("asyncio").run(main())
    finally:
        gated.open_all()


def test_a_search_overtaken_by_typing_stops_before_showing_anything(seed_index):
    class Recording(MainScreen):
        shown: list[str] = []

        def watch_hits(self, result: Any) -> None:
            if result is not None:
                self.shown.append(result.query.text)
            super().watch_hits(result)

    app = app_on(seed_index)
    app.main = Recording(app.service, app.t, app.options)
    gated = GatedService(app.service)

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        gate = gated.hold("hits", "Lai")
        gated.finished.clear()
        await pilot.press("slash")
        app.main.query_one("#query", Input).value = "Lai"  # one search, for "Lai"
        await until(pilot, gate.reached.is_set, "the search for 'Lai' to build its hits")
        await pilot.press(*" Châu")  # typed while 'Lai' is running
        gate.open()
        await settle(app, pilot)
        assert app.main.result.query.text == "Lai Châu"
        assert "Lai" not in Recording.shown  # neither its hits nor its counts were shown
        assert gated.finished == ["Lai Châu"]  # facets were counted for "Lai Châu" only

    try:
        run(app, scenario)
    finally:
        gated.open_all()


def test_facets_filter_with_live_counts_and_chips(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        # the first search's facets refill the list: select only once it has settled (CI, loaded,
        # once selected in a list that was then refilled, and the selection was lost)
        await settle(app, pilot)
        panel = screen.query_one(FacetPanel)
        box = panel.query_one("#f-province")
        values = [box.get_option_at_index(i).value for i in range(box.option_count)]
        assert "Lai Châu" in values and "Hà Giang" in values
        box.select("Lai Châu")
        # the selection reaches the screen as a message: wait for it, then for its search
        await until(pilot, lambda: screen.filters.written == ("Lai Châu",), "the province filter")
        await settle(app, pilot)
        assert ids(screen) == [SEED["laichau"]]  # the as-written facet
        counts = {v.value: v.count for v in screen.result.facets.province}
        assert counts["Lào Cai"] == 1  # the other values keep their counts (OR within a facet)
        chips = [str(b.label) for b in screen.query("#chips Button")]
        assert any("Lai Châu" in c for c in chips)
        await pilot.click("#chip-0")
        await until(pilot, lambda: screen.filters.empty, "the chip's filter removed")
        await settle(app, pilot)
        assert screen.result.total == 5
        await pick(app, pilot, "#f-date", "unknown")
        assert screen.filters.dates
        assert screen.result.total == 1  # no date information at all (the ≈2024 one has some: 3dd21a5)
        await pilot.press("escape", "x")  # leave the input; x clears every filter
        await until(pilot, lambda: screen.filters.empty, "every filter cleared")
        await settle(app, pilot)
        assert screen.result.total == 5

    run(app_on(seed_index), scenario)


def test_post_2025_province_and_officials_facets(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        panel = screen.query_one(FacetPanel)
        box = panel.query_one("#f-official")
        # long names and roles are cut, never their counts: each prompt fits beside the
        # checkbox, also when the list scrolls
        assert box.show_vertical_scrollbar
        room = box.scrollable_content_region.width - 4

        def fitted() -> bool:  # refilled once the pane's layout settled (the date rule line, a scrollbar)
            return all(box.get_option_at_index(i).prompt.cell_length <= room for i in range(box.option_count))

        await until(pilot, fitted, "the officials refitted")
        for i, value in enumerate(screen.result.facets.official):
            prompt = box.get_option_at_index(i).prompt
            assert prompt.cell_length <= room and str(prompt).endswith(f" {value.count}")
        await pick(app, pilot, "#f-province25", "Tuyên Quang")
        assert set(ids(screen)) == {SEED["hagiang"], SEED["tuyenquang"]}
        labels = [str(box.get_option_at_index(i).prompt) for i in range(box.option_count)]
        assert any(label.startswith("Đặng Quốc Khánh — ") for label in labels)
        await pilot.click("#f-official-filter")
        await pilot.press(*"Hoàng")
        await pilot.pause(0.1)
        values = [box.get_option_at_index(i).value for i in range(box.option_count)]
        assert values and all(v.startswith("Hoàng") for v in values)
        # the filter box folds diacritics as the search box does: "hoang" finds the same people
        await pilot.press(*["backspace"] * len("Hoàng"), *"hoang")

        def folded() -> bool:
            return [box.get_option_at_index(i).value for i in range(box.option_count)] == values

        await until(pilot, folded, "the officials filtered without diacritics")

    run(app_on(seed_index), scenario)


def _current_hit_paragraph(screen: MainScreen, reader: Reader) -> Any:
    """The reader's paragraph holding the current hit (paragraphs are the body's lines)."""
    span = screen.view.body_spans[reader.hit_index]
    return reader.paragraph_text(screen.view.article.body.count("\n", 0, span.start))


def test_opening_an_article_highlights_hits_and_n_steps_through_them(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        await open_first_hit(app, pilot, "Đề án 06")
        reader = screen.query_one(Reader)
        assert reader.article.id == SEED["national"] and reader.hit_count == 9
        header = plain(reader.query_one("#reader-head").content)
        assert "25/12/2022 10:17" in header and "Chủ nhật, ngày 25 tháng 12 năm 2022" in header
        await pilot.press("n")
        assert reader.hit_index == 0 and reader.border_subtitle.startswith("hit 1/9")
        await pilot.press("n", "n")
        assert reader.border_subtitle.startswith("hit 3/9")
        await pilot.press("N")
        assert reader.border_subtitle.startswith("hit 2/9")
        paragraph = _current_hit_paragraph(screen, reader)
        assert any("underline" in str(span.style) for span in paragraph.spans)  # the current hit
        await pilot.press("escape")
        assert isinstance(app.focused, ResultsTable)

    run(app_on(seed_index), scenario)


def test_searching_the_same_text_again_keeps_the_readers_place(seed_index):
    app = app_on(seed_index)
    gated = GatedService(app.service)

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        await open_first_hit(app, pilot, "Đề án 06")
        reader = screen.query_one(Reader)
        await pilot.press("n", "n")
        assert reader.border_subtitle.startswith("hit 2/9")
        searches = len(gated.started)
        await pilot.press("slash", "enter")  # Enter on text already searched: back to the results only
        await settle(app, pilot)
        assert len(gated.started) == searches and isinstance(app.focused, ResultsTable)
        await pilot.press("s")  # a new search (sorted by date), the same text
        await settle(app, pilot)
        assert len(gated.started) == searches + 1 and screen.sort == "date"
        assert reader.hit_index == 1 and reader.border_subtitle.startswith("hit 2/9")
        await pilot.press("slash", "end", "backspace", "backspace", "backspace")  # "Đề án": other spans
        await settle(app, pilot)
        await until(pilot, lambda: reader.hit_count > 9, "the article lit up for the new text")
        assert reader.hit_index == -1 and reader.article.id == SEED["national"]

    run(app, scenario)


def test_n_pressed_while_the_article_is_being_read_is_kept(seed_index, monkeypatch):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        import threading

        await pilot.press("slash", *"Đề án 06", "enter")
        await settle(app, pilot)
        reached, release = threading.Event(), threading.Event()
        real = app.service.article_view

        def held(*args: Any, **kwargs: Any) -> Any:
            reached.set()
            release.wait(10)
            return real(*args, **kwargs)

        monkeypatch.setattr(app.service, "article_view", held)
        for key in ("enter", "n", "n", "n", "N"):  # one burst, faster than the article arrives
            app.post_message(events.Key(key, key if len(key) == 1 else None))
        reader = app.main.query_one(Reader)
        try:
            await until(pilot, reached.is_set, "the article being read")
            assert reader.view is None
        finally:
            release.set()
        await until(pilot, lambda: reader.view is not None and reader.hit_index >= 0, "the article at its hit")
        assert reader.border_subtitle.startswith("hit 2/9")

    run(app_on(seed_index), scenario)


def test_a_figure_jumps_to_its_sentence(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        table = screen.query_one(ResultsTable)
        table.focus()
        table.move_cursor(row=[h.id for h in screen.result.hits].index(SEED["tuyenquang"]))
        await pilot.press("enter")
        await until(pilot, lambda: screen.view is not None, "the article")
        figures = screen.query_one(FiguresPanel)
        assert len(figures.figures) == 8
        figures.focus()
        figures.move_cursor(row=4)  # 1.077 thôn
        await pilot.press("enter")
        await pilot.pause(0.2)
        reader = screen.query_one(Reader)
        chosen = figures.figures[4]
        assert chosen.text == "1.077 thôn" and reader.sentence == chosen.sentence_span
        assert reader.scroll_y > 0

    run(app_on(seed_index), scenario)


def test_help_and_the_command_palette(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        await pilot.press("escape", "f1")
        await pilot.pause(0.1)
        assert isinstance(app.screen, HelpScreen)
        text = " ".join(plain(s.content) for s in app.screen.query("Static"))
        assert "next / previous hit" in text and "province:" in text  # "n / N" is both ways, not "next hit"
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        await pick(app, pilot, "#f-province", "Lào Cai")
        assert screen.result.total == 1
        await pilot.press("ctrl+p")
        await pilot.pause(0.2)
        await pilot.press(*"Clear all filters")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await settle(app, pilot)
        assert screen.filters.empty and screen.result.total == 5
        titles = [c.title for c in app.get_system_commands(app.screen)]
        assert {"Re-index the corpus", "Toggle the filters pane", "Switch dark / light theme"} <= set(titles)

    run(app_on(seed_index), scenario)


def test_all_figures_view_is_sortable(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await pilot.press("escape", "a")
        await until(pilot, lambda: app.screen.id == "all-figures", "the figures view")
        screen = app.screen
        assert len(screen.rows) > 60
        assert "sorted by result order ·" in str(screen.query_one("#all-figures-title").content)  # words, not a key
        screen.action_sort()
        assert screen.sort_key == "kind"
        screen.action_sort()
        values = [row[2].value for row in screen.rows]
        assert values == sorted(values, reverse=True)
        await pilot.press("escape")

    run(app_on(seed_index), scenario)


def test_sort_by_date_and_theme(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        await pilot.press("escape", "s")
        await settle(app, pilot)
        keys = [h.shown_date.iso_key for h in screen.result.hits]  # an approximate date sorts by it (3dd21a5)
        assert screen.sort == "date" and keys[:3] == sorted(keys[:3], reverse=True)
        dark = app.theme
        app.action_toggle_theme()
        assert app.theme != dark

    run(app_on(seed_index), scenario)


def test_reindex_with_a_locked_index_is_a_notification(seed_service, tmp_path):
    from briefing_tui.search.config import IndexConfig

    config = Config(index=IndexConfig(lock_timeout=0.2))
    app = make_app(config, seed_service.store.root, language="en")

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        with seed_service.store.write_lock(timeout=1):
            app.main.action_reindex()
            await until(pilot, lambda: any("another process" in n.message for n in app._notifications), "the lock notice")
        assert app.main.result.total == 5  # still searchable

    run(app, scenario)


@pytest.mark.parametrize(("size", "mode"), [((80, 24), "narrow"), ((120, 40), "medium"), ((160, 50), "wide")])
def test_layouts_follow_the_terminal_size(seed_index, size, mode):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        assert screen.mode == mode
        assert screen.query_one(ResultsTable) and screen.query_one(Reader) and screen.query_one(FiguresPanel)
        if mode == "medium":
            assert not screen.query_one(FacetPanel).display
            await pilot.press("escape", "f")
            assert screen.query_one(FacetPanel).display
        if mode == "narrow":
            await pilot.press("escape", "4")
            assert screen.query_one("#tabs").active == "tab-filters"

    run(app_on(seed_index), scenario, size=size)


def test_resizing_switches_layout_and_keeps_the_data(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await pilot.press("slash", *"CSDL")
        await settle(app, pilot)
        before = ids(app.main)
        await pilot.resize_terminal(80, 24)
        await pilot.pause(0.4)
        assert app.main.mode == "narrow"
        table = app.main.query_one(ResultsTable)
        assert [str(k.value) for k in table.rows] == before

    run(app_on(seed_index), scenario)


def test_the_figures_panel_fits_its_columns_to_a_resized_terminal(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await open_first_hit(app, pilot, "Đề án 06")
        await pilot.press("g")  # the figures tab (medium layout)
        await pilot.pause(0.2)
        panel = app.main.query_one(FiguresPanel)
        narrow = panel.columns["measures"].width  # type: ignore[index]
        await pilot.resize_terminal(138, 40)
        await until(pilot, lambda: panel.columns["measures"].width > narrow, "wider figure descriptions")  # type: ignore[index]
        assert app.main.mode == "medium" and panel.row_count == len(app.main.view.article.figures)
        assert panel.columns["measures"].width + FIGURE_WIDTH <= panel.size.width  # type: ignore[index]

    run(app_on(seed_index), scenario, size=(110, 40))


def test_vietnamese_ui_from_the_locale(seed_index, monkeypatch):
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    app = make_app(Config(), seed_index)

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        assert "5 bài" in status_text(app)
        assert app.main.query_one(FacetPanel).border_title == "Bộ lọc"

    run(app, scenario)


def test_decomposed_input_is_normalised(seed_index):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        box = app.main.query_one("#query")
        box.value = unicodedata.normalize("NFD", "Tỉnh uỷ")
        await settle(app, pilot)
        assert unicodedata.is_normalized("NFC", box.value) and box.value == "Tỉnh uỷ"

    run(app_on(seed_index), scenario)
