"""Figures round of session 42: a match's score is a figure (what a match report measures; 37 scores were missed
by the pooled held-out figures golds, whose readers were asked to list "a sports score ... when the article reports
it"). It is read after "tỷ số" or a result word ("thắng", "thua", "hòa", "dẫn", "đánh bại" …) and up to five words,
or between two sides' names ("Tottenham 2-1 Manchester United"), with a tennis match's sets; it is listed once per
article; a forecast, a date span, a range of a count and a code are no score."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def scores(text: str) -> dict[str, str]:
    return {f.text: f.context for f in find_figures(text, text) if f.subkind == "score"}


@pytest.mark.parametrize(("sentence", "text", "context"), [
    ("Đánh bại Juventus với tỷ số 4-1, Real Madrid đã đi vào lịch sử Champions League.", "4-1", "Đánh bại Juventus"),
    ("Đội khách ra về với thất bại 1-2 chung cuộc.", "1-2", "thất bại"),
    ("Chỉ sau 8 phút đầu trận, họ đã dẫn Mexico 2-0. Và với lối chơi hợp lý, Đức luôn nắm thế trận.", "2-0",
     "dẫn Mexico"),
    ("Nếu không thắng Crystal Palace tới 5-0, Man City không thể ung dung.", "5-0", "thắng Crystal Palace"),
    ("Tối ngày 5/2, đội khách thậm chí còn để thua 0-3 ngay trên sân nhà trước Man United.", "0-3", "thua"),
    ("Phút 74, Viết Thuận ghi bàn nâng tỷ số lên 2-3 cho đội khách.", "2-3", "tỷ số"),
    ("Thắng 3-1, Man City đã có 75 điểm.", "3-1", "Thắng"),
    ("Harry Kane giúp Anh cầm hòa “người anh em” Scotland 2-2 tại Glasgow.", "2-2", "hòa “người anh em” Scotland"),
])
def test_a_score_after_a_result_word(sentence: str, text: str, context: str) -> None:
    assert scores(sentence) == {text: context}


def test_a_score_between_the_two_sides_names() -> None:
    assert scores("Video: Tottenham 2-1 Manchester United Rất khó kỳ vọng 90 phút.") == {
        "2-1": "Tottenham – Manchester United"}
    assert scores("Video tổng hợp trận U22 Việt Nam 0-5 U20 Argentina: “So với U20 Việt Nam, U20 Argentina mạnh hơn”.") == {
        "0-5": "U22 Việt Nam – U20 Argentina"}
    assert scores("Chung cuộc: Chile 2-0 Mexico Đội hình ra sân của hai đội.") == {"2-0": "Chile – Mexico"}


def test_a_tennis_match_with_its_sets_is_one_figure() -> None:
    sentence = "Andy Murray đã để thua tay vợt Sam Querrey với các tỷ số: 6-3, 4-6, 7-6(7-4), 1-6, 1-6 và chia tay Wimbledon."
    assert scores(sentence) == {"6-3, 4-6, 7-6(7-4), 1-6, 1-6": "tỷ số"}


def test_a_score_told_again_is_listed_once() -> None:
    text = ("PSG giữ tỷ số 3-0 cho tới khi trận đấu kết thúc. Tỷ số trận đấu: Bordeaux 0 - 3 PSG. Murray thắng set 1 "
            "với tỷ số 6-3, thua 4-6 ở set 2. Chung cuộc Querrey thắng 6-3, 4-6, 7-6, 6-1.")
    assert list(scores(text)) == ["3-0", "6-3", "4-6", "6-3, 4-6, 7-6, 6-1"]


@pytest.mark.parametrize("sentence", [
    "Dự đoán tỉ số: Arsenal 4-1 Sydney FC Đội hình dự kiến của Arsenal.",
    "Siêu máy tính dự đoán “The Blues” thắng 3-0 ở trận này.",
    "V-League sẽ dồn toa từ ngày 24-6 đến 2-7 với ba lượt trận tại sân Thống Nhất.",
    "HLV Hữu Thắng sẽ chọn 1-3 vị trí nếu được gọi cầu thủ nhập tịch.",
    "Thợ điều hòa chỉ cần yêu cầu thay 2-3 linh kiện là có thể vặt của khách.",
    "Hướng dẫn viên dẫn 2-3 đoàn khách mỗi ngày tới sân.",
    "Đội tuyển sẽ thắng 2-3 trận trong tháng tới.",
    "Máy bay F-16 tham gia cuộc tập trận Red Flag 17-01 của đội bay.",
])
def test_no_score(sentence: str) -> None:
    assert scores(sentence) == {}


def test_a_range_of_a_count_after_a_result_word_stays_a_count() -> None:
    found = {f.text: f.kind for f in find_figures("Đội tuyển sẽ thắng 2-3 trận trong tháng tới.",
                                                    "Đội tuyển sẽ thắng 2-3 trận trong tháng tới.")}
    assert found == {"2-3 trận": "count"}
