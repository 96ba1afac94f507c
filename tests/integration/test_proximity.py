"""No silent fallback (issue 11, 2): when no article has the phrase, the count says so first, and
the articles where the words stand close come before those where they are scattered."""

from __future__ import annotations

from helpers import hit_ids, write_articles

from briefing_tui.search import Config, Query, SearchService
from briefing_tui.search.query.proximity import min_window


def test_min_window():
    assert min_window([[3, 40], [5], [4, 90]]) == 3
    assert min_window([[1, 50], [60], [2, 58]]) == 11  # 50, 58, 60
    assert min_window([[7], [7]]) == 1
    assert min_window([[1], []]) is None


def test_words_together_outrank_the_same_words_scattered(tmp_path):
    scattered = ("Đề xuất mới\n\n" + "Đề xuất " * 6 + "của tỉnh. " + "Phương án " * 6 + "được bàn. "
                 + "Có 6 nhóm giải pháp. " * 3)
    folder = write_articles(tmp_path / "in", {
        "scattered.txt": scattered,
        "close.txt": "Kế hoạch\n\nTỉnh triển khai đề án số 06 về dữ liệu dân cư trong năm nay và các năm sau nữa.",
        "other.txt": "Tin khác\n\nKhông có gì về chủ đề này.",
    })
    service = SearchService(Config(), tmp_path / "ix")
    service.index([folder])
    result = service.search(Query("đề án 06"))
    assert result.total == 2 and result.phrase_total == 0 and result.relaxed
    assert hit_ids(result) == ["close", "scattered"]
    # without proximity the scattered article, holding each word many times, would be first
    assert result.hits[1].score > result.hits[0].score


def test_cli_headline_says_no_article_has_the_phrase(tmp_path, capsys):
    from briefing_tui.tui.cli import main

    folder = write_articles(tmp_path / "in", {"a.txt": "Tin\n\nSố liệu chuyển đổi năm nay tăng."})
    assert main(["--index-dir", str(tmp_path / "ix"), "index", "--quiet", str(folder)]) == 0
    capsys.readouterr()
    assert main(["--index-dir", str(tmp_path / "ix"), "search", "số chuyển đổi"]) == 0
    assert capsys.readouterr().out.splitlines()[0].startswith("1 article · none with the exact phrase")


def test_positions_of_a_word_in_many_articles_are_each_articles_own(seed_service):
    """``positions_in`` (one finder per word for all of a page's articles) gives what reading each article's token
    row on its own gives (the phrase index's ``positions``, article by article), for words typed with and without
    marks, a word no article holds, and a document number past the index's."""
    from briefing_tui.search.analysis import fold
    from briefing_tui.search.query.source import QTok

    snap = seed_service._open().source  # type: ignore[attr-defined]
    docs = sorted(snap.live) + [10_000]
    checked = 0
    for text, folded in (("tỉnh", False), ("tinh", True), ("so", True), ("số", False), ("xyzzy", True)):
        many = snap.positions_in(docs, QTok(text, folded=folded))
        word = fold(text) if folded else text
        alone = {d: snap.phrases.positions(snap.columns.ords[d], word, folded) if d < snap.doc_count_all else []
                 for d in docs}
        assert many == alone
        checked += sum(1 for d in docs if many[d])
    assert checked >= 5
