"""Figures round of session 67 (blind figures golds 1043–1049, read after their blind score): a building's storeys
("Tòa chung cư 27 tầng bốc cháy"), named by the building; so many of so many with its share after it, a tennis
match's statistics ("88/146 (60%)"); times per a period with a space after the slash ("1 lần/ đêm")."""

from __future__ import annotations

from briefing_tui.search.extract.figures import find_figures


def found(body: str) -> dict[str, str]:
    return {f.text: f.context for f in find_figures(body, body)}


def test_a_buildings_storeys() -> None:
    got = found("Tòa chung cư 27 tầng bốc cháy dữ dội ở London. Đám cháy lan sang căn nhà 4 tầng kinh doanh sơn.")
    assert got == {"27 tầng": "Tòa chung cư", "4 tầng": "căn nhà"}
    assert "3 tầng" in found("Trường có 2 dãy nhà 3 tầng, có quy mô 15 lớp học.")


def test_a_ratio_with_its_share() -> None:
    got = found("Lỗi kép 3 88/146 (60%) Tỷ lệ giao bóng 1 97/146 (66%) 62/88 (70%) Giao bóng 1 ăn điểm.")
    assert {"88/146", "97/146", "62/88"} <= set(got)
    # a share that is not the ratio's: no ratio
    assert "3/4" not in found("Ngày 3/4 (25%) cổ phiếu tăng.")
    assert "5/7" not in found("Nhóm 5/7 (20%) được chọn.")


def test_times_per_a_period_after_a_spaced_slash() -> None:
    assert "1 lần/ đêm" in found("Sau 7 ngày, tôi đi tiểu còn 1 lần/ đêm, và sau 1 tháng thì khỏi hẳn.")
    assert "1-2 lần/ tuần" in found("Kiên trì áp dụng 1-2 lần/ tuần và chỉ sau 2 tháng sẽ có kết quả.")


def test_a_place_in_a_region_with_no_verb() -> None:
    got = found("Việt Nam đứng ở vị trí thứ 20 châu Á, thứ 3 Đông Nam Á. Philippines xếp thứ hạng 126 thế giới và thứ 1 "
                "Đông Nam Á.")
    assert {"thứ 3", "thứ 1"} <= set(got)
    assert "thứ 2" not in found("Đây là lần thứ 2 thế giới chứng kiến cảnh này.")


def test_sessions_per_week() -> None:
    assert "5 buổi/ tuần" in found("Cô thường tập gym 5 buổi/ tuần kết hợp cả tập yoga và vũ đạo.")
    assert "3 buổi/ tuần" in found("Cô không muốn có nhiều cơ bắp nên thường chỉ tập 3 buổi/ tuần.")
    # an episode's number stays no figure
    assert not found("Phim phát sóng tập 5 ngày mai.")


def test_degrees_with_a_zero_typed_for_the_sign() -> None:
    got = found("Nhiệt độ phổ biến từ 13 - 16 0 C; vùng núi chỉ còn 10 - 13 0 C, riêng núi cao có rét dưới 10 0 C.")
    assert {"13 - 16 0 C", "10 - 13 0 C", "10 0 C"} <= set(got)
    assert "37 0C" in found("Vi khuẩn phát triển rất nhanh khi nước ở nhiệt độ 37 0C.")
    # a score or a count before a capitalised word is no temperature
    assert not any("C" in k for k in found("Tỷ số 2 0 Chelsea vẫn giữ nguyên."))


def test_the_euro_in_capitals() -> None:
    assert "200.000 EURO" in found("Sau đó anh phải chi 200.000 EURO để bịt miệng cô người mẫu.")


def test_the_rest_of_a_set() -> None:
    assert "6 cầu thủ" in found("Ngoại trừ Tuấn Anh chưa hồi phục hoàn toàn, 6 cầu thủ còn lại đều có đóng góp đáng kể.")
    assert "3 vòng" in found("Đội bóng phải kiếm nhiều điểm hơn trong 3 vòng đấu còn lại.")


def test_a_time_so_far() -> None:
    assert "2 năm" in found("Lấy nhau được 2 năm, khi công việc buôn bán tạm ổn thì anh đổi tính.")
    assert "10 năm" in found("Ông cho biết vợ ông có tiền sử chạy thận đã 10 năm.")
    # not yet a month: no quantity told
    assert not found("Khi sang chỗ mới chưa được 1 tháng, một người phụ nữ đã tìm đến.")
    # an age stays an age
    assert "3 tháng tuổi" in found("Cậu bé được đưa đi khám lần đầu tiên khi đã 3 tháng tuổi.")
