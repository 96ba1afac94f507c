"""Officials round of session 46 (blind golds 629, read after they were scored, and the 20k corpus): the deputies of
posts listed without a deputy's form keep "Phó" (they were shown as the head), the border guard's name in lower case,
the surname "Uông", and foreign names and countries spelt the Vietnamese way with hyphens ("Vla-đi-mia Pu-tin",
"Cam-pu-chia"), read whole or not at all — never one syllable of them as a name."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(text)}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Phó Tổng Thư ký Liên Hợp Quốc Jan Eliasson cho biết.", "Jan Eliasson", "Phó Tổng Thư ký Liên Hợp Quốc"),
    ("Phó Đại sứ Mỹ Caryn McClelland cho biết.", "Caryn McClelland", "Phó Đại sứ Mỹ"),
    ("Phó Chính ủy Quân khu 7 Trần Văn Nam cho biết.", "Trần Văn Nam", "Phó Chính ủy Quân khu 7"),
    ("Phó Thị trưởng Moskva Natalya Sergunina cho biết.", "Natalya Sergunina", "Phó Thị trưởng Moskva"),
    ("Ông Nguyễn Văn An, Phó Tổng Thư ký Quốc hội cho biết.", "Nguyễn Văn An", "Phó Tổng Thư ký Quốc hội"),
])
def test_a_deputy_is_never_shown_as_the_head(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


def test_a_deputy_commander_in_apposition_with_the_border_guard_in_lower_case() -> None:
    text = ("Chúng tôi liên hệ với Đại tá Trần Thanh Bình - Phó Chỉ huy trưởng Bộ đội biên phòng tỉnh Gia Lai thì nhận "
            "được câu trả lời.")
    people = find_officials(text)
    assert [(o.name, o.title, o.province) for o in people] == [
        ("Trần Thanh Bình", "Phó Chỉ huy trưởng Bộ đội biên phòng tỉnh Gia Lai", "Gia Lai")]


def test_the_surname_uong() -> None:
    text = "Dự có Bộ trưởng Bộ Công an Tô Lâm; Phó Chủ tịch Quốc hội Uông Chu Lưu; các đồng chí nguyên lãnh đạo."
    assert found(text).get("Uông Chu Lưu") == "Phó Chủ tịch Quốc hội"


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Phát biểu tại phiên bế mạc, Tổng Thư ký IPU Mác-tin Chun-gông cho rằng hội nghị thành công.",
     "Mác-tin Chun-gông", "Tổng Thư ký IPU"),
    ("Phát ngôn viên Bộ Ngoại giao Nga Ma-ri-a Gia-kha-rô-va cũng từng cho biết.", "Ma-ri-a Gia-kha-rô-va",
     "Phát ngôn viên Bộ Ngoại giao Nga"),
    ("Chủ tịch Quốc hội Cu-ba Hoan Ết-xtê-ban La-xô Ê-rơ-nan-đết cũng bày tỏ niềm tự hào.",
     "Hoan Ết-xtê-ban La-xô Ê-rơ-nan-đết", "Chủ tịch Quốc hội Cu-ba"),
    ("Thay mặt lãnh đạo, đồng chí Phết-tha-von Phi-lạ-văn, Bí thư Tỉnh ủy, gửi lời cảm ơn.", "Phết-tha-von Phi-lạ-văn",
     "Bí thư Tỉnh ủy"),
])
def test_a_name_spelt_with_hyphens_is_read_whole(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


@pytest.mark.parametrize("text", [
    "Chủ tịch Quốc hội Cu-ba Hoan Ết-xtê-ban La-xô cũng bày tỏ niềm tự hào.",
    "Thủ tướng Cam-pu-chia Hun Xen đã đến dự.",
    "Tổng thống Liên bang Nga Vla-đi-mia Pu-tin, Chủ tịch nước đã sang thăm.",
    "Trung Quốc cách chức cựu Phó Tỉnh trưởng An Huy] Thông báo của CCDI cho biết.",
])
def test_no_syllable_or_country_is_made_a_name(text: str) -> None:
    names = found(text)
    assert not any(n in names for n in ("Vla", "Cu-ba Hoan Ết", "Cam-pu-chia Hun Xen", "An Huy", "Cu-ba Hoan"))
    assert all(not n.startswith(("Cu-ba", "Cam-pu-chia")) and n != "Vla" for n in names)


def test_a_list_of_leaders_spelt_with_hyphens_keeps_each_post_with_its_holder() -> None:
    text = ("Tham dự có Thủ tướng Cam-pu-chia Xăm-đéc Tê-chô Hun Xen, Tổng thống In-đô-nê-xi-a Giô-cô Uy-đô-đô, "
            "Tổng thống Phi-li-pin Rô-đờ-ri-gô Đu-téc-tê.")
    assert found(text) == {"Xăm-đéc Tê-chô Hun Xen": "Thủ tướng Cam-pu-chia",
                           "Giô-cô Uy-đô-đô": "Tổng thống In-đô-nê-xi-a",
                           "Rô-đờ-ri-gô Đu-téc-tê": "Tổng thống Phi-li-pin"}


def test_a_known_holder_spelt_the_vietnamese_way_is_filed_under_the_lists_name_the_text_writes() -> None:
    text = "Tổng thống Nga Vla-đi-mia Pu-tin (Vladimir Putin) và người đồng cấp Mỹ gặp nhau."
    assert found(text) == {"Vladimir Putin": "Tổng thống Nga"}


def test_a_longer_name_is_never_shortened_to_the_lists_form() -> None:
    text = "Ngoại trưởng Iran Mohammad Javad Zarif nói. Sau đó Javad Zarif cười."
    assert found(text) == {"Mohammad Javad Zarif": "Ngoại trưởng Iran"}


def test_a_dash_after_a_foreign_name_still_ends_it() -> None:
    assert found("Việc Tổng thống Mỹ Donald Trump-một người từng tuyên bố vậy.") == {"Donald Trump": "Tổng thống Mỹ"}


def test_the_late_presidents_other_names_are_no_official() -> None:
    text = "Cách đây 94 năm, lãnh tụ Nguyễn Ái Quốc - Chủ tịch Hồ Chí Minh kính yêu đã đến Moskva."
    assert found(text) == {}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Ông Lê Văn Tòng, Thành viên Ban kiểm soát Sacombank cho biết.", "Lê Văn Tòng", "Thành viên Ban kiểm soát"),
    ("Ông Trần Ngọc Dũng, Trưởng ban Kiểm soát Eximbank cho biết.", "Trần Ngọc Dũng", "Trưởng ban Kiểm soát Eximbank"),
    ("Danh sách gồm bà Lê Thị Thanh Mai (Phó BKS Sacombank đương nhiệm); ông Lê Văn Tòng (Thành viên BKS Sacombank "
     "đương nhiệm).", "Lê Văn Tòng", "Thành viên BKS"),
])
def test_a_supervisory_boards_posts(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


def test_an_ambassador_named_as_the_late_president_was_at_birth_stays_an_official() -> None:
    text = "Đại sứ Việt Nam tại Thái Lan Nguyễn Tất Thành đã dự buổi lễ."
    assert found(text) == {"Nguyễn Tất Thành": "Đại sứ Việt Nam tại Thái Lan"}
