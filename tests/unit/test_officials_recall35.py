"""Officials round of session 52 (blind officials golds 715 and 717, read after their blind score): a traffic or police
team's head by its acronym alone ("Phó đội trưởng TTGT", "Đội phó TTGT", "Phó Chánh TTGT"); a former post after an age
in brackets; a district's bracket that names its province too; "người đồng nhiệm" before a country."""

from __future__ import annotations

import pytest

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(normalize(text))}


def test_a_trial_list_of_inspectors_by_their_acronym() -> None:
    text = ("Tòa tuyên phạt Dương Minh Tâm (37 tuổi), nguyên Phó chánh TTGT thuộc Sở GTVT TP Cần Thơ, 10 năm tù; Hồ Công "
            "Thiện (40 tuổi), nguyên Phó đội trưởng TTGT huyện Phong Điền; Lý Hoàng Minh (32 tuổi), nguyên Đội phó TTGT TP "
            "Cần Thơ, 9 năm tù.")
    assert set(found(text)) == {"Dương Minh Tâm", "Hồ Công Thiện", "Lý Hoàng Minh"}
    assert found("Ông Nguyễn Văn An, Đội trưởng CSGT huyện Phong Điền, cho biết.") == {
        "Nguyễn Văn An": "Đội trưởng CSGT huyện Phong Điền"}
    assert found("Ông Nguyễn Văn An, Chánh TTGT Sở GTVT, cho biết.") == {"Nguyễn Văn An": "Chánh TTGT Sở GTVT"}


@pytest.mark.parametrize("text", [
    "Đội trưởng Rooney nói rằng cả đội đã cố gắng.",  # a side's captain
    "Đội trưởng Nguyễn Văn An của đội tuyển bóng đá cho biết.",
])
def test_a_sides_captain_is_still_no_official(text: str) -> None:
    assert found(text) == {}


def test_a_former_post_after_an_age_in_brackets() -> None:
    text = "Luật sư hỏi bị cáo Dương Minh Tâm (37 tuổi, nguyên Phó Chánh TTGT thuộc Sở GTVT TP Cần Thơ) số tiền đã nhận."
    assert found(text) == {"Dương Minh Tâm": "nguyên Phó Chánh TTGT"}
    assert found("Tòa xử ông Dương Minh Tâm (37 tuổi, cựu Giám đốc Sở GTVT TP Cần Thơ).") == {
        "Dương Minh Tâm": "cựu Giám đốc Sở GTVT TP Cần Thơ"}
    assert found("Tòa xử ông Dương Minh Tâm (37 tuổi, nguyên quán Cần Thơ).") == {}


def test_a_districts_bracket_with_its_province() -> None:
    text = "Chủ tịch Hội Nông dân xã Suối Kiết (huyện Tánh Linh, Bình Thuận) Phan Văn Long cho biết: đất khô cằn."
    assert set(found(text)) == {"Phan Văn Long"}
    text = "Chủ tịch UBND xã Suối Kiết (huyện Tánh Linh, tỉnh Bình Thuận) Phan Văn Long cho biết."
    assert set(found(text)) == {"Phan Văn Long"}


def test_a_counterpart_by_country() -> None:
    text = "Bộ trưởng Quốc phòng Mỹ Jim Mattis và người đồng nhiệm Hàn Quốc Han Min-koo đã nhất trí."
    assert found(text) == {"Jim Mattis": "Bộ trưởng Quốc phòng Mỹ", "Han Min-koo": "người đồng nhiệm Hàn Quốc"}
    assert found("Ông nói với người đồng nhiệm rằng Nguyễn Văn An sẽ tới.") == {}


def test_a_departments_parent_body_after_its_lower_case_name() -> None:
    text = "Trưởng phòng Quản lý công nghiệp - Sở Công thương Đặng Tiến Bình cho biết, thực tế đến nay vẫn chưa có."
    assert set(found(text)) == {"Đặng Tiến Bình"}
    assert set(found("Trưởng phòng Quản lý công nghiệp Sở Công thương Nguyễn Văn An cho biết.")) == {"Nguyễn Văn An"}
    # a verb before a post is no department's name: the minister keeps his own post
    assert found("Thủ tướng Chính phủ hoan nghênh Bộ trưởng Nguyễn Ngọc Thiện đã xử lý nghiêm.") == {
        "Nguyễn Ngọc Thiện": "Bộ trưởng"}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Người đứng đầu thương hiệu Audi RS là cựu Giám đốc điều hành của Lamborghini, Stephan Winkelmann cũng đã cho biết.",
     "Stephan Winkelmann", "cựu Giám đốc điều hành của Lamborghini"),
    ("Giám đốc phụ trách hoạt động du lịch của làng, Marc-Andrea Barandun nói lệnh cấm là cần thiết.",
     "Marc-Andrea Barandun", "Giám đốc phụ trách hoạt động du lịch của làng"),
])
def test_a_post_then_a_foreign_name_and_what_the_person_says(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


@pytest.mark.parametrize("text", [
    "Giám đốc điều hành của Lamborghini, Stephan Winkelmann và Peter Smith tới dự.",  # a list of names
    "Giám đốc điều hành của Lamborghini, Stephan Winkelmann.",  # nothing said
])
def test_no_post_for_a_foreign_name_in_a_list(text: str) -> None:
    assert found(text) == {}



def test_a_holder_named_then_mid_sentence() -> None:
    text = ("Trong buổi họp báo năm 2018, đề cập đến nhà máy nước mặt sông Đuống, Chủ tịch Hà Nội thời điểm đó là ông "
            "Nguyễn Đức Chung thông tin có 4 nhà đầu tư.")
    assert found(text) == {"Nguyễn Đức Chung": "Chủ tịch Hà Nội"}


def test_a_clause_that_goes_on_before_the_comma_is_no_body() -> None:
    text = ("Thủ tướng mong muốn bằng uy tín của mình, ông John Kerry tiếp tục đóng góp vào mối quan hệ Việt Nam - "
            "Hoa Kỳ.")
    assert "Thủ tướng" not in found(text).get("John Kerry", "")


def test_a_ministry_between_commas_after_the_department() -> None:
    text = "Phó cục trưởng Cục Phòng chống HIV/AIDS, Bộ Y tế, Hoàng Đình Cảnh đã yêu cầu các phòng chức năng khẩn trương."
    assert found(text) == {"Hoàng Đình Cảnh": "Phó cục trưởng Cục Phòng chống HIV/AIDS, Bộ Y tế"}
    assert found("Phó cục trưởng Cục Phòng chống HIV/AIDS Nguyễn Văn An cho biết.") == {
        "Nguyễn Văn An": "Phó cục trưởng Cục Phòng chống HIV/AIDS"}
    # a list of people after the ministry: no one's post
    assert "Hoàng Đình Cảnh" not in found(
        "Phó cục trưởng Cục Phòng chống ma túy, Bộ Y tế, Hoàng Đình Cảnh và Nguyễn Văn An cùng dự.")


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Firhad Hakim, quan chức Kolkata, nói với AFP.", "Firhad Hakim", "quan chức Kolkata"),
    ("Ông Qamar Niaz, một quan chức cứu hộ Pakistan, cho biết vụ việc.", "Qamar Niaz", "quan chức cứu hộ Pakistan"),
    ("Bryan Clark, cựu quan chức hải quân Mỹ nói trên National Interest.", "Bryan Clark", "cựu quan chức hải quân Mỹ"),
    ("Ahn Guk-hyeon, một quan chức thuộc Cơ quan Đóng tàu và Hàng hải Daewoo của Hàn Quốc, cho biết.", "Ahn Guk-hyeon",
     "quan chức thuộc Cơ quan Đóng tàu và Hàng hải Daewoo của Hàn Quốc"),
])
def test_an_official_of_a_body_or_a_country_in_apposition(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


@pytest.mark.parametrize("text", [
    "Các quan chức Mỹ nói rằng cuộc gặp sẽ diễn ra.",  # officials, no one named
    "Theo đó, quan chức trên cho rằng quân đội đã chuẩn bị.",
    "Quan chức Nguyễn Văn An được nhắc đến trong báo cáo.",  # not in apposition
    "Fred Hof, một quan chức, nói rằng Nga sẽ rút.",  # an official of nothing named
])
def test_no_official_without_apposition_or_body(text: str) -> None:
    assert found(text) == {}


def test_an_official_in_a_list_is_no_apposition() -> None:
    text = "Priyanka Chopra đã kêu gọi Tổng thống Mỹ Joe Biden, quan chức Mỹ và các nước chia sẻ vắc xin với Ấn Độ."
    assert found(text) == {"Joe Biden": "Tổng thống Mỹ"}
    text = "Bà Choi Sun-hee, quan chức ngoại giao hàng đầu Triều Tiên và là người phụ trách quan hệ với Mỹ, nói."
    assert found(text) == {"Choi Sun-hee": "quan chức ngoại giao hàng đầu Triều Tiên"}


def test_the_head_of_a_place_named_by_its_own_words() -> None:
    assert found("Ông Valdemar Alves, người đứng đầu khu dân cư Pedrogao Grande, cho hay.") == {
        "Valdemar Alves": "người đứng đầu khu dân cư Pedrogao Grande"}
    # a market's group head keeps the market's name, a street's (not a person)
    text = "Sáng nay, ông Vũ Văn Phượng, tổ trưởng tổ quản lý chợ Lương Văn Can, cho biết."
    assert found(text) == {"Vũ Văn Phượng": "tổ trưởng tổ quản lý chợ Lương Văn Can"}
