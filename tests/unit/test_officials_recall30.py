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
     "nguyên Phó Chủ tịch VFF", "VFF"),  # ("thời đó", then: no part of the post; "nguyên", former, is)
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


@pytest.mark.parametrize(("text", "name", "title"), [
    # blind golds 651 and 653, read after they were scored
    ("Tổng Giám đốc Tổng Công ty Cảng hàng không Việt Nam Lê Mạnh Hùng nhận xét.", "Lê Mạnh Hùng",
     "Tổng Giám đốc Tổng Công ty Cảng hàng không Việt Nam"),
    ("Tổng Giám đốc Tổng Công ty Cảng hàng không Lê Mạnh Hùng nhận xét.", "Lê Mạnh Hùng",
     "Tổng Giám đốc Tổng Công ty Cảng hàng không"),
    ("Thanh tra Bộ GD-ĐT hiện nay có ông Nguyễn Đức Cường là Chánh Thanh tra và 2 Phó Chánh thanh tra.",
     "Nguyễn Đức Cường", "Chánh Thanh tra"),
    ("Hiện nay ông Nguyễn Đức Cường là Chánh Thanh tra Bộ GD-ĐT.", "Nguyễn Đức Cường", "Chánh Thanh tra Bộ GD-ĐT"),
    ("Đánh giá kết quả sau 15 ngày, Phó Giám đốc công ty Phạm Văn Đức cho biết, việc ứng dụng có hiệu quả.",
     "Phạm Văn Đức", "Phó Giám đốc công ty"),
])
def test_named_after_a_firm_in_lower_case_or_said_to_hold_a_post(text: str, name: str, title: str) -> None:
    assert found(text).get(name, ("",))[0] == title, found(text)


@pytest.mark.parametrize("text", [
    "Giám đốc bệnh viện Nguyễn Tri Phương cho biết bệnh nhân đã ổn định.",  # a hospital named after a person
    "Gia đình có ông Nguyễn Văn A là người cao tuổi nhất làng.",  # no post
])
def test_no_official_from_a_named_body_or_a_description(text: str) -> None:
    assert found(text) == {}


def test_a_quoted_foreigner_after_a_clause_with_a_described_post() -> None:
    text = ("Khi được hỏi về lời mời, Anna Richey-Allen, một phát ngôn viên Cục Đông Á của Bộ Ngoại giao Mỹ, cho rằng "
            "Washington hy vọng.")
    assert "Anna Richey-Allen" in found(text)


def test_a_firm_named_like_a_person_after_its_legal_form_is_no_person() -> None:
    text = "Ông Vũ Văn Sùng, Giám đốc Công ty TNHH xây dựng Vũ Hoàng Dương cho biết: Đơn vị đã bỏ vào công trình."
    assert set(found(text)) == {"Vũ Văn Sùng"}
