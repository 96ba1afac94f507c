"""Officials round of session 63 (blind officials golds 921–925, read after their blind score, and the 20k corpus's
officials read whole): the Czech Republic by its own name; the friendship union and a deputy "in charge of" a body; an
ambassador posted to a capital city; a club's chairman in apposition; a firm's kind capitalised before its lower-case
words; a hospital, a district, a film's kingdom and a firm's common words that begin with a surname are no person; a
surname and its suffix under the fuller name; the Front's presidium ("Đoàn Chủ tịch") is a body, not a chairman."""

from __future__ import annotations

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(normalize(text))}


def orgs(text: str) -> dict[str, str | None]:
    return {o.name: o.organisation for o in find_officials(normalize(text))}


def test_the_czech_republic_by_its_own_name() -> None:
    assert found("Thủ tướng hoan nghênh việc Tổng thống Cộng hòa Czech Milos Zeman sẽ thăm Việt Nam.") == {
        "Milos Zeman": "Tổng thống Cộng hòa Czech"}
    assert found("Tổng thống Czech Milos Zeman cho biết.") == {"Milos Zeman": "Tổng thống Czech"}


def test_the_friendship_union_and_a_deputy_in_charge_of_a_body() -> None:
    text = "Tại buổi lễ, Phó Chủ tịch phụ trách Liên hiệp các tổ chức hữu nghị Việt Nam Đôn Tuấn Phong đã công bố."
    assert found(text) == {"Đôn Tuấn Phong": "Phó Chủ tịch phụ trách Liên hiệp các tổ chức hữu nghị Việt Nam"}
    assert orgs(text) == {"Đôn Tuấn Phong": "Liên hiệp các tổ chức hữu nghị Việt Nam"}
    assert orgs("Ông Phùng Phú Phong, Phó Giám đốc phụ trách Sở Xây dựng TP cho biết.") == {
        "Phùng Phú Phong": "Sở Xây dựng TP"}
    # a foreign name closing the body's Vietnamese words is its holder's, not the body's
    text = "Tổng Chưởng lý Mohamed Apandi bin Ali, Bộ trưởng phụ trách Hội đồng An ninh Quốc gia Shahidan Bin Kassim."
    assert found(text) == {"Mohamed Apandi bin Ali": "Tổng Chưởng lý",
                           "Shahidan Bin Kassim": "Bộ trưởng phụ trách Hội đồng An ninh Quốc gia"}
    assert orgs(text)["Shahidan Bin Kassim"] == "Hội đồng An ninh Quốc gia"
    # "phụ trách" as a verb after a name is still no post
    assert found("Ông Nguyễn Văn An phụ trách Phòng Kế hoạch từ năm ngoái.") == {}


def test_an_ambassador_posted_to_a_capital_city() -> None:
    assert found("Đại sứ Anh tại Tripoli, Peter Millett cho biết đã nghe thấy nhiều tiếng nổ.") == {
        "Peter Millett": "Đại sứ Anh tại Tripoli"}
    assert found("Đại sứ Nga tại Washington Sergei Kislyak đã gặp ông Flynn.") == {
        "Sergei Kislyak": "Đại sứ Nga tại Washington"}
    # the embassy is no one
    assert found("Đại sứ quán Anh tại Bắc Kinh cho biết.") == {}


def test_a_clubs_chairman_in_apposition() -> None:
    assert found("Chia sẻ trên A Punt, chủ tịch Villarreal, Fernando Roig, không ngần ngại chĩa mũi dùi.") == {
        "Fernando Roig": "chủ tịch Villarreal"}
    assert found("Chủ tịch Valencia, Anil Murthy, cũng đưa ra quan điểm.") == {"Anil Murthy": "Chủ tịch Valencia"}
    # clubs listed after the post are no one
    assert found("Chủ tịch Valencia, Real Madrid và Barcelona đã họp với UEFA.") == {}


def test_a_firms_kind_capitalised_before_its_lower_case_words() -> None:
    text = ("Giám đốc Điều hành Công ty thương mại điện tử Shopify Tobias Lütke, Giám đốc Điều hành Michael Katchen "
            "của Công ty quản lý đầu tư trực tuyến Wealthsimple")
    assert found(text)["Tobias Lütke"] == "Giám đốc Điều hành Công ty thương mại điện tử Shopify"
    # the firm's own word ends it, the rest is its head's name
    assert found("Giám đốc điều hành hãng hàng không Qatar Airways Akbar Al Baker cho biết.") == {
        "Akbar Al Baker": "Giám đốc điều hành hãng hàng không Qatar Airways"}


def test_names_that_begin_with_a_surname_but_are_no_person() -> None:
    assert found("Về trường hợp Giám đốc bệnh viện Bạch Mai Nguyễn Quang Tuấn, người đang có dư luận.") == {
        "Nguyễn Quang Tuấn": "Giám đốc bệnh viện Bạch Mai"}
    assert found("Trao đổi với báo, ông Nguyễn Văn Quỳnh, Giám đốc Công ty Cổ phần Chế biến và Xuất khẩu Nông Sản Việt,"
                 " đánh giá chưa năm nào khó như năm nay.") == {
        "Nguyễn Văn Quỳnh": "Giám đốc Công ty Cổ phần Chế biến và Xuất khẩu Nông Sản Việt"}
    assert found("Sau khi nắm được sự việc, Trưởng phòng GD&ĐT Yên Mô đã cử cán bộ xuống.") == {}
    assert found("Tổng cục TDTT đã gút danh sách 10 Phó Trưởng đoàn Đoàn Thể thao Việt Nam xuống còn 2.") == {}
    assert found("Chu Lâm đóng vai quốc vương Tây Lương nữ quốc trong phim.") == {}
    text = ("Công ty Kaspersky Lab bổ nhiệm ông Stephan Neumeier làm Giám đốc điều hành của Kaspersky Lab khu vực châu Á."
            "\nÔng Stephan Neumeier, tân Giám đốc điều hành Kaspersky Lab châu Á Thái Bình Dương. Trong thông tin công bố.")
    assert found(text) == {"Stephan Neumeier": "tân Giám đốc điều hành Kaspersky Lab châu Á Thái Bình Dương"}


def test_a_surname_and_its_suffix_under_the_fuller_name() -> None:
    assert found("Thủ tướng Nguyễn Xuân Phúc đã tiếp ông Robert H. McCooey Jr, Phó Chủ tịch Sàn chứng khoán NASDAQ,"
                 " Mỹ.") == {"Nguyễn Xuân Phúc": "Thủ tướng", "Robert H. McCooey Jr": "Phó Chủ tịch Sàn chứng khoán NASDAQ"}


def test_the_fronts_presidium_is_a_body() -> None:
    assert found("Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam Nguyễn Văn Túc phát biểu.") == {
        "Nguyễn Văn Túc": "Ủy viên Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam"}
    assert found("Ông Trần Bạch Đằng từng là Bí thư Thành ủy Sài Gòn, Ủy viên Đoàn Mặt trận Dân tộc giải phóng.") == {
        "Trần Bạch Đằng": "Bí thư Thành ủy Sài Gòn"}


def test_a_department_in_lower_case_by_its_acronym() -> None:
    assert found("Ngày 26.5, Giám đốc sở GTVT Kon Tum Nguyễn Hữu Hùng cho biết, đơn vị đã ra văn bản.") == {
        "Nguyễn Hữu Hùng": "Giám đốc sở GTVT Kon Tum"}
    assert found("Giám đốc sở KH-ĐT tỉnh Lạng Sơn Dương Công Vĩ cho biết.") == {
        "Dương Công Vĩ": "Giám đốc sở KH-ĐT tỉnh Lạng Sơn"}
    # "sở" as a word of its own before an acronym names no body
    assert found("Ông có sở GTVT riêng.") == {}


def test_an_interim_or_acting_holder() -> None:
    assert found("Chủ tịch lâm thời Raluca Turcan của đảng PNL cho biết.") == {"Raluca Turcan": "Chủ tịch lâm thời"}
    assert found("Tổng thống tạm quyền Michel Temer cho biết.") == {"Michel Temer": "Tổng thống tạm quyền"}


def test_a_post_in_apposition_after_a_saying_verb_and_a_name_in_brackets() -> None:
    assert found("Tổng thống Moon cho biết Hiệu trưởng Đại học Ajou, ông Kim Dong-yeon (Kim Đông Yiên) được bổ nhiệm.") == {
        "Kim Dong-yeon": "Hiệu trưởng Đại học Ajou"}
    assert found("Ông nói rằng Giám đốc Sở Y tế, ông Nguyễn Văn An đã ký.") == {"Nguyễn Văn An": "Giám đốc Sở Y tế"}
    # two posts listed after the verb are no one's
    assert found("Ông cho biết Giám đốc Sở Y tế, Phó Giám đốc Sở Tài chính đã họp.") == {}
    # places in brackets after two names are no alias
    assert found("Giám đốc Sở, ông A (Hà Nội) và ông B (Huế) đã họp.") == {}


def test_the_head_of_a_body_then_the_holder_after_a_comma() -> None:
    assert found("Người đứng đầu Lực lượng Cảnh sát Anh, ông Mark Rowley vừa đưa ra tuyên bố.") == {
        "Mark Rowley": "Người đứng đầu Lực lượng Cảnh sát Anh"}
    # not after a verb that makes the post another person's object
    assert found("Ông gặp người đứng đầu Lực lượng Cảnh sát Anh, ông Mark Rowley vừa đến.") == {}


def test_a_post_after_a_photos_credit_glued_to_it() -> None:
    from briefing_tui.search.extract.pipeline import enrich
    from briefing_tui.search.inputs import RawRecord

    def officials(body: str) -> dict[str, str]:
        record = RawRecord(id="x", origin="test", text=body, where="test", title="Tin", date="2017-05-01")
        return {o.name: o.title for o in enrich(record).officials}

    # the credit is blanked before officials are read; the post after it opens the next sentence
    assert officials("Ghế ngồi cho khán giả Ảnh: HẢI ANH Chủ tịch CLB Hà Nội, ông Nguyễn Quốc Hội, cho biết các bên.") == {
        "Nguyễn Quốc Hội": "Chủ tịch CLB Hà Nội"}
    assert officials("Các nạn nhân. Ảnh: Phước Ngọc/TTXVN Chủ tịch UBND xã Nghĩa Thọ, ông Phạm Vương cho biết.") == {
        "Phạm Vương": "Chủ tịch UBND xã Nghĩa Thọ"}
    # a heading run on with two spaces ends where the next sentence's post begins
    assert found("Inter tự tin mua được Ronaldo  Giám đốc thể thao của Inter Milan, ông Piero Ausilio cho hay.") == {
        "Piero Ausilio": "Giám đốc thể thao của Inter Milan"}
