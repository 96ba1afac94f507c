"""Figures round of session 53 (blind figures golds 747 and 749, read after their blind score): temperatures below
zero; clubs counted; a number that reads as a year after "about"; a time named and then "khoảng"; an engine's cubic
centimetres written with a dot; a batch's number after "đợt" is no figure."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def figures(sentence: str) -> list[tuple[str, float, float | None, str | None]]:
    return [(f.text, f.value, f.value_max, f.unit) for f in find_figures(sentence, sentence)]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Nhiệt độ của ngăn đá tủ lạnh gia đình là -15 độ C, nhưng hải sản cần đến -30 độ C.", "-15 độ C", -15.0),
    ("Nhiệt độ của ngăn đá tủ lạnh gia đình là -15 độ C, nhưng hải sản cần đến -30 độ C.", "-30 độ C", -30.0),
    ("Nhiệt độ trên bề mặt Mặt Trăng là khoảng âm 170 độ C vào ban đêm.", "âm 170 độ C", -170.0),
    ("Máy nén giúp nhiệt độ có thể đạt sâu đến -30oC.", "-30oC", -30.0),
])
def test_a_temperature_below_zero_keeps_its_sign(sentence: str, text: str, value: float) -> None:
    assert (text, value) in [(t, v) for t, v, _top, _unit in figures(sentence)]


def test_a_range_of_temperatures_is_no_temperature_below_zero() -> None:
    assert figures("Nhiệt độ thấp nhất từ 22 -25oC.") == [("22 -25oC", 22.0, 25.0, "độ C")]
    assert not [f for f in figures("Số hiệu tàu HP-30 độ mới.") if f[1] < 0]


def test_clubs_are_counted() -> None:
    assert ("12 CLB", 12.0, None, "CLB") in figures("Đại diện của 12 CLB hàng đầu châu Âu đã cùng thống nhất.")


@pytest.mark.parametrize(("sentence", "text"), [
    ("Với hơn 2000 điểm bán hàng và 24 đại lý trên khắp cả nước.", "2000 điểm bán hàng"),
    ("Năm nay, BTC đã bố trí khoảng 2000 công an có mặt tại khắp các khu vực.", "2000 công an"),
])
def test_a_year_like_number_after_about_is_a_count(sentence: str, text: str) -> None:
    assert text in [f[0] for f in figures(sentence)]


@pytest.mark.parametrize("sentence", [
    "Dự án dự kiến hoàn thành trên 2020 sẽ có kết quả.",
    "Trong năm 2000 người dân đã rời đi.",
])
def test_a_year_stays_a_year(sentence: str) -> None:
    assert not [f for f in figures(sentence) if f[1] == 2000.0 or f[1] == 2020.0]


def test_a_time_named_then_about_is_measured() -> None:
    sentence = "Theo WB, thời gian giải quyết một vụ việc qua tòa án khoảng 400 ngày, nhưng thực tế mất tới khoảng hai năm."
    found = [f for f in find_figures(sentence, sentence)]
    assert [(f.text, f.subkind) for f in found] == [("400 ngày", "duration"), ("hai năm", "duration")]
    assert found[0].context == "thời gian giải quyết một vụ việc qua tòa án"
    assert not figures("Việc giảm giá trong thời gian qua đã phá vỡ đường trung bình khoảng 200 ngày.")


def test_cubic_centimetres_written_with_a_dot() -> None:
    assert ("149.5 cc", 149.5, None, "cc") in figures("Xe có dung tích 149.5 cc, làm mát bằng không khí.")


@pytest.mark.parametrize("sentence", [
    "Thời gian kết thúc tiêm vắc xin đợt 1 dự kiến vào ngày 5/5 tới.",
    "Triển khai tiêm đợt 1 bao gồm 18 trung tâm y tế tuyến huyện.",
])
def test_a_batch_number_is_no_figure(sentence: str) -> None:
    assert not [f for f in figures(sentence) if f[1] == 1.0]


def test_a_course_after_dot_is_still_a_time() -> None:
    assert ("3-6 tháng", 3.0, 6.0, "tháng") in figures("Nên dùng từng đợt 3-6 tháng và dùng duy trì thường xuyên.")
    assert ("2 đợt tiêm", 2.0, None, "đợt tiêm") in figures("Tỉnh chia làm 2 đợt tiêm cho 6.000 người.")


# Round 2 (the pooled golds' misses, blind golds 755 and 757 read after their score)

@pytest.mark.parametrize(("sentence", "text"), [
    ("Chuyên gia đã phát hiện kho báu hơn 1.000 năm tuổi bao gồm xuyến và ghim hoa bằng bạc.", "1.000 năm tuổi"),
    ("Hai ngôi trường cao đẳng lâu đời (hơn 40 năm tuổi) sẽ được sáp nhập.", "40 năm tuổi"),
])
def test_a_things_age_in_years(sentence: str, text: str) -> None:
    assert (text, "năm tuổi") in [(f[0], f[3]) for f in figures(sentence)]


def test_a_party_badge_is_no_age() -> None:
    assert not figures("Hai đồng chí được nhận Huy hiệu 80 năm tuổi Đảng.")


def test_a_term_named_at_length_then_la() -> None:
    found = find_figures(*(2 * ["Thời hạn thực hiện biện pháp khắc phục hậu quả là 10 ngày, kể từ ngày nhận quyết định."]))
    assert [(f.text, f.subkind) for f in found] == [("10 ngày", "duration")]


def test_a_boats_zero_led_number_is_its_name() -> None:
    assert [f[0] for f in figures("Trạm đã cứu được 5 người, 3 người còn lại đã được tàu Hải Linh 02 cứu.")] == [
        "5 người", "3 người"]  # (the rest of a set a count since session 67; the boat's "02" still no figure)
    assert ("09 năm tù giam", 9.0, None, "năm tù giam") in figures(
        "TAND tỉnh Kon Tum quyết định xử phạt bị cáo Lê Minh Nhân 09 năm tù giam.")


def test_a_models_age_is_no_product_model() -> None:
    assert ("28 tuổi", 28.0, None, "tuổi") in figures("Cô siêu mẫu 28 tuổi chính thức trở lại với sàn diễn.")
    assert ("27 tuổi", 27.0, None, "tuổi") in figures("Người mẫu 27 tuổi vốn chỉ là nhân viên một hãng thời trang.")
    assert not [f for f in figures("Chiếc xe mẫu 2017 có giá 500 triệu đồng.") if f[1] == 2017.0]


def test_the_time_left_on_a_contract() -> None:
    found = find_figures(*(2 * ["HLV Julian Nagelsmann vẫn còn 2 năm hợp đồng với Leipzig."]))
    assert [(f.text, f.subkind, f.context) for f in found] == [("2 năm", "duration", "hợp đồng với Leipzig")]
    assert not figures("Còn 3 tháng là đến Tết.")


def test_a_sentence_opening_with_below_zero() -> None:
    assert ("Âm 15 độ C", -15.0) in [(t, v) for t, v, _top, _unit in figures("Âm 15 độ C là nhiệt độ thấp nhất đêm qua.")]


def test_the_two_of_them_is_no_count() -> None:
    assert not figures("Cứ nghĩ có con rồi thì 2 đứa sẽ tu chí làm ăn, chăm lo gia đình.")
    assert ("6 đứa", 6.0, None, "đứa") in figures("Nhà có 6 đứa con, đứa lớn mới 12 tuổi.")
    assert ("3 đứa", 3.0, None, "đứa") in figures("Tôi sống xa gia đình, mẹ già đau bệnh với 3 đứa em.")
