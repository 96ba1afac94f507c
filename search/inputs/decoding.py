"""Provides decoding an input file's bytes: UTF-8 (a BOM allowed) or UTF-16; binaries named, blanks empty.

UTF-16 is read by its byte-order mark, or without one when the NUL bytes
clearly sit on one side; UTF-32, PDF, Word and other binaries are named in the
skip reason; a file of only blanks, BOMs or NBSPs is "empty" (it was indexed
as an empty article).
"""

from __future__ import annotations

import codecs
import re

from ..models import Skipped
from .raw import BLANK

_SAMPLE = 4096

_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive, e.g. .docx or .xlsx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document, e.g. .doc"),
    (b"\x1f\x8b", "gzip-compressed; name it .jsonl.gz if it is JSONL"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program"),
)
_UTF32 = "binary file (looks like UTF-32 text); save it as UTF-8"
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
"""C0 controls but whitespace and ESC: NUL characters mean a wrong guess (UTF-32 read as UTF-16)."""
_BINARY = "binary file (contains NUL bytes), not text"


def decode(data: bytes, where: str) -> str | Skipped:
    """UTF-8 (a BOM allowed) or UTF-16 (by its BOM, or clearly UTF-16 without one); anything else
    with NUL bytes is a binary file, named when it is a common format."""
    kind = next((name for magic, name in _MAGIC if data.startswith(magic)), None)
    if kind:
        return Skipped(where, f"binary file ({kind}), not text")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return Skipped(where, _UTF32)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _utf16(data, "utf-16")
        if text is None:
            return Skipped(where, "binary file (it starts with a UTF-16 byte-order mark but is not UTF-16 text)")
    elif b"\x00" in data[:_SAMPLE]:
        encoding = _utf16_order(data[:_SAMPLE])
        text = _utf16(data, encoding) if encoding else None
        if text is None:
            return Skipped(where, _UTF32 if _looks_utf32(data[:_SAMPLE]) else _BINARY)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            return Skipped(
                where,
                f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                "if it is TCVN3/VNI, convert it to Unicode first",
            )
    if BLANK.fullmatch(text):
        return Skipped(where, "empty file")
    return text


def _utf16(data: bytes, encoding: str) -> str | None:
    """The text, or None when it does not decode or holds controls no text file has."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return None if _CONTROLS.search(text) else text


def _utf16_order(sample: bytes) -> str | None:
    """Which UTF-16 a sample without a BOM is in, when the NULs sit in the high bytes of most characters.

    Not every character: Vietnamese letters outside Latin-1 (ạ, ư, đ: ~17% of the seed articles'
    characters) have no NUL byte, so "at least half of one side, almost none on the other"."""
    sample = sample[: len(sample) & ~1]
    pairs = len(sample) // 2
    low, high = sample[0::2].count(0), sample[1::2].count(0)
    if pairs < 2:
        return None
    if high * 2 >= pairs and low * 10 <= high:
        return "utf-16-le"
    if low * 2 >= pairs and high * 10 <= low:
        return "utf-16-be"
    return None


def _looks_utf32(sample: bytes) -> bool:
    """Two NUL bytes in (nearly) every four: the upper half of characters below U+10000."""
    sample = sample[: len(sample) & ~3]
    quads = len(sample) // 4
    if quads < 2:
        return False
    le = sample[3::4].count(0) == quads and sample[2::4].count(0) * 10 >= quads * 9
    be = sample[0::4].count(0) == quads and sample[1::4].count(0) * 10 >= quads * 9
    return le or be


