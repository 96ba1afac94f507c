"""Facet counts agree with results: selecting a value gives exactly the count it showed (issue 11, 7).

Checked for every value of the province (as written), province since 2025, year, month and
official facets, with and without a query and another filter active: on the seeds, on
hand-written articles where the two province facets differ (Hồ Chí Minh written vs
Hồ Chí Minh since 2025, which holds Bình Dương), and (``corpus``) on a slice of the 20k
corpus.
"""

from __future__ import annotations

import itertools

import pytest
from helpers import needs_corpus, write_articles

from briefing_tui.search import Config, Filters, Query, SearchService


def selections(service: SearchService, result) -> list[tuple[str, str, int, Filters]]:  # type: ignore[no-untyped-def]
    """(facet, value, count shown, the filters selecting it) for every value with a count."""
    f = result.facets
    out = []
    for v in f.province:
        out.append(("province", v.value, v.count, Filters(written=(v.value,))))
    for v in f.province_2025:
        out.append(("province_2025", v.value, v.count, Filters(provinces=(v.value,))))
    for v in f.year:
        out.append(("year", v.value, v.count, service.filters(dates=[v.value])))
    for v in f.month:
        out.append(("month", v.value, v.count, service.filters(dates=[v.value])))
    for v in f.official:
        out.append(("official", v.value, v.count, Filters(officials=(v.value,))))
    return [s for s in out if s[2] > 0]


NO_FILTERS = Filters()


def check_counts(service: SearchService, text: str, base: Filters = NO_FILTERS, limit: int | None = None,
                 skip: str = "") -> int:
    """Select every shown value in turn (but those of ``skip``, the facet ``base`` already selects in:
    a second value there is OR, it adds to the results); the number of checks made."""
    result = service.search(Query(text, filters=base, limit=1))
    checked = 0
    chosen_values = [s for s in selections(service, result) if s[0] != skip]
    for facet, value, shown, chosen in itertools.islice(chosen_values, limit):
        got = service.search(Query(text, filters=base.merged(chosen), limit=1)).total
        assert got == shown, f"{text!r} {facet}={value!r}: the facet says {shown}, selecting it gives {got}"
        checked += 1
    return checked


@pytest.mark.parametrize("text", ["", "chuyển đổi số", "de an 06", "Tỉnh ủy"])
def test_every_facet_value_of_the_seeds_selects_its_count(seed_service, text):
    assert check_counts(seed_service, text) >= 5


def test_the_two_province_facets_differ_and_each_selects_its_own_count(tmp_path):
    folder = write_articles(tmp_path / "in", {
        "hcm.txt": "TP.HCM khởi công dự án\n\nUBND TP Hồ Chí Minh khởi công dự án đường sắt đô thị.",
        "bd.txt": "Bình Dương thu hút vốn\n\nTỉnh Bình Dương thu hút vốn đầu tư nước ngoài vào khu công nghiệp.",
        "hg.txt": "Hà Giang làm đường\n\nTỉnh Hà Giang khởi công dự án đường cao tốc.",
    })
    service = SearchService(Config(), tmp_path / "ix")
    service.index([folder])
    result = service.search(Query(""))
    written = {v.value: v.count for v in result.facets.province}
    since_2025 = {v.value: v.count for v in result.facets.province_2025}
    assert written["Hồ Chí Minh"] == 1 and since_2025["Hồ Chí Minh"] == 2  # Bình Dương is in it since 2025
    assert check_counts(service, "") >= 5
    assert check_counts(service, "dự án") >= 3
    # the query field means either era: a 2025 name holds its merged provinces, a merged-away one is written
    assert service.search(Query('province:"Hồ Chí Minh"')).total == 2
    assert service.search(Query('written:"Hồ Chí Minh"')).total == 1
    assert service.search(Query("tỉnh:ha giang")).total == 1
    assert service.search(Query('province:"Tuyên Quang"')).total == 1


def test_counts_over_most_of_the_index_agree_after_deletions(tmp_path):
    """A query matching most articles (or none typed) counts each value as its size less the articles
    left out (``facets._rest``): right only if every value holds live articles alone, so some are
    deleted first, and the counts are checked against selecting each value, and against a narrow query."""
    provinces = ["Hà Giang", "Tuyên Quang", "Lào Cai", "Đà Nẵng"]
    folder = write_articles(tmp_path / "in", {
        f"a{i}.txt": f"Tin {i} về kinh tế\n\nNgày {1 + i}/3/202{i % 3}, tỉnh {provinces[i % 4]} bàn về kinh tế"
                     f"{' và du lịch' if i % 3 == 0 else ''}; ông Nguyễn Văn {'ABC'[i % 3]}n, Chủ tịch UBND tỉnh, phát biểu."
        for i in range(14)
    })
    service = SearchService(Config(), tmp_path / "ix")
    service.index([folder])
    for i in (0, 5, 6):
        (folder / f"a{i}.txt").unlink()
    assert service.index([folder]).removed == 3
    everything = service.search(Query("", limit=1))
    assert everything.total == 11
    assert sum(v.count for v in everything.facets.province) == 11
    assert check_counts(service, "") >= 8  # every article: the count is each value's size
    assert check_counts(service, "kinh tế") >= 8  # a common word: most of the index
    assert check_counts(service, "du lịch") >= 3  # a few: counted directly
    most = service.search(Query("kinh tế -du", limit=1)).total
    assert everything.total / 2 < most < everything.total
    assert check_counts(service, "kinh tế -du") >= 6  # most but not all: from the articles left out
    fresh = SearchService(Config(), tmp_path / "ix")  # its first count of each facet is a tally, not sets
    assert fresh.search(Query("kinh tế -du")).facets == service.search(Query("kinh tế -du")).facets
    fresh.close()
    assert check_counts(service, "", Filters(written=("Hà Giang",)), skip="province") >= 2


@pytest.mark.corpus
@pytest.mark.slow
@needs_corpus
@pytest.mark.parametrize("text", ["", "Hồ Chí Minh", "kinh tế", "tinh uy", "giải ngân vốn đầu tư công"])
def test_facet_counts_agree_on_the_corpus(corpus_slice, text):
    result = corpus_slice.search(Query(text, limit=1))
    assert result.total
    # every value, and again inside the most frequent 2025 province (AND across facets)
    assert check_counts(corpus_slice, text, limit=300) > 10
    top = max(result.facets.province_2025, key=lambda v: v.count)
    assert check_counts(corpus_slice, text, Filters(provinces=(top.value,)), limit=150, skip="province_2025")


def test_approximate_dates_filter_marked_and_only_no_date_is_unknown(tmp_path, capsys):
    """Issue 11, 5: a record with only a crawl date is in ``date:2017`` (≈), counted apart in the facet."""
    import json

    from briefing_tui.tui.cli import main

    records = [
        {"id": "known", "title": "Hội nghị kinh tế", "date": "2017-03-02", "body": "Hội nghị kinh tế tỉnh năm 2017."},
        {"id": "crawled", "title": "Hội nghị kinh tế khác", "crawl_date": "2017-07-05T10:00:00",
         "body": "Hội nghị kinh tế được tổ chức tại tỉnh."},
        {"id": "nothing", "title": "Hội nghị kinh tế nữa", "body": "Hội nghị kinh tế không rõ ngày."},
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    service = SearchService(Config(), tmp_path / "ix")
    service.index([path])
    result = service.search(Query("kinh tế"))
    years = {v.value: (v.count, v.approximate, v.label) for v in result.facets.year}
    assert years == {"2017": (2, 1, "2017"), "unknown": (1, 0, "?")}
    months = {v.value: (v.count, v.approximate, v.label) for v in result.facets.month}
    assert months == {"2017-03": (1, 0, "03/2017"), "2017-07": (1, 1, "07/2017")}
    assert {h.id for h in service.search(Query("kinh tế date:2017")).hits} == {"known", "crawled"}
    assert [h.id for h in service.search(Query("kinh tế date:2017-07")).hits] == ["crawled"]
    assert [h.id for h in service.search(Query("kinh tế date:unknown")).hits] == ["nothing"]
    by_date = service.search(Query("kinh tế", sort="date"))
    assert [h.id for h in by_date.hits] == ["crawled", "known", "nothing"]
    assert [h.shown_date.display() for h in by_date.hits] == ["≈05/07/2017", "02/03/2017", "?"]
    assert check_counts(service, "kinh tế") >= 4
    assert main(["--index-dir", str(tmp_path / "ix"), "search", "kinh tế", "--format", "json"]) == 0
    hits = {h["id"]: h for h in json.loads(capsys.readouterr().out)["hits"]}
    assert hits["crawled"]["date"] is None
    assert hits["crawled"]["date_approximate"] == {"iso": "2017-07-05", "basis": "crawl",
                                                   "evidence": "2017-07-05T10:00:00"}
    assert hits["known"]["date_approximate"] is None


@pytest.mark.parametrize("text, filters", [
    ("", NO_FILTERS),
    ("chuyển đổi số", NO_FILTERS),
    ("tỉnh", Filters(written=("Hà Giang",))),
    ("", Filters(sources=("www.laichau.gov.vn",))),
])
def test_a_facet_counted_first_in_one_pass_counts_as_its_sets_do_later(seed_service, text, filters):
    """The first count of a small facet in a process is one pass over its postings, later ones use a set
    per value (``facets.value_counts``): a fresh service must show what a used one shows."""
    fresh = SearchService(Config(), seed_service.index_path)
    first = fresh.search(Query(text, filters=filters)).facets
    again = fresh.search(Query(text, filters=filters)).facets
    fresh.close()
    assert first == again
    assert any(v.count for v in first.province)


def test_the_date_facet_lists_only_dates_live_articles_hold(tmp_path):
    """The years and months offered are read from the distinct dates of the dates column (fast when
    nothing is deleted); a re-dated article leaves its old date in the column under a deleted
    docnum, which must not come back as an empty year or month."""
    import json

    path = tmp_path / "r.jsonl"

    def write(first_date: str) -> None:
        records = [
            {"id": "moved", "title": "Hội nghị kinh tế", "date": first_date, "body": "Hội nghị kinh tế tỉnh."},
            {"id": "kept", "title": "Hội nghị kinh tế khác", "date": "2019-05-02", "body": "Hội nghị kinh tế."},
        ]
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")

    write("2016-03-02")
    service = SearchService(Config(), tmp_path / "ix")
    service.index([path])
    result = service.search(Query("kinh tế"))
    assert [v.value for v in result.facets.year] == ["2016", "2019"]
    service.close()
    write("2018-11-20")
    service = SearchService(Config(), tmp_path / "ix")
    service.index([path])
    service.close()
    service = SearchService(Config(), tmp_path / "ix")
    result = service.search(Query("kinh tế"))
    assert [v.value for v in result.facets.year] == ["2018", "2019"]
    assert [v.value for v in result.facets.month] == ["2018-11", "2019-05"]
    assert [h.id for h in service.search(Query('"hội nghị kinh tế" date:2018')).hits] == ["moved"]
    service.close()


def test_date_counts_over_most_of_the_index_agree_after_deletions(tmp_path):
    """A query matching most articles counts years and months, and how many of each are approximate, as the
    index's own counts less those of the articles left out (``facets._date_counts``): right only if the
    totals hold live articles alone, so some are deleted first, and each year and month is selected."""
    import json

    records = []
    for i in range(18):
        record = {"id": f"a{i}", "title": f"Tin {i} về kinh tế",
                  "body": f"Tin {i}: hội nghị kinh tế{' và du lịch' if i % 4 == 0 else ''} của tỉnh."}
        # the same day published and approximate (a day's key counts both), others apart
        if i % 3 == 0:
            record["date"] = "2017-03-05" if i % 2 == 0 else f"2016-0{1 + i % 5}-1{i % 9}"
        elif i % 3 == 1:
            record["crawl_date"] = "2017-03-05T10:00:00" if i % 2 == 0 else f"2018-0{2 + i % 4}-05T10:00:00"
        records.append(record)
    path = tmp_path / "r.jsonl"

    def write(kept: list[dict[str, str]]) -> None:
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in kept), encoding="utf-8")

    write(records)
    service = SearchService(Config(), tmp_path / "ix")
    service.index([path])
    write([r for r in records if r["id"] not in ("a0", "a4", "a7")])
    assert service.index([path]).removed == 3
    for text in ("kinh tế", "kinh tế -du", ""):
        result = service.search(Query(text, limit=1))
        assert result.total > 15 / 2
        values = [v for v in (*result.facets.year, *result.facets.month) if v.count]
        assert sum(v.count for v in result.facets.year) == result.total
        for v in values:
            hits = service.search(Query(text, filters=service.filters(dates=[v.value]), limit=50)).hits
            assert len(hits) == v.count, (text, v.value)
            approximate = sum(h.shown_date.display().startswith("≈") for h in hits)
            assert approximate == v.approximate, (text, v.value)
    service.close()
