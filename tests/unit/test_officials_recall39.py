"""Officials round of session 56 (blind officials golds 831 and 833, read after their blind score): a spokesman of a
leader named after a comma and "ông"; a trial's presiding judge after a dash and "ông"; a legislator of the Labour
party; a foreign name after a degree's acronym with its post after it; a foreign firm's head after "ông"."""

from __future__ import annotations

import pytest

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(normalize(text))}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Cùng ngày, người phát ngôn của Thủ tướng Đức, ông Steffen Seibert cho biết bà sẽ đi Mỹ.",
     "Steffen Seibert", "người phát ngôn của Thủ tướng Đức"),
    ("Người phát ngôn của Tổng thống Nga, ông Dmitry Peskov cho biết.",
     "Dmitry Peskov", "Người phát ngôn của Tổng thống Nga"),
])
def test_a_leaders_spokesman_after_a_comma_and_an_honorific(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


def test_the_leaders_name_without_the_comma_stays_the_leaders() -> None:
    assert "Theresa May" in found("Người phát ngôn của Thủ tướng Anh Theresa May cho biết.")


def test_a_presiding_judge_named_after_a_dash() -> None:
    text = "Sau khi HĐXX hội ý, chủ tọa phiên tòa - ông Vũ Thanh Lâm đã ký lệnh áp giải nhân chứng."
    assert found(text) == {"Vũ Thanh Lâm": "chủ tọa phiên tòa"}
    # a clause the presiding judge opens names no one
    assert found("Nhân chứng có tên Mai Phương, chủ tọa phiên tòa đã ký lệnh áp giải.") == {}


def test_a_labour_legislator() -> None:
    text = "Trong bối cảnh nghị sỹ Công đảng Stephen Doughty ngày 6/2 đã thu thập chữ ký của 163 nghị sỹ."
    assert found(text) == {"Stephen Doughty": "nghị sỹ Công đảng"}
    assert found("Công đảng Anh cho biết sẽ bỏ phiếu chống.") == {}


def test_a_foreign_name_after_a_degree_then_its_post() -> None:
    text = "BS Esther Freeman, một trưởng khoa tại Bệnh viện Đa khoa Massachusetts ở Boston, Massachusetts, nói."
    assert found(text) == {"Esther Freeman": "trưởng khoa"}


def test_a_foreign_firms_head_after_an_honorific() -> None:
    text = "Giám đốc điều hành Samsung ông Koh Dong-jin không nói rõ sản phẩm nào có thể bị ảnh hưởng."
    assert found(text) == {"Koh Dong-jin": "Giám đốc điều hành Samsung"}
    assert found("Giám đốc công ty ông Ba cho biết sẽ mở rộng.") == {}


# --- the second round (blind officials golds 839 and 841) ------------------------------------------------------------


def test_a_buddhist_monks_dharma_name() -> None:
    text = ("Phát biểu tại lễ khai mạc, Hòa thượng Thích Thiện Nhơn, Chủ tịch Hội đồng Trị sự Giáo hội Phật giáo Việt "
            "Nam cho biết lễ hội năm nay đón nhiều du khách.")
    assert list(found(text)) == ["Thích Thiện Nhơn"]
    assert found("Thích nghi với biến đổi khí hậu là việc cần làm ngay.") == {}


def test_a_foreign_name_and_its_post_after_cua() -> None:
    text = ("Trên đây là nhận định của Richard Haass, Chủ tịch Hội đồng Quan hệ Đối ngoại của Mỹ, theo báo The "
            "National Interest.")
    assert found(text) == {"Richard Haass": "Chủ tịch Hội đồng Quan hệ Đối ngoại của Mỹ"}
    # a post that opens the next clause is no one's
    assert found("Đây là nhận định của John Smith, Tổng thống Mỹ có quyền phủ quyết.") == {}


def test_a_deputy_general_director_written_ptgd() -> None:
    assert found("PTGĐ Chu Hùng Thắng đại diện FPT Telecom nhận giải.") == {"Chu Hùng Thắng": "PTGĐ"}
    assert found("PTGĐ FPT Telecom Chu Hùng Thắng nhận giải.") == {"Chu Hùng Thắng": "PTGĐ FPT Telecom"}
