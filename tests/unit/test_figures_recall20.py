"""Figures round of session 52 (blind figures golds 719 and 721, read after their blind score, and the pooled golds'
misses): days to years given as a range are a measured time; a price in thousands of đồng with the currency unsaid, by
what it is paid for; matches counted after "sau" when what they count follows; a record over all the matches."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def figures(sentence: str) -> list[tuple[str, float, float | None, str | None]]:
    return [(f.text, f.value, f.value_max, f.unit) for f in find_figures(sentence, sentence)]


@pytest.mark.parametrize(("sentence", "text", "low", "high", "unit"), [
    ("Có những trường hợp dị vật bị bỏ quên từ 3 - 6 tháng.", "3 - 6 tháng", 3.0, 6.0, "tháng"),
    ("Hoa mận thường nở rộ khoảng 1 đến 2 tuần.", "1 đến 2 tuần", 1.0, 2.0, "tuần"),
    ("Sau khi trồng từ 7 - 10 ngày, rau răm sẽ bén rễ.", "7 - 10 ngày", 7.0, 10.0, "ngày"),
    ("Do không hát tốt tiếng Việt nên anh Sean mất cỡ 2-3 tuần tập luyện.", "2-3 tuần", 2.0, 3.0, "tuần"),
])
def test_a_range_of_days_to_years_is_a_measured_time(sentence: str, text: str, low: float, high: float, unit: str) -> None:
    assert (text, low, high, unit) in figures(sentence)


@pytest.mark.parametrize("sentence", [
    "Từ ngày 27 đến 30 tháng Chạp tui đã bán được cả trăm chậu.",  # a date's days
    "Cứ 2 - 3 tháng gia đình đưa cháu đến viện khám.",  # how often
    "Trong 5-10 năm tới, chúng ta sẽ tham chiến.",  # when
    "Trong 2-3 năm gần đây, cô ít khi tổ chức sinh nhật.",  # when
    "Lãi suất huy động cho kỳ hạn 1-2 tháng giảm mạnh.",  # a deposit's term, a product's name
    "Khu dân cư hình thành từ thời kỳ đồ đá mới (cách đây 7.550 đến 8.000 năm).",  # how long ago
])
def test_no_range_that_says_when_or_how_often(sentence: str) -> None:
    assert not [f for f in figures(sentence) if f[3] in ("ngày", "tuần", "tháng", "năm")]


def test_one_year_alone_is_still_no_measured_time() -> None:
    assert not figures("Sau khi trồng 1 năm, cây cho quả.")


@pytest.mark.parametrize(("sentence", "text", "low", "high", "unit"), [
    ("Với mức giá như tôi biết là 80.000/m2 đối với quận 3 thì quá cao.", "80.000/m2", 80000.0, None, "đồng/m2"),
    ("Ông được trả mức công 600.000/ngày.", "600.000/ngày", 600000.0, None, "đồng/ngày"),
    ("Du khách có thể thuê nhà nghỉ (giá khoảng 200-300.000/phòng).", "200-300.000/phòng", 200000.0, 300000.0,
     "đồng/phòng"),
    ("Giá lợn hơi 36.000- 38.000/kg là người chăn nuôi đã có lãi.", "36.000- 38.000/kg", 36000.0, 38000.0, "đồng/kg"),
    ("Quận 3 cho thuê 80.000/ m2 mỗi tháng.", "80.000/ m2", 80000.0, None, "đồng/m2"),
])
def test_a_price_with_the_currency_unsaid(sentence: str, text: str, low: float, high: float | None, unit: str) -> None:
    assert (text, low, high, unit) in figures(sentence)


@pytest.mark.parametrize("sentence", [
    "Số ca mắc mới vào khoảng 10.000/ngày và chính quyền quyết định nới lỏng.",  # a count by the day
    "Học bổng nghiên cứu sinh $70.000/năm cho 5 năm.",  # dollars
    "Giá vé là 40.000/vé, tức khoảng 2 USD.",  # another currency in the sentence
])
def test_no_price_in_dong_where_none_is_said(sentence: str) -> None:
    assert not [f for f in figures(sentence) if (f[3] or "").startswith("đồng/")]


@pytest.mark.parametrize(("sentence", "text"), [
    ("Sau 29 trận ra sân ở La Liga, anh đã có đến 17 bàn thắng.", "29 trận"),
    ("Trên mặt trận Europa League, sau 12 trận, Aspas có 5 bàn.", "12 trận"),
    ("Hiện Thai Port thắng cả 4 trận ở giải năm nay.", "4 trận"),
    ("U20 Indonesia đã thua cả 3 trận trước Argentina, Ba Lan và New Zealand.", "3 trận"),
])
def test_matches_counted(sentence: str, text: str) -> None:
    assert text in [f[0] for f in figures(sentence)]


@pytest.mark.parametrize("sentence", [
    "Bảng xếp hạng sau 2 lượt trận đã rõ.",  # a point in the season, nothing counted over it
    "Đội đã tạo ra được ít cơ hội trong 3 trận gần nhất.",  # a stretch of it
    "Cả 2 trận đều diễn ra trên sân nhà.",  # both, already known
])
def test_no_count_of_matches_that_only_places_the_season(sentence: str) -> None:
    assert not [f for f in figures(sentence) if (f[3] or "").startswith(("trận", "lượt"))]


@pytest.mark.parametrize("sentence", [
    "Thay các sản phẩm trang điểm khoảng 3 đến 4 tháng một lần.",  # how often
    "Nam giới nên đi khám sức khỏe 3-6 tháng một lần.",
])
def test_no_range_said_of_how_often(sentence: str) -> None:
    assert not [f for f in figures(sentence) if f[3] == "tháng"]


@pytest.mark.parametrize(("sentence", "text", "unit"), [
    ("Hai tàu cá vỏ thép có công suất mỗi chiếc 900 CV đang được đóng mới.", "900 CV", "CV"),
    ("Tàu cá mang số hiệu TH-90850TS có công suất 230CV của gia đình ông Giang.", "230CV", "CV"),
    ("Tàu ngầm có thể bị chìm ở độ sâu 2.000-2.300 feet.", "2.000-2.300 feet", "feet"),
    ("Hệ thống âm thanh với 19 loa cho công suất 755 watt.", "755 watt", "watt"),
])
def test_english_units_and_horsepower(sentence: str, text: str, unit: str) -> None:
    assert text in [f[0] for f in figures(sentence) if f[3] == unit]


@pytest.mark.parametrize("sentence", [
    "Xe chở hàng bằng container 40 feet tăng từ 240.000 đồng/lượt lên 280.000 đồng/lượt.",
    "Một nhóm người cẩu chiếc thùng container (loại 20 feet) đến bịt kín trước cửa nhà.",
])
def test_a_containers_size_is_its_kind(sentence: str) -> None:
    assert not [f for f in figures(sentence) if f[3] == "feet"]


def test_a_price_range_whose_first_number_drops_the_seconds_thousands() -> None:
    assert ("1-1.500.000/m2", 1_000_000.0, 1_500_000.0, "đồng/m2") in figures("Giá thuê từ 1-1.500.000/m2 tùy vị trí.")
