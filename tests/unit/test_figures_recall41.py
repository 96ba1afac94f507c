"""Figures round of session 74, second part (blind golds 1287–1289): minutes of training after "tập" (no episode's
number); a length after "khu vực"; a playing contract's term; a model's hyphened name with its number written twice is
a name ("Yamaha X-Ride 125")."""

from __future__ import annotations

from helpers import figure_texts as found


def test_minutes_of_training() -> None:
    assert found("Người lớn: Nên tập 150-300 phút với cường độ vừa phải hoặc 75-150 phút với cường độ mạnh.") == [
        "150-300 phút", "75-150 phút"]
    assert found("Xem tập 12 lúc 8 giờ tối.") == []  # an episode's number


def test_a_length_after_an_area_and_a_playing_contract() -> None:
    assert found("Chính quyền cấm người dân tiến vào khu vực 8km quanh đảo Bắc Sentinel.") == ["8km"]
    assert found("Khu vực 1 có 20 hộ.") == ["20 hộ"]
    assert found("Cô đã ký hợp đồng thi đấu 2 năm tại đây.") == ["2 năm"]


def test_a_hyphened_models_number_is_its_name() -> None:
    assert found("Yamaha X-Ride 125 thay thế cho mẫu xe ga Yamaha X-Ride 115. Xe 2017 Yamaha X-Ride 125 xanh lá cây.") == []
