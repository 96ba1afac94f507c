"""Figures round of session 47 (blind golds 631 and 643, read after they were scored): a time in seconds, minutes or
hours is a figure without a word before it that marks it measured ("nín thở dưới nước trong 22 phút", "thi đấu 90
phút"), never a time of day, a moment or a sound; two people of one age, each named in full, keep their ages."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def listed(sentence: str) -> list[tuple[str, float]]:
    return [(f.text, f.value) for f in find_figures(sentence, sentence)]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Năm 2010, anh đã nín thở dưới nước trong 22 phút.", "22 phút", 22.0),
    ("Tiền vệ Việt Nam thi đấu 90 phút, ghi 1 bàn thắng.", "90 phút", 90.0),
    ("Chỉ trong 1 giờ 30 phút, các bác sĩ đã gắp xong dị vật.", "1 giờ 30 phút", 1.5),
    ("Tai nghe cho phép nghe nhạc liên tục đến 10 giờ hoặc 6,5 giờ đàm thoại.", "6,5 giờ", 6.5),
    ("Tai nghe cho phép nghe nhạc liên tục đến 10 giờ hoặc 6,5 giờ đàm thoại.", "10 giờ", 10.0),
    ("Tàu sẽ hết ôxy vào sáng sớm, 72 tiếng sau khi mất tín hiệu.", "72 tiếng", 72.0),
    ("Mặt Trời nhô lên từ đường chân trời đúng 12 giờ đồng hồ.", "12 giờ đồng hồ", 12.0),
    ("Djokovic đã phải bỏ cuộc giữa chừng sau 63 phút vì chấn thương.", "63 phút", 63.0),
    ("Mỗi năm giáo viên phải làm thêm hơn 700 giờ trong khi quy định chỉ 200 giờ.", "700 giờ", 700.0),
    ("Người trưởng thành có thể nín thở từ 30 đến 60 giây.", "30 đến 60 giây", 30.0),
    ("Sau hơn 3 giờ chữa cháy, ngọn lửa cơ bản được dập tắt.", "3 giờ", 3.0),
    ("Ca mổ diễn ra gần 5 giờ.", "5 giờ", 5.0),
    ("Lionel Messi cũng mất 31 phút và 32 giây để có được chiếc Ferrari.", "31 phút và 32 giây", 31 + 32 / 60),
    ("Cô về đích cuối cùng với thành tích 2 phút 21,4 giây.", "2 phút 21,4 giây", 2 + 21.4 / 60),
])
def test_a_bare_time_is_measured(sentence: str, text: str, value: float) -> None:
    assert (text, value) in listed(sentence)


@pytest.mark.parametrize(("sentence", "text"), [
    ("Lúc 7 giờ 30 phút sáng nay, xe khách tới bến.", "30 phút"),
    ("Lúc 7 giờ 30 phút sáng nay, xe khách tới bến.", "7 giờ"),
    ("Thời gian cấm từ 22 giờ đến 4 giờ sáng hôm sau.", "4 giờ"),
    ("Tổng thống kéo dài thời gian mở cửa đến 24 giờ ngày 30/6.", "24 giờ"),
    ("Sau 17 giờ, trời đổ mưa lớn.", "17 giờ"),
    ("Trong nhà có 2 tiếng nổ lớn.", "2 tiếng"),
    ("Laura đã không ngừng phấn đấu 1 giây phút nào.", "1 giây"),
    ("Nhưng chỉ 3 phút sau, Viettel đã gỡ hòa.", "3 phút"),
    ("Real Madrid chỉ bùng nổ ở 15 phút cuối trận.", "15 phút"),
    ("Anh H. đi chợ khoảng 16 giờ thì đến 17 giờ gia đình nhận tin.", "17 giờ"),
    ("Anh H. đi chợ khoảng 16 giờ thì đến 17 giờ gia đình nhận tin.", "16 giờ"),
    ("Gần 11 giờ thì chồng tôi về.", "11 giờ"),
    ("Sau khi về nhà, lo cho con ngủ nghỉ cũng đã hơn 10 giờ.", "10 giờ"),
    ("Mẹ bé đi ngủ tiếp, đến hơn 5 giờ tôi chuẩn bị đi làm.", "5 giờ"),
    ("Đài quan sát thường sử dụng 34 phút cung cho góc khúc xạ.", "34 phút"),
])
def test_no_time_of_day_moment_or_sound(sentence: str, text: str) -> None:
    assert text not in [t for t, _ in listed(sentence)]


def test_two_people_of_one_age_named_in_full_keep_their_ages() -> None:
    body = ("Nạn nhân là anh Lê Hoành B. (22 tuổi, ngụ quận Bình Tân). Theo điều tra ban đầu, Nguyễn Thị Hằng (22 tuổi, "
            "ngụ quận Bình Tân) bị cướp giật. Hằng (22 tuổi) cho biết đã trình báo.")
    ages = [f for f in find_figures(body, body) if f.unit == "tuổi"]
    assert [f.context for f in ages] == ["Lê Hoành B.", "Nguyễn Thị Hằng"]


def test_one_person_age_told_again_is_listed_once() -> None:
    body = "Ngôi sao 23 tuổi đã ghi bàn. Cầu thủ đa năng 23 tuổi được khen ngợi."
    assert [f.text for f in find_figures(body, body) if f.unit == "tuổi"] == ["23 tuổi"]


@pytest.mark.parametrize(("sentence", "text"), [
    ("Arsenal đã nhẹ nhàng đánh bại Southampton với tỷ số 2-0.", "2-0"),
    ("Quỷ đỏ vượt qua Ajax Amsterdam với tỷ số 2-0, sau những pha lập công của Pogba.", "2-0"),
])
def test_a_score_after_tyso_or_danhbai_needs_no_other_sport_word(sentence: str, text: str) -> None:
    assert text in [t for t, _ in listed(sentence)]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Tại sao Nga viết biên nhận nhận 3 tỷ, đến tháng sau lại nhận đủ 6 tỷ, tức là 9 tỷ.", "3 tỷ", 3e9),
    ("Tại sao Nga viết biên nhận nhận 3 tỷ, đến tháng sau lại nhận đủ 6 tỷ, tức là 9 tỷ.", "9 tỷ", 9e9),
    ("Tiền vay ngân hàng 100 triệu không biết xoay xở ra sao.", "100 triệu", 1e8),
    ("Tổng số ca mắc Covid-19 tại Anh đã vượt mốc 1 triệu.", "1 triệu", 1e6),
])
def test_millions_or_billions_of_what_is_left_unsaid(sentence: str, text: str, value: float) -> None:
    figures = {f.text: f for f in find_figures(sentence, sentence)}
    assert figures[text].value == value
    assert figures[text].unit is None  # no unit guessed: đồng, people and cases are all written so


def test_a_unit_written_after_the_second_number_is_both_numbers() -> None:
    sentence = "Siêu núi lửa đã có hai vụ phun trào (khoảng 2,1 triệu và 640.000 năm trước)."
    assert "2,1 triệu" not in [t for t, _ in listed(sentence)]


def test_milligrams_and_millilitres_with_a_dot_decimal() -> None:
    sentence = "Trong 100g chuối có protein 1g, Fe 0.4mg, caroten 0.05mg và 2.5ml nước."
    assert {"0.4mg", "0.05mg", "2.5ml"} <= {t for t, _ in listed(sentence)}


def test_a_time_per_period_written_with_a_space_stays_a_rate() -> None:
    assert listed("Nên bôi kem chống nắng cách 2 tiếng/ lần.") == [("2 tiếng/ lần", 2.0)]


@pytest.mark.parametrize("sentence", [
    "Theo thuyền viên, khoảng 8 giờ 45 phút, thuyền viên có nghe thấy tiếng động.",
    "Khoảng 8 giờ 30 ngày 2-4, Huân điện thoại cho Nữ.",
    "Thông tin ban đầu, khoảng 00 giờ 40 phút ngày 15/6 anh Vũ tổ chức sinh nhật.",
])
def test_a_time_of_day_to_the_minute_after_khoang_is_no_time_measured(sentence: str) -> None:
    assert listed(sentence) == []


@pytest.mark.parametrize(("sentence", "text"), [
    ("Máy bay không người lái này đã bay khoảng 5 giờ 30 phút, chụp được nhiều bức hình.", "5 giờ 30 phút"),
    ("Hành trình tuyến tàu cao tốc Cà Mau - Phú Quốc khoảng 3 giờ 15 phút.", "3 giờ 15 phút"),
])
def test_hours_and_minutes_after_khoang_within_a_clause_are_measured(sentence: str, text: str) -> None:
    assert text in [t for t, _ in listed(sentence)]


@pytest.mark.parametrize(("sentence", "text", "context"), [
    ("Sau khoảng 10 phút, ngọn lửa được khống chế.", "10 phút", "ngọn lửa được khống chế"),
    ("Ba môn thi gồm: Ngữ văn (120 phút), Ngoại ngữ (60 phút).", "60 phút", "Ngoại ngữ"),
    ("Năm 2010, anh đã nín thở dưới nước trong 22 phút.", "22 phút", "anh đã nín thở dưới nước"),
])
def test_what_a_bare_time_measures(sentence: str, text: str, context: str) -> None:
    assert {f.text: f.context for f in find_figures(sentence, sentence)}[text] == context
