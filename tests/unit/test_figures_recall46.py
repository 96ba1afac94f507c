"""Figures round of session 80 (blind batch 127): days, weeks or months of a reserve's cover ("ở mức 30 ngày nhu cầu",
"tương đương 12 tuần nhập khẩu"); a ship's deadweight and a port's containers ("104.000 DWT", "1,2 triệu TEU")."""

from __future__ import annotations

from helpers import figure_texts as found


def test_days_of_a_reserves_cover() -> None:
    assert found("Dự trữ xăng dầu thương mại tối thiểu ổn định ở mức 30 ngày nhu cầu (tương đương 35 ngày nhập "
                 "ròng).") == ["30 ngày", "35 ngày"]
    assert found("Năng lực dự trữ dầu thô đáp ứng khoảng 25 ngày sản xuất, trong đó cần tối thiểu đạt mức 15 ngày "
                 "sản xuất đối với dầu thô.") == ["25 ngày", "15 ngày"]
    assert found("Dự trữ ngoại hối đạt 63,5 tỷ USD, tương đương khoảng 13 tuần nhập khẩu.") == ["63,5 tỷ USD",
                                                                                                  "13 tuần"]
    # (with no reserve said, days of production are no figure of their own)
    assert found("Nhà máy khởi công ngày 20/4 và đạt công suất thiết kế, 5 ngày sản xuất liền không nghỉ.") == []


def test_a_ships_deadweight_and_a_ports_containers() -> None:
    assert found("Nhà máy bàn giao tàu 104.000 DWT cho chủ đầu tư.") == ["104.000 DWT"]
    assert found("Sản lượng hàng hóa qua cảng đạt 1,2 triệu TEU.") == ["1,2 triệu TEU"]
