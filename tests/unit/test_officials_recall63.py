"""Officials rounds of session 79 (blind batch 124): a decision's post closed by its term of office, or after "tư cách",
"vị trí" or the decision itself, and its person after "đối với" (``_Parser._post_held_by``); a post left ("thôi ghế",
"rời ghế", "thôi chức"); a clause's word after a spaced dash is no part of a name ("Kim Jong Il - qua đời"); a member's
post ("Ủy viên …") shown after any other post the person holds; a known person's name ends a body ("Tổng thư ký Liên Hợp
Quốc Ban Ki - moon"); middle initials without their last full stop ("George H.W Bush")."""

from __future__ import annotations

from helpers import record_officials as officials


def test_a_decisions_post_closed_by_its_term() -> None:
    assert officials("UBND tỉnh quyết định cách chức Phó Chủ tịch UBND tỉnh Thanh Hóa, nhiệm kỳ 2016-2021 đối với "
                     "ông Ngô Văn Tuấn.") == [("Ngô Văn Tuấn", "Phó Chủ tịch UBND tỉnh Thanh Hóa")]
    assert officials("HĐND tỉnh đã miễn nhiệm chức danh Chủ tịch HĐND tỉnh Bình Dương khóa IX, nhiệm kỳ 2016 - 2021 "
                     "đối với ông Phạm Văn Cành.") == [("Phạm Văn Cành", "Chủ tịch HĐND tỉnh Bình Dương")]
    assert officials("Ban Bí thư đã cách chức Bí thư Tỉnh ủy nhiệm kỳ 2010-2015 đối với ông Lê Phước Thanh.") == [
        ("Lê Phước Thanh", "Bí thư Tỉnh ủy")]
    assert officials("Quyết định cách chức Bí thư Ban cán sự đảng Bộ Công Thương trong thời gian 2011 - 2016 đối với "
                     "ông Vũ Huy Hoàng.") == [("Vũ Huy Hoàng", "Bí thư Ban cán sự đảng Bộ Công Thương")]
    # (the term in brackets)
    assert officials("Kỳ họp đã miễn nhiệm chức vụ Chủ tịch UBND thành phố Cần Thơ (nhiệm kỳ 2011-2016) đối với ông "
                     "Lê Hùng Dũng.") == [("Lê Hùng Dũng", "Chủ tịch UBND thành phố Cần Thơ")]


def test_a_post_after_the_decision_or_tu_cach() -> None:
    assert officials("Quốc hội đã bãi nhiệm tư cách đại biểu Quốc hội đối với bà Phan Thị Mỹ Thanh.") == [
        ("Phan Thị Mỹ Thanh", "đại biểu Quốc hội")]
    assert officials("Thủ tướng đã miễn nhiệm Bộ trưởng Giao thông Vận tải đối với ông Trương Quang Nghĩa.") == [
        ("Trương Quang Nghĩa", "Bộ trưởng Giao thông Vận tải")]
    # (a decision about something other than a post gives no one)
    assert officials("Tòa đã miễn nhiệm vụ thi hành án đối với ông Nguyễn Văn An.") == []


def test_a_post_left() -> None:
    assert officials("Vì sao ông Nguyễn Đức Tài thôi ghế Tổng giám đốc? Theo Nghị định 71/2017/NĐ-CP, "
                     "từ 1/8 người giữ chức Chủ tịch HĐQT không được kiêm nhiệm.") == [("Nguyễn Đức Tài", "Tổng giám đốc")]
    assert officials("Bà Nguyễn Thị Hà thôi giữ chức vụ Giám đốc Sở Y tế từ ngày 1/1.") == [
        ("Nguyễn Thị Hà", "Giám đốc Sở Y tế")]


def test_a_clauses_word_after_a_spaced_dash_is_no_name() -> None:
    assert officials("Ông lên lãnh đạo năm 2012 sau khi cha ông - cố lãnh đạo Kim Jong Il - qua đời.") == [
        ("Kim Jong Il", "lãnh đạo")]
    assert officials("Ngoại trưởng Mỹ Rex Tillerson - sinh năm 1952 - nói vậy.") == [("Rex Tillerson", "Ngoại trưởng Mỹ")]
    # (an aide's name closed by the dash keeps the post before it)
    assert ("Jared Kushner", "cố vấn đặc biệt của tổng thống") in officials(
        "Với tư cách cố vấn đặc biệt của tổng thống, ông Jared Kushner - con rể ông Donald Trump, được cho là người "
        "giật dây quyết định.")
    # (and a romanised name whose first words a Vietnamese name could be is read whole before a spaced hyphen)
    assert officials("Bà Park đã về nhà riêng ở Seoul, người phát ngôn của cựu Tổng thống, Kim Dong - jo cho biết.") == [
        ("Kim Dong - jo", "người phát ngôn của cựu Tổng thống")]
    # (a romanised given name's last syllable is still read over the spaced hyphen)
    assert officials("Tổng thống Hàn Quốc Moon Jae - in đã phát biểu.") == [("Moon Jae - in", "Tổng thống Hàn Quốc")]


def test_a_members_post_yields_to_a_head_post() -> None:
    body = ("Chủ tịch Hội Chữ thập đỏ tỉnh Hải Dương Nguyễn Văn Thoan vừa bị cách chức. Cụ thể, Ban Thường vụ đã quyết "
            "định cách chức Uỷ viên Ban Chấp hành Hội Chữ thập đỏ tỉnh khoá X nhiệm kỳ 2016-2021 đối với ông Nguyễn Văn "
            "Thoan.")
    assert officials(body) == [("Nguyễn Văn Thoan", "Chủ tịch Hội Chữ thập đỏ tỉnh Hải Dương")]


def test_a_known_persons_name_ends_a_body() -> None:
    # "Ban" opens no board where a known person's name starts, its hyphen spaced or not
    assert officials("Tổng thư ký Liên Hợp Quốc Ban Ki - moon đã lên tiếng.") == [
        ("Ban Ki - moon", "Tổng thư ký Liên Hợp Quốc")]
    assert officials("Tổng thư ký LHQ Ban Ki-moon đã lên tiếng.") == [("Ban Ki-moon", "Tổng thư ký LHQ")]


def test_middle_initials_without_their_full_stop() -> None:
    assert officials("Trung Quốc cử người dự tang lễ cố tổng thống Mỹ George H.W Bush hôm qua.") == [
        ("George H.W Bush", "tổng thống Mỹ")]
