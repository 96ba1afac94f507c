"""Officials round of session 44 (four blind held-out golds, 549-555, read as drawn at 03b52ae: recall 97/109,
precision 98/100): a ministry named with "&", an embassy's minister ("Công sứ"), the Jrai's clan names ("Rơ Lan"),
"George W Bush" without its dot, and a legislator's title before two foreign names joined by "và"."""

from __future__ import annotations

import pytest

from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(text)}


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Thứ trưởng Bộ Nông nghiệp & Phát triển nông thôn Vũ Văn Tám cho rằng, vụ việc là đáng tiếc.", "Vũ Văn Tám",
     "Thứ trưởng Bộ Nông nghiệp & Phát triển nông thôn"),
    ("Ông Nguyễn Văn An, Giám đốc Sở Văn hóa & Thể thao tỉnh Nghệ An, cho biết.", "Nguyễn Văn An",
     "Giám đốc Sở Văn hóa & Thể thao tỉnh Nghệ An"),
    ("Thứ trưởng Lê Đình Thọ đã làm việc với ông Katsuro Nagai, Công sứ Đại sứ quán Nhật Bản tại Việt Nam.",
     "Katsuro Nagai", "Công sứ Đại sứ quán Nhật Bản tại Việt Nam"),  # (the embassy a body since session 75)
    ("Người bị chém là anh Rơ Lan Tứ, Phó trưởng công an xã Ia Nan.", "Rơ Lan Tứ", "Phó trưởng công an xã Ia Nan"),
    ("Thượng nghị sĩ Marco Rubio và Tom Cotton tỏ ra kịch liệt chỉ trích ông Comey.", "Tom Cotton", "Thượng nghị sĩ"),
    ("Thượng nghị sĩ Lindsey Graham và Ben Cardin đã đề xuất dự luật.", "Ben Cardin", "Thượng nghị sĩ"),
])
def test_the_post_is_found(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title


def test_a_former_president_written_without_his_dot() -> None:
    text = "Ông Comey chưa ghi chép các cuộc đối thoại với 2 tổng thống tiền nhiệm, George W Bush và Barack Obama."
    assert "George W Bush" in found(text)


@pytest.mark.parametrize(("text", "only"), [
    ("Thượng nghị sĩ John McCain và vợ ông đã đến dự lễ.", {"John McCain"}),  # no name after "và"
    ("Thượng nghị sĩ Mỹ John McCain và Lindsey Graham đã đến.", {"John McCain"}),  # a body named: not read so
])
def test_a_legislator_shares_his_title_only_with_a_bare_foreign_name(text: str, only: set[str]) -> None:
    assert set(found(text)) == only


@pytest.mark.parametrize(("text", "name", "title"), [
    ("Tôi ngồi sau xe mô tô do anh Huỳnh Chiến Thắng, Phó công an xã chở.", "Huỳnh Chiến Thắng", "Phó công an xã"),
    ("Thượng tá Dương Ngọc Danh, Phó công an quận Bình Thạnh cho biết.", "Dương Ngọc Danh",
     "Phó công an quận Bình Thạnh"),
])
def test_a_deputy_police_chief_written_short(text: str, name: str, title: str) -> None:
    assert found(text).get(name) == title
