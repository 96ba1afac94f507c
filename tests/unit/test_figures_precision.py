"""Figures' precision on the real corpus (issue 12, held-out samples 14-15 and dev sample 18dev).

Each sentence is our own, written to reproduce a pattern the audit found wrong (docs/extraction.md §9);
each test fails on the code before its fix.
"""

from __future__ import annotations

import pytest

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.figures import find_figures


def figures(text: str) -> list[tuple[str, float, float | None, str | None, str]]:
    return [(f.text, f.value, f.value_max, f.unit, f.kind) for f in find_figures(normalize(text), text)]


def contexts(text: str) -> list[str]:
    return [f.context for f in find_figures(normalize(text), text)]


@pytest.mark.parametrize(
    "text",
    [
        "Hãng này muốn cạnh tranh với 2 đại gia điện toán đám mây là Microsoft và Amazon.com.",
        "Sáng nay lãnh đạo 2 tỉnh Quảng Nam và TP Đà Nẵng đã ký văn bản hợp tác.",
        "Nước này sẽ đăng cai 2 sự kiện thể thao lớn là Asian Cup 2027 và World Cup 2034.",
        "Kết quả ở 2 nhóm liều 50mcg và 75mcg thấp hơn một chút.",
        "Cuối cùng đội bóng chọn 2 cầu thủ là Romelu Lukaku và Alvaro Morata.",
        "Ba nước châu Âu, gồm 3 nước Anh, Pháp và Đức, đã lên tiếng.",
    ],
)
def test_a_count_whose_things_are_then_named_is_no_figure(text):
    assert figures(text) == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Trận đấu có 2 bàn thắng của Messi và Suárez.", "2 bàn thắng"),  # goals counted: "của" joins the scorers
        ("Đoàn có 3 người Việt Nam và 2 người Lào.", "3 người"),  # fewer names than the number
        ("Công ty mở thêm 5 chi nhánh tại Hà Nội và TP.HCM.", "5 chi nhánh"),  # a place, not the five named
    ],
)
def test_a_count_before_names_that_do_not_list_its_things_stays(text, kept):
    assert kept in [f[0] for f in figures(text)]


def test_one_thing_named_after_la_is_the_article_a():
    assert figures("Bà chủ quán mất ngay 1 khách là tôi.") == []
    assert figures("Trong vụ việc có 1 người là Nguyễn Văn Bình bị thương.") == []


def test_a_number_word_is_no_unit():
    assert figures("Máy dùng chip Snapdragon 835 tám lõi, nặng 180 gram.") == [("180 gram", 180.0, None, "gram", "count")]


def test_the_size_of_a_set_one_thing_belongs_to_is_no_figure():
    assert figures("Hành vi này vi phạm một trong 19 điều đảng viên không được làm.") == []
    assert figures("Anh ấy là một trong số 12 thành viên của đội.") == []


def test_a_sum_with_a_scale_and_a_rate_but_no_currency_is_money_in_dong():
    assert figures("Căn nhà kia đang được cho thuê với giá 3,5 triệu/tháng.") == [
        ("3,5 triệu/tháng", 3_500_000.0, None, "đồng/tháng", "money")
    ]
    # another currency in the sentence: whose money it is is unsure, so no figure rather than a wrong one
    assert figures("Lương tăng thêm 300 nghìn/tháng, tương đương 13 USD.") == [("13 USD", 13.0, None, "USD", "money")]


def test_a_weekly_wage_in_pounds_is_money():
    assert figures("Câu lạc bộ sẽ trả mức lương 430 nghìn bảng/tuần cho tiền đạo này.") == [
        ("430 nghìn bảng/tuần", 430_000.0, None, "bảng/tuần", "money")
    ]
    assert figures("Anh nhận 200.000 bảng/tuần ở đội bóng mới.") == [
        ("200.000 bảng/tuần", 200_000.0, None, "bảng/tuần", "money")
    ]
    assert figures("Trường lắp 50 bảng điện tử mới.")[0][4] == "count"  # boards, no rate: still a count


def test_a_measure_of_stuff_per_day_keeps_its_rate():
    assert figures("Mỗi người nên uống ít nhất 2 lít nước/ngày.") == [("2 lít nước/ngày", 2.0, None, "lít/ngày", "count")]
    assert contexts("Mỗi người nên uống ít nhất 2 lít nước/ngày.") == ["nước"]
    assert figures("Kho chứa 2 lít nước và 3 kg gạo/ngày.")[0][3] == "lít"  # "và" is no part of the stuff
    assert figures("Mỗi người dân uống khoảng 27 lít sữa/người/năm.")[0][3] == "lít/người/năm"


def test_two_people_named_by_their_tie_are_no_count():
    assert figures("Sau nhiều năm xa cách, 2 vợ chồng ông thường xuyên cãi nhau.") == []
    assert figures("Xã có 2 cặp vợ chồng được khen thưởng.")[0][0] == "2 cặp vợ chồng"  # couples counted: stays


def test_a_noun_the_word_list_lacks_is_the_whole_unit():
    assert figures("Cảnh sát đã bắt 3 nghi phạm trong đêm.") == [("3 nghi phạm", 3.0, None, "nghi phạm", "count")]


def test_a_sum_without_currency_before_a_preposition_is_no_count():
    assert figures("Số tiền 16,5 tỷ đối với nhiều người là quá lớn.") == []


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Sân bay có 3 đường băng dài 3.800m, 3.048m và 2.600m.", "3 đường băng"),  # their lengths, not names
        ("Nước này sẽ hủy 2 thỏa thuận giữa bang Victoria và Trung Quốc.", "2 thỏa thuận"),  # between the two
        ("Năm ngoái cô đã đến 9 quốc gia: Lào, Thái Lan, Nhật Bản, Hàn Quốc, Pháp, Đức, Ý, Anh và Mỹ.", "9 quốc gia"),
    ],
)
def test_a_count_stays_when_what_follows_is_not_a_short_list_of_its_names(text, kept):
    assert kept in [f[0] for f in figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Hàng thủ có 2 vị trí hậu vệ biên là Văn Hậu (cánh phải) và Văn Thanh (cánh trái).",
        "Theo báo chí, 3 máy bay do thám - RC-135U, RC-135V và P-8 Poseidon, đều có mặt ở đó.",
    ],
)
def test_a_list_with_asides_or_after_a_dash_is_named_too(text):
    assert figures(text) == []


def test_a_pair_between_which_something_happens_is_no_count():
    assert figures("Hôn nhân là sự hòa hợp giữa 2 tâm hồn.") == []
    assert figures("Trận đấu giữa 20 đội bóng kéo dài 3 tháng.")[0][0] == "20 đội bóng"  # only a pair


def test_a_bodys_tiers_are_an_attribute():
    # (a gearbox's speeds were too, by our labels' sample 18dev2; session 55 counts them, as the blind golds list them:
    # tests/unit/test_figures_recall23.py)
    assert figures("Chính quyền 3 cấp đã vào cuộc.") == []


def test_a_three_syllable_noun_beats_a_two_syllable_one_it_starts_with():
    assert figures("Tỉnh tập trung vào 3 khâu đột phá chiến lược.") == [("3 khâu đột phá", 3.0, None, "khâu đột phá", "count")]


@pytest.mark.parametrize(
    ("text", "whose"),
    [
        ("Nhưng khi con 14 tuổi, cha mẹ nhắc thì con không để tâm.", "con"),  # a time clause before the age
        ("Khi vừa tròn 18 tuổi, cô đã giành giải.", "cô"),
        ("17 tuổi, Neymar đã có con trai.", "Neymar"),  # nothing before: whose age follows the comma
        ("10 tuổi, em vẫn chưa biết gì.", "em"),
        ("Lúc này ông Hường mới 18 tuổi, còn đang đi học.", "ông Hường"),
    ],
)
def test_what_an_age_measures_is_whose_age_not_the_clause_around_it(text, whose):
    assert contexts(text)[0] == whose


# held-out sample 18's misses (fixed after it was labelled as drawn)
def test_nouns_the_word_list_lacks_are_whole_units():
    assert figures("Tiền đạo này có 21 đường chuyền quyết định.")[0][3] == "đường chuyền"
    assert figures("Đội bóng ghi 3 bàn thắng trong hiệp một.")[0][3] == "bàn thắng"
    assert figures("Sau 3 năm chung sống, họ có với nhau 2 mặt con.")[-1][3] == "mặt con"


def test_people_at_a_place_are_people_not_servants():
    assert figures("Y đã lôi kéo 13 người ở các xã ven biển đi lao động.")[0][3] == "người"


def test_all_of_a_few_known_things_is_no_count():
    assert figures("Đội bạn mạnh đồng đều ở cả 3 tuyến.") == []
    assert figures("Bị cáo bị phạt tù về 2 tội danh nêu trên.") == []  # "nêu trên": the ones named above


def test_a_list_joined_by_dashes_is_named_too():
    assert figures("Hội nghị của 3 nước Việt Nam - Lào - Campuchia họp vào tháng 6.") == []


def test_a_count_noun_keeps_the_name_its_last_word_begins_and_stops_at_a_time_word():
    assert contexts("Bộ xác minh thông tin 2 thuyền viên người Việt Nam bị bắt giữ.") == ["thuyền viên người Việt Nam"]
    assert contexts("Sự cố xảy ra tại 4 tỉnh miền Trung.") == ["tỉnh miền Trung"]
    assert contexts("Anh hiện có 6 đề cử năm nay.") == ["đề cử"]


def test_all_of_a_few_victims_with_what_happened_to_them_stays():
    assert figures("Do vết thương quá nặng, cả 2 nạn nhân tử vong sau đó.")[0][0] == "2 nạn nhân"


def test_a_dash_joined_pair_after_a_count_is_no_list():
    assert figures("Công ty tặng tỉnh 2 thiết bị di động vệ tinh VinaPhone –S.")[0][0] == "2 thiết bị"


def test_goals_written_whole_and_short_are_one_figure():
    text = "Tiền đạo này ghi 2 bàn thắng trong trận mở màn. Với 2 bàn, anh dẫn đầu danh sách."
    assert [f[0] for f in figures(text)] == ["2 bàn thắng"]
