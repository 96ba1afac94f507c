"""Officials round of session 65, second half (blind officials golds 999–1003, read after their blind score): a
district's, a ward's or a commune's police head by the unit's acronym ("Trưởng CAQ Hoàn Kiếm", "Trưởng CAP Lý Thái
Tổ" — the ward's name after the acronym is the place's, however much it reads like a person's), and a post held before
told with "nguyên là" after the name ("bà Tống Thị Minh nguyên là Vụ trưởng …"). A branch's deputy head written
"Chi cục phó" (blind officials gold 1021). A member of parliament's term between the post and the name ("ĐBQH khóa XI
Nguyễn Ngọc Trân", blind officials gold 1027)."""

from __future__ import annotations

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(normalize(text))}


def test_a_local_police_head_by_the_units_acronym() -> None:
    assert found("Đại tá Hà Mạnh Hùng - Trưởng CAQ Hoàn Kiếm, Hà Nội cho biết sẽ xử lý nghiêm.") == {
        "Hà Mạnh Hùng": "Trưởng CAQ Hoàn Kiếm"}
    assert found("Ngày 17-6, Trung tá Hoàng Xuân Hiếu – Trưởng CAP Lý Thái Tổ cho biết đã bắt giữ nghi phạm.") == {
        "Hoàng Xuân Hiếu": "Trưởng CAP Lý Thái Tổ"}
    # the ward's name is no person, even with no one named
    assert found("Trưởng CAP Lý Thái Tổ đã chỉ đạo lực lượng xác minh.") == {}


def test_a_post_held_before_told_with_nguyen_la() -> None:
    assert found("Tại buổi lễ, bà Tống Thị Minh nguyên là Vụ trưởng Vụ Lao động đã phát biểu.") == {
        "Tống Thị Minh": "Vụ trưởng Vụ Lao động"}


def test_a_branchs_deputy_head_written_chi_cuc_pho() -> None:
    assert found("Sáng 13/7, ông Nguyễn Thế Dũng, Chi cục phó phụ trách Chi cục Kiểm lâm Bình Định cho biết.") == {
        "Nguyễn Thế Dũng": "Chi cục phó phụ trách Chi cục Kiểm lâm Bình Định"}


def test_a_parliaments_term_between_the_post_and_the_name() -> None:
    assert found("Khi đó, ĐBQH khóa XI Nguyễn Ngọc Trân đã phải nhận xét trước hội trường.") == {
        "Nguyễn Ngọc Trân": "ĐBQH khóa XI"}
    assert found("Đại biểu Quốc hội khóa XIV Bùi Sỹ Lợi cho biết.") == {"Bùi Sỹ Lợi": "Đại biểu Quốc hội khóa XIV"}
