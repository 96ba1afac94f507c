"""Officials round of session 68 (blind officials golds 1149–1177, read after their blind score): a post after a birth
date set off by commas, an appointments list's way ("ông X, sinh ngày 27/8/1963, Giám đốc …"); a post qualified in lower
case before a foreign name ("cảnh sát trưởng địa phương Kyaw Win Mya", "Thứ trưởng Bộ An ninh nội địa Elaine Duke",
"Ủy viên phụ trách vận tải Violeta Bulc"); a firm whose legal form is in lower case with its head after "là ông"
("Giám đốc Công ty cổ phần Tân Phú Long khi đó là ông X")."""

from __future__ import annotations

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(normalize(text))}


def test_a_post_after_a_birth_date_between_commas() -> None:
    got = found("Bổ nhiệm ông Nguyễn Bá Tịnh, sinh ngày 27/8/1963, Giám đốc Trung tâm Y tế huyện Gia Bình, đến nhận chức.")
    assert got == {"Nguyễn Bá Tịnh": "Giám đốc Trung tâm Y tế huyện Gia Bình"}
    got = found("Bổ nhiệm lại ông Nguyễn Văn Hiếu, sinh ngày 26/11/1967, giữ chức Hiệu trưởng Trường THPT Thuận Thành.")
    assert got == {"Nguyễn Văn Hiếu": "Hiệu trưởng Trường THPT Thuận Thành"}
    assert found("Ông Lê Văn Nam, SN 1967, Chủ tịch UBND xã Hòa Minh, cho biết.") == {"Lê Văn Nam": "Chủ tịch UBND xã Hòa Minh"}


def test_a_birth_date_then_a_home_is_no_post() -> None:
    assert not found("Bà Vũ Thị Tân, sinh năm 1983, trú tại tập thể Thành Công, phường Thành Công, quận Ba Đình, bị bắt.")
    assert not found("Ông Nguyễn Thiện Nam, sinh ngày 12/6/1953, quê tại Trà Vinh, đã về hưu.")


def test_a_post_qualified_in_lower_case_before_a_foreign_name() -> None:
    assert found("Theo cảnh sát trưởng địa phương Kyaw Win Mya, thông tin ban đầu cho biết.") == {
        "Kyaw Win Mya": "cảnh sát trưởng địa phương"}
    got = {o.name: (o.title, o.organisation) for o in find_officials(normalize(
        "Phái đoàn Mỹ do Thứ trưởng Bộ An ninh nội địa Elaine Duke dẫn đầu, cùng Tư lệnh cảnh sát Stuart Cundy."))}
    assert got == {"Elaine Duke": ("Thứ trưởng Bộ An ninh nội địa", "Bộ An ninh nội địa"),
                   "Stuart Cundy": ("Tư lệnh cảnh sát", "cảnh sát")}
    assert found("Hai bên gồm Ủy viên phụ trách vận tải Violeta Bulc và nhiều người.") == {
        "Violeta Bulc": "Ủy viên phụ trách vận tải"}
    assert found("Ông nói. Tổng thống Mỹ đương nhiệm Donald Trump đã ký.") == {"Donald Trump": "Tổng thống Mỹ đương nhiệm"}


def test_no_foreign_name_after_any_lower_case_word() -> None:
    # a body or a place in English after the lower-case words is no person; nor a verb's object
    assert "British Columbia" not in found("Thẩm phán tòa án tối cao British Columbia cho biết điều đó.")
    assert "Summers Place" not in found("Theo giám đốc trung tâm đấu giá Summers Place, giá sẽ tăng.")
    assert found("Ông nói. Ngoại trưởng Mỹ hội đàm Sergei Lavrov tại Moscow.").get("Sergei Lavrov", "") == ""
    # a Vietnamese name after the words is read by the rules for Vietnamese names, not this one
    assert "Nguyễn Văn A" not in found("Người dân địa phương Nguyễn Văn A nói.")


def test_a_firms_head_after_is_with_its_legal_form_in_lower_case() -> None:
    got = found("Theo hồ sơ, Giám đốc Công ty cổ phần Tân Phú Long khi đó là ông Phạm Văn Đông đã ký công văn.")
    assert got == {"Phạm Văn Đông": "Giám đốc Công ty cổ phần Tân Phú Long"}
    # someone's relative after "là": the relative is not the post's holder
    assert not found("Vợ của Giám đốc công ty cổ phần Hoa Sen là bà Nguyễn Thị Lan đã ký.")


def test_words_joined_by_an_ampersand_are_a_bodys() -> None:
    got = found("Theo ông Benjamin Hung, Giám đốc điều hành Greater China & North Asia tại ngân hàng Standard Chartered, "
                "đồng tiền sẽ tăng.")
    assert "Greater China" not in got
    assert "Benjamin Hung" in got


def test_a_bodys_acronym_then_its_head_after_a_comma() -> None:
    assert found("Giám đốc Sở Y tế (SYT), ông Nguyễn Văn An cho biết.") == {"Nguyễn Văn An": "Giám đốc Sở Y tế (SYT)"}
    assert found("Theo Chủ tịch Ngân hàng Phát triển châu Á (ADB), ông Takehiko Nakao, kinh tế tăng.") == {
        "Takehiko Nakao": "Chủ tịch Ngân hàng Phát triển châu Á (ADB)"}
    assert found("Chủ tịch của Liên đoàn bóng đá Đức (DFB), Fritz Keller cho biết 12 CLB bị cấm.") == {
        "Fritz Keller": "Chủ tịch của Liên đoàn bóng đá Đức (DFB)"}
    # a list after the bracket names no one head
    assert not found("Giám đốc Sở Y tế (SYT), Nguyễn Văn An và Trần Văn Bình đã đến.")


def test_a_foreign_councils_head_after_its_name_in_vietnamese_words() -> None:
    assert found("Sau đó, Chủ tịch Hội đồng Hiến pháp Laurent Fabius đã công bố kết quả chính thức.") == {
        "Laurent Fabius": "Chủ tịch Hội đồng Hiến pháp"}
    assert found("Ông nói. Chủ tịch Ủy ban Đối ngoại Thượng viện Bob Corker cho biết điều đó.") == {
        "Bob Corker": "Chủ tịch Ủy ban Đối ngoại Thượng viện"}
    # one of ours, placed in a district whose name is no Vietnamese syllable: the name after the district is the head's
    got = found("Bà Nguyễn Thị A nói. Chủ tịch Hội LHPN huyện Krông Pa Rơ Ô Lễ cho biết hội đã giúp 20 hộ.")
    assert got.get("Rơ Ô Lễ") == "Chủ tịch Hội LHPN huyện Krông Pa"


def test_an_official_in_apposition_described_to_the_clauses_end() -> None:
    assert found("Theo AFP, ông Tetsuya Tanaka, một quan chức thuộc Lực lượng tuần duyên Nhật Bản cho biết, quân đội đã "
                 "đến.") == {"Tetsuya Tanaka": "quan chức thuộc Lực lượng tuần duyên Nhật Bản"}
    assert found("Ông nói. Fred Burton, quan chức an ninh của tổ chức Stratfor, cựu nhân viên chống khủng bố, nói.") == {
        "Fred Burton": "quan chức an ninh của tổ chức Stratfor"}
    assert found("AFP dẫn lời Harbeer Singh, quan chức phụ trách lễ hội tôn giáo Kumbh Mela cho biết, 25 người chết.") == {
        "Harbeer Singh": "quan chức phụ trách lễ hội tôn giáo Kumbh Mela"}


def test_an_official_after_an_outlet_and_a_country_is_the_name_after() -> None:
    # "Reuters, quan chức …" is no apposition to a person: the official is the one named after the country
    assert found("Vụ việc do mâu thuẫn. Theo Reuters, quan chức cảnh sát Pakistan Saqib Ismail cho biết ngày 6/2 có vụ "
                 "nổ.") == {"Saqib Ismail": "quan chức cảnh sát Pakistan"}
    # a clause, not a description: nothing is taken
    assert "Fred Hof" not in found("Ông nói. Fred Hof, quan chức đã nghỉ hưu và là người viết sách nói vậy.")


def test_a_leader_in_apposition_after_a_foreign_persons_name() -> None:
    assert found("Ông nói. Ilia Kolochenko, lãnh đạo công ty bảo mật High-Tech Bridge nhận định điều đó.") == {
        "Ilia Kolochenko": "lãnh đạo công ty bảo mật High-Tech Bridge"}
    assert found("Ông Charles Kaye, lãnh đạo Warburg Pincus - một quỹ đầu tư, nói.") == {
        "Charles Kaye": "lãnh đạo Warburg Pincus"}
    # bodies listed before "lãnh đạo": the leadership of a body, no one named
    assert not found("Tham dự có UBND tỉnh Quảng Bình, lãnh đạo Sở Du lịch, các hội.")
