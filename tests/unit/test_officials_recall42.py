"""Officials round of session 61 (blind officials golds 887, 891 and 895, read after their blind score): a foreign
body's name is no officer; a post's own acronym before its body; a leader's spokesman after the leader's name; the
next of a list of people with their posts in brackets; a state after a legislator's party; a deputy's title set off
after a name; a rank held as an equivalent ("hàm Vụ trưởng")."""

from __future__ import annotations

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(normalize(text))}


def test_a_foreign_bodys_name_after_a_post_is_no_person() -> None:
    said = found("Barbara Res, cựu phó chủ tịch Trump Organization cho biết Trump thường đưa ra đề xuất.")
    assert said.get("Barbara Res") == "cựu phó chủ tịch Trump Organization"
    assert "Trump Organization" not in said
    assert "King Abdulaziz Foundation" not in found(
        "Ông từng là Chủ tịch hội đồng quản trị King Abdulaziz Foundation từ năm 2011.")
    assert "Martin Prosperity Institute" not in found("Theo giám đốc Martin Prosperity Institute, thành phố đã đổi khác.")


def test_a_posts_own_acronym_before_its_body() -> None:
    assert found("Theo đó, giám đốc tài chính (CFO) của Uber, ông Gautam Gupta, sẽ rời công ty vào tháng 7.") == {
        "Gautam Gupta": "giám đốc tài chính (CFO) của Uber"}


def test_a_leaders_spokesman_named_after_the_leader() -> None:
    assert found("“Đây là vì an toàn của người dân”, phát ngôn viên của Tổng thống Duterte, ông Ernesto Abella cho biết."
                 ).get("Ernesto Abella") == "phát ngôn viên của Tổng thống Duterte"
    both = found("Người phát ngôn của Tổng thống Mỹ Donald Trump, ông Sean Spicer cho biết.")
    assert both == {"Sean Spicer": "Người phát ngôn của Tổng thống Mỹ Donald Trump", "Donald Trump": "Tổng thống Mỹ"}
    # without the comma the name may be the leader's: left unread, as before
    assert found("Người phát ngôn của Thủ tướng Anh Theresa May cho biết.").get("Theresa May") == ""


def test_the_next_of_a_list_of_people_with_their_posts_in_brackets() -> None:
    assert found("Ferran Soriano (Giám đốc điều hành Man City), Ed Woodward (Phó chủ tịch Man Utd) "
                 "và Tom Werner (Giám đốc điều hành Liverpool). Trong trường hợp đó, giải đấu sẽ bị ảnh hưởng.") == {
        "Ferran Soriano": "Giám đốc điều hành Man City", "Ed Woodward": "Phó chủ tịch Man Utd",
        "Tom Werner": "Giám đốc điều hành Liverpool"}


def test_a_state_after_a_legislators_party() -> None:
    assert found("Hôm 17/5, nghị sĩ Cộng hòa của bang Michigan Justin Amash nói với The Hill rằng.") == {
        "Justin Amash": "nghị sĩ Cộng hòa của bang Michigan"}


def test_a_deputys_title_set_off_after_a_name() -> None:
    assert found("Hòa thượng Thích Bảo Nghiêm, ĐB TP Hà Nội, cũng đề cập đến vấn đề này.") == {
        "Thích Bảo Nghiêm": "ĐB TP Hà Nội"}
    assert found("Ông Nguyễn Văn An, đại biểu TP Hà Nội, cũng đề cập đến vấn đề này.") == {
        "Nguyễn Văn An": "đại biểu TP Hà Nội"}
    # a bare "đại biểu" after a comma with no constituency is still nobody's post
    assert found("Ông Nguyễn Văn An, đại biểu, cũng đề cập đến vấn đề này.") == {}


def test_a_rank_held_as_an_equivalent() -> None:
    assert found("Về phía khách mời có đồng chí Nguyễn Văn Hùng, hàm Vụ trưởng Vụ Báo chí - Xuất bản, Ban Tuyên giáo "
                 "Trung ương.") == {"Nguyễn Văn Hùng": "hàm Vụ trưởng Vụ Báo chí"}


def test_a_bodys_acronym_in_brackets_then_its_officer_after_ong() -> None:
    assert found("Người phát ngôn Ủy ban bầu cử quốc gia (NEC) ông Hang Puthea cho biết, có gần 75.000 quan sát viên.") == {
        "Hang Puthea": "Người phát ngôn Ủy ban bầu cử quốc gia (NEC)"}
    assert found("Người phát ngôn Bộ Ngoại giao (MOFA) ông Lục Khảng cho biết.") == {
        "Lục Khảng": "Người phát ngôn Bộ Ngoại giao (MOFA)"}


def test_a_description_between_dashes_then_the_post() -> None:
    assert found("Còn TS Nguyễn Văn Vịnh - chuyên gia phong thủy - Trưởng khoa Khoa học cơ bản, Trường Đại học Mỹ thuật "
                 "Việt Nam cho rằng.") == {"Nguyễn Văn Vịnh": "Trưởng khoa Khoa học"}
    # a description alone is no post, and one that ends the text ends the reading (no error)
    assert found("Ông Nguyễn Văn A - chuyên gia kinh tế - cho rằng giá sẽ tăng.") == {}
    assert found("Ông Nguyễn Văn A - chuyên gia kinh tế") == {}
    assert found("Ông Nguyễn Văn A, chuyên gia") == {}


def test_a_deputy_head_teacher_written_short() -> None:
    assert found("Trước đó, trao đổi với báo chí chiều 5/2, cô Vũ Thị Tân - Hiệu phó kiêm quản lý trường Mầm non Sen Vàng "
                 "- cho biết trường đã đình chỉ giáo viên.") == {"Vũ Thị Tân": "Hiệu phó"}
    assert found("Hiệu phó Nguyễn Văn An cho biết nhà trường đã họp phụ huynh.") == {"Nguyễn Văn An": "Hiệu phó"}
