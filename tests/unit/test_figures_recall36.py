"""Figures round of session 70 (blind figures golds 1163–1165 and the pooled golds): a number of times written with an
English decimal point ("tắc bóng trung bình 4.4 lần mỗi trận"), where a version's or a date's dot stays no decimal
("BVDC 2.3 lần này")."""

from __future__ import annotations

from briefing_tui.search.extract.figures import find_figures


def found(body: str) -> list[str]:
    return [f.text for f in find_figures(body, body)]


def test_times_with_a_decimal_point() -> None:
    got = {f.text: (f.value, f.unit) for f in find_figures(*["Gonalons tắc bóng trung bình 4.4 lần mỗi trận."] * 2)}
    assert got == {"4.4 lần": (4.4, "lần")}
    assert found("Tỷ lệ cứu thua trung bình mỗi trận của anh là 1.42 lần.") == ["1.42 lần"]


def test_no_decimal_in_a_version_or_a_date_before_lan() -> None:
    assert found("Có điều, BVDC 2.3 lần này phải trải qua khóa học.") == []
    assert found("Ngày 23.6 lần đầu tiên có mưa lớn.") == []
    assert found("Sáng 12.5 lần thứ hai đội tuyển tập luyện.") == []
