"""Extraction beyond the seeds: hand-written articles in the style of the corpus's news
(other provinces, ministries, budgets, investment, ranks, ratios). No corpus text is copied."""

from __future__ import annotations

import pytest

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.figures import find_figures
from briefing_tui.search.extract.officials import find_officials
from briefing_tui.search.extract.pipeline import enrich
from briefing_tui.search.extract.provinces import distinct, find_provinces, site_province
from briefing_tui.search.inputs import RawRecord


def figures(text: str):  # type: ignore[no-untyped-def]
    return [(f.kind, f.value, f.denominator, f.qualifier) for f in find_figures(normalize(text), text)]


def officials(text: str, main: str | None = None):  # type: ignore[no-untyped-def]
    return find_officials(normalize(text), main, written=text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tổng thu ngân sách trên địa bàn tỉnh ước đạt 35,6 nghìn tỷ đồng, bằng 112% dự toán.",
         [("money", 35.6e12, None, None), ("percent", 112, None, None)]),
        ("Dự án có tổng vốn đầu tư khoảng 10.990 tỷ đồng, khởi công năm 2019.", [("money", 10_990e9, None, "khoảng")]),
        ("Sáng nay đã có 11.242,84 tỷ đồng được giải ngân vào sàn.", [("money", 11_242.84e9, None, None)]),
        ("Kim ngạch xuất khẩu đạt 2,5 triệu USD, gấp đôi cùng kỳ.", [("money", 2.5e6, None, None), ("multiplier", 2.0, None, None)]),
        ("Tăng trưởng quý II cao hơn 0,7 điểm phần trăm so với chỉ tiêu.", [("percent", 0.7, None, "hơn")]),
        ("Toàn thành phố có 83/83 xã, phường, thị trấn đạt chuẩn nông thôn mới.", [("ratio", 83, 83, None)]),
        ("Dịch đã lan rộng tới 15/18 tỉnh, thành phố trong vùng.", [("ratio", 15, 18, None)]),
        ("Chỉ số PCI của tỉnh xếp thứ 3 cả nước, tụt xuống hạng 5 ở khu vực.",
         [("other", 3, None, None), ("other", 5, None, None)]),
        ("Doanh thu giảm 12,5% so với năm trước, còn hơn 2.300 doanh nghiệp hoạt động.",
         [("percent", 12.5, None, None), ("count", 2300, None, "hơn")]),
        ("Ngay trong đêm 29/4 tỉnh phải lấy mẫu xét nghiệm.", []),
        ("Thực hiện Văn bản số 1176/BTC-QLC ngày 16/4/2017 của Bộ Tài chính.", []),
        ("Lãi suất giảm từ 7% xuống 6,5%/năm.", [("percent", 7, None, None), ("percent", 6.5, None, None)]),
    ],
)
def test_figures_in_budget_and_investment_news(text, expected):
    assert figures(text) == expected


def test_ministers_and_provincial_officials():
    text = ("Bộ trưởng Bộ Tài chính Đinh Tiến Dũng đã trình bày tờ trình; Giám đốc Sở Tài chính TP Nguyễn Tấn Tài "
            "và ông Vũ Xuân Sáng (Giám đốc Sở Kế hoạch và Đầu tư tỉnh Yên Bái) cùng dự.")
    found = officials(text)
    assert [o.name for o in found] == ["Đinh Tiến Dũng", "Nguyễn Tấn Tài", "Vũ Xuân Sáng"]
    assert found[0].organisation == "Bộ Tài chính"
    assert found[2].organisation == "Sở Kế hoạch và Đầu tư tỉnh Yên Bái" and found[2].province == "Yên Bái"


def test_district_and_commune_officials_take_the_place():
    text = "Tại huyện Krông Bông, Chủ tịch UBND huyện Huỳnh Văn Bài cho biết; Chủ tịch UBND xã Lăng Thành Nguyễn Hồ Sơn dự."
    found = officials(text, "Đắk Lắk")
    assert found[0].organisation == "UBND huyện Krông Bông" and found[0].province == "Đắk Lắk"
    assert found[1].organisation == "UBND xã Lăng Thành"


def test_people_named_like_provinces_and_places_named_like_people():
    text = "Ông Nguyễn Thái Bình và bà Trương Hòa Bình thăm Bảo tàng Hồ Chí Minh, nhìn ra Thái Bình Dương, đi đường Hải Phòng."
    assert distinct(find_provinces(normalize(text))) == ()
    assert distinct(find_provinces(normalize("Đoàn công tác tỉnh Thái Bình làm việc tại TP.HCM."))) == ("Thái Bình", "Hồ Chí Minh")
    assert [o.name for o in officials("Chủ tịch UBND TP Hồ Chí Minh Nguyễn Thành Phong phát biểu.")] == ["Nguyễn Thành Phong"]


@pytest.mark.parametrize(
    ("written", "canonical", "after_2025"),
    [
        ("TP.HCM", "Hồ Chí Minh", "Hồ Chí Minh"),
        ("Thừa Thiên - Huế", "Huế", "Huế"),
        ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
        ("Bình Dương", "Bình Dương", "Hồ Chí Minh"),
        ("Hoà Bình", "Hòa Bình", "Phú Thọ"),
        ("Đắc Lắc", "Đắk Lắk", "Đắk Lắk"),
        ("Quảng Nam", "Quảng Nam", "Đà Nẵng"),
    ],
)
def test_province_aliases_and_the_2025_merger(written, canonical, after_2025):
    from briefing_tui.search.extract.provinces import to_2025

    found = distinct(find_provinces(normalize(f"Đoàn công tác của tỉnh {written} đã đến.")))
    assert found == (canonical,)
    assert to_2025(found) == (after_2025,)


def test_the_source_site_decides_the_main_province():
    assert site_province("www.laichau.gov.vn") == "Lai Châu"
    assert site_province("https://thuathienhue.gov.vn/tin") == "Huế"
    assert site_province("dantri.com.vn") is None


def test_a_json_record_keeps_its_own_title_date_and_source():
    record = RawRecord(
        id="r1", origin="x.jsonl", where="x.jsonl:1", title="Đồng Nai thu hút 1,2 tỷ USD vốn FDI",
        date="2020-10-01", source="dantri.com.vn",
        text="Trong 9 tháng năm 2020, tỉnh Đồng Nai thu hút 1,2 tỷ USD vốn FDI, tăng 8% so với cùng kỳ.",
    )
    a = enrich(record)
    assert (a.title, a.date.iso, a.date.precision, a.source.site) == (record.title, "2020-10-01", "day", "dantri.com.vn")
    assert a.main_province == "Đồng Nai" and a.main_province_2025 == "Đồng Nai"
    assert [(f.kind, f.value) for f in a.figures] == [("money", 1.2e9), ("percent", 8)]


def test_a_figure_carries_its_sentence_span_and_clause():
    text = "Về hạ tầng số, tỉnh kết nối tới 95% các sở, ban, ngành; 100% UBND huyện. Câu sau không liên quan."
    a = enrich(RawRecord(id="x", origin="x", text=text, where="x"))
    first = a.figures[0]
    assert a.body[first.span.start : first.span.end] == first.text and first.text.startswith("95%")
    assert first.sentence == "Về hạ tầng số, tỉnh kết nối tới 95% các sở, ban, ngành; 100% UBND huyện."
    assert a.body[first.sentence_span.start : first.sentence_span.end] == first.sentence
    assert first.context == "sở, ban, ngành"  # what the 95% measures (issue 12), not the whole clause
    assert a.figures[1].context == "UBND huyện"
    assert first.line == 1


def test_title_from_a_line_next_to_the_date_line():
    raw = "Thời sự\n\nHà Nội khởi công tuyến đường sắt đô thị số 3 đoạn trên cao\n15/03/2023 08:30\n\nSáng 15/3, UBND thành phố tổ chức lễ khởi công."
    a = enrich(RawRecord(id="t", origin="t", text=raw, where="t"))
    assert a.title == "Hà Nội khởi công tuyến đường sắt đô thị số 3 đoạn trên cao"
    assert (a.date.iso, a.date.time) == ("2023-03-15", "08:30")
    assert a.title not in a.body and "Thời sự" not in a.body


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a unit of measure stands alone: what follows is the thing measured, or nothing to do with it
        ("Lực lượng chức năng thu giữ 45 kg ma túy tổng hợp.", [("45 kg", "kg")]),
        ("Nạn nhân là một cô gái 26 tuổi xinh đẹp.", [("26 tuổi", "tuổi")]),
        ("Dự án chiếm 200 hecta đất nông nghiệp.", [("200 hecta", "hecta")]),
        # a unit stops at punctuation, and at the noun (issue 12): "dự thi" says more about the candidates
        ("Thí sinh đạt 89,46/100 điểm, đứng thứ 21/297 thí sinh dự thi.",
         [("89,46/100 điểm", "điểm"), ("21/297 thí sinh", "thí sinh")]),
        # a number followed by a verb counts nothing
        ("Theo hướng dẫn, 9 cần thành lập tổ công tác ngay.", []),
        ("Có 5 mẹo giúp điều hòa chạy êm.", [("5 mẹo", "mẹo")]),
        # phone numbers and codes are not counts; "05 xe" is
        ("Người dân gọi 01647 tổng đài viên trực.", []),
        ("Công an điều động 05 xe chuyên dụng.", [("05 xe", "xe")]),
        # "Top 2017" names a year's list, not a rank
        ("Doanh nghiệp lọt Top 2017 của tạp chí.", []),
    ],
)
def test_count_units_end_where_the_unit_ends(text, expected):
    assert [(f.text, f.unit) for f in find_figures(normalize(text), text)] == expected


def test_a_count_repeated_with_its_own_noun_is_one_figure():
    from briefing_tui.search.extract.figures import find_figures

    text = (
        "Thành phố dừng đề án thay 4.500 cây xanh. Sau đó, 4.500 cây xanh già cỗi được rà soát lại. "
        "Năm nay tỉnh chi 120 tỷ đồng cho giáo dục và 120 tỷ đồng cho y tế."
    )
    figures = find_figures(text, text)
    trees = [f for f in figures if f.value == 4500]
    assert len(trees) == 1 and trees[0].unit == "cây xanh"
    assert len([f for f in figures if f.value == 120e9 or f.text.startswith("120")]) == 2  # two spendings
