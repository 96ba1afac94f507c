"""Issue 12, officials' recall, round 4: patterns held-out seed 29 and dev seeds 34 and 35 showed the grammar missing.

Every sentence is written for the test (never corpus text); the names are invented or public figures'.
"""

from __future__ import annotations

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def officials(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.title) for o in find_officials(normalize(text))]


def names(text: str) -> list[str]:
    return [o.name for o in find_officials(normalize(text))]


def test_the_surname_hac():
    assert names("Thiếu tá Hạc Văn Long, Phó trưởng Công an huyện Mường Tè, cho biết như vậy.") == ["Hạc Văn Long"]


def test_ub_is_written_for_uy_ban():
    assert officials("Chủ nhiệm UB Đối ngoại Nguyễn Văn Bình đã tiếp đoàn khách.") == [
        ("Nguyễn Văn Bình", "Chủ nhiệm UB Đối ngoại")]


def test_new_or_former_between_a_title_and_its_country():
    assert officials("Tổng thống tân nhiệm Hàn Quốc Lee Jae-myung đã tuyên thệ.") == [
        ("Lee Jae-myung", "Tổng thống tân nhiệm Hàn Quốc")]
    assert names("Tổng thống tiền nhiệm Mỹ Barack Obama đã lên tiếng.") == ["Barack Obama"]


def test_a_new_post_after_the_name():
    assert officials("Ông Mike Pompeo, tân Ngoại trưởng Mỹ, cho biết như vậy.") == [
        ("Mike Pompeo", "tân Ngoại trưởng Mỹ")]


def test_a_counterpart_of_a_country_is_its_leader():
    assert officials("Ngoại trưởng Nga Sergei Lavrov và người đồng cấp Trung Quốc Vương Nghị đã hội đàm.") == [
        ("Sergei Lavrov", "Ngoại trưởng Nga"), ("Vương Nghị", "người đồng cấp Trung Quốc")]
    # guard: no country, no post (since session 43 he is listed from known_officials.txt, with none)
    assert officials("Ông đã gặp người đồng cấp Vladimir Putin.") == [("Vladimir Putin", "")]


def test_a_post_is_shown_before_a_counterpart():
    assert officials("Tổng thống Mỹ Donald Trump đã gặp Tổng thống Ai Cập. Ông Sisi và người đồng cấp Mỹ Trump "
                     "đã ký thỏa thuận.") == [("Donald Trump", "Tổng thống Mỹ")]


def test_a_foreign_name_in_vietnamese_syllables_after_a_leaders_title():
    assert officials("Thủ tướng Hun Sen đã tiếp đoàn.") == [("Hun Sen", "Thủ tướng")]
    assert names("Nam diễn viên Trung Quốc Vương Bảo Cường đăng ảnh con gái.") == []  # guard


def test_an_acting_post_after_the_name():
    assert officials("Tại họp báo, bà Trần Thu Hà, quyền Vụ trưởng Vụ Giáo dục đại học cho biết như vậy.") == [
        ("Trần Thu Hà", "quyền Vụ trưởng Vụ Giáo dục")]


def test_a_foreign_name_after_a_degree_or_rank_then_its_post():
    assert officials("Câu hỏi mà tiến sĩ Somchai Wattana, Chủ tịch Công ty Siam Rice (Thái Lan), đặt ra rất hay.") == [
        ("Somchai Wattana", "Chủ tịch Công ty Siam Rice (Thái Lan)")]  # the body's country in brackets, since session 28


def test_a_bare_ceo_before_a_capitalised_word_is_the_next_persons():
    assert names("Từ trái sang: tiến sĩ Lê Xuân Mai, CEO Thúy Phan, bác sĩ Ngọc Lan.") == []


def test_a_class_teacher_is_no_post():
    assert names("Cô Trần Thị Hoa (chủ nhiệm lớp) xác nhận sự việc.") == []


def test_a_national_security_adviser():
    assert names("Ông bị hỏi về quan hệ với cựu cố vấn an ninh quốc gia John Miller, theo hãng tin.") == ["John Miller"]


def test_a_deputy_head_written_cuc_pho():
    assert officials("Theo trung tá Lê Văn Sành, nguyên Cục phó Cục Tác chiến, sân bay thiếu chỗ đỗ.") == [
        ("Lê Văn Sành", "nguyên Cục phó Cục Tác chiến")]


def test_a_senators_party_is_part_of_the_post():
    assert names("Việc này chưa có tiền lệ. Jane Ross, thượng nghị sĩ Cộng hòa đến từ bang Ohio, nói ông sai.") == [
        "Jane Ross"]


def test_a_bracketed_body_then_the_country_it_serves_then_the_name():
    assert officials("Trả lời báo chí, Giám đốc Ngân hàng Phát triển (ADB) tại Việt Nam, ông Peter Brandt: cho rằng "
                     "như vậy.") == [("Peter Brandt", "Giám đốc Ngân hàng Phát triển (ADB) tại Việt Nam")]


def test_a_post_told_in_the_next_sentence():
    assert officials("Ông Đinh Văn Thắng 57 tuổi, quê Nam Định. Ông là Ủy viên Trung ương Đảng khóa X.") == [
        ("Đinh Văn Thắng", "Ủy viên Trung ương Đảng")]
    assert officials("Nữ doanh nhân Trần Thị Hoa vừa qua đời. Bà hiện là Chủ tịch Tập đoàn Hoàn Mỹ, một công ty lớn.") == [
        ("Trần Thị Hoa", "Chủ tịch Tập đoàn Hoàn Mỹ")]


def test_a_post_told_after_two_people_is_nobodys():  # guard
    assert names("Ông Trần Văn An gặp ông Lê Văn Bình. Ông là Chủ tịch UBND huyện.") == []


def test_a_companys_owner():
    assert officials("Đoàn kiểm tra bắt quả tang Công ty TNHH xăng dầu Hòa Bình, do ông Mai Văn Toàn làm chủ, "
                     "mua dầu không rõ nguồn gốc.") == [("Mai Văn Toàn", "chủ")]
    assert names("Trang trại nuôi hổ ở xã Xuân Tín do ông Nguyễn Mậu Chiến làm chủ.") == []  # guard: a farm
    assert names("Dự án do ông Lê Văn Tâm làm chủ đầu tư.") == []  # guard: an investor


def test_an_age_in_brackets_before_the_post_taken():
    assert officials("Công ty Thiên Sơn do ông Đỗ Anh Tú (45 tuổi) làm giám đốc đã ký hợp đồng.") == [
        ("Đỗ Anh Tú", "giám đốc")]


def test_a_country_the_shipped_list_lacks():
    assert officials("Ông gặp Tổng thống Moldova Igor Dodon tại thủ đô.") == [("Igor Dodon", "Tổng thống Moldova")]
