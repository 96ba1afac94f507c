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


def main_of(body: str, title: str) -> str | None:
    return enrich(RawRecord(id="t", origin="t", text=body, where="t", title=title, url=NO_SECTION)).main_province


def test_two_provinces_named_once_the_leads_wins_over_one_named_late() -> None:
    body = ("Ngày 2/7, đội Cảnh sát hình sự công an thị xã Dĩ An, Bình Dương cho biết vừa triệt phá băng cướp gồm năm "
            "đối tượng, bắt giữ ba người và thu giữ hai xe máy cùng nhiều hung khí. Các đối tượng khai nhận đã thực hiện "
            "nhiều vụ cướp giật tài sản của phụ nữ đi đường vào ban đêm. Cơ quan điều tra cho biết các đối tượng thường "
            "chọn những đoạn đường vắng, ít đèn chiếu sáng để ra tay rồi nhanh chóng tẩu thoát. Công an thị xã đã lập "
            "hồ sơ, tiếp tục mở rộng điều tra để làm rõ các vụ việc khác mà nhóm này gây ra trong thời gian qua. Người dân "
            "bị hại được đề nghị đến trụ sở công an để trình báo. Nhóm này từng gây án trên địa bàn thị xã Dĩ An, thị xã "
            "Thuận An và quận Thủ Đức (TP.HCM). Vụ việc đang được mở rộng điều tra.")
    assert main_of(body, "Triệt phá băng cướp chuyên tìm con mồi là phụ nữ") == "Bình Dương"
    # both named in the lead, once each: no one stands out
    both = ("Ngày 2/7, công an Bình Dương và công an Đồng Nai phối hợp triệt phá băng cướp gồm năm đối tượng. "
            + body.split(". ", 1)[1].replace(" và quận Thủ Đức (TP.HCM)", ""))
    assert main_of(both.replace("Nhóm này từng gây án trên địa bàn thị xã Dĩ An, thị xã Thuận An. ", ""),
                   "Triệt phá băng cướp chuyên tìm con mồi là phụ nữ") is None
    # unless the places where it happened are one's districts (session 58: Dĩ An and Thuận An are Bình Dương's)
    assert main_of(both, "Triệt phá băng cướp chuyên tìm con mồi là phụ nữ") == "Bình Dương"
