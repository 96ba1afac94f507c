"""Officials round of session 81 (blind batch 131 and the pooled golds): a ministry's field of several words before
a country or a foreign name, a Vietnamese body's name before its head's foreign name, a parent body in brackets after a
department's bare name, a state's spellings the list lacked ("Italia"), an island district, a long lower-case body."""

from __future__ import annotations

from helpers import record_officials as officials


def test_a_ministers_field_of_several_words() -> None:
    assert officials("Bộ trưởng Hàng không Dân dụng Ai Cập Sherif Fathy đã hoan nghênh việc bãi bỏ lệnh cấm.") == [
        ("Sherif Fathy", "Bộ trưởng Hàng không Dân dụng Ai Cập")]
    assert officials("Bộ trưởng An toàn Công cộng Canada Ralph Goodale nhấn mạnh Ottawa quan ngại.") == [
        ("Ralph Goodale", "Bộ trưởng An toàn Công cộng Canada")]
    # (the role read the field's first word, "Bộ trưởng Y tế"; no country, a foreign name and what he did)
    assert officials("“Đây là dự luật tốt”, Bộ trưởng Y tế và Dịch vụ Nhân đạo Tom Price chia sẻ.") == [
        ("Tom Price", "Bộ trưởng Y tế và Dịch vụ Nhân đạo")]


def test_a_vietnamese_named_body_then_its_heads_foreign_name() -> None:
    assert officials("Khi Giám đốc Ngân sách Nhà Trắng Mick Mulvaney được hỏi lý do, ông im lặng.") == [
        ("Mick Mulvaney", "Giám đốc Ngân sách Nhà Trắng")]
    assert officials("Trong khi đó, Chủ tịch Hiệp hội Báo chí Nhà Trắng Jeff Mason nói rằng hiệp hội sẽ thảo luận.") == [
        ("Jeff Mason", "Chủ tịch Hiệp hội Báo chí Nhà Trắng")]
    # a body named for a person, a place the article names as one, a firm's foreign name: no head named
    assert officials("Aleksandr Morozov, đồng giám đốc Trung tâm Học thuật Boris Nemtsov chuyên nghiên cứu Nga ở Prague, "
                     "đánh giá.") == []
    assert officials("Ngày 16/5, tại tỉnh Kampong Chhnang đã tổ chức lễ. Chỉ huy trưởng Tiểu khu Kampong Chhnang đã bày "
                     "tỏ sự xúc động.") == []
    assert officials("Giám đốc Trung tâm Nghiên cứu Pew Research cho biết số liệu mới.") == []
    # (a Korean name's surname is no body's word)
    assert officials("Cuộc họp do Bộ trưởng Thống Nhất Cho Myong Gyon chủ trì, ngay sau đó.") == []


def test_a_list_of_guests_each_post_before_its_holder() -> None:
    assert officials("Nhiều quan chức Mỹ, gồm Thứ trưởng Ngoại giao John Sullivan, Bộ trưởng Tài chính Steven Mnuchin, "
                     "Ivanka Trump, con gái Tổng thống Mỹ, đã tới dự.") == [
        ("John Sullivan", "Thứ trưởng Ngoại giao"), ("Steven Mnuchin", "Bộ trưởng Tài chính")]


def test_a_known_minister_whose_name_starts_with_a_firms_word() -> None:
    assert officials("Ông đã viết thư cho Bộ trưởng Quốc phòng Campuchia Tea Banh, hỏi rằng tại sao.") == [
        ("Tea Banh", "Bộ trưởng Quốc phòng Campuchia")]


def test_states_spelt_as_some_papers_spell_them() -> None:
    assert officials("Thủ tướng Italia Giuseppe Conte cho biết ông sẽ từ chức.") == [
        ("Giuseppe Conte", "Thủ tướng Italia")]
    assert officials("Thủ tướng Scotland Nicola Sturgeon phản đối.") == [("Nicola Sturgeon", "Thủ tướng Scotland")]


def test_a_party_is_no_states_formal_name() -> None:
    # ("Cộng hòa … Mỹ" and "Cộng hòa … Jordan" had been read as a state's formal name)
    assert officials("Thượng nghị sĩ đảng Cộng hòa Lindsay Graham chỉ ra rằng Mỹ có thể phải hành động.") == [
        ("Lindsay Graham", "Thượng nghị sĩ đảng Cộng hòa")]


def test_a_departments_parent_in_brackets_after_its_bare_name() -> None:
    assert officials("Vụ trưởng Giáo dục Đại học (Bộ Giáo dục và Đào tạo) Nguyễn Thị Kim Phụng cho biết, cả nước có "
                     "24.000 tiến sĩ.") == [
        ("Nguyễn Thị Kim Phụng", "Vụ trưởng Giáo dục Đại học (Bộ Giáo dục và Đào tạo)")]


def test_an_island_district() -> None:
    assert officials("Đoàn công tác do Đại tá Bùi Đình Dương, Chủ tịch huyện đảo Trường Sa dẫn đầu.") == [
        ("Bùi Đình Dương", "Chủ tịch huyện đảo Trường Sa")]


def test_a_long_lower_case_body_and_a_name_closing_the_sentence() -> None:
    assert officials("Nhận định về cơn bão, Giám đốc Trung tâm dự báo khí tượng thủy văn trung ương Hoàng Đức Cường cho "
                     "hay, đây là bão cuối mùa.") == [
        ("Hoàng Đức Cường", "Giám đốc Trung tâm dự báo khí tượng thủy văn trung ương")]
    assert officials("Các chiến sĩ đã nhận được sự khen ngợi của Chủ tịch UBND huyện Cam Lộ, Ngô Quang Chiến. Nghĩa cử "
                     "cao đẹp.") == [("Ngô Quang Chiến", "Chủ tịch UBND huyện Cam Lộ")]


def test_a_woman_holding_a_post() -> None:
    assert officials("Bà Wan Azizah Wan Ismail, nữ Phó Thủ tướng đầu tiên trong lịch sử Malaysia, đã chỉ đạo.") == [
        ("Wan Azizah Wan Ismail", "Phó Thủ tướng")]


def test_a_leaders_envoy_named_after_a_comma() -> None:
    assert officials("Đại diện đặc biệt của Tổng thống Nga về Syria, Alexander Lavrentiev cũng cho biết toàn bộ quân "
                     "đội nước ngoài phải rời khỏi Syria.") == [
        ("Alexander Lavrentiev", "Đại diện đặc biệt của Tổng thống Nga về Syria")]
    assert officials("Đặc phái viên của Tổng thống Nga tại Afghanistan, ông Zamir Kabulov cho biết.") == [
        ("Zamir Kabulov", "Đặc phái viên của Tổng thống Nga tại Afghanistan")]


def test_a_branchs_head_written_before_chi_cuc() -> None:
    assert officials("“Bệnh nhân bị ngộ độc do ăn bánh mì”, ông Trương Ngọc Diễn, Trưởng Chi cục Thú y tỉnh Bình Định "
                     "cho biết.") == [("Trương Ngọc Diễn", "Trưởng Chi cục Thú y tỉnh Bình Định")]


def test_a_bodys_lower_case_words_up_to_its_province_then_what_was_said() -> None:
    assert officials("Ông Trương Ngọc Diễn, Chi cục trưởng Chi cục Vệ sinh an toàn thực phẩm tỉnh Bình Định cho biết.") == [
        ("Trương Ngọc Diễn", "Chi cục trưởng Chi cục Vệ sinh an toàn thực phẩm tỉnh Bình Định")]
    # (a market named like a province is no province: the post stays short)
    assert officials("Ông Trần Văn Bình, Phó ban quản lý chợ Hòa Bình cho biết.") == [("Trần Văn Bình", "Phó ban")]


def test_greece_as_some_papers_spell_it() -> None:
    assert officials("Hôm thứ bảy, Thủ tướng Hi Lạp Alexis Tsipras đã vượt qua cuộc bỏ phiếu bất tín nhiệm.") == [
        ("Alexis Tsipras", "Thủ tướng Hi Lạp")]


def test_many_holders_after_cac_ong_ba_or_gom() -> None:
    assert officials("Công ty có 3 phó tổng giám đốc là các ông, bà Lê Thành Vinh, Trần Thị My Lan và Trần Thế Anh. "
                     "Ông Vinh nói.") == [("Lê Thành Vinh", "phó tổng giám đốc"), ("Trần Thị My Lan", "phó tổng giám đốc"),
                                         ("Trần Thế Anh", "phó tổng giám đốc")]
    assert officials("Đại hội miễn nhiệm 4 thành viên hội đồng quản trị gồm Vũ Hoàng Hải, Nguyễn Kim Cương, Nguyễn Văn "
                     "Phi, Nguyễn Thế Tâm. Ông Hải nói.") == [
        (name, "thành viên hội đồng quản trị")
        for name in ("Vũ Hoàng Hải", "Nguyễn Kim Cương", "Nguyễn Văn Phi", "Nguyễn Thế Tâm")]
    # (fewer names than the count: no list is read)
    assert officials("Đại hội miễn nhiệm 4 thành viên hội đồng quản trị gồm Vũ Hoàng Hải, Nguyễn Kim Cương.") == []


def test_a_ministry_a_foreign_name_ends_with_no_country_between() -> None:
    assert officials("Chủ tịch hội nghị, Thứ trưởng Bộ Môi trường Michal Kurtyka của Ba Lan, cho biết.") == [
        ("Michal Kurtyka", "Thứ trưởng Bộ Môi trường")]


def test_a_field_marshal() -> None:
    assert officials("Người đứng đầu tổ chức là Thống chế Heinrich Himmler. Ông ta nói.") == [
        ("Heinrich Himmler", "Thống chế")]


def test_a_first_secretary_of_a_council() -> None:
    assert officials("Thư ký thứ nhất Hội đồng An ninh Kazakhstan Marat Shaikhutdinov cho biết.") == [
        ("Marat Shaikhutdinov", "Thư ký thứ nhất Hội đồng An ninh Kazakhstan")]
