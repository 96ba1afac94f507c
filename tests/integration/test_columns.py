"""The column file (columns.py) written at index time holds what Whoosh holds, and stories grouped then.

Facet values, dates and ordinals used to be read from Whoosh on a search's first
use, and near-duplicates grouped on it; they are now written by the indexing run
that commits a generation. These tests read both sides of a real index: the
column file and Whoosh's own data, through several runs (additions, an update,
a deletion, segments merged), and the stories a search shows.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from helpers import OTHER, STORY, write_articles

from briefing_tui.search import Config, Query, SearchService
from briefing_tui.search.embedded import reads
from briefing_tui.search.embedded.columns import FACET_FIELDS, TALLIED
from briefing_tui.search.embedded.schema import APPROX_DATE, DATE, ORD, SKETCH
from briefing_tui.search.similarity import stories

PROVINCES = ["Lai Châu", "Lào Cai", "Hà Giang", "Tuyên Quang", "Hà Nội", "Bình Dương"]


def texts(n: int, start: int = 0) -> dict[str, str]:
    return {
        f"p{i}.txt": f"Tin số {i}\n\nNgày {1 + i % 28}/3/2023, tại tỉnh {PROVINCES[i % 6]} và {PROVINCES[(i + 2) % 6]}, "
        f"ông Nguyễn Văn {'ABCDE'[i % 5]}n, Chủ tịch UBND tỉnh, phát biểu về cơ sở dữ liệu (CSDL) lần {i}."
        for i in range(start, start + n)
    }


def assert_columns_match_whoosh(service: SearchService) -> None:
    source = service._open().source
    reader = source.reader
    live = source.live
    assert list(source.columns.ords) == reads.read_numeric_column(reader, ORD)
    dates = reads.read_numeric_column(reader, DATE)
    approx = reads.read_numeric_column(reader, APPROX_DATE)
    assert list(source.dates) == dates
    assert list(source.dated) == [k or a for k, a in zip(dates, approx)]
    assert source.approximate == {d for d in live if approx[d] and not dates[d]}
    some = set(sorted(live)[::3])
    for field in FACET_FIELDS:
        expected = {v: set(docs) for v, docs in reads.read_field(reader, field).items()}
        # one value's docs and a tally by value index, read without building every value's set
        assert {v: source.facet_docs(field, v) for v in expected} == expected, field
        tally = source.facet_tally(field, some)
        assert {source.facet_value(field, i): n for i, n in tally.items()} == \
            {v: len(docs & some) for v, docs in expected.items() if docs & some}, field
        assert source.facet_docs(field, "no such value") == set()
        if field in TALLIED:  # both ways of counting, whichever tally() picks for these sizes
            for docs in (some, live, set(sorted(live)[:2])):
                assert source.columns.tally_by_doc(field, docs) == source.columns.tally_by_value(field, docs), field
        assert source.facet_values(field) == expected, field
    # the stories, grouped at index time, are what grouping the sketches now gives
    story = stories(reads.read_varbytes_column(reader, SKETCH), live, source.dated)
    assert list(source.stories) == story
    sizes = Counter(story[d] for d in live)
    assert list(source.grouped) == sorted(d for d in live if sizes[story[d]] > 1)


def test_the_column_file_holds_what_whoosh_holds_through_runs(tmp_path: Path):
    folder = write_articles(tmp_path / "in", texts(30))
    service = SearchService(Config(), tmp_path / "ix")
    service.index([folder])
    assert_columns_match_whoosh(service)
    assert service._open().source.facet_values("prov")["Lai Châu"]  # not trivially empty
    for run in range(3):  # each run a new segment; Whoosh merges small ones: docnums move
        write_articles(folder, texts(7, start=30 + 7 * run))
        (folder / f"p{run}.txt").unlink()  # a deletion
        (folder / f"p{10 + run}.txt").write_text(f"Bài sửa {run}: tỉnh Hà Giang công bố quy hoạch.", encoding="utf-8")
        report = service.index([folder])
        assert (report.added, report.updated, report.removed) == (7, 1, 1)
        assert_columns_match_whoosh(service)
    result = service.search(Query('province:"Hà Giang"'))
    assert "p12" in {h.id for h in result.hits} and result.facets.province_2025
    service.close()


def test_a_copy_indexed_in_a_later_run_joins_its_story_and_leaves_it_when_removed(tmp_path: Path):
    folder = write_articles(tmp_path / "in", {
        "vnexpress.txt": "Thứ trưởng Bộ Xây dựng làm Phó bí thư Tỉnh ủy Yên Bái\n\n" + STORY,
        "dulich.txt": "Yên Bái đặt mục tiêu 1,2 triệu lượt khách\n\n" + OTHER,
    })
    service = SearchService(Config(), tmp_path / "ix")
    service.index([folder])
    assert service.search(Query("Yên Bái")).story_total == 2
    write_articles(folder, {"dantri.txt": "Yên Bái có Phó bí thư Tỉnh ủy mới\n\nDân trí. " + STORY + " Theo TTXVN."})
    service.index([folder])
    result = service.search(Query("Yên Bái"))
    assert (result.total, result.story_total) == (3, 2)
    copy = next(h for h in result.hits if h.similar_total)
    assert {copy.id, *copy.similar} == {"vnexpress", "dantri"}
    assert_columns_match_whoosh(service)
    (folder / "vnexpress.txt").unlink()
    service.index([folder])
    result = service.search(Query("Yên Bái"))
    assert (result.total, result.story_total) == (2, 2) and not any(h.similar_total for h in result.hits)
    service.close()


def test_the_live_docnums_are_made_only_when_a_search_needs_them(tmp_path: Path):
    """A cold search of a rare phrase counts its facets over its few matches and never needs every live docnum
    (a set of 150,000 took ~17 ms of each cold search at 150k articles); the empty query lists them all. With a
    deleted article in the index, the counts are the same whether the set was made first or not."""
    folder = write_articles(tmp_path / "in", texts(30))
    service = SearchService(Config(), tmp_path / "ix")
    service.index([folder])
    source = service._open().source
    rare = service.search(Query('"lần 17"'))
    assert rare.total == 1 and "live" not in vars(source) and source.doc_count == 30
    everything = service.search(Query(""))
    assert "live" in vars(source) and len(source.live) == everything.total == 30
    service.close()

    (folder / "p3.txt").unlink()
    assert SearchService(Config(), tmp_path / "ix").index([folder]).removed == 1
    lazy, eager = SearchService(Config(), tmp_path / "ix"), SearchService(Config(), tmp_path / "ix")
    assert lazy._open().source._deleted  # the counts must leave the deleted document out
    assert len(eager._open().source.live) == eager._open().source.doc_count == 29  # made first this time
    for text in ('"lần 17"', "Hà Giang", ""):
        a, b = lazy.search(Query(text)), eager.search(Query(text))
        assert (a.total, a.facets, [h.id for h in a.hits]) == (b.total, b.facets, [h.id for h in b.hits]), text
    assert sum(v.count for v in lazy.search(Query("")).facets.year) == 29
    lazy.close()
    eager.close()
