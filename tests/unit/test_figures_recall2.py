"""Issue 12, figures' recall: the misses of the second held-out gold (seed 33, 45 figures, 38 found as
drawn at 986a017).

Each kind was missed by a rule meant for something else: "cỡ" excluded clothing sizes and took ship and gun
sizes with them, "lúc" a time and took "cùng lúc" (at once), an acronym before a number made a code of a
screen size, "lần" was a stop word however many times were counted, and a multiplier took one number only.
Sentences written for the test in the corpus's shapes; guards show what stays out.
"""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def found(text: str) -> list[tuple[str, float, float | None, str | None]]:
    return [(f.text, f.value, f.value_max, f.unit) for f in find_figures(text, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mỗi quả tên lửa có thể đánh chìm một tàu chiến cỡ 5.000 tấn.", ("5.000 tấn", 5000.0, None, "tấn")),
        ("Tàu mang cặp pháo cỡ 30mm bắn nhanh.", ("30mm", 30.0, None, "mm")),
        ("Tổ hợp có khả năng tiêu diệt cùng lúc 4 mục tiêu.", ("4 mục tiêu", 4.0, None, "mục tiêu")),
        ("Tỉ lệ tiêu diệt mục tiêu gấp 3-4 lần tổ hợp cũ.", ("gấp 3-4 lần", 3.0, 4.0, "lần")),
        ("Đoạn video được xem hơn 26.000 lần kể từ khi đăng tải.", ("26.000 lần", 26000.0, None, "lần")),
        ("Màn hình độ phân giải Full HD 24,5 inch cho game thủ.", ("24,5 inch", 24.5, None, "inch")),
        ("Máy có RAM 4 GB và pin lớn.", ("4 GB", 4.0, None, "GB")),
        ("Màn hình đạt 240Hz và độ trễ 1ms.", ("1ms", 1.0, None, "ms")),
    ],
)
def test_the_held_out_misses_are_found(text: str, expected: tuple[str, float, float | None, str]) -> None:
    assert expected in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "Áo sơ mi cỡ 38 bán chạy nhất.",  # a clothing size
        "Lúc 4 giờ sáng, đoàn xe xuất phát.",  # a time
        "Giống lúa OM 2517 cho năng suất cao.",  # a variety code
        "Giá vàng SJC 1kg niêm yết ở mức cao.",  # a product named by its size
        "Phiên tòa 2 lần bị tạm hoãn.",  # how often, no key figure
    ],
)
def test_what_stays_out(text: str) -> None:  # guards: as before
    assert found(text) == []


def test_a_count_of_times_measures_what_was_done() -> None:
    text = "Đoạn video được xem hơn 26.000 lần kể từ khi đăng tải."
    assert [f.context for f in find_figures(text, text)] == ["Đoạn video được xem"]
