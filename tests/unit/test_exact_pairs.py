"""Exact pairs (issue 14, warm queries): for the listed folded pairs the index builder judges every
occurrence with an open edge word by word, so an article's clean posting says exactly whether it holds the
two-syllable phrase as words — the same answer the query-time judge (``PhraseIndex.verify(judge=...)``)
gives, which a query then skips.

The sentences are written for the test (never corpus text)."""

from __future__ import annotations

import pytest

from briefing_tui.search.analysis import fold, normalize
from briefing_tui.search.embedded.phrase_build import NO_EXACT_PAIRS, ExactPairs, PhraseIndexBuilder, merge
from briefing_tui.search.embedded.phrases import PhraseIndex, PhraseIndexFile, pair_key
from briefing_tui.search.embedded.workers import phrase_terms
from briefing_tui.search.wordbreak import lexicon

SENTENCES = [
    "Người dân tộc thiểu số ở vùng cao được hỗ trợ vay vốn.",  # "người dân" cuts "dân tộc"
    "Người dân phấn khởi đón tin vui.",
    "Nhiều người dân tộc Mông sống ở đây; người dân địa phương vẫn giữ nghề.",  # both readings
    "Tàu hải quân hoạt động trên Thái Bình Dương trong tuần qua.",
    "Tỉnh Bình Dương thu hút thêm vốn đầu tư nước ngoài.",
    "Bộ Ngoại giao thông báo về chuyến thăm của đoàn đại biểu.",
    "Lực lượng cảnh sát giao thông điều tiết các tuyến phố.",
    "Ủy ban nhân dân tỉnh chỉ đạo bảo đảm an toàn giao thông.",
    "Nhân dân tộc người Chăm đón Tết.",
    "Thủ tướng Chính phủ chủ trì cuộc họp với các bộ, ngành.",
    "Một người dẫn đường đưa đoàn khách vào rừng.",
]


def _articles() -> dict[int, tuple[list[str], list[str], bytes]]:
    return {o: phrase_terms(normalize(s)) for o, s in enumerate(SENTENCES)}


def _write(path, articles, exact: ExactPairs) -> None:
    builder = PhraseIndexBuilder(exact)
    for o, (accented, folded, edges) in articles.items():
        builder.add(o, accented, folded, edges)
    builder.write(path)


def _every_pair(articles) -> ExactPairs:
    return ExactPairs.of(f"{a} {b}" for _, folded, _ in articles.values() for a, b in zip(folded, folded[1:]))


def test_an_exact_clean_posting_is_what_the_query_time_judge_decides(tmp_path):
    articles = _articles()
    _write(tmp_path / "p000001-plain.bin", articles, NO_EXACT_PAIRS)
    _write(tmp_path / "p000001-exact.bin", articles, _every_pair(articles))
    plain = PhraseIndex.open([tmp_path / "p000001-plain.bin"])
    exact = PhraseIndex.open([tmp_path / "p000001-exact.bin"])
    ords, lex = sorted(articles), lexicon()
    differ = 0
    try:
        pairs = {(x, y, fx, fy) for accented, folded, _ in articles.values()
                 for x, y, fx, fy in zip(accented, accented[1:], folded, folded[1:])}
        for x, y, fx, fy in sorted(pairs):
            assert exact.exact(f"{fx} {fy}") and not plain.exact(f"{fx} {fy}")
            judged, _ = plain.verify([(fx, True), (fy, True)], ords, judge=lex)
            assert sorted(exact.lookup_clean(pair_key(fx, fy, folded=True))) == sorted(judged), (fx, fy)
            differ += sorted(plain.lookup_clean(pair_key(fx, fy, folded=True))) != sorted(judged)
            if (x, y) != (fx, fy):
                judged, _ = plain.verify([(x, False), (y, False)], ords, judge=lex)
                assert sorted(exact.lookup_clean(pair_key(x, y, folded=False))) == sorted(judged), (x, y)
        # the structural bit alone was not the answer for some pairs: the judge had work to do
        assert differ >= 3
        # "người dân" as words: not in "Người dân tộc thiểu số" (0) nor "Nhân dân tộc" (8)
        assert sorted(exact.lookup_clean(pair_key("người", "dân", folded=False))) == [1, 2]
        assert sorted(exact.lookup_clean(pair_key("nguoi", "dan", folded=True))) == [1, 2]  # not "người | dẫn đường" (10)
        assert sorted(exact.lookup(pair_key("nguoi", "dan", folded=True))) == [0, 1, 2, 10]  # the syllables
    finally:
        plain.close()
        exact.close()


def test_only_the_listed_pairs_are_judged(tmp_path):
    articles = _articles()
    _write(tmp_path / "p000001-0.bin", articles, ExactPairs.of(["nguoi dan"]))
    f = PhraseIndexFile(tmp_path / "p000001-0.bin")
    try:
        index = PhraseIndex([f])
        assert index.exact("nguoi dan") and not index.exact("dan toc") and not index.exact("binh duong")
        # an unlisted pair keeps the structural bit: both outer edges closed, not judged
        assert 3 not in index.lookup_clean(pair_key("binh", "duong", folded=True))  # "Thái Bình Dương": open
        assert 4 not in index.lookup_clean(pair_key("binh", "duong", folded=True))  # "Tỉnh Bình Dương": open too
        assert index.lookup_clean(pair_key("nguoi", "dan", folded=True)) == [1, 2]
    finally:
        index.close()


@pytest.mark.parametrize("second", ["nguoi dan\nbinh duong", ""])
def test_a_merged_file_is_exact_only_for_the_pairs_every_source_was(tmp_path, second):
    articles = _articles()
    first_half = {o: a for o, a in articles.items() if o < 5}
    second_half = {o: a for o, a in articles.items() if o >= 5}
    _write(tmp_path / "p000001-a.bin", first_half, ExactPairs.of(["nguoi dan", "binh duong", "giao thong"]))
    _write(tmp_path / "p000001-b.bin", second_half, ExactPairs.of(second.splitlines()))
    merged = merge([tmp_path / "p000001-a.bin", tmp_path / "p000001-b.bin"], tmp_path / "c000002-m.bin", set())
    index = PhraseIndex.open([merged])
    try:
        assert index.exact("nguoi dan") == bool(second) and index.exact("binh duong") == bool(second)
        assert not index.exact("giao thong")  # listed in one source only
        if second:  # the exact answer survives the merge
            assert index.lookup_clean(pair_key("nguoi", "dan", folded=True)) == [1, 2]
    finally:
        index.close()


def test_the_shipped_list_holds_folded_pairs_only():
    from briefing_tui.search.embedded.phrase_build import shipped_exact_pairs

    shipped = shipped_exact_pairs()
    assert len(shipped.pairs) >= 1000
    assert all(fold(a) == a and fold(b) == b and a and b for a, b in shipped.pairs)
    assert ("nguoi", "dan") in shipped.pairs
    lines = shipped.lines.split(b"\n")
    assert lines == sorted(lines)  # the file's lines are searched in place by bisection
