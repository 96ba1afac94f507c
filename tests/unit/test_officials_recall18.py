"""Officials rounds of session 34. Round 51 (held-out golds 249 and 251, read as drawn at b2bfa8a): a district,
town or ward written after its kind's abbreviation in a body's name, glued or spaced ("Phó Chủ tịch UBND Q. Thanh
Khê Nguyễn Thanh Xuân", "Chủ tịch UBND TX.Kỳ Anh (Hà Tĩnh)", "Trưởng Công an Q.Bình Thạnh", "Chủ tịch UBND Q.1
(TP.HCM) Trần Thế Thuận"): ~90 such bodies on the 20k corpus. Round 52 (held-out golds 253 and 255, read as drawn at
round 51's rules): a supreme leader before his country and a foreign name ("Lãnh tụ tối cao Iran Ali Khamenei"), a
foreign company's head whose name the brand's words had taken ("Chủ tịch Tập đoàn Nidec Shigenobu Nagamori"), and
a photo credit that stops before an officer's rank ("Ảnh: Nguyễn Tân Trung tướng Lê Đông Phong, Giám đốc …"). Round 53
(held-out golds 257 and 259, read as drawn at round 52's rules): a body's foreign name or acronym after a post, then
a dash and "ông/bà" and the holder ("Giám đốc điều hành Radio France - ông Mathieu Gallet", "Chủ tịch Atletico Madrid
– ông Enrique Cerezo"), and a force's commander by its acronym and a foreign name ("Chỉ huy CTS Abdel Ghani
al-Assadi"). Round 54 (held-out golds 261 and 263, read as drawn at round 53's rules): the US Director of National
Intelligence as a post of its own, posts listed each before its holder ("…, Giám đốc An ninh Quốc gia (NSA) Mike
Rogers và …"), a firm's kind and up to five lower-case words ("CEO của công ty công nghệ hàng đầu Deloitte, ông
Puneet Renjen"), a company named like a person after its legal form when its head is named before the post ("ông Lê
Hoàng Phong, Giám đốc Công ty TNHH TM XNK Hoàng Gia Phát (TP.HCM) cam kết"), and "Ngài" before a name ("Tổng thư ký
LHQ Ngài Antonio Guterres"). Round 55 (held-out golds 265 and 267, read as drawn at round 54's rules): the head of
an investigating agency ("Phó Thủ trưởng CQĐT Công an tỉnh Tiền Giang"), a trial's presiding judge ("Chủ tọa Nguyễn
Quang Huynh"), China by its initials ("Chủ tịch TQ Tập Cận Bình"), and a post set off by a dash after "bởi" ("được
chia sẻ bởi Elon Musk - CEO SpaceX"). Round 56 (held-out golds 269 and 271, read as drawn at round 55's rules): a
post held before after "từng là" ("bà Alice Fisher, từng là trợ lý Bộ trưởng Tư pháp"), a senator "của bang"
("Thượng nghị sĩ của bang Texas John Cornyn"), a department's head ("Trưởng bộ phận tuyển sinh"), and "Đại sứ nghề",
an award, no post. Round 57 (held-out golds 273 and 275, read as drawn at round 56's rules): a name written in
capitals after "ông/bà", as interviews head their answers ("Ông TRẦN VĂN PHÚC, Phó Giám đốc Sở NN&PTNT tỉnh Bình
Định"; 21 officials on the 20k corpus). Round 58 (held-out golds 281 and 283, read as drawn at c3ec54a): a reigning
king by his country and name ("Vua Ả Rập Saudi Salman"; not the cup "Nhà Vua", nor a king of history), and the
holders of a post listed bare after one "gồm các ông" ("5 phó chủ tịch, gồm các ông: A, B, C, D, E."). Round 59 (held-out golds 285 and 287, read as drawn at 99387ab): "QH" for the National Assembly after
"của" ("Chủ nhiệm Ủy ban Kinh tế của QH Vũ Hồng Thanh"), and an envoy's brief, a comma and "ông" before the name
("Đặc phái viên của Tổng thống Nga về vấn đề Syria, ông Alexander Lavrentiev")."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(text)}


ROUND_51 = [
    ("Phó Chủ tịch UBND Q. Thanh Khê Nguyễn Thanh Xuân cho rằng, vấn đề quản lý hạ tầng cũng cấp bách.",
     "Nguyễn Thanh Xuân", "Phó Chủ tịch UBND Q. Thanh Khê"),
    ("Chủ tịch UBND Q.1 (TP.HCM) Trần Thế Thuận cho biết quận sẽ lập lại trật tự vỉa hè.", "Trần Thế Thuận",
     "Chủ tịch UBND Q.1 (TP.HCM)"),
    ("Chủ tịch UBND TX.Kỳ Anh (Hà Tĩnh) Nguyễn Văn An cho biết thị xã đã di dời 200 hộ.", "Nguyễn Văn An",
     "Chủ tịch UBND TX.Kỳ Anh (Hà Tĩnh)"),
    ("Ông Nguyễn Văn Hải, Chủ tịch UBND TX.Sông Cầu, cho biết vào mùa mưa.", "Nguyễn Văn Hải",
     "Chủ tịch UBND TX.Sông Cầu"),
    ("Ông Lê Văn Minh, Trưởng Công an Q. Bình Thạnh cho biết: Theo lời khai ban đầu.", "Lê Văn Minh",
     "Trưởng Công an Q. Bình Thạnh"),
    ("Trưởng Công an H.Diễn Châu Nguyễn Văn Toàn cho biết đã tạm giữ 3 người.", "Nguyễn Văn Toàn",
     "Trưởng Công an H.Diễn Châu"),
    ("Phó Chủ tịch UBND Q.Hai Bà Trưng Nguyễn Quang Trung cho biết.", "Nguyễn Quang Trung",
     "Phó Chủ tịch UBND Q.Hai Bà Trưng"),
    ("Chủ tịch UBND TP.Phan Thiết Nguyễn Ngọc Hai nói.", "Nguyễn Ngọc Hai", "Chủ tịch UBND TP.Phan Thiết"),
]


@pytest.mark.parametrize(("text", "name", "title"), ROUND_51)
def test_found_with_their_post(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


@pytest.mark.parametrize("text", [
    # a name's initial right after a post is no district ("H." only after a body's words)
    "Chủ tịch H.Nguyễn cho biết như vậy.",
    # a district's abbreviation with no name after the body
    "Lãnh đạo UBND Q. Cẩm Lệ khen thưởng đột xuất cho các chiến sĩ.",
])
def test_no_one_wrongly_given_a_post(text: str) -> None:
    assert found(text) == {}


ROUND_52 = [
    ("Lãnh tụ tối cao Iran Ali Khamenei công khai chiến lược mở rộng tầm ảnh hưởng.", "Ali Khamenei",
     "Lãnh tụ tối cao Iran"),
    ("Ông Velayati, cố vấn của lãnh tụ tinh thần Iran Ali Khamenei, cho hay như vậy.", "Ali Khamenei",
     "lãnh tụ tinh thần Iran"),
    ("Lãnh tụ tối cao Triều Tiên Kim Jong-un ra lệnh phóng thử tên lửa.", "Kim Jong-un", "Lãnh tụ tối cao Triều Tiên"),
    ("Chủ tịch Tập đoàn Nidec Shigenobu Nagamori bày tỏ vui mừng và vinh dự được đón Thủ tướng.",
     "Shigenobu Nagamori", "Chủ tịch Tập đoàn Nidec"),
    ("Giám đốc điều hành ngân hàng Goldman Sachs Lloyd Blankfein cho biết lãi suất sẽ tăng.", "Lloyd Blankfein",
     "Giám đốc điều hành ngân hàng Goldman Sachs"),
]


@pytest.mark.parametrize(("text", "name", "title"), ROUND_52)
def test_round_52_found_with_their_post(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


@pytest.mark.parametrize("text", [
    # a revolutionary's epithet: no country, no post
    "Ông về thăm nơi lãnh tụ Nguyễn Ái Quốc ra đi tìm đường cứu nước.",
    # a supreme leader named by his country alone
    "Lãnh tụ tối cao Iran tuyên bố đất nước ông không lo ngại về lệnh trừng phạt.",
    # a brand's own English words are no one's name
    "Shapovalov là chủ tịch tập đoàn Samara Business World kinh doanh bất động sản.",
    # two foreign words after a company's kind are its name, with no one after them
    "Chủ tịch Tập đoàn Sun Group cho biết dự án sẽ khởi công.",
])
def test_round_52_no_one_wrongly_given_a_post(text: str) -> None:
    assert found(text) == {}


def test_a_photo_credit_stops_before_an_officers_rank() -> None:
    """"Ảnh: Nguyễn Tân Trung tướng Lê Đông Phong, Giám đốc Công an TP.HCM, cho biết": the credit ran five words on
    and hid the general (held-out gold 253); a rank is written in lower case after its first word, so a
    photographer's capitalised "Trung Tướng" is still the credit."""
    from briefing_tui.search.extract.clean import credit_spans

    line = "Ma túy được cất giấu tinh vi. Ảnh: Nguyễn Tân Trung tướng Lê Đông Phong, Giám đốc Công an TP.HCM, cho biết."
    assert [line[a:b].strip() for a, b in credit_spans(line)] == ["Ảnh: Nguyễn Tân"]
    assert found(line[line.index("Trung tướng"):]) == {"Lê Đông Phong": "Trung tướng, Giám đốc Công an TP.HCM"}
    named = "Hai bên ký kết thỏa thuận. Ảnh: Trung Tướng Hội nghị diễn ra."
    assert [named[a:b].strip() for a, b in credit_spans(named)] == ["Ảnh: Trung Tướng Hội nghị diễn"]


ROUND_53 = [
    ("Macron bị đồn có quan hệ với Giám đốc điều hành Radio France - ông Mathieu Gallet. Bác bỏ tin đồn, ông nói.",
     "Mathieu Gallet", "Giám đốc điều hành Radio France"),
    ("Buổi lễ có sự hiện diện của Phó Chủ tịch VNITO - ông Ngô Văn Toàn phát biểu khai mạc.", "Ngô Văn Toàn",
     "Phó Chủ tịch VNITO"),
    ("Chủ tịch Atletico Madrid – ông Enrique Cerezo cho biết đội bóng sẽ giữ chân tiền đạo.", "Enrique Cerezo",
     "Chủ tịch Atletico Madrid"),
    ("Giám đốc LG Electronics – ông Juno Cho cho biết nhà máy sẽ mở rộng.", "Juno Cho", "Giám đốc LG Electronics"),
    ("Chỉ huy CTS Abdel Ghani al-Assadi cho biết cuộc truy quét có thể hoàn thành sau hai ngày nữa.",
     "Abdel Ghani al-Assadi", "Chỉ huy CTS"),
]


@pytest.mark.parametrize(("text", "name", "title"), ROUND_53)
def test_round_53_found_with_their_post(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


def test_a_dash_between_two_people_in_a_list_keeps_each_ones_post() -> None:
    """"…, Nguyên Chủ Tịch VEF - Bà Đường Thu Hương, CEO Forbes Vietnam": the dash opens the next guest, whose own
    post follows her name; the post before the dash is not hers."""
    assert found("Ông X, Nguyên Chủ Tịch VEF - Bà Đường Thu Hương, CEO Forbes Vietnam, phát biểu.").get(
        "Đường Thu Hương") == "CEO Forbes Vietnam"


def test_an_armed_groups_commander_is_still_no_official() -> None:
    assert found("Chỉ huy IS Abu Bakr al-Baghdadi bị thương trong cuộc không kích.") == {}


def test_a_list_of_posts_each_set_off_by_a_dash_names_each_holder() -> None:
    """"Tổng Thư ký HCA - ông A, Phó Chủ tịch VNITO - ông B và Trưởng Ban …": each post is the name's after it."""
    assert found("Lễ khai mạc có sự hiện diện của Tổng Thư ký HCA - ông Vũ Anh Tuấn, Phó Chủ tịch VNITO - ông Ngô Văn"
                 " Toàn và Trưởng Ban quản lý Khu Công nghệ cao.") == {
        "Vũ Anh Tuấn": "Tổng Thư ký HCA", "Ngô Văn Toàn": "Phó Chủ tịch VNITO"}


ROUND_54 = [
    ("Giám đốc Tình báo Quốc gia Dan Coats cho biết ông chưa từng bị gây sức ép.", "Dan Coats",
     "Giám đốc Tình báo Quốc gia"),
    ("Tờ báo viết giám đốc tình báo quốc gia Dan Coats, giám đốc Cơ quan An ninh Quốc gia (NSA) Mike Rogers và cựu phó"
     " giám đốc NSA Richard Ledgett đã đồng ý.", "Mike Rogers", "giám đốc Cơ quan An ninh Quốc gia (NSA)"),
    ("CEO của công ty công nghệ hàng đầu Deloitte, ông Puneet Renjen, nói với hãng tin PTI.", "Puneet Renjen",
     "CEO của công ty công nghệ hàng đầu Deloitte"),
    ("Tuần trước, ông Lê Hoàng Phong, Giám đốc Công ty TNHH TM XNK Hoàng Gia Phát (TP.HCM) cam kết thay máy mới.",
     "Lê Hoàng Phong", "Giám đốc Công ty TNHH TM XNK Hoàng Gia Phát"),
    ("Biệt phủ của ông Ngô Văn Quang (Giám đốc Công ty TNHH Vàng Phước Minh) được xây dựng trái phép.",
     "Ngô Văn Quang", "Giám đốc Công ty TNHH Vàng Phước Minh"),
    ("Kính thưa Tổng thư ký LHQ Ngài Antonio Guterres! Sự phát triển nhanh chóng của các nhà máy.", "Antonio Guterres",
     "Tổng thư ký LHQ"),
]


@pytest.mark.parametrize(("text", "name", "title"), ROUND_54)
def test_round_54_found_with_their_post(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


def test_a_list_of_posts_gives_each_post_to_the_name_after_it() -> None:
    """"Giám đốc FBI Christopher Wray, Giám đốc Tình báo Quốc gia Avril Haines, …": the second post is Haines's,
    not a second one of Wray's."""
    assert found("Lệnh được ký bởi Giám đốc Cục Điều tra Liên bang (FBI) Christopher Wray, Giám đốc Tình báo Quốc gia"
                 " Avril Haines, Bộ trưởng Tư pháp Mỹ Merrick Garland.") == {
        "Christopher Wray": "Giám đốc Cục Điều tra Liên bang (FBI)", "Avril Haines": "Giám đốc Tình báo Quốc gia",
        "Merrick Garland": "Bộ trưởng Tư pháp Mỹ"}


@pytest.mark.parametrize("text", [
    # a company named like a person, its head named before the post: not a person
    "Ông Trần Khắc Tâm - Tổng Giám đốc Công ty TNHH Trần Liên Hưng, tự ứng cử tại Sóc Trăng.",
    # a hotel's foreign name after the post is no one's
    "Chia sẻ của ông Sébastien Rodriguez - Tổng giám đốc Khách sạn Mia Luxury Saigon.",
])
def test_round_54_the_post_stays_with_the_name_before_it(text: str) -> None:
    names = found(text)
    assert len(names) == 1 and next(iter(names)) in ("Trần Khắc Tâm", "Sébastien Rodriguez")


ROUND_55 = [
    ("Năm 2002, Dũng cùng ông Nguyễn Văn Nên (Phó Thủ trưởng CQĐT Công an tỉnh Tiền Giang) tham gia điều tra.",
     "Nguyễn Văn Nên", "Phó Thủ trưởng CQĐT Công an tỉnh Tiền Giang"),
    ("Đại tá Trần Sinh Tố, Thủ trưởng Cơ quan Cảnh sát điều tra Công an huyện Can Lộc, đã ký quyết định.",
     "Trần Sinh Tố", "Thủ trưởng Cơ quan Cảnh sát điều tra Công an huyện Can Lộc"),
    ("Kiểm sát viên vắng mặt, Chủ tọa Nguyễn Quang Huynh tuyên bố cho tạm dừng phiên tòa.", "Nguyễn Quang Huynh",
     "Chủ tọa"),
    ("Bà Hoàng Thị Hà, chủ tọa phiên tòa, tuyên án.", "Hoàng Thị Hà", "chủ tọa phiên tòa"),
    ("Chủ tịch TQ Tập Cận Bình hứa hẹn sẽ tăng gấp 3 lần chi tiêu cho khoa học vũ trụ.", "Tập Cận Bình",
     "Chủ tịch TQ"),
    ("Theo thông tin được chia sẻ bởi Elon Musk - CEO SpaceX, tốc độ dữ liệu sẽ tăng gấp đôi.", "Elon Musk",
     "CEO SpaceX"),
]


@pytest.mark.parametrize(("text", "name", "title"), ROUND_55)
def test_round_55_found_with_their_post(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


@pytest.mark.parametrize("text", [
    # a trial report's clauses: the presiding judge unnamed
    "Khi được hỏi về những chuyến bay cùng Phương Nga, chủ tọa hỏi: “Về 17 lần xuất nhập cảnh ông khai thế nào?”.",
    "Về nhân chứng có tên Mai Phương, chủ tọa phiên tòa đã ký lệnh triệu tập đối với bà Phương.",
    # any agency's head in a law's words, and a fraudster's made-up body
    "Thủ trưởng cơ quan ngang bộ Nguyễn Văn An phải báo cáo.",
    "Thẻ do ông Trần Tử Quang, thủ trưởng Tổ công tác đặc biệt cố vấn Ban Chiến lược Trung ương cấp.",
])
def test_round_55_no_one_wrongly_given_a_post(text: str) -> None:
    assert found(text) == {}


ROUND_56 = [
    ("Ứng cử viên hàng đầu là bà Alice Fisher, từng là trợ lý Bộ trưởng Tư pháp phụ trách bộ phận hình sự.",
     "Alice Fisher", "trợ lý Bộ trưởng"),
    ("Người kế nhiệm có thể là Thượng nghị sĩ của bang Texas John Cornyn.", "John Cornyn",
     "Thượng nghị sĩ của bang Texas"),
    ("Đây là nhận định của thầy Nguyễn Trung Hiển, Trưởng bộ phận tuyển sinh, Khoa Quốc tế, ĐHQG Hà Nội.",
     "Nguyễn Trung Hiển", "Trưởng bộ phận"),
]


@pytest.mark.parametrize(("text", "name", "title"), ROUND_56)
def test_round_56_found_with_their_post(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


def test_a_vocational_skills_ambassador_holds_no_post() -> None:
    assert found("Anh Nguyễn Văn Thiết, Đại sứ nghề của Việt Nam, chia sẻ kinh nghiệm.") == {}


def test_a_name_in_capitals_after_ong_keeps_its_post() -> None:
    assert found("Ông TRẦN VĂN PHÚC, Phó Giám đốc Sở NN&PTNT tỉnh Bình Định, cho biết sẽ can thiệp.") == {
        "TRẦN VĂN PHÚC": "Phó Giám đốc Sở NN&PTNT tỉnh Bình Định"}


@pytest.mark.parametrize("text", [
    "Theo ông TP HCM lại tái diễn tình trạng này.",  # capitals with no surname first: an acronym
    "Ông DUY TRIẾT, đại diện Công ty cho biết.",  # no surname, no post
])
def test_capitals_that_are_no_name_give_no_one(text: str) -> None:
    assert found(text) == {}


def test_a_reigning_king_by_his_country_and_name() -> None:
    assert found("Ông Trump đã điện đàm với Vua Ả Rập Saudi Salman, nhấn mạnh sự thống nhất.") == {
        "Trump": "", "Salman": "Vua Ả Rập Saudi"}  # (Trump from known_officials.txt since session 43)


@pytest.mark.parametrize("text", [
    "Sau khi Barcelona giành cúp Nhà Vua Tây Ban Nha Barca ăn mừng.",  # the King's Cup
    "Vua George VI qua đời năm 1952.",  # a king of history, no country named
    "Ông được gọi là vua hàng hiệu Việt Nam Johnathan Hạnh Nguyễn.",  # a "king" of a trade
])
def test_no_king_where_there_is_none(text: str) -> None:
    assert "Vua" not in "".join(found(text).values()) and "vua" not in "".join(found(text).values())


def test_the_holders_listed_bare_after_one_gom_cac_ong_each_hold_the_post() -> None:
    text = ("UBND thành phố Hải Phòng hiện có 5 phó chủ tịch, gồm các ông: Nguyễn Xuân Bình, Lê Khắc Nam, Lê Thanh Sơn,"
            " Nguyễn Văn Thành, Phạm Văn Hà. Trong đó, ông Bình được điều động.")
    names = found(text)
    assert [n for n in names if names[n] == "phó chủ tịch"] == [
        "Nguyễn Xuân Bình", "Lê Khắc Nam", "Lê Thanh Sơn", "Nguyễn Văn Thành", "Phạm Văn Hà"]
    listed = found("Bộ hiện có 4 thứ trưởng gồm các ông, bà: Huỳnh Vĩnh Ái; Lê Khánh Hải; Đặng Thị Bích Liên; Vương"
                   " Duy Biên. Theo Xuân Hoa.")
    assert listed == dict.fromkeys(["Huỳnh Vĩnh Ái", "Lê Khánh Hải", "Đặng Thị Bích Liên", "Vương Duy Biên"],
                                   "thứ trưởng")


ROUND_59 = [
    ("Chủ nhiệm Ủy ban Kinh tế của QH Vũ Hồng Thanh cho biết nhiều ý kiến đề nghị bổ sung.", "Vũ Hồng Thanh",
     "Chủ nhiệm Ủy ban Kinh tế của QH"),
    ("Đặc phái viên của Tổng thống Nga về vấn đề Syria, ông Alexander Lavrentiev cho biết Nga sẽ cử quân cảnh.",
     "Alexander Lavrentiev", "Đặc phái viên của Tổng thống Nga về vấn đề Syria"),
    ("Tại cuộc họp, đặc phái viên Liên hợp quốc về vấn đề Syria, ông Staffan de Mistura đã hoan nghênh.",
     "Staffan de Mistura", "đặc phái viên Liên hợp quốc về vấn đề Syria"),
]


@pytest.mark.parametrize(("text", "name", "title"), ROUND_59)
def test_round_59_found_with_their_post(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


@pytest.mark.parametrize("text", ["Bà là Nữ hoàng", "Ông là Vua", "Bà là Hoàng hậu"])
def test_a_royal_title_ending_the_text_names_no_one_and_does_not_fail(text: str) -> None:
    """A queen's or a king's title with no word after it (a text's last word): no one, and no IndexError (the
    queen's check read the token after the title before asking whether there was one)."""
    assert found(text) == {}
