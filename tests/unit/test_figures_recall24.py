"""Figures round of session 56 (blind figures golds 835 and 837, read after their blind score): a list of rates, each
named by an acronym."""

from __future__ import annotations

from briefing_tui.search.extract.figures import find_figures


def texts(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.context) for f in find_figures(sentence, sentence)]


def test_a_list_of_rates_named_by_acronyms() -> None:
    sentence = ("Trong khi đó, lãi suất của LienVietPostBank lên tới 11%, Kienlong Bank 10,3%, SCB 9%, ACB 8,3% và "
                "Vietcombank tăng tới 8,3%.")
    assert [t for t, _ in texts(sentence)] == ["11%", "10,3%", "9%", "8,3%", "8,3%"]
    assert texts("Lãi suất SCB 9%, ACB 8,3%.") == [("9%", "Lãi suất SCB"), ("8,3%", "ACB")]


def test_a_percent_after_an_acronym_alone_may_name_a_product() -> None:
    assert [t for t, _ in texts("Giá dầu DO 0,05% giảm 300 đồng mỗi lít.")] == ["300 đồng"]


# --- the third round (blind figures golds 851 and 853) ---------------------------------------------------------------


def test_a_currency_capitalised() -> None:
    sentence = "Tại Indonesia chiếc xe có giá bán lẻ hơn 581 triệu Rupiah, tương đương 988 triệu đồng."
    assert [t for t, _ in texts(sentence)] == ["581 triệu Rupiah", "988 triệu đồng"]


def test_a_unit_with_a_digit_glued_after_it_is_a_code() -> None:
    assert texts("Hai người đi trên xe môtô mang BKS: 12V1 - 071.76, có biểu hiện nghi vấn.") == []
    assert [t for t, _ in texts("Chiếc ắc quy 12V dùng cho xe máy, bể chứa 2,5m3 nước.")] == ["12V", "2,5m3"]


def test_a_height_with_one_digit_of_tenths() -> None:
    assert [(f.text, f.value) for f in find_figures("Chiều cao chưa tới 1m7 nhưng anh vẫn tự tin.", "x")] == [("1m7", 1.7)]
    assert [(f.text, f.value, f.unit) for f in find_figures("Căn phòng rộng 5m2.", "x")] == [("5m2", 5.0, "m2")]
    assert [(f.text, f.value) for f in find_figures("Sở hữu chiều cao 1m71,5 với số đo ba vòng.", "x")] == [("1m71,5", 1.715)]


# --- the fourth round (blind figures golds 859 and 861, drawn after the three rounds) --------------------------------


def test_a_date_by_the_lunar_calendar_or_an_occasion_is_no_ratio() -> None:
    assert texts("Hàng năm cứ đến dịp Tết Đoan Ngọ (5/5 âm lịch), người dân sắm sửa đồ cúng.") == []
    assert texts("Thời tiết vào dịp 5/5 thường rất nóng.") == []
    assert [t for t, _ in texts("Đã có 9/12 chỉ tiêu đạt và vượt kế hoạch.")] == ["9/12 chỉ tiêu"]


def test_a_number_opening_a_credit_is_the_sites_name() -> None:
    assert texts("Cho mận vào lọ, cất ngăn mát. Ảnh: 7777 món ngon mỗi ngày.") == []
    assert texts("Nguồn: 38 North/TTXVN") == []
