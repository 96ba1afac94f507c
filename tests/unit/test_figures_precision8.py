"""Figures round of session 48 (the pooled figures golds' false hits): a name's number before a verb ("Oppo Neo 7 nổi
bật", "SEA Games 29 diễn ra"), a day of the lunar month, a step's number, a sum written out in a name ("10+3", "Km26+850"),
two days of the week, a grade "4/6 trở lên" and a time of day glued to a caption are no figures; degrees written with
their sign or an "o" ("30°C", "22 - 25oC"), medals and athletes by their acronyms ("13 HCV", "33 VĐV") are."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def listed(sentence: str) -> list[tuple[str, float, float | None, str | None]]:
    return [(f.text, f.value, f.value_max, f.unit) for f in find_figures(sentence, sentence)]


@pytest.mark.parametrize(("sentence", "text"), [
    ("Oppo Neo 7 nổi bật với mặt lưng làm từ nhựa giả kim loại.", "7 nổi bật"),
    ("Người đàn ông điều khiển chiếc Honda 90 thở theo con bò sống ở phía sau.", "90 thở"),
    ("Tàu được trang bị Hệ thống tên lửa Aegis Baseline 9 tích hợp với hệ thống mới.", "9 tích hợp"),
    ("Dự án đường ống dẫn dầu Dòng chảy phương Bắc 2 vận chuyển trực tiếp khí đốt.", "2 vận chuyển"),
    ("Đội tuyển chuẩn bị cho SEA Games 29 diễn ra vào tháng 8 năm nay.", "29 diễn"),
    ("Máy dùng chip Snapdragon 888 cao cấp nhất của Qualcomm.", "888 cao cấp"),
    ("Cảnh sát Áo sử dụng Porsche 911 làm xe công vụ.", "911 làm"),
    ("Ủy ban khai mạc phiên họp vào ngày mùng 10 hằng tháng.", "10 hằng"),
    ('Ông nói: "Bước 2 giao cho các đơn vị tư vấn, rà soát".', "2 giao"),
    ("Trường Sư phạm 10+3 hợp nhất thành Trường Trung học Sư phạm Bắc Thái.", "3 hợp nhất"),
    ("Vỡ đường ống tại Km27+060 đường đại lộ Thăng Long.", "060 đường"),
    ("Lễ hội đường phố vào các tối thứ 6, 7 hàng tuần.", "7 hàng"),
    ("Người dạy phải có chứng nhận bậc thợ 5/7, 4/6 trở lên.", "4/6 trở lên"),
    ("Căn nhà nơi hắn giấu thi thể Khoảng 10 giờ 30 phút, một bộ xương người được tìm thấy.", "10 giờ 30 phút"),
    ("Giá giảm dần theo model. Nokia 6 trang bị bộ vỏ nhôm nguyên khối.", "6 trang bị"),  # a foreign word opening it
    ("Thủ tướng thăm chính thức Cộng hòa Belarus từ ngày 26 đến 28-6 theo lời mời của đội tuyển.", "28-6"),
    ("Gia đình sử dụng đất tại tổ 42, tổ 52 phường Minh Tân, TP Yên Bái.", "52 phường"),
    ("Trọng tài không bỏ qua quả phạt 11m trong hiệp 1 của trận đấu.", "11m"),
])
def test_not_a_figure(sentence: str, text: str) -> None:
    assert text not in [t for t, *_ in listed(sentence)], listed(sentence)


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Nhiệt độ thấp nhất từ 22 - 25oC, có nơi trên 34oC.", ("22 - 25oC", 22.0, 25.0, "độ C")),
    ("Nhiệt độ thấp nhất từ 22 - 25oC, có nơi trên 34oC.", ("34oC", 34.0, None, "độ C")),
    ("Nhiệt độ ngoài trời lên tới 30°C vào buổi trưa.", ("30°C", 30.0, None, "độ C")),
    ("Phelps có 13 HCV cá nhân, 3 HCB và 5 HCĐ.", ("13 HCV", 13.0, None, "HCV")),
    ("Phelps có 13 HCV cá nhân, 3 HCB và 5 HCĐ.", ("5 HCĐ", 5.0, None, "HCĐ")),
    ("IAAF cho phép 34 VĐV Nga thi đấu.", ("34 VĐV", 34.0, None, "VĐV")),
    ("Nghệ An 59 học sinh, Hải Dương có 53 học sinh.", ("59 học sinh", 59.0, None, "học sinh")),
    ("Vettel chỉ hơn Hamilton 12 điểm sau 8 chặng.", ("12 điểm", 12.0, None, "điểm")),
])
def test_a_figure(sentence: str, figure: tuple[str, float, float | None, str]) -> None:
    assert figure in listed(sentence), listed(sentence)
