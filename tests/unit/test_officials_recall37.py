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
