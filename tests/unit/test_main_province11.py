"""Main province, session 66: "Hà Nam" is also how Vietnamese writes China's Henan. A story from China that says so in
its opening and names none of our Hà Nam's towns, districts or provincial bodies does not happen in Hà Nam, though it
never writes "Hà Nam, Trung Quốc" (``provinces._henan``; blind main-province golds 153 and 166, two such; 3 on the
20k corpus move to no province).

Every sentence here is written for the test (never corpus text); docs/extraction.md §9, "Session 66".
"""

from __future__ import annotations

from helpers import record_main_province as main

HENAN = (
    "Võ thuật Trung Quốc đang thay đổi. Phóng viên tìm đến một ngôi làng ở Ôn Huyện, tỉnh Hà Nam, nơi phát nguyên của "
    "môn võ. Tại đây, các võ quán thu học phí rất cao. Người dân tỉnh Hà Nam cho biết nhiều người đến học chỉ để lấy "
    "chứng chỉ."
)
OUR_HA_NAM = (
    "Công ty may của Trung Quốc vừa khánh thành nhà máy ở Khu công nghiệp Đồng Văn, thị xã Duy Tiên, tỉnh Hà Nam. Lãnh "
    "đạo UBND tỉnh Hà Nam cho biết nhà máy tạo việc làm cho 3.000 lao động của tỉnh Hà Nam."
)


def test_henan_in_a_story_from_china_is_no_province_of_ours() -> None:
    assert main(HENAN) is None


def test_our_ha_nam_stays_with_its_own_places() -> None:
    assert main(OUR_HA_NAM) == "Hà Nam"
