"""Facets counted through a mask of the matches give the counts the sets and tallies give (issue 14, session 57).

Over a large share of the index the facets count from a mask of the matches, or of the live articles outside
them (``query/docmask.py``): provinces and sources by each value's marked articles or its bitmap, the officials
only as far down their sizes as a value can still be shown (``facets._top_marked``). Every facet of every
query of a mix, with and without filters, in a fresh process's first count and in the app's later ones, must
be the same with the masks always used (``MASK_SHARE`` 1, bitmaps for every value) and never used; on the
seeds, on hand-written articles over two segments with a deletion, and on a 3,000-article slice of the corpus.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from helpers import needs_corpus, write_articles

from briefing_tui.search import Config, Query, SearchService
from briefing_tui.search.models import Filters
from briefing_tui.search.query import facets
from briefing_tui.search.query.docmask import DocMask, bits_of

QUERIES = ["", "số", "tỉnh", "chuyển đổi số", "kinh tế", "Hà Nội", "người dân", "ha noi", "giá", "bão -lũ"]


def snapshot(index: Path, queries: list[str]) -> list[tuple]:  # type: ignore[type-arg]
    """Every facet of every query, twice (a fresh process's first count, then the app's), plain and filtered by
    the first province and official each shows."""
    service = SearchService(Config(), index)
    out = []
    try:
        for _round in range(2):
            for text in queries:
                result = service.search(Query(text, limit=20))
                out.append((text, result.total, result.facets))
                f = result.facets
                province = tuple(v.value for v in f.province_2025 if v.count)[:1]
                official = tuple(v.value for v in f.official if v.count)[:1]
                for chosen in (Filters(provinces=province), Filters(officials=official),
                               Filters(provinces=province, officials=official)):
                    filtered = service.search(Query(text, limit=20, filters=chosen))
                    out.append((text, chosen, filtered.total, filtered.facets))
    finally:
        service.close()
    return out


def compare(index: Path, queries: list[str], monkeypatch: pytest.MonkeyPatch) -> list[tuple]:  # type: ignore[type-arg]
    """The facets with masks never used, then always (every value by its bitmap after the first count)."""
    monkeypatch.setattr(facets, "MASK_SHARE", 10**9)
    never = snapshot(index, queries)
    monkeypatch.setattr(facets, "MASK_SHARE", 1)
    monkeypatch.setattr(facets, "BITS_SHARE", 10**9)
    always = snapshot(index, queries)
    assert always == never
    return never


def test_a_mask_counts_what_the_sets_count():
    rng = random.Random(57)
    for bound in (1, 7, 64, 1000, 4099):
        docs = set(rng.sample(range(bound), rng.randint(0, bound)))
        mask = DocMask(docs, bound)
        assert mask.count_in(range(bound)) == len(docs) == mask.bits.bit_count()
        for _ in range(5):
            other = set(rng.sample(range(bound), rng.randint(0, bound)))
            assert mask.count_in(sorted(other)) == len(docs & other)
            assert mask.count_bits(bits_of(other, bound)) == len(docs & other)
    assert DocMask((), 0).count_bits(bits_of((), 0)) == 0


def test_the_same_facets_on_the_seeds(seed_service, monkeypatch):
    plain = [entry for entry in compare(seed_service.index_path, QUERIES, monkeypatch) if len(entry) == 3]
    assert any(total and f.province and f.official for _q, total, f in plain)


def test_the_same_facets_over_two_segments_with_a_deletion(tmp_path, monkeypatch):
    rng = random.Random(57)
    places = ["tỉnh Hà Giang", "TP Hà Nội", "tỉnh Lào Cai", "tỉnh Nghệ An", "TP.HCM", "tỉnh Quảng Ninh"]
    people = ["Chủ tịch UBND tỉnh Nguyễn Văn Sơn", "Bí thư Tỉnh ủy Đặng Quốc Khánh", "Phó Thủ tướng Trần Hồng Hà",
              "Giám đốc Sở Tài chính Lê Thị Hoa", "Bộ trưởng Bộ Tài chính Hồ Đức Phớc"]
    words = ["số", "chuyển", "đổi", "người", "dân", "kinh", "tế", "giá", "bão", "lũ", "xã", "huyện"]

    def text(i: int) -> str:
        where = rng.choice(places)
        who = rng.choice(people)
        return (f"Tin {i} từ {where}\n\nNgày {1 + i % 28}/{1 + i % 12}/2023, tại {where}, {who} cho biết "
                + " ".join(rng.choice(words) for _ in range(25)) + f". Ông nói thêm về {rng.choice(places)}.")

    folder = write_articles(tmp_path / "in", {f"a{i:03d}.txt": text(i) for i in range(160)})
    service = SearchService(Config(), tmp_path / "ix")
    service.index([folder])
    for name in ("a003.txt", "a080.txt", "a159.txt"):
        (folder / name).unlink()
    write_articles(folder, {f"b{i:03d}.txt": text(i) for i in range(40)})
    service.index([folder])
    service.close()
    plain = [entry for entry in compare(tmp_path / "ix", QUERIES, monkeypatch) if len(entry) == 3]
    broad = [f for _q, total, f in plain if total > 100]
    assert broad and all(sum(v.count for v in f.province) and sum(v.count for v in f.official) for f in broad)


@needs_corpus
@pytest.mark.corpus
def test_the_same_facets_on_a_corpus_slice(corpus_slice, monkeypatch):
    compare(corpus_slice.index_path, QUERIES + ["covid", "thu tuong", "gia vang", "ủy ban nhân dân"], monkeypatch)


@needs_corpus
@pytest.mark.corpus
def test_a_broad_query_counts_only_the_officials_it_can_show(corpus_slice, monkeypatch):
    """"người" matches most of the slice: the officials facet shows 50 of ~1,000 values, and counts few more."""
    counted: list[int] = []
    service = SearchService(Config(), corpus_slice.index_path)
    source = service._open().source  # type: ignore[attr-defined]
    real = type(source).facet_marked

    def spy(self, field, index, mask):  # type: ignore[no-untyped-def]
        if field == "official":
            counted.append(index)
        return real(self, field, index, mask)

    monkeypatch.setattr(type(source), "facet_marked", spy)
    result = service.search(Query("người", limit=20))
    values, live = len(source.facet_sizes("official")), source.doc_count
    service.close()
    assert result.total * facets.MASK_SHARE >= live
    assert len(result.facets.official) == 50
    assert 50 <= len(counted) < values / 4, (len(counted), values)


def choosing_a_year_gives_its_count(service: SearchService, text: str, chosen: Filters) -> int:
    """Every year the date facet shows beside ``chosen``, selected too, finds exactly the count it showed."""
    shown = service.search(Query(text, limit=5, filters=chosen)).facets.year
    checked = 0
    for year in shown:
        if year.value == "unknown" or (year.count == 0 and checked > 3):
            continue
        query = f"{text} date:{year.value}".strip()
        assert service.search(Query(query, limit=5, filters=chosen)).total == year.count, (text, chosen, year)
        checked += 1
    return checked


@needs_corpus
@pytest.mark.corpus
def test_the_date_facet_beside_a_province_and_an_official_counts_their_articles(corpus_slice):
    """Session 57: with a province and an official chosen, the date facet counted over the province's articles (the
    officials' base, dropped after their count, had lent its id to the dates' base in ``facets.count``'s cache)."""
    service = SearchService(Config(), corpus_slice.index_path)
    try:
        checked = 0
        for text in ("", "người", "covid"):
            f = service.search(Query(text, limit=5)).facets
            province = next(v.value for v in f.province_2025 if v.count)
            for official in [v.value for v in f.official if v.count][:3]:
                for chosen in (Filters(provinces=(province,), officials=(official,)), Filters(officials=(official,))):
                    checked += choosing_a_year_gives_its_count(service, text, chosen)
        assert checked >= 10
    finally:
        service.close()
