"""Officials round of session 74, third part (blind golds vietnews1463–1473): "tướng" in lower case before a foreign
name is a general's title ("gặp gỡ tướng Ali Mamlouk"), not a veteran player's ("lão tướng"); a ministry in lower case
by its acronyms, "&" spaced or not ("Bộ trưởng bộ GD & ĐT Phùng Xuân Nhạ"); the Red Cross named in lower case; a list of
posts each before its holder set off by commas gives no holder the next one's post; a ministry's acronyms over a spaced
dash ("bộ VH - TT & DL", as the 150k corpus writes them); a firm's name like a person's after its form and a trade's
acronyms ("Công ty TNHH TM & KT Phan Ngọc Lê")."""

from __future__ import annotations

from helpers import record_officials as officials


def test_a_general_before_a_foreign_name() -> None:
    assert officials("Theo tướng Joseph Dunford, Mỹ sẽ rút quân khỏi khu vực.") == [("Joseph Dunford", "tướng")]
    assert officials("Vì thế, lão tướng Aritz Aduriz vẫn được tin dùng.") == []


def test_a_ministry_in_lower_case_by_its_acronyms() -> None:
    assert officials("Các giảng viên đã gửi tâm thư tới Bộ trưởng bộ GD & ĐT Phùng Xuân Nhạ với nhiều nội dung.") == [
        ("Phùng Xuân Nhạ", "Bộ trưởng bộ GD & ĐT")]
    assert officials("Ông là Thứ trưởng bộ KH-ĐT Nguyễn Văn Trung.") == [("Nguyễn Văn Trung", "Thứ trưởng bộ KH-ĐT")]


def test_the_red_cross_in_lower_case() -> None:
    assert officials("Người dân cần cứu trợ, phát ngôn viên Hội Chữ thập đỏ quốc tế Caroline Haga nói.") == [
        ("Caroline Haga", "phát ngôn viên Hội Chữ thập đỏ quốc tế")]


def test_a_list_of_posts_each_before_its_holder() -> None:
    found = dict(officials("Trong số họ có đồng sáng lập Apple, Steve Jobs, đồng sáng lập Microsoft, Bill Gates, tỷ phú "
                           "Mark Cuban và nhiều người khác."))
    assert found["Bill Gates"] == "đồng sáng lập Microsoft"
    assert found.get("Steve Jobs", "") != "đồng sáng lập Microsoft"


def test_a_ministrys_acronyms_over_a_spaced_dash_and_a_firm_named_like_a_person_after_them() -> None:
    assert officials("Ông Vương Duy Biên, Thứ trưởng bộ VH - TT & DL cho biết.") == [
        ("Vương Duy Biên", "Thứ trưởng bộ VH - TT & DL")]
    # the firm's name after its form and trade's acronyms is the firm's, not a person's
    assert officials("Nguyễn Tấn Bình (giám đốc Công ty Trí Tuệ Việt) và Phan Thanh Trà (giám đốc Công ty TNHH TM & KT "
                     "Phan Ngọc Lê) đã thông đồng.") == [
        ("Nguyễn Tấn Bình", "giám đốc Công ty Trí Tuệ Việt"), ("Phan Thanh Trà", "giám đốc Công ty TNHH TM & KT Phan Ngọc Lê")]
    # a district's name after a post in apposition is no next person
    assert officials("Vậy nên, ông Lê Tấn Thịnh, trưởng công an xã Quảng Điền, Krông Ana, cho biết.") == [
        ("Lê Tấn Thịnh", "trưởng công an xã Quảng Điền")]


def test_a_champions_or_a_running_mates_word_is_no_general() -> None:
    assert officials("Kiện tướng Dancesport Khánh Thi đã bay ra Hà Nội.") == []
    assert ("Joe Biden", "tướng") not in officials("Obama cùng cựu phó tướng Joe Biden đi vận động.")
