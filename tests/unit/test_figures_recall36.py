"""Figures round of session 70 (blind figures golds 1163–1165 and the pooled golds): a number of times written with an
English decimal point ("tắc bóng trung bình 4.4 lần mỗi trận"), where a version's or a date's dot stays no decimal
("BVDC 2.3 lần này"); a tenth of a kilogram ("1 lạng"); times from once ("1-2 lần mỗi tuần"); ages after "tuổi từ"
("độ tuổi từ 40 đến 50"); a score after "quật ngã"; and what is none: a junction's number ("ngã 5"), a model's code
("T-54/55")."""

from __future__ import annotations

from helpers import figure_contexts as contexts
from helpers import figure_texts as found

from briefing_tui.search.extract.figures import find_figures


def test_times_with_a_decimal_point() -> None:
    got = {f.text: (f.value, f.unit) for f in find_figures(*["Gonalons tắc bóng trung bình 4.4 lần mỗi trận."] * 2)}
    assert got == {"4.4 lần": (4.4, "lần")}
    assert found("Tỷ lệ cứu thua trung bình mỗi trận của anh là 1.42 lần.") == ["1.42 lần"]


def test_no_decimal_in_a_version_or_a_date_before_lan() -> None:
    assert found("Có điều, BVDC 2.3 lần này phải trải qua khóa học.") == []
    assert found("Ngày 23.6 lần đầu tiên có mưa lớn.") == []
    assert found("Sáng 12.5 lần thứ hai đội tuyển tập luyện.") == []


def test_a_tenth_of_a_kilogram() -> None:
    assert found("Bạn có thể ăn 1 lạng tỏi tươi mỗi ngày.") == ["1 lạng"]


def test_a_junctions_number_is_its_name() -> None:
    assert found("Khi vừa đến khu vực ngã 5 chợ Thủ Đức thì xe lao tới.") == []
    assert found("Tai nạn ở ngã 6 Gò Vấp làm 2 người bị thương.") == ["2 người"]
    # "ngã" as a verb's: records broken
    assert "10 kỷ lục" in found("Bơi lội Việt Nam đoạt 10 HCV và xô ngã 10 kỷ lục Đông Nam Á.")


def test_times_from_once() -> None:
    got = {f.text: (f.value, f.value_max, f.unit) for f in find_figures(*["Người chỉ thực hiện 1-2 lần mỗi tuần."] * 2)}
    assert got == {"1-2 lần": (1.0, 2.0, "lần")}
    assert found("Tôi gặp anh 1 lần.") == []  # once stays out


def test_a_models_code_is_no_ratio() -> None:
    assert found("Các xe tăng T-54/55 nặng khoảng 36 tấn.") == ["36 tấn"]
    assert found("Tiêm kích Su-30/35 bay qua khu vực.") == []
    assert found("Xe tăng T54/55 cải tiến được trang bị.") == []
    assert found("Đạt 9/12 chỉ tiêu đề ra.") == ["9/12 chỉ tiêu"]


def test_ages_from_one_to_another_after_tuoi() -> None:
    got = {f.text: (f.value, f.value_max, f.unit) for f in find_figures(*["Bệnh gặp nhiều ở độ tuổi từ 40 đến 50."] * 2)}
    assert got == {"40 đến 50": (40.0, 50.0, "tuổi")}
    assert contexts("Bệnh gặp nhiều ở độ tuổi từ 40 đến 50.") == {"40 đến 50": "độ tuổi"}  # what it measures
    assert "15 đến 17" in found("Nhóm gồm 4 người (tuổi từ 15 đến 17, cùng ngụ phường Hố Nai).")
    # (the adverb after the top is no unit: test_figures_recall9's "18-39 thường")
    got = {f.text: (f.value, f.value_max, f.unit) for f in find_figures(
        *["Những người trong độ tuổi từ 18-39 thường nhận lương cao hơn."] * 2)}
    assert got == {"18-39": (18.0, 39.0, "tuổi")}
    assert found("Nạn nhân trong độ tuổi từ 2 đến 51 tuổi, trú tại xã.") == ["2 đến 51 tuổi"]  # the top whole
    # months of age stay the count's own ("6 đến 11 tháng tuổi")
    assert found("Trẻ em tuổi từ 6 đến 11 tháng tuổi cần bú.") == ["6 đến 11 tháng tuổi"]


def test_a_score_after_quat_nga() -> None:
    assert found("U20 Hàn Quốc quật ngã U20 Argentina 2-1 để vào vòng sau.") == ["2-1"]


def test_a_score_in_brackets_with_both_sides() -> None:
    # a scorers' list: its numbering splits the sentences from their sport's word
    assert found("Danh sách ghi bàn: 5. Lukaku (Everton 6-3 Bournemouth) 4. Ibrahim Ndong (Crystal Palace 0-4 "
                 "Sunderland).") == ["6-3", "0-4"]
    assert found("Giá vé (Tháng 6 10-12 Đô) tăng.") == []


def test_a_winds_force() -> None:
    got = {f.text: (f.value, f.value_max, f.unit, f.context) for f in find_figures(
        *["Sức gió mạnh nhất ở vùng gần tâm bão mạnh cấp 8 (60 - 75 km/giờ), giật cấp 9 - 10."] * 2)}
    assert got["cấp 8"] == (8.0, None, "cấp", "sức gió")
    assert got["cấp 9 - 10"] == (9.0, 10.0, "cấp", "sức gió giật")
    assert "60 - 75 km/giờ" in got
    assert found("Gió Đông Nam cấp 2 - 3.") == ["cấp 2 - 3"]
    # a level that is no wind's stays none
    assert found("Học sinh cấp 2 đi học.") == []
    assert found("Cấp độ rủi ro thiên tai: cấp 1.") == []


def test_a_course_of_treatment_is_one_noun() -> None:
    assert "3 liệu trình" in found("Mỗi liệu trình kéo dài 10 ngày, cần 3 liệu trình.")


def test_a_players_seed_is_a_rank() -> None:
    got = {f.text: (f.value, f.unit, f.subkind) for f in find_figures(
        *["Ở tứ kết, Nadal có thể đụng độ hạt giống số 8 Dominic Thiem (Áo)."] * 2)}
    assert got == {"hạt giống số 8": (8.0, "hạng", "rank")}
    assert found("Công ty cung cấp 5 hạt giống lúa mới.") == ["5 hạt giống"]
