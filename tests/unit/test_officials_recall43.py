"""Officials round of session 62 (blind officials gold 905, read after its blind score, and the pooled golds'
misses): "thì" closing a "theo" phrase after a foreigner's post; a former ministry whose name holds a comma; the
White House's advisers named with the seat; an officer's rank before a full name whose surname our list lacks."""

from __future__ import annotations

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(normalize(text))}


def test_thi_closes_a_theo_phrase_after_a_foreigners_post() -> None:
    assert found("Nói về việc này, theo David Haigh, CEO của Brand Finance thì nguyên nhân là doanh số giảm.") == {
        "David Haigh": "CEO của Brand Finance"}
    # not after a clause's opening without "theo": the post may open the next clause there
    assert "John Smith" not in found("Ông nói John Smith, Tổng thống Mỹ thì có quyền phủ quyết.")


def test_a_former_ministry_whose_name_holds_a_comma() -> None:
    assert found("Nguyên Thứ trưởng Thường trực Bộ Bưu chính, Viễn thông Mai Liêm Trực nhắc đến vấn đề này.") == {
        "Mai Liêm Trực": "Nguyên Thứ trưởng Thường trực Bộ Bưu chính, Viễn thông"}
    assert found("Bộ trưởng Bộ Khoa học, Công nghệ và Môi trường Chu Tuấn Nhạ phát biểu.") == {
        "Chu Tuấn Nhạ": "Bộ trưởng Bộ Khoa học, Công nghệ và Môi trường"}


def test_the_white_houses_advisers_named_with_the_seat() -> None:
    assert found("Cố vấn kinh tế Nhà Trắng Gary Cohn đã tìm cách làm rõ phát ngôn.") == {
        "Gary Cohn": "Cố vấn kinh tế Nhà Trắng"}
    assert found("Bà Sally Yates cảnh báo cố vấn pháp lý Nhà Trắng Donald McGahn về cuộc gọi.").get(
        "Donald McGahn") == "cố vấn pháp lý Nhà Trắng"
    # "các cố vấn Nhà Trắng" with no name after it is no one
    assert found("Các cố vấn Nhà Trắng sau khi họp đã đồng ý.") == {}


def test_an_officers_rank_before_a_name_of_an_unlisted_surname() -> None:
    assert found("Ngày 21/6, Thượng tá Văn Công Lạc, Đội trưởng Đội CSĐT Công an quận cho biết.").get(
        "Văn Công Lạc", "").startswith("Đội trưởng Đội CSĐT")
    assert found("Thiếu tướng Du Trường Giang - Phó tư lệnh Quân khu 7 dự buổi lễ.") == {
        "Du Trường Giang": "Thiếu tướng, Phó tư lệnh Quân khu 7"}


def test_an_initial_glued_to_a_foreign_surname() -> None:
    assert found("Phương Tây đã tiến hành cuộc đảo chính lật đổ Tổng thống V.Yanukovych. Vụ việc gây rối ren.") == {
        "V.Yanukovych": "Tổng thống"}
    assert found("Thủ tướng S.Abe đã gặp Tổng thống D.Trump tại Nhà Trắng.") == {
        "S.Abe": "Thủ tướng", "D.Trump": "Tổng thống"}
    # a league, a ward and a given name written before it are no such name
    assert found("Giám đốc điều hành V.League cho biết mùa giải sẽ kết thúc.") == {}
    assert "P.Hòa" not in found("Chủ tịch P.Hòa Thuận cho biết.")
    assert "R.Warner" not in found("Phó Chủ tịch Ủy ban Tình báo Thượng viện Mỹ Mark R.Warner nói.")


def test_a_carmaker_named_like_a_person_is_no_official() -> None:
    assert found("Chủ tịch Aston Martin cho biết công ty sẽ mở rộng sản xuất.") == {}
    assert found("Chủ tịch Aston Martin Andy Palmer cho biết công ty sẽ mở rộng.") == {"Andy Palmer": "Chủ tịch Aston Martin"}


def test_one_post_read_twice_is_shown_once() -> None:
    said = found("Ông từng gặp Chủ tịch Giang Trạch Dân, Hồ Cẩm Đào, Tổng thống V.Putin, Tổng thống Bill Clinton.")
    assert said.get("V.Putin") == "Tổng thống"


def test_an_initialled_name_is_the_fuller_name_of_the_article() -> None:
    said = found("Ông gặp Chủ tịch Hội đồng châu Âu Donald Tusk tại Brussels. Tại cuộc gặp với Chủ tịch Hội đồng châu Âu "
                 "D.Tusk, hai bên bàn về khí hậu.")
    assert said == {"Donald Tusk": "Chủ tịch Hội đồng châu Âu"}
    # a fuller name the article writes with no post
    assert found("Donald Trump kêu gọi đoàn kết. Tổng thống D.Trump nói thêm.") == {"Donald Trump": "Tổng thống"}


def test_a_firms_words_and_a_slipped_acronym_are_no_name() -> None:
    assert found("Giám đốc điều hành Kolon Industries cho biết dự án sẽ khởi công.") == {}
    said = found("Tổng thống Mỹ Donald Trump (trái) và cựu Giám đốc FBi James Comey. (Ảnh: Reuters)")
    assert "FBi James Comey" not in said and "Donald Trump" in said


def test_an_investigating_agencys_head_before_its_name_in_lower_case() -> None:
    said = found("Thượng tá Trần Bá Thường – Phó Thủ trưởng cơ quan CSĐT công an thị xã Ba Đồn - vừa ra thông báo truy tìm.")
    assert said == {"Trần Bá Thường": "Phó Thủ trưởng cơ quan CSĐT công an thị xã Ba Đồn"}
    assert found("Thủ trưởng cơ quan ngang bộ Nguyễn Văn An phải chịu trách nhiệm.") == {}


def test_a_word_run_on_before_a_role_is_no_part_of_a_foreign_name() -> None:
    said = found("Chuyên cơ của tổng thống Nga Putin Việc Thư ký báo chí của Tổng thống Nga, ông Dmitry Peskov, cho biết.")
    assert "Putin Việc" not in said and said.get("Putin") == "tổng thống Nga"
