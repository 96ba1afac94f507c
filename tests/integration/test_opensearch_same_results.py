"""The OpenSearch backend finds what the embedded one finds, on 3,000 real articles.

The same slice of the 20k corpus is indexed by both backends; for each query of a suite covering
the grammar (runs, phrases, accents typed or not, abbreviations, -word, OR, fields, dates), both must
report the same total and the same facet counts, and every article the embedded backend lists (with its
near-duplicates) must be among the cluster's matches. The "with the exact phrase" count may be higher on
the cluster, never lower: it matches syllables in a row, the embedded index words (docs/wordbreak.md).
The order of hits is not compared: the two score differently (docs/performance.md).
"""

from __future__ import annotations

import pytest
from conftest import drop_index, os_config, unique_index

from briefing_tui.search.models import Facets, Query
from briefing_tui.search.service import SearchService, open_service

pytestmark = [pytest.mark.opensearch, pytest.mark.corpus, pytest.mark.slow]

QUERIES = [
    "chuyển đổi số",
    "chuyen doi so",
    '"chuyển đổi số"',
    "UBND",
    "ủy ban nhân dân",
    "Uỷ ban nhân dân tỉnh",
    "HĐND",
    "ngân sách nhà nước",
    "kinh tế -covid",
    "xuất khẩu OR nhập khẩu",
    "đầu tư công province:\"Hà Nội\"",
    "tăng trưởng date:2022",
    "GDP date:2021..2023",
    "date:unknown",
    "doanh nghiệp nhỏ và vừa",
    "giải ngân vốn đầu tư công",
    "nong nghiep cong nghe cao",
    "Đề án 06",
    "CSDL",
    "thu ngân sách vượt dự toán",
    "Hà Nội",
    "hà nôi",
    "",
]


@pytest.fixture(scope="module")
def both(corpus_slice: SearchService):  # type: ignore[no-untyped-def]
    cluster = open_service(os_config(unique_index("slice")))
    report = cluster.index([corpus_slice.index_path.parent / "slice.jsonl"])
    assert report.added == corpus_slice.info().articles, report
    yield corpus_slice, cluster
    drop_index(cluster)


def _counts(facets: Facets) -> dict[str, dict[str, int]]:
    return {name: {v.value: v.count for v in getattr(facets, name)}
            for name in ("province", "province_2025", "official", "year", "month", "source")}


@pytest.mark.parametrize("text", QUERIES)
def test_same_totals_facets_and_hits(both, text):  # type: ignore[no-untyped-def]
    embedded, cluster = both
    a = embedded.search(Query(text, limit=50))
    b = cluster.search(Query(text, limit=max(a.total, 1)))
    assert b.total == a.total
    # phrases are word-aware on the embedded index only (README, Scaling out): the cluster counts the
    # syllables in a row, so its "with the exact phrase" holds the embedded count and the crossings
    if a.phrase_total is None:
        assert b.phrase_total is None
    else:
        assert b.phrase_total is not None and a.phrase_total <= b.phrase_total <= a.total
    assert _counts(b.facets) == _counts(a.facets)
    found = {h.id for h in b.hits}
    for hit in a.hits:
        assert hit.id in found
        if hit.similar_total == len(hit.similar):
            assert set(hit.similar) <= found


def test_same_counts_with_facet_filters(both):  # type: ignore[no-untyped-def]
    """OR within a facet, AND across: the counts a selection shows are the same on both."""
    embedded, cluster = both
    top = embedded.search(Query("kinh tế"))
    provinces = tuple(v.value for v in top.facets.province_2025[:2])
    year = next(v.value for v in top.facets.year if v.count and v.value != "unknown")
    filters = embedded.filters(provinces=provinces, dates=[year])
    a = embedded.search(Query("kinh tế", filters=filters))
    b = cluster.search(Query("kinh tế", filters=cluster.filters(provinces=provinces, dates=[year]), limit=a.total or 1))
    assert a.total > 0 and b.total == a.total
    assert _counts(b.facets) == _counts(a.facets)
    one = cluster.search(Query("kinh tế", filters=cluster.filters(provinces=provinces[:1], dates=[year])))
    assert one.total == next(v.count for v in a.facets.province_2025 if v.value == provinces[0])  # what it showed
