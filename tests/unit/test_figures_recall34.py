"""Figures round of session 68 (blind figures golds 1083–1101, read after their blind score): a frequency written out
("105 Hertz"); the baht as the news misspells it and the dong written out ("30 triệu Bath Thái ( gần 20 tỉ Việt Nam
đồng)"); a market's breadth after a slash ("13 mã tăng/12 mã giảm"); gold by its weight in "chỉ" ("vàng ta trọng lượng
1 chỉ, 2 chỉ"); a lens's focal length is its name, not a figure ("FE 85mm F1.8")."""

from __future__ import annotations

from helpers import figure_texts as found

from briefing_tui.search.extract.figures import find_figures


def test_a_frequency_in_hertz() -> None:
    assert found("Cát phát ra âm thanh ở tần số 105 Hertz, ở Oman từ 90 đến 150 Hertz.") == ["105 Hertz", "90 đến 150 Hertz"]


def test_the_baht_misspelt_and_the_dong_written_out() -> None:
    assert found("Anh trúng 30 triệu Bath Thái ( gần 20 tỉ Việt Nam đồng), những tưởng sẽ đổi đời.") == [
        "30 triệu Bath", "20 tỉ Việt Nam đồng"]


def test_a_markets_breadth_after_a_slash() -> None:
    got = found("VN30-Index tăng 0,08% với 13 mã tăng/12 mã giảm. Sàn HSX có 102 mã tăng/116 mã giảm.")
    assert {"13 mã", "12 mã", "102 mã", "116 mã"} <= set(got)
    # a number glued to a slash is otherwise a date's or a code's part
    assert "12" not in " ".join(found("Giá vàng tăng/12 lần trong tháng, ngày 5/12 mã giảm."))


def test_gold_by_its_weight() -> None:
    assert found("Người dân chọn vàng ta trọng lượng 1 chỉ, 2 chỉ, 3 chỉ và 5 chỉ. Giá tăng nhẹ.") == ["1 chỉ", "2 chỉ", "3 chỉ", "5 chỉ"]
    assert found("Khách mua vàng nhẫn tròn trơn khoảng 1 đến 3 chỉ hay chọn mua đồng vàng.") == ["1 đến 3 chỉ"]
    # "chỉ" before a verb is "only"; and without gold in the sentence it is no weight
    assert found("Pháo M777 chỉ nặng 4 tấn, rẻ hơn vàng.") == ["4 tấn"]
    assert found("Ông nói 2 chỉ, không hơn.") == []


def test_a_lens_by_its_focal_length_is_no_figure() -> None:
    got = found("Sony ra ống FE 100mm F2.8 STF GM OSS và FE 85mm F1.8, giá 2.000 USD; ống Zeiss Batis 85mm f/1.8 dài 92 mm.")
    assert got == ["2.000 USD", "92 mm"]


def test_pounds_and_watt_hours() -> None:
    assert found("Cá mập nặng xấp xỉ 100lb (tương đương 45kg), con kia 900lb (~410kg).") == ["100lb", "45kg", "900lb", "410kg"]
    assert found("Pin công suất 23 Wh phía trước và pin rời 48 Wh hoặc 73 Wh mặt sau.") == ["23 Wh", "48 Wh", "73 Wh"]


def test_gold_by_its_weight_measures_golds_weight() -> None:
    body = "BTMC chế tác sản phẩm vàng ta trọng lượng nhỏ 0,5 chỉ, 1 chỉ, 2 chỉ, đặc biệt là nhẫn tròn trơn."
    assert {f.text: f.context for f in find_figures(body, body)} == {
        "0,5 chỉ": "trọng lượng vàng", "1 chỉ": "trọng lượng vàng", "2 chỉ": "trọng lượng vàng"}
