"""Issue 12, officials, round 8 (session 25): party boards, spokespeople "of" a ministry, bodies with their
acronym in brackets, the police's departments, judges, prosecutors and village heads.

Probing the grammar with the constructions left from round 7 found these giving no one (the rule each test
needs is named beside it). Every sentence is written for the test (never corpus text); the names are invented.
"""

from __future__ import annotations

import pytest

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def officials(text: str) -> list[tuple[str, str, str | None]]:
    return [(o.name, o.title, o.organisation) for o in find_officials(normalize(text))]


@pytest.mark.parametrize(("text", "expected"), [
    # "Trưởng ban" names its board like "Trưởng phòng" (``_BODY_NAMED``): the province after the party
    # committee no longer ends the post with no one named
    ("Trưởng Ban Tổ chức Tỉnh ủy Quảng Ninh Nguyễn Văn Hùng cho biết như vậy.",
     [("Nguyễn Văn Hùng", "Trưởng Ban Tổ chức Tỉnh ủy Quảng Ninh", "Ban Tổ chức Tỉnh ủy Quảng Ninh")]),
    ("Trưởng ban Tuyên giáo Thành ủy Hà Nội Vũ Đức Minh phát biểu tại hội nghị.",
     [("Vũ Đức Minh", "Trưởng ban Tuyên giáo Thành ủy Hà Nội", "Ban Tuyên giáo Thành ủy Hà Nội")]),
    ("Phó Trưởng ban Dân vận Tỉnh ủy Nghệ An Lê Thị Hoa cho biết.",
     [("Lê Thị Hoa", "Phó Trưởng ban Dân vận Tỉnh ủy Nghệ An", "Ban Dân vận Tỉnh ủy Nghệ An")]),
])
def test_party_board_heads_are_found(text, expected):
    assert officials(text) == expected


def test_a_spokesperson_of_a_ministry_is_found():
    # "của" between the post and a body (``role_chain``)
    assert officials("Người phát ngôn của Bộ Ngoại giao Lê Thị Thu Hằng cho biết như vậy.") == [
        ("Lê Thị Thu Hằng", "Người phát ngôn của Bộ Ngoại giao", "Bộ Ngoại giao")]


@pytest.mark.parametrize("text", [
    "người phát ngôn của Apple cho biết như vậy.",
    "Người phát ngôn của hãng cho biết như vậy.",
])
def test_a_spokesperson_of_a_company_names_no_one(text):
    assert officials(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # lower-case words closed by the body's acronym in brackets (``_lower_before_acronym``)
    ("Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) Hà Nội Nguyễn Văn Cảm cho biết.",
     [("Nguyễn Văn Cảm", "Giám đốc Trung tâm Kiểm soát bệnh tật (CDC) Hà Nội",
       "Trung tâm Kiểm soát bệnh tật (CDC) Hà Nội")]),
    # the acronym after a listed body, then the rest of its name (``org_end``)
    ("Giám đốc Trung tâm Y tế (TTYT) huyện Đông Anh Nguyễn Văn Anh cho biết.",
     [("Nguyễn Văn Anh", "Giám đốc Trung tâm Y tế (TTYT) huyện Đông Anh", "Trung tâm Y tế (TTYT) huyện Đông Anh")]),
])
def test_bodies_with_their_acronym_in_brackets(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the police's departments go on in lower case (``_ORG_FIXED``), before the rank after a comma (round 7)
    ("Trưởng phòng Cảnh sát giao thông Công an tỉnh Nghệ An, Thượng tá Nguyễn Văn Hải cho biết.",
     [("Nguyễn Văn Hải", "Trưởng phòng Cảnh sát giao thông Công an tỉnh Nghệ An",
       "Cảnh sát giao thông Công an tỉnh Nghệ An")]),
    ("Trưởng phòng Cảnh sát hình sự Công an tỉnh Bình Dương Trần Văn Hùng cho biết.",
     [("Trần Văn Hùng", "Trưởng phòng Cảnh sát hình sự Công an tỉnh Bình Dương",
       "Cảnh sát hình sự Công an tỉnh Bình Dương")]),
])
def test_police_department_heads_are_found(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Thẩm phán Nguyễn Thị Mai chủ tọa phiên tòa.", [("Nguyễn Thị Mai", "Thẩm phán", None)]),
    ("Kiểm sát viên Nguyễn Văn Tâm đề nghị mức án.", [("Nguyễn Văn Tâm", "Kiểm sát viên", None)]),
    ("Trưởng thôn Nguyễn Văn Bình cho biết nước đã rút.", [("Nguyễn Văn Bình", "Trưởng thôn", None)]),
    # two capitalised words after a village head's post are the village (``_VILLAGE_HEADS``), three a person
    ("Ông Trần Văn Nam, Trưởng ấp Phú Hòa, cho biết.", [("Trần Văn Nam", "Trưởng ấp Phú Hòa", "Phú Hòa")]),
    ("Bà Lê Thị Hạnh - trưởng thôn Đông Xá cho hay nước đã rút.", [("Lê Thị Hạnh", "trưởng thôn Đông Xá", "Đông Xá")]),
])
def test_judges_prosecutors_and_village_heads_are_found(text, expected):
    assert officials(text) == expected


def test_a_village_is_no_person():
    assert officials("Trưởng thôn Đông Xá cho biết nước đã rút.") == []


def test_a_person_after_a_bracketed_acronym_is_still_the_official():
    # (guard: the bracket is the body's end when a person follows it, not a place: ``_bracketed_body``)
    assert officials("Giám đốc Cục Điều tra Liên bang (FBI) James Comey cho biết.") == [
        ("James Comey", "Giám đốc Cục Điều tra Liên bang (FBI)", "Cục Điều tra Liên bang (FBI)")]


def test_a_department_named_after_trưởng_phòng_still_reads_its_own_words():
    # (guard: the listed police bodies are tried first only where one is written)
    assert officials("Trưởng phòng Giáo dục và Đào tạo quận Hai Bà Trưng Nguyễn Văn Hùng cho biết.") == [
        ("Nguyễn Văn Hùng", "Trưởng phòng Giáo dục và Đào tạo quận Hai Bà Trưng",
         "Giáo dục và Đào tạo quận Hai Bà Trưng")]


@pytest.mark.parametrize(("text", "expected"), [
    # generals and admirals are posts in themselves (recall gold: an admiral and two generals named so were missed)
    ("Đô đốc John Miller cho rằng trật tự quốc tế cần được giữ.", [("John Miller", "Đô đốc", None)]),
    ("Thiếu tướng Lê Văn Hùng, chỉ huy lực lượng ở khu vực, cho biết.", [("Lê Văn Hùng", "Thiếu tướng", None)]),
    ("Trung tướng Trần Văn Quý, Thứ trưởng Bộ Công an cho biết.",
     [("Trần Văn Quý", "Trung tướng, Thứ trưởng Bộ Công an", "Bộ Công an")]),
    # (a post before the rank keeps the title it had: the rank after a comma only names the officer)
    ("Giám đốc Công an tỉnh Nghệ An, Thiếu tướng Nguyễn Văn Hùng cho biết.",
     [("Nguyễn Văn Hùng", "Giám đốc Công an tỉnh Nghệ An", "Công an tỉnh Nghệ An")]),
])
def test_generals_and_admirals_are_officials(text, expected):
    assert officials(text) == expected


def test_lower_ranks_alone_name_no_official():
    # a captain or a major with no post is a person title, as before (police officers quoted in passing)
    assert officials("Thượng úy Đinh Văn Hồng cho biết đã lập biên bản.") == []


def test_a_board_member_in_apposition_is_an_official():
    # held-out seed 45: a board member named after the person, in lower case
    assert officials("Ông Karl Weber, thành viên Hội đồng quản trị Siemens, cho biết như vậy.") == [
        ("Karl Weber", "thành viên Hội đồng quản trị Siemens", "Siemens")]  # (the company since session 33)


def test_a_representative_alone_is_no_post():
    # ("đại diện" was tried as a post: agents, firms and a hospital became officials; it stays out)
    assert officials("Ông Mino Rossi, đại diện của cầu thủ, cho biết anh sẽ ở lại.") == []
