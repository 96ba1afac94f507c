"""Issue 12, places: a province named inside a newspaper's credit or a squad list is no place.

Places sample 23pl (40 province items drawn at 5b36243, labelled as drawn: 38/40) held the two kinds: the
credit "(Tổng hợp theo báo Nghệ An, Pháp luật TP. HCM)" made Hồ Chí Minh a place, and a youth squad list
"Hoàng Xuân Tân (Nam Định), Lê Ngọc Thái (Đồng Nai)" made the players' clubs places. On 2,000 corpus
articles 3 province lists changed, all outlets or clubs. Sentences written for the test.
"""

from __future__ import annotations

from briefing_tui.search.extract.provinces import find_provinces


def places(text: str) -> list[str]:
    return [m.name for m in find_provinces(text)]


def test_a_paper_named_after_its_province_is_the_outlet() -> None:
    assert places("Báo Hà Tĩnh điện tử tổng hợp các tin tức thế giới.") == []
    assert places("Vụ việc được phát hiện sáng qua, theo báo Thái Bình.") == []


def test_the_next_outlets_of_a_credit_are_outlets() -> None:
    assert places("Minh Anh (Tổng hợp theo báo Nghệ An, Pháp luật TP. HCM)") == []
    assert places("Minh Anh (Tổng hợp theo báo Dân trí, Công an TP. HCM)") == []


def test_places_listed_after_theo_stay_places() -> None:  # guard: as before
    assert places("Theo thống kê của Hà Nội, Hải Phòng và Nam Định, số ca mắc giảm.") == ["Hà Nội", "Hải Phòng", "Nam Định"]
    assert places("Theo báo Tuổi Trẻ, người dân ở Hà Nội đã xếp hàng từ sớm.") == ["Hà Nội"]


SQUAD = (
    "HLV trưởng công bố danh sách cầu thủ dự giải. Các cầu thủ tập trung trước trận giao hữu, "
    "trận đấu đầu tiên diễn ra cuối tuần, cả đội hy vọng ghi nhiều bàn thắng. "
    "Thủ môn: Trần Văn Minh (Hải Phòng), Lê Quang Hùng (Nam Định); hậu vệ Phạm Văn An (Đồng Nai)."
)


def test_a_players_club_in_a_squad_list_is_no_place() -> None:
    assert places(SQUAD) == []


def test_a_persons_home_in_other_news_stays_a_place() -> None:  # guard: as before
    assert places("Công an đã bắt Trần Văn Minh (Hải Phòng) khi đang vận chuyển hàng lậu.") == ["Hải Phòng"]
