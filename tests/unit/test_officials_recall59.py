"""Officials round of session 75 (pooled officials golds and blind batches 99–100): a management board's head by its
acronym ("Trưởng BQL"); the rare surname "Sử"; a state firm's members' council's member; an official's or a commander's
post in apposition after a dash as after a comma ("Joseph Felter - quan chức Bộ Quốc phòng Mỹ -"), where a romanised
given name's spaced hyphen ("Kim Yong - chol") is no post; an official's body in lower case up to what they said; Hong Kong's
Chief Executive ("trưởng đặc khu"); "ông/bà NAME" and the sentence's end closing a post in apposition; a town written
"TX" is a place, no person; a fleet named for a sea or a direction ("Hạm đội Phương Bắc"); a board's deputy ("Phó
ban") in apposition with its body in lower case; the civil judgments' enforcement departments ("Cục Thi hành án dân
sự"); a medical university named after a person ("Đại học Y khoa Phạm Ngọc Thạch"); an embassy ends at its country or its
seat ("Đại sứ quán Mỹ tại Campuchia Jay Raman"); Carrie Lam and her Vietnamese name one person; a head in apposition
("X, người đứng đầu …") up to what they said, no comma closing it."""

from __future__ import annotations

from helpers import record_officials as officials


def test_a_management_boards_head_by_its_acronym() -> None:
    assert officials("Ông Nguyễn Quốc Thuận, Trưởng BQL rừng phòng hộ Đông Bắc Chư Păh cho biết.") == [
        ("Nguyễn Quốc Thuận", "Trưởng BQL")]
    assert officials("Như lời Trưởng BQL Vịnh Hạ Long Phạm Thuỳ Dương, đây là khu di sản rất đặc biệt.") == [
        ("Phạm Thùy Dương", "Trưởng BQL Vịnh Hạ Long")]


def test_the_rare_surname_su() -> None:
    assert officials("Trước đó, Giám đốc Sở Kế hoạch - Đầu tư Sử Ngọc Anh cho biết, tổng sản phẩm tăng.") == [
        ("Sử Ngọc Anh", "Giám đốc Sở Kế hoạch - Đầu tư")]
    assert officials("Sử dụng Facebook nhiều. Sử Thi Việt Nam.") == []


def test_a_members_councils_member() -> None:
    assert officials("Thậm chí, ông Vũ Đình Duy, thành viên Hội đồng thành viên Vinachem còn lấy lý do ra nước ngoài.") == [
        ("Vũ Đình Duy", "thành viên Hội đồng thành viên")]


def test_an_officials_or_a_commanders_post_after_a_dash() -> None:
    assert officials("Mới tháng trước, ông Joseph Felter - quan chức Bộ Quốc phòng Mỹ - đã viết lá thư cho Bộ trưởng.") == [
        ("Joseph Felter", "quan chức Bộ Quốc phòng Mỹ")]
    assert officials("Trên con tàu có Đại tá Harry Setyawan -chỉ huy hạm đội tàu ngầm Indonesia. Khoảng 3 giờ sáng, tàu "
                     "lặn.") == [("Harry Setyawan", "chỉ huy hạm đội tàu ngầm Indonesia")]
    # an adviser's only after a comma: "cố vấn tài chính" after a dash is a profession
    assert officials("Tài sản được chuyển cho bà Dorice Moore - cố vấn tài chính mới quen của ông.") == []
    # a romanised given name's spaced hyphen is still part of the name
    assert officials("Ông Kim Yong - chol, Phó Chủ tịch, nói.") == [("Kim Yong - chol", "Phó Chủ tịch")]


def test_an_officials_lower_case_body_up_to_what_they_said() -> None:
    assert officials("Đồng USD tăng mạnh ngay sau khi ông Patrick Harker - quan chức Cục dự trữ liên bang Mỹ cho rằng lãi "
                     "suất sẽ tăng.") == [("Patrick Harker", "quan chức Cục dự trữ liên bang Mỹ")]


def test_hong_kongs_chief_executive() -> None:
    assert officials("Dự luật bị hoãn sau khi trưởng đặc khu hành chính Hong Kong Carrie Lam tuyên bố.") == [
        ("Carrie Lam", "trưởng đặc khu hành chính Hong Kong")]
    assert officials("Bà Carrie Lam, trưởng đặc khu Hong Kong, vừa thông báo sẽ hoãn dự luật.") == [
        ("Carrie Lam", "trưởng đặc khu Hong Kong")]
    assert officials("Ông Lee, một người dân Hong Kong, nói.") == []


def test_a_post_in_apposition_closed_by_the_sentences_end() -> None:
    assert officials("Họ nhận được tiền từ cựu Tổng thống Ukraine, ông Viktor Yanukovych. Cùng ngày, văn phòng công "
                     "bố.") == [("Viktor Yanukovych", "cựu Tổng thống Ukraine")]


def test_a_town_written_tx_is_a_place() -> None:
    assert officials("Thiếu tá Trần Hữu Hương - Đội trưởng Đội CSGT - TT Công an TX Hồng Lĩnh, tỉnh Hà Tĩnh cho biết.") == [
        ("Trần Hữu Hương", "Đội trưởng Đội CSGT - TT Công an TX Hồng Lĩnh")]


def test_a_fleet_named_for_a_sea_or_a_direction() -> None:
    assert officials("Đô đốc Nikolay Evmenov, chỉ huy Hạm đội Phương Bắc, cho biết.") == [
        ("Nikolay Evmenov", "Đô đốc, chỉ huy Hạm đội Phương Bắc")]
    assert officials("Tư lệnh Hạm đội Thái Bình Dương Scott Swift cho biết.") == [
        ("Scott Swift", "Tư lệnh Hạm đội Thái Bình Dương")]


def test_a_boards_deputy_in_apposition_its_body_in_lower_case() -> None:
    assert officials("Tuy nhiên, ngay sau đó, ông Sơn Minh Thắng - Phó ban thường trực cơ quan này ký văn bản thu hồi.") == [
        ("Sơn Minh Thắng", "Phó ban thường trực")]
    assert officials("Ông Nguyễn Văn Thanh, Phó ban phòng chống thiên tai huyện Phước Sơn nói.") == [
        ("Nguyễn Văn Thanh", "Phó ban")]
    assert officials("Bắt quả tang Phó ban quản lý khu du lịch ở Thái Bình cùng đồng phạm đánh bạc.") == []


def test_a_judgments_enforcement_department_and_a_holder_after_is() -> None:
    assert officials("Tháng 6-2018, Cục trưởng Cục Thi hành án dân sự tỉnh Long An lúc bấy giờ là ông Nguyễn Văn Gấu có "
                     "văn bản yêu cầu.") == [("Nguyễn Văn Gấu", "Cục trưởng Cục Thi hành án dân sự tỉnh Long An")]


def test_a_medical_university_named_after_a_person() -> None:
    assert officials("Báo cáo với lãnh đạo TP HCM, PGS.TS Ngô Minh Xuân (Hiệu trưởng Đại học Y khoa Phạm Ngọc Thạch) cho "
                     "biết.") == [("Ngô Minh Xuân", "Hiệu trưởng Đại học Y khoa Phạm Ngọc Thạch")]


def test_an_embassy_ends_at_its_country_or_its_seat() -> None:
    assert officials("Phát ngôn viên Đại sứ quán Mỹ Jay Raman xác nhận rằng các cuộc tập trận bị huỷ.") == [
        ("Jay Raman", "Phát ngôn viên Đại sứ quán Mỹ")]
    assert officials("Phát ngôn viên của Đại sứ quán Mỹ tại Campuchia Jay Raman xác nhận rằng các cuộc tập trận bị huỷ.") == [
        ("Jay Raman", "Phát ngôn viên của Đại sứ quán Mỹ tại Campuchia")]


def test_carrie_lam_and_her_vietnamese_name_are_one_person() -> None:
    found = dict(officials("Ông Tập Cận Bình chứng kiến lễ nhậm chức của tân trưởng Đặc khu hành chính Hong Kong Carrie "
                           "Lam (Lâm Trịnh Nguyệt Nga). Bà Carrie Lam đã thề."))
    assert found["Lâm Trịnh Nguyệt Nga"] == "trưởng Đặc khu hành chính Hong Kong"
    assert "Carrie Lam" not in found


def test_a_head_in_apposition_up_to_what_they_said() -> None:
    assert officials("Washington đàm phán với Bắc Kinh. Sue Lee, người đứng đầu trung tâm Lịch sử Xã hội người Hoa ở Mỹ cho "
                     "biết, vào năm 1943 mọi thứ đã thay đổi.") == [
        ("Sue Lee", "người đứng đầu trung tâm Lịch sử Xã hội")]
    assert dict(officials("“Không thể kết luận bị cáo vô tội”, Annagrazia Calabria, người đứng đầu một tổ chức bảo vệ nhân "
                          "quyền nhấn mạnh.")) == {"Annagrazia Calabria": "người đứng đầu một tổ chức bảo vệ nhân quyền"}
