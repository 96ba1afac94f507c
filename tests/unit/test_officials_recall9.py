"""Issue 12, officials, round 9 (session 26): a department's head at a hospital or school named like a person,
and a hospital whose name ends in a number.

Found from the held-out draw of seed 51 (a helper's gold, ``benchmarks/audit/officials_gold_heldout51.jsonl``:
"… - Phó Trưởng khoa Nhiễm - Thần kinh Bệnh viện Nhi Đồng 1") and then by probing the grammar with the
same shapes: after a department's words ("Trưởng khoa Nhi", "Trưởng phòng Đào tạo") the hospital's or school's
own name was read as the person ("Bạch Mai", "Tôn Đức Thắng Nguyễn"), and the person after it was lost. Every
sentence is written for the test (never corpus text); the names are invented.
"""

from __future__ import annotations

import pytest

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def officials(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.title) for o in find_officials(normalize(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # a department's head, the hospital named like a person after the department (``_NAMED_BODIES_FIRST``)
    ("Bác sĩ Nguyễn Văn An - Trưởng khoa Nhi Bệnh viện Bạch Mai cho biết.",
     [("Nguyễn Văn An", "Trưởng khoa Nhi Bệnh viện Bạch Mai")]),
    ("Trưởng khoa Cấp cứu Bệnh viện Bạch Mai Trần Văn Bình cho biết như vậy.",
     [("Trần Văn Bình", "Trưởng khoa Cấp cứu Bệnh viện Bạch Mai")]),
    # the same at a school named after a person
    ("Trưởng phòng Đào tạo Trường ĐH Tôn Đức Thắng Nguyễn Văn An cho biết.",
     [("Nguyễn Văn An", "Trưởng phòng Đào tạo Trường ĐH Tôn Đức Thắng")]),
    ("Trưởng phòng Tổ chức Trường THPT Chu Văn An Nguyễn Văn Bình cho biết.",
     [("Nguyễn Văn Bình", "Trưởng phòng Tổ chức Trường THPT Chu Văn An")]),
])
def test_a_department_head_at_a_body_named_like_a_person(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a hospital's number ends its name: the person after it is found, the title keeps the number
    ("Phó Giám đốc Bệnh viện Nhi Đồng 1 Lê Thị Hoa cho biết.", [("Lê Thị Hoa", "Phó Giám đốc Bệnh viện Nhi Đồng 1")]),
    ("Giám đốc Bệnh viện Quân y 175 Phạm Văn Dũng cho biết.", [("Phạm Văn Dũng", "Giám đốc Bệnh viện Quân y 175")]),
    ("Ông Hoàng Minh Tuấn - Phó Trưởng khoa Nội Bệnh viện Nhi Đồng 2 cho hay bệnh đang giảm.",
     [("Hoàng Minh Tuấn", "Phó Trưởng khoa Nội Bệnh viện Nhi Đồng 2")]),
])
def test_a_hospital_named_with_a_number(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "Trưởng khoa Nhi Bệnh viện Bạch Mai cho biết bệnh nhân đã ổn.",  # no one named: the hospital is no person
    "Giám đốc Bệnh viện Chợ Rẫy 3 ngày qua đã họp.",  # a number then a noun: a count, no one named
    "Giám đốc Bệnh viện Bạch Mai cho biết như vậy.",
])
def test_no_one_is_named(text):
    assert officials(text) == []


def test_a_director_after_the_name_is_unchanged():
    assert officials("Ông Nguyễn Văn An - Giám đốc Bệnh viện Bạch Mai cho biết.") == [
        ("Nguyễn Văn An", "Giám đốc Bệnh viện Bạch Mai")]


def test_a_rarer_surname_is_a_name():
    # "Dư" was missing from the surname list (held-out seed 51); a glued dash then the post after the name
    assert officials("Theo BSCKII Dư Tấn Phúc- Phó Trưởng khoa Nội Bệnh viện Nhi Đồng 2 cho hay, bệnh lây nhanh.") == [
        ("Dư Tấn Phúc", "Phó Trưởng khoa Nội Bệnh viện Nhi Đồng 2")]
    assert officials("Phó Chủ tịch UBND tỉnh Cấn Văn Hòa cho biết.") == [("Cấn Văn Hòa", "Phó Chủ tịch UBND tỉnh")]


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence glued on with no full stop: its opening word ends the body's name, and is no foreign name
    ("Ông Trương Văn Dương, Giám đốc BV Đa khoa Hòa Bình Đến ngày 7/7 sẽ hết thời hạn đình chỉ.",
     [("Trương Văn Dương", "Giám đốc BV Đa khoa Hòa Bình")]),
    # (sworn in: the post is hers since session 29's "tuyên thệ nhậm chức"; "Theo Reuters" stays out of it)
    ("Bà Besty Moore tuyên thệ nhậm chức Bộ trưởng Bộ Giáo dục Theo Reuters, sau cuộc tranh luận.",
     [("Besty Moore", "Bộ trưởng Bộ Giáo dục")]),
    # but "Phát triển" goes on a body's name ("phát" is a verb in lower case only)
    ("Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Định Phan Văn Hổ cho biết.",
     [("Phan Văn Hổ", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Định")]),
])
def test_a_sentence_glued_on_ends_the_body(text, expected):
    assert officials(text) == expected
