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


def test_a_multiplier_without_lan() -> None:
    assert found("Thổ Nhĩ Kỳ đồng thời tăng gấp 3 sản lượng xuất khẩu sang Qatar.") == ["gấp 3"]
    assert found("Giá vé chợ đen cao gấp 2,5 so với giá niêm yết.") == ["gấp 2,5"]
    # (with "lần", a range, or an amount after it, the other rules read it)
    assert found("Diện tích sử dụng tăng gấp 3 lần so với trước đây.") == ["gấp 3 lần"]
    assert found("Hàm lượng cao gấp 1,2 đến 2 lần mức cho phép.") == ["1,2 đến 2 lần"]


def test_a_slogan_of_numbered_parts_is_no_figure() -> None:
    assert found("Tỉnh bám sát chủ trương “3 đồng hành, 5 hỗ trợ” đối với doanh nghiệp.") == []
    assert found("Phương châm “3 sẵn sàng, 4 tại chỗ, 5 không” được quán triệt.") == []
    # (quoted counts are counts)
    assert found("Cảnh sát cho biết “17 người thiệt mạng, 28 người được giải cứu” sau vụ cháy.") == ["17 người",
                                                                                                   "28 người"]
