"""Figures round of session 77 (blind batch 115): an engine's size inside a car's trim, its price after it in words
("bản sedan 1.5L giá 690 triệu đồng"), is part of the name; a model's name and number at a sentence's start, written
mid-sentence elsewhere in the article ("Mazda 3 phiên bản 2017 có …"), is no count; a score after "tỉ số" at a quote's
opening is a score."""

from __future__ import annotations

from helpers import figure_texts as found


def test_a_trims_engine_size_before_its_price() -> None:
    assert found("Cụ thể, bản sedan 1.5L giá 690 triệu đồng, hatchback 1.5L giá 715 triệu đồng.") == [
        "690 triệu đồng", "715 triệu đồng"]
    assert found("Xe dùng động cơ 1.5L giá rẻ hơn đối thủ.") == ["1.5L"]  # (an engine's size stated)


def test_a_models_number_at_a_sentences_start() -> None:
    body = ("Giá xe Mazda 3 phiên bản nâng cấp tăng 30 triệu đồng. Mazda 3 phiên bản 2017 có 2 lựa chọn động cơ. "
            "Mazda 3 bản mới nhất có nhiều tiện ích.")
    assert found(body) == ["30 triệu đồng", "2 lựa chọn"]
    # (a sentence's first word never written mid-sentence with the number: a count)
    assert found("Có 3 người bị thương. Hôm qua có thêm 2 người nhập viện.") == ["3 người", "2 người"]


def test_a_score_after_a_quotes_opening() -> None:
    assert found("HLV thừa nhận trong phòng họp báo: “Tỉ số 3-0 chưa nói lên được điều gì, đội bạn còn mạnh”.") == ["3-0"]


def test_a_plans_scale() -> None:
    assert found("UBND tỉnh đã duyệt Quy hoạch 1/500 tháp Thái Bình.") == []
    assert found("Đồ án quy hoạch chi tiết tỷ lệ 1/2000 khu đô thị mới được phê duyệt.") == []
    assert found("Đó là bản đồ quy hoạch tổng mặt bằng 1/5.000 khu đô thị mới.") == []  # (nor its "1/5")
    # (a ratio of so many people is a figure)
    assert found("Hội chứng thường gặp ở trẻ nhỏ với tỷ lệ 1/5000 bé, chủ yếu ở bé trai.") == ["1/5000 bé"]


def test_official_bodies_counted_capitalised() -> None:
    assert found("Bộ cũng đang xây dựng 2 Nghị định sửa đổi, sẽ trình Chính phủ.") == ["2 Nghị định"]
    assert found("Ban Chấp hành đã tổ chức 3 Hội nghị Thành ủy để kiện toàn nhân sự.") == ["3 Hội nghị"]
    # (an article's number, a list of articles, a year, a branch's number, an account's number: no count)
    assert found("Quy định tại Điều 7 Nghị định 100/2015/NĐ-CP đã hết hiệu lực.") == []
    assert found("Vì vậy, theo Điều 28 và 35 Luật Sở hữu trí tuệ, hành vi đó sai.") == []
    assert found("Năm 2017 Trung tâm lên kế hoạch thu phí tác quyền.") == []
    assert found("Bệnh nhân đang được cách ly tại cơ sở 2 Trung tâm y tế huyện.") == []
    assert found("Số tài khoản: 102010002381523 Ngân hàng TMCP Công Thương.") == []
