"""Officials round of session 74 (blind golds vietnews1451–1455): holders listed after "gồm các ông:" when one of them
has a bracket of their own; a department whose name runs over a dash and ends in a domain's word ("Sở Quy hoạch -
Kiến trúc"); a body's acronym in brackets, then a foreign city; the holder named after the post whose words ("phát
biểu của", "phát ngôn của") the clause opens with, unless the name has an apposition of its own."""

from __future__ import annotations

from helpers import record_officials as officials


def test_listed_holders_go_on_past_a_holders_bracket() -> None:
    text = ("Hiện thành phố có 6 Phó chủ tịch gồm các ông: Vũ Hồng Khanh (Phó chủ tịch thường trực); Lê Hồng Sơn; "
            "Nguyễn Văn Sửu; Nguyễn Ngọc Tuấn; Nguyễn Quốc Hùng và Trần Xuân Việt. Kỳ họp diễn ra.")
    assert officials(text) == [
        ("Vũ Hồng Khanh", "Phó chủ tịch thường trực"), ("Lê Hồng Sơn", "Phó chủ tịch"), ("Nguyễn Văn Sửu", "Phó chủ tịch"),
        ("Nguyễn Ngọc Tuấn", "Phó chủ tịch"), ("Nguyễn Quốc Hùng", "Phó chủ tịch"), ("Trần Xuân Việt", "Phó chủ tịch")]


def test_a_department_named_over_a_dash() -> None:
    assert officials("Trong cuộc họp báo, Giám đốc Sở Quy hoạch - Kiến trúc Nguyễn Thanh Nhã cho biết thành phố xem xét.") == [
        ("Nguyễn Thanh Nhã", "Giám đốc Sở Quy hoạch - Kiến trúc")]


def test_a_bodys_acronym_then_a_foreign_city() -> None:
    assert officials("Chủ tịch Cục Dự trữ Liên bang (FED) New York, ông John Williams, cho biết lãi suất sẽ giảm.") == [
        ("John Williams", "Chủ tịch Cục Dự trữ Liên bang (FED) New York")]


def test_what_a_post_said_opens_the_clause_its_holder_is_named_in() -> None:
    assert officials("Sau phát ngôn của Chủ tịch Fed New York, ông John Williams, khi ông này đem lại niềm tin, giá "
                     "vàng tăng.") == [("John Williams", "Chủ tịch Fed New York")]
    assert officials("Theo phát biểu của Bộ trưởng Quốc phòng Mỹ, ông Jim Mattis, vào hôm qua, Mỹ sẽ rút quân.") == [
        ("Jim Mattis", "Bộ trưởng Quốc phòng Mỹ")]


def test_a_post_that_serves_someone_or_a_name_with_its_own_apposition_keeps_its_reading() -> None:
    # a spokesman of the chancellor is the spokesman, not the chancellor
    assert ("Steffen Seibert", "người phát ngôn của Thủ tướng Đức") in officials(
        "Theo người phát ngôn của Thủ tướng Đức, ông Steffen Seibert, bà Merkel sẽ tới.")
    # the answer came from the (unnamed) director; Phạm Văn Hiểu chairs the council
    assert officials("Sau phần trả lời của Giám đốc Sở Công thương, ông Phạm Văn Hiểu, chủ toạ kỳ họp, Chủ tịch HĐND "
                     "thành phố Cần Thơ cho rằng ngành cần thông báo.") == [
        ("Phạm Văn Hiểu", "Chủ tịch HĐND thành phố Cần Thơ")]


def test_a_firms_foreign_name_after_a_lower_case_post_in_apposition_is_no_person() -> None:
    assert officials("Ông Huỳnh Kim Tước, giám đốc Saigon Innovation Hub, nói.") == [
        ("Huỳnh Kim Tước", "giám đốc Saigon Innovation Hub")]
    assert officials("Ông Hồ Quang Hưng - giám đốc Hult Prize khu vực Đông Nam Á - thông tin về chương trình.") == [
        ("Hồ Quang Hưng", "giám đốc Hult Prize khu vực Đông Nam Á")]
    # a capitalised post is the next person's
    assert officials("Thủ tướng Nguyễn Xuân Phúc, Tổng thống Donald Trump dự lễ.") == [
        ("Nguyễn Xuân Phúc", "Thủ tướng"), ("Donald Trump", "Tổng thống")]


def test_an_officers_rank_after_a_lower_case_posts_dash() -> None:
    assert officials("Nói về công tác phòng ngừa, phó trưởng công an huyện - thượng tá Trương Minh Đức cho rằng phải "
                     "chủ động.") == [("Trương Minh Đức", "phó trưởng công an huyện")]
