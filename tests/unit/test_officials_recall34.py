"""Officials round of session 51 (blind officials golds 699 and 701, read after their blind score; and the pooled
golds' misses): deputies listed with their provinces in brackets; a traffic police team named by its place; a king by
his father's name; a one-word name, then a post after a dash; the head of a body written in lower case up to a firm
or a place; an officer's arm and country before the name; a name glued to the common word after it; a body's
acronym and its country before a foreign name."""

from __future__ import annotations

import pytest

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import _tokens, find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(normalize(text))}


def test_deputies_listed_with_their_provinces() -> None:
    text = ("Nhiều ý kiến cho rằng cần làm rõ. Đại biểu Nguyễn Ngọc Phương (Quảng Bình); Cao Thị Xuân (Thanh Hóa); "
            "Nguyễn Thị Phúc (Bình Thuận); Nguyễn Thị Kim Thúy (Đà Nẵng);... chất vấn về nội dung.")
    assert found(text) == dict.fromkeys(
        ("Nguyễn Ngọc Phương", "Cao Thị Xuân", "Nguyễn Thị Phúc", "Nguyễn Thị Kim Thúy"), "Đại biểu")
    text = "Đại biểu Nguyễn Ngọc Phương (Quảng Bình), Cao Thị Xuân (tỉnh Thanh Hóa) chất vấn."
    assert set(found(text)) == {"Nguyễn Ngọc Phương", "Cao Thị Xuân"}


@pytest.mark.parametrize("text", [
    # a name without its province is not listed: nothing says it is a deputy's
    "Đại biểu Nguyễn Ngọc Phương (Quảng Bình); Cao Thị Xuân và nhiều người khác chất vấn.",
    # nor one whose bracket holds no province
    "Đại biểu Nguyễn Ngọc Phương (Quảng Bình), Cao Thị Xuân (SN 1975) chất vấn.",
])
def test_a_list_needs_each_province(text: str) -> None:
    assert set(found(text)) == {"Nguyễn Ngọc Phương"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Trung tá Trương Trần Minh Tuấn, Đội trưởng Đội CSGT An Lạc chia sẻ vì mức phạt cao.",
     {"Trương Trần Minh Tuấn": "Đội trưởng Đội CSGT An Lạc"}),
    ("Đội trưởng Đội CSGT Bàn Cờ Nguyễn Văn Bình cho biết.", {"Nguyễn Văn Bình": "Đội trưởng Đội CSGT Bàn Cờ"}),
    ("Đội trưởng Đội CSGT Nguyễn Văn Bình cho biết.", {"Nguyễn Văn Bình": "Đội trưởng Đội CSGT"}),
])
def test_a_traffic_police_team_is_named_by_its_place(text: str, expected: dict[str, str]) -> None:
    assert found(text) == expected


def test_a_king_by_his_fathers_name() -> None:
    text = "Tại đây, ông sẽ gặp gỡ các lãnh đạo. Vua Salman bin Abdulaziz al Saud sẽ đón các nguyên thủ."
    assert found(text) == {"Salman bin Abdulaziz al Saud": "Vua"}
    assert found("Ông là vua George khi đó.") == {}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ông Domenicali – Giám đốc điều hành Lamborghini trong buổi phỏng vấn đã chia sẻ.",
     {"Domenicali": "Giám đốc điều hành"}),
    ("Trao đổi với VietNamNet, ông Thướt - Tổ trưởng tổ dân phố 3, thị trấn A Lưới xác nhận.",
     {"Thướt": "Tổ trưởng tổ dân phố 3"}),
    # the one full name the article writes ending with the given name
    ("Ông Nguyễn Văn Minh cho biết. Theo ông Minh - Chủ tịch UBND xã Hòa Bình, việc này là đúng.",
     {"Nguyễn Văn Minh": "Chủ tịch UBND xã Hòa Bình"}),
    # two such: the given name as written
    ("Ông Nguyễn Văn Minh và ông Lê Minh cho biết. Theo ông Minh - Chủ tịch UBND xã Hòa Bình, việc này là đúng.",
     {"Minh": "Chủ tịch UBND xã Hòa Bình"}),
    ("Sinh sống ở Bà Rịa - Vũng Tàu nhiều năm, ông Mây - Tân Uyên cho biết.", {}),
])
def test_one_word_then_a_post_after_a_dash(text: str, expected: dict[str, str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Tên lửa di chuyển. Matthew Ketner, người đứng đầu dự án laser năng lượng cao của công ty Raytheon, cho biết.",
     "Matthew Ketner", "người đứng đầu dự án laser năng lượng cao của công ty Raytheon"),
    ("Đại tá không quân Indonesia Didik Krisyanto, người đứng đầu căn cứ không quân ở Tarakan, một thị trấn nhỏ.",
     "Didik Krisyanto", "người đứng đầu căn cứ không quân ở Tarakan"),
])
def test_the_head_of_a_body_in_lower_case(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


def test_a_name_glued_to_the_word_after_it() -> None:
    assert found("Giám đốc Sở Y tế TPHCM Nguyễn Tấn Bỉnhcho biết, ông Bỉnh đã ký.") == {
        "Nguyễn Tấn Bỉnh": "Giám đốc Sở Y tế TPHCM"}
    assert found("Thứ trưởng Ngoại giao Nguyễn Quốc Dũngcũng chia sẻ quan điểm.") == {
        "Nguyễn Quốc Dũng": "Thứ trưởng Ngoại giao"}
    # split only where the first part is a Vietnamese syllable with a mark: foreign words stay whole
    assert [t.text for t in _tokens("Ông Nguyễn Tấn Bỉnhcho biết")][-3:] == ["Bỉnh", "cho", "biết"]
    assert [t.text for t in _tokens("Sun World Halong và Vân Đồn")][:3] == ["Sun", "World", "Halong"]
    assert [t.text for t in _tokens("Thành phố Hạ Long có")][:4] == ["Thành", "phố", "Hạ", "Long"]


def test_a_bodys_acronym_and_its_country() -> None:
    assert found("Trong chuyến thăm với Chủ tịch LĐBĐ Myanmar Zaw Zaw hôm qua.") == {"Zaw Zaw": "Chủ tịch LĐBĐ Myanmar"}
    assert found("Tổng thư ký NATO Jens Stoltenberg nói.") == {"Jens Stoltenberg": "Tổng thư ký NATO"}


def test_an_apostrophe_inside_a_foreign_name() -> None:
    text = "Hợp tác là quan trọng. Melissa O’Malley, giám đốc kế hoạch toàn cầu tại PayPal, cho biết."
    assert set(found(text)) == {"Melissa O’Malley"}
    assert set(found("Ông đã gặp Thống đốc New York Kathy O'Brien hôm qua.")) == {"Kathy O'Brien"}
    # a listed holder's name, then the next person's: two names, not one of four words
    text = "Báo dẫn lời cố vấn an ninh quốc gia Tổng thống Mỹ Donald Trump Robert O’Brien cho hay Washington sẽ trang bị."
    assert found(text).get("Donald Trump") == "Tổng thống Mỹ"
    assert "Donald Trump Robert O’Brien" not in found(text)


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Đây là ưu tiên của GĐ thể thao Patrick Kluivert. Giữa lúc đó.", "Patrick Kluivert", "GĐ thể thao"),
    ("Thông tin được đưa ra sau khi Giám đốc kinh doanh Emil Michael từ chức hôm 12/6.", "Emil Michael",
     "Giám đốc kinh doanh"),
    ("Ông gặp giám đốc sáng tạo Raf Simons hôm qua.", "Raf Simons", "giám đốc sáng tạo"),
])
def test_a_director_by_what_they_direct(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


def test_a_communications_director_of_a_president_leaves_the_president_his_post() -> None:
    text = ("Ông Mike Dubke, giám đốc truyền thông của Tổng thống Donald Trump, đã quyết định từ chức. Ông làm việc trong "
            "chính phủ của Tổng thống Mỹ Donald Trump.")
    assert found(text).get("Donald Trump") == "Tổng thống Mỹ"


@pytest.mark.parametrize("text", [
    "Trước đó, thẩm phán thành phố Seattle James Robart hôm 3/2 đã ra quyết định.",
    "Tổng thống Donald Trump, vốn bị thẩm phán liên bang thành phố Seattle James Robart ngăn chặn trước đó.",
    "Thẩm phán liên bang ở Seattle James Robart ngày 3.2 đã tạm thời dỡ bỏ lệnh cấm.",
])
def test_a_judge_of_a_city_then_the_name(text: str) -> None:
    assert "Seattle" in found(text)["James Robart"]
    assert found("Chủ tịch UBND thành phố Đà Nẵng Huỳnh Đức Thơ nói.") == {
        "Huỳnh Đức Thơ": "Chủ tịch UBND thành phố Đà Nẵng"}
    assert found("Ông gặp thị trưởng thành phố New York Bill de Blasio hôm qua.") == {
        "Bill de Blasio": "thị trưởng thành phố New York"}
    text = "Trả lời phỏng vấn, Giám đốc công nghệ của Ferrari - Michael Hugo Leiters cho biết: \"Về mặt kỹ thuật\"."
    assert set(found(text)) == {"Michael Hugo Leiters"}


def test_bodies_read_whole_before_a_foreign_name() -> None:
    assert found("Có mặt Tư lệnh Lực lượng vũ trang Hadi Tjahjanto hôm qua.") == {
        "Hadi Tjahjanto": "Tư lệnh Lực lượng vũ trang"}
    text = "Nhiều người nhíu mày khi nghe ông Ashok Sud, Tổng giám đốc Standard Chartered tại Việt Nam khi đó, khuyến cáo."
    assert set(found(text)) == {"Ashok Sud"}
    # a title's last words, the body's first line after it
    text = "Chủ tịch nước hội kiến Chủ tịch Chính hiệp Trung Quốc Du Chính Thanh\nChiều 12/5, tại Đại lễ đường."
    assert found(text) == {"Du Chính Thanh": "Chủ tịch Chính hiệp Trung Quốc"}
    assert found("Bộ trưởng Quốc phòng Hàn Quốc Han Min-koo cho biết.") == {"Han Min-koo": "Bộ trưởng Quốc phòng Hàn Quốc"}


def test_a_listed_holders_surname_glued_to_the_next_word() -> None:
    assert found("Chính quyền Tổng thống Donald Trumptin tưởng các cơ quan.") == {"Donald Trump": "Tổng thống"}
    assert found("Tổng Bí thư Nguyễn Phú Trọngmong rằng mối quan hệ tốt đẹp.") == {"Nguyễn Phú Trọng": "Tổng Bí thư"}
    # a foreign word that merely ends like a Vietnamese one stays whole
    assert [t.text for t in _tokens("rapper Khanngoen Nuanual và Sophie Cookson")] == [
        "rapper", "Khanngoen", "Nuanual", "và", "Sophie", "Cookson"]


def test_a_foreign_clubs_name_after_clb() -> None:
    assert found("Chủ tịch CLB Dinamo Zagreb Zdravko Mamic bị cáo buộc.") == {
        "Zdravko Mamic": "Chủ tịch CLB Dinamo Zagreb"}
    assert found("Tổng giám đốc CLB Boeung Ket Be Makara cho biết.") == {"Be Makara": "Tổng giám đốc CLB Boeung Ket"}
    # the club left unnamed: the words after "CLB" are its head's name
    assert set(found("Theo chủ tịch CLB Jean-Michel Aulas, đội bóng sẽ bán.")) == {"Jean-Michel Aulas"}
    assert set(found("Chủ tịch CLB Josep Maria Bartomeu cho biết.")) == {"Josep Maria Bartomeu"}
    assert found("Chủ tịch CLB Sài Gòn Nguyễn Văn An cho biết.") == {"Nguyễn Văn An": "Chủ tịch CLB Sài Gòn"}


def test_chambers_states_consulates_and_typos() -> None:
    text = "Ông gặp Chủ tịch Hạ nghị viện Philippines Alvarez Pantelon; Chủ tịch Quốc hội Timor Leste Aderito Hugo Da Costa."
    assert found(text) == {"Alvarez Pantelon": "Chủ tịch Hạ nghị viện Philippines",
                           "Aderito Hugo Da Costa": "Chủ tịch Quốc hội Timor Leste"}
    text = "Có Tổng Lãnh sự Việt Nam tại Frankfurt Nguyễn Hồng Lĩnh; cán bộ Đại sứ quán."
    assert found(text) == {"Nguyễn Hồng Lĩnh": "Tổng Lãnh sự Việt Nam tại Frankfurt"}
    assert set(found("Ông gặp Chủ tịch Quốc hội bang Hessen Norbert Kartmann hôm qua.")) == {"Norbert Kartmann"}
    assert found("Theo ông Nguyễn Thanh Tuấn, Hiệu trường Trường Tiểu Học Tuy An, trường mở cửa lúc 7h30.") == {
        "Nguyễn Thanh Tuấn": "Hiệu trường Trường Tiểu Học Tuy An"}
    assert found("Thầy Hoàng Ngọc Thanh - Hiệu trường Trường Tiểu học Ngô Gia Tự xúc động cảm ơn.") == {
        "Hoàng Ngọc Thanh": "Hiệu trường Trường Tiểu học Ngô Gia Tự"}
    # the school's board: no title, the school's namesake no one
    assert found("Ban giám hiệu Trường THCS Đặng Trần Côn (quận Tân Phú) cho biết.") == {}


def test_a_name_ending_in_a_provinces_words_a_state_body_and_a_post_then() -> None:
    text = "Ông Nguyễn Gia Thái Bình, Phó Chủ tịch UBND quận Bình Tân, đánh giá cao những ưu điểm."
    assert found(text) == {"Nguyễn Gia Thái Bình": "Phó Chủ tịch UBND quận Bình Tân"}
    text = "Theo Chủ tịch Ủy ban Chứng khoán nhà nước Vũ Bằng, tương lai của thị trường sẽ sáng hơn."
    assert found(text) == {"Vũ Bằng": "Chủ tịch Ủy ban Chứng khoán nhà nước"}
    text = "Tâm khai chi cho ông Trương Văn Phúc (thời điểm đó đang là Phó Chánh thanh tra Sở GTVT) một khoản tiền."
    assert found(text) == {"Trương Văn Phúc": "Phó Chánh thanh tra Sở GTVT"}
