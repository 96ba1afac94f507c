"""Main province, session 73: "Nhà Hoà Bình" (the Peace House at Panmunjom) is a building, not the province (blind
main-province gold vietnews351: a Trump–Kim story had Hòa Bình as its province).

Every sentence here is written for the test (never corpus text); docs/extraction.md §9, "Session 73".
"""

from __future__ import annotations

from briefing_tui.search.extract.pipeline import enrich
from briefing_tui.search.inputs import RawRecord

NO_SECTION = "http://www.baomoi.com/a/c/1.epi"


def article(body: str) -> tuple[tuple[str, ...], str | None]:
    a = enrich(RawRecord(id="t", origin="t", text=body, where="t", url=NO_SECTION))
    return tuple(a.provinces), a.main_province


def test_the_peace_house_is_no_province() -> None:
    body = ("Ông Trump nói Nhà Hoà Bình của Hàn Quốc trong Bàn Môn Điếm sẽ là một địa điểm tuyệt vời cho cuộc gặp. "
            "Hai bên cũng bàn về Nhà Hoà Bình và Nhà Tự Do trong khu vực an ninh chung.")
    assert article(body) == ((), None)


def test_the_province_itself_stays() -> None:
    body = ("Sáng nay, UBND tỉnh Hoà Bình tổ chức hội nghị về phòng chống lũ quét. Tỉnh Hoà Bình có 10 huyện và "
            "một thành phố.")
    assert article(body) == (("Hòa Bình",), "Hòa Bình")
