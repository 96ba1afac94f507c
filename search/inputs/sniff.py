"""Provides telling a file's real kind from its first bytes, whatever its name says.

A page saved from a browser and renamed ``.txt`` was indexed with its tags
(``<html lang="vi"><head>…`` in the text and in figure contexts); a PDF named
``.txt`` was refused as binary. The first 4 KB decide: ``%PDF-``; a ZIP holding
``word/document.xml`` (a DOCX; the name list is read, nothing inflated); an XML
root ``<rss``, ``<feed`` or ``<rdf:RDF``; an HTML doctype or ``<html``/``<head>``/
``<body>`` tag. Anything else keeps the kind its name gives.
"""

from __future__ import annotations

import io
import re
import zipfile

from .raw import DOCX_SUFFIXES, FEED_SUFFIXES, HTML_SUFFIXES, JSONL_SUFFIXES, PDF_SUFFIXES, TEXT_SUFFIXES

TEXT, JSONL, HTML, FEED, PDF, DOCX = "text", "jsonl", "html", "feed", "pdf", "docx"

_BY_SUFFIX = (
    (JSONL_SUFFIXES, JSONL),
    (TEXT_SUFFIXES, TEXT),
    (HTML_SUFFIXES, HTML),
    (FEED_SUFFIXES, FEED),
    (PDF_SUFFIXES, PDF),
    (DOCX_SUFFIXES, DOCX),
)
HEAD_BYTES = 4096
_BOMS = (b"\xef\xbb\xbf",)
_COMMENT = re.compile(rb"<!--.*?-->", re.S)
_FEED_ROOT = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(rss|feed|RDF)\b")
_HTML_START = re.compile(rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s[^>]*charset", re.I)


def kind_by_name(name: str) -> str | None:
    """The kind a file's name says, or None for a name briefing-tui does not read."""
    lower = name.lower()
    return next((kind for suffixes, kind in _BY_SUFFIX if lower.endswith(suffixes)), None)


def sniff(data: bytes) -> str | None:
    """The kind the bytes show (``PDF``, ``DOCX``, ``FEED``, ``HTML``), or None when they show none."""
    head = data[:HEAD_BYTES]
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        return DOCX if _is_docx(data) else None
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if b"\x00" in text[:200]:  # UTF-16 markup: decode the start to look at it
        try:
            text = head.decode("utf-16").encode("utf-8", "replace").lstrip(b"\xef\xbb\xbf \t\r\n")
        except UnicodeDecodeError:
            return None
    if not text.startswith(b"<"):
        return None
    stripped = _COMMENT.sub(b"", text)
    root = _first_element(stripped)
    if root is not None and _FEED_ROOT.match(root):
        return FEED
    if _HTML_START.search(stripped):
        return HTML
    return None


def _first_element(text: bytes) -> bytes | None:
    """The first start tag after the XML declaration, processing instructions and doctype."""
    for m in re.finditer(rb"<[^?!/][^>]*>?", text):
        return m.group()
    return None


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return False
