"""Figures' precision on the real corpus, round 2 (issue 12, dev sample 21dev and held-out 21).

Each sentence is our own, written to reproduce a pattern the audit found wrong (docs/extraction.md §9);
each test fails on the code before its fix.
"""

from __future__ import annotations

import pytest

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.figures import find_figures


def figures(text: str) -> list[tuple[str, float, float | None, str | None, str]]:
    return [(f.text, f.value, f.value_max, f.unit, f.kind) for f in find_figures(normalize(text), text)]


@pytest.mark.parametrize(
    "text",
    [
        "Ca sĩ nam phải tập nhiều để hát ăn ý với 3 giọng nữ còn lại của đội.",
        "Sau trận đấu, 4 đội bóng còn lại của giải đã gửi thư phản đối.",
    ],
)
def test_the_rest_of_a_set_is_a_count(text):
    # sample 21dev's own labels had called the rest of a set no count; the blind readers list it (pooled figures golds:
    # 16 listed, 18 optional, 1 unlisted), so since session 67 it is one
    assert len(figures(text)) == 1


def test_the_rest_of_a_set_with_what_happened_to_them_stays():
    assert figures("Một người được cứu, 2 người còn lại tử vong tại chỗ.") == [("2 người", 2, None, "người", "count")]


@pytest.mark.parametrize(
    "text",
    [
        "Người mẫu cao 1m72 với số đo 3 vòng khá cân đối.",
        "Bộ váy ôm sát giúp cô khoe 3 vòng trong buổi chụp hình.",
        "Nữ diễn viên từng bị chê vì phô trương 3 vòng quá đà.",
    ],
)
def test_a_bodys_three_measurements_are_no_rounds(text):
    assert [f for f in figures(text) if f[3] == "vòng"] == []


def test_three_rounds_stay_rounds():
    assert figures("Đội khách đã thua liền 3 vòng trước khi đổi huấn luyện viên.") == [
        ("3 vòng", 3, None, "vòng", "count")
    ]


def test_a_contests_finalists_called_top_n_are_no_rank():
    assert figures("Khán giả được xem những tiết mục song ca của Top 5 chương trình năm nay.") == []
    assert figures("Thí sinh này đã lọt vào Top 5 của cuộc thi.") == [("Top 5", 5, None, "hạng", "other")]


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("Ngoài người vợ, 3 người còn lại trong gia đình đều bị bỏng nhẹ.", "3 người"),
        ("Có 1 ca dương tính, 6 trường hợp còn lại có kết quả âm tính.", "6 trường hợp"),
        ("Đội khách thua 9 trận và hòa 3 trận còn lại.", "3 trận"),
    ],
)
def test_the_rest_with_a_result_stays(text, kept):
    assert kept in [f[0] for f in figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Dự án làm đường giao thông 2 bên bờ sông trong hai năm.",
        "Cuối cùng 2 bên đã ký biên bản ghi nhớ.",
        "Bạn nên dựa vào 4 tiêu chí sau: giá, vị trí, hướng và pháp lý.",
        "Quy trình gồm 3 bước như sau.",
        "Dù có chuyện gì, anh vẫn coi 3 mẹ con là quan trọng nhất.",
        "Bức thư còn có chữ ký của 2 cựu Chủ tịch tỉnh là ông Nguyễn Văn A và ông Trần Văn B.",
        "Theo ông, Nhóm 121 chuyên tấn công các ngân hàng.",
    ],
)
def test_sides_lists_announced_ties_and_adjectives_are_no_counts(text):
    assert figures(text) == []


def test_a_glued_measure_after_from_to_is_one_range():
    assert figures("Chiều dài của loài cá này thường từ 9 đến 12cm.") == [("9 đến 12cm", 9, 12, "cm", "count")]


def test_gunmen_are_counted_whole():
    assert figures("Phe nổi dậy đã điều thêm khoảng 1.000 tay súng đến thành phố.") == [
        ("1.000 tay súng", 1000, None, "tay súng", "count")
    ]


def contexts(text: str) -> list[str]:
    return [f.context for f in find_figures(normalize(text), text)]


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("Hòn đảo dài 1,6km vừa nổi lên sau trận động đất.", "Hòn đảo dài"),
        ("Hai nước có chung đường biên giới dài hơn 1.400 km.", "đường biên giới dài"),
        ("Con cá trắm nặng 50 kg được kéo lên bờ.", "Con cá trắm nặng"),
    ],
)
def test_a_size_adjective_names_the_thing_it_describes(text, measures):
    assert contexts(text) == [measures]


@pytest.mark.parametrize(
    "text",
    [
        "Các đơn vị của sư đoàn tăng 18 phối hợp với quân chính phủ tấn công.",
        "Người đàn ông trong tình trạng nuy 100% chạy ra giữa đường.",
    ],
)
def test_a_formations_number_and_wholly_naked_are_no_figures(text):
    assert figures(text) == []


def test_a_divisions_soldiers_stay_counted():
    assert figures("Sư đoàn có 12.000 binh sĩ.") == [("12.000 binh sĩ", 12000, None, "binh sĩ", "count")]


def test_a_large_rest_stays_a_count():
    assert figures("Chỉ 4 ca ở tỉnh khác, với 84 ca còn lại, thủ đô vẫn là ổ dịch lớn nhất.") == [
        ("4 ca", 4, None, "ca", "count"),
        ("84 ca", 84, None, "ca", "count"),
    ]


def test_former_soldiers_are_counted_whole():
    assert figures("Buổi lễ có 120 cựu chiến binh tham dự.") == [
        ("120 cựu chiến binh", 120, None, "cựu chiến binh", "count")
    ]


def test_a_count_announcing_its_list_with_a_purpose_between():
    assert figures("Có 4 tiêu chí sau để chọn hướng nhà: – Hướng gió; – Ánh sáng.") == []
    assert figures("Sau đó 4 người sau khi ăn đã nhập viện.") == [("4 người", 4, None, "người", "count")]
