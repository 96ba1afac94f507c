"""Figures round of session 79 (blind batch 124): millions or billions of what the sentence leaves unsaid, closed by
"lên"/"xuống" or by the year they are of in brackets ("tăng từ 1,35 triệu (2011) lên 3,73 triệu (2016)"); a medal's
colour is part of its unit ("3 huy chương bạc"); a score after "kết quả", and in a sentence of an age group's team
("vượt qua chủ nhà U20 Việt Nam với kết quả 4-1")."""

from __future__ import annotations

from helpers import figure_texts as found


def test_unsaid_millions_before_their_year_or_lên() -> None:
    assert found("Số tiền phạt tăng từ 1,35 triệu (2011) lên 3,73 triệu (2016).") == ["1,35 triệu", "3,73 triệu"]
    assert found("Lợi nhuận trước thuế tăng từ 115 tỷ lên gần 4.000 tỷ đồng.") == ["115 tỷ", "4.000 tỷ đồng"]
    # (a number's bracket that is no year closes nothing)
    assert found("Dự án có 3 triệu (chưa kể phần đất) trong kế hoạch.") == []


def test_a_medals_colour_is_its_unit() -> None:
    body = ("Giải năm ngoái đội giành 3 huy chương vàng. Năm nay, đội tuyển Cờ vua Việt Nam giành 1 huy chương vàng, "
            "3 huy chương bạc, 5 huy chương đồng.")
    assert found(body) == ["3 huy chương vàng", "1 huy chương vàng", "3 huy chương bạc", "5 huy chương đồng"]


def test_a_score_after_ket_qua() -> None:
    assert found("U20 Bồ Đào Nha dễ dàng vượt qua chủ nhà U20 Việt Nam với kết quả 4-1.") == ["4-1"]
    assert found("Trận đấu kịch tính với kết quả chung cuộc 3-2 nghiêng về đội chủ nhà.") == ["3-2"]
    assert found("Xem lại U20 Việt Nam 0-0 U20 New Zealand.") == ["0-0"]
    # (a vote's split and a test's days are no scores)
    assert found("Tuy nhiên, kết quả 50-50 được giữ nguyên sau phiếu bầu.") == []
    assert found("Kết quả xét nghiệm 2-3 ngày mới có.") == ["2-3 ngày"]
