"""Figures round of session 63 (blind figures golds 913 and 915, read after their blind score): days to years alone in
brackets after what takes them are a measured time ("dựng giàn giáo (khoảng 2 tháng)"), named by what the bracket
follows; not an hour of the clock. A woman's three measurements ("số đo ba vòng 87-65-93") are one figure; "tầm"
(about) ends a count's noun; Taiwan's dollar ("Đài tệ", "TWD") is money."""

from __future__ import annotations

from briefing_tui.search.extract.figures import find_figures


def found(body: str) -> dict[str, str]:
    return {f.text: f.context for f in find_figures(body, body)}


def test_a_time_in_brackets_after_what_takes_it() -> None:
    body = ("Sau đó sẽ tiến hành dựng giàn giáo (khoảng 2 tháng), vệ sinh, kiểm tra mọi thứ bên trong để thực hiện "
            "việc thay mái ngói (dự kiến khoảng 1 năm).")
    assert found(body) == {"2 tháng": "tiến hành dựng giàn giáo", "1 năm": "thực hiện việc thay mái ngói"}
    assert found("Thời gian đóng bộ phim đó quá dài (8 tháng). Tôi từ chối rất nhiều show.") == {
        "8 tháng": "đóng bộ phim đó quá dài"}
    # the second of a list is named by its own words
    assert found("Sau khi có bằng Trung cấp (2 năm) hoặc Cao đẳng (4 năm), các em có thể đi làm.")["4 năm"] == "Cao đẳng"


def test_not_an_hour_of_the_clock_nor_a_time_with_words_after_it() -> None:
    assert found("Không có lý do gì khiến chúng tôi không đá hết mình vào ngày 14.5 (19 giờ).") == {}
    assert found("Giải đấu diễn ra trong năm (2 năm một lần) tại Hà Nội.") == {}


def test_a_womans_three_measurements_are_one_figure_each() -> None:
    body = "Cô cao 1m74, nặng 54kg, số đo ba vòng 87-65-93. Á hậu cao 1m71, nặng 51kg, số đo ba vòng 87-63-91."
    figures = {f.text: f for f in find_figures(body, body)}
    assert [t for t in figures if "-" in t] == ["87-65-93", "87-63-91"]  # two women, two figures (same bust)
    assert figures["87-65-93"].value == 87 and figures["87-65-93"].unit == "cm"
    assert "90-60-93" in found("Thậm chí, người đẹp sở hữu 3 vòng 90-60-93 còn khẳng định.")
    # a score or a formation with three numbers is no measurement
    assert found("Đội hình 4-3-3 được HLV lựa chọn ở vòng đấu này.") == {}


def test_about_before_a_number_ends_a_counts_noun() -> None:
    assert "1 quả" in found("Hồng có trọng lượng 1 quả tầm 300g - 350gram, vỏ rất mỏng.")
    assert "1 quả tầm" not in found("Hồng có trọng lượng 1 quả tầm 300g - 350gram, vỏ rất mỏng.")


def test_taiwans_dollar_is_money() -> None:
    assert "120 triệu Đài tệ" in found("Cô đeo bộ trang sức trị giá 120 triệu Đài tệ (tương đương hơn 97 tỷ đồng).")
    assert "70.000TWD" in found("Mỗi tháng tổng cộng mình được hơn 70.000TWD (hơn 50 triệu tiền Việt).")
