"""Figures round of session 62 (blind figures golds 901, 905 and 907, read after their blind score): a place held
after "là", "xuống", "mất" … ("vị trí thứ 3"); a sentence-final particle is no count's unit ("2 kìa")."""

from __future__ import annotations

from briefing_tui.search.extract.figures import find_figures


def texts(body: str) -> list[str]:
    return [f.text for f in find_figures(body, body)]


def test_a_place_held_after_more_verbs() -> None:
    assert texts("U20 Anh cũng mới chỉ có thành tích cao nhất là vị trí thứ 3 tại giải đấu năm 1993.") == ["vị trí thứ 3"]
    assert texts("Siêu máy tính Titan của Mỹ đã bị đẩy xuống vị trí thứ 4 sau hệ thống mới.") == ["vị trí thứ 4"]
    assert texts("Quảng Nam đã mất vị trí thứ ba trên BXH vào tay Sài Gòn FC.") == ["vị trí thứ ba"]
    # a gap to a place is no place held
    assert texts("Đội chỉ còn cách vị trí thứ hai của Tottenham 5 điểm.") == ["5 điểm"]
    # nor a weekday
    assert texts("Cuộc họp sẽ diễn ra vào thứ ba tới tại trụ sở.") == []


def test_a_sentence_final_particle_is_no_unit() -> None:
    assert "2 kìa" not in texts("Tôi từng nhắn tin khen phim của anh từ phần 1 phần 2 kìa. Ai không tin cứ hỏi.")
    assert texts("Nhà anh nuôi 2 con chó nhé.") == ["2 con chó"]
    # a sum in billions before "chứ" keeps its number ("23 ngàn tỷ chứ không …": 20k corpus)
    assert texts("Cần phải chỉ rõ địa chỉ 23 ngàn tỷ chứ không nói lơ mơ được.") == ["23 ngàn tỷ"]


def test_the_next_sides_of_a_list_of_results_in_brackets() -> None:
    body = "U20 Myanmar đã thua đậm trước Ukraine (0-6) và New Zealand (1-5) để kết thúc vòng bảng."
    found = {f.text: f.context for f in find_figures(body, body)}
    assert found == {"0-6": "thua đậm trước Ukraine", "1-5": "New Zealand"}
    # a day and month in brackets after no result is no score
    assert texts("Lễ kỷ niệm 70 năm ngày Thương binh liệt sĩ (27-7) đã hoàn thành, và Hà Nội (28-7) cũng vậy.") == []


def test_grams_written_against_the_number() -> None:
    assert texts("Về lý thuyết, với 1gram chất này đủ để làm chết 36.000 người.") == ["1gram", "36.000 người"]
    assert texts("Giàn nho cho quả nặng trung bình 300-500gram.") == ["300-500gram"]
