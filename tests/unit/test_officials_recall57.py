"""Officials round of session 74, second part (blind golds vietnews1457–1461 and the pooled 150k golds): the National
Assembly's committees named in any case; a department over a dash whose head's given name is a country's one word
("Nguyễn Ngọc Anh"); a firm's foreign name after a capitalised firm's post in apposition, the clause going on after
its comma ("Eng Cheong Teo, Tổng giám đốc Surbana Jurong, nói"); a country's formal name with syllables in lower case
("Cộng hòa Xã hội chủ nghĩa Việt Nam", "Cộng hoà Dân chủ Nhân dân Triều Tiên"); a post named for a person after "chức (vụ|danh)"
and before "đối với" ("miễn nhiệm chức danh Phó Chủ tịch UBND TP đối với ông X"); the holder after what a post judged or
praised ("theo đánh giá của Giám đốc Sở Y tế, ông X")."""

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


def test_a_decisions_post_named_for_a_person_after_doi_voi() -> None:
    assert officials("Ông Huỳnh Đức Thơ đã đọc tờ trình miễn nhiệm chức danh Phó Chủ tịch UBND TP đối với ông Nguyễn "
                     "Ngọc Tuấn. Ông Tuấn đã nghỉ hưu.") == [("Nguyễn Ngọc Tuấn", "Phó Chủ tịch UBND TP")]
    assert officials("Sở Y tế đã ban hành quyết định cách chức Giám đốc Trung tâm Chăm sóc sức khoẻ sinh sản đối với ông "
                     "Nguyễn Văn Thắng.") == [("Nguyễn Văn Thắng", "Giám đốc Trung tâm Chăm sóc sức khoẻ sinh sản")]
    # a decision about someone with no post named before "đối với" gives them none
    assert officials("Chủ tịch UBND tỉnh ký quyết định kỷ luật đối với ông Nguyễn Văn Thông.") == []


def test_what_a_post_judged_or_praised_and_its_holder_after_the_comma() -> None:
    assert officials("Họ được khen ngợi của Chủ tịch UBND huyện Cam Lộ, ông Ngô Quang Chiến đã nói.") == [
        ("Ngô Quang Chiến", "Chủ tịch UBND huyện Cam Lộ")]
    assert officials("Theo đánh giá của Giám đốc Sở Y tế, ông Nguyễn Văn An, dịch đã giảm.") == [
        ("Nguyễn Văn An", "Giám đốc Sở Y tế")]
