"""Near-duplicates grouped (issue 11, 4): the same story in several outlets is one row with "+N
similar", counts say "N stories (M articles)", and articles that differ are never grouped."""

from __future__ import annotations

import json

from helpers import OTHER, STORY, write_articles

from briefing_tui.search import Config, Query, SearchService
from briefing_tui.search.analysis import fold, index_terms, normalize
from briefing_tui.search.similarity import sketch, stories


def words(text: str) -> list[str]:
    return [fold(t) for t in index_terms(normalize(text))]


def test_sketches_group_the_same_text_and_keep_others_apart():
    a = sketch(words(STORY))
    b = sketch(words("Báo Yên Bái. " + STORY + " Nguồn: TTXVN"))
    c = sketch(words(STORY.replace("hứa sẽ", "cam kết sẽ")))
    d = sketch(words(OTHER))
    assert len(a) == 128 and sketch(words("quá ngắn")) == b""
    assert stories([a, b, c, d, b""], {0, 1, 2, 3, 4}) == [0, 0, 0, 3, 4]


def test_one_title_on_one_day_is_one_story_however_rewritten():
    title = words("Thứ trưởng Bộ Xây dựng làm Phó bí thư Tỉnh ủy Yên Bái")
    rewritten = sketch(words(OTHER), title, 20170508)  # another text entirely, the same title and day
    assert stories([sketch(words(STORY), title, 20170508), rewritten], {0, 1}) == [0, 0]
    assert stories([sketch(words(STORY), title, 20170508), sketch(words(OTHER), title, 20170509)], {0, 1}) == [0, 1]
    daily = words("Giá vàng hôm nay")  # too short a title to key a story
    assert stories([sketch(words(STORY), daily, 20170508), sketch(words(OTHER), daily, 20170508)], {0, 1}) == [0, 1]
    assert stories([sketch(words(STORY), title, 20170500), sketch(words(OTHER), title, 20170500)], {0, 1}) == [0, 1]


def test_a_page_holds_stories_and_says_so(tmp_path, capsys):
    folder = write_articles(tmp_path / "in", {
        "vnexpress.txt": "Thứ trưởng Bộ Xây dựng làm Phó bí thư Tỉnh ủy Yên Bái\n\n" + STORY,
        "dantri.txt": "Thứ trưởng Bộ Xây dựng làm Phó Bí thư Tỉnh ủy Yên Bái\n\nDân trí. " + STORY + " Theo TTXVN.",
        "tuoitre.txt": "Yên Bái có Phó bí thư Tỉnh ủy mới\n\n" + STORY + " (Tuổi Trẻ)",
        "dulich.txt": "Yên Bái đặt mục tiêu 1,2 triệu lượt khách\n\n" + OTHER,
    })
    service = SearchService(Config(), tmp_path / "ix")
    service.index([folder])
    result = service.search(Query("Phó Bí thư Tỉnh ủy Yên Bái"))
    assert (result.total, result.story_total) == (4, 2)
    assert len(result.hits) == 2
    first = result.hits[0] if result.hits[0].similar_total else result.hits[1]
    assert first.similar_total == 2 and set(first.similar) | {first.id} == {"vnexpress", "dantri", "tuoitre"}
    assert [h.similar_total for h in result.hits if h.id == "dulich"] == [0]
    # pages count stories: two pages of one row show both stories, never two copies of one
    one, two = (service.search(Query("Yên Bái", limit=1, offset=k)).hits[0] for k in (0, 1))
    assert "dulich" in {one.id, two.id} and sorted([one.similar_total, two.similar_total]) == [0, 2]

    from briefing_tui.tui.cli import main

    assert main(["--index-dir", str(tmp_path / "ix"), "search", "Phó Bí thư Tỉnh ủy Yên Bái"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("2 stories (4 articles)") and "+2 similar" in out
    assert main(["--index-dir", str(tmp_path / "ix"), "search", "Yên Bái", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["story_total"] == 2 and sorted(h["similar_total"] for h in data["hits"]) == [0, 2]


def test_the_same_text_weeks_apart_is_a_daily_column_not_one_story():
    a, b = sketch(words(STORY)), sketch(words("Lịch hôm nay. " + STORY))
    assert stories([a, b], {0, 1}, [20170603, 20170605]) == [0, 0]
    assert stories([a, b], {0, 1}, [20170603, 20170617]) == [0, 1]
    assert stories([a, b], {0, 1}, [20170603, 0]) == [0, 0]  # one of them undated: the text decides
