"""Issue 12, figures' recall: measured quantities the extraction missed on real articles.

Read against hand-written gold (benchmarks/audit_extract.py ``score-figures``), 24 corpus articles showed
the misses by kind: a unit written against its number ("16ha", "5km", "41MW"), units written with capitals
("48 MP", "33 W", "5.000 mAh", "120 Hz"), a height ("1m80"), a percent with a decimal point ("99.99%"), a
price list in "đ/kg". Every sentence here is written for the test.
"""

from __future__ import annotations

import pytest

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.figures import find_figures


def figures(text: str) -> list[tuple[str, float, float | None, str | None]]:
    return [(f.text, f.value, f.value_max, f.unit) for f in find_figures(normalize(text), text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dự án xây dựng trên diện tích 16ha ở ven sông.", ("16ha", 16.0, None, "ha")),
        ("Điểm du lịch nằm cách trung tâm thành phố khoảng 25km về phía nam.", ("25km", 25.0, None, "km")),
        ("Nhà máy đang vận hành tổ máy mang tải 41MW vào buổi chiều.", ("41MW", 41.0, None, "MW")),
        ("Ông được giao lô đất rộng 1.285m2 không đúng đối tượng.", ("1.285m2", 1285.0, None, "m2")),
        ("Vỉa hè phố cổ có mặt cắt ngang từ 2,5 – 3,5m theo khảo sát.", ("2,5 – 3,5m", 2.5, 3.5, "m")),
        ("Chiếc xe tăng tốc từ 0-100km/h trong 4 giây.", ("0-100km/h", 0.0, 100.0, "km/h")),
        ("Hồ xả về hạ du với lưu lượng 150m 3 /s từ chiều qua.", ("150m 3 /s", 150.0, None, "m³/s")),
    ],
)
def test_a_unit_written_against_its_number(text: str, expected: tuple[str, float, float | None, str]) -> None:
    assert expected in figures(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Máy có ống kính chính 48 MP ở mặt sau.", ("48 MP", 48.0, None, "MP")),
        ("Pin có dung lượng 5.000 mAh và hỗ trợ sạc nhanh.", ("5.000 mAh", 5000.0, None, "mAh")),
        ("Máy hỗ trợ công nghệ sạc nhanh 33 W cho cả hai bản.", ("33 W", 33.0, None, "W")),
        ("Chỉ bản cao cấp có màn hình tần số quét 120 Hz mà thôi.", ("120 Hz", 120.0, None, "Hz")),
    ],
)
def test_units_written_with_capitals(text: str, expected: tuple[str, float, float | None, str]) -> None:
    assert expected in figures(text)


def test_a_height_written_1m80() -> None:
    assert ("1m80", 1.8, None, "m") in figures("Anh có chiều cao nổi bật 1m80 so với các bạn cùng lớp.")


def test_a_percent_with_a_decimal_point() -> None:
    found = figures("Tấm lọc giúp kháng khuẩn lên đến 99.99% và khối khách sạn đạt 10.6% công suất.")
    assert [(f[1], f[3]) for f in found] == [(99.99, "%"), (10.6, "%")]


def test_money_after_an_acronym_is_money() -> None:
    # an acronym before a bare number makes it a code ("OM 2517"); before a sum it is what the sum is of
    assert ("200 tỷ USD", 200e9, None, "USD") in figures("Quy mô GDP 200 tỷ USD của cả nước năm nay.")
    assert figures("Giống lúa OM 2517 được gieo cấy nhiều.") == []
    assert figures("Hai mẫu iPhone 12 đồng loạt giảm giá trong tháng này.") == []


def test_a_price_list_in_dong_and_cents() -> None:
    found = figures("Giá cà phê chè ICE 145,95 UScent/lb. Thịt bò thăn bán lẻ 220000 đ/kg tại chợ.")
    assert [(f[0], f[1], f[3]) for f in found] == [("145,95 UScent/lb", 145.95, "UScent/lb"), ("220000 đ/kg", 220000.0, "đ/kg")]


@pytest.mark.parametrize(
    "text",
    [
        "Nhà mạng thử nghiệm mạng 5G và gói 4G mới cho khách hàng.",
        "Bộ phim được chiếu bằng công nghệ 3D và độ phân giải 4K.",
        "Gạo Xi23 được bán ở chợ đầu mối với nhiều loại khác.",
        "Ronaldo bước lên chấm 11m và sút tung lưới đối phương.",
        "Nhà máy đang chạy tổ máy 1, còn tổ máy 2 ngừng dự phòng.",
        "Hãng có chính sách bảo hành 1 đổi 1 cho khách hàng.",
    ],
)
def test_codes_names_and_the_penalty_spot_stay_no_figures(text: str) -> None:
    assert figures(text) == []


def test_a_measure_after_a_thing_does_not_make_its_one_a_count() -> None:
    # "1 viên sỏi" is "a pebble" whose size the measure after it gives, not a count of pebbles
    found = figures("Vật thể làm thủng kính xe là 1 viên sỏi có đường kính khoảng 2cm theo công an.")
    assert [f[0] for f in found] == ["2cm"]
    # a measure beside it in a list keeps the "1": one handful and one litre
    assert [f[0] for f in figures("Theo bác sĩ, 1 nắm hạt với 1 lít nước là đủ cho một ngày.")] == ["1 nắm", "1 lít"]
    # (moved from test_extract_real.py, where "5 MB" was no figure either: capitals were no unit then)
    assert [f[0] for f in figures("Ông tải 1 bài hát dung lượng 5 MB trong vài giây.")] == ["5 MB"]


def test_a_terminal_escape_is_no_measure() -> None:
    # hostile text: "\x9b31m" and "\x1b[31m" set a terminal's colour; "31m" after them is no 31 metres
    assert figures("Thân bài mở đầu \x9b31m tiếp theo, cây cao 31m.") == [("31m", 31.0, None, "m")]
    assert figures("Thân bài \x1b[1;31m tiếp theo.") == []
