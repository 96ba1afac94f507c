"""The one sanitiser for text bound for a terminal."""

from __future__ import annotations

import json

import pytest

from briefing_tui.search.sanitize import dumps, one_line, visible

HOSTILE = [
    "\x1b]2;PWNED\x1b\\",  # OSC: window title
    "\x1b]52;c;cHduZWQ=\x07",  # OSC 52: clipboard write
    "\x1b[2J\x1b[H",  # CSI: clear the screen
    "\x1bP+q544e\x1b\\",  # DCS
    "\x9b31m\x9d0;x\x9c",  # 8-bit CSI / OSC / ST
    "\u202eevil\u202c \u2066x\u2069",  # bidi override and isolate
    "bell\x07 back\x08 nul\x00 del\x7f",
    "lone \ud800 surrogate",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_visible_leaves_nothing_a_terminal_would_obey_and_keeps_the_length(text):
    shown = visible(text)
    assert len(shown) == len(text)  # spans computed on the stored text stay valid
    assert not any(ord(ch) < 0x20 and ch not in "\n\t" for ch in shown)
    assert not any(0x7F <= ord(ch) <= 0x9F for ch in shown)
    assert not any(0x202A <= ord(ch) <= 0x202E or 0x2066 <= ord(ch) <= 0x2069 for ch in shown)
    shown.encode("utf-8")  # no lone surrogate left


def test_escape_sequences_stay_readable():
    assert visible("a\x1b]2;PWNED\x07b") == "a␛]2;PWNED␇b"


def test_clean_text_is_returned_untouched():
    text = "Thủ tướng dự tổng kết «Đề án 06»\n\tnăm 2022"
    assert visible(text) is text


def test_line_breaks_and_carriage_returns():
    assert visible("a\r\nb\u2028c\x0cd") == "a \nb\nc\nd"
    assert one_line("tỉnh\nLai Châu\t2022") == "tỉnh Lai Châu 2022"
    assert one_line("x" * 50, limit=10) == "x" * 9 + "…"


def test_json_escapes_what_json_dumps_lets_through_and_round_trips():
    data = {"title": "a\x1b]2;x\x07 \x9b1m \u202e \ud800 Hà Nội"}
    text = dumps(data)
    assert "Hà Nội" in text  # UTF-8 stays readable
    assert not any(0x7F <= ord(ch) <= 0x9F or ord(ch) < 0x20 or 0x202A <= ord(ch) <= 0x202E for ch in text)
    text.encode("utf-8")
    assert json.loads(text) == data
