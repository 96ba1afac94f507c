"""Officials round of session 54 (blind officials golds 767 and 769, read after their blind score): a province's
department named with a comma as its ministry is; a post after "dẫn lời" then the name after a comma; a formerly
acting post after a foreign name."""

from __future__ import annotations

import pytest

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(normalize(text))}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Giám đốc Sở Văn hóa, Thể thao và Du lịch Lâm Đồng, bà Nguyễn Thị Nguyên cho biết từ chiều 6/2 lễ hội dời lại.",
     "Nguyễn Thị Nguyên", "Giám đốc Sở Văn hóa, Thể thao và Du lịch Lâm Đồng"),
    ("Ông Lê Xuân Định, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Yên Bái cũng cho biết như vậy.",
     "Lê Xuân Định", "Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Yên Bái"),
    ("Phó Giám đốc Sở Lao động, Thương binh và Xã hội Nguyễn Văn Hùng cho biết.",
     "Nguyễn Văn Hùng", "Phó Giám đốc Sở Lao động, Thương binh và Xã hội"),
    ("Giám đốc Sở Khoa học, Công nghệ và Môi trường Nguyễn Văn Hùng cho biết.",
     "Nguyễn Văn Hùng", "Giám đốc Sở Khoa học, Công nghệ và Môi trường"),
])
def test_a_department_named_with_a_comma(text: str, name: str, title: str) -> None:
    assert found(text) == {name: title}


def test_a_post_after_quoted_by_then_the_name_after_a_comma() -> None:
    assert found("TASS dẫn lời Bộ trưởng Bộ Giao thông Vận tải Nga, Maxim Sokolov ngày 18/5 cho biết hai bên đã họp.") == {
        "Maxim Sokolov": "Bộ trưởng Bộ Giao thông Vận tải Nga"}
    assert found("Hãng tin dẫn lời Giám đốc Sở Y tế, ông Nguyễn Văn An cho biết.") == {"Nguyễn Văn An": "Giám đốc Sở Y tế"}
    # not a second person when the name follows the post directly
    assert found("TASS dẫn lời Bộ trưởng Quốc phòng Nga Sergei Shoigu cho biết.") == {
        "Sergei Shoigu": "Bộ trưởng Quốc phòng Nga"}


@pytest.mark.parametrize(("text", "title"), [
    ("Sally Yates, cựu quyền Bộ trưởng Tư pháp Mỹ, là một nhân vật như thế.", "cựu quyền Bộ trưởng Tư pháp Mỹ"),
    ("Sally Yates, quyền Bộ trưởng Tư pháp Mỹ, là một nhân vật như thế.", "quyền Bộ trưởng Tư pháp Mỹ"),
    ("Bà Sally Yates, cựu quyền Bộ trưởng Tư pháp Mỹ, là một nhân vật như thế.", "cựu quyền Bộ trưởng Tư pháp Mỹ"),
])
def test_a_formerly_acting_post(text: str, title: str) -> None:
    assert found(text) == {"Sally Yates": title}


def test_formerly_acting_for_a_vietnamese_name() -> None:
    assert found("Ông Nguyễn Văn An, nguyên quyền Giám đốc Sở Y tế, cho biết.") == {
        "Nguyễn Văn An": "nguyên quyền Giám đốc Sở Y tế"}


def test_a_firm_named_by_one_word_after_its_heads_title() -> None:
    assert found("Giám đốc điều hành Pfizer, Albert Bourla cho biết hãng đang nỗ lực.") == {
        "Albert Bourla": "Giám đốc điều hành Pfizer"}
    assert found("CEO Tesla, Elon Musk, cho biết hãng sẽ mở nhà máy.") == {"Elon Musk": "CEO Tesla"}
    # a minister's one word stays his surname: the next person's post is not made of it
    assert "Babis" not in found("Bộ trưởng Babis, bà Alena Schillerova cho biết.")


def test_a_title_is_shown_with_single_spaces() -> None:
    assert found("TASS dẫn lời Bộ trưởng Bộ Giao thông Vận tải  Nga , Maxim Sokolov cho biết.") == {
        "Maxim Sokolov": "Bộ trưởng Bộ Giao thông Vận tải Nga"}


def test_a_list_of_posts_each_before_its_holder() -> None:
    text = ("Về phía Belarus có Phó Thủ tướng Vladimir Semashko, Bộ trưởng Ngoại giao Vladimir Makei, Bộ trưởng Bộ Công "
            "nghiệp Vitaly Vovk, Bộ trưởng Bộ Giáo dục Mihail Zhuravkov.")
    assert found(text) == {"Vladimir Semashko": "Phó Thủ tướng", "Vladimir Makei": "Bộ trưởng Ngoại giao",
                           "Vitaly Vovk": "Bộ trưởng Bộ Công nghiệp", "Mihail Zhuravkov": "Bộ trưởng Bộ Giáo dục"}
    text = ("Nga cấm 8 quan chức Mỹ nhập cảnh, trong đó có Bộ trưởng Tư pháp Merrick Garland, Bộ trưởng An ninh Nội địa "
            "Alejandro Mayorkas, Giám đốc Tình báo Quốc gia Avril Haines.")
    assert found(text)["Merrick Garland"] == "Bộ trưởng Tư pháp"
    text = ("Lần lượt các Bộ trưởng Nông nghiệp và Phát triển nông thôn Nguyễn Xuân Cường, Bộ trưởng Văn hóa - Thể thao "
            "và Du lịch Nguyễn Ngọc Thiện, Bộ trưởng Y tế Nguyễn Thị Kim Tiến đã đăng đàn.")
    assert found(text) == {"Nguyễn Xuân Cường": "Bộ trưởng Nông nghiệp và Phát triển nông thôn",
                           "Nguyễn Ngọc Thiện": "Bộ trưởng Văn hóa - Thể thao và Du lịch",
                           "Nguyễn Thị Kim Tiến": "Bộ trưởng Y tế"}


def test_a_ministry_named_in_foreign_words_keeps_them() -> None:
    assert found("Bà Vivian Balakrishna, Bộ trưởng Bộ Smart Nation Initiative (tạm dịch: Bộ sáng kiến), cho biết.") == {
        "Vivian Balakrishna": "Bộ trưởng Bộ Smart Nation Initiative"}
    assert found("Bộ trưởng Bộ Công nghiệp Vitaly Vovk cho biết nhà máy sẽ mở.") == {
        "Vitaly Vovk": "Bộ trưởng Bộ Công nghiệp"}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Trước sự chứng kiến của Bộ trưởng Quốc phòng Mỹ James Mattis, Thủ tướng Australia cũng đưa ra quan điểm.",
     "James Mattis", "Bộ trưởng Quốc phòng Mỹ"),
    ("Trong cuộc gặp với Thủ tướng Nhật Bản Shinzo Abe, Tổng thống Mỹ khẳng định quan hệ tốt.",
     "Shinzo Abe", "Thủ tướng Nhật Bản"),
    ("Phó Thủ tướng Nhật Bản Taro Aso, Bộ trưởng Tài chính Nhật Bản cho biết.",
     "Taro Aso", "Phó Thủ tướng Nhật Bản, Bộ trưởng Tài chính Nhật Bản"),
])
def test_no_second_post_in_another_country(text: str, name: str, title: str) -> None:
    assert found(text)[name] == title


def test_deputies_listed_with_their_provinces_after_a_plural() -> None:
    text = ("Đây cũng là ý kiến của các đại biểu Triệu Tuấn Hải (Lạng Sơn), Nguyễn Thanh Phương (Cần Thơ), Hoàng Thị Hoa "
            "(Bắc Giang)... Bên cạnh đó, Quốc hội thảo luận dự án Luật.")
    assert set(found(text)) == {"Triệu Tuấn Hải", "Nguyễn Thanh Phương", "Hoàng Thị Hoa"}
