"""Figures round of session 46 (blind golds 627, read after they were scored, and the 20k corpus): a few times in
words ("gấp ba lần"), grams written "gr", counts by acronyms of officers, students, teachers and staff, shelf life; a
registration's number after its letters and a dash, and "mở rộng" after a place's number, are no counts."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def listed(sentence: str) -> list[tuple[str, str, float]]:
    return [(f.text, f.kind, f.value) for f in find_figures(sentence, sentence)]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Tàu có trọng lượng nước rẽ 29.000 tấn, gấp ba lần kích cỡ của tàu khu trục Mỹ.", "gấp ba lần", 3.0),
    ("Người dân ăn muối nhiều gấp hai lần so với khuyến nghị.", "gấp hai lần", 2.0),
    ("Lớp thép dày gấp bảy lần loại cũ.", "gấp bảy lần", 7.0),
    ("Giá tăng gấp đôi trong một năm.", "gấp đôi", 2.0),
])
def test_a_few_times_in_words_is_a_multiplier(sentence: str, text: str, value: float) -> None:
    assert (text, "multiplier", value) in listed(sentence)


@pytest.mark.parametrize(("sentence", "text"), [
    ("Đồn Biên phòng 42 điều tàu và gần 10 CBCS, cùng Công an huyện ra ngay hiện trường.", "10 CBCS"),
    ("Hằng năm trường tuyển khoảng 8.000 SV hệ chính quy.", "8.000 SV"),
    ("Bắp cải trắng: 500gr+ Cà rốt: 2 củ", "500gr"),
    ("Thông thường, đồ làm móng đều có hạn sử dụng là 2 năm, tuy nhiên nhiệt độ làm chúng hỏng sớm.", "2 năm"),
])
def test_now_a_count_or_a_measure(sentence: str, text: str) -> None:
    assert text in [t for t, _, _ in listed(sentence)]


@pytest.mark.parametrize(("sentence", "text"), [
    ("Tàu HP - 4356 vi phạm thuộc Công ty Cổ phần xây dựng FS.", "4356 vi phạm"),
    ("Quyền lợi cho công dân tại khu dân cư An Cư 2 mở rộng - An Cư 3 mở rộng và dự án Phú Gia.", "2 mở rộng"),
])
def test_no_count(sentence: str, text: str) -> None:
    assert text not in [t for t, _, _ in listed(sentence)]


@pytest.mark.parametrize(("sentence", "text"), [
    ("Xe có giá 14.900.000 yên (tương đương 133.000 USD - 3 tỷ đồng).", "3 tỷ đồng"),
    ("Người dùng được sử dụng data 4G từ 2,4 GB - 11GB.", "11GB"),
    ("Khách có hóa đơn từ 500.000VNĐ - 1.000.000VNĐ sẽ được nhận quà.", "1.000.000VNĐ"),
])
def test_a_units_range_after_its_dash_stays_a_figure(sentence: str, text: str) -> None:
    assert text in [t for t, _, _ in listed(sentence)]


@pytest.mark.parametrize(("sentence", "text", "measures"), [
    ("Bảo mẫu đánh, trói bé 15 tháng tuổi.", "15 tháng tuổi", "trói bé"),
    ("Thiên thạch đâm vào Trái đất khoảng 3 tỷ năm trước.", "3 tỷ năm", "Thiên thạch đâm vào Trái đất"),
])
def test_an_infants_age_and_millions_of_years_measure_what_comes_before(sentence: str, text: str, measures: str) -> None:
    found = {f.text: f.context for f in find_figures(sentence, sentence)}
    assert found.get(text) == measures


@pytest.mark.parametrize(("sentence", "text"), [
    ("Môn Toán có hơn 20.000 em. Điều này thể hiện sự phân hóa.", "20.000 em"),
    ("Nhà hảo tâm hỗ trợ cho 200 em học sinh, giúp các em đến trường.", "200 em học sinh"),
    ("Các mô hình đã tiết kiệm 13.533 Kw điện.", "13.533 Kw"),
    ("Máy dùng bộ vi xử lí 8 nhân 2 Ghz.", "2 Ghz"),
    ("Các bác sĩ tiếp nhận bé trai (1 ngày tuổi, nhà ở TP.HCM) mang một khối bướu.", "1 ngày tuổi"),
])
def test_pupils_counted_as_em_and_units_written_otherwise(sentence: str, text: str) -> None:
    assert text in [t for t, _, _ in listed(sentence)]


@pytest.mark.parametrize("sentence", [
    "Lúc 11h ngày 14/4 em N.H.N (học sinh lớp 9) đi học về.",
    "Sau 2 năm em vẫn nhớ trường cũ.",
])
def test_em_after_a_date_or_a_period_is_no_count(sentence: str) -> None:
    assert not any(t.endswith(" em") for t, _, _ in listed(sentence))


def test_a_large_sum_told_again_in_another_sentence_is_listed_once() -> None:
    text = ("Anh được phân công đến chi nhánh lấy 17 tỷ đồng về phòng giao dịch. Hòa đã để xe lại. Tuy nhiên, Quang đã "
            "biến mất cùng 17 tỷ đồng. Cơ quan điều tra xác định.")
    assert [t for t, _, _ in listed(text)] == ["17 tỷ đồng"]
    small = "Anh nhận lương 2 triệu đồng. Hôm sau chị được thưởng 2 triệu đồng."
    assert [t for t, _, _ in listed(small)] == ["2 triệu đồng", "2 triệu đồng"]


@pytest.mark.parametrize(("sentence", "text", "unit"), [
    ("Mỗi giáo viên mầm non phải dành 10 giờ/ngày để thực hiện các yêu cầu.", "10 giờ/ngày", "giờ/ngày"),
    ("Quy định là không quá 200 giờ/năm. Ngoài ra giáo viên chịu nhiều áp lực.", "200 giờ/năm", "giờ/năm"),
    ("Người lao động nên khám sức khỏe định kỳ 6 tháng/lần để bảo vệ sức khỏe.", "6 tháng/lần", "tháng/lần"),
])
def test_a_time_per_period_is_a_rate(sentence: str, text: str, unit: str) -> None:
    assert [(f.text, f.unit) for f in find_figures(sentence, sentence)] == [(text, unit)]


def test_a_time_of_day_stays_no_figure() -> None:
    assert listed("Lúc 14 giờ ngày 5/6, đoàn công tác đến làm việc.") == []
