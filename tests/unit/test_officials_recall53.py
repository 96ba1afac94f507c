"""Officials round of session 71 (blind golds vietnews1311–1335, the 150k corpus): a spaced hyphen before a capitalised
half of a foreign name ("Jean - Claude Juncker", "Miguel Diaz - Canel", "Bashar al - Assad"), not a dash between a body
and its head ("Chủ tịch Real - Florentino Perez"); a body's head whose Korean name opens with a Vietnamese-looking word
("Cục An ninh quốc gia Chung Eui Yong,"); a spokesman of a service named in lower case ("Người phát ngôn của sân bay
Jessie Butler"); "khủng bố" no kin's word; an acting post opening its clause ("quyền phát ngôn viên …, ông Mark Toner");
a district named like a person after its committee ("Bí thư Huyện uỷ Lý Sơn"); a post taken after a birth year's
bracket and "về"; "Quân đội nhân dân" whole; a deputy assistant secretary; a reigning queen by her name alone ("Nữ
hoàng Elizabeth"); a Korean name written with no mark; a general opening the clause."""

from __future__ import annotations

from helpers import record_officials as officials


def test_a_double_given_name_over_a_spaced_hyphen() -> None:
    assert officials("Bà May gọi điện thoại cho Chủ tịch EC Jean - Claude Juncker trong ngày 18-1.") == [
        ("Jean - Claude Juncker", "Chủ tịch EC")]
    assert officials("Tổng thống Đức Frank - Walter Steinmeier nói.") == [
        ("Frank - Walter Steinmeier", "Tổng thống Đức")]


def test_a_double_surname_over_a_spaced_hyphen() -> None:
    assert officials("Hôm qua, Chủ tịch Cuba Miguel Diaz - Canel đã đến Hà Nội.") == [
        ("Miguel Diaz - Canel", "Chủ tịch Cuba")]
    assert officials("Tổng thống Croatia Kolinda Grabar - Kitarovic phát biểu.") == [
        ("Kolinda Grabar - Kitarovic", "Tổng thống Croatia")]


def test_an_arabic_particle_over_a_spaced_hyphen() -> None:
    # (read as "Bashar" with the post and "Assad" with none)
    assert officials("Tổng thống Syria Bashar al - Assad nói.") == [("Bashar al - Assad", "Tổng thống Syria")]


def test_a_dash_between_a_body_and_its_head_joins_no_name() -> None:
    assert officials("Chủ tịch Real - Florentino Perez nói.") == [("Florentino Perez", "")]
    assert officials("Ái nữ của Tổng thống Mỹ Donald Trump - Ivanka thay cha điều hành.") == [("Donald Trump", "")]
    assert officials("CEO Ford - Mark Fields nói.") == []


def test_a_korean_name_closing_a_bodys_words() -> None:
    text = ("Phái đoàn Hàn Quốc gồm 10 người, dẫn đầu bởi cục trưởng Cục An ninh quốc gia Chung Eui Yong, được đón "
            "tiếp trọng thể tại Bình Nhưỡng.")
    assert officials(text) == [("Chung Eui Yong", "cục trưởng Cục An ninh quốc gia")]
    # not letters closing a body's name
    assert officials("Ông Đỗ Quý Vũ, phó viện trưởng Viện Chiến lược T T&T T, cũng bày tỏ quan điểm.") == [
        ("Đỗ Quý Vũ", "phó viện trưởng Viện Chiến lược T T&T T")]


def test_a_spokesman_of_a_service_in_lower_case() -> None:
    assert officials("Người phát ngôn của sân bay Jessie Butler ngày 15/1 cho biết đứa trẻ khoẻ mạnh.") == [
        ("Jessie Butler", "Người phát ngôn của sân bay")]
    assert officials("Phát ngôn viên của lực lượng cứu hỏa Carlos Fuentes cho biết một số người bị thương.") == [
        ("Carlos Fuentes", "Phát ngôn viên của lực lượng cứu hỏa")]
    assert officials("phát ngôn viên quân đoàn IV Sombit Ghosh cho biết máy bay đã rơi.") == [
        ("Sombit Ghosh", "phát ngôn viên quân đoàn IV")]
    # not the airport's name before its spokesman (since session 78 the spokesman named after "là ông" holds the post),
    # nor a government's place or head
    assert officials("Phát ngôn viên sân bay Ngurah Rai là ông Yanus Suprayogi thông tin.") == [
        ("Yanus Suprayogi", "Phát ngôn viên sân bay Ngurah Rai")]
    assert officials("Người phát ngôn của chính quyền Phnom Penh cho rằng Mỹ thiếu tôn trọng.") == []
    # (a leader the article names is listed, with no spokesman's post)
    assert officials("Người phát ngôn của chính quyền Donald Trump cho biết.") == [("Donald Trump", "")]


def test_a_city_is_no_word_of_a_spokesmans_name() -> None:
    # (had been "Los Angeles Jessie Butler")
    assert officials("Người phát ngôn cảnh sát Los Angeles Jessie Butler cho biết.") == [
        ("Jessie Butler", "Người phát ngôn cảnh sát Los Angeles")]
    assert officials("Thị trưởng Los Angeles Eric Garcetti nói.") == [("Eric Garcetti", "Thị trưởng Los Angeles")]


def test_terrorism_is_no_kin() -> None:
    # "khủng bố … của Tổng thống X" had read "bố" (father) as X's relative
    text = ("Nga đã tiến hành chiến dịch không kích chống khủng bố tại Syria theo đề nghị của Tổng thống Bashar al - "
            "Assad từ tháng 9-2015.")
    assert officials(text) == [("Bashar al - Assad", "Tổng thống")]


def test_an_acting_post_opens_its_clause() -> None:
    text = "Các cuộc tập trận là hợp pháp, quyền phát ngôn viên bộ Ngoại giao Mỹ, ông Mark Toner phát biểu hồi tháng Ba."
    # (shown as acting since session 80: "quyền" before a post is part of its title)
    assert officials(text) == [("Mark Toner", "quyền phát ngôn viên bộ Ngoại giao Mỹ")]


def test_a_district_named_like_a_person_is_no_official() -> None:
    # "Lý Sơn", "Trần Văn Thời": districts ("Lý Sơn" had been an official with the post)
    assert officials("Bí thư Huyện uỷ Lý Sơn cho biết.") == []
    assert officials("Ông Lê Văn An, Chánh án TAND huyện Trần Văn Thời cho biết.") == [
        ("Lê Văn An", "Chánh án TAND huyện Trần Văn Thời")]
    # the district then its head's full name, as before
    assert officials("Bí thư Huyện ủy Mộc Châu Hà Trung Chiến cho biết.") == [("Hà Trung Chiến", "Bí thư Huyện ủy Mộc Châu")]


def test_a_post_taken_after_a_birth_year_and_ve() -> None:
    text = "Cách đây một năm, huyện Lý Sơn đã đón ông Nguyễn Viết Vy (SN 1983) về giữ chức Bí thư Huyện uỷ Lý Sơn."
    assert officials(text) == [("Nguyễn Viết Vy", "Bí thư Huyện uỷ Lý Sơn")]
    assert officials("Ông Trần Văn An (48 tuổi) giữ chức Giám đốc Sở Y tế.") == [("Trần Văn An", "Giám đốc Sở Y tế")]
    # a young man going home to farm takes no post
    assert officials("Anh Nguyễn Văn Bình (SN 1990) về làm ruộng ở quê.") == []


def test_the_peoples_army_written_out() -> None:
    assert officials("Có mặt Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam Lương Cường.") == [
        ("Lương Cường", "Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam")]


def test_a_deputy_assistant_secretary() -> None:
    assert officials("Ông W. Patrick Murphy, Phó trợ lý Ngoại trưởng Mỹ về các vấn đề Đông Á, nói.") == [
        ("W. Patrick Murphy", "Phó trợ lý Ngoại trưởng Mỹ")]


def test_a_reigning_queen_by_her_name_alone() -> None:
    assert officials("Tổng thống Mỹ sẽ gặp Nữ hoàng Elizabeth, hội đàm với Thủ tướng Theresa May.") == [
        ("Elizabeth", "Nữ hoàng"), ("Theresa May", "Thủ tướng")]
    # a queen of pop stays none
    assert officials("Cô là nữ hoàng nhạc pop Madonna.") == []


def test_a_korean_name_with_no_mark() -> None:
    assert officials("Thứ trưởng Ngoại giao Choe Son Hui cho biết.") == [("Choe Son Hui", "Thứ trưởng Ngoại giao")]


def test_a_general_opening_the_clause() -> None:
    text = "\"Bắn trúng mục tiêu\", tướng Timur Trubienko, phó tư lệnh quân đội Nga, tuyên bố."
    assert officials(text) == [("Timur Trubienko", "tướng, phó tư lệnh")]  # (the rank kept since session 74, as "trung tướng" is)
    assert officials("TASS dẫn lời tướng Vladimir Savchenko, giám đốc Trung tâm Hoà giải của Nga tại Syria, cho biết.") == [
        ("Vladimir Savchenko", "giám đốc Trung tâm Hoà giải của Nga tại Syria")]
    assert officials("Theo đó, trung tướng Vincent Brooks, tư lệnh lực lượng Mỹ tại Hàn Quốc, cho biết.") == [
        ("Vincent Brooks", "trung tướng, tư lệnh")]
    # a two-word rank keeps the post after it
    assert officials("Thiếu tướng Tim Gall, Tư lệnh Các lực lượng hỗn hợp New Zealand, cho biết.") == [
        ("Tim Gall", "Tư lệnh Các lực lượng hỗn hợp New Zealand")]


def test_a_double_given_name_inside_a_longer_name() -> None:
    # "Abdul - Aziz" after two words of the name, a capitalised word after it (blind gold vietnews1341)
    assert officials("Cô là con gái của quốc vương Salman bin Abdul - Aziz Al Saud.") == [
        ("Salman bin Abdul - Aziz Al Saud", "quốc vương")]
