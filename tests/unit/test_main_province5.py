"""Issue 12, session 55 (the first blind main-province golds, 41 and 43, read after their blind score): "Điện Biên Phủ"
is the province only as its city, and "Báo Pháp Luật TP.HCM" opening a sentence is the paper. Every sentence here is
written for the test (never corpus text)."""

from __future__ import annotations

import pytest

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.pipeline import enrich
from briefing_tui.search.extract.provinces import find_provinces
from briefing_tui.search.inputs import RawRecord

NO_SECTION = "http://www.baomoi.com/a/c/1.epi"


def named(text: str) -> list[str]:
    return [m.name for m in find_provinces(normalize(text))]


@pytest.mark.parametrize("text", [
    "Vụ va chạm xảy ra tại ngã ba đường Điện Biên Phủ - Tôn Thất Thiệp.",
    "Ông kể về những ngày chiến đấu ở Điện Biên Phủ năm 1954.",
])
def test_dien_bien_phu_as_a_street_or_the_battle_is_no_province(text: str) -> None:
    assert named(text) == []


@pytest.mark.parametrize("text", [
    "Công an thành phố Điện Biên Phủ đã xác định danh tính.",
    "Vụ việc xảy ra ở phường Mường Thanh (TP Điện Biên Phủ).",
    "Ở phường Mường Thanh (TP.Điện Biên Phủ) đang mưa lớn.",
])
def test_the_city_of_dien_bien_phu_is_the_province(text: str) -> None:
    assert named(text) == ["Điện Biên"]


def test_the_paper_named_after_the_city_opening_a_sentence() -> None:
    assert named("Báo Pháp Luật TP.HCM chân thành cảm ơn bạn đọc.") == []
    assert named("Công an TP.HCM cho biết đã bắt giữ nghi phạm.") == ["Hồ Chí Minh"]  # the police, the place


def test_a_street_named_after_the_battle_leaves_the_city_alone() -> None:
    body = ("Chiều 9/7, một thanh niên lấy trộm thùng bia khi dừng đèn đỏ ở ngã ba đường Điện Biên Phủ - Tôn Thất "
            "Thiệp, quận Hoàn Kiếm, Hà Nội. Công an quận Hoàn Kiếm đã mời người này lên làm việc. Ngã ba Điện Biên Phủ "
            "là nơi thường xuyên ùn tắc.")
    record = RawRecord(id="t", origin="t", text=body, where="t", title="Lấy trộm thùng bia khi dừng đèn đỏ",
                       url=NO_SECTION)
    article = enrich(record)
    assert article.provinces == ("Hà Nội",) and article.main_province == "Hà Nội"
