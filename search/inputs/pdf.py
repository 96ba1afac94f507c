"""Provides reading a PDF's text layer (pypdf), page by page, within bounds.

pypdf (BSD-3, pure Python) rather than PyMuPDF, whose AGPL conflicts with our
MIT licence. A damaged cross-reference table is rebuilt by pypdf's non-strict
reader; when that fails too the file is a skip naming the damage. Bounds: at
most ``MAX_PAGES`` pages (a decision is 1–20, a plan with annexes up to ~200;
a page tree claiming millions is refused before any page is read), at most
``DEADLINE`` seconds of extraction, and text only up to ``MAX_ARTICLE_BYTES``.
A PDF whose pages give no text has no text layer — a scan — and is skipped
with "no text layer (scanned?)": OCR is out of scope. Legacy-font text
(TCVN3/VNI "Th«ng tin") is converted later, like every input's.
"""

from __future__ import annotations

import io
import logging
import time

from ..models import Skipped
from .official import issued_date, official_title
from .raw import BLANK, MAX_ARTICLE_BYTES, RawRecord

MAX_PAGES = 1_000
DEADLINE = 60.0
"""Seconds of text extraction for one PDF: pypdf reads ~20–50 text pages a second here."""


def read_pdf(data: bytes, where: str, rid: str, origin: str) -> RawRecord | Skipped:
    import pypdf
    from pypdf.errors import PyPdfError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings about repairs would reach the terminal
    started = time.monotonic()
    try:
        reader = pypdf.PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            return Skipped(where, "the PDF is protected by a password; save an unprotected copy")
        count = len(reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, RecursionError, NotImplementedError) as exc:
        return Skipped(where, f"damaged PDF, not readable ({_reason(exc)})")
    except Exception as exc:  # pypdf raises many kinds on hostile files; one file must not stop a run
        return Skipped(where, f"damaged PDF, not readable ({_reason(exc)})")
    if count == 0:
        return Skipped(where, "the PDF has no pages")
    if count > MAX_PAGES:
        return Skipped(where, f"the PDF has {count:,} pages, more than {MAX_PAGES:,}; split it")
    parts: list[str] = []
    size = 0
    failed = 0
    for number in range(count):
        if time.monotonic() - started > DEADLINE:
            return Skipped(where, f"reading the PDF's text took more than {DEADLINE:.0f} s (page {number + 1} of {count}); split it")
        try:
            text = reader.pages[number].extract_text() or ""
        except Exception:  # one damaged page: the others are still read
            failed += 1
            continue
        size += len(text.encode("utf-8", "replace"))
        if size > MAX_ARTICLE_BYTES:
            return Skipped(where, f"the PDF's text is more than the {MAX_ARTICLE_BYTES:,}-byte limit for one article; split it")
        parts.append(text)
    body = "\n\n".join(p.strip() for p in parts if p.strip())
    if BLANK.fullmatch(body):
        if failed:
            return Skipped(where, f"damaged PDF: none of its {count} pages could be read")
        return Skipped(where, "no text layer (scanned?); run OCR on it first")
    title = official_title(body) or _property_title(reader)
    notice = f"{failed} of its {count} pages could not be read" if failed else None
    return RawRecord(id=rid, origin=origin, text=body, where=where, title=title, date=issued_date(body), notice=notice)


def _property_title(reader: object) -> str | None:
    try:
        meta = reader.metadata  # type: ignore[attr-defined]
        title = meta.title if meta else None
    except Exception:
        return None
    if not isinstance(title, str):
        return None
    title = " ".join(title.split())
    # Word's exporter leaves "Microsoft Word - file.docx" as the title: not a title
    if not title or title.lower().startswith("microsoft word") or title.lower().endswith((".doc", ".docx")):
        return None
    return title[:300]


def _reason(exc: BaseException) -> str:
    text = str(exc).splitlines()[0][:120] if str(exc) else ""
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
