"""Provides what every input shares: the raw record, the limits, and the repairs that make text safe to keep.

Every string read is encodable: lone surrogates, from a JSON escape such as
``"\\ud800"`` or a file name that is not UTF-8, become U+FFFD (one such record
made every later search die with ``UnicodeEncodeError``).
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
FEED_SUFFIXES = (".xml", ".rss", ".atom")
PDF_SUFFIXES = (".pdf",)
DOCX_SUFFIXES = (".docx",)
DOCUMENT_SUFFIXES = TEXT_SUFFIXES + JSONL_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES + PDF_SUFFIXES + DOCX_SUFFIXES
"""Every name ending a folder walk reads; any other file in a folder is counted per extension and reported."""
MAX_DOCUMENT_BYTES = 20_000_000
"""The largest saved page, feed, PDF or DOCX file read (its text is still at most ``MAX_ARTICLE_BYTES``).
A Vietnamese news page saved "complete" is 0.1–2 MB, one with inlined images up to ~10 MB; a
200 MB page would take trafilatura minutes and gigabytes, so it is refused by its size, unread."""

UNLISTED_FOLDER = "cannot open the folder"
"""The reason of a folder that could not be listed: the indexer keeps the articles under it."""
MAX_ARTICLE_BYTES = 1_000_000
"""The longest article read (UTF-8 bytes of a file or a record's text). The longest of the
170,000 real articles in ../shared/corpus is 41,593 bytes, 24 times less; a 50 MB article
took 94 s and 3.6 GB of memory to index."""
MAX_LINE_BYTES = 4 * MAX_ARTICLE_BYTES
"""The longest JSONL line read: a body at the limit written with ``\\u`` escapes (``ensure_ascii``)
grows about 2.5 times, plus its metadata. A longer line is skipped in chunks, never held."""
MAX_ID_CHARS = 256
"""A record's id is shown, typed (``show ID``) and indexed as one term; a file name, the other
source of ids, is at most 255 bytes."""
MAX_NUMBER_DIGITS = 100
"""JSON numbers longer than this are refused: no id or value of a news record comes near it, and
Python refuses to convert more than 4,300 digits (a ``ValueError`` that aborted the run)."""
GZIP_INFLATE_RATIO = 100
GZIP_INFLATE_FLOOR = 256 << 20
"""A ``.jsonl.gz`` stops being read once it has inflated past the larger of this and
``GZIP_INFLATE_RATIO`` times its size: JSONL text inflates 3.4 and 4.5 times (the two shared
corpus files), a gzip bomb of zeros about 1,000 times."""
_SURROGATE = re.compile(r"[\ud800-\udfff]")
BLANK = re.compile(r"[\s\u00ad\u200b-\u200d\u2060\ufeff]*")
"""Whitespace (NBSP and ideographic space included) and the invisible characters an editor leaves:
soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM."""


@dataclass(frozen=True)
class RawRecord:
    """One article as read, before cleaning and extraction. Every string in it can be encoded."""

    id: str
    origin: str
    text: str
    where: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    crawl_date: str | None = None
    """When the record was collected: an upper bound on its publication date."""
    notice: str | None = field(default=None, compare=False)
    """Something the user should hear about this record though it was read (e.g. its text was converted
    from TCVN3); reported by an indexing run, never part of the content hash."""
    from_feed: bool = field(default=False, compare=False)
    """An item of a feed: a feed lists only its latest items, so one that dropped out of it stays indexed."""

    def content_hash(self, pipeline_version: int) -> str:
        h = hashlib.blake2b(digest_size=16)
        parts = (str(pipeline_version), self.id, self.title or "", self.date or "", self.source or "", self.url or "",
                 self.crawl_date or "", self.text)
        for part in parts:
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x1f")
        return h.hexdigest()


@dataclass(frozen=True)
class SourceFile:
    """A file to read, and the root (as given by the user) it was found under."""

    path: Path
    root: Path
    url: str | None = None
    """Set for a feed given by its http(s) address (``path`` and ``root`` then hold it too)."""

    @property
    def origin(self) -> str:
        """What the records of this source carry as their origin: the URL, or the path as text."""
        return self.url if self.url is not None else path_text(self.path)


def repair_text(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD, so it can be encoded (same length)."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def path_text(path: str | os.PathLike[str]) -> str:
    """A path as text that can be encoded and shown: the bytes of a file name that is not UTF-8
    (surrogate escapes in Python) become U+FFFD. ``where``, ``origin`` and file ids use it."""
    text = os.fspath(path)
    if not _SURROGATE.search(text):
        return text
    try:
        return os.fsencode(text).decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte
        return repair_text(text)




def too_big_reason(what: str) -> str:
    return f"{what}, more than the {MAX_ARTICLE_BYTES:,}-byte limit for one article; split it"


def os_reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else type(exc).__name__
