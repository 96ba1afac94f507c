"""Figures round of session 73 (the pooled golds): an engine's size inside a car's model name in a price list ("Mazda 3
sedan 2.0L 829", "EcoSport 1.5L TiVCT Trend MT") is a part of the name, no figure, where an engine's stated size is; a
place held after any verb ("giữ nguyên vị trí thứ 3", "bảo toàn vị trí thứ 3"), not one fought for or a gap to it; a
classifier's noun stops before a verb or an adjective ("2 điểm tương ứng 0,5%", "5 trận bất bại")."""

from __future__ import annotations

from helpers import figure_texts as found


def test_an_engines_size_inside_a_models_name_is_no_figure() -> None:
    assert "2.0L" not in found("Mazda 6 2.0L AT nằm ở phân khúc cao hơn Honda Civic.")
    texts = found("Bảng giá: Mazda 2 1.5L 580 triệu đồng, BT-50 AT 4×2 2.2L 699 triệu đồng, EcoSport 1.5L TiVCT Trend MT "
                  "585 triệu đồng.")
    assert not [t for t in texts if t.endswith("L")]
    assert "580 triệu đồng" in texts


def test_an_engines_stated_size_stays_a_figure() -> None:
    assert "2.0L" in found("Xe dùng động cơ xăng 2.0L Skyactive-G sản sinh công suất 153 mã lực.")
    assert "1.4L" in found("Xe được trang bị động cơ Turbo Ecotec 1.4L kết hợp hộp số tự động 6 cấp.")
    assert "6.6L" in found("Xe được trang bị động cơ V12 6.6L Biturbo sản sinh công suất tối đa 600 mã lực.")
    assert "2.3L" in found("Năm 2004: Động cơ Duratec 2.3L XLT 4x4 đi cùng hộp số tự động 4 cấp.")


def test_a_place_held_after_any_verb() -> None:
    assert found("Guardiola vẫn sẽ giữ nguyên vị trí thứ 3 sau vòng đấu cuối.") == ["vị trí thứ 3"]
    assert found("Chiến thắng giúp Sevilla bảo toàn vị trí thứ 3 sau vòng 21.") == ["vị trí thứ 3"]
    assert found("Bottas và Raikkonen xếp các vị trí thứ 3 và 4.") == ["vị trí thứ 3", "4"]


def test_a_place_fought_for_or_a_gap_to_it_is_no_place_held() -> None:
    assert "vị trí thứ 4" not in found("Cuộc chiến cho vị trí thứ 4 trở nên căng thẳng với 3 tay đua.")
    assert "vị trí thứ 5" not in found("Man Utd chỉ cách vị trí thứ 5 của Liverpool 1 điểm.")


def test_a_classifiers_noun_stops_before_a_verb_or_an_adjective() -> None:
    assert found("Chỉ số VN30 tăng 2 điểm tương ứng 0,5% lên 1.294 điểm.")[:2] == ["2 điểm", "0,5%"]
    assert found("Atletico nhẹ nhàng giành trọn 3 điểm củng cố suất dự Champions League.") == ["3 điểm"]
    assert found("Đội bóng đã có 5 trận bất bại liên tiếp.") == ["5 trận"]
    assert found("Anh có 30 trận khoác áo đội tuyển quốc gia.") == ["30 trận"]


def test_a_classifiers_two_word_noun_stays() -> None:
    assert found("Anh ghi 2 bàn thắng trong 3 trận đấu gần nhất.") == ["2 bàn thắng", "3 trận đấu"]
