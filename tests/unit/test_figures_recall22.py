"""Figures round of session 54 (blind figures golds 771 and 773, read after their blind score): a time counted in
decades."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.figures import find_figures


def figures(sentence: str) -> list[tuple[str, float, str | None, str | None]]:
    return [(f.text, f.value, f.unit, f.subkind) for f in find_figures(sentence, sentence)]


@pytest.mark.parametrize(("sentence", "text", "value", "unit"), [
    ("Sau hơn 2 thập kỷ góp mặt trên thị trường công nghệ, Yahoo đã bán mình.", "2 thập kỷ", 2.0, "thập kỷ"),
    ("Ông hợp tác với nhiều nghệ sĩ trong hơn 3 thập kỷ hoạt động âm nhạc.", "3 thập kỷ", 3.0, "thập kỷ"),
    ("Không được như Sir Alex Ferguson - với gần 3 thập niên - thì cũng đặc biệt.", "3 thập niên", 3.0, "thập niên"),
    ("Athletic Bilbao giành danh hiệu đầu tiên sau 3 thập kỉ chờ đợi.", "3 thập kỉ", 3.0, "thập kỉ"),
])
def test_a_time_in_decades(sentence: str, text: str, value: float, unit: str) -> None:
    assert (text, value, unit, "duration") in figures(sentence)


@pytest.mark.parametrize("sentence", [
    "Ca khúc này nổi tiếng từ thập niên 90 đến nay.",  # a decade's name
    "Gần 4 thập kỷ sau, Kodak đã phải tuyên bố phá sản.",  # when, not how long
    "Cách đây 4 thập kỷ trước, Tổng thống Nixon đã từ chối.",
])
def test_no_decades_that_say_when(sentence: str) -> None:
    assert not [f for f in figures(sentence) if f[2] and f[2].startswith("thập")]


def test_decades_ago_say_when() -> None:
    assert not figures("Từ dự án Việt-Xô Petro cách đây hơn 3 thập kỷ, các doanh nghiệp Nga đã đầu tư vào Việt Nam.")


def test_a_top_rank_told_again_is_listed_once() -> None:
    text = ("Mourinho vẫn kiêu ngạo dù bị loại khỏi Top 4. Quỷ Đỏ chính thức không thể lọt vào top 4 Premier League. "
            "Đội bóng vẫn đứng trong top 10 về doanh thu.")
    assert [(t, v) for t, v, _unit, _sub in figures(text)] == [("Top 4", 4.0), ("top 10", 10.0)]


@pytest.mark.parametrize("sentence", [
    "Theo chỉ đạo của Chính phủ, và Ban Chỉ đạo 389 quốc gia, lực lượng đã bắt giữ nhiều vụ.",
    "Ban chỉ đạo 24 tỉnh Thanh Hóa đã có văn bản gửi huyện.",
    "Martinez móc vô-lê trong vòng 16m50, nhưng thủ môn đã xuất sắc cản phá.",
])
def test_names_with_numbers_are_no_figures(sentence: str) -> None:
    assert figures(sentence) == []


def test_a_steering_committee_still_counts_its_members() -> None:
    assert ("12 thành viên", 12.0, "thành viên", None) in figures("Ban chỉ đạo có 12 thành viên.")


@pytest.mark.parametrize(("sentence", "text", "context"), [
    ("Nhiệt độ thấp nhất 23 - 26 độ C, cao nhất 28 - 31 độ C.", "28 - 31 độ C", "nhiệt độ cao nhất"),
    ("Trẻ có các triệu chứng: Sốt cao trên 39 độ C.", "39 độ C", "sốt"),
    ("Vắc xin cần bảo quản 2-8 độ C.", "2-8 độ C", "nhiệt độ"),
    ("Nhiệt độ thấp nhất từ : : 24 - 27oC Nhiệt độ cao nhất từ : : 29 - 32oC", "29 - 32oC", "nhiệt độ cao nhất"),
])
def test_a_temperature_names_what_it_measures(sentence: str, text: str, context: str) -> None:
    assert {f.text: f.context for f in find_figures(sentence, sentence)}[text] == context


def test_a_temperature_told_twice_is_still_merged_by_its_words() -> None:
    text = "Hà Nội có nơi trên 39 độ C. Nghệ An cũng có nơi trên 39 độ C."
    assert [f.text for f in find_figures(text, text)] == ["39 độ C"]


@pytest.mark.parametrize("sentence", [
    "Các mẫu hỗ trợ 5G gồm ZTE: Axon 10 pro; Huawei P40 Pro.",
    "Đàn ông có nên lấy vợ ngoan 1 tí, ngu 1 tí và ngon 1 tí?",
])
def test_a_models_pro_and_a_little_are_no_counts(sentence: str) -> None:
    assert figures(sentence) == []
