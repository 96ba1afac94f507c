"""Provides the structure of a Vietnamese official document, where it is cheap: số hiệu, kind, trích yếu.

A quyết định, công văn or thông báo (Nghị định 30/2020/NĐ-CP, Phụ lục I) opens
with a header table: the issuing body ("ỦY BAN NHÂN DÂN / TỈNH LAI CHÂU") and
"Số: 123/QĐ-UBND" on the left; the national motto and "Lai Châu, ngày 15
tháng 3 năm 2024" (the ngày ban hành) on the right; then the kind in capitals
("QUYẾT ĐỊNH") and the trích yếu ("Về việc …", or "V/v …" under a công văn's
number). The title made of them — "Quyết định số 123/QĐ-UBND: Về việc …" — is
what people cite; the ngày ban hành is the document's date (extraction's date
lines do not take "Lai Châu, ngày 15 tháng 3 năm 2024", a place before the date).
Only the first ``_HEAD_LINES`` lines are looked at.
"""

from __future__ import annotations

import re

_HEAD_LINES = 40
_NUMBER = re.compile(r"^\s*Số\s*(?:hiệu)?\s*[:.]?\s*(\d+[\w.\-]*/[\w./\-]*[A-ZĐ][\w./\-]*)", re.M)
_KINDS = (
    "QUYẾT ĐỊNH", "NGHỊ ĐỊNH", "NGHỊ QUYẾT", "THÔNG TƯ", "CHỈ THỊ", "KẾ HOẠCH", "THÔNG BÁO", "BÁO CÁO",
    "TỜ TRÌNH", "CÔNG VĂN", "CÔNG ĐIỆN", "QUY ĐỊNH", "HƯỚNG DẪN", "LUẬT", "PHÁP LỆNH", "CHƯƠNG TRÌNH",
)
_ABOUT = re.compile(r"^\s*(V/v\b.*|Về\s+việc\b.*|Về\s+.*|Ban hành\b.*|Phê duyệt\b.*)$", re.M)


def official_title(text: str) -> str | None:
    """"Quyết định số 123/QĐ-UBND: Về việc …" from the head of an official document, or None
    when it carries no số hiệu."""
    lines = [line.strip() for line in text.splitlines()[:_HEAD_LINES] if line.strip()]
    head = "\n".join(lines)
    number = _NUMBER.search(head)
    if not number:
        return None
    kind = next((line for line in lines if line.upper() == line and line in _KINDS), None)
    kind = ("Công văn" if "V/v" in head else "Văn bản") if kind is None else kind.capitalize()
    about = _ABOUT.search(head)
    title = f"{kind} số {number.group(1).rstrip('.-/')}"
    return f"{title}: {' '.join(about.group(1).split())}"[:300] if about else title


_ISSUED = re.compile(r"^[^\n,]{2,40},\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})\s*$", re.M)


def issued_date(text: str) -> str | None:
    """The ngày ban hành ("Lai Châu, ngày 15 tháng 3 năm 2024" → "2024-03-15") from the head of an
    official document that carries a số hiệu, or None."""
    head = "\n".join(line.strip() for line in text.splitlines()[:_HEAD_LINES])
    if not _NUMBER.search(head):
        return None
    m = _ISSUED.search(head)
    if not m:
        return None
    day, month, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"
