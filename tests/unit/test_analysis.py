"""The Vietnamese analyzer, token by token (docs/analysis.md §1–6)."""

from __future__ import annotations

import random
import unicodedata

import pytest

from briefing_tui.search.analysis import (
    analyze,
    canonical_tones,
    fold,
    has_diacritics,
    index_terms,
    normalize,
    tokenize,
)


def texts(s: str) -> list[str]:
    return [t.text for t in analyze(s)]


def test_nfd_input_is_composed_before_tokenizing():
    nfd = unicodedata.normalize("NFD", "Việt Nam chuyển đổi số")
    assert nfd != "Việt Nam chuyển đổi số"
    assert texts(nfd) == ["việt", "nam", "chuyển", "đổi", "số"]


def test_nbsp_and_dashes():
    assert normalize("a\u00a0b \u2013 c \u2014 d") == "a b - c - d"


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Tỉnh uỷ", "Tỉnh ủy"),
        ("hoà", "hòa"),
        ("Hoà Bình", "Hòa Bình"),
        ("thuỷ", "thủy"),
        ("khoẻ", "khỏe"),
        ("HOÀ", "HÒA"),
        ("Uỷ ban", "Ủy ban"),
        ("hoạ", "họa"),
        ("quý", "quý"),  # q+u+y is not an uy pair
        ("QUÝ", "QUÝ"),
        ("Genève", "Genève"),  # foreign words are left alone
        ("hoàng", "hoàng"),  # the pair is not run-final
    ],
)
def test_tone_placement_is_canonicalised(written, canonical):
    assert canonical_tones(written) == canonical


def test_tone_canonicalisation_is_idempotent_and_length_preserving():
    sample = "Tỉnh uỷ Hoà Bình thuỷ lợi khoẻ mạnh quý II hoà giải"
    once = canonical_tones(sample)
    assert canonical_tones(once) == once
    assert len(once) == len(sample)


def test_both_tone_styles_give_the_same_tokens():
    assert texts("Tỉnh uỷ") == texts("Tỉnh ủy") == ["tỉnh", "ủy"]
    assert texts("Hoà Bình") == texts("Hòa Bình")


def test_d_stroke_and_one_letter_tokens_are_kept():
    assert texts("đ I/2022 a") == ["đ", "i", "2022", "a"]


def test_no_stopwords_an_ninh_and_so_survive():
    assert texts("an ninh, an toàn, chuyển đổi số, bộ, chính") == [
        "an", "ninh", "an", "toàn", "chuyển", "đổi", "số", "bộ", "chính",
    ]


@pytest.mark.parametrize(
    ("written", "tokens"),
    [
        ("10,2%", ["10", "2"]),
        ("1.077 thôn", ["1", "077", "thôn"]),  # never "1 77"
        ("22/22 bộ", ["22", "22", "bộ"]),
        ("COVID-19", ["covid", "19"]),
        ("CMCN 4.0", ["cmcn", "4", "0"]),
        ("Đề án 06", ["đề", "án", "6"]),  # standalone leading zero stripped
        ("Đề án 6", ["đề", "án", "6"]),
        ("04 cấp", ["4", "cấp"]),
        ("001", ["1"]),
        ("0", ["0"]),
        ("0006", ["0006"]),  # four digits: not stripped
        ("25/06", ["25", "06"]),  # after a separator: kept
        ("06/2022", ["06", "2022"]),
        ("06h30", ["6", "h", "30"]),
    ],
)
def test_numbers(written, tokens):
    assert texts(written) == tokens


def test_offsets_point_into_the_normalised_text():
    text = normalize("Hội nghị Đề án 06, ngày 25/12.")
    for tok in tokenize(text):
        assert fold(text[tok.start : tok.end].lower()).lstrip("0") == fold(tok.text).lstrip("0") or tok.text == "0"


def test_fold():
    assert fold("chuyển đổi số") == "chuyen doi so"
    assert fold("Đề án") == "De an"
    assert fold("ủy") == "uy"
    assert len(fold("Nguyễn Tiến Dũng")) == len("Nguyễn Tiến Dũng")


def test_has_diacritics_routes_terms():
    assert has_diacritics("số") and has_diacritics("đ") and has_diacritics("sở")
    assert not has_diacritics("so") and not has_diacritics("csdl") and not has_diacritics("2022")


_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵAĐÊ0123456789 .,/:-%()\n_"


def test_fast_index_terms_agree_with_the_offset_tokenizer():
    rng = random.Random(1234)
    for _ in range(3000):
        s = normalize("".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 40))))
        assert index_terms(s) == [t.text for t in tokenize(s)], s


def test_the_fold_table_scans_only_where_folding_letters_lie():
    """The table is built from ``FOLDED_RANGES`` at every start; scanning every code point from
    U+00C0 to U+1FFF (what it did before) gives the same table, so no letter is left unfolded."""
    from briefing_tui.search.analysis import FOLD_TABLE, _build_fold_table

    wide = _build_fold_table(((0x00C0, 0x2000),))
    assert str.maketrans(wide) == FOLD_TABLE
    assert fold("ỲÝỶỸỴ ǹ ḿ đĐ") == "YYYYY n m dD"


def test_abbreviation_forms_normalised_together_equal_one_by_one():
    """``build_table`` normalises every form in one pass; each must come out as ``_form`` alone gives it
    (tone placement, NFD input, a number with leading zeros, a line break that forces the slow way)."""
    from briefing_tui.search.abbreviations import _form, _forms, build_table

    texts = ["hoà bình", unicodedata.normalize("NFD", "cơ sở dữ liệu"), "T.Ư", "đề án 06", "UBND", "thủy lợi"]
    assert _forms(texts) == [_form(t) for t in texts]
    assert _forms([*texts, "a\nb"]) == [_form(t) for t in [*texts, "a\nb"]]
    table = build_table(extra=(("HB", "hoà bình"), ("CSDL", "cơ sở dữ liệu")))
    group = table.lookup(("hoa", "binh"))
    assert group is not None and ("hb",) in group and ("hòa", "bình") in group
    assert table.lookup(("csdl",)) == table.lookup(("co", "so", "du", "lieu"))


def _tones_by_alternation(text: str) -> str:
    """The rule as first written (session 26 made the pattern one class of first letters, for speed): kept here
    to compare against."""
    import re

    from briefing_tui.search.analysis import _TONE_MOVES, _TONED_A, _TONED_E, _TONED_Y, _UPPER

    rx = re.compile(f"(?:[oO][{_TONED_A}{_TONED_E}{_UPPER[:10]}]|[uU][{_TONED_Y}{_UPPER[10:]}])" + r"(?![^\W\d_])")

    def move(m: re.Match[str]) -> str:
        pair, start = m.group(), m.start()
        if pair[0] in "uU" and start > 0 and text[start - 1] in "qQ":
            return pair
        return _TONE_MOVES[pair]

    return rx.sub(move, text)


def test_tone_placement_equals_the_alternation_on_random_text():
    import random

    rng = random.Random(26)
    letters = "oOuUqQaAeEyYhk " + "àáảãạèéẻẽẹỳýỷỹỵ" + "àáảãạèéẻẽẹỳýỷỹỵ".upper() + "1-."
    for _ in range(3000):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(1, 12)))
        assert canonical_tones(text) == _tones_by_alternation(text), text
