"""Figures round of session 50 (pooled figures golds): days, weeks, months and years "trong" (for, within) or "suốt"
(throughout) are how long something lasts, a measured duration; the same words before a period a report or a story is
told over (its dates, a comma closing an opening clause, "còn lại", "gần nhất") or after a superlative ("cao nhất
trong 6 tháng") are no figure. Months or years "sau" (after) with what they were spent on after them
("sau 30 năm làm việc") are measured too, not the time before something happens ("sau 5 năm sẽ đạt")."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def durations(sentence: str) -> list[tuple[str, float, str | None, str]]:
    return [(f.text, f.value, f.unit, f.context) for f in find_figures(sentence, sentence) if f.subkind == "duration"]


@pytest.mark.parametrize(("sentence", "text", "value", "unit", "context"), [
    ("Công trình sẽ hoàn thành xây dựng trong 10 tháng.", "10 tháng", 10.0, "tháng", "sẽ hoàn thành xây dựng"),
    ("Doanh nghiệp được miễn thuế thu nhập trong 3 năm.", "3 năm", 3.0, "năm", "được miễn thuế thu nhập"),
    ("Trong 53 năm hành nghề, ông dẫn dắt hàng chục đội bóng.", "53 năm", 53.0, "năm", "hành nghề"),
    ("Trong 5 năm làm việc ở Turin, Ribalta có vai trò quan trọng.", "5 năm", 5.0, "năm", "làm việc ở Turin"),
    ("Sơn trốn ra nước ngoài sống chui lủi suốt 16 năm trời.", "16 năm", 16.0, "năm", "ra nước ngoài sống chui lủi"),
    ("Mỹ đã đàm phán với Trung Quốc trong 5 tuần.", "5 tuần", 5.0, "tuần", "đã đàm phán với Trung Quốc"),
    ("Phiên họp thứ 12 diễn ra trong 1,5 ngày.", "1,5 ngày", 1.5, "ngày", "diễn ra"),
    ("Bệnh viện này đã phẫu thuật thùy não trong suốt gần 150 năm.", "150 năm", 150.0, "năm",
     "này đã phẫu thuật thùy não"),
])
def test_a_time_that_lasts(sentence: str, text: str, value: float, unit: str, context: str) -> None:
    assert (text, value, unit, context) in [(t, v, u, c) for t, v, u, c in durations(sentence)]


@pytest.mark.parametrize("sentence", [
    "Xuất khẩu tăng lên mức cao nhất trong 6 tháng, đạt 13 triệu USD.",
    "Đây là lần đầu tiên trong hơn 2 năm, NHNN giảm lãi suất.",
    "Tôi quay lại Thái Lan tận 10 lần trong 2 năm.",
    "Trong 2 ngày 16 - 17/6, Đồn Biên phòng Bến Đá tổ chức tuần tra.",
    "Theo Bộ LĐ-TB&XH, trong 4 năm (2016-2020), cả nước có 2.472.000 người học nghề.",
    "Trong 6 tháng, có hơn 2.000 vụ án bị khởi tố.",
    "Trong 9 tháng năm 2020 tỉnh Đồng Nai thu hút 1,2 tỷ USD vốn FDI.",
    "Trong 6 tháng năm nay xuất khẩu tăng 8%.",
    "Hai năm liền không đạt mục tiêu, và trong 3 năm còn lại sẽ khó khăn hơn.",
    "Có 7 trang web có lượng truy cập rất lớn trong 6 tháng gần nhất.",
    "Trong 7 ngày Tết có tất cả 368 vụ tai nạn giao thông.",
    "Cô có toàn điểm 10 suốt 5 năm tiểu học, suốt 4 năm đại học.",
    "Giá điện sẽ tăng trong 5 năm tới.",
    "Mỹ ghi nhận kỷ lục gần 100.000 ca mắc mới chỉ trong 1 ngày.",
])
def test_a_period_told_over_is_no_duration(sentence: str) -> None:
    assert durations(sentence) == []


@pytest.mark.parametrize(("sentence", "text", "context"), [
    ("Ông nghỉ hưu sau 30 năm làm việc và cống hiến cho VTV.", "30 năm", "làm việc"),
    ("Sau 7 năm luyện tập, Chirag tự tin thể hiện hàng trăm tư thế.", "7 năm", "luyện tập"),
    ("Hai người chia tay sau 3 năm hẹn hò.", "3 năm", "hẹn hò"),
    ("Hiệp định được ký sau hơn 5 năm đàm phán.", "5 năm", "đàm phán"),
])
def test_a_time_spent_before_a_change(sentence: str, text: str, context: str) -> None:
    assert (text, context) in [(t, c) for t, _v, _u, c in durations(sentence)]


@pytest.mark.parametrize("sentence", [
    "Sau 3 năm cây xanh tán sẽ rộng 6-8 m2/người và sau 5 năm sẽ đạt 12-15 m2.",
    "Vết đỏ trên tai bé sau 3 ngày vẫn sưng tấy.",
    "Rồi anh quen chị sau 3 năm chia tay.",
    "Vòng bán kết có 6 đội được chọn ra sau 4 tháng phát động cuộc thi.",
    "Sau 10 tháng, gia đình bà nhận được tin.",
])
def test_a_time_after_which_something_happens_is_no_duration(sentence: str) -> None:
    assert [t for t, _v, _u, _c in durations(sentence) if t.endswith(("năm", "tháng"))] == []


def test_a_time_told_again_with_other_words_after_it_is_listed_once() -> None:
    sentence = ("Sau 6 năm kết hôn và 12 năm bên nhau, họ chia tay. Cô nói sau 6 năm kết hôn và gần 10 năm yêu nhau, "
                "họ vẫn vui.")
    assert [(t, c) for t, _v, _u, c in durations(sentence)] == [("6 năm", "kết hôn")]


@pytest.mark.parametrize(("sentence", "text"), [
    ('Ông nói: "Tôi làm diễn viên được 16 năm và muốn theo học chúng từ lâu."', "16 năm"),
    ("Đến nay chương trình đã triển khai được 6 năm với tổng ngân sách 25 tỉ đồng.", "6 năm"),
    ("Linh sinh ra ở Yên Bái nhưng rời quê được khoảng 13 năm.", "13 năm"),
    ("Công ty còn bảo hành 3 năm, bảo trì lên đến 5 năm với toàn bộ sản phẩm.", "3 năm"),
    ("Công ty còn bảo hành 3 năm, bảo trì lên đến 5 năm với toàn bộ sản phẩm.", "5 năm"),
    ("Nghị quyết nếu được thông qua sẽ có hiệu lực 5 năm kể từ ngày 1/7/2017.", "5 năm"),
    ("Công chức, người lao động được nghỉ 3 ngày từ 2/9 đến 4/9.", "3 ngày"),
    ("Dù mang bầu 6 tháng, cô vẫn tự tin xuất hiện trong bộ đầm.", "6 tháng"),
    ("Giảm từ tối đa 15 ngày xuống còn 10 ngày với thủ tục đăng ký biến động đất đai.", "15 ngày"),
    ("Giảm từ tối đa 15 ngày xuống còn 10 ngày với thủ tục đăng ký biến động đất đai.", "10 ngày"),
])
def test_a_time_so_far_a_term_or_a_cut(sentence: str, text: str) -> None:
    assert text in [t for t, _v, _u, _c in durations(sentence)]


@pytest.mark.parametrize("sentence", [
    "Khi được hơn 4 tháng tuổi, bé Tấn Đức rất hay quấy khóc.",
    "Quý tử út Mio nay được gần 7 tháng tuổi.",
])
def test_an_infants_age_is_no_time_so_far(sentence: str) -> None:
    assert durations(sentence) == []


def test_what_a_time_measures_starts_at_a_word() -> None:
    # six words back would start inside "Công trình", "Doanh nghiệp": the phrase starts after them
    assert durations("Công trình sẽ hoàn thành xây dựng trong 10 tháng.")[0][3] == "sẽ hoàn thành xây dựng"
    assert durations("Doanh nghiệp được miễn thuế thu nhập trong 3 năm.")[0][3] == "được miễn thuế thu nhập"


def figures(sentence: str) -> list[tuple[str, str | None]]:
    return [(f.text, f.unit) for f in find_figures(sentence, sentence)]


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Gần 6.000 bao thuốc lá không có giấy tờ hợp lệ vừa bị thu giữ.", ("6.000 bao thuốc lá", "bao thuốc lá")),
    ("Kho còn chứa 200 bao gạo.", ("200 bao gạo", "bao gạo")),
])
def test_sacks_and_packs_are_counted(sentence: str, figure: tuple[str, str]) -> None:
    # "bao" had ended every unit as a stop word ("bao gồm", "bao nhiêu"): blind figures gold 693 missed four
    assert figure in figures(sentence)


@pytest.mark.parametrize(("sentence", "text"), [
    ("Thời gian lưu trú từ 5-10 ngày, đảm bảo các yêu cầu về hộ chiếu.", "5-10 ngày"),
    ("Thí sinh đến chậm quá 15 phút sau khi có hiệu lệnh tính giờ làm bài.", "15 phút"),
    ("Người tốt nghiệp loại khá thì đào tạo thêm 3 năm chuyên khoa.", "3 năm"),
    ("Liên minh châu Âu đề xuất gia hạn trừng phạt thêm 6 tháng.", "6 tháng"),
])
def test_more_measured_times_of_blind_figures_golds_691_693(sentence: str, text: str) -> None:
    assert text in [t for t, _v, _u, _c in durations(sentence)]


def scores(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.context) for f in find_figures(sentence, sentence) if f.subkind == "score"]


def test_results_written_after_the_two_sides_and_a_colon() -> None:
    text = ("KẾT QUẢ Thái Sơn Bắc – Sanatech Khánh Hòa: 3-3 Sanest Tourist Khánh Hòa – Cao Bằng: 0-2 Hải Phương Nam PN "
            "– Sài Gòn FC: 5-0 Lịch thi đấu vòng sau.")
    assert scores(text) == [("3-3", "Thái Sơn Bắc – Sanatech Khánh Hòa"), ("0-2", "Sanest Tourist Khánh Hòa – Cao Bằng"),
                            ("5-0", "Hải Phương Nam PN – Sài Gòn FC")]


@pytest.mark.parametrize(("sentence", "figure"), [
    ("Kết quả Cúp quốc gia Đức: Hamburger 2-0 Koln, Bielefeld 1-1 Bayern.", ("2-0", "Hamburger – Koln")),
    ("U20 Indonesia đã thua cả 3 trận trước Argentina (0-5), Ba Lan (0-6).", ("0-5", "thua cả 3 trận trước Argentina")),
    ("Murray thắng Khachanov ở vòng 4 (tỉ số các set: 6-3, 6-4, 6-4) và giành vé.", ("6-3, 6-4, 6-4", "tỉ số các set")),
])
def test_more_scores_of_the_pooled_golds(sentence: str, figure: tuple[str, str]) -> None:
    assert figure in scores(sentence)
