"""One meaning per query (issue 11, 1): missing marks widen, never narrow; tone styles are one word.

Property-tested: queries sampled from real titles (runs of 1–4 words, a fixed seed),
each compared with its unaccented form — every article the accented form finds, the
unaccented one finds too — and with its other tone style (``uỷ``/``ủy``, ``hoà``/``hòa``):
the same articles. On hand-written articles, and (``corpus``) on a slice of the 20k corpus.
"""

from __future__ import annotations

import random
import re

import pytest
from helpers import needs_corpus, write_articles

from briefing_tui.search import Config, Query, SearchService
from briefing_tui.search.analysis import fold

OLD_STYLE = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "uỷ": "ủy", "uý": "úy", "uỳ": "ùy",
             "uỹ": "ũy", "uỵ": "ụy", "oè": "òe", "oé": "óe", "oẻ": "ỏe", "oẽ": "õe", "oẹ": "ọe"}
"""Old-style tone placement → new style (both are written; analysis makes them one word)."""


def other_tone_style(text: str) -> str:
    """The other placement, where a syllable ends in the pair ("hoà" ↔ "hòa"; "loạt" has one only)."""
    for old, new in OLD_STYLE.items():
        for a, b in ((old, new), (new, old)):
            swapped = re.sub(rf"(?<![qQ]){a}(?!\w)", b, text)  # "quỵ" has one placement only
            if swapped != text:
                return swapped
    return text


def ids(service: SearchService, text: str, limit: int = 400) -> tuple[set[str], int]:
    """Every article found (a row's near-duplicates too: a page holds one row per story) and the total."""
    result = service.search(Query(text, limit=limit))
    return {i for h in result.hits for i in (h.id, *h.similar)}, result.total


def check_meaning(service: SearchService, text: str) -> None:
    accented, total = ids(service, text)
    loose_text = fold(text.lower())
    loose_total = service.search(Query(loose_text, limit=1)).total
    assert loose_total >= total, f"{text!r}: {total} articles, unaccented {loose_total}"
    if total <= 400 and loose_total <= 2000:  # every id of both (hits for 2,000 take about a second)
        loose, _ = ids(service, loose_text, limit=loose_total)
        missing = accented - loose
        assert not missing, f"{text!r}: the unaccented form misses {sorted(missing)[:5]}"
    styled = other_tone_style(text)
    if styled != text:
        assert ids(service, styled) == (accented, total), f"{text!r} and {styled!r} differ"


def sampled_queries(service: SearchService, n: int, seed: int) -> list[str]:
    """Runs of 1–4 words from the titles of articles the index holds (a fixed seed)."""
    rng = random.Random(seed)
    # sorted: docnums (and so the order of equal dates) differ from one build to the next
    titles = sorted(h.title for h in service.search(Query("", limit=500)).hits if h.has_title)
    out: list[str] = []
    while len(out) < n and titles:
        words = [w.strip(".,:;!?\"“”()") for w in rng.choice(titles).split()]
        words = [w for w in words if w]
        if not words:
            continue
        size = rng.randint(1, min(4, len(words)))
        start = rng.randrange(len(words) - size + 1)
        query = " ".join(words[start : start + size])
        if fold(query) != query:  # it has marks to lose
            out.append(query)
    return out


def test_missing_marks_widen_and_tone_styles_agree(tmp_path):
    folder = write_articles(tmp_path / "in", {
        "a.txt": "Giải ngân vốn đầu tư công\n\nTỉnh uỷ chỉ đạo giải ngân vốn đầu tư công năm 2023.",
        "b.txt": "Vốn đầu tư\n\nTỉnh ủy họp về vốn đầu tư; giải ngân còn chậm, công trình dở dang.",
        "c.txt": "Sở Tài chính\n\nSở Tài chính báo cáo số liệu thu ngân sách, hoà vốn.",
        "d.txt": "So sánh số liệu\n\nSố liệu so sánh cho thấy hòa vốn sau ba năm.",
    })
    service = SearchService(Config(), tmp_path / "ix")
    service.index([folder])
    for text in ["giải ngân vốn đầu tư công", "Tỉnh uỷ", "Tỉnh ủy", "số", "sở", "hoà vốn", "số liệu", "đầu tư công"]:
        check_meaning(service, text)
    # the counts the issue quotes, in miniature: one meaning, and the phrase counted apart
    marked = service.search(Query("giải ngân vốn đầu tư công"))
    unmarked = service.search(Query("giai ngan von dau tu cong"))
    assert (marked.total, marked.phrase_total) == (unmarked.total, unmarked.phrase_total) == (2, 1)
    assert [service.search(Query(w)).total for w in ("so", "số", "sở")] == [2, 2, 1]


@pytest.mark.corpus
@pytest.mark.slow
@needs_corpus
def test_missing_marks_widen_on_sampled_corpus_queries(corpus_slice):
    queries = sampled_queries(corpus_slice, 60, seed=11) + [
        "giải ngân vốn đầu tư công", "Tỉnh uỷ", "Đề án 06", "Bình Dương", "an toàn giao thông", "Hoà Bình",
    ]
    for text in queries:
        check_meaning(corpus_slice, text)
