"""Issue 11 in the app: near-duplicates as one row ("+2 similar", ``o`` lists them), approximate
dates ("≈05/07/2017" on the row, "≈" counts apart in the date facet), "did you mean" beside results.

Real indexes built on disk from hand-written articles; the real app through Pilot.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from app.pilot_helpers import app_on, run, screen_lines, settle, status_text, until
from helpers import OTHER, STORY, write_articles
from textual.widgets import DataTable, Input, SelectionList

from briefing_tui.search import Config, SearchService
from briefing_tui.tui.app.app import BriefingApp
from briefing_tui.tui.app.results_table import ResultsTable
from briefing_tui.tui.app.similar import SimilarScreen
from briefing_tui.tui.render import status_line

COPIES = {"vnexpress", "dantri", "tuoitre"}


def index_of(tmp_path: Path, inputs: Path) -> Path:
    SearchService(Config(), tmp_path / "ix").index([inputs])
    return tmp_path / "ix"


def test_near_duplicates_are_one_row_and_o_lists_them(tmp_path):
    folder = write_articles(tmp_path / "in", {
        "vnexpress.txt": "Thứ trưởng Bộ Xây dựng làm Phó bí thư Tỉnh ủy Yên Bái\n\n" + STORY,
        "dantri.txt": "Thứ trưởng Bộ Xây dựng làm Phó Bí thư Tỉnh ủy Yên Bái\n\nDân trí. " + STORY + " Theo TTXVN.",
        "tuoitre.txt": "Yên Bái có Phó bí thư Tỉnh ủy mới\n\n" + STORY + " (Tuổi Trẻ)",
        "dulich.txt": "Yên Bái đặt mục tiêu 1,2 triệu lượt khách\n\n" + OTHER,
    })

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        await pilot.press("slash", *"Phó Bí thư Tỉnh ủy Yên Bái", "enter")
        await settle(app, pilot)
        assert status_text(app).startswith("2 stories (4 articles) · ")
        # narrow: the sort, then the time, are left out rather than the line cut
        full = status_line(screen.result, app.t).plain
        assert full.endswith("· relevance")
        shorter = status_line(screen.result, app.t, width=len(full) - 1).plain
        assert " ms · " in shorter and "relevance" not in shorter
        assert status_line(screen.result, app.t, width=30).plain.startswith("2 stories (4 articles) · 3 with")
        table = screen.query_one(ResultsTable)
        assert table.row_count == 2
        story = next(h for h in screen.result.hits if h.similar_total)
        assert "+2 similar" in "\n".join(screen_lines(app))
        assert sum("+2 similar" in line for line in screen_lines(app)) == 1
        while table.current_id != story.id:
            await pilot.press("j")
        await pilot.press("o")
        await until(pilot, lambda: isinstance(app.screen, SimilarScreen), "the story's copies")
        listing: DataTable[Any] = app.screen.query_one(DataTable)
        await until(pilot, lambda: "Yên Bái có Phó bí thư" in "\n".join(screen_lines(app)), "the copies' titles")
        listed = [listing.coordinate_to_cell_key((r, 0)).row_key.value for r in range(listing.row_count)]
        assert listed[0] == story.id and set(listed) == COPIES
        assert "3 articles tell this story" in "\n".join(screen_lines(app))
        await pilot.press("j", "enter")
        await until(pilot, lambda: screen.view is not None, "the chosen copy")
        assert app.screen is screen and screen.view.article.id == listed[1]
        # on the other row, o says there is nothing to list
        await pilot.press("escape")
        while table.current_id == story.id:
            await pilot.press("j")
        await pilot.press("o")
        await pilot.pause(0.1)
        assert app.screen is screen
        assert "No other article tells this story." in [n.message for n in app._notifications]
        # pressed again while the answer shows, it is not stacked (session 62: five identical toasts seen in tmux)
        await pilot.press("o", "o", "o")
        await pilot.pause(0.1)
        assert [n.message for n in app._notifications].count("No other article tells this story.") == 1

    run(app_on(index_of(tmp_path, folder)), scenario)


def test_approximate_dates_on_rows_and_apart_in_the_date_facet(tmp_path):
    records = [
        {"id": "known", "title": "Hội nghị kinh tế", "date": "2017-03-02", "body": "Hội nghị kinh tế tỉnh năm 2017."},
        {"id": "crawled", "title": "Hội nghị kinh tế khác", "crawl_date": "2017-07-05T10:00:00",
         "body": "Hội nghị kinh tế được tổ chức tại tỉnh."},
        {"id": "nothing", "title": "Hội nghị kinh tế nữa", "body": "Hội nghị kinh tế không rõ ngày."},
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await pilot.press("slash", *"kinh tế", "enter")
        await settle(app, pilot)
        table = app.main.query_one(ResultsTable)
        dates = {table.coordinate_to_cell_key((r, 0)).row_key.value: table.get_row_at(r)[0].plain.split("\n")[0]
                 for r in range(table.row_count)}
        assert dates == {"known": "02/03/2017", "crawled": "≈05/07/2017", "nothing": "?"}
        years: SelectionList[str] = app.main.query_one("#f-date", SelectionList)
        prompts = {years.get_option_at_index(i).value: str(years.get_option_at_index(i).prompt)
                   for i in range(years.option_count)}
        assert prompts["2017"].startswith("2017") and prompts["2017"].endswith(" 1 + ≈1")
        assert prompts["unknown"].startswith("unknown date") and prompts["unknown"].endswith(" 1")
        shown = "\n".join(screen_lines(app))
        assert "≈05/07/2017" in shown and "1 + ≈1" in shown
        assert "≈ crawl date or period" in shown

    run(app_on(index_of(tmp_path, path)), scenario)


def test_ctrl_y_applies_a_correction_offered_beside_results(tmp_path):
    articles = {}
    for i in range(12):
        articles[f"tn{i}.txt"] = (f"Phòng chống tham nhũng {i}\n\nTỉnh Hà Tĩnh đẩy mạnh phòng chống tham nhũng, "
                                  f"bảo đảm an toàn giao thông và xử lý vi phạm năm 20{10 + i}.")
    articles["nhung.txt"] = "Thăm hỏi\n\nĐoàn đến tham những gia đình chính sách ở Hà Tĩnh."
    folder = write_articles(tmp_path / "in", articles)

    async def scenario(app: BriefingApp, pilot: Any) -> None:
        screen = app.main
        await pilot.press("slash", *"tham những", "enter")
        await settle(app, pilot)
        assert screen.result.total == 1 and screen.result.corrected
        assert "Did you mean: tham nhũng? (ctrl+y)" in status_text(app)
        await pilot.press("ctrl+y")
        await settle(app, pilot)
        assert screen.query_one("#query", Input).value == "tham nhũng"
        assert screen.result.query.text == "tham nhũng" and screen.result.total == 12
        assert not screen.result.corrected and "Did you mean" not in status_text(app)

    run(app_on(index_of(tmp_path, folder)), scenario)
