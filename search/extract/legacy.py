"""Provides detection of Vietnamese text in legacy 8-bit encodings (TCVN3/ABC, VNI).

Such text, read as Unicode, fills words with symbols and foreign letters
("Th«ng tin", "Vieät Nam"). It is flagged and reported, never indexed as
garbage. The test: marker characters that Vietnamese never uses, inside words.
"""

from __future__ import annotations

import re

# Latin-1 letters Vietnamese itself uses; every other character from U+00A1 up is a marker
_VIETNAMESE_LATIN1 = set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")
_MARKERS = "".join(chr(c) for c in range(0xA1, 0x100) if chr(c) not in _VIETNAMESE_LATIN1 and chr(c) not in "×÷")
_VNI = "ôöõïñäåæçëîûüÿø"  # letters VNI leaves after vowels ("Vieät", "ñ" for đ)
_TCVN3 = "".join(ch for ch in _MARKERS if ch not in _VNI)
_IN_WORD = re.compile(rf"[^\W\d_][{re.escape(_MARKERS)}]|[{re.escape(_MARKERS)}][^\W\d_]")
_VIETNAMESE = re.compile(r"[ăâêôơưđĂÂÊÔƠƯĐ\u1ea0-\u1ef9]")


def legacy_encoding(text: str) -> str | None:
    """"TCVN3" or "VNI" when the text looks legacy-encoded, else None."""
    sample = text[:20000]
    hits = _IN_WORD.findall(sample)
    if len(hits) < 5:
        return None
    letters = sum(ch.isalpha() for ch in sample) or 1
    if len(hits) / letters < 0.01 or len(_VIETNAMESE.findall(sample)) > len(hits) * 3:
        return None
    tcvn = sum(1 for h in hits for ch in h if ch in _TCVN3)
    vni = sum(1 for h in hits for ch in h if ch in _VNI)
    return "TCVN3" if tcvn >= vni else "VNI"
