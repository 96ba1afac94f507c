"""A result row never says the same thing twice: an untitled article's title is its lead sentence
(2,412 of the 20k corpus's records have no title), so the passage under it starts after that sentence.

Before, the app's result list showed such rows as the lead over the lead ("Với ca khúc … / Với ca khúc …").
Texts written for the test; both backends (the row is built by one function for both).
"""

from __future__ import annotations

import json

from helpers import write_articles

from briefing_tui.search.models import Query

LEAD = "Sáng nay, tỉnh Lai Châu khai trương trung tâm dữ liệu dân cư phục vụ Đề án 06."
NEXT = "Người dân được hướng dẫn cài ứng dụng định danh điện tử ngay tại quầy."
HEADING = "Lai Châu mở trung tâm dữ liệu dân cư"


def rows(make_service, tmp_path, text, query, name="a.txt"):  # type: ignore[no-untyped-def]
    folder = write_articles(tmp_path / "in", {name: text})
    service = make_service()
    service.index([folder])
    result = service.search(Query(query, limit=5))
    assert [h.id for h in result.hits] == ["a"]
    return result.hits[0]


def test_the_lead_under_its_own_lead_is_replaced_by_what_follows(make_service, tmp_path):  # type: ignore[no-untyped-def]
    hit = rows(make_service, tmp_path, LEAD + "\n" + NEXT, "ứng dụng")
    assert not hit.has_title and hit.title == LEAD
    assert hit.snippet.text.startswith("Người dân được hướng dẫn")
    assert LEAD not in hit.snippet.text
    shown = [hit.snippet.text[s.start : s.end] for s in hit.snippet.spans]
    assert shown == ["ứng dụng"], "the hits after the title stay highlighted"


def test_a_hit_only_in_the_title_leaves_the_next_sentence_unmarked(make_service, tmp_path):  # type: ignore[no-untyped-def]
    hit = rows(make_service, tmp_path, LEAD + "\n" + NEXT, "Lai Châu")
    assert hit.snippet.text.startswith("Người dân") and not hit.snippet.spans
    assert [hit.title[s.start : s.end] for s in hit.title_spans] == ["Lai Châu"]


def test_a_clipped_title_skips_the_rest_of_its_sentence(make_service, tmp_path):  # type: ignore[no-untyped-def]
    long_lead = ("Chiều 12/3, Ủy ban nhân dân tỉnh Lai Châu tổ chức hội nghị tổng kết một năm triển khai Đề án 06 "
                 "với sự tham dự của lãnh đạo các sở, ngành và các huyện trên địa bàn tỉnh.")
    hit = rows(make_service, tmp_path, long_lead + "\n" + NEXT, "ứng dụng")
    assert hit.title.endswith("…")
    assert hit.snippet.text.startswith("Người dân")


def test_an_article_of_one_sentence_keeps_it_as_its_passage(make_service, tmp_path):  # type: ignore[no-untyped-def]
    hit = rows(make_service, tmp_path, LEAD, "Lai Châu")
    assert hit.snippet.text.startswith("Sáng nay")


def test_an_opening_heading_shown_as_the_title_is_not_repeated(make_service, tmp_path):  # type: ignore[no-untyped-def]
    hit = rows(make_service, tmp_path, HEADING + "\n" + LEAD + "\n" + NEXT, "dân cư")
    assert hit.title == HEADING
    assert hit.snippet.text.startswith("Sáng nay")
    assert [hit.snippet.text[s.start : s.end] for s in hit.snippet.spans] == ["dân cư"]


def test_an_article_with_its_own_title_shows_its_lead(make_service, tmp_path):  # type: ignore[no-untyped-def]
    record = {"id": "a", "title": LEAD, "body": LEAD + "\n" + NEXT, "source": "example.vn"}
    hit = rows(make_service, tmp_path, json.dumps(record, ensure_ascii=False) + "\n", "Lai Châu", "a.jsonl")
    assert hit.has_title and hit.title == LEAD
    assert hit.snippet.text.startswith("Sáng nay"), "a title of its own is not touched: the body is the body"
