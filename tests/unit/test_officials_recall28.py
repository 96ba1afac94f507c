"""Officials round of session 45 (the fresh blind golds of session 44, 563-569, read after they were scored): a
commissioner ("Cao ủy") before a body and a name, and an envoy's or a commissioner's brief after an acronym in brackets
("Cao ủy Liên hợp quốc (LHQ) về nhân quyền …")."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(text)}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Cao ủy Đối ngoại EU Josep Borrell cho rằng việc Nga tăng cường lực lượng là đáng lo ngại.", "Josep Borrell",
     "Cao ủy Đối ngoại EU"),
    ("Cao ủy Thương mại EU Cecilia Malmstrom nói rằng hai bên đã đạt được thỏa thuận.", "Cecilia Malmstrom",
     "Cao ủy Thương mại EU"),
    ("Cao ủy Liên hợp quốc (LHQ) về nhân quyền Zeid Hussein ngày 6/6 đã cáo buộc tổ chức IS.", "Zeid Hussein",
     "Cao ủy Liên hợp quốc (LHQ) về nhân quyền"),
    ("Đặc phái viên Liên hợp quốc (LHQ) về Syria Staffan de Mistura kêu gọi các bên ngừng bắn.", "Staffan de Mistura",
     "Đặc phái viên Liên hợp quốc (LHQ) về Syria"),
])
def test_the_post_is_found(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


def test_a_high_commission_without_a_name_names_no_one() -> None:
    assert found("Cao ủy Singapore khẳng định sẽ hỗ trợ công dân của mình.") == {}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("GS.TS Nguyễn Anh Trí, Viện trưởng Viện Huyết học và Truyền máu Trung ương bày tỏ cảm ơn.", "Nguyễn Anh Trí",
     "Viện trưởng Viện Huyết học và Truyền máu Trung ương"),
    ("Ông Nguyễn Văn An, Giám đốc Bệnh viện Phụ sản Hà Nội, cho biết.", "Nguyễn Văn An",
     "Giám đốc Bệnh viện Phụ sản Hà Nội"),
    ("Ông Lương Ngọc Khuê, Cục trưởng Cục Quản lý Khám chữa bệnh, Bộ Y tế cho biết.", "Lương Ngọc Khuê",
     "Cục trưởng Cục Quản lý Khám chữa bệnh"),
])
def test_a_health_bodys_name_is_whole(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


def test_the_stieng_surname_dieu() -> None:
    got = found("Trước đó, các ông Điểu Phi Á - Bí thư Đảng ủy xã; Nguyễn Thanh Sơn - Phó Chủ tịch HĐND xã bị kỷ luật.")
    assert got.get("Điểu Phi Á") == "Bí thư Đảng ủy xã"


@pytest.mark.parametrize("text", [
    "Ngày 29/6, Chủ tịch UBND xã Quảng Tâm, huyện Tuy Đức (Đắk Nông) - ông Nguyễn Thành Trí xác nhận.",
    "Chủ tịch UBND xã Quảng Tâm, huyện Tuy Đức, tỉnh Đắk Nông - ông Nguyễn Thành Trí xác nhận.",
])
def test_a_communes_head_named_after_its_district_and_province(text: str) -> None:
    assert found(text).get("Nguyễn Thành Trí", "").startswith("Chủ tịch UBND xã Quảng Tâm")


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Giám đốc Sở nhập cư bang Johor Rohaizi Bahari cho hay, các lao động này sẽ bị điều tra.", "Rohaizi Bahari",
     "Giám đốc Sở nhập cư bang Johor"),
    ("Năm 2012, ông Diaz-Canel được Chủ tịch Raul Castro cất nhắc.", "Diaz-Canel", ""),
])
def test_a_state_department_head_and_cubas_president(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Trước đó, thẩm phán liên bang James Robart hôm 3/2 đã ra quyết định.", "James Robart", "thẩm phán liên bang"),
    ("Thẩm phán liên bang Mỹ Derrick Watson đã ra phán quyết.", "Derrick Watson", "Thẩm phán liên bang Mỹ"),
    ("Hòa thượng Danh Lung, Ủy viên Thường trực Hội đồng Trị sự, cho biết.", "Danh Lung",
     "Ủy viên Thường trực Hội đồng Trị sự"),
])
def test_a_federal_judge_and_a_khmer_surname(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


def test_a_list_is_no_surname() -> None:
    assert found("Danh sách các ứng viên đã được công bố.") == {}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Vụ phóng diễn ra tại ADD, phát ngôn viên của Tổng thống, Park Soo-hyun cho biết.", "Park Soo-hyun",
     "phát ngôn viên của Tổng thống"),
    ("Người phát ngôn của Tổng thống Nga, Dmitry Peskov, cho biết.", "Dmitry Peskov",
     "Người phát ngôn của Tổng thống Nga"),
])
def test_a_leaders_spokesman_set_off_by_a_comma(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


def test_the_leader_named_after_his_spokesman_is_not_the_spokesman() -> None:
    assert found("Người phát ngôn của Thủ tướng Anh Theresa May cho biết.").get("Theresa May") != (
        "Người phát ngôn của Thủ tướng Anh")
