"""Figures round of session 39 (held-out golds 429-435, read as drawn at a8ac7e8: recall 119/137, precision
119/132): a number with its scale after a word that names things by number ("khóa 21,4 triệu sim", "nhận mỗi năm
9,6 triệu bảng"), a share after an acronym ("tăng trưởng GDP 6,7%"), gold by the "chỉ", and billions of đồng left
unsaid after a verb of amount ("đạt 221.893 tỷ;")."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def figures(sentence: str) -> dict[str, tuple[float, float | None, str | None, str]]:
    return {f.text: (f.value, f.value_max, f.unit, f.kind) for f in find_figures(sentence, sentence)}


@pytest.mark.parametrize(("sentence", "text", "value", "unit", "kind"), [
    ("Tính đến hết tháng 6, Bộ phát hiện 23,4 triệu sim có vấn đề, khóa 21,4 triệu sim, thuê bao.",
     "21,4 triệu sim", 21_400_000.0, "sim", "count"),
    ("Đầu tiên là mức lương, Conte sẽ nhận mỗi năm 9,6 triệu bảng cho bản hợp đồng mới.", "9,6 triệu bảng",
     9_600_000.0, "bảng", "money"),
    ("Phấn đấu đạt mục tiêu tăng trưởng GDP 6,7% Thượng tọa Thích Thanh Quyết (Quảng Ninh) cho biết.", "6,7%",
     6.7, "%", "percent"),
    ("Cô đi làm thêm kiếm được 2 chỉ vàng, tương đương 400 đồng.", "2 chỉ vàng", 2.0, "chỉ vàng", "count"),
])
def test_scaled_numbers_shares_after_an_acronym_and_gold(sentence: str, text: str, value: float, unit: str,
                                                         kind: str) -> None:
    assert figures(sentence)[text] == (value, None, unit, kind)


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Vốn điều lệ tăng 9% lên 11.717 tỷ đồng; huy động vốn tăng 20% đạt 221.893 tỷ; dư nợ cho vay tăng 25%.",
     "221.893 tỷ", 221_893e9),
    ("Phần lãi phát sinh ở Văn phòng Tổng Công ty là 97,2 tỷ do thực hiện các hợp đồng tập trung.", "97,2 tỷ",
     97.2e9),
    ("Giải quyết nợ xấu là bảo vệ người gửi tiền, đưa 600.000 tỷ quay lại phục vụ nền kinh tế.", "600.000 tỷ",
     600_000e9),
])
def test_billions_of_dong_left_unsaid_after_a_verb_of_amount(sentence: str, text: str, value: float) -> None:
    assert figures(sentence)[text] == (value, None, "đồng", "money")


@pytest.mark.parametrize("sentence", [
    "Dân số thế giới đạt 7 tỷ.",  # people, not money: fewer than ten billions stay unread
    "Doanh thu của hãng đạt 300 tỷ; lợi nhuận đạt 20 tỷ USD.",  # another currency in the sentence
])
def test_no_unsaid_dong_for_few_billions_or_beside_another_currency(sentence: str) -> None:
    assert not any(kind == "money" and unit == "đồng" for _v, _t, unit, kind in figures(sentence).values())


@pytest.mark.parametrize("sentence", [
    "Hội nghị Trung ương 5 khóa XII đã họp.",
    "Học sinh lớp 9 năm nay thi vào lớp 10.",
    "Gạo OM 5451 được giá.",
])
def test_names_numbers_without_a_scale_stay_no_figures(sentence: str) -> None:
    assert figures(sentence) == {}


# round 2 of session 39 (held-out golds 445-451, read as drawn at 972fd23: recall 145/176, precision 145/155)

@pytest.mark.parametrize(("sentence", "text", "value", "unit"), [
    ("Xe có thể giảm tốc từ 100 xuống 0 km/h chỉ với quãng đường 34 m.", "34 m", 34.0, "m"),
    ("Mặt cắt ngang đường 40 m, đảm bảo bốn làn cơ giới và hai làn hỗn hợp.", "40 m", 40.0, "m"),
    ("Tang vật thu được gồm 1 bánh heroin có trọng lượng 360 gam.", "1 bánh heroin", 1.0, "bánh heroin"),
    ("Tháp tùng ông Hunsen trong chuyến thăm lần này có 5 Phó Thủ tướng, lãnh đạo nhiều bộ.", "5 Phó Thủ tướng",
     5.0, "Phó Thủ tướng"),
    ("Cơ quan kiểm tra đã xử lý 9 đảng viên, trong đó có 2 Thành ủy viên.", "2 Thành ủy viên", 2.0, "Thành ủy viên"),
    ("Với 434 ĐBQH (88,39%) tán thành, chiều nay Quốc hội thông qua nghị quyết.", "434 ĐBQH", 434.0, "ĐBQH"),
])
def test_a_distance_after_duong_drug_blocks_and_officials_counted_by_post(sentence: str, text: str, value: float,
                                                                          unit: str) -> None:
    assert figures(sentence)[text] == (value, None, unit, "count")


@pytest.mark.parametrize("sentence", [
    "Khu vực Hà Nội: Từ 3-5/6 trời nắng nóng gay gắt.",  # days of June, no ratio "5/6 trời"
    "Dịp nghỉ lễ 30/4-1/5 lượng khách đến Sa Pa sẽ rất đông.",
    "Xe 2 bánh được phép đi vào làn này.",  # what a vehicle is, no count
    "Hội thảo có đại diện của 49 Đại sứ quán.",  # embassies are no ambassadors
    "• 2017-05-17 08:11 Bộ trưởng Kế hoạch và Đầu tư nói.",  # a time, then a headline
    "Nhà số 12 đường Trần Phú bị cháy.",  # a street's number, no measure after it
])
def test_no_ratio_from_days_and_no_count_from_a_time_or_an_embassy(sentence: str) -> None:
    assert figures(sentence) == {}


@pytest.mark.parametrize(("sentence", "text"), [
    ("Tỉ lệ xuất hiện chỉ khoảng 68-170/100.000 dân.", "170/100.000 dân"),
    ("Tỷ lệ mắc 0,2 - 0,3/1.000 dân.", "0,3/1.000 dân"),
])
def test_rates_after_a_dash_stay(sentence: str, text: str) -> None:
    assert text in figures(sentence)


def article_figures(text: str) -> list[str]:
    return [f.text for f in find_figures(text, text)]


def test_an_age_told_again_in_another_sentence_is_listed_once() -> None:
    text = ("Ngôi sao 23 tuổi là cầu thủ đầu tiên được gọi lên tuyển. HLV rất ngưỡng mộ tài năng của cầu thủ đa "
            "năng 23 tuổi.")
    assert article_figures(text) == ["23 tuổi"]


def test_two_ages_in_one_sentence_stay_two() -> None:
    text = "Công an bắt giữ Nguyễn Văn Kiên (22 tuổi), Nguyễn Tấn Đức (22 tuổi) và Phạm Đức Nhân (25 tuổi)."
    assert article_figures(text) == ["22 tuổi", "22 tuổi", "25 tuổi"]


# round 75 (held-out golds 461-467, read as drawn at 6587d83: recall 97/117, precision 97/111)

@pytest.mark.parametrize(("sentence", "text", "value", "unit"), [
    ("Hóa chất được mua với giá 2.100.000đ/thùng/30chai dùng để ngâm trái cây.", "2.100.000đ/thùng", 2_100_000.0,
     "đ/thùng"),
    ("Công ty bị xử phạt hành chính với số tiền 110.000.000đ và phải chấm dứt vi phạm.", "110.000.000đ",
     110_000_000.0, "đ"),
    ("Lễ vật hồi môn của nhà trai cũng tốn khoảng 108 triệu Baht (tương đương 70 tỷ đồng).", "108 triệu Baht",
     108_000_000.0, "Baht"),
])
def test_dong_written_against_its_number_and_the_baht(sentence: str, text: str, value: float, unit: str) -> None:
    assert figures(sentence)[text] == (value, None, unit, "money")


def test_points_in_a_table_are_no_dong() -> None:
    assert figures("Thứ nhì là U15 Indonesia (4đ, hiệu số 5-2), thứ ba là U15 Đài Bắc (1đ, hiệu số 4-7).") == {}
