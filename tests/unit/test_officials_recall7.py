"""Issue 12, officials, round 7 (session 24): posts in courts, procuracies, hospitals and centres, and an
officer's rank between a post and the name.

Probing the grammar with the constructions of provincial news found these common ones giving no one (the
rule each test needs is named beside it). Every sentence is written for the test (never corpus text); the
names are invented or public figures'.
"""

from __future__ import annotations

import pytest

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def officials(text: str) -> list[tuple[str, str, str | None]]:
    return [(o.name, o.title, o.organisation) for o in find_officials(normalize(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # courts and procuracies: the body's name goes on in lower case ("tối cao", "nhân dân")
    ("Chánh án TAND tối cao Nguyễn Văn An phát biểu tại hội nghị.",
     [("Nguyễn Văn An", "Chánh án TAND tối cao", "TAND tối cao")]),
    ("Viện trưởng VKSND tỉnh Nghệ An Lê Minh Tâm cho biết như vậy.",
     [("Lê Minh Tâm", "Viện trưởng VKSND tỉnh Nghệ An", "VKSND tỉnh Nghệ An")]),
    ("Phó Viện trưởng Viện Kiểm sát nhân dân tỉnh Quảng Nam Trần Văn Bình cho biết.",
     [("Trần Văn Bình", "Phó Viện trưởng Viện Kiểm sát nhân dân tỉnh Quảng Nam",
       "Viện Kiểm sát nhân dân tỉnh Quảng Nam")]),
    ("Chánh án Tòa án nhân dân huyện Gia Lâm Nguyễn Thị Mai cho biết.",
     [("Nguyễn Thị Mai", "Chánh án Tòa án nhân dân huyện Gia Lâm", "Tòa án nhân dân huyện Gia Lâm")]),
])
def test_court_and_procuracy_heads_are_found(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Giám đốc Bệnh viện Chợ Rẫy Phạm Văn An cho biết.",
     [("Phạm Văn An", "Giám đốc Bệnh viện Chợ Rẫy", "Bệnh viện Chợ Rẫy")]),
    ("Giám đốc Bệnh viện Đa khoa tỉnh Phú Thọ Nguyễn Văn Tâm cho biết như vậy.",
     [("Nguyễn Văn Tâm", "Giám đốc Bệnh viện Đa khoa tỉnh Phú Thọ", "Bệnh viện Đa khoa tỉnh Phú Thọ")]),
    ("Giám đốc Trung tâm Y tế huyện Gia Lâm Nguyễn Văn Bình cho biết.",
     [("Nguyễn Văn Bình", "Giám đốc Trung tâm Y tế huyện Gia Lâm", "Trung tâm Y tế huyện Gia Lâm")]),
    # a hospital named like a person, or after one: its name ends where a full name ends the capitalised words
    ("Giám đốc Bệnh viện Bạch Mai Đào Văn An cho biết như vậy.",
     [("Đào Văn An", "Giám đốc Bệnh viện Bạch Mai", "Bệnh viện Bạch Mai")]),
    ("Giám đốc Bệnh viện Nguyễn Tri Phương Lê Văn Bình cho biết.",
     [("Lê Văn Bình", "Giám đốc Bệnh viện Nguyễn Tri Phương", "Bệnh viện Nguyễn Tri Phương")]),
    ("Ông Lê Văn Bình, Giám đốc Bệnh viện Bạch Mai cho biết.",
     [("Lê Văn Bình", "Giám đốc Bệnh viện Bạch Mai", "Bệnh viện Bạch Mai")]),
])
def test_hospital_and_centre_heads_are_found(text, expected):
    assert officials(text) == expected


def test_a_hospital_named_like_a_person_is_no_one():
    assert officials("Giám đốc Bệnh viện Bạch Mai cho biết bệnh viện đã sẵn sàng.") == []
    assert officials("Giám đốc Bệnh viện Nguyễn Tri Phương cho biết.") == []
    assert officials("Giám đốc Bệnh viện Đa khoa TP Buôn Ma Thuột cho biết.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Trưởng Công an huyện Đông Anh, Thượng tá Nguyễn Văn Hòa cho biết như vậy.",
     [("Nguyễn Văn Hòa", "Trưởng Công an huyện Đông Anh", "Công an huyện Đông Anh")]),
    ("Phó Giám đốc Công an TP Hà Nội, Đại tá Nguyễn Văn Hòa cho biết.",
     [("Nguyễn Văn Hòa", "Phó Giám đốc Công an TP Hà Nội", "Công an TP Hà Nội")]),
    ("Giám đốc Công an tỉnh Quảng Ninh, Thiếu tướng Lê Văn Bình nói.",
     [("Lê Văn Bình", "Giám đốc Công an tỉnh Quảng Ninh", "Công an tỉnh Quảng Ninh")]),
])
def test_an_officers_rank_between_the_post_and_the_name(text, expected):
    assert [(name, title) for name, title, _ in officials(text)] == [(name, title) for name, title, _ in expected]


def test_a_rank_after_a_post_with_no_name_gives_no_one():
    # the rank opens a list of several officers: the sentence does not go on after one name
    assert officials("Trưởng Công an huyện, Thượng tá Nguyễn Văn Hòa và Trung tá Lê Văn Bình dự.") == []


def test_a_two_word_district_before_a_full_name():
    assert officials("Giám đốc Bệnh viện Đa khoa huyện Can Lộc Lê Thế An - thành viên đoàn kiểm tra cho biết.") == [
        ("Lê Thế An", "Giám đốc Bệnh viện Đa khoa huyện Can Lộc", "Bệnh viện Đa khoa huyện Can Lộc")]
    assert officials("Chủ tịch UBND quận Ngô Quyền Đặng Văn Thưởng cho biết.") == [
        ("Đặng Văn Thưởng", "Chủ tịch UBND quận Ngô Quyền", "UBND quận Ngô Quyền")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Giám đốc Kho bạc Nhà nước tỉnh Nguyễn Văn Bình cho biết.",
     [("Nguyễn Văn Bình", "Giám đốc Kho bạc Nhà nước tỉnh", "Kho bạc Nhà nước tỉnh")]),
    # a province inside the body's name ends it: not "Ninh Nguyễn Văn Bình", not "An Nguyễn Văn Bình"
    ("Giám đốc Cảng vụ Hàng hải Quảng Ninh Nguyễn Văn Bình cho biết.",
     [("Nguyễn Văn Bình", "Giám đốc Cảng vụ Hàng hải Quảng Ninh", "Cảng vụ Hàng hải Quảng Ninh")]),
    ("Giám đốc Điện lực Nghệ An Nguyễn Văn Bình cho biết.",
     [("Nguyễn Văn Bình", "Giám đốc Điện lực Nghệ An", "Điện lực Nghệ An")]),
    ("Chủ tịch Liên đoàn Lao động tỉnh Nguyễn Văn Bình cho biết.",
     [("Nguyễn Văn Bình", "Chủ tịch Liên đoàn Lao động tỉnh", "Liên đoàn Lao động tỉnh")]),
    ("Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam Vũ Văn Lộc trả lời.",
     [("Vũ Văn Lộc", "Chủ tịch Phòng Thương mại và Công nghiệp Việt Nam",
       "Phòng Thương mại và Công nghiệp Việt Nam")]),
    ("Dự có Tổng Giám đốc Thông tấn xã Việt Nam Nguyễn Văn Lợi, Tổng Giám đốc Đài Tiếng nói Việt Nam Lê Văn Kỷ.",
     [("Nguyễn Văn Lợi", "Tổng Giám đốc Thông tấn xã Việt Nam", "Thông tấn xã Việt Nam"),
      ("Lê Văn Kỷ", "Tổng Giám đốc Đài Tiếng nói Việt Nam", "Đài Tiếng nói Việt Nam")]),
])
def test_more_public_bodies_before_a_name(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a school named after a person, then its head; or its head named before it
    ("Hiệu trưởng Trường THPT Chu Văn An Nguyễn Văn Bình cho biết.",
     [("Nguyễn Văn Bình", "Hiệu trưởng Trường THPT Chu Văn An", "Trường THPT Chu Văn An")]),
    ("Ông Lê Văn Tâm, Hiệu trưởng Trường THPT Nguyễn Du cho biết.",
     [("Lê Văn Tâm", "Hiệu trưởng Trường THPT Nguyễn Du", "Trường THPT Nguyễn Du")]),
    ("Ông Lê Văn Tâm, Hiệu trưởng Trường THPT Chu Văn An cho biết.",
     [("Lê Văn Tâm", "Hiệu trưởng Trường THPT Chu Văn An", "Trường THPT Chu Văn An")]),
])
def test_schools_named_after_people(text, expected):
    assert officials(text) == expected


def test_a_district_after_a_youth_union_is_no_one():
    # the district is the youth union's ("Quan Sơn" is no one); since session 27 the year of birth in brackets no
    # longer hides the post from the woman it belongs to
    assert officials("Bà Lương Thị Hương (sinh năm 1988), Phó Bí thư Huyện đoàn Quan Sơn, tỉnh Thanh Hóa.") == [
        ("Lương Thị Hương", "Phó Bí thư Huyện đoàn Quan Sơn", "Huyện đoàn Quan Sơn")]
    assert officials("Bí thư Huyện đoàn Quan Sơn cho biết như vậy.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # a committee "of the National Assembly": the "của" phrase belongs to the body
    ("Chủ nhiệm Ủy ban Kinh tế của Quốc hội Vũ Văn Thanh cho biết.",
     [("Vũ Văn Thanh", "Chủ nhiệm Ủy ban Kinh tế của Quốc hội", "Ủy ban Kinh tế của Quốc hội")]),
    ("Ông Vũ Văn Thanh, Chủ nhiệm Ủy ban Kinh tế của Quốc hội cho biết.",
     [("Vũ Văn Thanh", "Chủ nhiệm Ủy ban Kinh tế của Quốc hội", "Ủy ban Kinh tế của Quốc hội")]),
    # names with commas and dashes
    ("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng cho biết.",
     [("Nguyễn Văn Hùng", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch", "Bộ Văn hóa, Thể thao và Du lịch")]),
    ("Thứ trưởng Bộ Lao động - Thương binh và Xã hội Lê Văn Dũng cho biết.",
     [("Lê Văn Dũng", "Thứ trưởng Bộ Lao động - Thương binh và Xã hội", "Bộ Lao động - Thương binh và Xã hội")]),
    # "và" before a post ends a body: two people, two posts
    ("Dự có ông Ngô Văn Lịch, Bộ trưởng Bộ Quốc phòng và Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội"
     " Võ Văn Việt.",
     [("Ngô Văn Lịch", "Bộ trưởng Bộ Quốc phòng", "Bộ Quốc phòng"),
      ("Võ Văn Việt", "Chủ nhiệm Ủy ban Quốc phòng và An ninh của Quốc hội",
       "Ủy ban Quốc phòng và An ninh của Quốc hội")]),
    # a city after "TP." or "thành phố" is the place, also when it is named like a person
    ("Ông Phan Văn Thương (Chủ tịch UBND TP. Cao Lãnh) và ông Đặng Văn Nang (Phó Chủ tịch UBND TP. Cao Lãnh) dự.",
     [("Phan Văn Thương", "Chủ tịch UBND TP. Cao Lãnh", "UBND TP. Cao Lãnh"),
      ("Đặng Văn Nang", "Phó Chủ tịch UBND TP. Cao Lãnh", "UBND TP. Cao Lãnh")]),
    ("Chủ tịch UBND TP Phan Thiết Nguyễn Văn An cho biết.",
     [("Nguyễn Văn An", "Chủ tịch UBND TP Phan Thiết", "UBND TP Phan Thiết")]),
    ("Chủ tịch UBND TP. Hà Nội Nguyễn Văn Chung cho biết.",
     [("Nguyễn Văn Chung", "Chủ tịch UBND TP. Hà Nội", "UBND TP. Hà Nội")]),
])
def test_bodies_of_bodies_lists_and_cities(text, expected):
    assert officials(text) == expected


def test_a_city_is_never_the_mayor():
    assert [name for name, _, _ in officials("Thị trưởng thành phố New York cho biết thành phố đã sẵn sàng.")] == []
