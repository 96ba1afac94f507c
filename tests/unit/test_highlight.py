"""Highlight spans: phrase-aware, in the query's accent mode, identical to the analyzer's matches."""

from __future__ import annotations

import random

from briefing_tui.search.abbreviations import build_table
from briefing_tui.search.analysis import find_all, normalize, phrase_regex
from briefing_tui.search.models import Span
from briefing_tui.search.query.grammar import parse
from briefing_tui.search.query.highlight import Highlighter, _merge, analyzer_spans, snippet
from briefing_tui.search.query.plan import FieldResolver, QTok, build_plan


def spans_of(query: str, text: str) -> list[str]:
    plan = build_plan(parse(query), build_table(), FieldResolver())
    text = normalize(text)
    return [text[s.start : s.end] for s in Highlighter(plan).spans(text)]


def test_phrase_does_not_light_up_its_words_elsewhere():
    text = "Vấn đề là triển khai Đề án 06 đúng hạn; đề án khác chờ."
    assert spans_of("Đề án 06", text) == ["Đề án 06"]


def test_words_are_highlighted_one_by_one_when_the_phrase_is_absent():
    assert spans_of("Đề án 07", "Đề án số 07 được duyệt") == ["Đề", "án", "07"]


def test_unaccented_query_lights_up_accented_text():
    assert spans_of("de an 06", "Triển khai Đề án 06.") == ["Đề án 06"]
    assert spans_of("chuyen doi so", "Chuyển đổi số, CHUYỂN ĐỔI SỐ") == ["Chuyển đổi số", "CHUYỂN ĐỔI SỐ"]


def test_accented_query_keeps_its_accents():
    assert spans_of("số", "số và sở và sổ") == ["số"]


def test_tone_styles_and_numbers():
    assert spans_of("Tỉnh uỷ", "Tỉnh ủy Hà Giang") == ["Tỉnh ủy"]
    assert spans_of("Đề án 6", "Đề án 06 và Đề án 6") == ["Đề án 06", "Đề án 6"]
    assert spans_of("1.077", "còn 1.077 thôn, 077 bản") == ["1.077"]
    assert spans_of("10,2%", "đóng góp 10,2% GDP") == ["10,2"]


def test_abbreviation_highlights_the_long_form():
    assert spans_of("CSDL", "Các cơ sở dữ liệu (CSDL) quốc gia") == ["cơ sở dữ liệu", "CSDL"]


_ALPHABET = "aăâbcdđeêgiklmnoôơpqstuưvxyàáảãạấầẩẫậèéẻẽẹềếểễệìíòóỏõọốồổỗộờớởùúủũụừứửỳýĐÊ0123456789 .,/:-%\n"
# query tokens as the analyzer makes them: "6" (from a standalone "06"), "077" (from "1.077")
_WORDS = ["đề", "de", "án", "an", "6", "077", "số", "so", "sở", "1", "0", "đ", "d", "ủy", "uy"]


def test_regexes_agree_with_the_analyzer_on_random_text():
    rng = random.Random(7)
    forms = [
        tuple(QTok(w, folded=rng.random() < 0.5) for w in rng.sample(_WORDS, rng.randint(1, 3))) for _ in range(60)
    ]
    for _ in range(400):
        pieces = [rng.choice(_WORDS + ["".join(rng.choice(_ALPHABET) for _ in range(rng.randint(1, 4)))]) for _ in range(12)]
        text = normalize("".join(p + rng.choice([" ", ", ", ".", "/", "", "\n", " - "]) for p in pieces))
        for form in forms:
            expected = analyzer_spans(text, [form])
            got = _merge(find_all(phrase_regex([(t.text, t.folded) for t in form]), text.lower()))
            assert got == expected, (text, form)


def test_snippet_picks_the_passage_with_the_most_hits():
    text = "Mở đầu không liên quan. " * 20 + "Chuyển đổi số và chuyển đổi số." + " Kết thúc." * 20
    spans = [Span(text.index("Chuyển"), text.index("Chuyển") + 13)]
    second = text.index("chuyển đổi số")
    spans.append(Span(second, second + 13))
    snip = snippet(text, spans, width=120)
    assert snip.text.startswith("…") and snip.text.endswith("…")
    assert [snip.text[s.start : s.end] for s in snip.spans] == ["Chuyển đổi số", "chuyển đổi số"]


def test_snippet_without_hits_is_the_lead():
    snip = snippet("Một câu mở đầu. Câu thứ hai.", [], width=200)
    assert snip.text == "Một câu mở đầu. Câu thứ hai." and snip.spans == ()


def test_snippet_prefers_the_passage_with_every_query_word():
    # "Đề án 06" ANDed: three lone "6"s early on must not win over the passage with "đề án" and "6"
    text = "Chiều 23.6, lúc 6 giờ, 6 đại biểu dự. " + "Nội dung khác không liên quan. " * 12 + "Triển khai đề án 6."
    low = text.lower()
    spans = [Span(i, i + 1) for i in range(len(low)) if low[i] == "6"]
    da = low.index("đề án")
    spans.insert(-1, Span(da, da + 5))
    snip = snippet(text, spans, width=80)
    assert [snip.text[s.start : s.end] for s in snip.spans] == ["đề án", "6"]
