"""Provides the publication date (docs/extraction.md §4): candidates from date lines only, scored.

Never from the body: ratios, percents and durations parse as dates ("10,2%" →
2000-02-10 in dateparser). Score: +2 a time; +2 within 3 lines of the title;
+3 the body repeats the day ("Sáng nay (25/12)"); +2 the body has the day
before ("Chiều 23.6": an event reported the next day); −3 when the next line is
also a date line (the site-header date above the article's); +1 "Cập nhật",
"Ngày đăng", "Đăng lúc". Highest wins; ties go to the later line. With no
candidate, a reporting period ("4 tháng đầu năm 2024") gives only a year hint.
"""

from __future__ import annotations

import datetime
import re

from ..analysis import normalize
from ..models import PublishedDate, Source
from .clean import Cleaned, evidence_of, find_dates, find_time

_PUBLISHED_WORDS = re.compile(r"cập nhật|ngày đăng|đăng lúc", re.I)
# reporting periods only: "4 tháng đầu năm 2024", "6 tháng năm 2023", "quý I/2022", "quý II năm 2021"
_PERIOD_RE = re.compile(
    r"(?<![^\W\d_])(?:\d{1,2}|sáu|chín)\s+tháng\s+(?:đầu\s+|cuối\s+)?năm\s+((?:19|20)\d{2})|"
    r"(?<![^\W\d_])quý\s+[IVX]{1,3}\s*(?:/|năm)\s*((?:19|20)\d{2})",
    re.I,
)


def publication_date(cleaned: Cleaned) -> PublishedDate:
    candidates = cleaned.date_lines
    if not candidates:
        return PublishedDate()
    body = normalize(cleaned.body)
    date_line_numbers = {d.line for d in candidates}
    best = None
    for cand in candidates:
        for day, month, year, _a, _b in find_dates(cand.text):
            time = find_time(cand.text)
            score = 0
            if time:
                score += 2
            if cleaned.title_line is not None and abs(cand.line - cleaned.title_line) <= 3:
                score += 2
            if _mentions_day(body, day, month):
                score += 3
            prev = datetime.date(year, month, day) - datetime.timedelta(days=1)
            if _mentions_day(body, prev.day, prev.month):
                score += 2
            if cand.line + 1 in date_line_numbers:
                score -= 3
            if _PUBLISHED_WORDS.search(normalize(cand.text)):
                score += 1
            key = (score, cand.line)
            if best is None or key >= best[0]:
                best = (key, PublishedDate(f"{year:04d}-{month:02d}-{day:02d}", time, "day", evidence_of(cand.text),
                                              basis="dateline"))
    return best[1] if best else PublishedDate()


def _mentions_day(body: str, day: int, month: int) -> bool:
    """The body writes D/M or D.M (with or without leading zeros) as a date, not a ratio."""
    rx = rf"(?<![\d/.,]){day:d}[/.]0?{month:d}(?![\d/.,]\d)|(?<![\d/.,])0{day:d}[/.]0?{month:d}(?![\d/.,]\d)"
    return re.search(rx, body) is not None


def year_hint(text: str) -> PublishedDate | None:
    """A reporting period in the first lines ("Trong 4 tháng đầu năm 2024"): a year, approximate."""
    head = normalize(text)[:600]
    m = _PERIOD_RE.search(head)
    if not m:
        return None
    year = m.group(1) or m.group(2)
    start = m.start()
    # evidence: from the start of the clause holding the period
    clause_start = max(head.rfind(",", 0, start), head.rfind("\n", 0, start), head.rfind(".", 0, start)) + 1
    evidence = text[clause_start : m.end()].strip()
    return PublishedDate(year, None, "year", evidence, approximate=True, basis="period")


_SITE_RE = re.compile(r"(?:https?://)?(?:www\.)?[\w.-]+\.[a-z]{2,}(?:/\S*)?", re.I)


def source_of(source_text: str | None) -> Source:
    """"Nguyễn Chanh/www.laichau.gov.vn" → author and site; a lone value is the site."""
    text = (source_text or "").strip(" \t/")
    if not text or len(text) > 80:
        return Source()  # "Nguồn: " with nothing after it (it raised IndexError and lost the article); a paragraph
    if "/" in text:
        left, right = text.split("/", 1)
        if "." in right:
            return Source(author=left.strip() or None, site=right.strip() or None)
    if _SITE_RE.fullmatch(text) or "." in text.split()[-1]:
        return Source(site=text)
    return Source(author=None, site=text)
