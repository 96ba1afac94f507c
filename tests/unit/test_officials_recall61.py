"""Officials round of session 77 (blind batch 115): a society's name in lower case, then its city's word and a city whose
name starts with a surname ("Hội luật gia TP Hà Nội"), then its head's full name; a village's head abroad ("trưởng
làng"), the village named after the post as a hamlet's is."""

from __future__ import annotations

from helpers import record_officials as officials


def test_a_lower_case_society_then_its_city_then_the_head() -> None:
    assert officials("“Xe máy đi đâu?”, Chủ tịch Hội luật gia TP Hà Nội Nguyễn Hồng Tuyến nêu vấn đề.") == [
        ("Nguyễn Hồng Tuyến", "Chủ tịch Hội luật gia TP Hà Nội")]
    assert officials("Chủ tịch Hội nông dân thành phố Hà Nội Nguyễn Văn Tám cho biết như vậy.") == [
        ("Nguyễn Văn Tám", "Chủ tịch Hội nông dân thành phố Hà Nội")]
    # (a city's word and a city, then a verb: no one is named, and no one is made up)
    assert officials("Chủ tịch Hội luật gia TP Hà Nội phát biểu khai mạc hội thảo.") == []


def test_a_village_head_abroad() -> None:
    assert officials("AFP dẫn lời Helmiadi Mukhtaruddin, trưởng làng Curee Baroh ở tỉnh Aceh, phía tây Indonesia, "
                     "hôm nay phát biểu.") == [("Helmiadi Mukhtaruddin", "trưởng làng Curee Baroh")]
    # (two capitalised words after the post are the village, as after "trưởng thôn")
    assert officials("Trưởng làng Nong Bua giải thích rằng nước đã rút.") == []
