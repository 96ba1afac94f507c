"""Figures round of session 74, second part (blind golds 1287–1289): minutes of training after "tập" (no episode's
number); a length after "khu vực"; a playing contract's term; a model's hyphened name with its number written twice is
a name ("Yamaha X-Ride 125"); a rate out of ten or a hundred ("là 63 trên 100"); hours past a day's 24 after "tới" are
no time of day ("thời gian sử dụng pin tới 80 giờ"); water resistance in "ATM"."""

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


def test_a_rate_out_of_ten_or_a_hundred() -> None:
    assert found("Tỷ lệ tốt nghiệp là 6 trên 10 và có việc làm là 97 trên 100.") == ["6 trên 10", "97 trên 100"]


def test_a_batterys_hours_past_a_days_clock() -> None:
    assert found("Chiếc Enduro có thời gian sử dụng pin tới 80 giờ.") == ["80 giờ"]
    assert found("Cuộc họp kéo dài đến 17 giờ.") == []  # a time of day
    assert found("Garmin Enduro được công bố đạt chuẩn chống nước 10 ATM.") == ["10 ATM"]
