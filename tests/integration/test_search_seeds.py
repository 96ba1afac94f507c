"""The search core on a real index of the five seeds (issue 2's user stories)."""

from __future__ import annotations

import pytest
from helpers import SEED, hit_ids, write_articles

from briefing_tui.search.analysis import fold
from briefing_tui.search.errors import QuerySyntaxError
from briefing_tui.search.models import DateRange, Filters, Query


@pytest.fixture
def seed_service(request, backend, seed_service):  # type: ignore[no-untyped-def]
    """Every test here on both backends (``backend``): the embedded index and a real OpenSearch cluster."""
    if backend == "opensearch":
        return request.getfixturevalue("os_seed_service")
    return seed_service


def search(service, text, **kw):  # type: ignore[no-untyped-def]
    return service.search(Query(text, **kw))


def span_texts(text, spans):  # type: ignore[no-untyped-def]
    return [text[s.start : s.end] for s in spans]


def test_de_an_06_finds_the_national_article_first_with_the_phrase_highlighted(seed_service):
    result = search(seed_service, "Đề án 06")
    assert result.hits[0].id == SEED["national"]
    snippet = result.hits[0].snippet
    marked = span_texts(snippet.text, snippet.spans)
    assert marked and all(fold(m.lower()) == "de an 06" for m in marked)


def test_the_phrase_never_lights_up_de_inside_van_de(seed_service):
    view = seed_service.article_view(SEED["national"], "Đề án 06")
    body = view.article.body
    assert "Vấn đề" in body
    marked = span_texts(body, view.body_spans)
    assert len(marked) == body.count("Đề án 06")
    assert all(m == "Đề án 06" for m in marked)


@pytest.mark.parametrize("typed", ["de an 06", "Đề án 6", '"Đề án 06"', "DE AN 6"])
def test_other_spellings_find_the_same_article(seed_service, typed):
    result = search(seed_service, typed)
    assert result.hits[0].id == SEED["national"]


def test_unaccented_run_means_all_the_words_as_the_accented_one_does(seed_service):
    """One meaning per query: missing marks widen, never narrow; the phrase ranks first and is counted."""
    loose, exact = search(seed_service, "de an 06"), search(seed_service, "Đề án 06")
    assert set(hit_ids(loose)) >= set(hit_ids(exact))
    assert hit_ids(loose)[0] == SEED["national"]
    assert loose.phrase_total == 1 and loose.total == 2  # Hà Giang has "đề", "án" and "6" apart
    assert exact.phrase_total == 1
    assert loose.suggestion == "Đề án 06"
    marked = span_texts(loose.hits[0].snippet.text, loose.hits[0].snippet.spans)
    assert "Đề án 06" in marked  # a query without diacritics highlights the accented text


def test_one_word_and_a_quoted_phrase_count_no_phrase(seed_service):
    assert search(seed_service, "CSDL").phrase_total is None  # one word (though it stands for four)
    hagiang = search(seed_service, "Hà Giang")
    assert hagiang.phrase_total == len([h for h in hagiang.hits if "Hà Giang" in
                                        seed_service.article(h.id).body + seed_service.article(h.id).shown_title])
    assert search(seed_service, '"Đề án 06"').phrase_total is None  # a quoted phrase is the phrase
    assert search(seed_service, "chuyển").phrase_total is None


def test_both_tone_styles_of_tinh_uy(seed_service):
    ids = hit_ids(search(seed_service, "Tỉnh uỷ"))
    assert SEED["laocai"] in ids  # written "Tỉnh uỷ"
    assert SEED["hagiang"] in ids  # written "Tỉnh ủy"
    view = seed_service.article_view(SEED["hagiang"], "Tỉnh uỷ")
    assert "Tỉnh ủy" in span_texts(view.article.body, view.body_spans)


def test_csdl_finds_co_so_du_lieu(seed_service):
    result = search(seed_service, "CSDL")
    ids = hit_ids(result)
    assert SEED["laichau"] in ids  # writes "cơ sở dữ liệu", never "CSDL"
    view = seed_service.article_view(SEED["laichau"], "CSDL")
    assert any(fold(t.lower()) == "co so du lieu" for t in span_texts(view.article.body, view.body_spans))


def test_ubnd_and_uy_ban_nhan_dan_find_each_other(tmp_path, make_service):
    folder = write_articles(
        tmp_path / "in",
        {
            "a.txt": "Ủy ban nhân dân tỉnh Bắc Ninh họp về đầu tư công.",
            "b.txt": "UBND tỉnh Bắc Ninh phê duyệt kế hoạch đầu tư.",
            "c.txt": "Hội đồng nhân dân huyện bàn về ngân sách.",
        },
    )
    service = make_service()
    service.index([folder])
    assert set(hit_ids(search(service, "UBND"))) == {"a", "b"}
    assert set(hit_ids(search(service, "ủy ban nhân dân"))) == {"a", "b"}
    assert set(hit_ids(search(service, "Uỷ ban nhân dân"))) == {"a", "b"}
    assert set(hit_ids(search(service, "HDND"))) == {"c"}
    service.close()


def test_province_filter(seed_service):
    result = search(seed_service, 'chuyển đổi số province:"Lai Châu"')
    assert hit_ids(result) == [SEED["laichau"]]


def test_post_2025_province_finds_the_pre_merger_article(seed_service):
    ids = set(hit_ids(search(seed_service, 'province:"Tuyên Quang"')))
    assert SEED["hagiang"] in ids  # Hà Giang (2021) is part of Tuyên Quang since 1 July 2025
    assert SEED["tuyenquang"] in ids
    assert set(hit_ids(search(seed_service, "tỉnh:ha giang"))) == {SEED["hagiang"]}


def test_province_filter_from_the_query_object(seed_service):
    result = seed_service.search(Query("chuyển đổi số", filters=Filters(provinces=("Lào Cai",))))
    assert hit_ids(result) == [SEED["laocai"]]


def test_so_and_so_with_diacritics_differ_and_without_find_both(tmp_path, seed_service, make_service):
    folder = write_articles(
        tmp_path / "in",
        {"so.txt": "Chuyển đổi số là ưu tiên.", "sos.txt": "Sở Tài chính họp.", "x.txt": "Không liên quan."},
    )
    service = make_service()
    service.index([folder])
    assert hit_ids(search(service, "số")) == ["so"]
    assert hit_ids(search(service, "sở")) == ["sos"]
    assert set(hit_ids(search(service, "so"))) == {"so", "sos"}
    service.close()
    # on the seeds, "số" never lights up a "sở"
    view = seed_service.article_view(SEED["laichau"], "số")
    assert {t.lower() for t in span_texts(view.article.body, view.body_spans)} == {"số"}


def test_facets_count_provinces_in_both_eras(seed_service):
    result = search(seed_service, "chuyển đổi số")
    old = {f.value: f.count for f in result.facets.province}
    new = {f.value: f.count for f in result.facets.province_2025}
    assert old["Hà Giang"] == 1 and old["Tuyên Quang"] == 1
    assert new["Tuyên Quang"] == 2  # Hà Giang + Tuyên Quang after the merger
    assert result.total == sum(1 for _ in result.hits)


def test_facets_are_disjunctive_within_and_conjunctive_across(seed_service):
    result = seed_service.search(Query("", filters=Filters(written=("Lai Châu",))))
    assert result.total == 1
    counts = {f.value: f for f in result.facets.province}
    assert counts["Lai Châu"].selected and counts["Lai Châu"].count == 1
    assert counts["Lào Cai"].count == 1 and not counts["Lào Cai"].selected  # still offered
    both = seed_service.search(Query("", filters=Filters(written=("Lai Châu", "Lào Cai"))))
    assert both.total == 2


def test_date_facet_has_an_unknown_bucket(seed_service):
    result = search(seed_service, "")
    years = {f.value: f.count for f in result.facets.year}
    assert sum(years.values()) == 5
    assert "unknown" in years
    unknown = seed_service.search(Query("", filters=Filters(dates=(DateRange(unknown=True),))))
    assert unknown.total == years["unknown"]


def test_did_you_mean_on_zero_hits(embedded_seed_service):
    """Whoosh only: the OpenSearch backend offers no "did you mean" for misspellings (docs/performance.md)."""
    result = search(embedded_seed_service, "chuyển đỏi")
    assert result.total == 0
    assert result.suggestion == "chuyển đổi"


def test_a_run_no_article_holds_as_a_phrase_says_so(seed_service):
    result = search(seed_service, "chuyen doi so ha giang")
    assert result.relaxed and result.phrase_total == 0 and result.hits[0].id == SEED["hagiang"]


def test_exclusion_and_or(seed_service):
    with_fpt = set(hit_ids(search(seed_service, "chuyển đổi số")))
    without = set(hit_ids(search(seed_service, "chuyển đổi số -FPT")))
    assert SEED["hagiang"] in with_fpt and SEED["hagiang"] not in without
    either = set(hit_ids(search(seed_service, '"Lai Châu" OR "Lào Cai"')))
    assert either == {SEED["laichau"], SEED["laocai"]}


def test_sort_by_date_and_pagination(seed_service):
    by_date = search(seed_service, "chuyển đổi số", sort="date")
    keys = [h.shown_date.iso_key for h in by_date.hits]  # an approximate date sorts as its "≈" date
    dated = [k for k in keys if k]
    assert dated == sorted(dated, reverse=True)
    assert keys[: len(dated)] == dated  # unknown dates last
    assert by_date.hits[0].id == SEED["tuyenquang"] and by_date.hits[0].shown_date.display() == "≈2024"
    page = search(seed_service, "chuyển đổi số", limit=2, offset=2)
    assert len(page.hits) == 2 and page.total == by_date.total
    first = search(seed_service, "chuyển đổi số", limit=2)
    assert not set(hit_ids(page)) & set(hit_ids(first))


def test_bad_queries_raise_one_error(seed_service):
    with pytest.raises(QuerySyntaxError):
        search(seed_service, 'province:"Atlantis"')
    with pytest.raises(QuerySyntaxError):
        search(seed_service, "x", sort="random")


def test_indexing_fills_extracted_fields_from_raw_text(seed_service):
    result = search(seed_service, "")
    officials = {f.value for f in result.facets.official}
    assert {"Phạm Minh Chính", "Trần Tiến Dũng", "Đặng Quốc Khánh", "Tô Lâm"} <= officials
    years = {f.value: (f.count, f.approximate) for f in result.facets.year}
    # Tuyên Quang's report names only its period, 2024: there as "≈"; Lào Cai's has no date at all
    assert years["2022"] == (2, 0) and years["2021"] == (1, 0) and years["2024"] == (1, 1)
    assert years["unknown"] == (1, 0)
    assert search(seed_service, "date:2024").hits[0].id == SEED["tuyenquang"]
    assert [h.id for h in search(seed_service, "date:unknown").hits] == [SEED["laocai"]]
    assert set(hit_ids(search(seed_service, "date:2022-12"))) == {SEED["national"]}
    assert set(hit_ids(search(seed_service, 'official:"Phạm Minh Chính"'))) == {SEED["laichau"], SEED["national"], SEED["tuyenquang"]}
    article = seed_service.article(SEED["laichau"])
    assert article.source.site == "www.laichau.gov.vn" and article.main_province == "Lai Châu"
    assert any(f.text == "53 tỷ USD" for f in article.figures)
    national = seed_service.article(SEED["national"])
    assert national.title.startswith("Thủ tướng dự tổng kết") and national.main_province is None
    assert not any("34,27" in f.text for f in national.figures)  # the teaser's figure


def test_a_run_gives_the_hits_before_the_facet_counts(seed_service):
    run = seed_service.start(Query("chuyển đổi số"))
    early = run.hits()
    result = run.finish()
    assert early.hits == result.hits and early.total == result.total
    assert not early.facets.province and not early.facets.year
    assert result.facets.province and result.facets.year


def test_a_run_asked_for_its_first_hits_gives_them_first_and_the_whole_page_at_the_end(embedded_seed_service):
    """``start(query, first=N)``: the first step builds only the rows a screen shows; the second adds the rest of
    the page after them, the same hits in the same order as a whole search (Whoosh: a cluster answers both steps
    with one request)."""
    whole = embedded_seed_service.search(Query("", limit=5))
    assert len(whole.hits) == 5
    run = embedded_seed_service.start(Query("", limit=5), first=2)
    early = run.hits()
    assert [h.id for h in early.hits] == [h.id for h in whole.hits[:2]] and early.total == whole.total
    result = run.finish()
    assert [(h.id, h.score, h.snippet) for h in result.hits] == [(h.id, h.score, h.snippet) for h in whole.hits]
    assert all(a is b for a, b in zip(early.hits, result.hits))  # the rows painted first stay as they are
    assert run.hits().hits == result.hits  # asked again, the whole page
    # more rows than the page: every hit at once
    run = embedded_seed_service.start(Query("chuyển đổi số"), first=50)
    assert run.hits().hits == run.finish().hits


def test_a_run_gives_the_hits_before_the_did_you_mean(embedded_seed_service):
    """Whoosh only: the OpenSearch backend offers no "did you mean" for misspellings (docs/performance.md)."""
    run = embedded_seed_service.start(Query("chuyển đỏi"))
    early = run.hits()
    assert early.total == 0 and early.suggestion is None
    assert run.finish().suggestion == "chuyển đổi"


def test_words_found_but_never_as_a_phrase_are_flagged_as_relaxed(seed_service):
    whole = search(seed_service, "chuyển đổi số")
    assert whole.total and not whole.relaxed
    apart = search(seed_service, "số chuyển đổi")  # every word occurs, never in this order
    assert apart.total and apart.relaxed
    assert apart.phrase_total == 0 and whole.phrase_total == whole.total


def test_incremental_index_updates_and_removes_on_both_backends(tmp_path, make_service):
    """By content hash: unchanged articles are left alone, a changed one is updated, a vanished
    file's article is removed; a search sees each step."""
    folder = write_articles(tmp_path / "in", {"a.txt": "Tỉnh Lai Châu khởi công dự án điện gió.",
                                              "b.txt": "Sở Tài chính họp về ngân sách."})
    service = make_service()
    first = service.index([folder])
    assert (first.added, first.removed) == (2, 0)
    (folder / "b.txt").unlink()
    (folder / "a.txt").write_text("Tỉnh Lai Châu khánh thành nhà máy điện mặt trời.", encoding="utf-8")
    again = service.index([folder])
    assert (again.added, again.updated, again.unchanged, again.removed) == (0, 1, 0, 1)
    assert hit_ids(search(service, "ngân sách")) == []
    assert hit_ids(search(service, "điện mặt trời")) == ["a"] and hit_ids(search(service, "điện gió")) == []
    assert service.index([folder]).unchanged == 1


def test_a_saved_search_count_tells_what_arrived_since_its_watermark(tmp_path, make_service):
    folder = write_articles(tmp_path / "in", {"a.txt": "Giá vàng hôm nay tăng mạnh."})
    service = make_service()
    service.index([folder])
    first = service.count(Query("giá vàng"))
    assert (first.total, first.new) == (1, None)
    write_articles(folder, {"b.txt": "Giá vàng trong nước giảm."})
    service.index([folder])
    later = service.count(Query("giá vàng"), since=first.watermark)
    assert (later.total, later.new) == (2, 1)


def test_facet_counts_by_prefix_agree_with_the_value_sets(embedded_seed_service):
    from briefing_tui.search.query.source import OFFICIAL, OFFICIAL_TITLE

    source = embedded_seed_service._open().source
    titles = source.facet_values(OFFICIAL_TITLE)
    assert titles and source.facet_counts(OFFICIAL_TITLE) == {k: len(v) for k, v in titles.items()}
    for name in source.facet_values(OFFICIAL):
        expected = {k: len(v) for k, v in titles.items() if k.startswith(name + "\t")}
        assert source.facet_counts(OFFICIAL_TITLE, prefix=name + "\t") == expected
    assert source.facet_counts(OFFICIAL_TITLE, prefix="Không Có Ai\t") == {}
