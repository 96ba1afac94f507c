"""Figures round of session 56 (blind figures golds 835 and 837, read after their blind score): a list of rates, each
named by an acronym."""

from __future__ import annotations

from briefing_tui.search.extract.figures import find_figures


def texts(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.context) for f in find_figures(sentence, sentence)]


def test_a_list_of_rates_named_by_acronyms() -> None:
    sentence = ("Trong khi đó, lãi suất của LienVietPostBank lên tới 11%, Kienlong Bank 10,3%, SCB 9%, ACB 8,3% và "
                "Vietcombank tăng tới 8,3%.")
    assert [t for t, _ in texts(sentence)] == ["11%", "10,3%", "9%", "8,3%", "8,3%"]
    assert texts("Lãi suất SCB 9%, ACB 8,3%.") == [("9%", "Lãi suất SCB"), ("8,3%", "ACB")]


def test_a_percent_after_an_acronym_alone_may_name_a_product() -> None:
    assert [t for t, _ in texts("Giá dầu DO 0,05% giảm 300 đồng mỗi lít.")] == ["300 đồng"]
