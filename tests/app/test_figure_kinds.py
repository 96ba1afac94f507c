"""The app names a figure's subkind where it has one of its own (session 42): a match's score shows "score", not
"other"; a measured duration "duration · phút", not "count · phút"; a rank "rank" — in the figures panel and the
all-figures view, in English and Vietnamese. A real index of one sports record, the real app through Pilot."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from briefing_tui.search import Config, SearchService
from briefing_tui.tui.app.app import BriefingApp
from briefing_tui.tui.app.figures_panel import FiguresPanel
from briefing_tui.tui.i18n import Translator
from briefing_tui.tui.render import kind_label

from .pilot_helpers import app_on, run, screen_lines, settle, until

RECORD = {
    "id": "match", "title": "PSG thắng Bordeaux 3-0", "date": "2017-02-08",
    "body": ("PSG giữ tỷ số 3-0 cho tới khi trận đấu kết thúc.\n"
             "Trận đấu kéo dài 95 phút dưới mưa lớn tại sân Matmut Atlantique.\n"
             "PSG đứng thứ 2 trên bảng xếp hạng Ligue 1."),
}


@pytest.fixture(scope="module")
def match_index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("match")
    source = folder / "match.jsonl"
    source.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    service = SearchService(Config(), folder / "ix")
    try:
        assert service.index([source]).added == 1
    finally:
        service.close()
    return folder / "ix"


def test_kind_labels_in_both_languages() -> None:
    en, vi = Translator("en"), Translator("vi")
    assert [kind_label(en, k, s) for k, s in [("other", "score"), ("count", "duration"), ("other", "rank"),
                                             ("count", None), ("other", "points")]] == [
        "score", "duration", "rank", "count", "other"]
    assert [kind_label(vi, k, s) for k, s in [("other", "score"), ("count", "duration")]] == ["tỷ số trận", "kéo dài"]
    # a size by its sides ("1080 x 1920 pixel", session 49)
    assert [kind_label(t, "other", "size") for t in (en, vi)] == ["size", "kích thước"]


@pytest.mark.parametrize(("language", "score", "duration"), [("en", "score", "duration · phút"),
                                                             ("vi", "tỷ số trận", "kéo dài · phút")])
def test_the_panel_names_a_score_and_a_duration(match_index, language, score, duration):
    async def scenario(app: BriefingApp, pilot: Any) -> None:
        await pilot.press("slash", *"Bordeaux", "enter")
        await settle(app, pilot)
        await pilot.press("enter")
        await until(pilot, lambda: app.main.view is not None, "the article")
        panel = app.main.query_one(FiguresPanel)
        assert [(f.text, f.subkind) for f in panel.figures][:2] == [("3-0", "score"), ("95 phút", "duration")]
        lines = screen_lines(app)
        assert any(score in line for line in lines), "\n".join(lines)
        assert any(duration in line for line in lines), "\n".join(lines)

    run(app_on(match_index, language=language), scenario)
