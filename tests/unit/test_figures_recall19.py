"""Figures round of session 51 (blind figures golds 707 and 709, read after their blind score): a superlative's place
written in words, of ASEAN or of a league ("lớn thứ hai thế giới", "lớn thứ 2 của ASEAN", "tốt thứ 2 tại giải đấu");
a top place spelt "tốp"; a record of matches after the matches it counts, "trận" left unsaid ("đá 10 trận, thắng 8
trận, hòa 1 và thua 1")."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def figures(sentence: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(f.text, f.value, f.unit, f.subkind) for f in find_figures(sentence, sentence)]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Ấn Độ hiện là tâm dịch Covid-19 lớn thứ hai thế giới, chỉ sau Mỹ.", "thứ hai", 2.0),
    ("Nhật Bản là đối tác thương mại và đầu tư lớn thứ 2 của ASEAN.", "thứ 2", 2.0),
    ("Mùa trước, hàng thủ MU tốt thứ 2 tại giải đấu.", "thứ 2", 2.0),
    ("Đây là nền kinh tế lớn thứ ba châu Á.", "thứ ba", 3.0),
])
def test_a_superlatives_place(sentence: str, text: str, value: float) -> None:
    assert (text, value, "hạng", "rank") in figures(sentence)


@pytest.mark.parametrize("sentence", [
    "Vào thứ hai tuần sau, đoàn sẽ lên đường.",
    "Anh là người con thứ hai trong gia đình.",
    "Đây là lần thứ hai đội giành giải.",
])
def test_no_place_without_a_superlative_and_its_field(sentence: str) -> None:
    assert not [f for f in figures(sentence) if f[3] == "rank"]


def test_a_top_place_spelt_top() -> None:
    assert ("tốp 5", 5.0, "hạng", "rank") in figures("Đội tuyển có cơ hội lọt tốp 5 để tới World Cup nữ 2019.")


def test_a_record_of_matches() -> None:
    found = {(f.text, f.value, f.unit, f.context) for f in find_figures(
        "HAGL dẫn đầu V-League, họ đá 10 trận, thắng đến 8 trận, hòa 1 và chỉ thua 1, được 25 điểm.",
        "HAGL dẫn đầu V-League, họ đá 10 trận, thắng đến 8 trận, hòa 1 và chỉ thua 1, được 25 điểm.")}
    assert {("hòa 1", 1.0, "trận", "số trận hòa"), ("thua 1", 1.0, "trận", "số trận thua")} <= found
    coach = "HLV trưởng RB Leipzig (Tổng số trận 90, thắng 53, hòa 21, thua 16, tỷ lệ chiến thắng 58,89%)."
    assert {f.text for f in find_figures(coach, coach)} >= {"thắng 53", "hòa 21", "thua 16"}
    # no match counted in the sentence: a bare number after "thắng" is no record
    assert not [f for f in figures("Ông thắng 2, bà thắng 1.") if f[2] == "trận"]
    # a score stays a score
    assert ("2-1", 2.0, None, "score") in figures("Đội thắng 2-1 trong trận cầu.")


def test_a_group_of_cars_and_a_goalkeepers_saves_are_no_place_or_record() -> None:
    cars = figures("Cách chuyển máy móc cũng kỳ lạ, đi bằng tốp 3 – 4 ô tô, có xe mở đường.")
    assert not [f for f in cars if f[3] == "rank"]
    assert not [f for f in figures("Thông số trận đấu: Sút khung thành 4, Cứu thua 1.") if f[2] == "trận"]
    people = figures("Đến khoảng 10 giờ cùng ngày, tốp 3 người làm việc trên biển chỉ có 2 người trở về bờ.")
    assert not [f for f in people if f[3] == "rank"]


def test_a_record_is_not_another_teams_count_of_one() -> None:
    text = ("Sunderland thua đến 10 trong 13 trận gần nhất, thắng 1 và không thể ghi bàn. Boro chỉ thắng duy nhất 1 trận "
            "trong 11 lần đối đầu gần nhất giữa hai đội.")
    assert {"thắng 1", "1 trận"} <= {f.text for f in find_figures(text, text)}
