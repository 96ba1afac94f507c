"""The shortcuts extraction takes for speed give what the long way gave (issue 14, session 25).

Each shortcut replaced a slower equivalent; these tests hold the equivalence on the inputs that could
break it. The whole 20k corpus's extraction was also compared byte for byte (docs/performance.md).
"""

from __future__ import annotations

import random
import re
import unicodedata

import pytest

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract import clean as clean_mod
from briefing_tui.search.extract.legacy import legacy_encoding
from briefing_tui.search.extract.officials import _TOKEN_RE, _Tok, _tokens, _unglued
from briefing_tui.search.extract.provinces import site_province

TEXTS = [
    "",
    "   ",
    "Chủ tịch UBND TP.HCM Phan Văn Mãi, ngày 12/3/2023: 4.300 đồng/kg (tăng 5%).",
    "Ông Nguyễn Văn A - Giám đốc Sở Y tế…\n\nBà B.\u00a0C — “trích dẫn”",
    "Hoà, hoá, thuỷ, quý, khoẻ\nQUỲNH uỶ ban 3G 10x 2020-2025",
    "U.S.A. i.e. 06 Đề án 06/CP_x __ ๑๒ 日本語 ١٢٣",
]


def _reference_tokens(text: str) -> list[_Tok]:
    # (words glued to a capitalised word are split after either way: session 48's ``_unglued``)
    return _unglued([_Tok(m.group(), m.start(), m.end(), m.group().lower()) for m in _TOKEN_RE.finditer(text)])


def test_a_word_glued_to_the_next_capitalised_one_is_split() -> None:
    text = "Phát ngôn viên Lầu Năm GócGary Ross, McCain, iPhone, ThủyTheo"
    words = [t.text for t in _tokens(text)]
    assert words[5:7] == ["Góc", "Gary"] and "McCain" in words and "iPhone" in words and words[-2:] == ["Thủy", "Theo"]
    assert all(text[t.start : t.end] == t.text for t in _tokens(text))


@pytest.mark.parametrize("text", TEXTS)
def test_tokens_equal_the_finditer_tokens(text: str) -> None:
    assert _tokens(text) == _reference_tokens(text)


def test_tokens_equal_the_finditer_tokens_on_random_text() -> None:
    rng = random.Random(25)
    alphabet = "aăâbcdđeêoôơuưyAĐƠ àáảãạ.,-/:;()\n\u00a0 0123456789%“”…"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 60)))
        assert _tokens(text) == _reference_tokens(text), text


def test_normalising_the_whole_text_equals_normalising_each_line() -> None:
    """``clean`` normalises the text once and splits it: that must be each line's own normal form. The
    tone rule looks one character on each side (a "q" before "uý", a letter after "oà"); dashes and
    no-break spaces are replaced one for one; NFC text keeps its length."""
    samples = [
        "Hoà\nbình",            # a toned pair at a line's end
        "q\nuý và quý",         # a "q" on the line before "uý" does not make it "quý"
        "khoẻ\u00a0\nmạnh — tốt – xấu",
        "thuỷ\nthuỷ lợi\n\noà",
        unicodedata.normalize("NFC", unicodedata.normalize("NFD", "Thừa Thiên – Huế\nhoà giải")),
    ]
    for text in samples:
        assert normalize(text).split("\n") == [normalize(line) for line in text.split("\n")], text


def test_clean_gives_what_each_rule_gives_on_its_own_line() -> None:
    """The rules ``clean`` now feeds with the pre-normalised line answer as when each normalised it."""
    for line in ["Ảnh minh họa (Ảnh: Trần Thanh)", "Phó Thủ tướng thăm hỏi người dân vùng lũ.",
                 "Những điểm mới của luật đất đai sửa đổi năm 2024", " - Tin liên quan - ", "Hoà  Bình\u00a0"]:
        norm = normalize(line).strip()
        assert clean_mod._is_caption_text(norm) == clean_mod.is_caption(line)
        assert clean_mod._is_heading_text(norm) == clean_mod.is_heading(line)
        assert clean_mod._key_of(normalize(line)) == clean_mod._key(line)


def test_clean_drops_repeated_short_lines_and_keeps_the_title() -> None:
    raw = ("Tin tức\nHà Nội khởi công tuyến đường sắt đô thị số 5 mới\n12/03/2023 08:00\n"
           "Sáng 12-3, UBND TP Hà Nội khởi công tuyến đường dài 38 km.\nChia sẻ bài viết\n"
           "Dự án có tổng vốn 65.000 tỷ đồng.\nChia sẻ bài viết\n")
    out = clean_mod.clean(raw)
    assert out.title == "Hà Nội khởi công tuyến đường sắt đô thị số 5 mới"
    assert "Chia sẻ" not in out.body and "65.000 tỷ đồng" in out.body


def test_legacy_check_returns_early_only_without_markers() -> None:
    """The early exit counts marker characters; a text with fewer than five cannot have five hits."""
    assert legacy_encoding("Xin chào Việt Nam " * 200) is None
    four = "Vi\u00d6t Nam, ng\u00b5y, th\u00b8ng, n\u00a8m" + " abc" * 50  # four markers inside words
    assert len(re.findall(r"[^\W\d_][\u00a1-\u00ff]|[\u00a1-\u00ff][^\W\d_]", four)) >= 4
    assert legacy_encoding(four) is None
    tcvn3 = "Vi\u00d6t Nam \u00b5 th\u00b8ng n\u00a8m c\u00a8n c\u00f8 " * 10  # TCVN3-looking words
    assert legacy_encoding(tcvn3) is not None


def test_site_province_aliases_made_once() -> None:
    assert site_province("https://www.hanoi.gov.vn/x") == "Hà Nội"
    assert site_province("bariavungtau.gov.vn") == site_province("ba-ria-vung-tau.gov.vn")
