"""Figures round of session 64: days and weeks "sau" (after) with what they were spent on are how long it went on, as
months and years were ("Sau 10 ngày nằm viện", "sau 5 ngày nỗ lực tìm kiếm"); not a time before something happens.
Years in a row are a measured time ("7 năm liên tiếp"); not one year, adjacent months nor days in a row. A time given
for a purpose ("6 tháng để hoàn thành") is named by the purpose; years of a thing's existence or history ("tuổi đời 47
năm", "300 năm tồn tại") are measured too. The rupee, the rupiah, the yen and the pound by their codes are money."""

from __future__ import annotations

from briefing_tui.search.extract.figures import find_figures


def found(body: str) -> dict[str, str]:
    return {f.text: f.context for f in find_figures(body, body)}


def test_days_and_weeks_spent_after_sau() -> None:
    assert "10 ngày" in found("Sau 10 ngày nằm viện, ông thấy hết đau nên được cho xuất viện.")
    assert "5 ngày" in found("Sau 5 ngày nỗ lực tìm kiếm, sáng qua, thi thể cháu bé đã được tìm thấy.")
    assert "2 tuần" in found("Sau 2 tuần điều trị tại bệnh viện, nữ bệnh nhân đã phục hồi một phần thị lực.")


def test_not_the_time_before_something_happens() -> None:
    assert found("Vết đỏ trên tai bé sau 3 ngày vẫn sưng tấy.") == {}
    assert found("Sau 3 ngày, tinh trùng thường không thể sống được.") == {}


def test_years_in_a_row() -> None:
    assert found("Hai anh em nhà Hartono đã 8 năm liền đứng đầu danh sách người giàu nhất Indonesia.") == {
        "8 năm": "Hai anh em nhà Hartono"}
    assert "7 năm" in found("Thành phố được xếp hạng đắt đỏ nhất thế giới 7 năm liên tiếp.")
    assert "5 năm" in found("Quỹ thanh toán cho người tham gia bảo hiểm y tế 5 năm liên tục trở lên.")


def test_not_a_year_nor_adjacent_months_nor_days_in_a_row() -> None:
    assert found("Suốt 1 năm liền bố chị không nghe máy của chị.") == {}
    assert found("Mức bình quân tiền lương tháng của 6 tháng liền kề trước khi thất nghiệp.") == {}
    assert found("Cô chỉ có thể ăn cơm và nước tương trong 4 ngày liên tiếp.") == {}


def test_a_time_given_for_a_purpose_named_by_it() -> None:
    assert found("Bugatti cần đến 20 kỹ thuật viên và 6 tháng để hoàn thành 1 chiếc xe.")["6 tháng"] == "hoàn thành 1 chiếc"
    assert found("Dù bị đặt ra hạn chót 10 ngày để có câu trả lời cuối cùng, Qatar vẫn từ chối.") == {
        "10 ngày": "có câu trả lời"}
    assert found("Mẹ dành cho con 1 ngày để chơi và trò chuyện cùng con.") == {}  # a day


def test_years_of_a_things_existence_or_history() -> None:
    assert found("Hãng dược phẩm uy tín hàng đầu Việt Nam với tuổi đời 47 năm.") == {"47 năm": "tuổi đời"}
    assert found("Qua hơn 300 năm tồn tại và phát triển, đại lộ đã thay đổi.") == {"300 năm": "tồn tại"}
    assert "70 năm" in found("Giải đấu này sẽ chấm dứt 70 năm lịch sử của bóng đá châu Âu.")
    assert "68 năm" in found("Trong lịch sử 68 năm của giải thưởng DGA, họ chỉ có 8 lần đưa ra dự đoán sai.")


def test_the_rupee_rupiah_yen_and_pound_by_their_codes() -> None:
    assert "458.000 INR" in found("Hyundai đã bắt đầu phân phối Grand i10 2017 với giá bán từ 458.000 INR, tương đương "
                                  "155 triệu đồng.")
    assert "34.500.000 IDR" in found("Tại Indonesia xe có giá 34.500.000 IDR (khoảng 59 triệu đồng).")
    assert "1.200 GBP" in found("Chiếc túi có giá 1.200 GBP.")
