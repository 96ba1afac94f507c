"""Officials round of session 66 (blind officials golds 1029–1033, read after their blind score): a minister's field
written without "Bộ" before a foreign name ("Thứ trưởng Ngoại giao John Sullivan"), but not a body's kind and its
foreign name ("Khách sạn Mia Luxury Saigon"); "Giang Sơn", a man's name the stop list had taken for a commune; a soft
hyphen standing where the dash between a name and its post was typed; "đương nhiệm là" between a post and its
holder."""

from __future__ import annotations

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(normalize(text))}


def test_a_ministers_field_then_a_foreign_name() -> None:
    assert found("Thứ trưởng Ngoại giao John Sullivan sẽ đại diện thay Ngoại trưởng Tillerson tham dự hội nghị OAS.") == {
        "John Sullivan": "Thứ trưởng Ngoại giao", "Tillerson": "Ngoại trưởng"}
    assert found("Bộ trưởng Lương thực Quamrul Islam cho biết nước này sẽ nhập thêm gạo.") == {
        "Quamrul Islam": "Bộ trưởng Lương thực"}


def test_a_bodys_kind_and_its_foreign_name_are_no_person() -> None:
    # the post is the name's before the dash; the hotel's name ends the sentence
    assert set(found("Ông Sébastien Rodriguez - Tổng giám đốc Khách sạn Mia Luxury Saigon.")) == {"Sébastien Rodriguez"}


def test_giang_son_is_a_mans_name() -> None:
    assert found("Đồng chí Giang Sơn - Phó Chủ nhiệm thường trực Văn phòng Chủ tịch nước chủ trì buổi họp báo.") == {
        "Giang Sơn": "Phó Chủ nhiệm thường trực Văn phòng Chủ tịch nước"}
    # the commune stays a place
    assert found("Thanh tra dự án tái định cư thôn Tiêu Xá, xã Giang Sơn.") == {}


def test_a_soft_hyphen_typed_as_the_dash() -> None:
    assert found("Ông Nguyễn Hữu Độ \u00ad Giám đốc Sở GD&ĐT Hà Nội cho biết.") == {
        "Nguyễn Hữu Độ": "Giám đốc Sở GD&ĐT Hà Nội"}


def test_duong_nhiem_la_between_a_post_and_its_holder() -> None:
    assert found("Chủ tịch FIFA đương nhiệm là Gianni Infantino đã lên tiếng.") == {"Gianni Infantino": "Chủ tịch FIFA"}


def test_a_role_on_the_titles_last_words_is_not_the_bodys_first_name() -> None:
    # title, then body: "the two daughters of the VFF's chairman" / "Lâm Ngân and her sister …"
    assert found("Nhan sắc mặn mà của hai ái nữ nhà Chủ tịch VFF\nLâm Ngân và chị Bích Phương có mặt ở sân.") == {}
    assert found("Chủ tịch VFF Lê Hùng Dũng có mặt.") == {"Lê Hùng Dũng": "Chủ tịch VFF"}


def test_a_party_named_before_a_foreign_name() -> None:
    assert found("Chủ tịch Công đảng Jeremy Corbyn phát biểu tại London.") == {"Jeremy Corbyn": "Chủ tịch Công đảng"}
    # other posts: a body's kind and its foreign name are no person
    assert "Nestlé Bông Sen" not in found("Ông An, Giám đốc Nhà máy Nestlé Bông Sen cho biết.")


def test_a_post_held_then_in_brackets_with_dang() -> None:
    assert found("Những quyết định này đã được ông Trần Khánh Hoàng (lúc đó đang là giám đốc nhà hát) đồng ý.") == {
        "Trần Khánh Hoàng": "giám đốc"}


def test_a_departments_acronym_then_its_province_then_the_name() -> None:
    assert found("Phó Giám đốc Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội Phạm Xuân Tiến khẳng định.") == {
        "Phạm Xuân Tiến": "Phó Giám đốc Sở Giáo dục và Đào tạo (GD-ĐT) Hà Nội"}


def test_a_comrades_name_of_two_words_whose_surname_is_unlisted() -> None:
    assert found("Đồng chí Thuận Hữu, Ủy viên T.Ư Đảng, Tổng Biên tập Báo Nhân Dân phát biểu.") == {
        "Thuận Hữu": "Ủy viên T.Ư Đảng, Tổng Biên tập Báo Nhân Dân"}
    # no post after the comma: no one
    assert found("Các ý kiến phản hồi đồng chí Bá Dũng, bác bỏ những thông tin sai.") == {}


def test_a_stations_own_body_in_lower_case() -> None:
    assert found("Ông Đỗ Ngọc Minh - Phó Trạm trưởng trạm Kiểm soát Biên phòng cho biết.") == {
        "Đỗ Ngọc Minh": "Phó Trạm trưởng trạm Kiểm soát Biên phòng"}
    # a side's captain stays a player
    assert found("Anh Nguyễn Văn Quyết - đội trưởng đội tuyển Việt Nam cho biết.") == {}


def test_a_photos_place_between_the_name_and_the_post() -> None:
    assert found("Ông Nguyễn Văn An (phải), Chủ tịch UBND tỉnh trao quà cho các hộ dân.") == {
        "Nguyễn Văn An": "Chủ tịch UBND tỉnh"}
    assert "Sebastian Coe" in found("Ảnh: Ông Sebastian Coe (trái), chủ tịch IAAF trao đổi với báo giới.")


def test_a_post_after_a_bracket_of_age_and_home() -> None:
    assert found("Cáo trạng truy tố ông Hsu Ming Jung (42 tuổi, người Đài Loan), TGĐ Công ty Khải Thái.") == {
        "Hsu Ming Jung": "TGĐ Công ty Khải Thái"}


def test_a_national_committee_in_lower_case() -> None:
    assert found("Phó Chủ tịch chuyên trách Ủy ban An toàn giao thông quốc gia Khuất Việt Hùng cho biết.") == {
        "Khuất Việt Hùng": "Phó Chủ tịch chuyên trách Ủy ban An toàn giao thông quốc gia"}
    # a traffic police unit's own name after "giao thông" is no person
    assert found("Trung tá Hà Văn Hùng, Phó Đội trưởng Đội Cảnh sát giao thông Bàn Cờ cho biết.").keys() == {"Hà Văn Hùng"}


def test_a_captions_name_glued_to_the_next_sentences_time() -> None:
    assert found("Ngoại trưởng Qatar Mohammed Al Thani Đầu tháng trước, Arab Saudi cắt quan hệ với Qatar.") == {
        "Mohammed Al Thani": "Ngoại trưởng Qatar"}


def test_an_exam_sites_head() -> None:
    assert found("Ông Trần Ngọc Khái, trưởng điểm thi, cho biết có 3 thí sinh vắng mặt.") == {
        "Trần Ngọc Khái": "trưởng điểm thi"}
    # a school named after a person is the site's, not its head
    assert found("Ông Huỳnh Thanh Phú, Trưởng điểm thi Trường THPT Lê Quý Đôn, cho biết.") == {
        "Huỳnh Thanh Phú": "Trưởng điểm thi Trường THPT Lê Quý Đôn"}


def test_an_officers_rank_after_the_dash_where_ong_would_be() -> None:
    assert found("Lúc 11h, Trưởng phòng Tham mưu Công an tỉnh Gia Lai - trung tá Trần Ngọc Anh cho biết.") == {
        "Trần Ngọc Anh": "Trưởng phòng Tham mưu Công an tỉnh Gia Lai"}
