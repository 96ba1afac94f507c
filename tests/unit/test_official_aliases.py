"""The officials facet's short names filed under the full name they stand for (``official_aliases``)."""

from __future__ import annotations

from briefing_tui.search.models import Filters
from briefing_tui.search.query.official_aliases import canonical, expand, groups, official_aliases

TITLES = {
    "Putin": "Tổng thống", "V.Putin": "Tổng thống Nga", "V. Putin": "Tổng thống Liên bang Nga",
    "Vladimir Putin": "Tổng thống Nga", "Trump": "Tổng thống", "Donald Trump": "Tổng thống Mỹ",
    "Donal Trump": "Tổng thống", "Ivanka Trump": "Cố vấn Nhà Trắng", "Martin": "Thiếu tướng Mỹ",
    "Aston Martin": "Chủ tịch", "Salman": "Quốc vương", "Arabia Salman": "Quốc vương Saudi Arabia",
    "Kennedy": "Tổng thống Mỹ", "John F. Kennedy": "Tổng thống Mỹ", "Robert F. Kennedy": "Thượng nghị sĩ",
    "Lee": "Thủ tướng", "Lee Hsien Loong": "Thủ tướng Singapore", "Lee Nak-yon": "Thủ tướng Hàn Quốc",
    "Nguyễn Xuân Phúc": "Thủ tướng",
}


def aliases(sizes: dict[str, int]) -> dict[str, str]:
    return official_aliases(sizes, TITLES.get)


def test_a_surname_and_its_initialled_forms_go_under_the_one_full_name_with_that_post():
    got = aliases({"Putin": 36, "V.Putin": 4, "V. Putin": 3, "Vladimir Putin": 189, "Nguyễn Xuân Phúc": 300})
    assert got == {"Putin": "Vladimir Putin", "V.Putin": "Vladimir Putin", "V. Putin": "Vladimir Putin"}
    assert groups(got) == {"Vladimir Putin": ("Vladimir Putin", "Putin", "V. Putin", "V.Putin")}


def test_the_largest_full_name_is_chosen_only_when_it_dwarfs_the_next():
    # a misspelt full name with a few articles does not stop it; one as large does
    assert aliases({"Trump": 33, "Donald Trump": 813, "Donal Trump": 5}) == {"Trump": "Donald Trump"}
    assert aliases({"Trump": 33, "Donald Trump": 813, "Donal Trump": 90}) == {}
    # two prime ministers named Lee: no one is "Lee"
    assert aliases({"Lee": 3, "Lee Hsien Loong": 20, "Lee Nak-yon": 9}) == {}


def test_only_a_full_name_with_the_same_post_and_as_many_articles():
    # another post: a general is not a carmaker's chairman; a president is not a senator
    assert aliases({"Martin": 1, "Aston Martin": 1}) == {}
    assert aliases({"Kennedy": 1, "John F. Kennedy": 3, "Robert F. Kennedy": 2}) == {"Kennedy": "John F. Kennedy"}
    # Ivanka Trump is no president, so only Donald Trump is a candidate
    assert aliases({"Trump": 3, "Donald Trump": 8, "Ivanka Trump": 20}) == {"Trump": "Donald Trump"}
    # a misread line's full name with fewer articles than the short one is not it
    assert aliases({"Salman": 5, "Arabia Salman": 1}) == {}
    # an initial must be the full name's
    assert aliases({"V.Putin": 4, "Dmitry Putin": 40}) == {}


def test_a_filter_by_any_name_of_a_group_holds_the_group_and_shows_the_full_name():
    got = {"Putin": "Vladimir Putin", "V.Putin": "Vladimir Putin"}
    grouped = groups(got)
    assert set(expand(("Vladimir Putin",), got, grouped)) == {"Vladimir Putin", "Putin", "V.Putin"}
    assert set(expand(("Putin", "Nguyễn Xuân Phúc"), got, grouped)) == {
        "Vladimir Putin", "Putin", "V.Putin", "Nguyễn Xuân Phúc"}
    assert canonical(Filters(officials=("Putin", "Vladimir Putin")), got).officials == ("Vladimir Putin",)
    unchanged = Filters(officials=("Nguyễn Xuân Phúc",))
    assert canonical(unchanged, got) is unchanged


def test_one_name_spelt_two_ways_goes_under_the_spelling_in_more_articles():
    titles = {"Kim Jong Un": "nhà lãnh đạo", "Kim Jong-un": "nhà lãnh đạo Triều Tiên", "Kim Jong-Un": "x"}
    got = official_aliases({"Kim Jong Un": 22, "Kim Jong-un": 89, "Kim Jong-Un": 1}, titles.get)
    assert got == {"Kim Jong Un": "Kim Jong-un", "Kim Jong-Un": "Kim Jong-un"}


def test_a_full_name_ending_another_with_the_same_post():
    titles = {"Kim Thoa": "Thứ trưởng", "Hồ Thị Kim Thoa": "Thứ trưởng Bộ Công Thương",
              "Phương Thảo": "ĐB", "Đặng Thị Phương Thảo": "ĐB", "Anne Hidalgo": "Thị trưởng Paris",
              "Paris Anne Hidalgo": "Thị trưởng", "Minh Tuấn": "Giám đốc", "Nguyễn Minh Tuấn": "Giám đốc Sở",
              "Trần Minh Tuấn": "Giám đốc Công ty", "Văn Hùng": "Chủ tịch", "Lê Văn Hùng": "Bí thư"}
    sizes = {"Kim Thoa": 1, "Hồ Thị Kim Thoa": 17, "Phương Thảo": 1, "Đặng Thị Phương Thảo": 1, "Anne Hidalgo": 1,
             "Paris Anne Hidalgo": 1, "Minh Tuấn": 1, "Nguyễn Minh Tuấn": 3, "Trần Minh Tuấn": 2, "Văn Hùng": 1,
             "Lê Văn Hùng": 5}
    got = official_aliases(sizes, titles.get)
    assert got["Kim Thoa"] == "Hồ Thị Kim Thoa"
    assert got["Phương Thảo"] == "Đặng Thị Phương Thảo"  # as many articles, a Vietnamese surname before: the longer
    assert got["Paris Anne Hidalgo"] == "Anne Hidalgo"  # as many, a foreign word glued on: the shorter
    assert "Minh Tuấn" not in got  # two directors end so: neither
    assert "Văn Hùng" not in got  # another post


def test_a_chain_ends_at_its_last_name():
    titles = {"Erdogan": "Tổng thống", "Tayyip Erdogan": "Tổng thống Thổ Nhĩ Kỳ",
              "Recep Tayyip Erdogan": "Tổng thống Thổ Nhĩ Kỳ"}
    got = official_aliases({"Erdogan": 4, "Tayyip Erdogan": 14, "Recep Tayyip Erdogan": 16}, titles.get)
    assert got == {"Tayyip Erdogan": "Recep Tayyip Erdogan", "Erdogan": "Recep Tayyip Erdogan"}
    assert groups(got) == {"Recep Tayyip Erdogan": ("Recep Tayyip Erdogan", "Erdogan", "Tayyip Erdogan")}
