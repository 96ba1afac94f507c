"""Main province, session 71: a publisher named after its city ("Nhà Xuất bản (NXB) Hà Nội", "NXB Hà Nội") is the
company, not the place, as "Công ty Cổ phần Xây dựng Hòa Bình" is (blind main-province gold 295: a reader's question on
the bidding law).

Every sentence here is written for the test (never corpus text); docs/extraction.md §9, "Session 71".
"""

from __future__ import annotations

from helpers import record_main_province as main

TITLE = "Đơn vị trực thuộc có được tự thực hiện gói thầu?"


def test_a_publisher_named_after_a_city_is_no_place() -> None:
    for publisher in ("Nhà Xuất bản (NXB) Hà Nội", "NXB Hà Nội", "Nhà xuất bản Hà Nội"):
        body = (f"Ông Nguyễn Văn Đạt hỏi: {publisher} có chi nhánh trực thuộc, hạch toán độc lập thì có được giao tự "
                "thực hiện gói thầu in ấn không? Bộ Kế hoạch và Đầu tư trả lời như sau.")
        assert main(body, TITLE) is None, publisher


def test_the_city_itself_still_counts() -> None:
    body = ("Sáng nay, tại Hà Nội, nhà xuất bản đã ra mắt bộ sách mới. Buổi ra mắt diễn ra tại phố Đinh Lễ, quận Hoàn "
            "Kiếm, Hà Nội, với sự tham gia của nhiều độc giả.")
    assert main(body, "Ra mắt bộ sách mới tại Hà Nội") == "Hà Nội"
