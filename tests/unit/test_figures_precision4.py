"""Figures' precision on the real corpus, round 4 (issue 12, dev samples 24fdev, 24fdev2; the kinds left by
round 3's held-out sample 23f).

Each sentence is our own, written to reproduce a pattern the audit found wrong (docs/extraction.md §9);
each test fails on the code before its fix, except guards that check a real figure stays.
"""

from __future__ import annotations

import pytest

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.figures import find_figures


def figures(text: str) -> list[tuple[str, float, float | None, str | None, str]]:
    return [(f.text, f.value, f.value_max, f.unit, f.kind) for f in find_figures(normalize(text), text)]


@pytest.mark.parametrize(
    "text",
    [
        "Hiện có 2 cách cơ bản để giữ xe khi lên dốc mà người mới lái cần nhớ: 1. Kéo phanh tay.",
        "Vụ cháy xuất phát từ 3 nguyên nhân: Thứ nhất, dây điện đã cũ.",
        "Theo chuyên gia, có 2 yếu tố tác động tới giá nhà: một là lãi suất.",
    ],
)
def test_a_count_announcing_its_numbered_points_is_no_figure(text):
    assert figures(text) == []


def test_a_craft_named_by_its_engines_is_an_attribute():
    assert figures("Chiếc máy bay vận tải 4 động cơ hạ cánh xuống căn cứ.") == []
    assert figures("Trực thăng 2 động cơ này bay rất êm.") == []


def test_engines_fitted_stay_a_count():
    assert figures("Nhà máy đã lắp thêm 4 động cơ mới trong tháng.") == [("4 động cơ", 4.0, None, "động cơ", "count")]


def test_a_ranking_list_size_is_no_count():
    assert figures("Tạp chí vừa đưa ra danh sách 10 mẫu ô tô rẻ nhất thị trường.") == []


def test_a_list_without_a_superlative_stays():
    assert figures("Cục thuế công bố danh sách 20 doanh nghiệp nợ thuế.") == [
        ("20 doanh nghiệp", 20.0, None, "doanh nghiệp", "count")
    ]


def test_five_or_six_things_is_a_range_not_a_decimal():
    assert figures("Mỗi con sâu có chừng 5,6 đốt trên thân.") == [("5,6 đốt", 5.0, 6.0, "đốt", "count")]


def test_a_decimal_of_a_measure_stays():
    assert figures("Nhiệt độ hạ xuống 5,6 độ C trong đêm.")[0][1:3] == (5.6, None)
    assert figures("Quãng đường dài 5,6 km.")[0][1:3] == (5.6, None)


def test_extra_time_is_no_count():
    assert figures("Hai đội phải bước vào 2 hiệp phụ để phân thắng bại.") == []


def test_a_programme_named_with_degrees_is_no_figure():
    assert figures("Bản tin Nhịp sống 360 độ Thể thao lên sóng tối nay.") == []


def test_degrees_celsius_stay():
    assert figures("Trời nóng tới 40 độ C vào buổi trưa.") == [("40 độ C", 40.0, None, "độ C", "count")]


def test_all_out_is_a_figure_of_speech():
    assert figures("Các cầu thủ sẽ chơi với 100% sức lực trong trận chung kết.") == []


def test_couples_then_named_in_dashed_pairs_are_no_count():
    assert figures("Tập này có 2 cặp vợ chồng Minh Khang - Thu Hà và Quốc Bảo - Lan Chi tham gia.") == []


def test_couples_not_all_named_stay_a_count():
    assert figures("Có 2 cặp vợ chồng Minh Khang - Thu Hà tham gia.") == [
        ("2 cặp vợ chồng", 2.0, None, "cặp vợ chồng", "count")
    ]


@pytest.mark.parametrize(
    "text", ["Tiền thưởng được chia đều cho 2 đội vào chung kết.", "Cầu thủ của 2 đội xô xát sau trận."]
)
def test_the_two_teams_of_a_match_are_no_count(text):
    assert figures(text) == []


def test_teams_going_through_stay_a_count():
    assert ("2 đội", 2.0, None, "đội", "count") in figures("Giải có 12 đội, mỗi bảng 2 đội đi tiếp.")


def test_van_is_ten_thousand():
    assert figures("Cô sẵn sàng chi ra 100 vạn tệ để chứng minh.") == [("100 vạn tệ", 1e6, None, "tệ", "money")]
    assert figures("Có hơn 2 vạn khán giả tới sân.") == [("2 vạn khán giả", 2e4, None, "khán giả", "count")]


def test_fuel_by_the_hundred_kilometres_keeps_its_rate():
    assert figures("Mua xe mà đổ xăng 14-15 lít/100km là không hợp lý.") == [
        ("14-15 lít/100km", 14.0, 15.0, "lít/100km", "count")
    ]


def test_a_clip_of_the_most_is_a_listicle():
    assert figures("Clip 10 xe thể thao tốn xăng nhất thế giới.") == []


def test_a_clip_without_a_superlative_keeps_its_count():
    assert figures("Video 3 con mèo đi học.") == [("3 con mèo", 3.0, None, "con mèo", "count")]
