"""Main province, session 76: a person's university named after the city on their résumé ("tốt nghiệp Trường Đại học
Luật Hà Nội") and a lawyer's bar in the bracket after their name ("luật sư A (Đoàn Luật sư TP. HCM)") say where the
person studied or works, not where the news happens (blind main-province golds vietnews403 and vietnews413); a district
in such a bracket still places the story.

Every sentence here is written for the test (never corpus text); docs/extraction.md §9, "Session 76".
"""

from __future__ import annotations

from helpers import record_main_province as article


def test_a_university_on_a_resume_is_no_place_of_the_news() -> None:
    body = ("Ngân hàng thương mại cổ phần A vừa bổ nhiệm bà Trần Thị B làm Phó tổng giám đốc phụ trách nhân sự. "
            "Bà B sinh năm 1977, tốt nghiệp Trường Đại học Luật Hà Nội, khoa Luật Kinh tế và thạc sỹ Trường Đại học "
            "Luật Hà Nội. Trước đó bà làm giám đốc nhân sự tại nhiều ngân hàng lớn.")
    assert article(body) is None


def test_a_lawyers_bar_in_brackets_is_no_place_of_the_news() -> None:
    body = ("Bộ Công an vừa cấp giấy chứng nhận người bào chữa cho luật sư của một cựu lãnh đạo tập đoàn nhà nước. "
            "Người được mời bào chữa là luật sư Phan Văn C (Đoàn Luật sư TP. HCM). Vụ án đang được cơ quan điều tra "
            "của Bộ Công an xử lý theo quy định.")
    assert article(body) is None


def test_a_district_in_the_bracket_still_places_the_story() -> None:
    body = ("Đề thi toán vào lớp 10 năm nay được đánh giá là khó. Cô Hoàng Mỹ D, tổ trưởng tổ toán của trường THCS "
            "Đức Trí (quận 1) nhận xét đề có nhiều câu phân loại. Nhiều học sinh ra khỏi phòng thi với gương mặt buồn.")
    assert article(body) == "Hồ Chí Minh"
