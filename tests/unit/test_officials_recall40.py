"""Officials round of session 57 (blind officials golds 863 and 865, read after their blind score): a brigadier
general of a foreign army ("Chuẩn tướng"), a deputy head of a board written in lower case after "Phó ban"."""

from __future__ import annotations

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(normalize(text))}


def test_a_brigadier_general_is_a_general() -> None:
    assert found("Chuẩn tướng Carlos Mendoza cho biết các lực lượng đã bắt giữ ba đối tượng.") == {
        "Carlos Mendoza": "Chuẩn tướng"}
    # with a post after a dash, as the other generals ("Thiếu tướng X – người phát ngôn …")
    assert "Carlos Mendoza" in found("Chuẩn tướng Carlos Mendoza – người phát ngôn của quân đội nước này cho biết.")


def test_a_deputy_head_of_a_board_in_lower_case() -> None:
    assert found("Ông Trần Văn Bình - Phó Ban quản lý khu di tích cho biết lễ hội đông hơn mọi năm.") == {
        "Trần Văn Bình": "Phó Ban"}
    assert found("Ông Trần Văn Bình, Phó ban quản lý chợ Hòa Bình cho biết.") == {"Trần Văn Bình": "Phó ban"}


def test_phó_ban_alone_is_still_no_post() -> None:
    # "trưởng, phó ban các đơn vị": no board named after it
    assert found("Ông Trần Văn Bình, phó ban các đơn vị cùng dự họp.") == {}
