"""Officials round of session 50 (blind officials golds 695 and 697, read after their blind score): a district's or a
town's party committee before its head's full name, where the place's second word is also a surname ("Huyện ủy Mộc
Châu Hà Trung Chiến"); the second of two former holders listed with "và" ("hai cựu Ngoại trưởng Mỹ A và B"); each side
of a meeting "giữa" two posts, the first named after a comma ("giữa Bộ trưởng Tài chính Qatar, A và Bộ trưởng …")."""

from __future__ import annotations

import pytest

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(normalize(text))}


@pytest.mark.parametrize(("text", "expected"), [
    ("Sau chiến công lớn, Bí thư Huyện ủy Mộc Châu Hà Trung Chiến và Phó Bí thư Thường trực Huyện ủy Vân Hồ Lường "
     "Văn Huân đã đến thăm, động viên.",
     {"Hà Trung Chiến": "Bí thư Huyện ủy Mộc Châu", "Lường Văn Huân": "Phó Bí thư Thường trực Huyện ủy Vân Hồ"}),
    ("Bí thư Huyện ủy Lục Ngạn Nguyễn Văn An đã đến thăm.", {"Nguyễn Văn An": "Bí thư Huyện ủy Lục Ngạn"}),
    ("Bí thư Huyện ủy Nguyễn Văn An đã đến thăm.", {"Nguyễn Văn An": "Bí thư Huyện ủy"}),  # no place: as before
    ("Bí thư Huyện ủy Nguyễn Thị Minh Hằng đã đến thăm.", {"Nguyễn Thị Minh Hằng": "Bí thư Huyện ủy"}),
    ("Bí thư Quận ủy Tân Bình Nguyễn Văn An đã đến thăm.", {"Nguyễn Văn An": "Bí thư Quận ủy Tân Bình"}),
])
def test_a_district_committee_and_its_head(text: str, expected: dict[str, str]) -> None:
    assert found(text) == expected


def test_two_former_holders_joined_by_va() -> None:
    text = "Những người ký có hai cựu Ngoại trưởng Mỹ John Kerry và Madeleine Albright, cùng nhiều người khác."
    assert found(text) == {"John Kerry": "cựu Ngoại trưởng Mỹ", "Madeleine Albright": "cựu Ngoại trưởng Mỹ"}
    text = "Còn có hai cựu Giám đốc CIA Michael Hayden và Michael Morell ký tên."
    assert set(found(text)) == {"Michael Hayden", "Michael Morell"}


def test_each_side_of_a_meeting() -> None:
    text = ("Thỏa thuận đạt được sau cuộc gặp giữa Bộ trưởng Tài chính Qatar, Ali Sherif al-Emadi và Bộ trưởng Kinh tế "
            "Italy Pier Carlo Padoan.")
    assert found(text) == {"Ali Sherif al-Emadi": "Bộ trưởng Tài chính Qatar",
                           "Pier Carlo Padoan": "Bộ trưởng Kinh tế Italy"}


def test_a_name_then_va_and_no_post_is_still_no_apposition() -> None:
    # "…, A và B" with no post after "và" may list people the post does not name: left as before
    assert "Trần Văn Bình" not in found("Giám đốc Sở Y tế, ông Nguyễn Văn Thắng và ông Trần Văn Bình đã dự.")


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Va chạm với ôtô do ông Trịnh Ngọc Hải (36 tuổi, Trưởng phòng Giáo dục và Đào tạo huyện Than Uyên) điều khiển.",
     "Trịnh Ngọc Hải", "Trưởng phòng Giáo dục và Đào tạo huyện Than Uyên"),
    ("Bệnh nhân Nguyễn Thị Lựu (51 tuổi, Phó chánh văn phòng HĐND tỉnh Gia Lai) được chuyển viện.",
     "Nguyễn Thị Lựu", "Phó chánh văn phòng HĐND tỉnh Gia Lai"),
])
def test_a_post_after_the_age_in_brackets(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title, found(text)


def test_an_age_and_an_address_in_brackets_give_no_post() -> None:
    assert found("Ông Nguyễn Văn An (52 tuổi, trú xã Tân Lập) cho biết.") == {}
