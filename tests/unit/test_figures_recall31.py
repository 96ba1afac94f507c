"""Figures round of session 65 (blind figures golds 945–947, read after their blind score): horsepower in English
("sử dụng 1,5HP", "công suất 829 HP") and a screen's brightness in nits ("độ sáng 1500 nits", where "sáng N" had read
as a morning's date) are measures; "đồng thời" (at the same time) after a small number is no money ("vòng 1 đồng thời
giúp che chắn" had read as 1 đồng). Đồng capitalised after a scale is money ("tương đương 216 triệu Đồng"). A frequency after "tần số" is measured
("tần số 60Hz"), not a name's number after "số". A sum with its currency's sign first ("$70.000/năm", "£137m") is
money, and a dollar sign written before the next sum is not the number before it's ("Danh hiệu 2 $108,940,597").
Nits written against the number ("800nits"); a comma after "thêm N năm" closes no report's period. A sum below zero
in brackets ("(-34,4 tỷ đồng)") keeps its minus. A car's power in German horsepower ("52 PS") and the yen in English
("1,294 triệu Yen")."""

from __future__ import annotations

from briefing_tui.search.extract.figures import find_figures


def found(body: str) -> dict[str, str]:
    return {f.text: f.context for f in find_figures(body, body)}


def test_horsepower_in_english() -> None:
    assert set(found("Nếu phòng dưới 15m2 thì sử dụng 1HP. Nếu phòng 20m2 thì sử dụng 1,5HP.")) >= {"1HP", "1,5HP"}
    assert "829 HP" in found("Chủ chiếc tàu vỏ sắt mang số hiệu TH-93968 TS (công suất 829 HP) cho biết.")
    # a registration's letters before a number stay a code
    assert found("Tàu HP - 4356 vi phạm vùng biển.") == {}


def test_a_screens_brightness() -> None:
    assert found("Ngay cả dưới ánh mặt trời, độ sáng 1500 nits và chuẩn HDR10+ giúp nội dung rõ ràng.") == {
        "1500 nits": "độ sáng"}
    assert "100 nit" in found("Máy dùng được khoảng 9 giờ trong bài kiểm tra pin (ở độ sáng 100 nit).")


def test_dong_thoi_is_no_money() -> None:
    assert found("Lớp đệm giúp nâng đẩy vòng 1 đồng thời giúp che chắn vùng nhạy cảm.") == {}
    assert found("Cô giành giải tại giải Kim Ưng lần 27 đồng thời nhận đề cử.") == {}
    # a price at a moment is money still
    assert "107.000 đồng" in found("Trước đó, mã này đã giảm về 107.000 đồng thời điểm chốt phiên 23/4.")


def test_dong_capitalised_after_a_scale() -> None:
    assert "216 triệu Đồng" in found("Xe có giá khởi điểm 1.078.920 Yên, tương đương 216 triệu Đồng. Xe ra đời năm 1993.")
    # a capital "Đồng" with no scale before it opens a word or a name
    assert found("Dự án hoàn thành năm 2021. Đồng thời, tỉnh sẽ mở rộng đường.") == {}


def test_a_frequency_after_tan_so() -> None:
    assert found("Màn hình có tần số làm tươi 120Hz, thay vì tần số 60Hz như các phiên bản trước.") == {
        "120Hz": "tần số làm tươi", "60Hz": "tần số"}
    # a bare "số N" stays a name's number
    assert found("Anh mặc áo số 10 trong trận đấu.") == {}


def found_money(body: str) -> dict[str, tuple[float, str | None]]:
    return {f.text: (f.value, f.unit) for f in find_figures(body, body) if f.kind == "money"}


def test_a_sum_with_its_sign_first() -> None:
    assert found_money("Học bổng nghiên cứu sinh $70.000/năm cho 5 năm bao gồm học phí.") == {
        "$70.000/năm": (70000.0, "USD/năm")}
    assert found_money("Giá vàng đạt đỉnh ở $1.258,70/oz, trong khi giá bạc giảm $9,30.") == {
        "$1.258,70/oz": (1258.7, "USD/oz"), "$9,30": (9.3, "USD")}
    assert found_money("Dele Alli, Tottenham, £137m ($173m).") == {
        "£137m": (137e6, "GBP"), "$173m": (173e6, "USD")}


def test_a_sign_before_the_next_sum_is_not_the_number_befores() -> None:
    assert found_money("Danh hiệu  2 $108,940,597  Tổng tiền thưởng") == {"$108,940,597": (108940597.0, "USD")}
    # a sign after its number, as before
    assert found_money("Chiếc xe có giá 8000$ tại Mỹ.") == {"8000$": (8000.0, "USD")}


def test_nits_against_the_number_and_more_years_before_a_comma() -> None:
    assert "800nits" in found("Màn hình có độ sáng cực cao, lên đến 800nits. Thỏa thích dùng mạng xã hội.")
    assert "2 năm" in found("Sau khi chính thức được ở lại sân Emirates thêm 2 năm, HLV Arsene Wenger quyết tâm chi đậm.")
    # a period a report opens with, closed by its comma, stays no figure
    assert found("Trong 6 tháng, có hơn 2.000 vụ án được xử lý.") == {"2.000 vụ án": "vụ án"}


def test_a_sum_below_zero_in_brackets() -> None:
    # a balance below zero after a firm's name (blind figures golds 959, 993): the minus stays the sum's
    assert found_money("Công ty TNHH Hải Linh (-34,4 tỷ đồng); Lọc hóa dầu Quân Đội (-21,3 tỷ đồng).") == {
        "-34,4 tỷ đồng": (-34.4e9, "đồng"), "-21,3 tỷ đồng": (-21.3e9, "đồng")}
    # a dash between two years stays a range's, no sum below zero
    assert found_money("Giai đoạn 2016 -2020 đầu tư 500 tỷ đồng.") == {"500 tỷ đồng": (500e9, "đồng")}


def test_horsepower_in_german_and_the_yen_in_english() -> None:
    assert set(found("Động cơ nạp khí tự nhiên 52 PS/60 Nm; bản thể thao có công suất lên tới 64 PS.")) == {
        "52 PS", "60 Nm", "64 PS"}
    assert found_money("Xe được bán với giá từ 1,079 triệu tới 1,294 triệu Yen tại Nhật Bản.") == {
        "1,079 triệu tới 1,294 triệu Yen": (1.079e6, "Yen")}
