"""Figures round of session 42: a number stated bare as the value of what the sentence names, a report's item after
its label and a colon ("- Cách ly tại nhà, nơi lưu trú: 15.258") or a total after "là"/"lên tới" ("tổng số ca mắc đã
lên tới 9.975"): 16 such numbers were missed by the pooled held-out figures golds, most in the daily Covid-19
reports. Not a contact's number, a date, a list's step or a list's first item."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def stated(text: str) -> dict[str, tuple[float, str]]:
    return {f.text: (f.value, f.context) for f in find_figures(text, text) if f.kind == "count" and f.unit is None}


def test_a_daily_reports_items() -> None:
    text = ("Tổng số người tiếp xúc gần và nhập cảnh từ vùng dịch đang được theo dõi sức khỏe (cách ly): 40.150, trong "
            "đó:\n- Cách ly tập trung tại bệnh viện: 531\n- Cách ly tập trung tại cơ sở khác: 24.361\n"
            "- Cách ly tại nhà, nơi lưu trú: 15.258.\n- Số ca âm tính với SARS-CoV-2:\n+ Lần 1: 11\n+ Lần 2: 16")
    assert stated(text) == {
        "40.150": (40150.0, "Tổng số người tiếp xúc gần và nhập…"),
        "531": (531.0, "Cách ly tập trung tại bệnh viện"),
        "24.361": (24361.0, "Cách ly tập trung tại cơ sở khác"),
        "15.258": (15258.0, "Cách ly tại nhà, nơi lưu trú"),
        "11": (11.0, "Lần 1"),
        "16": (16.0, "Lần 2"),
    }


@pytest.mark.parametrize(("sentence", "text", "context"), [
    ("Nhưng tới ngày 25/4, tổng số ca mắc đã lên tới 9.975, với 616 ca trong một ngày.", "9.975", "tổng số ca mắc"),
    ("Tổng số người đăng ký hiến tạng sau khi chết (tính đến 15-6-2017) là 8.315.", "8.315",
     "Tổng số người đăng ký hiến tạng sau…"),
    ("Số thí sinh tham gia đăng ký là: 1.732", "1.732", "Số thí sinh tham gia đăng ký"),
])
def test_a_total_stated_bare(sentence: str, text: str, context: str) -> None:
    assert stated(sentence)[text][1] == context


@pytest.mark.parametrize("sentence", [
    "Chi tiết liên hệ: 19006418",
    "Số điện thoại là 0912345678.",
    "Năm thành lập: 1998",
    "Bước 2: 3",
    "Giá: 500.000",
    "Dưới đây là danh sách 10 mẫu xe bán chạy nhất trong tháng vừa qua: 10.",
    "Phòng thi số: 12",
    "Tỷ số: 12",
])
def test_no_stated_count(sentence: str) -> None:
    assert stated(sentence) == {}


@pytest.mark.parametrize(("sentence", "text", "context"), [
    ("- Số ca tử vong: 35 ca.", "35 ca", "Số ca tử vong"),
    ("Giá vàng SJC: 36,5 triệu đồng/lượng.", "36,5 triệu đồng/lượng", "Giá vàng SJC"),
    ("Sản lượng sản xuất đạt: 5,93 triệu tấn.", "5,93 triệu tấn", "Sản lượng sản xuất"),
    ("Kết quả: 5 người chết.", "5 người", "người chết"),
])
def test_a_label_before_a_colon_names_what_it_measures(sentence: str, text: str, context: str) -> None:
    assert {f.text: f.context for f in find_figures(sentence, sentence)}[text] == context
