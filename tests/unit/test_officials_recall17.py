"""Officials rounds of session 33. Round 41 (held-out golds 209 and 211, read as drawn at 0c74769): a foreign
person's post in apposition that goes on into capitalised words no one's name ("Miranda Harper, Giám đốc Truyền
thông của Audi, lên tiếng"), a post's brief after its country ("Phó Thủ tướng Nga phụ trách công nghiệp quốc phòng
Dmitry Rogozin"), a press secretary named after the leader's post and country, and a role after "thì", "nhưng",
"còn" opening its clause ("thì Chủ tịch Tottenham, Daniel Levy sẽ …"). Round 42 (held-out golds 213 and 215, read
as drawn at round 41's rules): a mayor's city before a comma and the name, a senior secretary of a head of state
named after a comma (and the head of state kept), "Austria" a country, an event's organising committee ("Phó ban
tổ chức Lễ hội …"), and a photo credit that stops before a post opening the next sentence. Round 43 (held-out golds
217 and 219, read as drawn at round 42's rules): a mayor's or a governor's city glued before the name is the
city, not the name ("Thị trưởng New York Bill de Blasio": 22 such names on the 20k corpus), a deputy consul
general, an organising committee's head by its acronym ("Trưởng BTC"). Round 44 (held-out golds 221 and 223, read
as drawn at round 43's rules): an academic or medical degree before the name after a post and a comma ("Giám đốc
Sở Y tế, PGS.TS Nguyễn Khắc Hiền cho biết"), a district in brackets between a body and its head's name. Round 45
(golds 223, 225 and 227, read as drawn at round 44's rules): a school's kind in lower case and a place's name
before its head's ("Hiệu trưởng Trường tiểu học Sài Đồng Lê Thị Thu Hường"), "ông" and one foreign word after a
post and a comma ("Chủ tịch Liên đoàn Bóng đá Đức, ông Grindel nói"), an embassy's counsellor, a special
representative, and a two-word city after a mayor's title that is no one's name ("cựu Thị trưởng New York và …").
Round 46 (golds 229 and 231, read as drawn at round 45's rules): a city glued to "TP." in a body's name ("Phó Chủ
tịch UBND TP.Đà Nẵng Hồ Kỳ Minh"), "Trưởng CA" for a police chief. Round 47 (golds 233 and 235, read as drawn at
round 46's rules; and gold 217's false hit): a governor named by surname files under the name the article writes
after the state, not under the state and the name ("California Gavin Newsom"), a celebrity's "Đại sứ thương hiệu /
du lịch" is no post, and the Americas' smaller states are countries ("Đại sứ Costa Rica"). Round 48 (golds 237 and
239, read as drawn at round 47's rules): a full-time deputy ("chuyên trách"), "quốc gia" after a body's acronym, a
continent in lower case in a body's name ("Phòng Thương mại châu Âu tại Trung Quốc"), a chief financial officer,
the labour confederation's acronym, and the names listed after a post many hold and a colon ("các đồng chí Phó Chủ
tịch Tổng LĐLĐVN: A, B, C;"). Round 49 (golds 241 and 243, read as drawn at round 48's rules): a company's kind in
lower case after its head's title, with the title's own acronym in brackets ("Giám đốc điều hành (CEO) hãng xe điện
Tesla Elon Musk"). Round 50 (golds 245 and 247, read as drawn at round 49's rules): a foreign name after "với" or
"đến" with its post set off by a dash ("trao đổi với Elon Musk - CEO của Tesla"), "cơ sở" ending a department's name
("Phó Cục trưởng Cục Văn hóa cơ sở Ninh Thị Thu Hương")."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(text)}


ROUND_41 = [
    ("Hẳn là thế rồi.” Loren Angelo, Phó Chủ tịch Marketing của Audi Mỹ, nói trên Forbes.", "Loren Angelo",
     "Phó Chủ tịch Marketing của Audi Mỹ"),
    ("Miranda Harper, Giám đốc Truyền thông của Audi, lên tiếng: “Phản ứng trên YouTube không biểu hiện”.",
     "Miranda Harper", "Giám đốc Truyền thông của Audi"),
    ("Phó Thủ tướng Nga phụ trách công nghiệp quốc phòng Dmitry Rogozin ngày 20.05 cho biết.", "Dmitry Rogozin",
     "Phó Thủ tướng Nga phụ trách công nghiệp quốc phòng"),
    ("Năm 2014, Trợ lý Ngoại trưởng Mỹ đặc trách Đông Á Daniel R. Russel phát biểu trước Quốc hội.",
     "Daniel R. Russel", "Trợ lý Ngoại trưởng Mỹ đặc trách Đông Á"),
    ("Phó Chủ tịch Phòng Thương mại Mỹ phụ trách các vấn đề quốc tế Myron Brilliant tái khẳng định cam kết.",
     "Myron Brilliant", "Phó Chủ tịch Phòng Thương mại Mỹ phụ trách các vấn đề quốc tế"),
    ("còn Thư ký Báo chí của Tổng thống Nga Dmitri Peskov cho rằng các cáo buộc này là vô căn cứ.", "Dmitri Peskov",
     "Thư ký Báo chí của Tổng thống Nga"),
    ("Dù MU chi 100 triệu bảng thì Chủ tịch Tottenham, Daniel Levy sẽ vẫn làm ngơ.", "Daniel Levy",
     "Chủ tịch Tottenham"),
]


ROUND_42 = [
    ("Theo Reuters, thị trưởng Marawi, Majul Gandamra cho biết, chỉ 134 người được sơ tán.", "Majul Gandamra",
     "thị trưởng Marawi"),
    ("Đồng thời tuyên bố, cựu Thư ký cấp cao của Tổng thống Hàn Quốc, ông Ahn Chong Bum là người trực tiếp phối hợp.",
     "Ahn Chong Bum", "cựu Thư ký cấp cao của Tổng thống Hàn Quốc"),
    ("Thủ tướng đã tiếp Chủ tịch kiêm Giám đốc điều hành Tập đoàn Vamed của Austria Ernst Wastler, lãnh đạo Liên minh.",
     "Ernst Wastler", "Chủ tịch kiêm Giám đốc điều hành Tập đoàn Vamed của Austria"),
    ("Ngày 7.7, ông Đinh Xuân Nguyên, Phó ban tổ chức Lễ hội chọi trâu Đồ Sơn 2017 cho biết, chưa phát hiện gì.",
     "Đinh Xuân Nguyên", "Phó ban tổ chức Lễ hội"),
    ("Phó ban tổ chức Trung ương Nguyễn Thanh Bình vừa ban hành kế hoạch.", "Nguyễn Thanh Bình",
     "Phó ban tổ chức Trung ương"),
]


ROUND_43 = [
    ("Thống đốc California Gavin Newsom cho biết ông sẽ tái tranh cử.", "Gavin Newsom", "Thống đốc California"),
    ("Thị trưởng New York Bill de Blasio cho biết thành phố sẽ mở cửa.", "Bill de Blasio", "Thị trưởng New York"),
    ("Thị trưởng London Sadiq Khan kêu gọi người dân bình tĩnh.", "Sadiq Khan", "Thị trưởng London"),
    ("Thống đốc BoJ Haruhiko Kuroda cho biết lãi suất sẽ giữ nguyên.", "Haruhiko Kuroda", "Thống đốc BoJ"),
    ("Phát biểu tại buổi giao lưu, ông Sam Wood - Phó Tổng Lãnh sự Anh tại TP. HCM đã chia sẻ về học bổng.",
     "Sam Wood", "Phó Tổng Lãnh sự Anh tại TP. HCM"),
    ("Ông Nguyễn Xuân Thành, Trưởng BTC, cho biết mọi công tác chuẩn bị đã xong.", "Nguyễn Xuân Thành", "Trưởng BTC"),
]


ROUND_44 = [
    ("Giám đốc Sở Y tế, PGS.TS Nguyễn Khắc Hiền cho biết bệnh viện đã sẵn sàng.", "Nguyễn Khắc Hiền",
     "Giám đốc Sở Y tế"),
    ("Giám đốc ĐH Đà Nẵng, GS-TS Trần Văn Nam đã chúc mừng tân hiệu trưởng.", "Trần Văn Nam", "Giám đốc ĐH Đà Nẵng"),
    ("Phó Giám đốc Bệnh viện Bạch Mai, TS. Nguyễn Văn An cho biết.", "Nguyễn Văn An",
     "Phó Giám đốc Bệnh viện Bạch Mai"),
    ("Hiệu trưởng Trường THPT Phan Huy Chú (quận Đống Đa) Hà Xuân Nhâm cho biết, trường tự chủ tài chính.",
     "Hà Xuân Nhâm", "Hiệu trưởng Trường THPT Phan Huy Chú (quận Đống Đa)"),
    ("Chủ tịch UBND phường Bến Nghé (quận 1) Nguyễn Văn Minh cho biết.", "Nguyễn Văn Minh",
     "Chủ tịch UBND phường Bến Nghé (quận 1)"),
]


ROUND_45 = [
    ("Hiệu trưởng Trường tiểu học Sài Đồng Lê Thị Thu Hường cho biết, mức tăng học phí chưa được quyết định.",
     "Lê Thị Thu Hường", "Hiệu trưởng Trường tiểu học Sài Đồng"),
    ("Bà Nguyễn Thị Lan, Hiệu trưởng Trường tiểu học Kim Liên, cho biết.", "Nguyễn Thị Lan",
     "Hiệu trưởng Trường tiểu học Kim Liên"),
    ("Hiệu trưởng Trường trung học cơ sở Nguyễn Trãi Lê Văn An cho biết.", "Lê Văn An",
     "Hiệu trưởng Trường trung học cơ sở Nguyễn Trãi"),
    ("Chủ tịch Liên đoàn Bóng đá Đức, ông Grindel nói: “Tôi hy vọng sẽ còn nhiều nữ trọng tài”.", "Grindel",
     "Chủ tịch Liên đoàn Bóng đá Đức"),
    ("Phát biểu khai mạc triển lãm, Tham tán Công sứ Phạm Toàn Thắng khẳng định quan hệ đang phát triển tốt.",
     "Phạm Toàn Thắng", "Tham tán Công sứ"),
    ("Một nhóm chính trị gia đã gặp ông Joseph Yun, đại diện đặc biệt của Mỹ về chính sách Triều Tiên. Ông Yun nói.",
     "Joseph Yun", "đại diện đặc biệt của Mỹ"),
]


ROUND_46 = [
    ("Phó Chủ tịch UBND TP.Đà Nẵng Hồ Kỳ Minh đánh giá buổi diễn tập đã thành công.", "Hồ Kỳ Minh",
     "Phó Chủ tịch UBND TP.Đà Nẵng"),
    ("Chủ tịch UBND TP.Hà Nội Nguyễn Đức Chung cho biết.", "Nguyễn Đức Chung", "Chủ tịch UBND TP.Hà Nội"),
    ("Chủ tịch UBND TP.Phan Thiết Nguyễn Văn An cho biết.", "Nguyễn Văn An", "Chủ tịch UBND TP.Phan Thiết"),
    ("Giám đốc Công an TP.Hải Phòng, Đại tá Đỗ Hữu Ca cho biết.", "Đỗ Hữu Ca", "Giám đốc Công an TP.Hải Phòng"),
    ("Đại tá Hà Mạnh Hùng – Trưởng CA quận Hoàn Kiếm, Hà Nội trao đổi với báo chí.", "Hà Mạnh Hùng",
     "Trưởng CA quận Hoàn Kiếm"),
]


def test_a_city_glued_to_tp_gives_the_officials_province() -> None:
    from briefing_tui.search.extract.officials import find_officials

    assert [(o.name, o.province) for o in find_officials("Phó Chủ tịch UBND TP.Đà Nẵng Hồ Kỳ Minh nói.")] == [
        ("Hồ Kỳ Minh", "Đà Nẵng")]


ROUND_48 = [
    ("Phó chủ tịch chuyên trách Ủy ban ATGT quốc gia Khuất Việt Hùng đề xuất tăng cường cảnh giới.",
     "Khuất Việt Hùng", "Phó chủ tịch chuyên trách Ủy ban ATGT quốc gia"),
    ("Tuy nhiên Chủ tịch Phòng Thương mại châu Âu tại Trung Quốc Joerg Wuttke cho rằng Bắc Kinh vẫn cần đầu tư.",
     "Joerg Wuttke", "Chủ tịch Phòng Thương mại châu Âu tại Trung Quốc"),
    ("James chụp ảnh với giám đốc tài chính Jan-Christian Dreesen. Trong buổi họp báo, anh rất vui.",
     "Jan-Christian Dreesen", "giám đốc tài chính"),
    ("Phó Chủ tịch Tổng LĐLĐ Việt Nam Trần Thanh Hải cho biết.", "Trần Thanh Hải", "Phó Chủ tịch Tổng LĐLĐ Việt Nam"),
]


ROUND_49 = [
    ("Năm 2015, Giám đốc điều hành (CEO) hãng hàng không Qatar Airways, ông Akbar Al Baker nói ông không ngại.",
     "Akbar Al Baker", "Giám đốc điều hành (CEO) hãng hàng không Qatar Airways"),
    ("Giám đốc điều hành (CEO) hãng xe điện Tesla Elon Musk cho biết.", "Elon Musk",
     "Giám đốc điều hành (CEO) hãng xe điện Tesla"),
    ("Giám đốc điều hành (CEO) của sàn giao dịch Bitcoin BTCC, ông Bobby Lee, cho biết.", "Bobby Lee",
     "Giám đốc điều hành (CEO) của sàn giao dịch Bitcoin BTCC"),
]


ROUND_50 = [
    ("Họ thúc đẩy cuộc trao đổi công khai giữa nhân viên với Elon Musk - CEO của Tesla. Vào tháng 11, họ gặp lại.",
     "Elon Musk", "CEO của Tesla"),
    ("Theo đó, Phó Cục trưởng Cục Văn hóa cơ sở Ninh Thị Thu Hương đã ký văn bản hỏa tốc.", "Ninh Thị Thu Hương",
     "Phó Cục trưởng Cục Văn hóa cơ sở"),
]


def test_names_listed_after_a_post_many_hold_and_a_colon_all_hold_it() -> None:
    text = ("Dự có đồng chí Bùi Văn Cường, Chủ tịch Tổng LĐLĐVN; các đồng chí Phó Chủ tịch Tổng LĐLĐVN: Nguyễn Thị Thu "
            "Hồng, Mai Đức Chính, Trần Văn Lý; đồng chí Trịnh Thanh Hằng dự.")
    got = found(text)
    assert [got.get(n) for n in ("Nguyễn Thị Thu Hồng", "Mai Đức Chính", "Trần Văn Lý")] == [
        "Phó Chủ tịch Tổng LĐLĐVN"] * 3
    assert got.get("Bùi Văn Cường") == "Chủ tịch Tổng LĐLĐVN"
    # one name after the colon is no list
    assert found("Các Phó Chủ tịch UBND tỉnh: Nguyễn Văn An đã dự họp.") == {}


def test_a_governor_by_surname_files_under_his_name_not_his_state() -> None:
    text = ("Thống đốc Newsom, một đảng viên Dân chủ, đang chuẩn bị tái tranh cử.\nThống đốc California Gavin Newsom. "
            "Ảnh: Reuters\nChiến dịch phế truất Thống đốc Newsom được triển khai hồi tháng 6.")
    assert found(text) == {"Gavin Newsom": "Thống đốc California"}


@pytest.mark.parametrize("text", [
    "Hoa hậu Đỗ Thị Hà làm Đại sứ thương hiệu nhằm hỗ trợ công ty.",
    "Đại sứ Du lịch Việt Nam Lý Nhã Kỳ cho biết cô rất vui.",
    "Đại sứ Costa Rica tại Liên hợp quốc phát biểu tại phiên họp.",
])
def test_an_honorary_ambassador_or_a_country_is_no_official(text: str) -> None:
    assert found(text) == {}


def test_a_two_word_city_after_a_mayors_title_is_no_ones_name() -> None:
    assert "New York" not in found("Ông Michael Bloomberg, cựu Thị trưởng New York và hiện là đặc phái viên của Tổng "
                                   "Thư ký Liên Hợp Quốc, cho biết.")


def test_one_vietnamese_word_after_ong_is_not_taken_as_a_foreign_name() -> None:
    assert found("Giám đốc công ty, ông Hùng cho biết như vậy.") == {}


def test_a_two_word_city_before_a_governors_surname_is_the_city() -> None:
    assert found("Thống đốc Saint Petersburg Georgy Pontavchenko nói. Thống đốc Saint Petersburg Pontavchenko nói "
                 "thêm.") == {"Georgy Pontavchenko": "Thống đốc Saint Petersburg"}


def test_a_three_word_city_before_a_mayors_name_is_the_city() -> None:
    """"Rio de Janeiro" is one city of three words, not "Rio de" and a person "Janeiro …"."""
    for text in ("Thị trưởng Rio de Janeiro Eduardo Paes cho biết.", "Thị trưởng Rio de Janeiro, ông Eduardo Paes nói."):
        assert found(text) == {"Eduardo Paes": "Thị trưởng Rio de Janeiro"}, text


def test_an_attorney_generals_name_with_bin_stays_whole() -> None:
    """The particle rule is a city head's: "Tổng Chưởng lý Mohamed Apandi bin Ali" keeps all four words."""
    assert found("Tổng Chưởng lý Mohamed Apandi bin Ali cho biết.") == {"Mohamed Apandi bin Ali": "Tổng Chưởng lý"}


def test_a_leader_named_in_an_aides_post_keeps_his_own() -> None:
    """"Thư ký báo chí của Tổng thống Nga Putin, Dmitry Peskov": the secretary named after the comma, and the
    president filed under the name the article writes in full."""
    assert found("Bộ phim kể về Vladimir Putin. Thư ký báo chí của Tổng thống Nga Putin, Dmitry Peskov cho biết.") == {
        "Dmitry Peskov": "Thư ký báo chí của Tổng thống Nga Putin", "Vladimir Putin": "Tổng thống Nga"}


def test_a_photo_credit_stops_before_a_post_opening_the_next_sentence() -> None:
    from briefing_tui.search.extract.clean import credit_spans

    line = "Ảnh: Reuters Tổng thống Philippines Rodrigo Duterte đã đề nghị Mặt trận ngừng bắn."
    assert [line[a:b].strip() for a, b in credit_spans(line)] == ["Ảnh: Reuters"]
    line = "Ảnh: Tường Lâm Theo ông Lê Hoàng Châu, Chủ tịch HoREA, đề xuất này hợp lý."
    assert [line[a:b].strip() for a, b in credit_spans(line)] == ["Ảnh: Tường Lâm"]
    assert found("Ảnh: Reuters Tổng thống Philippines Rodrigo Duterte đã đề nghị Mặt trận ngừng bắn.") == {
        "Rodrigo Duterte": "Tổng thống Philippines"}


@pytest.mark.parametrize(
    ("text", "name", "title"), ROUND_41 + ROUND_42 + ROUND_43 + ROUND_44 + ROUND_45 + ROUND_46 + ROUND_48
    + ROUND_49 + ROUND_50)
def test_found_with_their_post(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


@pytest.mark.parametrize("text", [
    # a brief with no name after it
    "Phó Tư lệnh Hải quân Nga phụ trách vấn đề vũ trang nói như vậy.",
    # no country before the press secretary's leader: the president is named ("Tổng thống Moon Jae-in")
    "Thư ký báo chí của Tổng thống Moon Jae-in cho biết vụ điều tra sẽ làm rõ.",
    # what someone said, after "Theo": the one foreign word after "ông" is the other person
    "Theo đặc phái viên Hàn Quốc, ông Tillerson cho biết các biện pháp trừng phạt vẫn giữ nguyên.",
    # a school named after its district: no one
    "Hiệu trưởng Trường mầm non Krông Ana cho biết trường đã sẵn sàng.",
    # a foreign name after "với" with no post set off by a dash
    "Ông gặp gỡ với Elon Musk và nói chuyện về xe điện.",
    # a company's kind in lower case with no capitalised name after it
    "Chủ tịch hãng cho biết doanh thu sẽ tăng.",
    # a shift's leader, not the police ("CA" only in capitals)
    "Bà Lê Thị Thạc, Trưởng ca nhà máy, cho biết sản lượng tăng.",
    # degrees with no name after them
    "Giám đốc Sở Y tế, TS, BS và ThS đều cho biết như vậy.",
])
def test_no_one_wrongly_given_a_post(text: str) -> None:
    # since session 43 a well-known name is listed with no post ("Moon Jae-in", "Tillerson": known_officials.txt)
    assert {name: title for name, title in found(text).items() if title} == {}


def test_a_chairman_named_after_the_club_still_names_him() -> None:
    """"Real Madrid, Chủ tịch Florentino Perez, cho biết": a post running into a name is that name's, not the club's."""
    assert found("Real Madrid, Chủ tịch Florentino Perez, cho biết đội bóng sẽ không bán cầu thủ.") == {
        "Florentino Perez": "Chủ tịch"}
