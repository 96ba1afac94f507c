"""Figures round of session 50 (pooled figures golds): days, weeks, months and years "trong" (for, within) or "suốt"
(throughout) are how long something lasts, a measured duration; the same words before a period a report or a story is
told over (its dates, a comma closing an opening clause, "còn lại", "gần nhất") or after a superlative ("cao nhất
trong 6 tháng") are no figure."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def durations(sentence: str) -> list[tuple[str, float, str | None, str]]:
    return [(f.text, f.value, f.unit, f.context) for f in find_figures(sentence, sentence) if f.subkind == "duration"]


@pytest.mark.parametrize(("sentence", "text", "value", "unit", "context"), [
    ("Công trình sẽ hoàn thành xây dựng trong 10 tháng.", "10 tháng", 10.0, "tháng", "trình sẽ hoàn thành xây dựng"),
    ("Doanh nghiệp được miễn thuế thu nhập trong 3 năm.", "3 năm", 3.0, "năm", "nghiệp được miễn thuế thu nhập"),
    ("Trong 53 năm hành nghề, ông dẫn dắt hàng chục đội bóng.", "53 năm", 53.0, "năm", "hành nghề"),
    ("Trong 5 năm làm việc ở Turin, Ribalta có vai trò quan trọng.", "5 năm", 5.0, "năm", "làm việc ở Turin"),
    ("Sơn trốn ra nước ngoài sống chui lủi suốt 16 năm trời.", "16 năm", 16.0, "năm", "ra nước ngoài sống chui lủi"),
    ("Mỹ đã đàm phán với Trung Quốc trong 5 tuần.", "5 tuần", 5.0, "tuần", "đã đàm phán với Trung Quốc"),
    ("Phiên họp thứ 12 diễn ra trong 1,5 ngày.", "1,5 ngày", 1.5, "ngày", "diễn ra"),
    ("Bệnh viện này đã phẫu thuật thùy não trong suốt gần 150 năm.", "150 năm", 150.0, "năm",
     "này đã phẫu thuật thùy não"),
])
def test_a_time_that_lasts(sentence: str, text: str, value: float, unit: str, context: str) -> None:
    assert (text, value, unit, context) in [(t, v, u, c) for t, v, u, c in durations(sentence)]


@pytest.mark.parametrize("sentence", [
    "Xuất khẩu tăng lên mức cao nhất trong 6 tháng, đạt 13 triệu USD.",
    "Đây là lần đầu tiên trong hơn 2 năm, NHNN giảm lãi suất.",
    "Tôi quay lại Thái Lan tận 10 lần trong 2 năm.",
    "Trong 2 ngày 16 - 17/6, Đồn Biên phòng Bến Đá tổ chức tuần tra.",
    "Theo Bộ LĐ-TB&XH, trong 4 năm (2016-2020), cả nước có 2.472.000 người học nghề.",
    "Trong 6 tháng, có hơn 2.000 vụ án bị khởi tố.",
    "Trong 9 tháng năm 2020 tỉnh Đồng Nai thu hút 1,2 tỷ USD vốn FDI.",
    "Trong 6 tháng năm nay xuất khẩu tăng 8%.",
    "Hai năm liền không đạt mục tiêu, và trong 3 năm còn lại sẽ khó khăn hơn.",
    "Có 7 trang web có lượng truy cập rất lớn trong 6 tháng gần nhất.",
    "Trong 7 ngày Tết có tất cả 368 vụ tai nạn giao thông.",
    "Cô có toàn điểm 10 suốt 5 năm tiểu học, suốt 4 năm đại học.",
    "Giá điện sẽ tăng trong 5 năm tới.",
    "Mỹ ghi nhận kỷ lục gần 100.000 ca mắc mới chỉ trong 1 ngày.",
])
def test_a_period_told_over_is_no_duration(sentence: str) -> None:
    assert durations(sentence) == []
