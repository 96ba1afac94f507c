"""The query grammar: parsing, grouping and one-line errors."""

from __future__ import annotations

import pytest

from briefing_tui.search.errors import QuerySyntaxError
from briefing_tui.search.query.grammar import AnyOf, FieldTerm, Text, parse, parse_date_value


def test_unquoted_words_form_one_run():
    assert parse("chuyển đổi số").clauses == (Text("chuyển đổi số"),)


def test_quoted_phrase_and_exclusions():
    q = parse('"Đề án 06" -covid -"Hà Nội"')
    assert q.clauses == (
        Text("Đề án 06", quoted=True),
        Text("covid", negated=True),
        Text("Hà Nội", quoted=True, negated=True),
    )


def test_or_joins_the_run_or_phrase_on_each_side():
    q = parse('chuyển đổi số "Hà Giang" OR "Lào Cai"')
    assert q.clauses == (
        Text("chuyển đổi số"),
        AnyOf((Text("Hà Giang", quoted=True), Text("Lào Cai", quoted=True))),
    )
    assert parse("Hà Giang OR Lào Cai").clauses == (AnyOf((Text("Hà Giang"), Text("Lào Cai"))),)


def test_dangling_or_is_ignored_and_lowercase_or_is_a_word():
    assert parse("thuế OR").clauses == (Text("thuế"),)
    assert parse("thuế or phí").clauses == (Text("thuế or phí"),)


def test_fields_with_vietnamese_aliases():
    q = parse('tỉnh:"Lai Châu" người:"Tô Lâm" date:2022 source:laichau.gov.vn')
    assert q.fields == [
        FieldTerm("province", "Lai Châu"),
        FieldTerm("official", "Tô Lâm"),
        FieldTerm("date", "2022"),
        FieldTerm("source", "laichau.gov.vn"),
    ]


def test_unquoted_province_takes_the_words_of_its_name():
    q = parse("chuyển đổi số province:Bà Rịa - Vũng Tàu du lịch")
    assert FieldTerm("province", "Bà Rịa - Vũng Tàu") in q.fields
    assert Text("chuyển đổi số") in q.clauses and Text("du lịch") in q.clauses
    assert parse("tỉnh:lai chau x").fields == [FieldTerm("province", "lai chau")]


def test_unquoted_official_takes_capitalised_words():
    q = parse("người:Phạm Minh Chính chuyển đổi số")
    assert q.fields == [FieldTerm("official", "Phạm Minh Chính")]
    assert q.texts == [Text("chuyển đổi số")]


def test_colons_inside_text_are_text():
    assert parse("lưu ý: 10:17").clauses == (Text("lưu ý: 10:17"),)


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"Đề án 06', "unbalanced quote"),
        ('chuyển "đổi', "unbalanced quote"),
        ("foo:bar", "unknown field 'foo:'"),
        ("province:", "needs a value"),
        ('province:"Lai', "unbalanced quote"),
        ("date:2022-13", "month 13"),
        ("date:2023-02-29", "no day 29"),
        ("date:hôm qua", "bad date"),
        ("date:2023..2022", "start is after the end"),
        ('province:"Lai Châu" OR thuế', "OR can only join"),
    ],
)
def test_malformed_queries_name_the_problem(query, message):
    from briefing_tui.search.abbreviations import build_table
    from briefing_tui.search.query.plan import FieldResolver, build_plan

    with pytest.raises(QuerySyntaxError) as err:
        build_plan(parse(query), build_table(), FieldResolver())
    assert message in err.value.message
    assert "\n" not in err.value.message


def test_date_values():
    assert parse_date_value("2022").start == 20220101 and parse_date_value("2022").end == 20221231
    r = parse_date_value("2022-01..2022-06")
    assert (r.start, r.end) == (20220101, 20220630)
    assert parse_date_value("..2021").end == 20211231
    assert parse_date_value("2024-02").end == 20240229
    assert parse_date_value("unknown").unknown
    assert parse_date_value("2022-04-27").contains(20220427) and not parse_date_value("2022-04-27").contains(20220428)
