"""Figures round of session 59 (held-out figures golds 879 and 881, read after their blind score): a rank reached
written in words, a range of English decimals whose dash is glued to its top."""

from __future__ import annotations

from briefing_tui.search.extract.figures import find_figures


def ranks(sentence: str) -> list[tuple[str, float, str]]:
    return [(f.text, f.value, f.unit) for f in find_figures(sentence, sentence)]


def test_a_rank_reached_in_words() -> None:
    assert ranks("Chỉ số năng lực cạnh tranh của tỉnh đứng thứ bảy cả nước.") == [("đứng thứ bảy", 7.0, "hạng")]
    assert ranks("Năm nay Việt Nam đứng thứ sáu về số sinh viên du học.") == [("đứng thứ sáu", 6.0, "hạng")]
    assert ranks("Đội bóng tụt xuống vị trí thứ ba.") == [("tụt xuống vị trí thứ ba", 3.0, "hạng")]
    assert ranks("Đội tuyển xếp thứ nhất toàn đoàn.") == [("xếp thứ nhất", 1.0, "hạng")]
    # the digits' rule is kept, and "và thứ N" after a worded place
    assert ranks("Hai đội lần lượt xếp thứ ba và thứ 6.") == [("xếp thứ ba", 3.0, "hạng"), ("6", 6.0, "hạng")]


def test_a_weekday_is_no_rank() -> None:
    assert ranks("Hôm thứ bảy, cả đội đứng yên trên sân tập.") == []
    assert ranks("Thứ sáu tuần này đội sẽ ra sân.") == []
    assert ranks("Đội xếp hạng ba trong giải.") == []  # no "thứ": a class, not read as a place here


def test_an_english_decimal_range_with_its_dash_glued_to_the_top() -> None:
    sentence = "Giá vàng miếng giảm về mức 36.27 -36.34 triệu đồng/lượng (mua vào – bán ra)."
    assert [(f.text, f.value, f.value_max, f.unit) for f in find_figures(sentence, sentence)] == [
        ("36.27 -36.34 triệu đồng/lượng", 36_270_000.0, 36_340_000.0, "đồng/lượng")]
    # a version glued to a name by its dash is still no decimal
    assert find_figures("Phiên bản BVDC-2.3 lần này ra mắt.", "x") == []
