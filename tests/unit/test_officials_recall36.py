"""Officials round of session 53 (blind officials golds 743 and 745, read after their blind score): a name after a
photo's agency credit; a lieutenant's or captain's rank opening the clause; a county after a post."""

from __future__ import annotations

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.clean import credit_spans
from briefing_tui.search.extract.officials import find_officials
from briefing_tui.search.extract.pipeline import enrich
from briefing_tui.search.inputs import RawRecord


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(normalize(text))}


def test_a_name_after_a_photo_credit_of_an_agency() -> None:
    text = ("Khách sạn chỉ còn là đống đổ nát. Ảnh: Reuters Abdi Bashir, cảnh sát trưởng khu vực, thông tin trên "
            "Reuters, lực lượng an ninh đã giành lại quyền kiểm soát. Xe chở kẻ đánh bom chỉ còn trơ khung. Ảnh: "
            "Reuters Ahmed Mohamud Adow, người phát ngôn Bộ Nội vụ Somalia, cho biết có 19 người chết.")
    assert found(text) == {"Abdi Bashir": "cảnh sát trưởng",
                           "Ahmed Mohamud Adow": "người phát ngôn Bộ Nội vụ Somalia"}
    article = enrich(RawRecord(id="t", origin="t.txt", text="Vụ đánh bom ở Mogadishu\n\n" + text, where="t.txt"))
    assert {o.name for o in article.officials} == {"Abdi Bashir", "Ahmed Mohamud Adow"}


def test_an_agency_credit_ends_at_the_agency() -> None:
    line = "Hiện trường vụ nổ. Ảnh: Reuters Abdi Bashir, cảnh sát trưởng khu vực, cho biết."
    assert [line[a:b].strip() for a, b in credit_spans(line)] == ["Ảnh: Reuters"]
    line = "Hiện trường vụ nổ. Ảnh: Trần Thanh Hùng"
    assert [line[a:b].strip() for a, b in credit_spans(line)] == ["Ảnh: Trần Thanh Hùng"]


def test_a_lieutenant_opens_the_clause() -> None:
    text = "Thiếu úy Kristine Rascicot, người phát ngôn của Thủy quân Lục chiến Mỹ, xác nhận máy bay rơi là một chiếc KC-130."
    assert found(text) == {"Kristine Rascicot": "người phát ngôn của Thủy quân Lục chiến Mỹ"}


def test_a_county_after_a_post() -> None:
    assert found("Ông Will Gnemi, quan chức hạt Leflore, cho hay họ đang tìm kiếm nạn nhân.") == {
        "Will Gnemi": "quan chức hạt Leflore"}
    assert found("Cảnh sát trưởng hạt Genesee Robert Pickell cho biết.") == {
        "Robert Pickell": "Cảnh sát trưởng hạt Genesee"}
    # a forest rangers' unit is named "Hạt", no county
    assert found("Ông Lèng Ngọc Đửng - Hạt trưởng Hạt Kiểm lâm huyện Bắc Quang (Hà Giang) đã lên tiếng.") == {
        "Lèng Ngọc Đửng": "Hạt trưởng"}


# Round 2 (the pooled golds' misses, blind golds 751 and 753 read after their score)

def test_after_theo_a_post_whose_body_follows_cua() -> None:
    text = "Theo Michael Dunne, CEO của công ty tư vấn ô tô ZoZo Go, không nhà sản xuất xe điện nào có thể cạnh tranh."
    assert found(text) == {"Michael Dunne": "CEO của công ty tư vấn ô tô ZoZo Go"}
    assert not found("Theo John Smith, Tổng thống Mỹ có quyền làm vậy.")


def test_a_home_or_a_trade_between_the_age_and_the_post() -> None:
    text = ("Công an đã bắt tạm giam đối với Bùi Mạnh Quốc (31 tuổi, quê Bắc Ninh, Giám đốc Công ty TNHH Trâm Anh) để "
            "điều tra; đơn tố cáo Trần Đình Chiến (41 tuổi, công chứng viên, Trưởng văn phòng Công chứng An Phát).")
    assert set(found(text)) == {"Bùi Mạnh Quốc", "Trần Đình Chiến"}
    assert not found("Bắt Nguyễn Văn A (31 tuổi, quê Bắc Ninh, con trai ông B, Giám đốc Công ty X).")


def test_a_committee_of_a_foreign_chamber() -> None:
    text = "Chủ tịch Ủy ban Quốc phòng và An ninh của Hội đồng Liên bang Nga Viktor Ozerov nói với Sputnik."
    assert found(text) == {"Viktor Ozerov": "Chủ tịch Ủy ban Quốc phòng và An ninh của Hội đồng Liên bang Nga"}


def test_a_credit_ends_before_a_degree_or_a_trade() -> None:
    line = "Xây bể bơi. Ảnh: Tuệ Nhi TS Lê Ngọc Quang – Phó Giám đốc Sở GDĐT Hà Nội - đánh giá, xây dựng là cần thiết."
    assert [line[a:b].strip() for a, b in credit_spans(line)] == ["Ảnh: Tuệ Nhi"]
    line = "Sản phẩm. Ảnh: Trương Hồng Kỹ sư Trương Thị Phương Lan - Phó Chủ tịch Công ty Sâm Sâm cho rằng."
    assert [line[a:b].strip() for a, b in credit_spans(line)] == ["Ảnh: Trương Hồng"]
    article = enrich(RawRecord(id="t", origin="t.txt", where="t.txt", text=(
        "Bể bơi thông minh ở Hà Nội\n\nBể bơi được xây tại trường. Ảnh: Tuệ Nhi TS Lê Ngọc Quang – Phó Giám đốc Sở GDĐT "
        "Hà Nội - đánh giá, xây dựng bể bơi là cần thiết.")))
    assert [(o.name, o.title) for o in article.officials] == [("Lê Ngọc Quang", "Phó Giám đốc Sở GDĐT Hà Nội")]


def test_a_body_ending_in_its_country_before_the_holder() -> None:
    text = "Thứ trưởng Bộ Nông Lâm Lào Khămbunnắt Xaynhạnôm trình bày tham luận về thực tiễn quản lý đất đai."
    assert found(text) == {"Khămbunnắt Xaynhạnôm": "Thứ trưởng Bộ Nông Lâm Lào"}
    # a given name that is also a country's ("Mỹ", "Anh") still ends a name, a word glued after it or not
    assert any(n.startswith("Trần Tuấn Anh") for n in found("Tại hội nghị, Bộ trưởng Trần Tuấn Anh Hôm qua đã nói."))
    assert found("Ông Chu Phú Mỹ, Giám đốc Sở NN&PTNT Hà Nội Chu Phú Mỹ Khoảng 2.000 người đã tham gia.") == {
        "Chu Phú Mỹ": "Giám đốc Sở NN&PTNT Hà Nội"}


# Round 5 (blind golds 751 and 753 read after their score)

def test_a_general_named_after_the_comma() -> None:
    text = "Chủ tịch Hội đồng tham mưu trưởng liên quân Mỹ, tướng Joseph Dunford cho biết Mỹ sẽ đáp trả."
    assert found(text) == {"Joseph Dunford": "Chủ tịch Hội đồng tham mưu trưởng liên quân Mỹ"}


def test_a_lower_case_post_then_a_dash_and_ba() -> None:
    text = "Năm 2007, chủ tịch hãng phim Vifa - bà Hoàng Thanh Diệu từng trả lời phỏng vấn rằng phim sẽ lỗ."
    assert found(text) == {"Hoàng Thanh Diệu": "chủ tịch hãng phim Vifa"}


def test_two_syllables_and_a_province_are_a_firm() -> None:
    text = "Ông Đoàn Nguyên Đức - Chủ tịch Hội đồng Quản trị Hoàng Anh Gia Lai, cho hay công ty sẽ xuất khẩu trái cây."
    assert set(found(text)) == {"Đoàn Nguyên Đức"}
    assert not found("Vì vậy, Ban Tổng Giám đốc Hoàng Anh Gia Lai nhận thấy rằng rủi ro đã giảm.")
    assert found("Bí thư Tỉnh ủy Gia Lai Hồ Văn Niên cho biết.") == {"Hồ Văn Niên": "Bí thư Tỉnh ủy Gia Lai"}
    assert found("Theo ĐB Phan Thị Bình Thuận (TP.HCM), phân bón là một trong những vấn đề.") == {
        "Phan Thị Bình Thuận": "ĐB"}
