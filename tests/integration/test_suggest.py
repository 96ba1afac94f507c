""""Did you mean" that helps (issue 11, 6): corrections from the index's own counts, offered also
when the query found something, never towards a rarer form; on hand-written articles.

The score on 89 real misspellings over the 20k corpus is a benchmark (benchmarks/bench_suggest.py).
"""

from __future__ import annotations

import pytest
from helpers import write_articles

from briefing_tui.search import Config, Query, SearchService
from briefing_tui.search.query.suggest import swaps, telex


@pytest.fixture(scope="module")
def news(tmp_path_factory: pytest.TempPathFactory) -> SearchService:
    articles = {}
    for i in range(12):
        articles[f"tn{i}.txt"] = (f"Phòng chống tham nhũng {i}\n\nTỉnh Hà Tĩnh đẩy mạnh phòng chống tham nhũng, "
                                  f"bảo đảm an toàn giao thông và xử lý vi phạm năm 20{10 + i}.")
    articles["nhung.txt"] = "Thăm hỏi\n\nĐoàn đến tham những gia đình chính sách ở Hà Tĩnh."
    articles["bao.txt"] = "Bão số 3\n\nCơn bão gây mưa lớn; bao nhiêu hộ dân được hỗ trợ."
    folder = write_articles(tmp_path_factory.mktemp("news"), articles)
    service = SearchService(Config(), tmp_path_factory.mktemp("ix") / "ix")
    service.index([folder])
    return service


@pytest.mark.parametrize(("typed", "intended"), [
    ("tham nhủng", "tham nhũng"),            # a tone no article has: zero hits
    ("tham những", "tham nhũng"),            # a real phrase (1 article) beside a common one (12)
    ("an toàn giao thôn", "an toàn giao thông"),  # a letter dropped, the words still found apart
    ("Hà Tỉnh", "Hà Tĩnh"),                  # capitals kept
    ("sử lý vi phạm", "xử lý vi phạm"),      # a dialect swap (s/x)
    ("phòng chống tham nhung", "phòng chống tham nhũng"),  # a mark forgotten in a marked query
    ("phong chong tham nhuxng", "phong chong tham nhũng"),  # Telex typed without its input method
])
def test_corrections(news, typed, intended):
    result = news.search(Query(typed))
    assert result.suggestion == intended and result.corrected


@pytest.mark.parametrize("typed", ["bão", "bao", "tham nhũng", "an toàn giao thông", "chuyển đổi số", "Hà Tĩnh"])
def test_what_is_typed_right_is_left_alone(news, typed):
    result = news.search(Query(typed))
    assert not result.corrected


def test_fields_quotes_and_exclusions_stay_as_typed(news):
    result = news.search(Query('tham nhủng province:"Hà Tĩnh" -"Hà Nội"'))
    assert result.suggestion == 'tham nhũng province:"Hà Tĩnh" -"Hà Nội"'
    assert news.search(Query('"tham nhủng"')).suggestion is None  # a quoted phrase is meant as typed


def test_the_status_line_and_json_say_it_is_a_correction(news):
    from briefing_tui.search import result_to_dict
    from briefing_tui.tui.render import ENGLISH, status_line

    result = news.search(Query("tham những"))
    assert result.total == 1
    assert "Did you mean: tham nhũng?" in status_line(result, ENGLISH).plain
    data = result_to_dict(result)
    assert data["suggestion"] == "tham nhũng" and data["corrected"] is True


def test_telex_and_swaps_are_general():
    assert ("chuyên", "\u0309") in telex("chuyeenr") and ("đôi", "\u0309") in telex("ddooir")
    assert ("nhung", "\u0303") in telex("nhuxng") and telex("Hà") == []
    assert swaps("sử") == ["xử"] and "trách" in swaps("chách") and "giam" in swaps("dam")
    assert "lgâm" not in swaps("ngâm")  # "ng" is one consonant


def test_a_query_of_many_runs_corrects_only_the_last_few(news, monkeypatch):
    """A pasted or hostile query of hundreds of runs (split by fields, quotes, exclusions) costs at
    most MAX_RUNS runs' worth of lookups."""
    from briefing_tui.search.query import suggest

    calls = []
    real = suggest._correct_run
    monkeypatch.setattr(suggest, "_correct_run", lambda source, words, found: calls.append(words) or real(
        source, words, found))
    text = " ".join(f"xqz{i} wvk{i} -nope{i}" for i in range(200))
    news.search(Query(text[:1999]))
    assert 0 < len(calls) <= suggest.MAX_RUNS
