"""Figures round of session 81 (blind batch 132 and the pooled golds): an amount or a measure written in words ("một
tỷ USD", "sáu trăm nghìn đồng", "Hơn một tấn đầu đạn", "ba lít xăng"), with the guards that keep a price's unit, a coin,
a year, a trio's attack and "a few" out."""

from __future__ import annotations

from helpers import figure_texts as found


def test_money_in_words_with_its_scale() -> None:
    assert found("Triệu Vy nắm trong tay khối gia sản một tỷ USD.") == ["một tỷ USD"]
    assert found("Chi phí cho mỗi chuyến xe sáu trăm nghìn đồng là một khoản không nhỏ.") == ["sáu trăm nghìn đồng"]
    assert found("Tiền vi phạm trị giá khoảng năm triệu đồng.") == ["năm triệu đồng"]
    # (no scale: a coin's worth, "not a single đồng")
    assert found("Ông không nhận một đồng nào từ dự án.") == []


def test_a_measure_in_words() -> None:
    assert found("Hơn một tấn đầu đạn, thuốc nổ, bom mìn đã được tìm thấy.") == ["một tấn"]
    assert found("Công ty ký hợp đồng cung cấp một triệu mét khối cát cho Trung Nam.") == ["một triệu mét khối"]
    assert found("Hồng mua khoảng ba lít xăng đựng trong can nhựa.") == ["ba lít"]
    # ("một" and a bare unit with no measuring word before: a price's unit; a trio's attack; a few)
    assert found("Giá một lít xăng RON95 hôm nay không đổi.") == []
    assert found("Barcelona với bộ ba tấn công trứ danh Messi, Neymar và Suarez.") == []
    assert found("Nhiều người bỏ ra vài ba triệu đồng để mua.") == []


def test_a_day_and_month_this_year_is_no_range_of_years() -> None:
    assert found("Du khách chọn Đà Lạt nhiều nhất trong kỳ nghỉ lễ kéo dài từ 30-4 đến 3-5 năm nay.") == []
    assert found("Kẹt xe kéo dài trong và sau lễ Quốc khánh 2-9 năm nay.") == []
    # (a range of years measured stays one figure, "năm nay" after it too when no date's word is before it)
    assert found("Dự án kéo dài 3-5 năm.") == ["3-5 năm"]
    assert found("Con trâu này được nuôi 4-5 năm nay rồi, hiền lành lắm.") == ["4-5 năm"]


def test_an_exam_papers_code() -> None:
    assert found("Bộ điều chỉnh đáp án câu hỏi số 22 trong mã đề 302 môn Lịch sử.") == []
