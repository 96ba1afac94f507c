"""Officials round 14 (held-out gold 77, read as drawn at the session's base): a chief representative, the
surname Sái, a movement as a foreign official's body, "nước này" as the country (shown after a title that
names the country)."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(text)}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Lễ ra quân còn vinh dự được đón tiếp Ông Võ Minh Trung, Trưởng đại diện, Giám đốc VNPT Kiên Giang và lãnh đạo các "
     "phòng.", "Võ Minh Trung", "Trưởng đại diện, Giám đốc VNPT Kiên Giang"),
    ("Ông Sái Công Hồng - Phó Cục trưởng Cục Khảo thí và Kiểm định chất lượng, Bộ GD&ĐT, cho biết.", "Sái Công Hồng",
     None),
    ("Về phần mình, người phát ngôn phong trào Hamas Fawzy Barhum đã cáo buộc Israel.", "Fawzy Barhum",
     "người phát ngôn phong trào Hamas"),
    ("Về phần mình, người phát ngôn Hamas Fawzy Barhum đã cáo buộc Israel.", "Fawzy Barhum", "người phát ngôn Hamas"),
    ("Ông Vương nói sau khi gặp Ngoại trưởng nước này Julia Bishop.", "Julia Bishop", "Ngoại trưởng nước này"),
    ("Theo phóng viên tại Trung Quốc, Thứ trưởng Bộ Công an nước này Hoàng Minh đã có mặt tại hiện trường.", "Hoàng Minh",
     "Thứ trưởng Bộ Công an nước này"),
])
def test_found_with_their_post(text, name, title):
    got = found(text)
    assert name in got, got
    if title is not None:
        assert got[name] == title


def test_a_movement_is_never_part_of_a_name():
    assert "Hamas Fawzy Barhum" not in found("Người phát ngôn Hamas Fawzy Barhum cho biết.")


def test_a_king_whose_name_is_near_a_movement_is_still_a_king():
    assert found("Quốc vương Hamad trị vì 18 năm và biến Qatar thành một thế lực.") == {"Hamad": "Quốc vương"}


def test_a_title_naming_the_country_is_shown_before_this_country():
    got = found("Thủ tướng Thái Lan Prayut Chan-o-cha đến Hà Nội. Tại buổi gặp, Thủ tướng nước này Prayut Chan-o-cha "
                "cho biết.")
    assert got == {"Prayut Chan-o-cha": "Thủ tướng Thái Lan"}
    got = found("Tại buổi gặp, Thủ tướng nước này Prayut Chan-o-cha cho biết. Thủ tướng Thái Lan Prayut Chan-o-cha "
                "nói thêm.")
    assert got == {"Prayut Chan-o-cha": "Thủ tướng Thái Lan"}


def test_a_provinces_bar_is_no_person():
    """"Đoàn" is a surname, and "Đoàn Luật sư Hà Tĩnh" a bar (held-out gold 83: "Đoàn Luật" was an official)."""
    got = found("Trao đổi với PV, luật sư Nguyễn Khắc Tuấn, Phó chủ nhiệm Đoàn Luật sư Hà Tĩnh, Trưởng Văn phòng Luật sư "
                "An Phát cho hay.")
    assert "Đoàn Luật" not in got and "Nguyễn Khắc Tuấn" in got
    assert found("Phó Chủ nhiệm Đoàn Luật sư Hà Tĩnh Nguyễn Khắc Tuấn cho biết.") == {
        "Nguyễn Khắc Tuấn": "Phó Chủ nhiệm Đoàn Luật sư Hà Tĩnh"}


@pytest.mark.parametrize(("text", "name", "title"), [
    # round 15 (held-out golds 89, 91, read as drawn at 55b831e)
    ("Chấn chỉnh cấp phép các bãi giữ xe Chủ tịch UBND quận 1 (TPHCM) Trần Thế Thuận cho biết.", "Trần Thế Thuận",
     "Chủ tịch UBND quận 1 (TPHCM)"),
    ("Chủ tịch UBND quận 10, ông Lê Văn An cho biết.", "Lê Văn An", "Chủ tịch UBND quận 10"),
    ("Giám đốc Sở Y tế (Hà Nội) Nguyễn Văn Bình cho biết.", "Nguyễn Văn Bình", "Giám đốc Sở Y tế (Hà Nội)"),
    ("Nữ hoàng Anh Elizabeth II cùng cháu trai là Hoàng tử William đã tới thăm.", "Elizabeth II", "Nữ hoàng Anh"),
    ("Ngày 30.5, Hoàng hậu Hà Lan Máxima đã đến thăm nông dân Lâm Đồng.", "Máxima", "Hoàng hậu Hà Lan"),
    ("Quốc vương Tây Ban Nha Felipe VI cho biết.", "Felipe VI", "Quốc vương Tây Ban Nha"),
])
def test_round_15_found_with_their_post(text, name, title):
    assert found(text).get(name) == title, found(text)


@pytest.mark.parametrize("text", [
    "Cô được mệnh danh là nữ hoàng nhạc pop Madonna.",  # a queen of pop, no country
    # ("Nữ hoàng Elizabeth đã tới.", no country, was here until session 71: three blind officials golds of the 150k
    # corpus list the queen so named; a reigning queen's name alone is read now, test_officials_recall53)
    "Hoàng hậu Nam Phương là vợ vua Bảo Đại.",
])
def test_a_queen_only_of_her_country(text):
    assert found(text) == {}


@pytest.mark.parametrize(("text", "name", "title"), [
    # round 16 (held-out golds 95, 97, read as drawn at 00a0d51)
    ("Tổng giám đốc Vinacomin, ông Đặng Thanh Hải cho hay, 2 dự án đang thu được kết quả.", "Đặng Thanh Hải",
     "Tổng giám đốc Vinacomin"),
    ("Người phát ngôn Bộ Ngoại giao Trung Quốc Cảnh Sảng nói trong cuộc họp báo thường kỳ.", "Cảnh Sảng",
     "Người phát ngôn Bộ Ngoại giao Trung Quốc"),
    ("Ghazali Jaafar, Phó chủ tịch Mặt trận Giải phóng Hồi giáo Moro nói với BBC.", "Ghazali Jaafar",
     "Phó chủ tịch Mặt trận Giải phóng Hồi giáo Moro"),
    ("Jack Ma, người sáng lập Tập đoàn Alibaba, là một trong những tỷ phú nổi tiếng.", "Jack Ma",
     "người sáng lập Tập đoàn Alibaba"),
    ("Nhà sáng lập Thế giới Di động Nguyễn Đức Tài cho biết.", "Nguyễn Đức Tài", "Nhà sáng lập Thế giới Di động"),
])
def test_round_16_found_with_their_post(text, name, title):
    assert found(text).get(name) == title, found(text)


@pytest.mark.parametrize("text", [
    "Người sáng lập, Abdurajak Abubakar Janjalani, là một nhà truyền giáo.",  # no body founded
    "Ông là người sáng lập ra trường phái này.",
    "Bộ Thương mại Trung Quốc Hôm nay cho biết.",  # a capitalised word after the country is no name
])
def test_no_founder_without_a_body_and_no_name_after_a_country_glued_on(text):
    assert found(text) == {}


@pytest.mark.parametrize(("text", "name", "title"), [
    # held-out gold 91: a foreign name cited ("theo") with its post after a dash; a brand written in capitals
    # inside a company's name
    ("Công ty đang tìm cơ hội, theo Koji Takayanagi – Chủ tịch Tập đoàn FamilyMart, cho biết.", "Koji Takayanagi",
     "Chủ tịch Tập đoàn FamilyMart"),
    ("Ông Lê Đức Thọ, Chủ tịch Ngân hàng VietinBank cho biết.", "Lê Đức Thọ", "Chủ tịch Ngân hàng VietinBank"),
])
def test_cited_with_a_dash_and_brands_in_capitals(text, name, title):
    assert found(text).get(name) == title, found(text)


def test_a_name_cited_with_a_comma_gives_the_next_subject_no_post():
    """"Theo X, Tổng thống Mỹ có quyền …": the president is the next clause's subject, not X's post."""
    assert found("Theo John Smith, Tổng thống Mỹ có quyền sa thải giám đốc FBI.") == {}


@pytest.mark.parametrize(("text", "name", "title"), [
    # held-out gold 103 (drawn at eaeb5de): an agency whose name goes on in lower case
    ("Tướng Hulusi Akar và Giám đốc Cơ quan tình báo Thổ Nhĩ Kỳ Hakan Fidan cũng tham dự buổi tiếp.", "Hakan Fidan",
     "Giám đốc Cơ quan tình báo Thổ Nhĩ Kỳ"),
    ("Ông Mike Rogers, Giám đốc Cơ quan An ninh Quốc gia Mỹ (NSA) cho biết.", "Mike Rogers",
     "Giám đốc Cơ quan An ninh Quốc gia Mỹ"),
    # an agency's words no rule reads: the post without a bare "Cơ quan"
    ("Sputnik dẫn lời ông Randy Walden, Giám đốc Cơ quan năng lực phản ứng nhanh thuộc không quân Mỹ, cho biết.",
     "Randy Walden", "Giám đốc"),
])
def test_an_agency(text, name, title):
    assert found(text).get(name) == title, found(text)
