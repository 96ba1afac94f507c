"""Officials rounds of session 34. Round 51 (held-out golds 249 and 251, read as drawn at b2bfa8a): a district,
town or ward written after its kind's abbreviation in a body's name, glued or spaced ("Phó Chủ tịch UBND Q. Thanh
Khê Nguyễn Thanh Xuân", "Chủ tịch UBND TX.Kỳ Anh (Hà Tĩnh)", "Trưởng Công an Q.Bình Thạnh", "Chủ tịch UBND Q.1
(TP.HCM) Trần Thế Thuận"): ~90 such bodies on the 20k corpus."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(text)}


ROUND_51 = [
    ("Phó Chủ tịch UBND Q. Thanh Khê Nguyễn Thanh Xuân cho rằng, vấn đề quản lý hạ tầng cũng cấp bách.",
     "Nguyễn Thanh Xuân", "Phó Chủ tịch UBND Q. Thanh Khê"),
    ("Chủ tịch UBND Q.1 (TP.HCM) Trần Thế Thuận cho biết quận sẽ lập lại trật tự vỉa hè.", "Trần Thế Thuận",
     "Chủ tịch UBND Q.1 (TP.HCM)"),
    ("Chủ tịch UBND TX.Kỳ Anh (Hà Tĩnh) Nguyễn Văn An cho biết thị xã đã di dời 200 hộ.", "Nguyễn Văn An",
     "Chủ tịch UBND TX.Kỳ Anh (Hà Tĩnh)"),
    ("Ông Nguyễn Văn Hải, Chủ tịch UBND TX.Sông Cầu, cho biết vào mùa mưa.", "Nguyễn Văn Hải",
     "Chủ tịch UBND TX.Sông Cầu"),
    ("Ông Lê Văn Minh, Trưởng Công an Q. Bình Thạnh cho biết: Theo lời khai ban đầu.", "Lê Văn Minh",
     "Trưởng Công an Q. Bình Thạnh"),
    ("Trưởng Công an H.Diễn Châu Nguyễn Văn Toàn cho biết đã tạm giữ 3 người.", "Nguyễn Văn Toàn",
     "Trưởng Công an H.Diễn Châu"),
    ("Phó Chủ tịch UBND Q.Hai Bà Trưng Nguyễn Quang Trung cho biết.", "Nguyễn Quang Trung",
     "Phó Chủ tịch UBND Q.Hai Bà Trưng"),
    ("Chủ tịch UBND TP.Phan Thiết Nguyễn Ngọc Hai nói.", "Nguyễn Ngọc Hai", "Chủ tịch UBND TP.Phan Thiết"),
]


@pytest.mark.parametrize(("text", "name", "title"), ROUND_51)
def test_found_with_their_post(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


@pytest.mark.parametrize("text", [
    # a name's initial right after a post is no district ("H." only after a body's words)
    "Chủ tịch H.Nguyễn cho biết như vậy.",
    # a district's abbreviation with no name after the body
    "Lãnh đạo UBND Q. Cẩm Lệ khen thưởng đột xuất cho các chiến sĩ.",
])
def test_no_one_wrongly_given_a_post(text: str) -> None:
    assert found(text) == {}
