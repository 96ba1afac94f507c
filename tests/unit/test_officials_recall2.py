"""Issue 12, officials' recall, round 2: the patterns dev gold seeds 24 and 25 showed the grammar missing.

Every sentence is written for the test (never corpus text); the names are invented or public figures'.
Each test fails without its fix: "nghị sỹ" spelt with y, a police team's or checkpoint's head before their
body, "ROLE ACRONYM PLACE, ông X, …", a body's name up to its bracketed acronym before the person, a
friendship society's two peoples, "Ngài X – ROLE", "ROLE (of A in B) - Vietnamese name," and a surname alone
taking the one full name the article writes.
"""

from __future__ import annotations

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def officials(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.title) for o in find_officials(normalize(text))]


def names(text: str) -> list[str]:
    return [o.name for o in find_officials(normalize(text))]


def test_nghi_sy_spelt_with_y_is_a_members_title():
    assert names("Đoàn gặp Hạ nghị sỹ Kenji Tanaka, Chủ tịch Ủy ban Đối ngoại Hạ viện Nhật Bản.") == ["Kenji Tanaka"]
    assert names("Thượng nghị sỹ John Walker phản đối dự luật.") == ["John Walker"]


def test_a_police_team_or_checkpoint_head_before_their_body():
    assert officials("Theo Đại úy Lê Văn Khoa, Trạm phó Trạm CSGT Hòa Phước, số xe vi phạm giảm.") == [
        ("Lê Văn Khoa", "Trạm phó Trạm CSGT Hòa Phước")]
    assert officials("Thiếu tá Trần Minh Đức, Đội trưởng Đội Tham mưu cho biết xe đã bị giữ.") == [
        ("Trần Minh Đức", "Đội trưởng Đội Tham mưu")]


def test_a_team_captain_is_no_official():
    assert names("Đội trưởng Nguyễn Văn Quyết ghi bàn ở phút cuối.") == []
    assert names("Anh là đội trưởng Lê Công Vinh của đội tuyển.") == []


def test_role_unknown_acronym_place_comma_address_name_comma():
    assert officials("Khán đài vắng! Chủ tịch LĐBĐ TP HCM, ông Phạm Văn Tâm, cho biết sẽ kêu gọi khán giả.") == [
        ("Phạm Văn Tâm", "Chủ tịch LĐBĐ TP HCM")]


def test_a_list_after_the_comma_is_no_holder():
    assert names("Chủ tịch UBND tỉnh, ông Trần Văn Hai, ông Lê Văn Ba và bà Hoa đã đến.") == []


def test_a_body_named_up_to_its_bracketed_acronym_then_the_person():
    assert officials("Ông Trump sa thải cựu Giám đốc Cục điều tra Liên bang (FBI) James Comey hôm đó.") == [
        ("Trump", ""), ("James Comey", "cựu Giám đốc Cục điều tra Liên bang (FBI)")]  # (Trump: known_officials.txt)
    assert names("Phó Giám đốc Sở Tài nguyên và Môi trường (TN&MT) Nguyễn Văn Hải cho biết thêm.") == ["Nguyễn Văn Hải"]


def test_a_friendship_societys_two_peoples_are_no_person():
    assert officials("Dự lễ có ngài Somchai Boonmee – Chủ tịch Hội Hữu nghị Thái Việt, cùng nhiều khách.") == [
        ("Somchai Boonmee", "Chủ tịch Hội Hữu nghị Thái Việt")]
    assert names("Chủ tịch Hội Hữu nghị Việt Nhật Nguyễn Văn Hải phát biểu.") == ["Nguyễn Văn Hải"]


def test_an_ambassador_dash_a_vietnamese_name_comma():
    assert officials("Buổi lễ có Đại sứ Việt Nam tại Thái Lan - Nguyễn Văn Hùng, Tổng lãnh sự và bà con.") == [
        ("Nguyễn Văn Hùng", "Đại sứ Việt Nam tại Thái Lan")]


def test_a_surname_alone_takes_the_one_full_name_the_article_writes():
    assert names("Bộ phim kể về Vladimir Putin. Tổng thống Nga Putin đã xem phim.") == ["Vladimir Putin"]
    assert names("Ảnh chụp Angela Merkel, Emmanuel Macron ở Paris. Tổng thống Pháp Macron phát biểu.") == [
        "Angela Merkel", "Emmanuel Macron"]  # (Angela Merkel, with no post, from known_officials.txt since session 43)


def test_a_surname_stays_alone_beside_two_full_names_or_a_relatives():
    assert names("Tổng thống Mỹ Trump gặp Melania Trump và Donald Trump.") == ["Trump"]
    assert names("Bức ảnh cho thấy con gái Ivanka Trump ngồi đó. Tổng thống Mỹ Trump không bình luận.") == ["Trump"]


def test_a_surname_merges_into_the_full_name_with_a_particle_not_a_country():
    assert names("Tổng thống Syria Bashar al-Assad nói vậy. Ảnh: Tổng thống Syria Assad (trái) bắt tay khách.") == [
        "Bashar al-Assad"]


# --- after the held-out draws (gold seed 26, sample 20), reported apart ---------------------------------


def test_a_deputy_inspector_general_keeps_deputy_in_the_title():
    assert officials("Hôm qua, Phó Tổng Thanh tra Chính phủ Trần Văn Minh ký văn bản.") == [
        ("Trần Văn Minh", "Phó Tổng Thanh tra Chính phủ")]


def test_role_of_parent_body_dash_address_name_dash():
    assert officials("Tại hội thảo, Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội - ông Nguyễn Văn Bình - cho biết thêm.") == [
        ("Nguyễn Văn Bình", "Phó Chủ nhiệm Ủy ban Kinh tế của Quốc hội")]


def test_a_representative_and_an_ambassador_to_the_un_written_lien_hiep_quoc():
    assert names("Trả lời dân biểu Tim Walz về chuyện đó, ông nói không.") == ["Tim Walz"]
    assert names("Cựu Đại sứ Hoa Kỳ tại Liên Hiệp Quốc, ông Bill Walker vừa có phát biểu.") == ["Bill Walker"]


def test_a_rear_admiral_named_before_his_post():
    assert names("“Đó là thành tựu” – chuẩn Đô đốc John Hill – Giám đốc của cơ quan cho biết.") == ["John Hill"]


def test_a_list_dash_before_the_address_gives_no_role_of_the_line_before():
    text = ("Ban cố vấn gồm: - Ông Trần Văn Một, Chủ tịch HĐQT Công ty Cổ phần Tập đoàn Sao Mai - Ông Lê Văn Hai, "
            "Chủ tịch Quỹ Hợp Tác, cố vấn cấp cao.")
    assert ("Lê Văn Hai", "Chủ tịch HĐQT Công ty Cổ phần Tập đoàn Sao Mai") not in officials(text)
