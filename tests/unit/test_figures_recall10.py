"""Figures round of session 38 (held-out golds 357, 359, 361 and 363, read as drawn at 69ce753: recall 112/125,
precision 112/124): a currency code or a dollar sign written against its number ("17.000-19.000USD", "8000$"),
an engine's displacement and a video's frame rate ("149 cc", "120fps", "240 FPS"), projects counted by their
acronym ("40 DA"); not a plenum's number before the Party's term ("Trung ương 5 khóa XII"); a sum told again in
another sentence listed once."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def figures(sentence: str) -> dict[str, tuple[float, float | None, str | None]]:
    return {f.text: (f.value, f.value_max, f.unit) for f in find_figures(sentence, sentence)}


@pytest.mark.parametrize(("sentence", "text", "value", "top", "unit"), [
    ("Giá bán mẫu xe này tại Hàn Quốc từ 17.000-19.000USD. Hyundai Thành Công cho biết.", "17.000-19.000USD",
     17000.0, 19000.0, "USD"),
    ("Không có chiếc váy nào trong bộ sưu tập có giá dưới 8000$. Elle Fanning mặc một chiếc.", "8000$", 8000.0, None,
     "USD"),
    ("Giá paladi giao tháng Ba tăng 1,4% lên 783,1USD/oz.", "783,1USD/oz", 783.1, None, "USD/oz"),
    ("Khách hàng có hóa đơn từ 500.000VNĐ sẽ được nhận quà.", "500.000VNĐ", 500000.0, None, "VNĐ"),
])
def test_a_currency_written_against_its_number(sentence: str, text: str, value: float, top: float | None,
                                                unit: str) -> None:
    assert figures(sentence)[text] == (value, top, unit)


@pytest.mark.parametrize("sentence", [
    "Mã hàng 2015USD không còn trong kho.",  # a year-like code glued to letters
    "Mẫu A400USD được bán hết.",  # a number glued to a letter before it
])
def test_a_glued_currency_after_a_code_is_no_sum(sentence: str) -> None:
    assert all(kind != "USD" for _, _, kind in figures(sentence).values())


@pytest.mark.parametrize(("sentence", "text", "unit"), [
    ("Động cơ SOHC 149 cc 4 van nguyên bản của Exciter không có nhiều thay đổi.", "149 cc", "cc"),
    ("Xe dùng động cơ 2 xi-lanh, dung tích 998cc, cho công suất 93 mã lực.", "998cc", "cc"),
    ("Tốc độ quay chậm trên OnePlus 5 là 120fps.", "120fps", "fps"),
    ("Tốc độ này nhanh hơn tốc độ 240 FPS ở độ phân giải thấp.", "240 FPS", "FPS"),
    ("Trong đó, có 40 DA đã hoàn thành các thủ tục liên quan để triển khai thi công.", "40 DA", "DA"),
])
def test_displacement_frame_rate_and_projects(sentence: str, text: str, unit: str) -> None:
    assert figures(sentence)[text][2] == unit


def test_a_plenum_before_the_partys_term_is_no_count() -> None:
    sentence = "Đây là yêu cầu của Hội nghị Trung ương 5 khóa XII về hoàn thiện thể chế kinh tế."
    assert figures(sentence) == {}


def test_courses_are_still_counted() -> None:
    assert figures("Trường đã mở 5 khóa đào tạo cho cán bộ xã.")["5 khóa đào tạo"][0] == 5.0


def test_a_sum_told_again_in_another_sentence_is_listed_once() -> None:
    text = ("Dự trữ ngoại hối của Trung Quốc vừa giảm xuống dưới 3.000 tỉ USD trong tháng đầu năm. "
            "Đây là tháng thứ bảy dự trữ giảm và lần này giảm xuống dưới mốc tâm lý 3.000 tỉ USD.")
    found = [f for f in find_figures(text, text) if f.value == 3e12]
    assert len(found) == 1 and found[0].span.start < text.index(".")


@pytest.mark.parametrize("text", [
    "Năm nay tỉnh chi 120 tỷ đồng cho giáo dục và 120 tỷ đồng cho y tế.",  # two sums in one sentence
    "Cá tra An Giang 38000 đ/kg. Cá chim trắng An Giang 38000 đ/kg.",  # a price list: per kilo, different goods
    "Anh góp 20 triệu đồng. Chị góp 20 triệu đồng.",  # a small sum: too common to be one
])
def test_equal_sums_that_stay_two(text: str) -> None:
    assert len(find_figures(text, text)) == 2


@pytest.mark.parametrize(("sentence", "text", "unit"), [
    ("Chất khoáng như: canxi (Ca) 17mg, sắt (Fe) 0,15g, magiê (Mg) 9mg.", "17mg", "mg"),
    ("Mạng 6G có thể đạt tốc độ lên đến 1000Gbps, thay vì tốc độ tối đa 20Gbps của mạng 5G.", "20Gbps", "Gbps"),
    ("Gói cước cho tốc độ từ 50-150 Mbps, độ trễ thấp.", "50-150 Mbps", "Mbps"),
    ("Động cơ 1,5 lít hoàn toàn mới, thay thế cho loại 1,33 lít cũ.", "1,33 lít", "lít"),
])
def test_milligrams_network_speed_and_a_size_after_loai(sentence: str, text: str, unit: str) -> None:
    assert figures(sentence)[text][2] == unit


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), [
    ("Dự án đóng tàu trị giá 89 tỷ AUD (tương đương 66,1 tỷ USD) của chính quyền.", "89 tỷ AUD", 89e9, "AUD"),
    ("Giá thép cuộn ở mức 4.150 NDT/tấn, không thay đổi.", "4.150 NDT/tấn", 4150.0, "NDT/tấn"),
    ("Xe có giá bán chỉ 9.126 RM tại Malaysia.", "9.126 RM", 9126.0, "RM"),
    ("Bức tranh được bán với giá 400.000 Bảng Anh.", "400.000 Bảng Anh", 400000.0, "Bảng Anh"),
])
def test_more_currencies(sentence: str, text: str, value: float, unit: str) -> None:
    found = figures(sentence)[text]
    assert (found[0], found[2]) == (value, unit)


def test_a_grade_after_loai_is_still_no_figure() -> None:
    assert figures("Gạo loại 1 được thu mua nhiều.") == {}


@pytest.mark.parametrize(("sentence", "text", "value", "top", "unit"), [
    ("Công an đã khởi tố và bắt giam 3 bị can, gồm: Bùi Mạnh Quốc.", "3 bị can", 3.0, None, "bị can"),
    ("TAND tỉnh mở phiên tòa xét xử 12 bị cáo trong vụ án.", "12 bị cáo", 12.0, None, "bị cáo"),
    ("Phải quy hoạch cho dân số 15-30 triệu người sinh sống.", "15-30 triệu người", 15e6, 30e6, "người"),
    ("Phường Mai Dịch có diện tích 199,76 ha; dân số 40.511 người.", "40.511 người", 40511.0, None, "người"),
    ("Anh Warmbier đã bị tuyên phạt 15 năm lao động khổ sai.", "15 năm lao động khổ sai", 15.0, None,
     "năm lao động khổ sai"),
    ("Xuất hiện gần đây trên thị trường và là hãng xe lớn thứ 5 tại Việt Nam, VinFast có nhiều tham vọng.", "thứ 5",
     5.0, None, "hạng"),
    ("Từ 50 triệu đến 1 tỷ đồng: 2,5 triệu đồng cộng 1,5% giá trị tài sản bán được.", "50 triệu đến 1 tỷ đồng", 50e6,
     1e9, "đồng"),
])
def test_the_accused_a_population_a_labour_camp_term_a_rank_in_a_country_a_range_of_two_scales(
        sentence: str, text: str, value: float, top: float | None, unit: str) -> None:
    assert figures(sentence)[text] == (value, top, unit)


@pytest.mark.parametrize("sentence", [
    "Vụ tai nạn làm 2 bị thương nặng.",  # "bị" before a verb
    "Nhà máy nằm ở số 12 phố Huế.",  # a house number after "số"
])
def test_no_count_of_a_verb_after_bi_nor_of_a_house_number(sentence: str) -> None:
    assert figures(sentence) == {}


@pytest.mark.parametrize(("sentence", "text", "value", "top", "unit"), [
    ("Điều 123 BLHS quy định hình phạt từ cảnh cáo, cải tạo không giam giữ hoặc phạt tù đến 10 năm.", "10 năm", 10.0,
     None, "năm tù"),
    ("Người phạm tội thì bị phạt tù từ 2 đến 7 năm.", "2 đến 7 năm", 2.0, 7.0, "năm tù"),
    ("Messi bị tuyên án tù 21 tháng vì trốn thuế.", "21 tháng", 21.0, None, "tháng tù"),
    ("UBKT tỉnh ủy Đắk Nông vừa quyết định kỷ luật 2 lãnh đạo huyện Krông Nô.", "2 lãnh đạo", 2.0, None, "lãnh đạo"),
    ("UBKT các cấp đã thi hành kỷ luật 1.648 đảng viên.", "1.648 đảng viên", 1648.0, None, "đảng viên"),
])
def test_a_term_after_phat_tu_and_those_disciplined(sentence: str, text: str, value: float, top: float | None,
                                                      unit: str) -> None:
    assert figures(sentence)[text] == (value, top, unit)


@pytest.mark.parametrize("sentence", [
    "Anh ấy đã ngồi tù 3 năm qua.",  # a time spent, no sentence
    "Theo Luật 2 sửa đổi có hiệu lực.",  # a law's number
])
def test_no_term_from_time_in_jail_nor_a_count_after_a_law(sentence: str) -> None:
    assert figures(sentence) == {}


def test_a_term_written_with_tu_after_it_keeps_it() -> None:
    assert figures("Tòa án phạt tù 21 tháng tù đối với cha con Messi.")["21 tháng tù"][2] == "tháng tù"
