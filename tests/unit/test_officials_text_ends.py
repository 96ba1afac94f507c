"""A text may end anywhere: right after a post's words ("… của Tổng thống bị phế truất" ended two articles of the 150k
corpus, whose extraction failed with an IndexError and which the index then skipped). Every cut of sentences holding
the words the officials' parser looks past a post for ("bị phế truất", "đặc biệt", "chuyên trách", "thứ nhất", "chính
thức của", "tân nhiệm", "mới") is read without an error, and the whole sentences still give their officials."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.officials import find_officials

SENTENCES = [
    "Giải mã cuộc đời thăng trầm của Tổng thống bị phế truất Park Geun Hye.",
    "Theo công tố viên đặc biệt Robert Mueller, cuộc điều tra vẫn tiếp tục.",
    "Phó chủ tịch chuyên trách Ủy ban ATGT quốc gia Khuất Việt Hùng cho biết.",
    "Phó Chủ tịch thứ nhất Duma Quốc gia Nga Ivan Melnikov phát biểu.",
    "Phát ngôn viên chính thức của Bộ Ngoại giao Nga Maria Zakharova cho biết.",
    "Tổng thống tân nhiệm Hàn Quốc Moon Jae-in tuyên bố.",
    "Chủ tịch mới Nguyễn Văn Bình nhận nhiệm vụ.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_every_cut_is_read_without_an_error(sentence: str) -> None:
    words = sentence.split(" ")
    for n in range(1, len(words) + 1):
        for cut in (" ".join(words[:n]), " ".join(words[:n]) + " ", " ".join(words[:n]).rstrip(".,")):
            find_officials(cut)  # raises on a bug


def test_the_whole_sentences_still_give_their_officials() -> None:
    names = {o.name for s in SENTENCES[:6] for o in find_officials(s)}
    assert {"Park Geun Hye", "Robert Mueller", "Khuất Việt Hùng", "Maria Zakharova", "Moon Jae-in"} <= names, names
