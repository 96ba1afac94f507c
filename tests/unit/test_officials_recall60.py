"""Officials round of session 76 (blind batches 107–113): after "theo" a foreign name's post set off by a comma and
closed by a comma or the sentence's end ("theo Ian Gregor, người phát ngôn FAA."), not a bare post that opens a list; a
post's body in lower case ending in its country ("giám đốc cục quản lý thi công Trung Quốc"); the National Assembly's
committee for culture and education and its ethnic council, their names with commas or in lower case; foreign cities
after a post are the post's place, never the person ("cảnh sát trưởng Las Vegas"); a governor-general ("Toàn quyền Úc")
and an ambassador's full title ("Đại sứ đặc mệnh toàn quyền")."""

from __future__ import annotations

from helpers import record_officials as officials


def test_after_theo_a_post_closed_by_the_sentences_end() -> None:
    assert officials("Máy bay rơi gần sân bay, theo Ian Gregor, người phát ngôn FAA. Cuộc điều tra đang diễn ra.") == [
        ("Ian Gregor", "người phát ngôn FAA")]
    assert officials("Theo Chanthong Sanavanh, giám đốc công ty, đập vỡ do mưa lớn từ thượng nguồn.") == [
        ("Chanthong Sanavanh", "giám đốc công ty")]


def test_after_theo_a_bare_post_opening_a_list_is_no_ones() -> None:
    assert officials("Theo Khaleej Times, hiệu trưởng, tài xế xe buýt và giám thị của trường đã bị bỏ tù.") == []
    # (a capitalised post with a name in it is the next person's, as before)
    assert officials("Theo The Guardian, cựu Thủ tướng Thái Lan Yingluck Shinawatra đào thoát sang Dubai.") == [
        ("Yingluck Shinawatra", "cựu Thủ tướng Thái Lan")]


def test_a_lower_case_body_ending_in_its_country() -> None:
    assert officials("Con tàu được Zhu Yongling, giám đốc cục quản lý thi công Trung Quốc, xác nhận đã hạ thủy.") == [
        ("Zhu Yongling", "giám đốc cục quản lý thi công Trung Quốc")]


def test_the_national_assemblys_committee_and_council() -> None:
    assert officials("Chủ nhiệm Uỷ ban Văn hoá, Giáo dục, Thanh thiếu niên và nhi đồng Đào Trọng Thi góp ý, đối với sinh "
                     "viên không nên gọi nhập ngũ.") == [
        ("Đào Trọng Thi", "Chủ nhiệm Uỷ ban Văn hoá, Giáo dục, Thanh thiếu niên và nhi đồng")]
    assert officials("Đồng tình với quan điểm trên, Chủ tịch Hội đồng dân tộc Ksor Phước cho rằng, thanh niên đang học "
                     "thì không nên gọi.") == [("Ksor Phước", "Chủ tịch Hội đồng dân tộc")]


def test_a_foreign_city_after_a_post_is_no_person() -> None:
    assert officials("AFP dẫn lời Joseph Lombardo, cảnh sát trưởng Las Vegas, nói ngày 2/10.") == [
        ("Joseph Lombardo", "cảnh sát trưởng Las Vegas")]
    assert officials("Thị trưởng Los Angeles Eric Garcetti cho biết thành phố sẽ mở cửa.") == [
        ("Eric Garcetti", "Thị trưởng Los Angeles")]


def test_a_governor_general_and_an_ambassadors_full_title() -> None:
    assert officials("Sáng 25-5, Chủ tịch UBND thành phố đã tiếp Toàn quyền Úc Peter Cosgrove trong chuyến thăm.") == [
        ("Peter Cosgrove", "Toàn quyền Úc")]
    assert officials("Đại sứ đặc mệnh toàn quyền Việt Nam tại Nhật Bản Nguyễn Quốc Cường trình quốc thư lên Nhật hoàng.") == [
        ("Nguyễn Quốc Cường", "Đại sứ đặc mệnh toàn quyền Việt Nam tại Nhật Bản")]
    assert officials("Công ty giao toàn quyền cho ông Nguyễn Văn An quyết định việc bán cổ phần.") == []  # full power
