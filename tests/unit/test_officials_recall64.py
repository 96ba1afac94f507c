"""Officials round of session 80 (blind batch 127): another article's headline after "Xem thêm" or "Đọc thêm" names its
own people, not this article's officials; a president's deputy assistant ("phó Trợ lý tổng thống") is a post."""

from __future__ import annotations

from helpers import record_officials as officials


def test_a_read_more_headline_names_no_official() -> None:
    body = ("Tổng thống Mỹ Donald Trump ký sắc lệnh cấm công dân từ 7 nước nhập cảnh Mỹ trong vòng 90 ngày.\n"
            "Xem thêm > > Sự hờ hững bất thường Donald Trump dành cho Tập Cận Bình\n"
            "Thẩm phán James Robart đã ra lệnh tạm dừng sắc lệnh.")
    assert officials(body) == [("Donald Trump", "Tổng thống Mỹ"), ("James Robart", "Thẩm phán")]
    body = ("Cảnh sát London cho biết nghi phạm đã bị bắn gục.\n"
            "Đọc thêm > > > Hình ảnh ông Kim Jong Un cõng cấp dưới ăn mừng gây chú ý\n"
            "Bộ trưởng Nội vụ Anh Amber Rudd kêu gọi người dân bình tĩnh.")
    assert officials(body) == [("Amber Rudd", "Bộ trưởng Nội vụ Anh")]


def test_a_person_named_in_the_article_and_in_a_headline_is_kept() -> None:
    body = ("Chủ tịch Trung Quốc Tập Cận Bình tiếp đoàn doanh nhân Mỹ tại Bắc Kinh.\n"
            "Xem thêm: Sự hờ hững bất thường Donald Trump dành cho Tập Cận Bình\n"
            "Hai bên thảo luận về quan hệ Mỹ - Trung.")
    assert officials(body) == [("Tập Cận Bình", "Chủ tịch Trung Quốc")]


def test_a_presidents_deputy_assistant() -> None:
    assert officials("Ông Everett Eissenstat, phó Trợ lý tổng thống phụ trách các vấn đề kinh tế quốc tế, sẽ đại diện "
                     "cho Nhà Trắng tại cuộc họp.") == [("Everett Eissenstat", "phó Trợ lý tổng thống")]
