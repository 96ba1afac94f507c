"""Officials round of session 70 (blind golds 1269–1273, the pooled golds): a post and its holder after a comma that
open a clause of their own after "khi" ("sau khi Tổng thống Slovenia, ông Borut Pahor đề xuất …"); a state of
three words ("bang New South Wales"); Interpol no word of its head's name; a station's head before a full name ("theo
Trạm trưởng Lê Kim Phi")."""

from __future__ import annotations

from helpers import record_officials as officials


def test_a_post_and_its_holder_after_khi() -> None:
    assert officials("Tuyên bố được đưa ra sau khi Tổng thống Slovenia, ông Borut Pahor đề xuất chọn thủ đô.") == [
        ("Borut Pahor", "Tổng thống Slovenia")]
    assert officials("Trong khi Bộ trưởng Quốc phòng Mỹ, ông Jim Mattis cho biết Mỹ sẽ ở lại.") == [
        ("Jim Mattis", "Bộ trưởng Quốc phòng Mỹ")]


def test_a_post_met_after_khi_is_not_the_next_persons() -> None:
    # "khi gặp …": the post is the one met, the person after the comma the subject
    assert ("Trump", "Tổng thống Slovenia") not in officials("Khi gặp Tổng thống Slovenia, ông Trump đã nói.")


def test_a_state_of_three_words() -> None:
    assert officials("Thủ hiến bang New South Wales, Gladys Berejiklian, ngày 11/6 cho biết nhà tù này.") == [
        ("Gladys Berejiklian", "Thủ hiến bang New South Wales")]
    # (its last two words had been the name of the person after it: "Wales Gladys Berejiklian")
    assert officials("Thủ hiến bang New South Wales Gladys Berejiklian cho biết.") == [
        ("Gladys Berejiklian", "Thủ hiến bang New South Wales")]


def test_interpol_is_no_word_of_its_heads_name() -> None:
    assert officials("Tổng Thư ký Interpol Jurgen Stock cho biết tổ chức sẽ hỗ trợ.") == [
        ("Jurgen Stock", "Tổng Thư ký Interpol")]


def test_a_stations_head_before_a_full_name() -> None:
    assert officials("Tại trạm Y tế xã Hưng Long, theo Trạm trưởng Lê Kim Phi, người dân được hỗ trợ.") == [
        ("Lê Kim Phi", "Trạm trưởng")]
    # a team's captain stays no official, capitalised or not
    assert officials("Đội trưởng Nguyễn Văn Quyết ghi bàn thắng duy nhất.") == []


def test_a_club_shortened_to_its_city_is_no_word_of_its_chairmans_name() -> None:
    assert officials("Jorge Mendes đã gặp Chủ tịch Madrid Florentino Perez trong vài ngày gần đây.") == [
        ("Florentino Perez", "Chủ tịch Madrid")]


def test_a_korean_name_whose_hyphen_a_segmented_corpus_spaced() -> None:
    # the 150k corpus was word-segmented, then joined again: "Moon Jae - in" for "Moon Jae-in"
    assert officials("Tổng thống Hàn Quốc Moon Jae - in cho biết.") == [("Moon Jae - in", "Tổng thống Hàn Quốc")]
    assert officials("Tổng thống Hàn Quốc Moon Jae-in cho biết.") == [("Moon Jae-in", "Tổng thống Hàn Quốc")]
    # a place's dash stays no part of a name
    assert officials("Tuyến đường Hà Nội - nam Định được mở rộng.") == []
