"""Main province, session 64: the two great airports named twice or more ("sân bay quốc tế Nội Bài", "Cảng hàng không
quốc tế Tân Sơn Nhất") are mentions of the city they serve (``provinces.find_districts``): a story at the airport is the
city's. Named once, the airport is where someone flew from or landed (a state visit's return), no place of the story.
Long Thành's airport, being built, is Đồng Nai's.

Every sentence here is written for the test (never corpus text); docs/extraction.md §9, "Session 64".
"""

from __future__ import annotations

from briefing_tui.search.extract.pipeline import enrich
from briefing_tui.search.inputs import RawRecord

NO_SECTION = "http://www.baomoi.com/a/c/1.epi"


def main(body: str, title: str | None = None) -> str | None:
    return enrich(RawRecord(id="t", origin="t", text=body, where="t", title=title, url=NO_SECTION)).main_province


GOLF_COURSE = (
    "Bộ Quốc phòng đang rà soát việc đầu tư sân golf trong sân bay Tân Sơn Nhất. Theo Cục Hàng không, diện tích sân golf "
    "nằm trong quy hoạch mở rộng sân bay Tân Sơn Nhất về phía Bắc. Các chuyên gia đề nghị lấy lại đất để xây đường băng "
    "và nhà ga mới, giảm ùn tắc cho Cảng hàng không quốc tế Tân Sơn Nhất vào giờ cao điểm."
)
ABANDONED_PLANE = (
    "Chiếc máy bay bị bỏ lại tại sân bay quốc tế Nội Bài từ năm 2007 sẽ được đem ra đấu giá. Chủ máy bay không có nhu cầu "
    "nhận lại, trong khi chi phí lưu bãi tại sân bay Nội Bài đã lên tới hàng trăm nghìn USD."
)
STATE_VISIT = (
    "Chiều 15/5, Chủ tịch nước kết thúc tốt đẹp chuyến thăm cấp nhà nước tới Trung Quốc. Hai bên đã ký 12 văn kiện hợp "
    "tác. Chuyên cơ chở Chủ tịch nước và đoàn đã hạ cánh xuống sân bay quốc tế Nội Bài lúc 18 giờ cùng ngày."
)


def test_a_story_at_the_airport_is_its_citys():
    assert main(GOLF_COURSE) == "Hồ Chí Minh"
    assert main(ABANDONED_PLANE) == "Hà Nội"


def test_an_airport_named_once_is_no_place_of_the_story():
    assert main(STATE_VISIT) is None
    # nor a road or an expressway named after it ("cao tốc Nội Bài - Lào Cai" is a route, not the airport)
    assert main("Xe khách gặp nạn trên cao tốc Nội Bài - Lào Cai đoạn qua tỉnh Yên Bái, 3 người bị thương. Công an tỉnh "
                "Yên Bái đang điều tra.") == "Yên Bái"


def test_long_thanhs_airport_is_dong_nais():
    body = ("Quốc hội đồng ý tách dự án bồi thường, tái định cư sân bay Long Thành thành dự án riêng. Theo tờ trình, việc "
            "giải phóng mặt bằng cho Cảng hàng không quốc tế Long Thành cần khoảng 23.000 tỷ đồng.")
    assert main(body) == "Đồng Nai"
