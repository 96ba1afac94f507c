"""Figures round of session 76 (blind batches 107–111): a kilometre post's metres after its "+" are no count ("tại Km 307
+ 500 đường sắt Bắc Nam", blind figures gold 1351); a sentence of hard labour is a prison term ("kết án lao động khổ sai
15 năm", blind figures gold 1353)."""

from __future__ import annotations

from helpers import figure_texts as found


def test_a_kilometre_posts_metres() -> None:
    assert found("Khoảng 9h ngày 6/2, tại Km 307 + 500 đường sắt Bắc Nam, thuộc xã Nghi Long, tàu đâm xe tải.") == []
    assert found("Đoạn km 223 + 800 cao tốc có 12 xe tải bị kẹt.") == ["12 xe tải"]
    assert found("Tổng cộng 3 + 5 người đã tới.") == ["5 người"]  # a sum, no post


def test_a_sentence_of_hard_labour() -> None:
    assert found("Anh bị kết án lao động khổ sai 15 năm vì tội đánh cắp một áp phích.") == ["15 năm"]
