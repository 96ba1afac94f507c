"""Provides the line-based cleaner for scraped article text (docs/extraction.md §3).

In order: cut the tail at "Ý kiến bạn đọc"/"Tin khác"/… (also glued to the next
text, "TopChính trị"), before anything else sees it — the teasers after it carry
other articles' figures and provinces; drop image slugs; set aside the source
line and date lines as metadata; drop header labels and repeated short lines;
flag captions (kept: a province can live only in a caption) and headings.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from ..analysis import FOLD_TABLE, normalize

TAIL_MARKERS = (
    "ý kiến bạn đọc",
    "tin khác",
    "tin liên quan",
    "các tin khác",
    "tin cùng chuyên mục",
    "bài viết liên quan",
    "liên kết website",
    "thống kê truy cập",
    "bình luận",
    "top",
)
_FINAL_PUNCT = tuple(".!?…:")
_SLUG_END_RE = re.compile(r"hinh anh \d+\s*$", re.I)
_SOURCE_RE = re.compile(r"^\s*Nguồn\s*:\s*(.+?)\s*$", re.I)
MAX_SOURCE_CHARS = 80
"""A source is an outlet, site or author ("Nguyễn Chanh/www.laichau.gov.vn": 30 characters); a "Nguồn:"
line longer than this is a caption paragraph that happens to start so."""

# --- dates ----------------------------------------------------------------------
_DATE_RES = (
    re.compile(r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})", re.I),
    re.compile(r"(?<![\d/.\-])(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4})(?![\d/.\-])"),
)
_TIME_RE = re.compile(r"(?<!\d)(\d{1,2})\s*(?::|h|giờ)\s*(\d{2})(?!\d)", re.I)
_WEEKDAYS = ("chủ nhật", "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "thứ 2", "thứ 3",
             "thứ 4", "thứ 5", "thứ 6", "thứ 7")
_DATE_WORDS = ("cập nhật", "ngày đăng", "đăng lúc", "ngày", "lúc", "đăng")
_VIEWS_RE = re.compile(r"\d+\s+lượt xem", re.I)
_LEFTOVER_RE = re.compile(r"[|,:\-–()\s]+")

CAPTION_STARTS = ("quang cảnh", "toàn cảnh", "ảnh:")
CAPTION_VERBS = ("chủ trì", "phát biểu", "dự họp", "báo cáo", "dự hội nghị", "trao", "tặng", "thăm",
                 "kiểm tra", "làm việc", "chụp ảnh", "tham quan", "tặng quà", "trao quà", "khảo sát")
_CAPTION_AT_RE = re.compile(r"\btại\s+(?:các\s+)?(?:điểm cầu|hội nghị|cuộc họp|phiên họp|buổi làm việc)", re.I)


@dataclass(frozen=True)
class DateLine:
    line: int
    """1-based line number in the raw text."""
    text: str
    """The line as written (the evidence string)."""


@dataclass
class Cleaned:
    """The clean body, what was set aside, and where each body line came from."""

    body: str = ""
    body_lines: list[int] = field(default_factory=list)
    """For each line of ``body``, its 1-based line number in the raw text."""
    line_starts: list[int] = field(default_factory=list)
    captions: list[tuple[int, int]] = field(default_factory=list)
    headings: list[tuple[int, int]] = field(default_factory=list)
    title: str | None = None
    title_line: int | None = None
    date_lines: list[DateLine] = field(default_factory=list)
    source_text: str | None = None
    credits: list[tuple[int, int]] = field(default_factory=list)
    """Body spans that are bylines and photo credits ("Theo Thái Bình (Công an nhân dân)", "Ảnh: Hải
    Nguyễn", "Lan Hương - Trường Thịnh (tổng hợp)"): kept in the body, but no province, official or
    figure is read from them."""

    def raw_line_of(self, offset: int) -> int | None:
        """The raw line number holding body character ``offset``."""
        from bisect import bisect_right

        i = bisect_right(self.line_starts, offset) - 1
        return self.body_lines[i] if 0 <= i < len(self.body_lines) else None


def _key(line: str) -> str:
    return _key_of(normalize(line))


def _key_of(norm: str) -> str:
    """``_key`` of a line already normalised."""
    return " ".join(norm.strip(" \t•:·-").lower().split())


_MARKER_HEADS = tuple(m[:3] for m in TAIL_MARKERS)


def tail_index(lines: list[str]) -> int | None:
    """Index of the first tail-marker line (the cut point), if any."""
    for i, line in enumerate(lines):
        head = line.lstrip(" \t•:·\u00a0")[:3].lower()
        if not head.startswith(_MARKER_HEADS):
            continue
        key = _key(line)
        stripped = normalize(line).strip(" \t•:·")
        for marker in TAIL_MARKERS:
            if key == marker:
                return i
            # glued to the next text: "TopChính trị", "Ý kiến bạn đọcĐồng chí"
            if len(stripped) > len(marker) and stripped[: len(marker)].lower() == marker:
                nxt = stripped[len(marker)]
                if nxt.isupper():
                    return i
    return None


def is_image_slug(line: str) -> bool:
    text = line.strip()
    if _SLUG_END_RE.search(text):
        return True
    ws = text.split()
    # a slug has no marks: folded, it is itself. Folded here, not through ``fold``, whose cache is for terms: a
    # line is seldom seen twice, and 10,000 articles had left 65,183 lines in it (~100 MB; an extracting process's
    # peak 152 → 67 MB, a 20k build's largest process 465 → 390 MB: session 79)
    if len(ws) < 5 or (not text.isascii() and text.translate(FOLD_TABLE) != text):
        return False
    return sum(1 for w in ws if w.islower()) >= 0.8 * len(ws)


def find_dates(line: str) -> list[tuple[int, int, int, int, int]]:
    """(day, month, year, start, end) of every valid D1-format date in a line."""
    import datetime

    found = []
    norm = normalize(line)
    for rx in _DATE_RES:
        for m in rx.finditer(norm):
            g = m.groups()
            if len(g) == 3:
                d, mo, y = int(g[0]), int(g[1]), int(g[2])
            else:
                d, mo, y = int(g[0]), int(g[2]), int(g[3])
            try:
                datetime.date(y, mo, d)
            except ValueError:
                continue
            found.append((d, mo, y, m.start(), m.end()))
    return found


def find_time(line: str) -> str | None:
    m = _TIME_RE.search(normalize(line))
    if not m:
        return None
    h, mi = int(m.group(1)), int(m.group(2))
    if h > 23 or mi > 59:
        return None
    return f"{h:02d}:{mi:02d}"


def is_date_line(line: str) -> bool:
    """A line that is only a date (and time, weekday, "Cập nhật", a view count…), not prose."""
    if len(line) > 90 or not any(ch.isdigit() for ch in line):
        return False
    dates = find_dates(line)
    if not dates:
        return False
    rest = normalize(line).lower()
    for _d, _m, _y, a, b in sorted(dates, key=lambda x: -x[3]):
        rest = rest[:a] + " " + rest[b:]
    rest = _VIEWS_RE.sub(" ", rest)
    rest = _TIME_RE.sub(" ", rest)
    for w in _WEEKDAYS + _DATE_WORDS:
        rest = re.sub(rf"(?<![^\W\d_]){re.escape(w)}(?![^\W\d_])", " ", rest)
    rest = _LEFTOVER_RE.sub(" ", rest)
    return len(rest.split()) <= 1


def evidence_of(line: str) -> str:
    """The date line as the evidence string: view counts and trailing spaces removed."""
    text = _VIEWS_RE.sub("", unicodedata.normalize("NFC", line))
    return text.replace("\u00a0", " ").strip()


def _n_words(line: str) -> int:
    return len(line.split())


def _one_sentence(text: str) -> bool:
    from .text import sentences

    return len(sentences(text)) == 1


_PHOTO_CREDIT_RE = re.compile(r"\((?:ảnh|Ảnh|ẢNH|nguồn ảnh|Nguồn ảnh|Photo)\s*:?[^()]{0,60}\)\.?\s*$")


def is_caption(line: str) -> bool:
    return _is_caption_text(normalize(line).strip())


def _is_caption_text(text: str) -> bool:
    """``is_caption`` of a line already normalised and stripped."""
    if _PHOTO_CREDIT_RE.search(text) and _n_words(text) <= 40:
        return True  # "… (Ảnh: Trần Thanh)"
    if not text.endswith(".") or _n_words(text) > 20 or not _one_sentence(text):
        return False
    low = text.lower()
    if low.startswith(CAPTION_STARTS) or _CAPTION_AT_RE.search(low):
        return True
    tail = " ".join(low.rstrip(".").split()[-6:])
    return any(re.search(rf"(?<![^\W\d_]){re.escape(v)}(?![^\W\d_])", tail) for v in CAPTION_VERBS)


_BYLINE_RE = re.compile(r"\((?:tổng hợp|TH|t/h|theo\s[^()]{1,40}|nguồn\s*:?[^()]{1,40})\)\.?$", re.I)
_CREDIT_LINE_RE = re.compile(r"(?:Ảnh|ẢNH|Video|Clip|Đồ họa|Nguồn ảnh|Photo)\s*:", re.I)
_CREDIT_IN_LINE_RE = re.compile(
    r"\(\s*(?:Ảnh|ẢNH|ảnh|Nguồn ảnh|Nguồn|Photo|Video)\s*:?[^()\n]{0,60}\)"
    r"|(?<![^\s.])(?:Ảnh|ẢNH|Nguồn ảnh|Photo)\s*:\s*(?:(?!(?:Ông|Bà|Theo|Tại|Trong|Sau|Khi|Ngày|Chiều|Sáng|Tối)\s)"
    r"[^\W\d_](?:[\w&-]|\.(?=\w))*\s?)"
    r"(?:(?<!Reuters )(?<!AFP )(?<!AP )(?<!TTXVN )(?<!Xinhua )(?<!TASS )(?<!Yonhap )(?<!Kyodo )"
    r"(?!(?:Ông|Bà|Theo|Tại|Trong|Sau|Khi|Ngày|Chiều|Sáng|Tối|Tổng thống|Thủ tướng|Chủ tịch|Bộ trưởng|Thứ trưởng"
    r"|Ngoại trưởng|Giám đốc|Bí thư|Đại sứ|Phó|(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy)"
    r"|TS\.?|PGS\.?|GS\.?|ThS\.?|NSND|NSƯT|Kỹ sư|Nhạc sĩ|Luật sư|Bác sĩ|Tiến sĩ|Thạc sĩ|Giáo sư)\s)"
    r"(?!(?:ngày|hôm|sáng|chiều|tối|trưa|đêm|tháng|năm|lúc)\s)[^\W\d_](?:[\w&-]|\.(?=\w))*\s?){0,4}"
)
"""A photo credit in a line: in brackets, or after "Ảnh:" up to five words — not a next sentence glued on ("… khởi
công. Ảnh: H.Kỳ Ông Nguyễn Văn Tám, Phó Giám đốc Sở …": the credit is "H.Kỳ"; held-out gold 163), nor after a full
stop ("Ảnh: Reuters. Quốc vương Arab Saudi Salman …": a dot only inside a word, "H.Kỳ"; held-out gold 167), nor a
post opening the next sentence after the first word ("Ảnh: Reuters Tổng thống Philippines Rodrigo Duterte đã …":
held-out gold 215), nor an officer's rank in lower case ("Ảnh: Nguyễn Tân Trung tướng Lê Đông Phong, Giám đốc …":
held-out gold 253; a photographer's name is capitalised, "Trung Tướng"), nor anything after a news agency's name
("Ảnh: Reuters Abdi Bashir, cảnh sát trưởng khu vực, …": the agency is the credit; blind officials gold 745), nor
a degree or a trade opening the next sentence ("Ảnh: Tuệ Nhi TS Lê Ngọc Quang – Phó Giám đốc Sở …", "Ảnh: Trương Hồng
Kỹ sư Trương Thị Phương Lan - Phó Chủ tịch …": pooled officials golds), nor a time's word in lower case ("Ảnh:
abc.net Giới chức Indonesia ngày 3/7 cho biết …": the date's "ngày" blanked left "3/7 cho biết" a figure, session 74,
blind figures gold 1285; lower-case words are a credit's own elsewhere, "Ảnh: LS cung cấp")."""
MAX_CREDIT_WORDS = 12
"""A byline or credit line is short: "Theo Thái Bình (Công an nhân dân)" has 7 words; a sentence that
starts with "Theo Bộ Tài chính, …" is longer or has a comma."""


def is_credit(line: str, last: bool = False) -> bool:
    """A byline or credit line: "Theo <Capitalised> …" without a comma, "… (tổng hợp)", a short "Ảnh: …"
    line, or (for the article's last line) a bare author name such as "Minh Anh/VOV"."""
    ws = line.split()
    if not ws or len(ws) > MAX_CREDIT_WORDS:
        return False
    text = normalize(line).strip()
    ws = text.split()
    if ws[0] == "Theo" and len(ws) > 1 and ws[1][:1].isupper() and "," not in text and not text.endswith(":"):
        return True
    if _BYLINE_RE.search(text):
        return True
    if _CREDIT_LINE_RE.match(text) and len(ws) <= 6:
        return True
    if last and len(ws) <= 5 and not text.endswith(tuple(".!?…:")):
        names = text.replace("/", " ").replace("-", " ").split()
        return all(w[:1].isupper() for w in names)
    return False


_BYLINE_END_RE = re.compile(
    r"(?:(?<=[.!?…”\"]\s)|^)Theo\s+[^\W\d_][^\s,.;:]*(?:\s+[^\W\d_][^\s,.;:]*){0,3}"
    r"\s*(?:\([^()\n]{1,40}\)|/\s*[^\s]{1,30})?\s*$"
)
"""A byline glued to the end of the last paragraph: "… tại Malaysia. Theo Hưng Yên (Bongdanet)"."""


_SIGNED_END_RE = re.compile(
    r"(?<=\./\.)\s*[^\W\d_][^\s,.;:]*(?:\s+[^\W\d_][^\s,.;:]*){0,4}\s*(?:\([^()\n]{1,40}\)|/\s*[^\s]{1,30})?\s*$"
    r"|(?<=[.!?…”\"]\s)Video\s*:\s[^\n]{3,160}$"
)
"""After the end mark "./.", the author's name ("… từ trước tới nay./. Hà Giang"); a related video's
title glued to the last sentence ("… đi lại an toàn. Video: Mưa đá trút xuống Nghệ An Tên - Tên")."""


def _capitals_only(line: str, m: re.Match[str]) -> tuple[int, int]:
    """A credit after "Ảnh:" written in capitals ends with its capitals: "Ảnh: QUANG HUY Chủ tịch Hiệp hội …" is
    "QUANG HUY", not five words that run on into the next sentence's subject (held-out gold 189). Two words in
    capitals at least: one is an agency's acronym, which a photographer's name may follow."""
    start, end = m.span()
    if line[start] == "(":
        return start, end
    words = list(re.finditer(r"\S+", line[start:end]))[1:]  # after "Ảnh:"
    if len(words) < 2 or not (words[0].group().isupper() and len(words[0].group()) > 1):
        return start, end
    run = 1
    while run < len(words) and words[run].group().isupper():
        run += 1
    if run < 2:  # one acronym ("Ảnh: VGP Nhật Bắc", "Ảnh: TTXVN …"): the agency, then maybe its photographer
        return start, end
    return start, start + words[run - 1].end()


def credit_spans(line: str) -> list[tuple[int, int]]:
    """Photo credits inside a line ("(Ảnh: Trần Thanh)", "… phát biểu. Ảnh: Nguyễn Nguyễn"), a
    byline at its end ("… Theo Hưng Yên (Bongdanet)", "… ./. Hà Giang") and a video's title there."""
    spans = [_capitals_only(line, m) for m in _CREDIT_IN_LINE_RE.finditer(line)] if ("(" in line or ":" in line) else []
    if "./." in line or "Video" in line:
        for signed in _SIGNED_END_RE.finditer(line):
            found = signed.group().strip()
            if found.startswith("Video") and len(found.split()) <= 25:
                spans.append(signed.span())
            elif all(w[:1].isupper() for w in re.split(r"[(/]", found, maxsplit=1)[0].split()):
                spans.append(signed.span())  # names only: "./. Hà Giang", "./. Minh Anh (TTXVN)"
    m = _BYLINE_END_RE.search(line) if "Theo " in line else None
    if m and all(w[:1].isupper() for w in re.split(r"[(/]", m.group(), maxsplit=1)[0].split()[1:]):
        spans.append(m.span())  # (names only before the outlet: "Theo Bộ trưởng, …" is a sentence)
    return spans


def is_heading(line: str) -> bool:
    return _is_heading_text(normalize(line).strip())


def _is_heading_text(text: str) -> bool:
    """``is_heading`` of a line already normalised and stripped."""
    n = _n_words(text)
    return 5 <= n <= 25 and not text.endswith(_FINAL_PUNCT) and not text.endswith(('"', "”"))


def clean(raw: str) -> Cleaned:
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    # each line normalised once, in one pass over the text (NFC text keeps its length and its line breaks
    # under ``normalize``): the rules below asked for a line's normal form up to six times, ~0.9 ms an article
    norms = normalize(text).split("\n")
    cut = tail_index(lines)
    if cut is not None:
        lines = lines[:cut]
    out = Cleaned()
    numbered = [(i + 1, line) for i, line in enumerate(lines) if line.strip()]
    keep: list[tuple[int, str, bool]] = []  # (raw line number, text, follows an image slug)
    after_slug = False
    for n, line in numbered:
        if is_image_slug(line):
            after_slug = True
            continue
        m = _SOURCE_RE.match(line)
        if m and len(m.group(1)) <= MAX_SOURCE_CHARS:
            out.source_text = m.group(1)
            continue  # (a longer "Nguồn: …" line is a paragraph, kept in the body: never a source)
        if is_date_line(line):
            out.date_lines.append(DateLine(n, line))
            continue
        keep.append((n, line, after_slug))
        after_slug = False
    # header labels: short, unpunctuated lines among the first four; repeated short lines
    keys = {n: _key_of(norms[n - 1]) for n, _l, _s in keep}
    counts = Counter(keys.values())
    first_four = {n for n, _l in numbered[:4]}
    kept: list[tuple[int, str, bool]] = []
    for n, line, slug in keep:
        short = _n_words(line) <= 4 and not norms[n - 1].strip().endswith(_FINAL_PUNCT)
        if (n in first_four and short) or (counts[keys[n]] > 1 and _n_words(line) <= 6):
            continue
        kept.append((n, line, slug))
    _pick_title(out, kept, norms)
    body_parts: list[str] = []
    pos = 0
    last_line = kept[-1][0] if kept else None
    for n, line, slug in kept:
        if n == out.title_line:
            continue
        piece = line.replace("\u00a0", " ").strip()
        out.body_lines.append(n)
        out.line_starts.append(pos)
        credit = is_credit(piece, last=n == last_line)
        if credit:
            out.credits.append((pos, pos + len(piece)))
        else:
            out.credits.extend((pos + a, pos + b) for a, b in credit_spans(piece))
        norm = norms[n - 1].strip()  # = normalize(piece).strip()
        if slug or _is_caption_text(norm):
            out.captions.append((pos, pos + len(piece)))
        elif _is_heading_text(norm) and not credit:  # a closing "Minh Hòa - Quang Vinh" is no heading (nor a shown title)
            out.headings.append((pos, pos + len(piece)))
        body_parts.append(piece)
        pos += len(piece) + 1
    out.body = "\n".join(body_parts)
    return out


def _pick_title(out: Cleaned, kept: list[tuple[int, str, bool]], norms: list[str]) -> None:
    """T1: among the first 3 surviving lines, the first at line ≤ 6 with ≥ 5 words, no final
    punctuation, within ±2 lines of a date line. Otherwise there is no title."""
    date_numbers = [d.line for d in out.date_lines]
    for n, line, _slug in kept[:3]:
        text = norms[n - 1].strip()
        if n > 6 or _n_words(text) < 5 or text.endswith(tuple(".!?…")):
            continue
        if is_credit(text) or credit_spans(text) or _is_caption_text(text):
            continue  # "… Đỗ Thắng Hải. Ảnh: Nguyễn Nguyễn", "Lan Hương - Trường Thịnh (tổng hợp)"
        if any(abs(n - d) <= 2 for d in date_numbers):
            out.title = line.replace("\u00a0", " ").strip()
            out.title_line = n
            return
