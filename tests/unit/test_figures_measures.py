"""Issue 12, "what it measures": the words that tie a sentence to the one before, and the day or hour that
closes a subject, are never what a figure measures.

On 2,000 corpus articles 95 figures were said to measure only such words ("Trong đó", "sau đó", "hoặc",
"Dù"), and 80 more showed a phrase or clause that began with one ("Trong khi đó, doanh thu …"). A subject
ending in a day ("số dư Quỹ tại thời điểm 1/1/2016 là …") fell back to the whole clause. Sentences here
are written for the test in the corpus's shapes.
"""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def measures(sentence: str, text: str) -> str:
    found = {f.text: f.context for f in find_figures(sentence, sentence)}
    assert text in found, found
    return found[text]


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        ("Trong khi đó, doanh thu lữ hành cũng giảm mạnh 14.200 tỷ đồng.", "14.200 tỷ đồng", "doanh thu lữ hành"),
        ("Cùng với đó, doanh thu công ty cũng giảm còn 18.026 tỷ đồng.", "18.026 tỷ đồng", "doanh thu công ty"),
        ("Tuy nhiên, lợi nhuận gộp lại đạt 21,1 tỷ đồng.", "21,1 tỷ đồng", "lợi nhuận gộp lại"),
        ("Sau đó nam thanh niên 19 tuổi bỏ trốn.", "19 tuổi", "nam thanh niên"),
    ],
)
def test_a_linking_word_opening_the_sentence_is_dropped(sentence: str, text: str, expected: str) -> None:
    assert measures(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Trong đó 55 triệu USD được dùng cho công tác phòng dịch.", "55 triệu USD"),
        ("Ngưỡng kháng cự gần nhất là 1.238 USD/ounce và sau đó là 1.250 USD.", "1.250 USD"),
    ],
)
def test_a_figure_right_after_a_linking_word_never_measures_that_word(sentence: str, text: str) -> None:
    shown = measures(sentence, text).lower()
    assert shown not in ("trong đó", "sau đó", "và sau đó")
    assert not shown.startswith(("trong đó", "sau đó"))


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        ("Trước đó, số dư Quỹ bình ổn tại thời điểm 1/1/2016 là 3.970 tỷ đồng.", "3.970 tỷ đồng", "số dư Quỹ bình ổn"),
        ("Theo đó, số dư Quỹ bình ổn đến hết ngày 31/12/2016 là 2.389 tỷ đồng.", "2.389 tỷ đồng", "số dư Quỹ bình ổn"),
        ("Doanh thu du lịch lữ hành 9 tháng giảm 56,3%.", "giảm 56,3%", "Doanh thu du lịch lữ hành"),
        ("Mực nước lúc 9 giờ ngày 7-7 ở mức 71,2m, trên báo động 1.", "71,2m", "Mực nước"),
    ],
)
def test_a_day_hour_or_period_closing_the_subject_is_dropped(sentence: str, text: str, expected: str) -> None:
    assert measures(sentence, text) == expected


def test_a_grade_or_model_number_ending_the_subject_is_part_of_it() -> None:
    assert measures("Cụ thể, giá xăng RON 92 tăng 303 đồng/lít.", "303 đồng/lít") == "giá xăng RON 92"


def test_a_season_before_the_quantity_noun_is_not_part_of_it() -> None:
    sentence = "Mùa này anh chỉ chuyền chính xác 40% trong khi mùa giải 2014/15 tỷ lệ này là tới 50%."
    assert measures(sentence, "50%") == "tỷ lệ này"


def test_an_age_keeps_its_pronoun() -> None:
    assert measures("Tôi 27 tuổi, sinh ra ở huyện.", "27 tuổi") == "Tôi"
    assert measures("Anh hơn tôi 4 tuổi, đang làm phó giám đốc.", "4 tuổi") == "Anh hơn tôi"



RICE = (
    "Riêng tỉnh Long An trong năm 2016, xuất khẩu gạo nếp đạt khoảng 327.139 tấn, chiếm 32,05% cả nước. "
    "Năm 2017 các địa phương đã đẩy mạnh gieo trồng nên diện tích lúa nếp vụ ĐX năm 2016 - 2017 ước đạt 152.000ha. "
    "Riêng tỉnh Long An tổng diện tích gieo trồng nếp ước khoảng 56.000ha."
)


def test_a_crop_year_written_as_a_range_closes_the_subject() -> None:
    assert measures(RICE, "152.000ha") == "diện tích lúa nếp vụ ĐX"


def test_a_place_named_before_the_quantity_noun_is_not_part_of_it() -> None:
    assert measures(RICE, "56.000ha") == "tổng diện tích gieo trồng nếp"


def test_a_share_of_the_whole_country_measures_its_subject() -> None:
    assert measures(RICE, "32,05%") == "xuất khẩu gạo nếp"
    assert measures("Doanh nghiệp nhà nước chiếm 60% vốn điều lệ.", "60%") == "vốn điều lệ"  # guard: as before
