"""Figures round of session 40 (held-out golds 477-483, read as drawn at 073c11f: recall 92/107, precision 93/95):
the items of a list that share a noun and a number ("1 dây chuyền tẩy gỉ, 2 dây chuyền cán nguội, 2 dây chuyền mạ
kẽm, 1 dây chuyền mạ màu": two of four were listed), vehicles sent by "điều" (read as a law's article before), and
đồng a piece left unsaid after a scale ("7-8 triệu/bánh")."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def listed(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.context) for f in find_figures(sentence, sentence)]


def test_each_item_of_a_list_with_one_noun() -> None:
    sentence = "Dự án có 1 dây chuyền tẩy gỉ, 2 dây chuyền cán nguội, 2 dây chuyền mạ kẽm, 1 dây chuyền mạ màu."
    assert [t for t, _ in listed(sentence)] == ["1 dây chuyền", "2 dây chuyền", "2 dây chuyền", "1 dây chuyền"]


def test_a_casualty_list_and_a_prize_list() -> None:
    assert [t for t, _ in listed("Vụ tai nạn làm 1 người chết, 1 người bị thương.")] == ["1 người", "1 người"]
    assert [t for t, _ in listed("Ban tổ chức đã trao 1 giải nhất, 1 giải nhì, 1 giải ba.")] == ["1 giải"] * 3


@pytest.mark.parametrize("sentence", [
    "Vụ cháy làm 4 người bị thương. Sau đó, 4 người bị ngạt khói được đưa đi cấp cứu.",  # another sentence
    "Có 2 phần thi trắc nghiệm và tự luận, cả hai được chấm riêng rồi cộng lại, và 2 phần thi đều khó.",  # far apart
    "Bé trai nặng 3,8kg được sinh ra nhờ phôi đông lạnh, một bé trai nặng 3,8 kg.",  # the same words after it
])
def test_a_count_told_again_is_still_listed_once(sentence: str) -> None:
    assert len(listed(sentence)) == 1


@pytest.mark.parametrize(("sentence", "text"), [
    ("Công an quận 7 đã điều 6 xe chuyên dụng, trong đó có xe thang.", "6 xe"),
    ("Bộ Quốc phòng đã điều 4 máy bay tìm kiếm.", "4 máy bay"),
])
def test_vehicles_sent_by_dieu(sentence: str, text: str) -> None:
    assert [t for t, _ in listed(sentence)] == [text]


def test_a_laws_article_stays_no_figure() -> None:
    assert listed("Theo điều 6 xe cơ giới phải dừng lại.") == []


@pytest.mark.parametrize(("sentence", "text", "value", "top", "unit"), [
    ("Qua đó Kiểm hưởng lợi 7-8 triệu/bánh heroin.", "7-8 triệu/bánh", 7e6, 8e6, "đồng/bánh"),
    ("Giá vàng hôm nay 36 triệu/lượng.", "36 triệu/lượng", 36e6, None, "đồng/lượng"),
])
def test_dong_a_piece_left_unsaid(sentence: str, text: str, value: float, top: float | None, unit: str) -> None:
    (f,) = find_figures(sentence, sentence)
    assert (f.text, f.value, f.value_max, f.unit, f.kind) == (text, value, top, unit, "money")


def test_a_scale_a_piece_beside_another_currency_stays_unsure() -> None:
    assert [t for t, _ in listed("Giá 5 USD, hoặc 100 nghìn/chiếc.")] == ["5 USD"]


# --- the second draw (golds 493-499, read as drawn at 57a37ec: recall 188/203, precision 188/206) ---------------


def test_a_hamlets_numbers_are_no_count_of_communes() -> None:
    assert listed("Hàng trăm hộ dân thuộc xóm 6, 7 xã Diễn Thắng viết đơn kiến nghị.") == []
    assert listed("Người dân xóm 6,7 xã Diễn Thắng có nhiều sai sót.") == []
    assert [t for t, _ in listed("Dự án đi qua 7 xã của huyện.")] == ["7 xã"]


def test_a_measure_of_a_hundred_or_more_told_again_is_listed_once() -> None:
    text = ("Tên lửa SM-3 Block IIA có tầm bắn 2.500km và tầm cao 1.500km. Theo đánh giá, Block IIA tầm phóng "
            "2500 km, độ cao đánh chặn 1500km.")
    assert [t for t, _ in listed(text)] == ["2.500km", "1.500km"]


def test_small_measures_and_doses_told_again_stay_each() -> None:
    text = "Chữa ho: hạt cải củ sao 12g, hạnh nhân 12g. Chữa lỵ: hạt cải củ 12g, tỏi 1 củ. Cháo: gạo tẻ 100g."
    assert [t for t, _ in listed(text)].count("12g") == 3  # one per herb of each remedy
    forecast = ("Bắc Bộ: nhiệt độ cao nhất từ 37 - 40 độ, có nơi trên 40 độ C. Trung Bộ: Đà Nẵng đến Phú Yên 37 - 40 "
                "độ, có nơi trên 39 độ C.")  # one range per region
    assert [t for t, _ in listed(forecast)].count("37 - 40 độ") == 2
