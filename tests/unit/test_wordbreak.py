"""crosses_word: a phrase match must not start or end inside a neighbouring word (issue 11, point 3).

Every sentence here is written for the test, not taken from the corpus.
"""

from __future__ import annotations

import time

import pytest

from briefing_tui.search.analysis import normalize, tokenize
from briefing_tui.search.wordbreak import (
    CONTEXT,
    Lexicon,
    crosses_tokens,
    crosses_word,
    lexicon,
    lexicon_bytes,
    lexicon_from_bytes,
    open_edges,
)


def crosses(text: str, phrase: str, nth: int = 0) -> bool:
    """crosses_word at the nth case-insensitive occurrence of phrase in text."""
    low, p = text.lower(), phrase.lower()
    at = -1
    for _ in range(nth + 1):
        at = low.index(p, at + 1)
    return crosses_word(text, at, at + len(p))


# --- the examples, both ways ---------------------------------------------------------------

CROSSING = [
    ("Bộ Ngoại giao thông báo lịch họp báo định kỳ vào chiều thứ Năm.", "giao thông"),
    ("Tàu thăm dò đã vượt qua Thái Bình Dương trong ba tuần.", "Bình Dương"),
    ("Tàu thăm dò đã vượt qua Thái Bình Dương trong ba tuần.", "Thái Bình"),
    ("Các doanh nghiệp thủy sản xuất khẩu sang châu Âu tăng mạnh.", "sản xuất"),
    ("Năm nay Trung Quốc gia tăng nhập khẩu gạo.", "quốc gia"),
    ("Hai vận động viên giành huy chương vàng.", "động viên"),
    ("Các cổ động viên đã có mặt từ sớm.", "động viên"),
    ("Anh ấy hoàn thành công tác được giao trước thời hạn.", "thành công"),
    ("Bà con sang nhà hàng xóm để xem bóng đá.", "nhà hàng"),
    ("Công ty đã chi 500 tỷ đồng bằng vốn tự có.", "đồng bằng"),
    ("Hai bên ký hợp đồng bằng văn bản.", "đồng bằng"),
    ("Cơ quan chức năng đã huy động lực lượng cứu hộ.", "động lực"),
    # a match that runs from lower case into a name: the name begins inside it
    ("Đội bóng thắng trận trên sân nhà Hàng Đẫy tối qua.", "nhà hàng"),
]

MATCHING = [
    ("Bộ Giao thông vận tải vừa công bố kế hoạch mới.", "giao thông"),
    ("Kẹt xe khiến giao thông qua khu vực bị ùn ứ.", "giao thông"),
    ("Lãnh đạo tỉnh Bình Dương tiếp đoàn công tác.", "Bình Dương"),
    ("Ông về thăm quê ở Thái Bình vào cuối tuần.", "Thái Bình"),
    ("Nông dân mở rộng sản xuất lúa gạo vụ đông.", "sản xuất"),
    ("Lực lượng công an bảo vệ an ninh quốc gia.", "quốc gia"),
    ("Lời động viên tinh thần giúp các em tự tin hơn.", "động viên"),
    ("Dự án đã thành công ngoài mong đợi.", "thành công"),
    ("Khu du lịch có nhiều nhà hàng ven biển.", "nhà hàng"),
    ("Vùng đồng bằng sông Cửu Long vào mùa nước nổi.", "đồng bằng"),
    ("Người dân chủ động phòng chống bão.", "người dân"),
    ("Phó Chủ tịch Hội đồng Bộ trưởng đã ký quyết định.", "hội đồng"),
    ("Các nhà sản xuất ô tô tăng giá bán.", "sản xuất"),
    ("Thủy sản xuất khẩu tăng so với năm trước.", "xuất khẩu"),
    ("Đồng chí Nguyễn Thái Bình phát biểu tại hội nghị.", "Thái Bình"),
    ("Chủ tịch UBND tỉnh Nam Định Trần Văn An dự lễ.", "Nam Định"),
    # a Sino-Vietnamese prefix on a word: the word is a part ("đại | hội đồng", not "đại hội | đồng")
    ("Phiên họp Đại hội đồng cổ đông thường niên diễn ra sáng nay.", "hội đồng"),
    ("Đại hội đồng Liên Hợp Quốc thông qua nghị quyết.", "hội đồng"),
    ("Nhà hàng Hoa Sen mở cửa lại sau Tết.", "nhà hàng"),
    # "là" after a noun is the copula, not the end of a listed "số là" / "nghĩa là"
    ("Hiện nay, chuyển đổi số là xu thế tất yếu.", "chuyển đổi số"),
    ("Hội thảo có ý nghĩa là dịp để trao đổi.", "ý nghĩa"),
]


@pytest.mark.parametrize(("text", "phrase"), CROSSING)
def test_match_inside_a_neighbouring_word_crosses(text: str, phrase: str) -> None:
    assert crosses(text, phrase)


@pytest.mark.parametrize(("text", "phrase"), MATCHING)
def test_true_match_stays(text: str, phrase: str) -> None:
    assert not crosses(text, phrase)


# --- spelling variants ------------------------------------------------------------------------------


def test_old_and_new_tone_placement_agree() -> None:
    # the word list spells "hoà bình" (old style); both spellings in the text find it
    for word in ("hòa", "hoà", "HOÀ", "Hòa"):
        assert crosses(f"Nhân dân yêu {word} bình.", f"yêu {word}")
    assert crosses("Ngành thủy sản xuất khẩu mạnh.", "sản xuất")
    assert crosses("Ngành thuỷ sản xuất khẩu mạnh.", "sản xuất")
    assert not crosses("Ủy ban hoà giải đã họp.", "hoà giải")


def test_case_does_not_change_listed_words() -> None:
    assert crosses("BỘ NGOẠI GIAO THÔNG BÁO LỊCH HỌP.", "giao thông")
    assert not crosses("BỘ GIAO THÔNG VẬN TẢI CÔNG BỐ KẾ HOẠCH.", "giao thông")


# --- capitalisation ---------------------------------------------------------------------------------


def test_capitalised_run_binds_a_name() -> None:
    # "Trung Quốc" is not in the word list: the capitalised run makes it one unit
    assert crosses("Năm nay Trung Quốc gia tăng đầu tư.", "quốc gia")
    # lower case "toàn quốc" is a listed word
    assert crosses("Số ca mắc trên toàn quốc gia tăng nhanh.", "quốc gia")
    # a capitalised neighbour that is a separate word does not bind: "Viện Dinh dưỡng Quốc gia"
    assert not crosses("Viện Dinh dưỡng Quốc gia khuyến cáo người dân.", "quốc gia")


def test_acronym_is_not_a_name_part() -> None:
    assert not crosses("Lãnh đạo UBND Bình Dương làm việc với đoàn.", "Bình Dương")


# --- boundaries -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Chúng tôi đi vận. Động viên mọi người.",
        "Chúng tôi đi vận, động viên mọi người.",
        "Chúng tôi đi (vận) động viên mọi người.",
        "Chúng tôi đi vận\nđộng viên mọi người.",
        "Chúng tôi đi vận - động viên mọi người.",
        "Chúng tôi đi vận: động viên mọi người.",
    ],
)
def test_punctuation_and_line_breaks_separate(text: str) -> None:
    assert crosses("Chúng tôi đi vận động viên mọi người.", "động viên")  # control: "vận động | viên"
    assert not crosses(text, "động viên")


def test_sentence_boundary_before_the_match() -> None:
    assert crosses("Họ làm ngoại giao thông qua kênh riêng.", "giao thông")
    assert not crosses("Họ làm ngoại. Giao thông qua kênh riêng.", "giao thông")
    assert not crosses("Họ làm ngoại, giao thông qua kênh riêng.", "giao thông")
    assert not crosses("Họ làm ngoại\ngiao thông qua kênh riêng.", "giao thông")


def test_number_before_currency() -> None:
    assert crosses("Dự án được cấp 200 đồng bằng tiền mặt.", "đồng bằng")
    assert crosses("Dự án được cấp 2.000 đồng bằng tiền mặt.", "đồng bằng")
    assert not crosses("Dự án ở đồng bằng được cấp vốn.", "đồng bằng")
    # the amount is whole before its currency: a phrase may end at it
    assert not crosses("Huyện đã giải ngân 12 tỷ đồng cho dự án.", "giải ngân 12 tỷ")
    assert not crosses("Huyện đã giải ngân 12 tỷ đồng cho dự án.", "ngân 12")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("giao thông", "giao thông"),
        ("Giao thông qua cầu bị cấm.", "giao thông"),
        ("Ưu tiên đầu tư giao thông", "giao thông"),
        ("vận động viên", "động viên"),
        ("Bộ Ngoại giao thông báo", "giao thông"),
    ],
)
def test_text_edges(text: str, phrase: str) -> None:
    expected = text.lower().startswith(("vận", "bộ"))
    assert crosses(text, phrase) is expected


def test_bounded_window_on_long_text() -> None:
    filler = "người dân địa phương rất vui mừng. " * 20_000  # ~700k characters
    text = "Bộ Ngoại giao thông báo " + filler + "đội tuyển có nhiều vận động viên"
    first = text.index("giao thông")
    last = text.rindex("động viên")
    t0 = time.perf_counter()
    assert crosses_word(text, first, first + len("giao thông"))
    assert crosses_word(text, last, len(text))
    middle = text.index("người dân", len(text) // 2)
    assert not crosses_word(text, middle, middle + len("người dân"))
    # only the window is read: three calls on 700k characters stay far below a millisecond each
    assert time.perf_counter() - t0 < 0.05


def test_context_is_bounded() -> None:
    assert 1 <= CONTEXT <= 6


# --- the lexicon ------------------------------------------------------------------------------------


def test_lexicon_loads_once_and_is_normalised() -> None:
    lex = lexicon()
    assert lex is lexicon()
    assert "giao thông" in lex.words
    assert "hòa bình" in lex.words  # the list spells it "hoà bình"; lookups use the "hòa" style
    assert "giao thông" in lex.words and "ngoại giao" in lex.words
    assert all(" " in w for w in list(lex.words)[:1000])


def test_custom_lexicon() -> None:
    lex = Lexicon.from_words(["xanh lá", "lá cây", "a-b-c"], source="test")
    assert lex.words == frozenset({"xanh lá", "lá cây"})
    text = "màu xanh lá cây"
    at = text.index("lá cây")
    # "xanh | lá cây" vs "xanh lá | cây" tie: the rightward reading keeps "lá cây"
    assert not crosses_word(text, at, at + len("lá cây"), lex)
    at = text.index("xanh lá")
    assert crosses_word(text, at, at + len("xanh lá"), lex)


def test_the_word_list_an_index_keeps_answers_in_place_as_the_sets_do() -> None:
    """A query reads the index's copy of the list by binary search over its sorted bytes
    (``SortedLines``): every word and pair, and every near miss, must answer as the sets do."""
    lex = lexicon()
    kept = lexicon_from_bytes(lexicon_bytes(lex), "test")
    assert not isinstance(kept.words, frozenset)  # read in place, not built into sets
    words, pairs = sorted(lex.words), sorted(lex.pairs)
    assert all(w in kept.words for w in words) and all(p in kept.pairs for p in pairs)
    misses = [w[:-1] for w in words[::7]] + [w + "a" for w in words[::7]] + [p + " x" for p in pairs[::7]]
    misses += ["", " ", "a", "đ", "zzz zzz", "\uffff", words[0][:1], words[-1] + "\uffff", pairs[0], words[0]]
    for probe in misses:
        assert (probe in kept.words) == (probe in lex.words), probe
        assert (probe in kept.pairs) == (probe in lex.pairs), probe
        assert (probe in kept.words) == (probe in kept.words)  # asked again: the remembered answer
    assert 42 not in kept.words  # type: ignore[operator]
    assert len(kept.words) == len(lex.words) and set(kept.pairs) == set(lex.pairs)


def test_a_small_or_empty_word_list_kept_in_an_index() -> None:
    small = Lexicon.from_words(["xanh lá", "lá cây", "đường sắt", "an toàn giao thông"], source="test")
    kept = lexicon_from_bytes(lexicon_bytes(small), "test")
    for probe in ["xanh lá", "lá cây", "đường sắt", "an toàn giao thông", "an toàn", "xanh", "cây", "đường"]:
        assert (probe in kept.words) == (probe in small.words), probe
    for probe in ["an toàn", "toàn giao", "giao thông", "xanh lá", "đường sắt", "lá xanh"]:
        assert (probe in kept.pairs) == (probe in small.pairs), probe
    empty = lexicon_from_bytes(lexicon_bytes(Lexicon.from_words([], source="test")), "test")
    assert "xanh lá" not in empty.words and len(empty.words) == 0 and list(empty.pairs) == []
    with pytest.raises(ValueError, match="not a word list"):
        lexicon_from_bytes(b"xanh l\xc3\xa1\nl\xc3\xa1 c\xc3\xa2y", "test")


# --- the same decision on the phrase index's tokens ------------------------------------------------


@pytest.mark.parametrize(("text", "phrase"), CROSSING + MATCHING)
def test_tokens_and_text_agree(text: str, phrase: str) -> None:
    """crosses_tokens reads what the phrase index keeps (lower-case terms, open_edges flags), not the
    text; on every sentence above it must decide as crosses_word does."""
    norm = normalize(text)
    tokens = tokenize(norm)
    words = [t.text for t in tokens]
    want = normalize(phrase).lower().split()
    a = next(i for i in range(len(words)) if words[i : i + len(want)] == want)
    b = a + len(want)
    expected = crosses_word(norm, tokens[a].start, tokens[b - 1].end)
    assert crosses_tokens(words, open_edges(norm), a, b) == expected
