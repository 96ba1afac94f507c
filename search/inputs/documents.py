"""Provides reading one file of any kind briefing-tui takes, by what it holds more than by its name.

The first 4 KB are read and sniffed (``sniff``): a page renamed ``.txt`` is read
as HTML, a PDF named ``.txt`` as a PDF. A text file is read up to
``MAX_ARTICLE_BYTES``; a page, feed, PDF or DOCX up to ``MAX_DOCUMENT_BYTES``,
and neither past it. A text file that is not UTF-8 is looked at as TCVN3/VNI
bytes before it is refused. Whatever the format, text in a legacy Vietnamese
encoding (a PDF set in a .VnTime font gives "Th«ng tin") is converted to
Unicode NFC with a notice (``extract.legacy``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from ..models import Skipped
from . import files as _files
from .decoding import decode
from .raw import (
    BLANK,
    DOCUMENT_SUFFIXES,
    MAX_ARTICLE_BYTES,
    MAX_DOCUMENT_BYTES,
    RawRecord,
    os_reason,
    path_text,
    too_big_reason,
)
from .sniff import DOCX, FEED, HEAD_BYTES, HTML, PDF, TEXT, kind_by_name, sniff

_NOT_UTF8 = "not UTF-8 text"
SUPPORTED = ", ".join(DOCUMENT_SUFFIXES)


def record_id(path: Path) -> str:
    """A file's article id: its name without the extension that made it read."""
    stem = path_text(path.name)
    lower = stem.lower()
    for suffix in sorted(DOCUMENT_SUFFIXES, key=len, reverse=True):
        if lower.endswith(suffix) and len(stem) > len(suffix):
            return stem[: -len(suffix)]
    return stem


def read_file(path: Path) -> Iterator[RawRecord | Skipped]:
    """The article(s) of one file that is not JSONL, or skips saying why not."""
    where = path_text(path)
    named = kind_by_name(path.name)
    opened = _files.open_regular(path, where)
    if isinstance(opened, Skipped):
        yield opened
        return
    f, size = opened
    with f:
        try:
            head = f.read(HEAD_BYTES)
        except OSError as exc:
            yield Skipped(where, f"cannot read: {os_reason(exc)}")
            return
        kind = sniff(head) or named
        if kind is None:
            yield Skipped(where, f"not a document briefing-tui reads ({SUPPORTED})")
            return
        limit = MAX_ARTICLE_BYTES if kind == TEXT else MAX_DOCUMENT_BYTES
        if size > limit:
            what = "file" if kind == TEXT else f"{_NAMES[kind]} file"
            yield Skipped(where, too_big_reason(f"{what} is {size:,} bytes") if kind == TEXT
                          else f"{what} is {size:,} bytes, more than the {limit:,}-byte limit; it is not one article")
            return
        try:
            data = head + f.read(limit + 1 - len(head))  # the file may have grown since fstat
        except OSError as exc:
            yield Skipped(where, f"cannot read: {os_reason(exc)}")
            return
    if len(data) > limit:
        yield Skipped(where, too_big_reason("file grew while it was read"))
        return
    rid = record_id(path)
    for item in _read(kind, data, where, rid):
        yield unlegacy(item) if isinstance(item, RawRecord) else item


_NAMES = {HTML: "web page", FEED: "feed", PDF: "PDF", DOCX: ".docx"}


def _read(kind: str, data: bytes, where: str, rid: str) -> Iterator[RawRecord | Skipped]:
    if kind == HTML:
        from .html import read_html

        yield read_html(data, where, rid, where)
    elif kind == FEED:
        from .feeds import read_feed

        yield from read_feed(data, where, where)
    elif kind == PDF:
        from .pdf import read_pdf

        yield read_pdf(data, where, rid, where)
    elif kind == DOCX:
        from .word import read_docx

        yield read_docx(data, where, rid, where)
    else:
        yield _text(data, where, rid)


def _text(data: bytes, where: str, rid: str) -> RawRecord | Skipped:
    text = decode(data, where)
    if isinstance(text, Skipped):
        if text.reason.startswith(_NOT_UTF8):
            from ..extract.legacy import convert_legacy

            windows = _windows_1258(data)
            if windows is not None:
                return RawRecord(id=rid, origin=where, text=windows, where=where,
                                 notice="the text was in windows-1258 (Vietnamese Windows): read as such")
            converted, encoding = convert_legacy(data.decode("latin-1"))
            if encoding is not None and not BLANK.fullmatch(converted):
                return RawRecord(id=rid, origin=where, text=converted, where=where, notice=_legacy_notice(encoding))
        return text
    return RawRecord(id=rid, origin=where, text=text, where=where)


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
"""A multi-byte UTF-8 character. windows-1258 text hardly ever forms one: its letters ă, ư, ơ, the
tones (0xCC, 0xD2, 0xDE, 0xEC, 0xF2) are followed by letters, never by 0x80–0xBF (symbols)."""


def _windows_1258(data: bytes) -> str | None:
    """The text of a windows-1258 file (Vietnamese Windows' code page: base letters and combining
    tones), composed to NFC; None when the bytes are not that (UTF-8 with a damaged byte, undefined
    bytes, legacy markers, or too few Vietnamese letters — one in 20 letters is, in Vietnamese)."""
    import unicodedata

    from ..extract.legacy import legacy_encoding, vietnamese_letters

    if len(_UTF8_SEQUENCE.findall(data, 0, 1 << 20)) >= 2:  # damaged UTF-8, not windows-1258
        return None
    try:
        text = unicodedata.normalize("NFC", data.decode("cp1258"))
    except UnicodeDecodeError:
        return None
    letters = sum(ch.isalpha() for ch in text[:20000]) or 1
    if legacy_encoding(text) is not None or vietnamese_letters(text[:20000]) * 20 < letters:
        return None
    return None if BLANK.fullmatch(text) else text


def _legacy_notice(encoding: str) -> str:
    return f"the text was in the legacy {encoding} encoding: converted to Unicode; check a few words"


def unlegacy(record: RawRecord) -> RawRecord:
    """The record with legacy-encoded text (and title) converted to Unicode, with a notice."""
    from ..extract.legacy import convert_legacy, has_legacy_markers, to_unicode

    text, encoding = convert_legacy(record.text)
    if encoding is None:
        return record
    title = record.title
    if title and has_legacy_markers(title):  # too short to detect on its own: the body's encoding
        title = to_unicode(title, encoding)
    notice = "; ".join(filter(None, (record.notice, _legacy_notice(encoding))))
    return replace(record, text=text, title=title, notice=notice)
