"""Query planning: accent routing per term, abbreviation slots, strict phrases."""

from __future__ import annotations

import pytest

from briefing_tui.search.abbreviations import build_table
from briefing_tui.search.errors import QuerySyntaxError
from briefing_tui.search.query.grammar import parse
from briefing_tui.search.query.plan import FieldResolver, QTok, build_plan


def plan_of(q: str):  # type: ignore[no-untyped-def]
    return build_plan(parse(q), build_table(), FieldResolver())


def only_unit(q: str):  # type: ignore[no-untyped-def]
    units = plan_of(q).positive_units()
    assert len(units) == 1
    return units[0]


def test_accented_terms_search_the_accented_field():
    unit = only_unit("số")
    assert unit.slots[0].forms == ((QTok("số", folded=False),),)
    assert QTok("số", False).field == "text"


def test_plain_terms_search_the_folded_field():
    tok = only_unit("so").slots[0].forms[0][0]
    assert tok.folded and tok.field == "text_f" and tok.term == "so"


def test_mixed_queries_route_term_by_term():
    unit = only_unit("người dan tộc")
    assert [f[0].folded for s in unit.slots for f in s.forms] == [False, True, False]
    assert unit.is_run and not unit.exact


def test_a_run_means_the_same_with_or_without_marks():
    """One meaning per query: both are runs (all the words, the phrase first), neither is exact."""
    loose, marked = only_unit("de an 06"), only_unit("Đề án 06")
    assert loose.is_run and marked.is_run and not loose.exact and not marked.exact
    assert loose.min_match == marked.min_match == 3
    assert not only_unit("so").is_run  # one syllable
    assert not only_unit("CSDL").is_run  # one word, though it stands for four
    assert only_unit("chuyển đổi số").is_run  # a run, though the table knows it as "CĐS"


def test_quoted_phrases_are_exact():
    unit = only_unit('"Đề án 06"')
    assert unit.exact and [t.text for t in unit.phrases()[0]] == ["đề", "án", "6"]


def test_abbreviation_expands_both_ways():
    ubnd = only_unit("UBND").slots[0].forms
    assert (QTok("ubnd", True),) in ubnd
    assert tuple(t.text for t in ubnd[1]) == ("ủy", "ban", "nhân", "dân")
    long_form = only_unit("Ủy ban nhân dân").slots
    assert len(long_form) == 1
    assert (QTok("ubnd", True),) in long_form[0].forms


def test_abbreviations_match_without_diacritics():
    hdnd = only_unit("HDND").slots[0].forms
    assert any(tuple(t.text for t in f) == ("hội", "đồng", "nhân", "dân") for f in hdnd)
    assert only_unit("HĐND").slots[0].forms[0] == (QTok("hđnd", True),)  # looked up folded: HDND = HĐND


def test_abbreviation_inside_a_run():
    unit = only_unit("Chủ tịch UBND tỉnh")
    assert len(unit.slots) == 4
    assert len(unit.slots[2].forms) == 2


def test_config_extras_and_learned_pairs_extend_the_table():
    table = build_table(extra=(("NSNN", "ngân sách nhà nước"), ("XYZ", "xây yên zô")), learned=(("BCĐ", "ban chỉ đạo"),))
    assert table.lookup(("xyz",)) is not None
    assert table.lookup(("bcd",)) is not None


def test_fields_become_filters():
    plan = plan_of('chuyển đổi số tỉnh:"Hà Giang" date:2021 -province:"Hà Nội"')
    assert plan.filters.written == ("Hà Giang",) and plan.filters.provinces == ()  # merged away in 2025
    assert plan.filters.dates[0].start == 20210101
    assert plan.excluded_filters.provinces == ("Hà Nội",)


def test_a_province_since_2025_filters_by_its_2025_name_unless_written_is_asked():
    plan = plan_of('province:"Tuyên Quang" written:"Hồ Chí Minh" tỉnh:tp.hcm')
    assert plan.filters.provinces == ("Tuyên Quang", "Hồ Chí Minh")
    assert plan.filters.written == ("Hồ Chí Minh",)


def test_province_names_resolve_in_either_era_and_without_diacritics():
    assert FieldResolver.province("lao cai") == "Lào Cai"
    assert FieldResolver.province("Tuyên Quang") == "Tuyên Quang"
    assert FieldResolver.province("TP.HCM") == "Hồ Chí Minh"
    assert FieldResolver.province("Thừa Thiên - Huế") == "Huế"
    with pytest.raises(QuerySyntaxError, match="did you mean 'Lào Cai'"):
        FieldResolver.province("Lao Cay")


def test_negated_words_are_exclusions():
    plan = plan_of("chuyển đổi số -covid")
    assert len(plan.excluded) == 1 and plan.excluded[0].exact


def test_the_abbreviation_table_is_asked_for_only_when_the_query_has_words():
    """An index's table (curated + learned pairs) costs ~15 ms to build at 150k articles: a query of
    filters alone (the app's first screen, a facet click) must not build it; words must use it."""
    asked: list[int] = []

    def table():  # type: ignore[no-untyped-def]
        asked.append(1)
        return build_table()

    filters_only = build_plan(parse('province:"Hà Nội" date:2020'), table, FieldResolver())
    assert asked == [] and filters_only.filters.provinces == ("Hà Nội",) and not filters_only.required
    worded = build_plan(parse("UBND -CSDL"), table, FieldResolver())
    assert asked == [1]
    forms = {f for slot in worded.required[0][0].slots for f in slot.forms}
    assert len(forms) > 1  # "UBND" also searched as "ủy ban nhân dân": the table was used
    assert build_plan(parse("UBND"), build_table(), FieldResolver()) == build_plan(parse("UBND"), table, FieldResolver())
