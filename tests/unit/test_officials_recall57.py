"""Officials round of session 74, second part (blind golds vietnews1457–1461 and the pooled 150k golds): the National
Assembly's committees named in any case; a department over a dash whose head's given name is a country's one word
("Nguyễn Ngọc Anh"); a firm's foreign name after a capitalised firm's post in apposition, the clause going on after
its comma ("Eng Cheong Teo, Tổng giám đốc Surbana Jurong, nói"); a country's formal name with syllables in lower case
("Cộng hòa Xã hội chủ nghĩa Việt Nam", "Cộng hoà Dân chủ Nhân dân Triều Tiên")."""

from __future__ import annotations

from helpers import record_officials as officials


def test_the_national_assemblys_committees_in_any_case() -> None:
    assert officials("Ý kiến của Phó Chủ nhiệm uỷ ban tư pháp Lê Thị Nga rất sâu.") == [
        ("Lê Thị Nga", "Phó Chủ nhiệm uỷ ban tư pháp")]
    assert officials("Theo Phó chủ nhiệm Uỷ ban về các vấn đề xã hội Đặng Thuần Phong, luật cần sửa.") == [
        ("Đặng Thuần Phong", "Phó chủ nhiệm Uỷ ban về các vấn đề xã hội")]


def test_a_given_name_that_is_a_countrys_word_after_a_dashed_department() -> None:
    assert officials("Giám đốc Sở Kế hoạch - Đầu tư Nguyễn Ngọc Anh cho biết.") == [
        ("Nguyễn Ngọc Anh", "Giám đốc Sở Kế hoạch - Đầu tư")]


def test_a_firm_after_a_capitalised_post_in_apposition() -> None:
    assert officials("Ông Eng Cheong Teo, Tổng giám đốc Surbana Jurong, nói.") == [
        ("Eng Cheong Teo", "Tổng giám đốc Surbana Jurong")]
    # a list of guests: each capitalised post is its holder's
    assert officials("Dự lễ có ông Bill Gates, Tổng giám đốc Satya Nadella, Chủ tịch John Thompson.") == [
        ("Satya Nadella", "Tổng giám đốc"), ("John Thompson", "Chủ tịch")]


def test_a_countrys_formal_name_with_lower_case_syllables() -> None:
    assert officials("Chủ tịch nước Cộng hòa Xã hội chủ nghĩa Việt Nam Trần Đại Quang tiếp đoàn.") == [
        ("Trần Đại Quang", "Chủ tịch nước Cộng hòa Xã hội chủ nghĩa Việt Nam")]
    # a listed committee's name goes on to the country's formal name in a second post
    assert officials('"Kim Jong-un, Chủ tịch đảng Lao động Triều Tiên, Chủ tịch Uỷ ban Đối ngoại Cộng hoà Dân chủ Nhân '
                     'dân Triều Tiên, đã đi thăm Singapore", KCNA cho biết.') == [
        ("Kim Jong-un", "Chủ tịch đảng Lao động Triều Tiên, Chủ tịch Uỷ ban Đối ngoại Cộng hoà Dân chủ Nhân dân Triều Tiên")]
