"""Officials round of session 47 (blind gold 633, read after it was scored): a post with its body then a Vietnamese name
in full after a comma ("CEO của VinFast, Nguyễn Thị Vân Anh, cho biết"), and a foreign expert quoted with "theo" and
their post in apposition ("theo Bill Russo, Giám đốc công ty tư vấn Automobility Ltd")."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, tuple[str, str | None]]:
    return {o.name: (o.title, o.organisation) for o in find_officials(text, None, text)}


@pytest.mark.parametrize(("text", "name", "title", "body"), [
    ("CEO của VinFast, Nguyễn Thị Vân Anh, cho biết công ty sẽ ra mắt tại Bắc Mỹ.", "Nguyễn Thị Vân Anh",
     "CEO của VinFast", "VinFast"),
    ("Nhưng nặng đô hơn, đấy là nguyên Phó Chủ tịch VFF thời đó, Lê Hùng Dũng, với phát ngôn gây sốc.", "Lê Hùng Dũng",
     "Phó Chủ tịch VFF", "VFF"),  # ("thời đó", then: no part of the post)
    ("Thị trường rất khó, theo Bill Russo, Giám đốc công ty tư vấn Automobility Ltd và là cựu Giám đốc của Chrysler.",
     "Bill Russo", "Giám đốc công ty tư vấn Automobility Ltd", "công ty tư vấn Automobility Ltd"),
    ("Theo Bill Russo, Giám đốc Automobility Ltd, thị trường khó.", "Bill Russo", "Giám đốc Automobility Ltd",
     "Automobility Ltd"),
])
def test_named_after_a_post_and_its_comma_or_quoted_with_a_post(text: str, name: str, title: str, body: str) -> None:
    assert found(text).get(name) == (title, body), found(text)


@pytest.mark.parametrize("text", [
    "Theo John Smith, Tổng thống Mỹ có quyền sa thải giám đốc FBI.",  # the post opens the next clause
    "Chủ tịch nói rằng, Nguyễn Văn An sẽ tới.",  # what the chairman said, not his name
    "Theo Hà Nội, Giám đốc Sở nói.",  # a place, no one's name
])
def test_no_post_given_to_the_name(text: str) -> None:
    assert found(text) == {}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Tổng giám đốc Bảo hiểm xã hội VN Nguyễn Thị Minh khẳng định, tình trạng trục lợi vẫn còn.", "Nguyễn Thị Minh",
     "Tổng giám đốc Bảo hiểm xã hội VN"),
    ("Chủ tịch Tổng Liên đoàn Lao động Việt Nam Bùi Văn Cường cho biết.", "Bùi Văn Cường",
     "Chủ tịch Tổng Liên đoàn Lao động Việt Nam"),
    ("Bí thư Đoàn Thanh niên xã Yên Sở Nguyễn Văn Dũng cho biết.", "Nguyễn Văn Dũng",
     "Bí thư Đoàn Thanh niên xã Yên Sở"),
])
def test_agencies_written_out(text: str, name: str, title: str) -> None:
    assert found(text).get(name, ("",))[0] == title, found(text)
    assert "Đoàn Thanh" not in found(text)  # the youth union, not a person surnamed Đoàn
