"""Officials round of session 72 (blind golds vietnews1355–1359 and the pooled 150k golds): a post many hold, then "là"
and the people listed with "ông/bà" ("6 Phó Tổng giám đốc là ông A, bà B, …"); a foreign name with its post between
dashes ("khiến Paul Manafort - Chủ tịch Ban vận động tranh cử - phải từ chức"); a minister's field and a foreign name
closing the sentence ("Thứ trưởng Ngoại giao John Sullivan."); a police registration team in lower case."""

from __future__ import annotations

from helpers import record_officials as officials


def test_a_counted_post_then_the_people_listed_after_la() -> None:
    text = ("Ban điều hành gồm 6 Phó Tổng giám đốc là ông Dương Nhất Nguyên, bà Nguyễn Ngọc Quế Chi, ông Nguyễn Trọng "
            "Phúc, ông Đặng Đình Thắng, ông Nguyễn Trung Thành và ông Võ Văn Dũng. Trước đó, hồi cuối tháng 9/2016.")
    assert officials(text) == [(name, "Phó Tổng giám đốc") for name in (
        "Dương Nhất Nguyên", "Nguyễn Ngọc Quế Chi", "Nguyễn Trọng Phúc", "Đặng Đình Thắng", "Nguyễn Trung Thành",
        "Võ Văn Dũng")]
    assert officials("Hai Phó Chủ tịch là ông Nguyễn Văn An và ông Trần Văn Bình đã dự họp.") == [
        ("Nguyễn Văn An", "Phó Chủ tịch"), ("Trần Văn Bình", "Phó Chủ tịch")]


def test_one_post_then_la_names_one_holder() -> None:
    # no word before the post says many hold it: the list after the holder is others, with no post
    assert officials("Chủ tịch UBND tỉnh là ông Nguyễn Văn An, ông Trần Văn Bình và ông Lê Văn Cường dự họp.") == [
        ("Nguyễn Văn An", "Chủ tịch UBND tỉnh")]


def test_a_foreign_name_with_its_post_between_dashes() -> None:
    assert officials("Kushner khiến Paul Manafort - Chủ tịch Ban vận động tranh cử - phải từ chức.") == [
        ("Paul Manafort", "Chủ tịch Ban vận động tranh cử")]
    assert officials("Kushner khiến Chris Christie - Thống đốc New Jersey - bị loại.") == [
        ("Chris Christie", "Thống đốc New Jersey")]
    assert officials("Các ứng viên như Raghuram Rajan - cựu Thống đốc Ngân hàng Trung ương Ấn Độ, cũng được nêu tên.") == [
        ("Raghuram Rajan", "cựu Thống đốc Ngân hàng Trung ương Ấn Độ")]


def test_a_dash_between_sides_or_a_body_and_its_head_is_no_post() -> None:
    assert officials("Trận Real Madrid - Barcelona tối qua rất hấp dẫn.") == []
    assert officials("Chủ tịch Real - Florentino Perez nói.") == [("Florentino Perez", "")]


def test_a_ministers_field_and_a_foreign_name_ending_the_sentence() -> None:
    assert officials("Ông sẽ bàn giao công việc cho Thứ trưởng Ngoại giao John Sullivan. Ông Trump hôm 13/3 thông báo.") == [
        ("John Sullivan", "Thứ trưởng Ngoại giao"), ("Trump", "")]


def test_a_police_registration_team_in_lower_case() -> None:
    assert officials("Trong khi đó, trung tá Lê Hồng Vân, Đội trưởng đội Đăng ký quản lý phương tiện, phòng CSGT cho "
                     "biết.") == [("Lê Hồng Vân", "Đội trưởng đội Đăng ký")]
    # a side's captain stays no official
    assert officials("Anh Nguyễn Văn Quyết, đội trưởng đội tuyển Hà Nội, ghi bàn.") == []


# second round (blind golds vietnews1361–1365, batch 79)


def test_a_bodys_lower_case_domain_before_its_heads_name() -> None:
    assert officials("Các quyết định đều được ký duyệt bởi Cục trưởng Cục Quản lý chất lượng Nông lâm thuỷ sản Nguyễn "
                     "Như Tiệp. Quyết định thứ 2 được đưa ra sau.") == [
        ("Nguyễn Như Tiệp", "Cục trưởng Cục Quản lý chất lượng Nông lâm thuỷ sản")]
    # a firm's name is often a person's: its head is named before it
    assert [name for name, _ in officials("Ông Vũ Văn Sùng, Giám đốc Công ty TNHH xây dựng Vũ Hoàng Dương cho biết: "
                                          "Đơn vị đã bỏ vào công trình.")] == ["Vũ Văn Sùng"]


def test_a_military_units_commander() -> None:
    assert officials("Thượng tá Nguyễn Ngọc Mẽ, Trung đoàn trưởng trung đoàn Cảnh sát cơ động cho biết.") == [
        ("Nguyễn Ngọc Mẽ", "Trung đoàn trưởng")]
    assert officials("Đại tá Nguyễn Văn An, Sư đoàn trưởng Sư đoàn 308 phát biểu.") == [
        ("Nguyễn Văn An", "Sư đoàn trưởng Sư đoàn 308")]


def test_a_border_posts_head_with_its_post_in_lower_case() -> None:
    assert officials("Thượng tá Hà Ngọc Việt, Đồn trưởng đồn biên phòng cửa khẩu quốc tế Cha Lo cho hay.") == [
        ("Hà Ngọc Việt", "Đồn trưởng")]


def test_a_head_teacher_of_a_school_in_lower_case_then_la_ba() -> None:
    assert officials("Trước đó, Hiệu trưởng trường mầm non Thanh Khương là bà Cao Thị Hoè cũng đã bị đình chỉ.") == [
        ("Cao Thị Hòe", "Hiệu trưởng trường mầm non Thanh Khương")]
    assert officials("Hiệu trưởng trường THPT Chu Văn An là ông Nguyễn Văn Bình cho biết.") == [
        ("Nguyễn Văn Bình", "Hiệu trưởng trường THPT Chu Văn An")]


def test_a_post_then_a_dash_ba_and_a_bracket_about_her() -> None:
    text = ("Cụ thể, Thành viên HĐQT kiêm Phó Tổng giám đốc - bà Nguyễn Thái Nga (con gái bà Thoa) sở hữu 4.125.632 cổ "
            "phiếu và Giám đốc Ban Dự án - bà Nguyễn Thái Quỳnh Lê (con gái bà Thoa) sở hữu 2.230.417 cổ phiếu.")
    assert officials(text) == [("Nguyễn Thái Nga", "Thành viên HĐQT kiêm Phó Tổng giám đốc"),
                               ("Nguyễn Thái Quỳnh Lê", "Giám đốc Ban Dự án")]


def test_an_embassy_is_a_body_not_an_ambassador() -> None:
    assert officials("Tham tán Đại sứ quán Mỹ Nguyễn Văn An nói.") == [("Nguyễn Văn An", "Tham tán Đại sứ quán Mỹ")]
    assert officials("Họ bày tỏ “những quan ngại sâu sắc”, Molly Koscina, người phát ngôn Bộ Ngoại giao Mỹ nói.") == [
        ("Molly Koscina", "người phát ngôn Bộ Ngoại giao Mỹ")]


# third round (blind golds vietnews1367–1371, batch 80)


def test_a_two_syllable_name_after_a_brand_in_mixed_case() -> None:
    assert officials("Theo TGĐ TPBank Nguyễn Hưng, một trong những mũi nhọn kinh doanh là dịch vụ.") == [
        ("Nguyễn Hưng", "TGĐ TPBank")]
    # an acronym's two capitalised words after it are the body's own name
    assert officials("Giám đốc BV Bạch Mai cho biết.") == []


def test_a_former_post_read_from_the_post_keeps_its_former() -> None:
    # the reading that starts at the post had dropped "cựu"/"nguyên" since the parser began: a briefing cited a former
    # holder as the holder
    assert officials("Nguyên Bí thư Huyện ủy Phước Long Trần Hoàng Duyên bị kỷ luật.") == [
        ("Trần Hoàng Duyên", "Nguyên Bí thư Huyện ủy Phước Long")]
    assert officials("Cựu Tổng thống Mỹ Barack Obama phát biểu.") == [("Barack Obama", "Cựu Tổng thống Mỹ")]
    assert officials("Hai cựu Ngoại trưởng Mỹ John Kerry và Madeleine Albright ký tên.") == [
        ("John Kerry", "cựu Ngoại trưởng Mỹ"), ("Madeleine Albright", "cựu Ngoại trưởng Mỹ")]
    # "giữ nguyên" keeps as it was
    assert officials("Ông vẫn giữ nguyên Chủ tịch UBND tỉnh Trần Văn An trong danh sách.") == [
        ("Trần Văn An", "Chủ tịch UBND tỉnh")]


# fourth round (blind golds vietnews1373–1383, batches 81–82)


def test_a_central_highlands_name_closed_by_its_clan() -> None:
    assert officials("Ông Y Suôn Byă, chủ tịch UBND huyện Krông Pắk cho biết.") == [
        ("Y Suôn Byă", "chủ tịch UBND huyện Krông Pắk")]
    assert officials("Phó Chủ tịch UBND tỉnh Đắk Lắk H’ Yim Kđoh cho biết.") == [
        ("H’ Yim Kđoh", "Phó Chủ tịch UBND tỉnh Đắk Lắk")]
    # no clan closes a medical university's name
    assert officials("Trường Đại học Y Hà Nội cho biết.") == []
    # a programme's ambassador is an honorary title
    assert officials("Hoa hậu Hoàn vũ H’ Hen Niê, đại sứ chương trình ' Chung tay vì an toàn ' có buổi giao lưu.") == []


def test_a_quoted_foreigner_after_va() -> None:
    assert officials("Đứng thứ hai là Pavel Grudinin, ứng viên đảng Cộng sản, 11,77% phiếu bầu, và Vladimir "
                     "Zhirinovsky, lãnh đạo đảng Dân chủ Tự do, 5,65% phiếu bầu.") == [
        ("Vladimir Zhirinovsky", "lãnh đạo đảng Dân chủ Tự do")]


def test_states_the_country_list_lacked() -> None:
    assert officials("Chúng tôi đã cho 31 người xuất viện\", Bộ trưởng Thông tin Nam Sudan Bona Gaudensio nói.") == [
        ("Bona Gaudensio", "Bộ trưởng Thông tin Nam Sudan")]
    assert officials("Tổng thống Tajikistan Emomali Rahmon đã đến Moskva.") == [
        ("Emomali Rahmon", "Tổng thống Tajikistan")]


def test_a_teams_head_in_a_police_department() -> None:
    assert officials("Theo trung tá Nguyễn Văn Thìn - đội trưởng Phòng Cảnh sát đường thuỷ Công an Quảng Ninh, việc dẹp "
                     "nạn thuyền ba lá cần làm ngay.") == [("Nguyễn Văn Thìn", "đội trưởng Phòng Cảnh sát")]


# fifth round (blind golds vietnews1385–1389, batch 83)


def test_a_citys_chief_architect() -> None:
    assert officials("TS. Võ Kim Cương (nguyên Phó Kiến trúc sư trưởng TP. HCM) lo lắng về việc này.") == [
        ("Võ Kim Cương", "nguyên Phó Kiến trúc sư trưởng TP. HCM")]


def test_a_numbered_team_in_lower_case() -> None:
    assert officials("Theo ông Nguyễn Ngọc Khánh Hùng - Quyền đội trưởng đội số 12 (Cục Quản lí thị trường), hàng giả rất "
                     "nhiều.") == [("Nguyễn Ngọc Khánh Hùng", "Quyền đội trưởng đội số 12")]
