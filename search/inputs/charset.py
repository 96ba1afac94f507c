"""Provides decoding a web page's or feed's bytes by what it declares, checked against what it holds.

Order: a byte-order mark; then UTF-8 when the bytes are valid UTF-8 and not plain
ASCII (a page declaring ``iso-8859-1`` while holding UTF-8 — a lying charset,
common on old CMSs — would otherwise turn "Việt" into "Viá»‡t"; legacy 8-bit
Vietnamese text is never valid UTF-8 by accident beyond a few bytes); then the
charset declared in ``<meta charset>``, ``http-equiv`` or the XML declaration
(``windows-1258`` included: its tone marks are combining characters, so the
text is composed to NFC); then windows-1258 as the last guess for Vietnamese.
Decoding never fails: a byte that does not fit becomes U+FFFD, and the result
says what happened so the reader can tell the user.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

_DECLARED = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9._:-]+)""",
    re.I,
)
_SCAN = 8192
"""The HTML standard's prescan looks at the first 1,024 bytes; saved pages put scripts first, so more."""


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    """The codec used (Python's name)."""
    notice: str | None = None
    """Set when the declared charset was wrong or bytes were replaced."""


def declared_charset(data: bytes) -> str | None:
    """The charset a page or feed declares in its first bytes, as a Python codec name, or None."""
    m = _DECLARED.search(data[:_SCAN])
    if not m:
        return None
    name = (m.group(1) or m.group(2)).decode("ascii", "replace")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode_markup(data: bytes, http_charset: str | None = None) -> Decoded:
    """The text of a page or feed; see the module docstring for the order of the guesses."""
    for bom, name in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return _decoded(data, name, "utf-8-sig" if name == "utf-8" else name, None)
    declared = _codec(http_charset) or declared_charset(data)
    if not data.isascii():
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            lie = declared not in (None, "utf-8")
            return Decoded(
                unicodedata.normalize("NFC", text),
                "utf-8",
                f"it declares the charset {declared} but is UTF-8; read as UTF-8" if lie else None,
            )
    if declared is not None and declared not in ("utf-8",):
        return _decoded(data, declared, declared, None)
    if declared == "utf-8":
        return _decoded(
            data, "windows-1258", "cp1258",
            "it declares UTF-8 but is not; read as windows-1258 (Vietnamese), check the text",
        )
    return _decoded(data, "utf-8", "utf-8", None)


def _codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _decoded(data: bytes, label: str, codec: str, notice: str | None) -> Decoded:
    text = data.decode(codec, "replace")
    if "\ufffd" in text and notice is None and "\ufffd".encode() not in data:
        notice = f"some bytes are not {label}; they are shown as \ufffd"
    return Decoded(unicodedata.normalize("NFC", text), codec, notice)
