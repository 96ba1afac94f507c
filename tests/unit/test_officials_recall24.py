"""Officials round of session 41 (read from the misses of all 170 held-out golds, then checked on the golds of seeds
501-503, drawn at ad5b257): a foreign person's long post in apposition ("Janka Oertel, Giám đốc Chương trình châu Á
tại Hội đồng Đối ngoại Châu Âu, tin rằng …"), "Còn X, giám đốc …", a team's, a subcommittee's, an office's and a
newspaper's heads ("Tổ trưởng", "Trưởng tiểu ban", "Trưởng văn phòng", "Tổng Biên tập"), a degree glued to the name
("TS.Nguyễn Hữu Đoàn"), and "Đại Đoàn Kết" (a newspaper) never a person."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.officials import _tokens, find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(text)}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Bắc Kinh đã đáp trả. Janka Oertel, Giám đốc Chương trình châu Á tại Hội đồng Đối ngoại Châu Âu, tin rằng Trung "
     "Quốc sẽ thay đổi.", "Janka Oertel", "Giám đốc Chương trình châu Á tại Hội đồng Đối ngoại Châu Âu"),
    ("Đó là điều quan trọng. Kate Hartman, giám đốc PR thương hiệu toàn cầu tại Coca-Cola, là người quản lý chương "
     "trình.", "Kate Hartman", "giám đốc PR thương hiệu toàn cầu tại Coca-Cola"),
    ("Còn Brian Lan, giám đốc quản lý ở GoldSilver Central tại Singapore, nhận định giá vàng có thể tăng.", "Brian Lan",
     "giám đốc"),
])
def test_a_foreign_persons_long_post_read_to_its_comma(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


@pytest.mark.parametrize("text", [
    # the post's run is followed by the next person, introduced by "ông": the post is that person's
    "Đó là điều quan trọng. Kate Hartman, giám đốc PR thương hiệu toàn cầu tại Coca-Cola, ông Smith nói.",
    # (a post that goes on into what was said, not closed by a comma, ends before the saying verb since session 64:
    # test_officials_recall45.py)
])
def test_a_long_post_not_closed_by_its_comma_is_not_read(text: str) -> None:
    assert "Kate Hartman" not in found(text)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Thiếu tá QNCN Vũ Thị Nhàn, Tổ trưởng Tổ Đúc mạ, Phân xưởng gia công cơ khí A7 luôn hoàn thành nhiệm vụ.",
     "Vũ Thị Nhàn", "Tổ trưởng"),
    ("Ông Mai Mạnh, tổ trưởng tổ dân phố 267, cho hay tất cả các hộ đã bàn giao mặt bằng.", "Mai Mạnh",
     "tổ trưởng tổ dân phố 267"),
    ("Trao đổi với phóng viên, ông Trần Đức Thuận, Trưởng tiểu ban quản lý khu di tích Bát Tràng cho hay.",
     "Trần Đức Thuận", "Trưởng tiểu ban"),
    ("Đồng tình quan điểm trên, luật sư Lê Văn Thiệp, Trưởng văn phòng luật sư Toàn Cầu, phân tích.", "Lê Văn Thiệp",
     "Trưởng văn phòng"),
    ("Ông Mai Ngọc Phước, Tổng Biên tập báo Pháp Luật TP.HCM, cho biết.", "Mai Ngọc Phước",
     "Tổng Biên tập báo Pháp Luật TP.HCM"),
    ("Nhà báo Nguyễn Xuân Toàn - Phó Tổng Biên tập báo điện tử Dân trí tặng hoa tới các khách mời.", "Nguyễn Xuân Toàn",
     "Phó Tổng Biên tập"),
])
def test_a_teams_a_subcommittees_an_offices_and_a_newspapers_heads(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Ngày 6/2, Đại tá, TS.Nguyễn Hữu Đoàn - Phó Viện trưởng Viện Kỹ thuật Phòng không-Không quân cho biết.",
     "Nguyễn Hữu Đoàn", "Phó Viện trưởng Viện Kỹ thuật Phòng không"),
    ("Nói về giải pháp, PGS.Trần Chủng - Trưởng ban Chất lượng - Tổng Hội Xây dựng Việt Nam cho rằng.", "Trần Chủng",
     "Trưởng ban Chất lượng"),
])
def test_a_degree_glued_to_the_name_is_split_off(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


def test_glued_degrees_and_dotted_places_keep_their_tokens() -> None:
    words = [t.text for t in _tokens("PGS.TS.Nguyễn Văn A, Ths.BS Lê B, ThS.Trần C, Q.Tân Bình, TP.HCM, lên.Chủ")]
    assert words == ["PGS.TS", ".", "Nguyễn", "Văn", "A", ",", "Ths.BS", "Lê", "B", ",", "ThS", ".", "Trần", "C", ",",
                     "Q.Tân", "Bình", ",", "TP.HCM", ",", "lên", ".", "Chủ"]


def test_the_newspaper_dai_doan_ket_is_no_person() -> None:
    text = "Ông Hồng Thanh Quang -- Tổng biên tập báo Đại Đoàn Kết. Nhà báo Đặng Vương Hạnh phát biểu."
    assert "Đoàn Kết" not in found(text)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Chủ tịch hội đồng, ông John Friesbie, cho rằng hai bên có những bước tiến nhanh.", "John Friesbie",
     "Chủ tịch hội đồng"),
    ("Thẩm phán tòa thành phố Phnom Penh, ông Ouk Sovannarith, cho biết bị cáo bị phạt.", "Ouk Sovannarith",
     "Thẩm phán tòa thành phố Phnom Penh"),
    # a body pointed back to ("của giải đấu này") gives no title of its own
    ("Ngày hôm qua, phó Chủ tịch của giải đấu này, ông Andrea Agnelli thừa nhận rằng giải phải tạm dừng.",
     "Andrea Agnelli", "phó Chủ tịch"),
])
def test_a_body_in_lower_case_words_then_its_holder_after_ong_ba(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


@pytest.mark.parametrize("text", [
    "Chủ tịch cho biết, ông Nguyễn Văn An sẽ nghỉ hưu vào tháng tới.",  # the clause went on: a verb before the comma
    "Theo Bộ trưởng cũ, bà Alena Schillerova không phải là thành viên.",  # "Theo X, …": the next clause's subject
])
def test_no_holder_when_the_words_before_the_comma_are_no_body(text: str) -> None:
    assert found(text) == {}


@pytest.mark.parametrize(("text", "name", "title"), [
    # a hyphenated given name ending in lower case still ends the person's name before the post
    ("Trong khi đó, Luk Bing-lam, chủ tịch Hiệp hội Hạt nhân Hong Kong cũng cảnh báo rằng nhiều chất phóng xạ còn.",
     "Luk Bing-lam", "chủ tịch Hiệp hội Hạt nhân Hong Kong"),
    # "một" before any post, not only before "cựu/nguyên"
    ("Danh sách có ông Eric Halphen, một thẩm phán chống tham nhũng nổi tiếng và nhiều người khác.", "Eric Halphen",
     "thẩm phán"),
    # military bodies, by their names or numbers
    ("Ngày 1/6, Chính ủy Quân chủng Phòng không Không quân Lâm Quang Đại giải thích.", "Lâm Quang Đại",
     "Chính ủy Quân chủng Phòng không Không quân"),
    ("Tư lệnh Quân khu 7 Trần Hoài Trung cho biết lực lượng đã sẵn sàng.", "Trần Hoài Trung", "Tư lệnh Quân khu 7"),
    ("Ông Nguyễn Văn Bình, Chính ủy Sư đoàn 5, cho biết đơn vị đã sẵn sàng.", "Nguyễn Văn Bình", "Chính ủy Sư đoàn 5"),
    ("Tư lệnh Hải quân Mỹ John Smith nói rằng tàu sẽ tới.", "John Smith", "Tư lệnh Hải quân Mỹ"),
])
def test_hyphenated_names_a_post_after_mot_and_military_bodies(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


def test_a_units_number_is_no_date() -> None:
    assert found("Tư lệnh Quân khu 7/2017 cho biết.") == {}


def test_a_post_after_mot_yields_to_the_post_taken() -> None:
    text = "Ông Song Young-moo, một Đô đốc Hải quân nghỉ hưu, được chỉ định làm Bộ trưởng Quốc phòng."
    assert found(text) == {"Song Young-moo": "Bộ trưởng Quốc phòng"}


@pytest.mark.parametrize(("text", "name", "title"), [
    # a head of a body written in up to twelve lower-case words, "tại" and "các" among them
    ("Theo ông Hassan Aidid, người đứng đầu tổ chức bảo tồn các thành phố lịch sử tại Yemen, hiện cư dân không thể "
     "tự tu sửa.", "Hassan Aidid", "người đứng đầu tổ chức bảo tồn các thành phố lịch sử tại Yemen"),
    ("\"Đây là điều rất khác\", Soonu Udani, người đứng đầu khoa hồi sức tích cực tại Bệnh viện Nhi Mumbai, nói.",
     "Soonu Udani", "người đứng đầu khoa hồi sức tích cực tại Bệnh viện Nhi Mumbai"),
    # a unit's political officer, a residents' group's deputy head (held-out golds 509, 511)
    ("Tôi được Trung tá Lê Quốc Đạt, Chính trị viên tiểu đoàn cho biết, đó là hệ thống mới.", "Lê Quốc Đạt",
     "Chính trị viên"),
    ("Bà Lê Thị Liên (Tổ phó Tổ dân phố 29, phường Định Công, Hoàng Mai, Hà Nội) cho biết dù đã phản ánh.",
     "Lê Thị Liên", "Tổ phó Tổ dân phố 29"),
])
def test_a_head_of_a_long_lower_case_body_a_political_officer_a_groups_deputy(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Theo thượng úy Nguyễn Mạnh Tuấn, Thư ký hội đồng tuyển sinh Tổng cục Chính trị Công an Nhân dân, số hồ sơ giảm.",
     "Nguyễn Mạnh Tuấn", "Thư ký hội đồng"),
    ("\"Anh ta dán ảnh\", Đại úy Nguyễn Đình Hoàng, Đội trưởng cảnh sát điều tra tổng hợp Công an Can Lộc, nói.",
     "Nguyễn Đình Hoàng", "Đội trưởng cảnh sát"),
    # a council named capitalised stays the body of "Thư ký"
    ("Thư ký Hội đồng An ninh Nga Nikolai Patrushev cho biết.", "Nikolai Patrushev", "Thư ký Hội đồng An ninh Nga"),
    # appointed "trở thành" a post, as "làm"
    ("Ngày 15/5, ông Edouard Philippe được chỉ định trở thành Thủ tướng.", "Edouard Philippe", "Thủ tướng"),
])
def test_a_councils_secretary_a_police_teams_head_a_post_become(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Tuy nhiên, Tư lệnh Cảnh sát quốc gia Philippines Ronald dela Rosa khẳng định đó không phải là khủng bố.",
     "Ronald dela Rosa", "Tư lệnh Cảnh sát quốc gia Philippines"),
    ("Ngày 31/5, phát ngôn viên Nhà Xanh Yoon Young-chan cho biết bộ đã bỏ đoạn báo cáo.", "Yoon Young-chan",
     "phát ngôn viên Nhà Xanh"),
])
def test_national_police_and_the_blue_house_as_bodies(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Ông Mai Mạnh, tổ trưởng tổ dân phố 267, cho hay tất cả các hộ đã bàn giao mặt bằng.", "Mai Mạnh",
     "tổ trưởng tổ dân phố 267"),
    ("Cô Hoàng Mỹ Thu Giang, tổ trưởng tổ toán của trường THCS Đức Trí, nhận định đề khó.", "Hoàng Mỹ Thu Giang",
     "tổ trưởng tổ toán"),
    # a market named after a person is the group's, not its head's name
    ("Ông Vũ Văn Phượng, tổ trưởng tổ quản lý chợ Lương Văn Can cho hay chợ đã sạch.", "Vũ Văn Phượng",
     "tổ trưởng tổ quản lý chợ Lương Văn Can"),
    # "thuộc" places the group; it is no word of it
    ("Đại úy Hồ Đình Hợi, Tổ trưởng Tổ chống cướp giật thuộc Công an quận cho biết.", "Hồ Đình Hợi",
     "Tổ trưởng Tổ chống cướp giật"),
])
def test_a_groups_head_with_the_group_in_lower_case(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


def test_a_groups_head_yields_to_another_post() -> None:
    text = ("Bà Trịnh Thị Thủy, Cục trưởng Cục Văn hóa Cơ sở, cho biết. Bà Trịnh Thị Thủy, Tổ trưởng tổ soạn thảo "
            "đề nghị sửa đổi, nói thêm.")
    assert found(text) == {"Trịnh Thị Thủy": "Cục trưởng Cục Văn hóa Cơ sở"}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Ông nói. John Dorrian, người phát ngôn của liên quân Mỹ, cho biết lực lượng đã rút.", "John Dorrian",
     "người phát ngôn của liên quân Mỹ"),
    ("Ông nói. Nanami Meguro, phát ngôn viên của NYK Line, cho biết tàu đã cập cảng.", "Nanami Meguro",
     "phát ngôn viên của NYK Line"),
    # a body that goes on into a clause ("do Mỹ đứng đầu") is not read: the post alone, as before
    ("Ông nói. Ryan Dillon, người phát ngôn của liên quân do Mỹ đứng đầu, cho biết.", "Ryan Dillon",
     "người phát ngôn"),
])
def test_whose_post_after_cua_read_to_the_comma(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


def test_the_body_after_cua_is_the_organisation() -> None:
    (official,) = find_officials("Ông nói. John Dorrian, người phát ngôn của liên quân Mỹ, cho biết lực lượng đã rút.")
    assert official.organisation == "liên quân Mỹ"
