"""Figures round of session 55 (blind figures golds 803 and 805, read after their blind score): the shares a
comparison lists after its first."""

from __future__ import annotations

from briefing_tui.search.extract.figures import find_figures


def shares(sentence: str) -> list[tuple[str, float, float | None]]:
    return [(f.text, f.value, f.denominator) for f in find_figures(sentence, sentence) if f.kind == "ratio"]


def test_the_shares_a_comparison_lists() -> None:
    sentence = ("Nhưng so với thế giới thì chỉ bằng 1/3 của Thái Lan, 1/11 của Malaysia, 1/30 của Singapore, "
                "1/1240 của HQ và 1/3170 của Trung Quốc.")
    assert shares(sentence) == [("1/3", 1.0, 3.0), ("1/11", 1.0, 11.0), ("1/30", 1.0, 30.0),
                                ("1/1240", 1.0, 1240.0), ("1/3170", 1.0, 3170.0)]


def test_no_list_without_a_first_share_nor_past_a_clause() -> None:
    assert shares("Lễ hội diễn ra ngày 1/4 của năm nay, 1/5 của năm sau.") == []  # dates: no share opened the list
    # a date after the list's first share, with no "của" after it, is no share
    assert shares("Mức lương chỉ bằng 1/3 của năm ngoái, từ ngày 1/5 sẽ tăng.") == [("1/3", 1.0, 3.0)]
    # a clause's mark ends the list
    assert shares("Năng suất chỉ bằng 1/3 của Thái Lan; 1/5 của tháng này là ngày nghỉ.") == [("1/3", 1.0, 3.0)]


def counts(sentence: str) -> list[tuple[str, str | None, str]]:
    return [(f.text, f.unit, f.context) for f in find_figures(sentence, sentence)]


def test_counts_after_urgently_and_preliminary() -> None:
    assert ("2 bệnh viện", "bệnh viện", "bệnh viện dã chiến") in counts(
        "Tỉnh xây dựng khẩn cấp 2 bệnh viện dã chiến ở Thành phố Hà Tiên.")
    assert ("34 cầu thủ", "cầu thủ", "cầu thủ") in counts("PSSI công bố danh sách sơ bộ 34 cầu thủ được triệu tập.")
    # a level and a set stay what they were
    assert counts("Học sinh cấp 2 được miễn học phí.") == []
    assert counts("Bộ 3 phim nổi tiếng của đạo diễn.") == []


def test_a_gearboxs_speeds() -> None:
    assert counts("Sức mạnh được truyền tới bánh qua hộp số 7 cấp, cho tốc độ tối đa 150 km/h.")[0] == (
        "7 cấp", "cấp", "hộp số")
    assert counts("Bản LTZ đi cùng hộp số tự động 5 cấp.") == [("5 cấp", "cấp", "hộp số")]
    assert counts("Chính quyền 3 cấp đã vào cuộc.") == []  # a body's tiers
    assert counts("Xe dùng hộp số 6 và động cơ mạnh.") == []  # no speeds said
