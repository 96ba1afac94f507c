"""Provides reading a Word ``.docx``: paragraphs and tables in document order (python-docx).

Official documents put the issuing body, the số hiệu and the place and date in
a header table ("ỦY BAN NHÂN DÂN / TỈNH LAI CHÂU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA
VIỆT NAM …"), so tables are read where they stand, cell by cell (a merged cell
once). A DOCX is a ZIP: before python-docx opens it, the archive's directory is
checked — at most ``MAX_ENTRIES`` entries, ``MAX_INFLATED`` bytes inflated in
all, no XML part over ``MAX_XML_PART``, and no part inflating more than ``MAX_RATIO`` times (a zip bomb inflates
~1,000 times; Word's XML 5–20 times). python-docx's XML parser does not resolve
entities, so "billion laughs" in a part expands nothing. The core property
``title`` is used only when the text gives no official title.
"""

from __future__ import annotations

import io
import zipfile
from typing import Any

from ..models import Skipped
from .official import issued_date, official_title
from .raw import BLANK, MAX_ARTICLE_BYTES, RawRecord

MAX_ENTRIES = 5_000
MAX_INFLATED = 200_000_000
MAX_RATIO = 200
MAX_XML_PART = 30_000_000
"""The largest XML part parsed: a 300-page decision's document.xml is ~5 MB; python-docx holds every
part in memory and parses the XML ones into trees ~10 times their size."""
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_zip(data: bytes) -> str | None:
    """Why the archive must not be opened (a bomb, not a DOCX), or None."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        return f"damaged .docx, not a readable ZIP archive ({exc})"
    if len(infos) > MAX_ENTRIES:
        return f"the .docx holds {len(infos):,} parts, more than {MAX_ENTRIES:,}: not a Word document"
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        return "a ZIP archive, not a Word document (.docx)"
    total = sum(i.file_size for i in infos)
    if total > MAX_INFLATED:
        return f"the .docx inflates to {total:,} bytes, more than {MAX_INFLATED:,} (a zip bomb?)"
    for i in infos:
        if i.filename.endswith((".xml", ".rels")) and i.file_size > MAX_XML_PART:
            return f"a part of the .docx ({i.filename}) is {i.file_size:,} bytes of XML, more than {MAX_XML_PART:,}"
        if i.file_size > 1_000_000 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            return f"a part of the .docx ({i.filename}) inflates {i.file_size // max(i.compress_size, 1):,} times (a zip bomb?)"
    return None


def read_docx(data: bytes, where: str, rid: str, origin: str) -> RawRecord | Skipped:
    problem = check_zip(data)
    if problem:
        return Skipped(where, problem)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(_blocks(document.element.body))
    except Exception as exc:  # python-docx and lxml raise many kinds on damaged parts
        text = str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__
        return Skipped(where, f"damaged .docx, not readable ({text})")
    body = "\n\n".join(b for b in blocks if b.strip())
    if BLANK.fullmatch(body):
        return Skipped(where, "the .docx has no text")
    if len(body.encode("utf-8")) > MAX_ARTICLE_BYTES:
        return Skipped(where, f"the .docx's text is more than the {MAX_ARTICLE_BYTES:,}-byte limit for one article; split it")
    title = official_title(body) or _property_title(document)
    return RawRecord(id=rid, origin=origin, text=body, where=where, title=title, date=issued_date(body))


def _blocks(body: Any) -> Any:
    """Paragraph texts and table cells, in document order (tables nested in cells included, bounded by the XML)."""
    for child in body.iterchildren():
        if child.tag == f"{_W}p":
            yield _text(child)
        elif child.tag == f"{_W}tbl":
            # every cell once, as the XML holds it (session 57: cells were skipped by the id() of their lxml
            # proxies, which are made per step and freed, so the next cell's proxy took a freed id: a 4 × 3 table
            # gave its first row only)
            for tc in child.iter(f"{_W}tc"):
                lines = [_text(p) for p in tc.iterchildren(f"{_W}p")]
                cell = "\n".join(line for line in lines if line.strip())
                if cell:
                    yield cell


def _text(p: Any) -> str:
    parts: list[str] = []
    for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
        if el.tag == f"{_W}t":
            parts.append(el.text or "")
        elif el.tag == f"{_W}tab":
            parts.append("\t")
        else:
            parts.append("\n")
    return "".join(parts).strip()


def _property_title(document: Any) -> str | None:
    try:
        title = document.core_properties.title
    except Exception:
        return None
    if not isinstance(title, str):
        return None
    title = " ".join(title.split())
    return title[:300] or None
