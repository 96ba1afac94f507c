"""Officials round of session 73 (blind golds vietnews1403–1407 and the pooled 150k golds): a romanised Korean or Thai
name whose every syllable also spells a Vietnamese one, its hyphen spaced ("Moon Seong - ho"); "đứng đầu" (heads) in
apposition, as "người đứng đầu" was; the head's body closed by a bracket; a department's deputy head before its
lower-case name; a railway station's head and a workshop's foreman."""

from __future__ import annotations

from helpers import record_officials as officials


def test_a_romanised_name_of_vietnamese_looking_syllables_joins_over_its_spaced_hyphen() -> None:
    assert officials("Ông Moon Seong - ho, phát ngôn viên Đảng Tự do, nói.") == [
        ("Moon Seong - ho", "phát ngôn viên Đảng Tự do")]
    assert officials("Thủ tướng Thái Lan Prayut Chan - o - cha cho biết sẽ tổ chức bầu cử.") == [
        ("Prayut Chan - o - cha", "Thủ tướng Thái Lan")]
    assert officials("Đại sứ Triều Tiên tại Liên Hợp Quốc Ja Song - nam cho biết.") == [
        ("Ja Song - nam", "Đại sứ Triều Tiên tại Liên Hợp Quốc")]


def test_a_vietnamese_word_after_the_dash_goes_on_the_clause() -> None:
    # "anh trai" (elder brother) after the dash: the name is "Kim Jong Nam", no syllable joined on
    names = [name for name, _ in officials("Nhà lãnh đạo Kim Jong Nam - anh trai của ông Kim Jong - un, bị sát hại.")]
    assert "Kim Jong Nam - anh" not in names


def test_the_joined_syllable_closes_the_name() -> None:
    # the firm's capitalised name after the given name is no part of it; a given name first, its surname after, is
    text = "Chủ tịch Yoon Dong - han Kolmar Korea cúi đầu xin lỗi. Chủ tịch Yoon Dong - han tuần trước đã từ chức."
    assert officials(text) == [("Yoon Dong - han", "Chủ tịch")]
    assert officials("Tổng lãnh sự Nhật Bản tại TP. HCM Jun - ichi Kawaue cho biết.") == [
        ("Jun - ichi Kawaue", "Tổng lãnh sự Nhật Bản tại TP. HCM")]


def test_heads_in_apposition_as_the_person_who_heads() -> None:
    assert officials("RT dẫn lời Ella Pamfilova, đứng đầu Uỷ ban Bầu cử Trung ương Nga (CEC), hôm nay.") == [
        ("Ella Pamfilova", "đứng đầu Uỷ ban Bầu cử Trung ương Nga")]
    assert officials("Trong khi đó, Mohammad Noor Rahmani, đứng đầu hội đồng tỉnh Sar - e Pul, cho rằng chỉ có 44 "
                     "nạn nhân là dân thường.") == [("Mohammad Noor Rahmani", "đứng đầu hội đồng tỉnh Sar - e Pul")]


def test_heads_as_the_verb_or_a_team_is_no_post() -> None:
    assert officials("Một số nước Vùng Vịnh, đứng đầu là Arabia Saudi, đang thực hiện cuộc chiến.") == []
    assert officials("Du khách Việt Nam đi Trung Quốc, đứng đầu trong số các nước ASEAN.") == []
    assert officials("Giáo sư Yao Jide, đứng đầu nhóm phía Trung Quốc, nói các bản đồ đã cũ.") == []


def test_the_headed_body_closed_by_a_bracket() -> None:
    assert officials("Ông Carlos Nieto, người đứng đầu tổ chức nhân quyền Una Ventana a Ia Libertad (Cửa sổ Tự do), "
                     "nói.") == [("Carlos Nieto", "người đứng đầu tổ chức nhân quyền Una Ventana a Ia Libertad")]


def test_a_deputy_head_before_the_departments_lower_case_name() -> None:
    assert officials("Theo ông Lê Đình Quyết - phó phòng dự báo Đài khí tượng thuỷ văn khu vực Nam Bộ, là do bão.") == [
        ("Lê Đình Quyết", "phó phòng")]
    assert officials("Kỷ luật ông Trần Đức Quân, phó phòng kỹ thuật; ông Nguyễn Thiếu Lăng, trưởng phòng kinh doanh.") == [
        ("Trần Đức Quân", "phó phòng"), ("Nguyễn Thiếu Lăng", "trưởng phòng")]


def test_a_deputy_head_alone_is_no_post() -> None:
    assert officials("Các trưởng, phó phòng của sở đều dự họp với ông Nguyễn Văn An.") == []


def test_a_stations_head_and_a_workshops_foreman() -> None:
    assert officials("Những người bị đình chỉ gồm: ông Dương Văn Minh - trưởng ga Núi Thành, ông Phạm Minh Tâm - trực "
                     "ban chạy tàu ga.") == [("Dương Văn Minh", "trưởng ga Núi Thành")]
    assert officials("Ông Bùi Đăng Sáu, Trưởng ga Hoàng Mai (Xí nghiệp đường sắt Nghệ Tĩnh) cho biết.") == [
        ("Bùi Đăng Sáu", "Trưởng ga Hoàng Mai")]
    assert officials("Khiển trách ông Nguyễn Xuân Quang – Quản đốc phân xưởng vận dụng.") == [
        ("Nguyễn Xuân Quang", "Quản đốc")]


def test_a_station_named_after_its_head_is_no_person() -> None:
    # two capitalised words after the post are the station, as after "trưởng thôn"
    assert officials("Trưởng ga Hoàng Mai cho biết đoàn tàu đã được cứu hộ.") == []


def test_before_that_opens_the_sentence_without_its_comma() -> None:
    assert officials("Trước đó Phó chủ tịch Hội đồng tham mưu trưởng liên quân Mỹ, tướng Paul Selva nhận định rằng tên "
                     "lửa chưa đủ chính xác.") == [("Paul Selva", "Phó chủ tịch Hội đồng tham mưu trưởng liên quân Mỹ")]
    assert officials("Trước đó Phó Chủ tịch UBND tỉnh, ông Nguyễn Văn An nhận định rằng dự án chậm.") == [
        ("Nguyễn Văn An", "Phó Chủ tịch UBND tỉnh")]


def test_the_others_holding_a_counted_post() -> None:
    assert officials("Ông Đạt thừa nhận ông và 3 phó giám đốc khác là Nguyễn Văn Trí, Võ Văn Chung và Nguyễn Duy trước "
                     "khi được bổ nhiệm chỉ là nhân viên hợp đồng.")[-3:] == [
        ("Nguyễn Văn Trí", "phó giám đốc"), ("Võ Văn Chung", "phó giám đốc"), ("Nguyễn Duy", "phó giám đốc")]


def test_a_mayors_town_in_apposition_is_no_person() -> None:
    assert officials("\"Julia đã tái sinh\" - Saul Rubio Ayala, thị trưởng Sinaloa de Leyva nói với các phóng viên.") == [
        ("Saul Rubio Ayala", "thị trưởng Sinaloa de Leyva")]


def test_a_firm_named_like_a_person_after_a_second_post_joined_by_kiem() -> None:
    assert officials("Theo đó, bị cáo Nguyễn Đức Mạnh (41 tuổi, nguyên chủ tịch HĐQT kiêm tổng giám đốc Công ty CP Dương "
                     "Đông Hoà Phú) bị tuyên phạt 7 năm tù.") == [
        ("Nguyễn Đức Mạnh", "nguyên chủ tịch HĐQT kiêm tổng giám đốc Công ty CP Dương Đông Hoà Phú")]


def test_a_standing_committees_member() -> None:
    assert officials("Uỷ viên thường vụ Bộ Chính trị Trung Quốc Du Chính Thanh nhất trí kiểm soát tốt bất đồng.") == [
        ("Du Chính Thanh", "Uỷ viên thường vụ Bộ Chính trị Trung Quốc")]
    assert officials("Ông Nguyễn Chí Vịnh, Ủy viên Thường vụ Quân ủy Trung ương, Thứ trưởng Bộ Quốc phòng cho biết.") == [
        ("Nguyễn Chí Vịnh", "Ủy viên Thường vụ Quân ủy Trung ương, Thứ trưởng Bộ Quốc phòng")]


def test_a_malaysian_honorific_before_the_name() -> None:
    assert officials("Cảnh sát trưởng bang Selangor, Datuk Seri Abdul Samah Mat, hôm nay xác nhận toà án đã ra lệnh.") == [
        ("Abdul Samah Mat", "Cảnh sát trưởng bang Selangor")]
    assert officials("Tổng thanh tra cảnh sát Malaysia Tan Sri Khalid Abu Bakar cho biết.") == [
        ("Khalid Abu Bakar", "Tổng thanh tra cảnh sát Malaysia")]
    assert officials("Bà Datuk Seri Dr Wan Azizah Wan Ismail, Phó Thủ tướng Malaysia cho biết.") == [
        ("Wan Azizah Wan Ismail", "Phó Thủ tướng Malaysia")]
    # "Tan" alone is a surname
    assert officials("Chủ tịch Tan Hock Seng cho biết.") == [("Tan Hock Seng", "Chủ tịch")]


def test_a_chinese_name_in_vietnamese_syllables_after_a_lower_case_body_and_its_state() -> None:
    assert officials("Khi được hỏi, lãnh đạo quốc phòng Đài Loan Phùng Thế Khoan hôm qua cho hay sẽ kiểm tra.") == [
        ("Phùng Thế Khoan", "lãnh đạo quốc phòng Đài Loan")]
    assert officials("Phát ngôn viên bộ ngoại giao Trung Quốc Hoa Xuân Oánh tuyên bố trong họp báo.") == [
        ("Hoa Xuân Oánh", "Phát ngôn viên bộ ngoại giao Trung Quốc")]


def test_a_meeting_in_the_lower_case_words_is_no_body() -> None:
    names = officials("Bộ trưởng Quốc phòng Nga gặp gỡ người đồng cấp Trung Quốc Thường Vạn Toàn tại Moscow.")
    assert ("Thường Vạn Toàn", "Bộ trưởng Quốc phòng Nga gặp gỡ người đồng cấp Trung Quốc") not in names


def test_a_foreign_agency_named_in_vietnamese_words_then_its_head() -> None:
    assert officials("Giám đốc Cơ quan Tình báo Quốc phòng Michael Flynn nhận vai trò cố vấn.") == [
        ("Michael Flynn", "Giám đốc Cơ quan Tình báo Quốc phòng")]
    assert officials("Giám đốc Cơ quan An ninh Quốc gia Michael Rogers cho biết.") == [
        ("Michael Rogers", "Giám đốc Cơ quan An ninh Quốc gia")]


def test_the_next_person_of_a_list_is_not_the_agencys_head() -> None:
    found = officials("Họ sẽ hỏi Dan Coats, giám đốc cơ quan Tình báo quốc gia và Mike Rogers, giám đốc Cơ quan an ninh "
                      "quốc gia.")
    assert not [title for name, title in found if name == "Mike Rogers" and "Tình báo" in title]
