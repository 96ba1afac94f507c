"""Officials round 17 (session 29; held-out golds 107 and 109, read as drawn at the session's base, and the
deputies the earlier golds 89 and 97 missed): a deputy named after a bare "đại biểu" in an article about a
legislature, a centre's name in lower case then its own capitalised name, a leader's title then a dash and the
name with no country, the post a person takes up ("nhậm chức", "đắc cử", "tuyên thệ nhậm chức")."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(text)}


@pytest.mark.parametrize(("text", "name", "title"), [
    # a full name after a bare "đại biểu", the article about the National Assembly
    ("Trả lời câu hỏi của đại biểu Cao Thị Xuân, ông Thiện nói rất cảm ơn. Phiên chất vấn của Quốc hội kéo dài.",
     "Cao Thị Xuân", "đại biểu"),
    ("Quốc hội thảo luận dự án sân bay. Đại biểu Trần Anh Tuấn. Thảo luận việc bồi thường, hỗ trợ, tái định cư.",
     "Trần Anh Tuấn", "Đại biểu"),
    # the constituency in brackets or after a comma, with or without the delegation's word
    ("Đại biểu Nguyễn Bá Sơn (Đoàn Đà Nẵng) cho rằng việc tiếp nhận là cần thiết.", "Nguyễn Bá Sơn", "Đại biểu"),
    ("Đại biểu Bùi Thị Quỳnh Thơ (Đoàn ĐBQH Hà Tĩnh) cho rằng, cần sửa luật.", "Bùi Thị Quỳnh Thơ", "Đại biểu"),
    ("Đại biểu Đinh Duy Vượt (tỉnh Gia Lai) nêu thực trạng.", "Đinh Duy Vượt", "Đại biểu"),
    ("Sáng 29/5, đại biểu Nguyễn Văn Cảnh, đoàn Bình Định cho rằng, không nên.", "Nguyễn Văn Cảnh", "đại biểu"),
    ("Đại biểu Trương Trọng Nghĩa (Thành phố Hồ Chí Minh) đánh giá cao câu trả lời.", "Trương Trọng Nghĩa", "Đại biểu"),
    # a centre's lower-case words, then its own name no gazetteer lists, then its head's full name (gold 107)
    ("Theo Giám đốc Trung tâm cai nghiện Thanh Đa Nguyễn Phan Minh, hàng năm rất nhiều người vào trung tâm.",
     "Nguyễn Phan Minh", "Giám đốc Trung tâm cai nghiện Thanh Đa"),
    # a head of government's or a minister's title, a dash, the name (gold 109)
    ("Bộ trưởng Tài chính - Magdalena Andersson cho biết phần lớn số tiền này sẽ được dùng.", "Magdalena Andersson",
     "Bộ trưởng Tài chính"),
    ("Trong khi đó, bà Andersson và Thủ tướng - Stefan Lofven cũng đang chuẩn bị.", "Stefan Lofven", "Thủ tướng"),
    # the post taken up, after the name (gold 109)
    ("Đến đầu năm 2017, sau khi ông Donald Trump nhậm chức Tổng thống, Mỹ đã quyết định rút khỏi TPP.", "Donald Trump",
     "Tổng thống"),
    ("Chỉ 7 ngày sau khi ông Donald Trump tuyên thệ nhậm chức Tổng thống Mỹ, ông Comey bị cách chức.", "Donald Trump",
     "Tổng thống Mỹ"),
    ("Việc ông Donald Trump đắc cử Tổng thống Mỹ gây ra sự chia rẽ.", "Donald Trump", "Tổng thống Mỹ"),
])
def test_found_with_their_post(text, name, title):
    got = found(text)
    assert got.get(name) == title, got


@pytest.mark.parametrize("text", [
    # a congress's delegates, a body's name, and no legislature in the article
    "Hội Khuyến học tỉnh đã tổ chức Đại hội đại biểu Nguyễn Văn An làm chủ trì. Quốc hội đã thông qua luật.",
    "Trưởng ban Công tác đại biểu Nguyễn Thị Thanh cho biết, sau khi có thông tin.",
    "Hội nghị có 200 đại biểu tham dự. Đại biểu Nguyễn Văn Bình chia sẻ kinh nghiệm trồng lúa.",
    # a bare title and a dash before a body, not a person
    "Thủ tướng - Chính phủ đã quyết định giao nhiệm vụ.",
])
def test_no_deputy_is_named(text):
    got = found(text)
    assert not any(title.lower().startswith("đại biểu") for title in got.values()), got
    assert "Chính phủ" not in got


def test_a_deputy_s_own_post_is_shown_before_the_bare_title():
    # "đại biểu" beside a post is left out of the title; "ĐBQH" shows before a bare "đại biểu"
    assert found("Đại biểu Dương Văn Thống - Phó Bí thư Thường trực Tỉnh ủy Yên Bái cho rằng tại Quốc hội.") == {
        "Dương Văn Thống": "Phó Bí thư Thường trực Tỉnh ủy Yên Bái"}
    assert found("ĐBQH Bùi Văn Phương cho biết. Đại biểu Bùi Văn Phương nói tại Quốc hội.") == {
        "Bùi Văn Phương": "ĐBQH"}
