"""Main province, session 77: a clock's time zone, "theo giờ Moskva (tức 16h Hà Nội)", is no place of
the news (blind main-province gold vietnews430: a press conference in Moscow made Hà Nội's news). Hà Nội where the news
happens still places it.

Every sentence here is written for the test (never corpus text); docs/extraction.md §9, "Session 77".
"""

from __future__ import annotations

from helpers import record_main_province as article


def test_a_clocks_time_zone_is_no_place_of_the_news() -> None:
    body = ("Cuộc họp báo thường niên của Tổng thống Nga diễn ra vào 12h trưa 20/12 theo giờ Moskva (tức 16h Hà Nội). "
            "Hơn 1.700 phóng viên đăng ký tham dự, nhiều câu hỏi xoay quanh kinh tế và quan hệ đối ngoại của Nga.")
    assert article(body) is None
    # (as before: "giờ" right before the city was no place already)
    body = ("Trận động đất xảy ra lúc 3h40 ngày 9/5 (14h40 giờ Hà Nội) ở độ sâu 10 km ngoài khơi Nhật Bản. Chưa có "
            "thông tin về thương vong, cơ quan khí tượng Nhật Bản đã phát cảnh báo sóng thần cho các tỉnh ven biển.")
    assert article(body) is None


def test_the_city_where_the_news_happens_still_places_it() -> None:
    body = ("Lúc 16h chiều qua, tại phường Cống Vị, quận Ba Đình, Hà Nội, một đám cháy lớn bùng phát ở nhà dân. Lực "
            "lượng cứu hỏa Hà Nội đã có mặt sau 10 phút và dập tắt đám cháy, không có thiệt hại về người.")
    assert article(body) == "Hà Nội"
    # (a time before the city with no bracket closing on it: the city's own news, "Lúc 16h Hà Nội mưa lớn")
    body = ("Lúc 16h Hà Nội bắt đầu mưa lớn, nhiều tuyến phố ở quận Hoàn Kiếm và quận Đống Đa ngập sâu. Công ty thoát "
            "nước Hà Nội đã huy động hàng trăm công nhân ứng trực tại các điểm ngập.")
    assert article(body) == "Hà Nội"
