"""Main province, session 67: where a person of the story lives, in the bracket of their age ("(51 tuổi, ngụ TP.HCM)"),
is not where the story happens when another province is named as its place; alone, it still is (a suspect caught at
home). ``provinces._RESIDENCE_RE``; blind main-province gold 194 and the 28 corpus articles a first version moved, read
blind (``main_province_gold_changes67``: 9 right before, 16 after).

Every sentence here is written for the test (never corpus text); docs/extraction.md §9, "Session 67".
"""

from __future__ import annotations

from helpers import record_main_province as main

TITLE = "Chồng đâm vợ trọng thương sau cãi vã"
ELSEWHERE = (
    "Trần Văn Hải (45 tuổi, ngụ TP.HCM) đã dùng dao đâm vợ trọng thương rồi bỏ trốn. Vụ việc xảy ra vào khoảng 3h sáng nay "
    "tại một phòng trọ ở xã Phước Thiền, huyện Nhơn Trạch, tỉnh Đồng Nai. Theo thông tin ban đầu, hai vợ chồng thường "
    "xuyên mâu thuẫn vì chuyện tiền bạc."
)
AT_HOME = (
    "Công an đã bắt giữ Trần Văn Bổn (37 tuổi, ngụ xã Phước Tân, TP.Biên Hòa, Đồng Nai) về hành vi trộm cắp tài sản. "
    "Tại cơ quan điều tra, Bổn khai nhận đã lấy trộm nhiều xe máy của người dân trong xã."
)


def test_where_the_suspect_lives_is_not_where_it_happened() -> None:
    assert main(ELSEWHERE, TITLE) == "Đồng Nai"


def test_where_the_suspect_lives_alone_is_the_place() -> None:
    assert main(AT_HOME) == "Đồng Nai"
