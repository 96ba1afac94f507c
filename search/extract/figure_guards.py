"""Round 4 of figures' precision (session 21, issue 12): counts and shares that name, describe or announce
rather than measure. Each check looks only at a few characters around one candidate (no pass over the
text); ``figures.py`` calls them from its count and percent loops."""

from __future__ import annotations

import re
from collections.abc import Set

from .text import UPPER

_POINTS_FOLLOW_RE = re.compile(r"[^.!?\n:]{0,160}:\s*(?:1\s*[.)]|thứ nhất|một là)", re.I)
"""'có 2 kinh nghiệm cơ bản … : 1. …': a count announcing the points then numbered (sample 24fdev)."""

_VEHICLE_WORDS = frozenset({"bay", "tải", "thăng", "tàu", "xe", "thuyền", "đấu", "bom", "cơ"})
"""'máy bay vận tải 4 động cơ', 'trực thăng 2 động cơ': the kind of craft, not a count (sample 24fdev)."""

_LIST_BEFORE_RE = re.compile(r"(?<![^\W\d_])(?:danh sách|clip|video)(?:\s+top)?\s+$", re.I)
_SUPERLATIVE_RE = re.compile(r"[^.!?\n,;:]{0,60}?\snhất(?![^\W\d_])", re.I)
"""'danh sách 10 xe điện … rẻ nhất', 'Clip 10 xe … nhất': a ranking's size (a listicle), not a quantity (samples
24fdev, 24fdev2)."""

_NAMED_AFTER_DEGREES_RE = re.compile(r"\s+(?!(?:C|F|K|Celsius|Fahrenheit|Kelvin|Richter|Vĩ|Kinh)(?![^\W\d_]))[A-ZĐ][^\W\d_]")
"""'Nhịp đập 360 độ Thể thao': a programme's name ('30 độ C', '6 độ Richter' stay)."""

_ONE_OR_TWO_RE = re.compile(r"([1-9]),([2-9]|10)")
_UNCOUNTABLE = frozenset({"điểm", "lần", "bàn", "phần"})

_NAME = rf"[{UPPER}][^\s,;:()–-]*(?:\s+[{UPPER}][^\s,;:()–-]*){{0,3}}"
_PAIRS_NAMED_RE = re.compile(rf"(?:\s+[a-zà-ỹđ]+){{0,4}}?\s+{_NAME}\s*[-–]\s*{_NAME}(?:(?:\s*,\s*|\s+và\s+){_NAME}\s*[-–]\s*{_NAME})*")
"""'2 cặp vợ chồng A - B và C - D': the couples then named, each a dashed pair (sample 23fdev2)."""

_ALL_OUT_RE = re.compile(r"\s*(?:sức|công lực|tâm huyết|nhiệt huyết)(?![^\W\d_])", re.I)
"""'chơi 100% sức lực', 'dồn 100% tâm huyết': all-out, a figure of speech."""


_TEAMS = frozenset({"đội", "đội bóng"})
_BOTH_BEFORE = frozenset({"cho", "của"})
"""'chia đều cho 2 đội', 'cầu thủ của 2 đội': the two teams of the match, both, not a count (sample 23fdev)."""


_SEASONS_OF_RE = re.compile(r"\s+(?:trước|qua|này|đó|gần|liên|liền|vừa|tới|sau|tiếp|đầu|cuối|giải|thi|đã)(?![^\W\d_])")
"""'4 mùa trước', '4 mùa giải': seasons of a show or a league, a count."""
_DIMENSIONS = frozenset({"dài", "rộng", "cao", "sâu", "nặng", "dày"})
"""Adjectives of size, which measure what follows them and count nothing ("1 dài 1.224km")."""
_CALENDAR_UNITS = ("âm lịch", "dương lịch", "tết")
"""A day or a month of a calendar, not a count ("tháng 7, 8 âm lịch", "30 tết")."""
_DIGITS_UNITS = ("chữ số", "số thập phân")
"""'làm tròn đến 2 số thập phân', 'mã gồm 6 chữ số': a number's digits, how it is written (sample 25fdev)."""


def not_a_count(text: str, low: str, a: int, end: int, value: float, unit: str, top: float | None) -> bool:
    """A count (number at ``a``, its noun ending at ``end``) that names, describes or announces."""
    head = unit.split("/")[0].lower()
    if head.startswith(_DIGITS_UNITS):
        return True
    if head.startswith(_CALENDAR_UNITS):
        return True  # "tháng 7, 8 âm lịch", "Đến 30 tết": a date (blind figures golds 557, 559)
    if head in _DIMENSIONS:
        return True  # "Dòng chảy phương Bắc 1 dài 1.224km": a name's number, then the pipeline's length
    if head == "bức tường" and value == 4 and low[max(0, a - 8) : a].endswith("trong "):
        return True  # "quanh quẩn trong 4 bức tường": stuck at home, a figure of speech (sample 25fdev2)
    if head == "mùa" and value == 4 and top is None and not _SEASONS_OF_RE.match(low, end):
        return True  # "hoa nở 4 mùa", "xanh 4 mùa": all year round, a fixed expression (sample 24f)
    if head in ("hiệp", "hiệp phụ") and (head == "hiệp phụ" or low.startswith(" phụ", end)):
        return True  # "sau 2 hiệp phụ": extra time, the stage's name
    if top is None and value <= 10 and ":" in text[end : end + 170] and _POINTS_FOLLOW_RE.match(text, end):
        return True
    if head == "động cơ" and set(low[max(0, a - 12) : a].split()[-1:]) & _VEHICLE_WORDS:
        return True
    if any(w in low[max(0, a - 20) : a] for w in ("danh sách", "clip", "video")) and _LIST_BEFORE_RE.search(low, max(0, a - 20), a) and _SUPERLATIVE_RE.match(low, end):
        return True
    if value == 2 and top is None and head in _TEAMS and set(low[max(0, a - 6) : a].split()[-1:]) & _BOTH_BEFORE:
        return True
    if head.startswith("cặp") and top is None and value <= 4 and (named := _PAIRS_NAMED_RE.match(text, end)):
        return len(re.findall(r"\s*[-–]\s*", named.group())) == value
    return head == "độ" and _NAMED_AFTER_DEGREES_RE.match(text, end) is not None


def one_or_next(number: str, unit: str, measures: Set[str]) -> tuple[float, float] | None:
    """'5,6 đốt', '2,3 người': five or six, two or three things (a decimal of a thing counted whole), not 5.6."""
    m = _ONE_OR_TWO_RE.fullmatch(number)
    if not m or int(m.group(2)) != int(m.group(1)) + 1:
        return None
    head = unit.split("/")[0].lower()
    if head in measures or head in _UNCOUNTABLE or head.split()[0] in measures:
        return None
    return float(m.group(1)), float(m.group(2))


_ENGLISH_THOUSANDS_RE = re.compile(r"[1-9]\d{0,2},\d{3}")


def english_thousands(number: str, unit: str, measures: Set[str]) -> float | None:
    """'118,000 lượt theo dõi': English grouping before a thing counted whole (118,000 followers, not 118: no
    one counts followers to three decimals; sample 25fdev). Not before a unit of measure ("1,125 km"), "điểm",
    "lần", "bàn" or "phần"; the caller leaves out scaled numbers ("1,125 triệu người")."""
    if not _ENGLISH_THOUSANDS_RE.fullmatch(number):
        return None
    head = unit.split("/")[0].lower()
    if head in measures or head.split()[0] in measures | _UNCOUNTABLE:
        return None  # (an index's "96,797 điểm thiết lập …" is a decimal)
    return float(number.replace(",", ""))


_LOWER_ITEM = r"[a-zà-ỹđ]+(?:\s+[a-zà-ỹđ]+){0,4}"
_NAMED_LOWER_RE = re.compile(
    rf"(?:\s+[a-zà-ỹđ]+){{0,6}}?(?:,?\s+là\s+|\s*:\s*)({_LOWER_ITEM}(?:\s*,\s*{_LOWER_ITEM})*\s+và\s+{_LOWER_ITEM})"
    r"\s*(?:[.;!?…]|$|(?=(?:nên|nhưng|thì|đều|cũng|vẫn)\s))"
)
_ITEM_SEPARATOR_RE = re.compile(r"\s*,\s*|\s+và\s+")


def named_in_lower_case(text: str, end: int, value: float) -> bool:
    """'chỉ đầu tư vào 3 ngành là bất động sản, tài chính ngân hàng và tiêu dùng.', '2 hình thức … là tố cáo trực
    tiếp và đơn thư …', '4 mức độ: nhận biết, thông hiểu, vận dụng và vận dụng cao' (sample 29f): the things then
    named in lower case after "là" or a colon, as many as the number, up to the
    sentence's end or a word that opens the next clause ("2 người là lái xe và phụ xe nên không ai …", session 26's
    misses): a reference, like the capitalised names of ``listed`` (sample 25fdev2)."""
    if not 2 <= value <= 4 or (" là " not in text[end : end + 60] and ":" not in text[end : end + 60]):
        return False
    m = _NAMED_LOWER_RE.match(text, end)
    return m is not None and len(_ITEM_SEPARATOR_RE.split(m.group(1))) == value


_BRACKETED_RE = re.compile(r"\s*\([^()]{0,200}\)")
_AFTER_COLON_RE = re.compile(r"(?:\s+[^\W\d_]+){0,6}?\s*:\s*([^.!?…:]{1,400}?)\s*(?:[.!?…](?:\s|$)|$)")
TOLL_WORDS = r"(?:tử vong|thiệt mạng|chết|tử nạn|mất tích|bị thương|nhập viện)(?![^\W\d_])"
"""What happened to people counted: a toll is a key figure even when their names follow (figures.py's ``_TOLL_RE``
right after the noun, ``named_after_colon`` before the colon)."""
_TOLL_WORDS_RE = re.compile(r"(?<![^\W\d_])" + TOLL_WORDS)
_WORDS_ITEM_RE = re.compile(r"[^\W\d_]+(?:[\s-]+[^\W\d_]+){0,5}")


def named_after_colon(text: str, end: int, value: float) -> bool:
    """'gồm 2 loài: tôm sú (loài bản địa) và tôm thẻ chân trắng (…).', '3 nhóm năng lực nền tảng: kỹ năng cơ bản (…);
    Kỹ năng tư duy (…); Phẩm chất (…).' (sample 30f): after a colon, the things counted named one by one up to the
    sentence's end, each maybe with a bracketed aside, separated by semicolons or by commas and a last "và", as
    many as the number (2 to 4, ``LISTED_MAX`` of figures.py): a reference, not a key figure."""
    if not 2 <= value <= 4 or ":" not in text[end : end + 60]:
        return False
    rest = _BRACKETED_RE.sub("", text[end : end + 600])
    m = _AFTER_COLON_RE.match(rest)
    if m is None or _TOLL_WORDS_RE.search(rest, 0, m.start(1)):
        return False  # (not a toll: "4 người trên xe con tử vong gồm: A (SN 1989, …), B, …")
    listed = m.group(1)
    if ";" in listed:
        items = [i.strip() for i in listed.split(";")]
    elif " và " in listed:
        head, last = listed.rsplit(" và ", 1)
        items = [i.strip() for i in head.split(",")] + [last.strip()]
    else:
        return False
    return len(items) == value and all(_WORDS_ITEM_RE.fullmatch(i) for i in items)


def all_out(text: str, end: int) -> bool:
    """'100% sức lực': a figure of speech after a whole share."""
    return _ALL_OUT_RE.match(text, end) is not None
