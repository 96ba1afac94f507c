"""Officials rounds of session 36. Round 60 (held-out golds 289 and 291, read as drawn at 6ddd42c: 18/19 and 13/17,
precision 18/23 and 13/14, the false hits company directors on trial, whom the gold leaves out as defendants): a
predecessor addressed "nhà báo" or "đồng chí" after "thay" ("Nhà báo Tạ Bích Loan thay nhà báo Lại Văn Sâm làm
Trưởng ban VTV3": the post went to the predecessor alone), a foreign leader named in three words or more right after
"lãnh đạo" with no country ("cố lãnh đạo Kim Jong Il", "lãnh đạo Kim Jong-un"), and a party committee's member
written as one title between the name and the post ("ông Huỳnh Công Bằng, Đảng ủy viên, Trưởng ban chỉ huy Quân sự
xã"). Round 61 (held-out golds 293 and 295, read as drawn at round 60's rules): a Vietnamese word glued to a
foreign name by a lost space is no part of it ("Angela Merkeltrước khi"). Round 62 (held-out golds 297 and 299): ministries
whose names a dash joins, police teams in lower case or by acronym after their head's post, a body's acronym before a
foreign name, and a name set off by two commas after its post ("Chủ tịch UBND tỉnh Hà Nam, Trương Quốc Huy, đã giao").
Round 63 (held-out golds 301 and 303): a foreign name mid-sentence with its post between two commas."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(text)}


def test_the_successor_after_thay_nha_bao_takes_the_post_the_predecessor_held() -> None:
    names = found("Nhà báo Tạ Bích Loan thay nhà báo Lại Văn Sâm làm Trưởng ban VTV3. Bà vừa nhận nhiệm vụ mới.")
    assert names == {"Tạ Bích Loan": "Trưởng ban", "Lại Văn Sâm": "Trưởng ban"}
    comrades = found("Đồng chí Nguyễn Văn Hùng thay đồng chí Trần Văn Bình làm Bí thư Tỉnh ủy Nghệ An.")
    assert comrades == dict.fromkeys(["Nguyễn Văn Hùng", "Trần Văn Bình"], "Bí thư Tỉnh ủy Nghệ An")


@pytest.mark.parametrize(("text", "name"), [
    ("Anh bị bắt vì đánh cắp áp phích tuyên truyền về cố lãnh đạo Kim Jong Il.", "Kim Jong Il"),
    ("Hôm qua, lãnh đạo Kim Jong-un đã thị sát một nhà máy.", "Kim Jong-un"),
])
def test_a_leader_named_in_three_words_with_no_country(text: str, name: str) -> None:
    assert found(text) == {name: "lãnh đạo"}


@pytest.mark.parametrize("text", [
    "Ông được lãnh đạo Real Madrid tin tưởng.",  # a club: two words
    "Saif al-Islam Gaddafi, con trai cố lãnh đạo Lybia Gaddafi, được trả tự do.",  # a misspelt country, two words
    "Nga đang điều tra xem liệu lãnh đạo Abu Bakr al-Baghdadi của IS có phải đã chết.",  # an armed group's
])
def test_no_leader_where_the_words_are_a_club_a_misspelt_country_or_an_armed_group(text: str) -> None:
    assert found(text) == {}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Tham dự có ông Huỳnh Công Bằng, Đảng ủy viên, Trưởng ban chỉ huy Quân sự xã.", "Huỳnh Công Bằng", "Trưởng ban"),
    ("Ông Lê Minh Trung, Thành ủy viên, Bí thư Quận ủy quận 1 phát biểu.", "Lê Minh Trung",
     "Bí thư Quận ủy quận 1"),
    ("Ông Trương Đạt, Tỉnh uỷ viên, Phó Giám đốc Công an tỉnh Quảng Nam cho biết.", "Trương Đạt",
     "Phó Giám đốc Công an tỉnh Quảng Nam"),
])
def test_a_committee_member_title_between_the_name_and_the_post(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


def test_a_vietnamese_word_glued_to_a_foreign_name_is_no_part_of_it() -> None:
    """Round 61 (held-out golds 293 and 295, read as drawn at round 60's rules: 10/10 and 23/28, precision 10/10 and
    23/24): a space lost in the source glued "trước" to "Merkel"; the name was filed as "Angela Merkeltrước"."""
    names = found("Tân Tổng thống Pháp Emmanuel Macron chào đón Thủ tướng Đức Angela Merkeltrước khi bắt tay Tổng thống"
                  " Mỹ Donald Trump.")
    assert names == {"Emmanuel Macron": "Tổng thống Pháp", "Donald Trump": "Tổng thống Mỹ"}
    lao = found("Ông Mệchxavẳn Phômphithắc, Chủ tịch Hội đồng nhân dân tỉnh Chămpaxắc, phát biểu.")
    assert list(lao) == ["Mệchxavẳn Phômphithắc"]  # a Lao name spelt the Vietnamese way is kept whole


ROUND_62 = [
    # a ministry whose name a dash joins, the words after it in either case
    ("Rất lạc hậu - Bộ trưởng Bộ Giao thông - vận tải Trương Quang Nghĩa phát biểu sau phiên thảo luận.",
     "Trương Quang Nghĩa", "Bộ trưởng Bộ Giao thông - vận tải"),
    ("Thứ trưởng Bộ Văn hóa - Thể thao và Du lịch Lê Khánh Hải cho biết.", "Lê Khánh Hải",
     "Thứ trưởng Bộ Văn hóa - Thể thao và Du lịch"),
    # a police team in lower case or by its acronym after its head's post
    ("Theo trung tá Lê Tú - Đội trưởng đội cảnh sát giao thông Số 3 (Công an Thành phố Hà Nội) cho biết.", "Lê Tú",
     "Đội trưởng đội cảnh sát giao thông Số 3"),
    ("Trung tá Thiều Mạnh Ngọc, Đội trưởng đội CSGT số 1, cho Zing.vn biết.", "Thiều Mạnh Ngọc",
     "Đội trưởng đội CSGT số 1"),
    ("Trung tá Mai Thống Nhất, đội trưởng đội hình sự đặc nhiệm nhận định đây là nhóm cướp.", "Mai Thống Nhất",
     "đội trưởng đội hình sự đặc nhiệm"),
    # a body's words and its acronym, then a foreign name
    ("Tại phiên khai mạc, Chủ tịch Hội đồng PECC Donald Campbell cũng có phát biểu.", "Donald Campbell",
     "Chủ tịch Hội đồng PECC"),
    # a post, a comma, a name set off by a second comma, and the sentence going on
    ("Tại cuộc họp, Chủ tịch UBND tỉnh Hà Nam, Trương Quốc Huy, đã giao Công an tỉnh rà soát.", "Trương Quốc Huy",
     "Chủ tịch UBND tỉnh Hà Nam"),
    ("Tuy nhiên, người phát ngôn Lầu Năm Góc, Jeff Davis, cho biết chính quyền đã không hành động.", "Jeff Davis",
     "người phát ngôn Lầu Năm Góc"),
    ("Thị trưởng PyeongChang, Lee Seok-rae, nhận cờ Olympic.", "Lee Seok-rae", "Thị trưởng PyeongChang"),
]


@pytest.mark.parametrize(("text", "name", "title"), ROUND_62)
def test_round_62_found_with_their_post(text: str, name: str, title: str) -> None:
    """Round 62 (held-out golds 297 and 299, read as drawn at round 61's rules: 25/28 and 11/16, precision 25/25 and
    11/11)."""
    assert found(text) == {name: title}


@pytest.mark.parametrize("text", [
    "Wayne Rooney, đội trưởng đội tuyển Anh, cho biết.",  # a side's captain
    "Chủ tịch UBND tỉnh, Nguyễn Văn Hùng, Trần Văn Bình, Lê Văn Nam đã dự.",  # a list of names, no one's post
])
def test_no_post_for_a_captain_or_for_names_listed_after_a_post(text: str) -> None:
    assert found(text) == {}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Gương mặt của anh giống Donald Trump, Tổng thống Mỹ, hơn là người khác.", "Donald Trump", "Tổng thống Mỹ"),
    ("Bức thư gửi tới John McCain, Chủ tịch Ủy ban Quân vụ Thượng viện, đã được công bố.", "John McCain",
     "Chủ tịch Ủy ban Quân vụ Thượng viện"),
    ("Nhưng Louise Shimmel, giám đốc điều hành Trung tâm Cascades Raptor, nơi chuyên nghiên cứu chim, cho biết.",
     "Louise Shimmel", "giám đốc điều hành Trung tâm Cascades Raptor"),
])
def test_a_foreign_name_mid_sentence_with_its_post_set_off_by_two_commas(text: str, name: str, title: str) -> None:
    """Round 63 (held-out golds 301 and 303, read as drawn at d6b2a0a: 24/28 and 11/14, precision 25/25 and 11/11): a
    foreign name in the middle of a sentence and its post between two commas, the sentence going on in lower case;
    before, a foreign name needed to open its clause."""
    assert found(text).get(name) == title


@pytest.mark.parametrize("text", [
    # the tail of a capitalised run: the country's last word read as the name's first
    "Chủ nhân nổi tiếng gồm Nhà vua Na Uy Olav V, Tổng thống Nam Tư Josip Broz Tito, hay John Lennon.",
    # the post goes to the person named after the second comma
    "Theo tin từ Daily Mail, chủ tịch Benfica, ông Luis Filipe Vieira đã có mặt.",
])
def test_no_mid_sentence_apposition_for_a_run_tail_or_a_post_followed_by_its_holder(text: str) -> None:
    names = found(text)
    assert "Uy Olav V" not in names and "Daily Mail" not in names


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Năm 2015, CEO Qatar Airways - Akbar Al Baker từng cho biết ông không e ngại.", "Akbar Al Baker",
     "CEO Qatar Airways"),
    ("Năm 2015, Chủ tịch Real Madrid - Florentino Perez từng cho biết ông không e ngại.", "Florentino Perez",
     "Chủ tịch Real Madrid"),
])
def test_a_firm_or_club_head_named_after_a_dash(text: str, name: str, title: str) -> None:
    """Round 63 (held-out gold 303): a company's or a club's head named after its body and a dash, as a minister
    after a country was ("Bộ trưởng Quốc phòng Malaysia - Hishammuddin Hussein")."""
    assert found(text) == {name: title}


def test_a_national_assembly_committee_whose_name_holds_a_comma() -> None:
    """Round 64 (held-out golds 307 and 309, read as drawn at f9dd954: 15/21 and 28/32, precision 15/16 and 28/28): the
    committee's comma had ended its name, and no one was read after "Ngân sách của Quốc hội"."""
    names = found("Quốc hội biểu quyết sau khi nghe Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội Nguyễn Đức Hải"
                  " trình bày báo cáo.")
    assert names == {"Nguyễn Đức Hải": "Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội"}


def test_the_joint_chiefs_chairman_with_liên_quân_capitalised() -> None:
    """Round 65 (held-out golds 311 and 313, read as drawn at 8e68c1d: 26/30 and 16/18, precision 26/27 and 16/16):
    a capitalised "Liên quân" had ended the body, and no one was read after it."""
    names = found("Chủ tịch Hội đồng Tham mưu trưởng Liên quân Mỹ Joseph Dunford cho biết đang tìm cách.")
    assert names == {"Joseph Dunford": "Chủ tịch Hội đồng Tham mưu trưởng Liên quân Mỹ"}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Theo đó, Giám đốc Trung tâm Kiểm soát bệnh tật Nguyễn Văn Hùng cho biết.", "Nguyễn Văn Hùng",
     "Giám đốc Trung tâm Kiểm soát bệnh tật"),
    ("Bộ trưởng Bộ Giao thông vận tải Trương Quang Nghĩa phát biểu.", "Trương Quang Nghĩa",
     "Bộ trưởng Bộ Giao thông vận tải"),
    ("Cục trưởng Cục Khám chữa bệnh Lương Ngọc Khuê cho biết.", "Lương Ngọc Khuê", "Cục trưởng Cục Khám chữa bệnh"),
])
def test_a_body_whose_name_goes_on_in_lower_case_before_its_heads_name(text: str, name: str, title: str) -> None:
    """Round 66 (held-out golds 315 and 317, read as drawn at 16f22d6: 31/34 and 19/24, precision 31/31 and 19/19; found
    probing their miss "Giám đốc Trung tâm Dự báo quân sự Anatoly Tsyganok", which stays missed, as both scores do): a
    body's capitalised words, then lower-case ones, then its head's full name; before, the body ended at the first
    lower-case word and no one was read."""
    assert found(text) == {name: title}


@pytest.mark.parametrize("text", [
    "Giám đốc Sở Y tế thăm hỏi Nguyễn Văn Hùng và gia đình.",  # a verb, then someone else
    "Bí thư Tỉnh ủy Quảng Bình tặng hoa chúc mừng Nguyễn Văn Hùng.",
    "Tổng giám đốc Bệnh viện tư nhân Hoàng Viết Thắng là bà Nguyễn Thị Hiền.",  # a hospital named after a person
    "Chủ tịch HĐQT Công ty cổ phần Ánh Dương Việt Nam là ông Đặng Phước Thành.",  # a company named like one
])
def test_no_lower_case_body_before_an_object_or_a_body_named_like_a_person(text: str) -> None:
    names = found(text)
    assert "Nguyễn Văn Hùng" not in names and "Hoàng Viết Thắng" not in names and "Dương Việt Nam" not in names
