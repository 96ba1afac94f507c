"""Issue 12, session 58: an article's main province from its districts, towns and district-level cities
(``search/data/districts.tsv``, derived from vietnamadminunits 1.0.4): "huyện Phúc Thọ" is Hà Nội's, "quận Tân Phú" Hồ
Chí Minh's and "huyện Tân Phú" Đồng Nai's; a name several provinces give a district ("huyện Châu Thành") says none.
The article's province list stays the provinces it names, and the main province when only its districts name it.
Every sentence here is written for the test (never corpus text)."""

from __future__ import annotations

import pytest

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.gazetteer import districts, gazetteer
from briefing_tui.search.extract.pipeline import enrich
from briefing_tui.search.extract.provinces import find_districts, find_provinces
from briefing_tui.search.inputs import RawRecord

NO_SECTION = "http://www.baomoi.com/a/c/1.epi"


def by_district(text: str) -> list[str]:
    norm = normalize(text)
    return [m.name for m in find_districts(norm, find_provinces(norm))]


def main_of(title: str, body: str) -> tuple[str | None, tuple[str, ...]]:
    a = enrich(RawRecord(id="t", origin="test", text=body, where="t", title=title, url=NO_SECTION))
    return a.main_province, a.provinces


@pytest.mark.parametrize(("text", "expected"), [
    ("Đàn vịt chết hàng loạt ở huyện Phúc Thọ.", ["Hà Nội"]),
    ("Cháy lớn tại một xưởng gỗ ở quận Tân Phú.", ["Hồ Chí Minh"]),
    ("Mưa lớn gây sạt lở ở huyện Tân Phú.", ["Đồng Nai"]),  # the same name, another type, another province
    ("Hàng trăm người dân Q.Tân Bình xếp hàng từ sáng.", ["Hồ Chí Minh"]),
    ("Một căn nhà ở quận 3 bị cháy, khu vực quận 12 mất điện.", ["Hồ Chí Minh", "Hồ Chí Minh"]),
    ("UBND TP Biên Hòa vừa có văn bản gửi các phường.", ["Đồng Nai"]),
    ("Người dân thị xã Sơn Tây đón mùa lúa mới.", ["Hà Nội"]),
    ("Xã Sơn Dung, huyện Sơn Tây có nhiều đồng bào Ca Dong.", ["Quảng Ngãi"]),  # not the town of Hà Nội
    ("Cây cầu ở quận Thủ Đức sắp hoàn thành.", ["Hồ Chí Minh"]),  # a quận before 2021, a city since: one name
    ("Du khách đổ về huyện Phú Quốc dịp lễ.", ["Kiên Giang"]),  # a huyện before it was raised to a city (2020)
    ("Khu kinh tế ở huyện Tĩnh Gia thu hút vốn.", ["Thanh Hóa"]),  # dissolved in 2020: the corpus's years name it
    ("Lúa ở huyện Cao Lãnh và thị xã Kỳ Anh được mùa.", ["Đồng Tháp", "Hà Tĩnh"]),  # the tables' "Cao Lãnh (Huyện)"
])
def test_a_district_names_its_province(text: str, expected: list[str]) -> None:
    assert by_district(text) == expected


@pytest.mark.parametrize("text", [
    "Nông dân huyện Châu Thành thu hoạch lúa.",  # ten provinces have a huyện Châu Thành
    "Trận mưa kéo dài ở quận 15 của thành phố.",  # Hồ Chí Minh's numbered districts end at 12
    "Tỉnh Vĩnh Long và thành phố Vĩnh Long đón Tết.",  # the province's own name: its gazetteer's mention
    "Công ty TNHH Thương mại Huyện Phúc Thọ công bố lãi.",  # inside a company's name
    "Con đường được xây trên nóc nhà ở thành phố Trùng Khánh.",  # Chongqing: Cao Bằng's Trùng Khánh is a huyện
    "Công an huyện Kỳ Sơn khởi tố vụ án.",  # Nghệ An's, or Hòa Bình's before 2020: not said
])
def test_no_district_or_no_new_mention(text: str) -> None:
    assert by_district(text) == []


def test_every_districts_province_is_a_province() -> None:
    provinces = set(gazetteer().to_2025)
    assert set(districts().province_of.values()) <= provinces
    assert len(districts().province_of) > 600


def test_an_article_told_by_its_districts_has_their_province() -> None:
    body = ("Sáng 12/3, tại huyện Phúc Thọ, hàng nghìn con vịt của một hộ chăn nuôi chết bất thường. Chủ trại cho biết "
            "đàn vịt ăn phải thức ăn lạ. Cán bộ thú y huyện Phúc Thọ đã lấy mẫu xét nghiệm.\n"
            "Người dân thôn bên cạnh lo lắng vì nguồn nước chung. Trạm thú y huyện đang theo dõi thêm.")
    main, provinces = main_of("Hàng nghìn con vịt chết bất thường", body)
    assert main == "Hà Nội"
    assert provinces == ("Hà Nội",)  # the main province is one of the article's provinces, so its filter finds it


def test_a_district_adds_no_province_but_the_main_one() -> None:
    body = ("Ngày 5/4, Công an tỉnh Lâm Đồng bắt giữ một đối tượng trộm xe máy tại huyện Đức Trọng. Đối tượng quê ở "
            "huyện Phúc Thọ, đã trộm ba chiếc xe trong tháng. Vụ việc đang được điều tra.")
    assert main_of("Bắt đối tượng trộm xe máy", body) == ("Lâm Đồng", ("Lâm Đồng",))  # not Phúc Thọ's Hà Nội


def test_a_district_and_its_province_named_together_count_once() -> None:
    body = ("Ngày 5/4, Công an huyện Đức Trọng, tỉnh Lâm Đồng bắt giữ một đối tượng trộm xe máy. Đối tượng khai đã "
            "trộm ba chiếc xe trong tháng. Vụ việc đang được điều tra.")
    assert main_of("Bắt đối tượng trộm xe máy", body) == ("Lâm Đồng", ("Lâm Đồng",))


def test_the_province_written_after_a_district_says_which_one() -> None:
    assert by_district("Công an huyện Kỳ Sơn (Hòa Bình) đã khởi tố vụ án.") == []  # Hòa Bình: the province's mention
    assert by_district("Công an huyện Kỳ Sơn (Nghệ An) đã khởi tố vụ án.") == []  # ambiguous alone, then named
    assert by_district("Công an huyện Quế Phong (Nghệ An) đã khởi tố vụ án.") == ["Nghệ An"]  # counted once with it
    assert main_of("Khởi tố vụ án", "Công an huyện Kỳ Sơn (Hòa Bình) đã khởi tố vụ án trộm cắp.")[0] == "Hòa Bình"
