"""Main province, session 65: a road accident's place is written "(quốc lộ X) đoạn qua xã A, huyện B, tỉnh C" — the
stretch of the road the crash happened on. The province named there scores twice more than a mention does
(``provinces._STRETCH_RE``), so the victims' home addresses, named one by one, no longer tie with it (blind
main-province gold 134; on the 20k corpus 9 of 218 articles writing "đoạn qua" move, 6 to the place of the crash).

Every sentence here is written for the test (never corpus text); docs/extraction.md §9, "Session 65".
"""

from __future__ import annotations

from helpers import record_main_province as main

CRASH = (
    "Rạng sáng nay, một xe khách va chạm với xe container trên quốc lộ 5, đoạn qua xã Cẩm Điền, huyện Cẩm Giàng, tỉnh "
    "Hải Dương, khiến 2 người thiệt mạng. Các nạn nhân là anh Trần Văn Nam (trú quận Long Biên, Hà Nội) và chị Lê Thị "
    "Hoa (trú quận Cầu Giấy, Hà Nội). Cơ quan chức năng đang điều tra nguyên nhân vụ tai nạn."
)
EXPRESSWAY_WORKS = (
    "Bộ Giao thông vận tải cho biết, dự án cao tốc Bắc - Nam sẽ khởi công đoạn qua tỉnh Thanh Hóa trong năm nay. Các "
    "đoạn qua Nghệ An, Hà Tĩnh và Quảng Bình sẽ làm sau, khi đủ vốn. Tổng vốn toàn tuyến khoảng 118.000 tỷ đồng."
)


def test_the_stretch_of_road_a_crash_happened_on():
    assert main(CRASH) == "Hải Dương"


def test_a_national_road_through_many_provinces_names_none():
    # each stretch's province scores once more, so a list of them still leaves no one province ahead
    assert main(EXPRESSWAY_WORKS) is None
