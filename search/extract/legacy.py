"""Provides detection of Vietnamese text in legacy 8-bit encodings (TCVN3/ABC, VNI).

Such text, read as Unicode, fills words with symbols and foreign letters
("Th«ng tin", "Vieät Nam"). It is flagged and reported, never indexed as
garbage. The test: marker characters that Vietnamese never uses, inside words.
"""

from __future__ import annotations

import re
import unicodedata

# Latin-1 letters Vietnamese itself uses; every other character from U+00A1 up is a marker
_VIETNAMESE_LATIN1 = set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")
_MARKERS = "".join(chr(c) for c in range(0xA1, 0x100) if chr(c) not in _VIETNAMESE_LATIN1 and chr(c) not in "×÷")
_VNI = "ôöõïñäåæçëîûüÿø"  # letters VNI leaves after vowels ("Vieät", "ñ" for đ)
_TCVN3 = "".join(ch for ch in _MARKERS if ch not in _VNI)
_IN_WORD = re.compile(rf"[^\W\d_][{re.escape(_MARKERS)}]|[{re.escape(_MARKERS)}][^\W\d_]")
_MARKER_RE = re.compile(f"[{re.escape(_MARKERS)}]")
_VIETNAMESE = re.compile(r"[ăâêôơưđĂÂÊÔƠƯĐ\u1ea0-\u1ef9]")


def legacy_encoding(text: str) -> str | None:
    """"TCVN3" or "VNI" when the text looks legacy-encoded, else None."""
    sample = text[:20000]
    if len(_MARKER_RE.findall(sample)) < 5:
        return None  # each hit below holds a marker: a scan for one character class first (0.25 → 0.03 ms an article)
    hits = _IN_WORD.findall(sample)
    if len(hits) < 5:
        return None
    letters = sum(ch.isalpha() for ch in sample) or 1
    if len(hits) / letters < 0.01 or len(_VIETNAMESE.findall(sample)) > len(hits) * 3:
        return None
    tcvn = sum(1 for h in hits for ch in h if ch in _TCVN3)
    vni = sum(1 for h in hits for ch in h if ch in _VNI)
    return "TCVN3" if tcvn >= vni else "VNI"


# --- conversion to Unicode ------------------------------------------------------------------
# Written from the TCVN 5712:1993 (VN3, "ABC") and VNI-Windows code charts. Text reaches us
# either as bytes (a .txt that is not UTF-8, read as Latin-1: byte n is U+00nn) or as Unicode
# that a PDF or Word font table already mapped that way ("Th«ng tin"), so both tables are
# keyed by the Latin-1 character of each byte.

_TCVN3_ROWS = (
    # byte → letter; lower-case letters with their tones, then the capitals TCVN3 has
    ("\xa8\xa9\xaa\xab\xac\xad\xae", "ăâêôơưđ"),
    ("\xa1\xa2\xa3\xa4\xa5\xa6\xa7", "ĂÂÊÔƠƯĐ"),
    ("\xb5\xb6\xb7\xb8\xb9", "àảãáạ"),
    ("\xbb\xbc\xbd\xbe\xc6", "ằẳẵắặ"),
    ("\xc7\xc8\xc9\xca\xcb", "ầẩẫấậ"),
    ("\xcc\xce\xcf\xd0\xd1", "èẻẽéẹ"),
    ("\xd2\xd3\xd4\xd5\xd6", "ềểễếệ"),
    ("\xd7\xd8\xdc\xdd\xde", "ìỉĩíị"),
    ("\xdf\xe1\xe2\xe3\xe4", "òỏõóọ"),
    ("\xe5\xe6\xe7\xe8\xe9", "ồổỗốộ"),
    ("\xea\xeb\xec\xed\xee", "ờởỡớợ"),
    ("\xef\xf1\xf2\xf3\xf4", "ùủũúụ"),
    ("\xf5\xf6\xf7\xf8\xf9", "ừửữứự"),
    ("\xfa\xfb\xfc\xfd\xfe", "ỳỷỹýỵ"),
)
TCVN3_TABLE = {ord(k): v for keys, values in _TCVN3_ROWS for k, v in zip(keys, values, strict=True)}
"""TCVN3 byte (as a Latin-1 character) → the Unicode letter."""

# VNI: a base vowel followed by one mark byte; đ, ư, ơ and the i/ỵ letters are single bytes.
_GRAVE, _ACUTE, _HOOK, _TILDE, _DOT = "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"
_CIRC, _BREVE = "\u0302", "\u0306"
_VNI_SINGLE = {
    "ñ": "đ", "Ñ": "Đ", "ö": "ư", "Ö": "Ư", "ô": "ơ", "Ô": "Ơ",
    "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ",
}
_VNI_TONE = {"ø": _GRAVE, "ù": _ACUTE, "û": _HOOK, "õ": _TILDE, "ï": _DOT}
_VNI_CIRC = {"â": "", "à": _GRAVE, "á": _ACUTE, "å": _HOOK, "ã": _TILDE, "ä": _DOT}
_VNI_BREVE = {"ê": "", "è": _GRAVE, "é": _ACUTE, "ú": _HOOK, "ü": _TILDE, "ë": _DOT}
_VNI_VOWELS = "aeiouyAEIOUYưƯơƠ"
_VNI_PAIR = re.compile(
    "([" + _VNI_VOWELS + "])([" + "".join(_VNI_TONE) + "".join(_VNI_CIRC) + "".join(_VNI_BREVE)
    + "".join(k.upper() for k in (*_VNI_TONE, *_VNI_CIRC, *_VNI_BREVE)) + "])"
)


def _vni_pair(m: re.Match[str]) -> str:
    base, mark = m.group(1), m.group(2)
    low = mark.lower()
    if low in _VNI_TONE:
        return unicodedata.normalize("NFC", base + _VNI_TONE[low])
    if low in _VNI_CIRC and base.lower() in "aeo":
        return unicodedata.normalize("NFC", base + _CIRC + _VNI_CIRC[low])
    if low in _VNI_BREVE and base.lower() == "a":
        return unicodedata.normalize("NFC", base + _BREVE + _VNI_BREVE[low])
    return m.group(0)


def to_unicode(text: str, encoding: str) -> str:
    """``text`` (legacy bytes read as Latin-1, or a legacy font's characters) converted from
    ``encoding`` ("TCVN3" or "VNI") to Unicode NFC. Characters outside the table stay as they are."""
    if encoding == "TCVN3":
        out = text.translate(TCVN3_TABLE)
    elif encoding == "VNI":
        out = "".join(_VNI_SINGLE.get(ch, ch) for ch in text)
        out = _VNI_PAIR.sub(_vni_pair, out)
    else:
        raise ValueError(f"unknown legacy encoding {encoding!r}")
    return unicodedata.normalize("NFC", out)


def vietnamese_letters(text: str) -> int:
    """How many letters of ``text`` only Vietnamese writes (ă â ê ô ơ ư đ and the toned vowels)."""
    return len(_VIETNAMESE.findall(text))


def has_legacy_markers(text: str) -> bool:
    """A short text (a title) with a legacy marker inside a word and no Unicode Vietnamese letter."""
    return bool(_IN_WORD.search(text)) and not _VIETNAMESE.search(text)


def convert_legacy(text: str) -> tuple[str, str | None]:
    """(Unicode text, the legacy encoding it was in) — or (text, None) when it is not legacy-encoded."""
    found = legacy_encoding(text)
    if not found:
        return text, None
    return to_unicode(text, found), found
