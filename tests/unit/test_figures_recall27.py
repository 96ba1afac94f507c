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
