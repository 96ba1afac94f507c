"""Officials round of session 42 (read from the misses of all held-out officials golds): a crown prince before his
country and a foreign name, as a queen ("Thái tử Saudi Arabia Mohammed bin Salman"); a name after "bin" (son of) is
his father's, so the king "Quốc vương Saudi Arabia Salman" is not filed under his son; a two-word country before a
surname is no given name ("Arabia Salman" was listed)."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(text)}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Tổng thống Mỹ Donald Trump đã điện đàm với tân Thái tử Saudi Arabia Mohammed bin Salman.", "Mohammed bin Salman",
     "Thái tử Saudi Arabia"),
    ("Năm 1995, Thái tử Qatar Hamad bin Khalifa Al Thani lật đổ vua cha.", "Hamad bin Khalifa Al Thani", "Thái tử Qatar"),
    ("Thái tử Đan Mạch Frederik tới Hà Nội.", "Frederik", "Thái tử Đan Mạch"),
])
def test_a_crown_prince_before_his_country_and_name(text: str, name: str, title: str) -> None:
    assert found(text)[name] == title


@pytest.mark.parametrize("text", [
    "Thái tử Salman đã gặp ông Trump.",
    "Câu chuyện về chàng thái tử và cô bé lọ lem được kể lại.",
])
def test_no_crown_prince_without_country_and_name(text: str) -> None:
    assert not [t for t in found(text).values() if "Thái tử" in t or "thái tử" in t]


def test_the_king_is_not_his_son() -> None:
    text = ("Quốc vương Saudi Arabia Salman đã phế truất cháu trai. Thái tử Saudi Arabia Mohammed bin Salman sẽ kế vị "
            "vua cha Salman.")
    assert found(text) == {"Salman": "Quốc vương Saudi Arabia", "Mohammed bin Salman": "Thái tử Saudi Arabia"}


def test_a_surname_alone_still_joins_the_full_name_written_elsewhere() -> None:
    text = "Ông Vladimir Putin phát biểu tại Moscow. Tổng thống Nga Putin khẳng định lập trường."
    assert found(text) == {"Vladimir Putin": "Tổng thống Nga"}
