"""Officials round 70 of session 38 (held-out golds 365-371 read as drawn at 69ce753: recall 80/89, precision 80/82;
golds 381-387: 74/90, 74/76): a ministry written with a lower-case word ("Bộ trưởng Bộ thông tin và Truyền thông
Trương Minh Tuấn"), a state firm's members' council, written out or as "HĐTV", whose name goes on in lower case,
and a board's firm by its acronym in apposition ("Chủ tịch Hội đồng Thành viên SCIC, …")."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(text)}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Mới đây, Bộ trưởng Bộ thông tin và Truyền thông Trương Minh Tuấn đã chỉ đạo các đơn vị.", "Trương Minh Tuấn",
     "Bộ trưởng Bộ thông tin và Truyền thông"),
    ("Thứ trưởng Bộ Kế hoạch và đầu tư Nguyễn Văn Hiếu cho biết.", "Nguyễn Văn Hiếu", "Thứ trưởng Bộ Kế hoạch và đầu tư"),
    ("Bộ trưởng Bộ Nông nghiệp và phát triển nông thôn Nguyễn Xuân Cường thăm mô hình.", "Nguyễn Xuân Cường",
     "Bộ trưởng Bộ Nông nghiệp và phát triển nông thôn"),
])
def test_a_ministry_written_with_a_lower_case_word(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Chủ tịch HĐTV Tổng công ty Đường sắt Việt Nam Vũ Anh Minh cho biết.", "Vũ Anh Minh",
     "Chủ tịch HĐTV Tổng công ty Đường sắt Việt Nam"),
    ("Theo ông Vũ Anh Minh, Chủ tịch Hội đồng thành viên Tổng công ty Đường sắt Việt Nam cho biết.", "Vũ Anh Minh",
     "Chủ tịch Hội đồng thành viên Tổng công ty Đường sắt Việt Nam"),
    ("Theo ông Nguyễn Đức Chi, Chủ tịch Hội đồng Thành viên SCIC, một trong những nhiệm vụ là thoái vốn.",
     "Nguyễn Đức Chi", "Chủ tịch Hội đồng Thành viên SCIC"),
    ("Ông Trần Minh Ngọc, Chủ tịch HĐQT DQS, cho biết Chính phủ đang xem xét.", "Trần Minh Ngọc", "Chủ tịch HĐQT DQS"),
])
def test_a_firms_council_and_the_firm_after_it(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


def test_a_kind_of_firm_after_the_board_is_not_its_name() -> None:
    assert found("Ông Nguyễn Văn Thành, Chủ tịch HĐQT CTCP Đầu tư Sao Mai, cho biết.")["Nguyễn Văn Thành"] != (
        "Chủ tịch HĐQT CTCP")


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Ông Joseph Yun gặp Đại sứ Triều Tiên ở Liên hợp quốc Pak Kil-yon tại thành phố New York.", "Pak Kil-yon",
     "Đại sứ Triều Tiên ở Liên hợp quốc"),
    ("Đại sứ Pháp tại Liên hợp quốc Francois Delattre cho biết.", "Francois Delattre", "Đại sứ Pháp tại Liên hợp quốc"),
])
def test_an_ambassador_to_the_united_nations(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Đại biểu đặt câu hỏi đối với Bộ trưởng Giáo dục và Đào tạo Phùng Xuân Nhạ tại phiên thảo luận.", "Phùng Xuân Nhạ",
     "Bộ trưởng Giáo dục và Đào tạo"),
    ("Bộ trưởng Kế hoạch và Đầu tư Nguyễn Chí Dũng phát biểu.", "Nguyễn Chí Dũng", "Bộ trưởng Kế hoạch và Đầu tư"),
    ("Thứ trưởng Tài nguyên và Môi trường Trần Hồng Hà cho biết.", "Trần Hồng Hà", "Thứ trưởng Tài nguyên và Môi trường"),
    ("Sau đó, ông Trần Văn Hoàn được bổ nhiệm vào vị trí Chủ tịch đội bóng.", "Trần Văn Hoàn", "Chủ tịch"),
])
def test_a_ministry_named_whole_after_the_title_and_an_appointment_to_a_position(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


def test_the_ministry_is_the_organisation() -> None:
    (official,) = find_officials("Bộ trưởng Kế hoạch và Đầu tư Nguyễn Chí Dũng phát biểu.")
    assert official.organisation == "Bộ Kế hoạch và Đầu tư"
