"""Figures round 14 (held-out gold 81, read as drawn at the session's base): a total ("tổng số N"), a top place
("vị trí số 1"), a heading's capitalised "Trong" is no "one of"."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def texts(sentence: str) -> list[str]:
    return [f.text for f in find_figures(sentence, sentence)]


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Có gần 20 nội dung có thể tranh chấp huy chương, trong tổng số 46 nội dung thi đấu.", "46 nội dung"),
    ("Tổng số 120 hộ dân đã nhận hỗ trợ của tỉnh.", "120 hộ dân"),
    ("Điền kinh Việt Nam giờ là đoàn thách thức vị trí số 1 của Thái Lan ở các kỳ đại hội.", "vị trí số 1"),
    ("Tập đoàn Hoa Sen luôn giữ vững vị trí số 1 trong thị trường tôn thép ở Việt Nam.", "vị trí số 1"),
    ("Điền kinh Việt Nam ở cự ly chạy ngắn tại SEA Games 29 Trong 5 kỳ SEA Games chúng ta có tới 3 lần xếp thứ 2.",
     "5 kỳ"),
])
def test_found(sentence, figure):
    assert figure in texts(sentence)


@pytest.mark.parametrize(("sentence", "number"), [
    ("Số 5 Nguyễn Du là nơi đặt trụ sở của công ty.", "5"),  # a bare "số" still names
    ("Mata đá ở vị trí số 10 trong trận gặp Chelsea.", "10"),  # a player's position
    ("Filip Nguyễn mất vị trí số 1 trong khung gỗ ở CLB Slovan Liberec.", "1"),  # the first goalkeeper
    ("Anh vi phạm một trong 19 điều cấm của luật.", "19"),  # one of a set
    ("Một trong 3 người bị bắt đã khai nhận.", "3"),
])
def test_not_a_figure(sentence, number):
    assert not any(number in t for t in texts(sentence)), texts(sentence)
