"""Issue 12, "what it measures", round 2 (session 21): a count of people names what befell them, a count's
noun stops before a whose-noun with a demonstrative, a conjunction never starts the phrase, a few size nouns
and amount qualifiers, and a value word left alone names a sum. Sentences are written for the test in the
corpus's shapes.
"""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def measures(sentence: str, text: str) -> str:
    found = {f.text: f.context for f in find_figures(sentence, sentence)}
    assert text in found, found
    return found[text]


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        ("Vụ tai nạn làm 13 người bị thương nặng.", "13 người", "người bị thương"),
        ("Hơn 30 người bị ngộ độc sau bữa tiệc cưới.", "30 người", "người bị ngộ độc"),
        ("Khoảng 900 chiến binh nước này đang chiến đấu ở nước ngoài.", "900 chiến binh", "chiến binh"),
        ("Anh và cô bạn gái hơn 13 tuổi đi dạo trên phố.", "13 tuổi", "cô bạn gái"),
        ("Tòa lâu đài nằm trên khuôn viên 50.000 m2, là di tích nổi tiếng.", "50.000 m2", "khuôn viên"),
        ("Anh hoàn thành cự ly 21 km tại giải chạy.", "21 km", "cự ly"),
        ("Cửa hàng có biên lợi nhuận chưa tới 5%.", "5%", "biên lợi nhuận"),
        ("Nhóm cướp lấy đi nhiều tiền mặt, tổng trị giá gần 3,1 triệu USD, cảnh sát cho biết.", "3,1 triệu USD",
         "tổng trị giá"),
    ],
)
def test_measures(sentence: str, text: str, expected: str) -> None:
    assert measures(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        ("Trong 4 biển xanh đó có 1 biển chưa cấp.", "4 biển", "biển xanh"),  # a demonstrative of the whole
        ("Dự án gồm khuôn viên 6 trường đại học lớn.", "6 trường", "trường đại học lớn"),  # a count, not a size
        ("Xe đạt tốc độ tối đa 250 km/h.", "250 km/h", "tốc độ tối đa"),
    ],
)
def test_kept(sentence: str, text: str, expected: str) -> None:
    assert measures(sentence, text) == expected


@pytest.mark.parametrize(
    ("sentence", "text", "expected"),
    [
        ("Hai người đã có một con chung 5 tuổi.", "5 tuổi", "con chung"),
        ("Ngôi làng nằm ven sông, chỉ cách Hội An chưa đầy 6 km.", "6 km", "cách Hội An"),
    ],
)
def test_openers(sentence: str, text: str, expected: str) -> None:
    assert measures(sentence, text) == expected
