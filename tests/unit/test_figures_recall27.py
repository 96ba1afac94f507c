"""Figures round of session 61 (blind figures golds 893 and 895, read after their blind score): a race's finishing
place ("về thứ 2"); a top place before a comma ("vị trí số 1,"); points before the rank they give ("287 điểm xếp …");
an age reached after "năm" or "lúc" ("Năm 17 tuổi")."""

from __future__ import annotations

from briefing_tui.search.extract.figures import find_figures


def texts(body: str) -> list[str]:
    return [f.text for f in find_figures(body, body)]


def test_a_races_finishing_place() -> None:
    assert texts("Sebastian Vettel về thứ 2 khi kém thành tích của người về nhất 0,6 giây.") == ["về thứ 2", "0,6 giây"]
    assert texts("Hai VĐV Việt Nam là Phạm Đức Luân, Nguyễn Văn Long về thứ hai và ba.") == ["về thứ hai"]
    # a day of the week a match is moved to is no rank
    assert texts("Lịch thi đấu được dời về thứ 7 tuần sau.") == []
    assert texts("Trận đấu lùi về thứ Hai (12/6).") == []


def test_a_top_place_before_a_comma_and_the_points_before_it() -> None:
    assert texts("Mercedes đang có 287 điểm xếp ở vị trí số 1, hơn đội đua Ferrari 33 điểm.") == [
        "287 điểm", "vị trí số 1", "33 điểm"]
    assert texts("Đội có 30 điểm xếp thứ 2.") == ["30 điểm", "xếp thứ 2"]
    # a classifier's noun still follows a count ("3 điểm trường"); a decimal after "vị trí số" is no place
    assert texts("Có 3 điểm trường bị ngập.") == ["3 điểm trường"]
    assert texts("Anh ấy đá ở vị trí số 1,5 lần.") == []


def test_an_age_reached_after_nam_or_luc() -> None:
    assert texts("Năm 17 tuổi, Lý Huỳnh chính thức bước lên võ đài.") == ["17 tuổi"]
    assert texts("Dan Henry bắt đầu công việc giao bánh pizza từ năm 16 tuổi.") == ["16 tuổi"]
    assert texts("Cô yêu nhà ga này từ lúc 9 tuổi.") == ["9 tuổi"]
    # a year or a time is still none
    assert texts("Năm 2016, lúc 14h, đoàn đến nơi.") == []


def test_now_is_no_unit_but_artefacts_are() -> None:
    """"hiện" (now) after a number was read as its unit (blind figures gold 899)."""
    assert texts("Hai người ở tuổi 35 và 22 hiện đang trong tình trạng nguy kịch.") == []
    assert texts("Số áo 18 hiện là của Gareth Barry.") == []
    assert texts("Bảo tàng lưu trữ khoảng 145.000 hiện vật quý.") == ["145.000 hiện vật"]


def measures(body: str) -> list[tuple[str, str]]:
    return [(f.text, f.context) for f in find_figures(body, body)]


def test_an_age_measures_the_whole_name_of_its_person() -> None:
    """A four-word name before a bracketed age lost its surname ("Thị Ngọc Hoa"), and a name after a clause's comma
    kept the place before it ("Nội, Nguyễn Văn Lâm"): seen in the figures panel, session 61."""
    assert measures("Người này phát hiện chị Nguyễn Thị Ngọc Hoa (37 tuổi, trú tại xã Phú Đông) bị thương.") == [
        ("37 tuổi", "Nguyễn Thị Ngọc Hoa")]
    assert measures("Không ở Hà Nội, Nguyễn Văn Lâm, 34 tuổi (Quảng Xương, Thanh Hóa) từng có mặt.") == [
        ("34 tuổi", "Nguyễn Văn Lâm")]
    assert measures("Bà Nguyễn Thị Ngọc Hoa (46 tuổi) vẫn thường bẽn lẽn.") == [("46 tuổi", "Nguyễn Thị Ngọc Hoa")]
    assert measures("Tòa tuyên phạt bị cáo, Suzy Mitchell, 26 tuổi, kể lại.")[0][1] == "Suzy Mitchell"


def test_an_age_reached_measures_whose_age_it_is() -> None:
    """"Năm nay 72 tuổi, Robert Mueller …" measured "Năm nay"; "cú vấp tình yêu năm 22 tuổi, Sara Geurts …" measured
    "vấp tình yêu năm" (a blind sample of what figures measure, session 61)."""
    assert measures("Năm nay 72 tuổi, Robert Mueller đã cống hiến gần như trọn đời.") == [("72 tuổi", "Robert Mueller")]
    assert measures("Chỉ đến cú vấp tình yêu năm 22 tuổi, Sara Geurts mới quyết tâm thay đổi.") == [("22 tuổi", "Sara Geurts")]
    assert measures("Thay vào đó, năm 19 tuổi, cô khăn gói tới New York.") == [("19 tuổi", "cô")]
    assert measures("Lan lấy chồng năm 25 tuổi.") == [("25 tuổi", "Lan lấy chồng")]


def test_a_duration_measures_what_lasted_not_a_cut_word_nor_its_bound() -> None:
    """The words before a time were cut at a 40-character window ("dục thường xuyên được nghỉ": "giáo dục") and kept the
    words that bound it ("hoạt động của tàu này trong vòng")."""
    assert measures("Học viên trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên được nghỉ 3 ngày.") == [
        ("3 ngày", "giáo dục thường xuyên được nghỉ")]
    assert measures("Tàu đã vi phạm quy định về quản lý hoạt động của tàu này trong vòng 25 ngày.") == [
        ("25 ngày", "hoạt động của tàu này")]
    assert measures("Ngôi nhà được xây dựng chỉ trong vòng 2 tháng.") == [("2 tháng", "được xây dựng")]
    assert measures("Bộ phim kéo dài 120 phút.") == [("120 phút", "Bộ phim kéo dài")]
