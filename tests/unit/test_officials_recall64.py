"""Officials round of session 80 (blind batch 127): another article's headline after "Xem thêm" or "Đọc thêm" names its
own people, not this article's officials; a president's deputy assistant ("phó Trợ lý tổng thống") is a post."""

from __future__ import annotations

from helpers import record_officials as officials


def test_a_read_more_headline_names_no_official() -> None:
    body = ("Tổng thống Mỹ Donald Trump ký sắc lệnh cấm công dân từ 7 nước nhập cảnh Mỹ trong vòng 90 ngày.\n"
            "Xem thêm > > Sự hờ hững bất thường Donald Trump dành cho Tập Cận Bình\n"
            "Thẩm phán James Robart đã ra lệnh tạm dừng sắc lệnh.")
    assert officials(body) == [("Donald Trump", "Tổng thống Mỹ"), ("James Robart", "Thẩm phán")]
    body = ("Cảnh sát London cho biết nghi phạm đã bị bắn gục.\n"
            "Đọc thêm > > > Hình ảnh ông Kim Jong Un cõng cấp dưới ăn mừng gây chú ý\n"
            "Bộ trưởng Nội vụ Anh Amber Rudd kêu gọi người dân bình tĩnh.")
    assert officials(body) == [("Amber Rudd", "Bộ trưởng Nội vụ Anh")]


def test_a_person_named_in_the_article_and_in_a_headline_is_kept() -> None:
    body = ("Chủ tịch Trung Quốc Tập Cận Bình tiếp đoàn doanh nhân Mỹ tại Bắc Kinh.\n"
            "Xem thêm: Sự hờ hững bất thường Donald Trump dành cho Tập Cận Bình\n"
            "Hai bên thảo luận về quan hệ Mỹ - Trung.")
    assert officials(body) == [("Tập Cận Bình", "Chủ tịch Trung Quốc")]


def test_a_presidents_deputy_assistant() -> None:
    assert officials("Ông Everett Eissenstat, phó Trợ lý tổng thống phụ trách các vấn đề kinh tế quốc tế, sẽ đại diện "
                     "cho Nhà Trắng tại cuộc họp.") == [("Everett Eissenstat", "phó Trợ lý tổng thống")]


def test_an_acting_post_is_shown_as_acting() -> None:
    assert officials("Quyền Bộ trưởng Quốc phòng Mỹ Patrick Shanahan nói Mỹ sẽ rút quân.") == [
        ("Patrick Shanahan", "Quyền Bộ trưởng Quốc phòng Mỹ")]
    assert officials("Ông Lê Văn Dũng làm quyền Chủ tịch UBND tỉnh Quảng Nam từ tháng 5.") == [
        ("Lê Văn Dũng", "quyền Chủ tịch UBND tỉnh Quảng Nam")]
    assert officials("Theo Hiến pháp, bà Đặng Thị Ngọc Thịnh giữ quyền chủ tịch nước cho đến khi Quốc hội bầu.") == [
        ("Đặng Thị Ngọc Thịnh", "quyền chủ tịch nước")]
    # (the administration, an authority: no acting post)
    assert officials("Chính quyền Tổng thống Mỹ Joe Biden sẽ gỡ bỏ các biện pháp hạn chế.") == [
        ("Joe Biden", "Tổng thống Mỹ")]
    assert officials("Việc này thuộc thẩm quyền Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh.") == [
        ("Lê Trí Thanh", "Chủ tịch UBND tỉnh Quảng Nam")]


def test_a_permanent_representative() -> None:
    assert officials("Đáp lại, đại diện thường trực của Nga tại LHQ, ông Vassily Nebenzia nhắn lại rằng nghị quyết "
                     "có yêu cầu tất cả các bên.") == [("Vassily Nebenzia", "đại diện thường trực của Nga tại LHQ")]
    assert officials("Đại diện thường trực Mỹ tại Liên Hợp Quốc Nikki Haley nói Nga đã sai lầm.") == [
        ("Nikki Haley", "Đại diện thường trực Mỹ tại Liên Hợp Quốc")]
    # (the mission is a body, no one's post)
    assert officials("Thủ tướng đến thăm Phái đoàn Đại diện thường trực Việt Nam tại Liên hợp quốc.") == []


def test_a_doctors_title_before_the_name_is_no_name() -> None:
    assert officials("Đại sứ Syria tại Liên Hợp Quốc Dr. Bashar al - Jaafari ngày 22/1 nhấn mạnh.") == [
        ("Bashar al - Jaafari", "Đại sứ Syria tại Liên Hợp Quốc")]


def test_a_head_whose_body_goes_on_in_lower_case_to_its_country() -> None:
    assert officials("Người đứng đầu Lực lượng Cảnh sát chống khủng bố Anh, ông Mark Rowley vừa đưa ra tuyên bố.") == [
        ("Mark Rowley", "Người đứng đầu Lực lượng Cảnh sát chống khủng bố Anh")]
    # (a company's own name after its country is no person)
    assert officials("Theo người đứng đầu tập đoàn xuất khẩu vũ khí Nhà nước Nga Rosoboronexport, ông Alexander "
                     "Mikheev cho biết, đơn đặt hàng đã tăng.") == []


def test_a_highland_name_before_its_post() -> None:
    assert officials("Theo ông Y Biêr Niê, Phó Chủ tịch UBND tỉnh Đắk Lắk, tỉnh đã chỉ đạo khắc phục.") == [
        ("Y Biêr Niê", "Phó Chủ tịch UBND tỉnh Đắk Lắk")]


def test_many_holders_named_after_la_cac_ong() -> None:
    assert officials("Trên ô tô còn có 2 thẩm phán của TAND huyện Đơn Dương là các ông Nguyễn Thanh Sơn và Dương Văn "
                     "Vũ. Hai người này đã xuống xe.") == [
        ("Nguyễn Thanh Sơn", "thẩm phán của TAND huyện Đơn Dương"), ("Dương Văn Vũ", "thẩm phán của TAND huyện Đơn Dương")]
    assert officials("Hai thẩm phán cao cấp còn lại là các ông Trương Văn Bình và Phan Đức Phương.") == [
        ("Trương Văn Bình", "thẩm phán"), ("Phan Đức Phương", "thẩm phán")]
