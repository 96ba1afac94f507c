"""Figures round of session 60 (held-out figures golds 885 and 887, read after their blind score): a round's
results that share their first number and their verb are each a figure; a measure after "Bộ Quốc phòng" or "căn
phòng" is one (the room's or the team's number was read)."""

from __future__ import annotations

from briefing_tui.search.extract.figures import find_figures


def texts(body: str) -> list[str]:
    return [f.text for f in find_figures(body, body)]


def test_a_rounds_results_that_share_their_first_number_are_each_listed() -> None:
    body = ("Phòng thủ kém khiến Liverpool thua 0-2 Hull City. Bất lực khiến Bournemouth thua đậm Everton 3-6. "
            "Ngoài ra còn mắc những sai lầm khác trong ngày Leicester City thua 0-3 MU. "
            "Vô hại trước cầu môn của West Brom khiến Stoke City thua 0-1.")
    assert texts(body) == ["0-2", "3-6", "0-3", "0-1"]


def test_a_score_told_again_is_still_listed_once() -> None:
    body = "PSG giữ tỷ số 3-0 đến hết trận. Kết quả: Bordeaux 0 - 3 PSG. Đội khách thua 0-3 trên sân nhà."
    assert texts(body) == ["3-0"]


def test_a_measure_after_a_word_that_names_rooms_or_teams() -> None:
    body = "UBND TP Hà Nội đã ra Quyết định 5383 bàn giao cho Bộ Quốc phòng 236,9 ha, vượt 28,9 ha so với Quyết định 113."
    assert texts(body) == ["236,9 ha", "28,9 ha"]
    assert texts("Căn hộ này vốn là gác xép gắn liền với căn phòng 16m2 ở tầng 1.") == ["16m2"]
    # without a measure after it, the number is still the room's, the team's or the hospital's name
    assert texts("Bệnh nhân được chuyển tới Bệnh viện Trung ương Quân đội 108 cho biết.") == []
    assert texts("Cuộc họp diễn ra ở phòng 203 nhà A.") == []


def test_a_prison_term_after_a_name_that_is_also_a_word_for_a_number():
    """A defendant named Tuyến, Mã or a priest ("linh mục") before the term: not a route's, a code's or a section's
    number (blind figures gold 891)."""
    assert texts("Năm 2015, TAND tỉnh tuyên Thọ tù chung thân, Tuyến 8 năm tù vì tội Lừa đảo chiếm đoạt tài sản.") == [
        "8 năm tù"]
    assert texts("TAND tỉnh tuyên phạt Mã 4 năm 6 tháng tù, Anh 3 năm tù về tội cố ý gây thương tích.") == [
        "4 năm 6 tháng tù", "3 năm tù"]
    assert texts("Một tòa án đã kết án một linh mục 40 năm tù giam.") == ["40 năm tù giam"]
    # without a term after it, the number is still the route's or the code's
    assert texts("Xe buýt tuyến 8 chạy qua trung tâm.") == []
    assert texts("Sản phẩm mã 4 năm nay bán chạy.") == []


def test_one_few_is_no_count():
    """"1 vài" is "a few" (blind figures gold 889: "hai đội còn có 1 vài cơ hội" was listed as a count)."""
    assert texts("Trước khi hiệp 1 khép lại, hai đội còn có 1 vài cơ hội nhưng không thể tận dụng.") == []
    assert texts("Dù đã 1 vài năm trôi qua, vụ án vẫn được nhắc lại.") == []
    assert texts("Hai đội còn có 3 cơ hội ngon ăn.") == ["3 cơ hội"]


def test_what_lasted_some_days_before_a_comma_is_a_duration():
    """(blind figures gold 891: "ấp trong khoảng 36 ngày, với tỷ lệ nở …" was read as a report's period)"""
    assert texts("Mỗi lứa, chúng đẻ trứng và ấp trong khoảng 36 ngày, với tỷ lệ nở thành công cao.") == ["36 ngày"]
    assert texts("Lễ hội này sẽ kéo dài trong 3 ngày, đến hết ngày 4/6.") == ["3 ngày"]
    # a report's period opening its clause stays none
    assert texts("Trong 6 tháng, tỉnh có hơn 2.000 vụ án.") == ["2.000 vụ án"]
    assert texts("Tính chung trong 6 tháng, cả nước thu hút vốn đầu tư.") == []
