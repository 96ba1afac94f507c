"""Officials round of session 43: well-known office holders a text names with no post (``known_people``,
``search/data/known_officials.txt``). Of the 484 names the held-out
officials golds listed and extraction missed, 101 were names the 20k corpus titles elsewhere, mostly world leaders
named bare ("chính quyền Trump", "Barack Obama đến Scotland"). "Chủ tịch Hồ Chí Minh" stays out, as before."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.known_people import known_forms, known_mentions
from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(text)}


@pytest.mark.parametrize(("text", "name"), [
    ("Obama gây sốt ở sân golf. Barack Obama đến Scotland để diễn thuyết trong buổi gây quỹ.", "Barack Obama"),
    ("Chính quyền Trump bảo vệ lệnh cấm nhập cảnh.", "Trump"),
    ("Ông Trump nói rằng ông sẽ gặp ông Tập hồi tháng 4 ở Florida.", "Trump"),
    ("Hôm 1/7, Chủ tịch Trung Quốc Tập Cận Bình Tập Cận Bình tới Hong Kong.", "Tập Cận Bình"),
    ("Nhà cách mạng thời kỳ Stalin ở Liên Xô bị thanh trừng.", "Stalin"),
    ("Triệt hạ được nhà độc tài Muammar Gadhafi, nhưng Libya lâm vào nội chiến.", "Muammar Gadhafi"),
    ("Tổng thống Nga Vla-đi-mia Pu-tin (Vladimir Putin) và người đồng cấp Mỹ gặp nhau.", "Vladimir Putin"),
])
def test_a_known_office_holder_named_bare(text: str, name: str) -> None:
    assert name in found(text)


def test_listed_once_under_the_fullest_form_the_text_writes() -> None:
    people = find_officials("Obama nói. Sau đó Barack Obama rời Nhà Trắng. Obama cười.")
    assert [o.name for o in people] == ["Barack Obama"]
    assert people[0].title == ""  # the text gives no post: none is made up


def test_the_post_the_rules_find_is_kept() -> None:
    assert found("Ông Trump phát biểu. Tổng thống Mỹ Donald Trump cho biết ông sẽ đến.") == {"Donald Trump": "Tổng thống Mỹ"}


def test_in_order_of_first_mention() -> None:
    text = "Chính quyền Trump và Thủ tướng Nguyễn Xuân Phúc đã thảo luận; Putin không dự."
    assert [o.name for o in find_officials(text)] == ["Trump", "Nguyễn Xuân Phúc", "Putin"]


@pytest.mark.parametrize("text", [
    "Tàu sân bay USS Ronald Reagan đã cập cảng Đà Nẵng.",  # a ship
    "Tàu USS John S. McCain của Hải quân Mỹ bị đâm.",  # a ship, a surname after an initial
    "Trump Tower ở New York được tăng cường an ninh.",  # a building: the surname before a capitalised word
    "Donald Trump Jr. đã gặp một luật sư Nga.",  # the son
    "Ông học chính sách công tại Đại học Lý Quang Diệu.",  # a university
    "Họ sống trên đường Nguyễn Tấn Dũng.",  # a street
    "Tổng thống tranh luận với ứng viên Dân chủ Joe Biden.",  # a candidate is running for a post, not holding one
    "Melania Trump mặc váy trắng. Trump không xuất hiện cùng vợ.",  # the bare surname may be the other Trump's
])
def test_not_the_office_holder(text: str) -> None:
    names = found(text)
    assert not {"Ronald Reagan", "McCain", "Trump", "Donald Trump", "Lý Quang Diệu", "Nguyễn Tấn Dũng",
                "Joe Biden"} & set(names), names


@pytest.mark.parametrize("text", [
    "Ngày 11/6/1948, Chủ tịch Hồ Chí Minh đã ra Lời kêu gọi thi đua ái quốc.",
    "Ông đến TP Hồ Chí Minh công tác.",
])
def test_ho_chi_minh_is_not_on_the_list(text: str) -> None:
    # the issue counts "Hồ Chí Minh — Chủ tịch" among the officials facet's junk (test_officials_recall23.py)
    assert found(text) == {}


def test_forms_and_mentions() -> None:
    assert {"Donald Trump", "Trump", "D. Trump"} <= set(known_forms("Trump"))
    assert known_forms("Nguyễn Văn A") == ("Nguyễn Văn A",)
    assert known_mentions("Không ai ở đây.") == []
    assert [name for _, name in known_mentions("Putin gặp Vladimir Putin? Không, Merkel gặp Putin.")] == [
        "Vladimir Putin", "Merkel"]


def test_a_bare_short_name_is_filed_under_the_listed_full_name() -> None:
    from briefing_tui.search.query.official_aliases import official_aliases

    titles = {"Steven Mnuchin": "Bộ trưởng Tài chính", "Donald Trump": "Tổng thống", "Marco Polo": "Thống đốc"}
    sizes = {"Steven Mnuchin": 3, "Mnuchin": 2, "Donald Trump": 9, "Polo": 1, "Marco Polo": 2}
    # "Mnuchin" is never given a post, but it is a form of the listed "Steven Mnuchin"; "Polo" is on no list
    assert official_aliases(sizes, titles.get) == {"Mnuchin": "Steven Mnuchin"}


def test_a_ship_named_after_the_person_is_the_ship_throughout() -> None:
    text = ("Tàu sân bay chạy bằng năng lượng hạt nhân Ronald Reagan đã rời cảng. Theo kế hoạch, USS Ronald Reagan sẽ "
            "thay thế tàu khác.")
    assert "Ronald Reagan" not in found(text)
    assert "Ronald Reagan" in found("Thời Tổng thống Ronald Reagan, Mỹ tăng chi tiêu quốc phòng. Ronald Reagan nói.")


@pytest.mark.parametrize(("text", "name"), [
    ("Vị tổng thống từng yêu cầu James Comey, giám đốc FBI vừa bị sa thải, dừng điều tra.", "James Comey"),  # "yêu cầu"
    ("Ông Tập Cận Bình dự tiệc do Trưởng Đặc khu Lương Chấn Anh tổ chức.", "Lương Chấn Anh"),  # "Đặc khu", no place
    ("Lãnh đạo phe Dân chủ tại Hạ viện Nancy Pelosi đã bác bỏ lời kêu gọi.", "Nancy Pelosi"),  # "Hạ viện"
    ("Trump từng yêu cầu Giám đốc FBI Comey cam kết trung thành. Các cộng sự của Comey sau đó lên tiếng.", "Comey"),
])
def test_a_words_last_syllable_is_no_place_noun(text: str, name: str) -> None:
    assert name in found(text)


def test_a_form_glued_to_the_word_before_is_not_that_form() -> None:
    # the tree pattern has no look-behind: a match inside a longer word is dropped and the search goes on after
    # its first letter, so the surname of "sĩChuck Schumer" (a space lost) is still found, and "XObama" is nothing
    assert [name for _, name in known_mentions("Thượng nghị sĩChuck Schumer tỏ ra lo ngại.")] == ["Schumer"]
    assert known_mentions("Hãng XObama ra mắt.") == []
