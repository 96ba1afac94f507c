"""Officials round of session 58 (blind officials golds 871 and 873, read after their blind score): a forest ranger
station's deputy head written in full ("Phó Hạt trưởng"), which was read as its head or not at all."""

from __future__ import annotations

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.officials import find_officials


def found(text: str) -> dict[str, str]:
    return {o.name: o.title for o in find_officials(normalize(text))}


def test_a_ranger_stations_deputy_head_after_the_name() -> None:
    assert found("Đơn vị xem xét kỷ luật ông Lò Văn Hải, Phó Hạt trưởng Hạt Kiểm lâm Khu bảo tồn Tà Xùa, về việc này.") == {
        "Lò Văn Hải": "Phó Hạt trưởng"}


def test_a_ranger_stations_deputy_head_is_not_its_head() -> None:
    assert found("Phó Hạt trưởng Hạt Kiểm lâm Lò Văn Hải cho biết đã lập biên bản.") == {
        "Lò Văn Hải": "Phó Hạt trưởng Hạt Kiểm lâm"}
    assert found("Hạt trưởng Hạt Kiểm lâm Lò Văn Hải cho biết đã lập biên bản.") == {
        "Lò Văn Hải": "Hạt trưởng Hạt Kiểm lâm"}
