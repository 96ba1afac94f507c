"""Issue 12, titles: what the reader shows for an article without a title of its own.

2,412 records of the 20k corpus have none. Before, the first heading anywhere in the body was shown, and
on the real corpus that was often a section heading, a list item of a daily report, a team's line-up or a
photo caption. Every text here is written for the test; each reproduces one such shape.
"""

from __future__ import annotations

from briefing_tui.search.extract.clean import clean
from briefing_tui.search.extract.pipeline import display_title, enrich
from briefing_tui.search.inputs import RawRecord


def shown(text: str) -> str:
    article = enrich(RawRecord(id="t", origin="t.txt", text=text, where="t.txt"))
    assert article.title is None  # these texts have no title line: the display title is the only one
    return article.display_title


LEAD = "Sáng nay, tỉnh Lai Châu khai trương trung tâm dữ liệu dân cư phục vụ Đề án 06."


def test_a_heading_the_article_opens_with_is_its_title() -> None:
    body = "Lai Châu mở trung tâm dữ liệu dân cư đầu tiên\n" + LEAD + "\nNgười dân được hướng dẫn cài ứng dụng."
    cleaned = clean(body)
    assert cleaned.headings and cleaned.headings[0][0] == 0
    assert display_title(cleaned.body, cleaned.headings, cleaned.captions) == "Lai Châu mở trung tâm dữ liệu dân cư đầu tiên"


def test_a_section_heading_further_down_is_not_the_title() -> None:
    body = LEAD + "\nNhững khó khăn còn lại ở vùng cao\nNhiều xã chưa có sóng điện thoại ổn định để người dân làm thủ tục."
    cleaned = clean(body)
    assert cleaned.headings, "the section heading is still a heading of the article"
    assert shown(body) == LEAD


def test_a_list_item_is_no_title() -> None:
    body = "- Cách ly tập trung tại bệnh viện hôm nay: 531\n" + LEAD
    assert shown(body) == LEAD
    numbered = "2. Nguyên nhân nào gây ra tình trạng này hay không\n" + LEAD
    assert shown(numbered) == LEAD


def test_a_heading_cut_at_a_comma_or_introducing_a_list_is_no_title() -> None:
    assert shown("Giám đốc Trung tâm điều hành thông minh của tỉnh (IOC),\n" + LEAD) == LEAD
    assert shown("Đội hình ra sân của câu lạc bộ chủ nhà hôm nay:\n" + LEAD) == LEAD


def test_a_caption_with_its_credit_is_no_title() -> None:
    assert shown("Phó Thủ tướng thăm trung tâm dữ liệu. Ảnh: Nguyễn Nam\n" + LEAD) == LEAD
    assert shown("Ảnh minh họa trung tâm dữ liệu dân cư của tỉnh\n" + LEAD) == LEAD


def test_a_photo_essay_shows_its_first_sentence_without_the_credit() -> None:
    body = (
        "Đồi chè Tân Uyên vào mùa thu hoạch được phủ một màu xanh mướt. (Ảnh: Minh Hà).\n"
        "Những người hái chè bắt đầu làm việc từ sáng sớm khi sương còn dày. (Ảnh: Minh Hà).\n"
    )
    assert shown(body) == "Đồi chè Tân Uyên vào mùa thu hoạch được phủ một màu xanh mướt."


def test_a_fragment_cut_by_the_sentence_splitter_joins_the_rest_of_its_line() -> None:
    body = "PGS.TS. Nguyễn Văn An cho biết kết quả xét nghiệm của bệnh nhân đã có trong hôm nay.\nÔng nói thêm."
    assert shown(body).startswith("PGS.TS. Nguyễn Văn An cho biết")


def test_a_lone_short_line_gives_way_to_the_first_real_sentence() -> None:
    body = "Ăn gì?\nNếu tưởng Lai Châu chỉ có món thắng cố thì bạn đã nhầm to.\nCòn nhiều món khác."
    assert shown(body) == "Nếu tưởng Lai Châu chỉ có món thắng cố thì bạn đã nhầm to."


def test_a_records_own_title_is_kept() -> None:
    article = enrich(RawRecord(id="t", origin="t.json", text="- một mục\n" + LEAD, where="t.json", title="Tiêu đề của bài"))
    assert article.title == "Tiêu đề của bài"


def test_a_sentence_cut_at_an_abbreviation_joins_its_next_part() -> None:
    body = "Sáu ca mắc mới được cách ly ngay sau khi nhập cảnh tại TP. Hồ Chí Minh trong ngày.\nCòn lại ở nhà."
    assert shown(body) == "Sáu ca mắc mới được cách ly ngay sau khi nhập cảnh tại TP. Hồ Chí Minh trong ngày."


def test_the_lead_after_an_untitled_hits_display_title_is_found_as_the_regex_found_it() -> None:
    """``_find_words`` replaced a pattern compiled per untitled hit (``\\s+`` between the title's
    escaped words); on random texts of words, punctuation and odd whitespace it ends where that
    pattern's first match ended, and finds nothing where it found nothing or began past the width."""
    import random
    import re

    from briefing_tui.search.query.hits import _find_words

    rng = random.Random(32)
    pieces = ["Hà", "Nội", "ngày", "1.2", "(", ")", "Ảnh:", "tỉnh", "x.y", "*", "a"]
    gaps = [" ", "  ", "\n", "\t", "\u00a0", "", " \n "]
    checked = found = 0
    for _ in range(3000):
        lead = "".join(rng.choice(pieces) + rng.choice(gaps) for _ in range(rng.randint(0, 30)))
        words = [rng.choice(pieces) for _ in range(rng.randint(1, 4))]
        width = rng.randint(0, len(lead) + 2)
        m = re.search(r"\s+".join(map(re.escape, words)), lead)
        expected = None if m is None or m.start() >= width else m.end()
        assert _find_words(lead, words, width) == expected, (lead, words, width)
        checked += 1
        found += expected is not None
    assert checked == 3000 and found > 300  # both outcomes were exercised


def test_an_untitled_hits_snippet_goes_on_after_its_display_title() -> None:
    from briefing_tui.search.models import Span
    from briefing_tui.search.query.hits import _row_snippet

    body = "Ảnh: TTXVN\nMưa lớn  kéo dài ở miền Trung. Hàng nghìn hộ dân phải sơ tán khỏi vùng lũ."
    shown = _row_snippet(body, [Span(40, 44)], 200, "Mưa lớn kéo dài ở miền Trung.")
    assert shown.text.startswith("Hàng nghìn hộ dân")
