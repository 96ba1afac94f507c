"""Officials round of session 77 (blind batch 115): a society's name in lower case, then its city's word and a city whose
name starts with a surname ("Hội luật gia TP Hà Nội"), then its head's full name; a village's head abroad ("trưởng
làng"), the village named after the post as a hamlet's is."""

from __future__ import annotations

from helpers import record_officials as officials


def test_a_lower_case_society_then_its_city_then_the_head() -> None:
    assert officials("“Xe máy đi đâu?”, Chủ tịch Hội luật gia TP Hà Nội Nguyễn Hồng Tuyến nêu vấn đề.") == [
        ("Nguyễn Hồng Tuyến", "Chủ tịch Hội luật gia TP Hà Nội")]
    assert officials("Chủ tịch Hội nông dân thành phố Hà Nội Nguyễn Văn Tám cho biết như vậy.") == [
        ("Nguyễn Văn Tám", "Chủ tịch Hội nông dân thành phố Hà Nội")]
    # (a city's word and a city, then a verb: no one is named, and no one is made up)
    assert officials("Chủ tịch Hội luật gia TP Hà Nội phát biểu khai mạc hội thảo.") == []


def test_a_village_head_abroad() -> None:
    assert officials("AFP dẫn lời Helmiadi Mukhtaruddin, trưởng làng Curee Baroh ở tỉnh Aceh, phía tây Indonesia, "
                     "hôm nay phát biểu.") == [("Helmiadi Mukhtaruddin", "trưởng làng Curee Baroh")]
    # (two capitalised words after the post are the village, as after "trưởng thôn")
    assert officials("Trưởng làng Nong Bua giải thích rằng nước đã rút.") == []


def test_a_retired_officer_abroad() -> None:
    assert officials("“Đó là sai lầm”, Trung tướng Mỹ đã nghỉ hưu Mark Hertling cho biết.") == [
        ("Mark Hertling", "Trung tướng Mỹ đã nghỉ hưu")]


def test_a_name_ending_in_jr_then_its_post() -> None:
    assert officials("GMA News dẫn lời Restituto Padilla Jr., phát ngôn viên lực lượng vũ trang Philippines, nói.") == [
        ("Restituto Padilla Jr", "phát ngôn viên lực lượng vũ trang Philippines")]
    # (a son is no post)
    assert officials("Donald Trump Jr., con trai cả của ông, cho biết.") == []


def test_a_province_abroad_of_two_words() -> None:
    assert officials("Thống đốc tỉnh Chiang Rai Narongsak Osottanakorn cho biết đội cứu hộ đã vào hang.") == [
        ("Narongsak Osottanakorn", "Thống đốc tỉnh Chiang Rai")]


def test_the_congos() -> None:
    assert officials("Tổng thống CHDC Congo Joseph Kabila cho biết sẽ không tranh cử.") == [
        ("Joseph Kabila", "Tổng thống CHDC Congo")]
    assert officials("Tổng thống Congo Denis Sassou Nguesso cho biết như vậy.") == [
        ("Denis Sassou Nguesso", "Tổng thống Congo")]


def test_a_post_at_the_texts_very_end() -> None:
    # (nothing after it to read, and no error: the retired officer's rule had looked past the text's end)
    assert officials("Người được nhắc tới là một Trung tướng") == []


def test_a_calling_between_is_and_the_holders_name() -> None:
    body = ("Tháng 8/2010, Phó Tổng biên tập là nhà báo Vương Tiến Thành. Từ 2001-2004, Thư ký toà soạn là nhà báo "
            "Vũ Đức Thuận.")
    assert officials(body) == [("Vương Tiến Thành", "Phó Tổng biên tập"), ("Vũ Đức Thuận", "Thư ký toà soạn")]
    assert officials("Từ năm 2004, Tổng Biên tập là GS.TSKH Đào Trí Úc.") == [("Đào Trí Úc", "Tổng Biên tập")]
    # (a calling alone, no post before "là": no one)
    assert officials("Người viết bài này là nhà báo Vương Tiến Thành.") == []
