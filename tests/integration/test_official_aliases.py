"""A short official's name is counted and filtered with the full one, on both engines (real indexes).

"Tổng thống Putin" in one article and "Tổng thống Nga Vladimir Putin" in another are one official in the
facet: one value under the full name, its count the union of both names' articles, and a filter by either
name holds both (``query/official_aliases.py``).
"""

from __future__ import annotations

from helpers import write_articles

from briefing_tui.search import Filters, Query

ARTICLES = {
    "a1.txt": "Nga bàn về kinh tế\n\nTổng thống Nga Vladimir Putin phát biểu về kinh tế tại Moskva hôm qua.",
    "a2.txt": "Nga và năng lượng\n\nTổng thống Nga Vladimir Putin bàn về năng lượng với các bộ trưởng.",
    "a3.txt": "Kinh tế Nga tăng trưởng\n\nTổng thống Putin cho biết kinh tế Nga tăng trưởng trong quý đầu năm.",
    "a4.txt": "Điện Kremlin lên tiếng\n\nTổng thống Putin nói về năng lượng và giá dầu trong tuần này.",
    "a5.txt": "Chính phủ họp về kinh tế\n\nThủ tướng Nguyễn Xuân Phúc chủ trì phiên họp về kinh tế tại Hà Nội.",
}


def officials(result) -> dict[str, int]:  # type: ignore[no-untyped-def]
    return {v.value: v.count for v in result.facets.official}


def test_the_surname_is_one_value_with_the_full_name_and_selects_its_articles(make_service, tmp_path):  # type: ignore[no-untyped-def]
    service = make_service()
    service.index([write_articles(tmp_path / "in", ARTICLES)])
    everything = service.search(Query(""))
    assert officials(everything) == {"Vladimir Putin": 4, "Nguyễn Xuân Phúc": 1}
    assert officials(service.search(Query("kinh tế"))) == {"Vladimir Putin": 2, "Nguyễn Xuân Phúc": 1}
    # the full name holds the articles that name him by his surname alone
    chosen = service.search(Query("", filters=Filters(officials=("Vladimir Putin",))))
    assert chosen.total == 4
    assert [(v.value, v.count, v.selected) for v in chosen.facets.official if v.selected] == [("Vladimir Putin", 4, True)]
    # a filter by the short name selects the same, shown under the full name
    short = service.search(Query("", filters=Filters(officials=("Putin",))))
    assert short.total == 4
    assert [v.value for v in short.facets.official if v.selected] == ["Vladimir Putin"]
    assert service.search(Query("năng lượng", filters=Filters(officials=("Vladimir Putin",)))).total == 2
    # and an exclusion leaves out both names
    assert service.search(Query('-official:"Vladimir Putin"')).total == 1
