"""Officials round of session 65 (blind officials golds 969–973, read after their blind score): a list of names after
"các đồng chí ROLE:" may run straight into the rest of the sentence with no "và" before its last name ("… Lê Minh
Thông cùng đại diện lãnh đạo các sở"). A Korean given name's capitalised half after its hyphen makes the name foreign
("cựu Tổng thống Chun Doo-Hwan"), and a half that spells a particle is no particle ("Shin Dong-bin", which had been
cut to "Shin Dong-"). The Pentagon written with a small last word ("phát ngôn viên Lầu Năm góc") is no person. A station's head
written "Trưởng trạm" before the station's name ("ông Nguyễn Minh Long- Trưởng trạm Thú y huyện Hương Khê"). A firm or
an institute named like a person after its bare kind ("Giám đốc Công ty Hoàng Gia Phát", "Chủ tịch Hội đồng Viện Phan
Châu Trinh") is the body's name, not its head's. A spokesman for a force with no country ("Phát ngôn viên quân đội
Restituto Padilla"), a village's deputy head written short ("phó thôn") and a chargé d'affaires ("đại biện lâm
thời") are posts."""

from __future__ import annotations

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(normalize(text))}


def test_a_list_after_a_colon_that_runs_into_the_sentence() -> None:
    assert found("Tham dự có các đồng chí Phó Chủ tịch UBND tỉnh: Lê Xuân Đại, Đinh Viết Hồng, Lê Minh Thông cùng "
                 "đại diện lãnh đạo các sở, ban, ngành.") == {
        "Lê Xuân Đại": "Phó Chủ tịch UBND tỉnh", "Đinh Viết Hồng": "Phó Chủ tịch UBND tỉnh",
        "Lê Minh Thông": "Phó Chủ tịch UBND tỉnh"}
    assert found("Các Phó Thủ tướng: Trịnh Đình Dũng, Vũ Đức Đam, Vương Đình Huệ sẽ thay mặt Thủ tướng trả lời.") == {
        "Trịnh Đình Dũng": "Phó Thủ tướng", "Vũ Đức Đam": "Phó Thủ tướng", "Vương Đình Huệ": "Phó Thủ tướng"}


def test_a_colon_list_still_needs_two_names() -> None:
    # one name, then the sentence: no list of holders (the name may be anyone's; left to the other rules)
    assert "Lê Xuân Đại" not in found("Có mặt các đồng chí Phó Chủ tịch UBND tỉnh: Lê Xuân Đại cùng đại diện các sở.")


def test_a_korean_given_name_capitalised_after_its_hyphen() -> None:
    assert found("Bà là người thứ 3 phải ra hầu tòa sau khi hai cựu Tổng thống Chun Doo-Hwan và Roh Tae-Woo bị bỏ tù.") == {
        "Chun Doo-Hwan": "cựu Tổng thống", "Roh Tae-Woo": "cựu Tổng thống"}


def test_a_given_names_half_is_no_particle() -> None:
    assert found("Dự kiến bà Choi Soon Sil và Chủ tịch Tập đoàn Lotte Shin Dong-bin, người cũng bị cáo buộc hối lộ, "
                 "sẽ có mặt.") == {"Shin Dong-bin": "Chủ tịch Tập đoàn Lotte"}
    assert found("Chủ tịch Tập đoàn Lotte, ông Shin Dong-bin cho biết.") == {"Shin Dong-bin": "Chủ tịch Tập đoàn Lotte"}
    # a particle between a name's words is one as before
    assert "Mohammed bin Salman" in found("Thái tử Ả-rập Xê-út Mohammed bin Salman cho biết.")


def test_the_pentagon_with_a_small_last_word_is_no_person() -> None:
    assert found("Tổng thống Donald Trump và một phát ngôn viên Lầu Năm góc tuyên bố Mỹ sẵn sàng bắn hạ tên lửa.") == {
        "Donald Trump": "Tổng thống"}


def test_a_stations_head_written_truong_tram() -> None:
    assert found("Trao đổi với PV, ông Nguyễn Minh Long- Trưởng trạm Thú y huyện Hương Khê (Hà Tĩnh) cho biết: “Bò "
                 "chết do ngộ độc”.") == {"Nguyễn Minh Long": "Trưởng trạm Thú y huyện Hương Khê (Hà Tĩnh)"}
    assert found("Trưởng trạm Y tế xã Bình Minh Nguyễn Văn An cho biết.") == {"Nguyễn Văn An": "Trưởng trạm Y tế xã Bình Minh"}


def test_a_body_named_like_a_person_after_its_bare_kind() -> None:
    assert found("Công văn trên do ông Lê Hoàng Phong-Giám đốc Công ty Hoàng Gia Phát ký.") == {
        "Lê Hoàng Phong": "Giám đốc Công ty Hoàng Gia Phát"}
    assert found("Nhà văn Nguyên Ngọc (Chủ tịch Hội đồng Viện Phan Châu Trinh) phát biểu tại buổi lễ.") == {}
    # the head's name after the body's own name, as before; a group's head right after "Tập đoàn"
    assert found("Giám đốc Công ty Hòa Phát Trần Đình Long cho biết.") == {"Trần Đình Long": "Giám đốc Công ty Hòa Phát"}
    assert found("Chủ tịch Tập đoàn Trịnh Văn Quyết cho biết.") == {"Trịnh Văn Quyết": "Chủ tịch Tập đoàn"}


def test_a_spokesman_for_a_force_with_no_country() -> None:
    assert found("Phát ngôn viên quân đội Restituto Padilla cho biết giao tranh vẫn tiếp diễn.") == {
        "Restituto Padilla": "Phát ngôn viên quân đội"}
    assert found("Phát ngôn viên cảnh sát Setyo Wasisto cho biết 3 nghi phạm đã bị bắt.") == {
        "Setyo Wasisto": "Phát ngôn viên cảnh sát"}
    # with its country, as before; a Vietnamese name after a bare force word is no foreign spokesman's
    assert found("Người phát ngôn quân đội Philippines Jo-Ar Herrera cho biết.") == {
        "Jo-Ar Herrera": "Người phát ngôn quân đội Philippines"}


def test_a_village_deputy_head_and_a_charge_daffaires() -> None:
    assert found("Theo ông phó thôn Đỗ Văn Khuyến, con trâu đã được đưa đi.") == {"Đỗ Văn Khuyến": "phó thôn"}
    assert "David Rank" in found("Bộ Ngoại giao xác nhận ông David Rank, đại biện lâm thời Đại sứ quán Mỹ tại Trung "
                                 "Quốc, đã từ chức.")
