"""Every trap of docs/extraction.md §8 as a regression test, on short hand-written texts."""

from __future__ import annotations

from briefing_tui.search.analysis import normalize
from briefing_tui.search.extract.clean import clean, is_date_line, tail_index
from briefing_tui.search.extract.dates import publication_date, year_hint
from briefing_tui.search.extract.figures import find_figures
from briefing_tui.search.extract.officials import find_officials
from briefing_tui.search.extract.pipeline import enrich
from briefing_tui.search.extract.provinces import distinct, find_provinces
from briefing_tui.search.inputs import RawRecord


def figures(text: str):  # type: ignore[no-untyped-def]
    return find_figures(normalize(text), text)


def figure_texts(text: str) -> list[str]:
    return [f.text for f in figures(text)]


def names(text: str) -> list[str]:
    return [o.name for o in find_officials(normalize(text))]


def article(text: str, **kw):  # type: ignore[no-untyped-def]
    return enrich(RawRecord(id="t", origin="t.txt", text=text, where="t.txt", **kw))


def test_the_site_header_date_above_the_article_date_loses():
    raw = (
        "Kinh tế nông thôn\nKinh tế nông thôn\nChủ nhật, ngày 24 tháng 11 năm 2024\u00a0\u00a0\n"
        "Chủ nhật, ngày 25 tháng 12 năm 2022 | 10:17\n\nThủ tướng dự tổng kết hoạt động năm 2022 của Ủy ban\n\n"
        "Sáng nay (25/12), tại Hà Nội, Thủ tướng chủ trì hội nghị.\n"
    )
    date = publication_date(clean(raw))
    assert (date.iso, date.time, date.precision) == ("2022-12-25", "10:17", "day")
    assert date.evidence == "Chủ nhật, ngày 25 tháng 12 năm 2022 | 10:17"


def test_a_view_count_on_the_date_line_and_the_event_the_day_before():
    raw = "Chính trị\n\nHội thảo chuyển đổi số tỉnh Hà Giang giai đoạn 2021 – 2025\n\n24/06/2021 03:09 61 lượt xem\n\nChiều 23.6, UBND tỉnh tổ chức hội thảo.\n"
    date = publication_date(clean(raw))
    assert (date.iso, date.time, date.evidence) == ("2021-06-24", "03:09", "24/06/2021 03:09")
    assert is_date_line("24/06/2021 03:09 61 lượt xem")
    assert not is_date_line("Ngày 24/6/2021, UBND tỉnh Hà Giang tổ chức hội thảo về chuyển đổi số.")


def test_no_date_line_means_no_date_but_a_reporting_period_is_a_hint():
    a = article("Trong 4 tháng đầu năm 2024, Chính phủ đã ban hành 2 nghị định.\nTuyên Quang dự họp.")
    assert a.date.iso is None and a.date.precision is None
    assert a.date_hint is not None and (a.date_hint.iso, a.date_hint.precision, a.date_hint.approximate) == ("2024", "year", True)
    assert year_hint("Giai đoạn 2021 – 2025 là giai đoạn quan trọng.") is None


def test_teasers_after_y_kien_ban_doc_are_never_the_articles():
    raw = (
        "Doanh thu kinh tế số quý I ước khoảng 53 tỷ USD.\nÝ kiến bạn đọc\n"
        "  • Xuất khẩu nông sản đạt 34,27 tỷ USD, phấn đấu 57 -58 tỷ USD.\n  Quảng Ninh, Hải Phòng bị bão.\n"
    )
    a = article(raw)
    assert "Quảng Ninh" not in a.provinces and "Hải Phòng" not in a.provinces
    assert [f.text for f in a.figures] == ["53 tỷ USD"]


def test_tail_markers_glued_to_the_next_text():
    assert tail_index(["Bài viết.", "TopChính trị", "x"]) == 1
    assert tail_index(["Bài viết.", "Ý kiến bạn đọcĐồng chí Nguyễn Văn A", "x"]) == 1
    assert tail_index(["Top 10 doanh nghiệp dẫn đầu.", "Bình luận về việc này, ông A nói."]) is None


def test_uban_tinh_name_keeps_its_name():
    assert names("Chủ tịch UBND tỉnh Trần Tiến Dũng chủ trì tại điểm cầu tỉnh Lai Châu.") == ["Trần Tiến Dũng"]


def test_to_lam_dong_chu_tri_is_not_lam_dong():
    text = "Phó Thủ tướng Vũ Đức Đam, Bộ trưởng Công an Tô Lâm đồng chủ trì hội nghị."
    assert distinct(find_provinces(normalize(text))) == ()
    officials = find_officials(normalize(text))
    assert [(o.name, o.title) for o in officials] == [("Vũ Đức Đam", "Phó Thủ tướng"), ("Tô Lâm", "Bộ trưởng Công an")]
    assert officials[1].organisation == "Bộ Công an"  # the ministry is Tô Lâm's, not Vũ Đức Đam's


def test_ha_giang_is_a_province_not_a_person_named_ha():
    text = "Các đồng chí: Đặng Quốc Khánh, Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH đơn vị tỉnh Hà Giang; Nguyễn Văn Sơn, Chủ tịch UBND tỉnh chủ trì."
    assert names(text) == ["Đặng Quốc Khánh", "Nguyễn Văn Sơn"]
    khanh = find_officials(normalize(text), "Hà Giang")[0]
    assert khanh.title == "Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH đơn vị tỉnh Hà Giang"
    assert khanh.organisation == "Tỉnh ủy Hà Giang" and khanh.province == "Hà Giang"


def test_decimal_comma_and_thousands_dot():
    fs = figures("Kinh tế số đóng góp khoảng 10,2% GDP; toàn quốc còn 1.077 thôn chưa có sóng.")
    assert [(f.text, f.value, f.kind, f.qualifier) for f in fs] == [
        ("10,2% GDP", 10.2, "percent", "khoảng"),
        ("1.077 thôn", 1077, "count", None),
    ]
    assert fs[0].unit == "% GDP"


def test_ratios_versus_dates_and_document_numbers():
    assert [(f.value, f.denominator) for f in figures("Đã hoàn thành 9/12 chỉ tiêu năm nay.")] == [(9, 12)]
    assert figure_texts("Sáng nay (25/12), Thủ tướng chủ trì.") == []
    assert figure_texts("Theo Nghị định 45/2023/NĐ-CP về thuế.") == []
    assert figure_texts("Từ tháng 4/2017 đến nay.") == []


def test_ranks_versus_ordinals():
    fs = figures("Tốc độ truy cập mạng xếp lần lượt thứ 45 và 52 trên thế giới.")
    assert [(f.value, f.kind, f.subkind) for f in fs] == [(45, "other", "rank"), (52, "other", "rank")]
    assert figure_texts("Chuyển đổi số từ sau phiên họp thứ 7 với trọng tâm kinh tế số.") == []


def test_names_and_slogans_that_look_like_figures():
    assert figure_texts("Cổng cung cấp dịch vụ công trực tuyến mức độ 3, 4 cho người dân.") == []
    assert figure_texts("Vừa đáp ứng yêu cầu 5K trong phòng chống dịch.") == []
    assert figure_texts("Thực hiện đúng tinh thần “4 không” của chuyển đổi số.") == []
    assert figure_texts("Cách mạng công nghiệp lần thứ tư (CMCN 4.0) tạo đột phá.") == []
    assert figure_texts("Trong bối cảnh dịch bệnh Covid – 19 diễn biến phức tạp.") == []
    assert figure_texts("Cần rà soát thể chế vì đây là 1 trong 3 đột phá.") == []
    assert figure_texts("Sơ kết 01 năm triển khai Đề án 06 năm 2022.") == []
    assert figure_texts("Giai đoạn 2016 -2020 và giai đoạn 2021 – 2025.") == []


def test_a_province_only_in_a_caption_is_found():
    a = article("Các bộ, ngành báo cáo tiến độ chuyển đổi số quốc gia năm 2024.\nĐại biểu Tuyên Quang dự họp trực tuyến.\nNội dung khác.")
    assert a.provinces == ("Tuyên Quang",)
    assert any(a.body[s.start : s.end] == "Đại biểu Tuyên Quang dự họp trực tuyến." for s in a.captions)


def test_both_tone_styles_of_tinh_uy_are_one_word_and_quoted_as_written():
    a = article("Đồng chí Trịnh Xuân Trường, Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh chủ trì. Tỉnh Lào Cai.")
    assert a.officials[0].title == "Phó Bí thư Tỉnh uỷ, Chủ tịch UBND tỉnh"  # as written
    b = article("Đồng chí Nguyễn Văn Sơn, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh chủ trì. Tỉnh Hà Giang.")
    assert a.officials[0].organisation.startswith("UBND tỉnh") and b.officials[0].organisation.startswith("UBND tỉnh")


def test_nfd_input_and_legacy_encodings():
    import unicodedata

    import pytest

    from briefing_tui.search.errors import ArticleError

    a = article(unicodedata.normalize("NFD", "Chủ tịch UBND tỉnh Trần Tiến Dũng chủ trì. Tỉnh Lai Châu có 132 điểm cầu."))
    assert [o.name for o in a.officials] == ["Trần Tiến Dũng"] and a.figures[0].value == 132
    with pytest.raises(ArticleError, match="TCVN3"):
        article("Th\u00abng tin \u00b8p d\u00f6ng ch\u00d5 \u00a8n ninh, ®\u00a8ng k\u00fd kinh doanh. " * 10)
    with pytest.raises(ArticleError, match="VNI"):
        article("Vieät Nam ñaåy maïnh chuyeån ñoåi soá trong naêm 2022. " * 10)


def test_a_source_line_with_nothing_after_it_is_no_source():
    from briefing_tui.search.extract.dates import source_of

    assert source_of(" ") == source_of("") == source_of(" / ")  # " " raised IndexError and lost the article
    assert source_of("Nguyễn Chanh/www.laichau.gov.vn").site == "www.laichau.gov.vn"
