"""Officials round of session 69 (blind golds 1215 and 1221, the pooled golds): a Cambodian or Spanish secretary of
state ("Quốc vụ khanh"), a Cambodian or Myanmar army's general ("Thống tướng"), a body's parent ministry in brackets
whose full name holds a comma ("(Bộ Văn hóa, Thể thao và Du lịch)")."""

from __future__ import annotations

from helpers import record_officials as officials


def test_a_secretary_of_state() -> None:
    assert officials("Nạn nhân gồm Quốc vụ khanh Bộ Thông tin Campuchia Mao Ayuth, theo Bộ Y tế.") == [
        ("Mao Ayuth", "Quốc vụ khanh Bộ Thông tin Campuchia")]


def test_a_general_of_the_army() -> None:
    assert officials("Ông gặp Thống tướng Min Aung Hlaing hôm qua.") == [("Min Aung Hlaing", "Thống tướng")]


def test_a_parent_ministry_in_brackets_with_a_comma() -> None:
    assert officials("Ngày 11/5, Phó tổng cục trưởng Tổng cục Du lịch (Bộ Văn hóa, Thể thao và Du lịch) Hà Văn Siêu "
                     "dẫn đầu đoàn công tác.") == [
        ("Hà Văn Siêu", "Phó tổng cục trưởng Tổng cục Du lịch (Bộ Văn hóa, Thể thao và Du lịch)")]
    # a bracket that a comma and a lower-case word split is no parent's name
    assert officials("Theo Cục Du lịch (Bộ VHTTDL, cơ quan chủ quản) Hà Văn Siêu cho biết.") == []
