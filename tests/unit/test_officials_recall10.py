"""Issue 12, officials, round 10 (session 26): the constructions the held-out gold of seed 55 missed (a helper's
gold, ``benchmarks/audit/officials_gold_heldout55.jsonl``, 15/24 found as drawn): a post then "(khi đó) là" and
the one holding it, an ordinal after a head of state, a general written "Tướng", a council's secretary and an
office's deputy head before their body, a ministry written without "Bộ". Every sentence is written for the
test (never corpus text); the Vietnamese names are invented.
"""

from __future__ import annotations

import pytest

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def officials(text: str) -> list[tuple[str, str]]:
    return [(o.name, o.title) for o in find_officials(normalize(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Bộ trưởng Tư pháp khi đó là Loretta Lynch đã yêu cầu ông xem xét.", [("Loretta Lynch", "Bộ trưởng Tư pháp")]),
    ("Thủ tướng Anh khi đó là Tony Blair nói như vậy.", [("Tony Blair", "Thủ tướng Anh")]),
    ("Bộ trưởng Quốc phòng lúc đó là ông Nguyễn Văn An đã ký quyết định.", [("Nguyễn Văn An", "Bộ trưởng Quốc phòng")]),
    ("Tập đoàn này có Chủ tịch là bà Trần Thị Mai Hoa.", [("Trần Thị Mai Hoa", "Chủ tịch")]),
    # the spokesman's post, "của" and whose it is, then its holder (session 78: the post had been left unread)
    ("Về phía Nga, phát ngôn viên của Tổng thống là ông Dmitry Peskov đã lên tiếng.",
     [("Dmitry Peskov", "phát ngôn viên của Tổng thống")]),
])
def test_a_post_then_is_then_its_holder(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    # a bare "là" before a Vietnamese-looking name with no "ông/bà": a company ("Đường Biên Hòa")
    "Hai công ty do ông làm chủ tịch là Đường Biên Hòa và Mía đường Tân Phú.",
    # the post of someone else's ("của"): the wife's is no post, and the president is not she
    "Phu nhân của Thủ tướng Canada là bà Sophie Grégoire.",
])
def test_no_holder_after_is(text):
    # no one is given the post; since session 43 a well-known name is listed with none (known_officials.txt)
    assert [(name, title) for name, title in officials(text) if title] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Tình trạng xảy ra dưới thời Tổng thống Mỹ thứ 44 Barack Obama, theo báo cáo.",
     [("Barack Obama", "Tổng thống Mỹ thứ 44")]),
    ("Tổng thống thứ 45 của Mỹ Donald Trump nói.", [("Donald Trump", "Tổng thống thứ 45 của Mỹ")]),
])
def test_an_ordinal_after_a_head_of_state(text, expected):
    assert officials(text) == expected


def test_a_general_written_tuong():
    # (session 30: the head of a body written in lower case is read in apposition too, so the title goes on)
    assert officials("Tướng Robert Abrams, người đứng đầu lực lượng Lục quân Mỹ, cho biết.") == [
        ("Robert Abrams", "Tướng, người đứng đầu lực lượng Lục quân Mỹ")]
    # not a prime minister written "Tể Tướng" in a film's name, nor "thủ tướng" in lower case
    assert officials("Anh đóng phim Tể Tướng Lưu Gù và nhiều phim khác.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Cuộc điện đàm giữa Thư ký Hội đồng An ninh Nga Nikolai Patrushev và phía Iran.",
     [("Nikolai Patrushev", "Thư ký Hội đồng An ninh Nga")]),
    ("Trong khi đó, ông Lê Văn Thông, Phó văn phòng UBND huyện Thăng Bình, cho hay.",
     [("Lê Văn Thông", "Phó văn phòng UBND huyện Thăng Bình")]),
    ("Bộ trưởng Y tế Pháp Agnès Buzyn cho biết như vậy.", [("Agnès Buzyn", "Bộ trưởng Y tế Pháp")]),
])
def test_posts_before_their_body(text, expected):
    assert officials(text) == expected


@pytest.mark.parametrize("text", [
    "Cô làm thư ký riêng cho giám đốc Nguyễn Văn An từ năm ngoái.",  # a secretary with no body: no post
    "Tổng Giám đốc Ban thư ký APEC cho biết hội nghị sẽ diễn ra.",  # the secretariat is a body
])
def test_a_secretary_without_a_body_is_no_post(text):
    assert all(title != "thư ký riêng" and not title.lower().startswith("thư ký") for _, title in officials(text))


def test_a_bare_is_before_a_full_vietnamese_name():
    # three syllables and no second name listed after it: the holder ("nguyên Trưởng phòng … là X dù …")
    assert officials("Nguyên Trưởng phòng Sở Xây dựng tỉnh Thanh Hóa là Trần Vũ Quỳnh Hoa dù gia cảnh bình thường.") == [
        ("Trần Vũ Quỳnh Hoa", "Nguyên Trưởng phòng Sở Xây dựng tỉnh Thanh Hóa")]


@pytest.mark.parametrize(("text", "organisation"), [
    ("Bộ trưởng Y tế Nguyễn Thị Kim Hoa cho biết.", "Bộ Y tế"),
    ("Bộ trưởng Y tế Pháp Agnès Buzyn cho biết.", "Bộ Y tế Pháp"),
    ("Bộ trưởng Tư pháp khi đó là Loretta Lynch nói.", "Bộ Tư pháp"),
])
def test_a_ministry_in_the_title_is_the_organisation(text, organisation):
    assert [o.organisation for o in find_officials(normalize(text))] == [organisation]


def test_a_post_after_a_short_description():
    # held-out seed 59: "GS. TS X, chuyên gia lúa gạo, Hiệu trưởng …" — the post is the second appositive
    assert officials("Chia sẻ với báo chí, GS. TS Võ Văn Xuân, chuyên gia lúa gạo, Hiệu trưởng Đại học Nam Cần Thơ, "
                     "cho rằng sự việc rất đáng tiếc.") == [("Võ Văn Xuân", "Hiệu trưởng Đại học Nam Cần Thơ")]
    # not after a kin word: the post may be the husband's
    assert officials("Bà Lê Thị Hoa, vợ ông, Giám đốc công ty nói.") == []


def test_a_relatives_post_is_not_theirs():
    # "ông nội của Thượng nghị sĩ là X": "nghị sĩ" inside the senator's title, after "của", is no post of X's
    assert officials("Tàu được đặt tên theo ông nội của Thượng nghị sĩ là John S. McCain Senior.") == []
