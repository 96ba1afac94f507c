"""Provides reading of the inputs: text files, folders and JSONL records (see ``files``, ``jsonl``).

A ``.txt``/``.md`` file is one article whose id is the file name without its
extension. A ``.jsonl`` or ``.jsonl.gz`` file holds one JSON object per line
with at least ``id`` and ``body`` (also read: ``title``, ``date``, ``source``,
``url``: the shared corpus format). Folders are walked recursively in sorted
order; hidden entries are ignored and links to folders are not followed (so a
link loop ends). Whatever cannot be read becomes a ``Skipped`` with its path
(or record) and the reason, and reading goes on.

Inputs are untrusted, and ``index`` reads them while it holds the index's write
lock, so reading is bounded in every way an input could stretch it:

- only regular files are opened, without blocking (a FIFO named ``x.txt`` hung
  ``index`` forever; ``z.txt -> /dev/zero`` never ends);
- an article is at most ``MAX_ARTICLE_BYTES`` and a JSONL line at most
  ``MAX_LINE_BYTES``, and neither is read past its limit (a 50 MB article took
  94 s and 3.6 GB to index); a ``.jsonl.gz`` stops once it inflates like a bomb;
- JSON is parsed with bounded depth and number size (a line nested 100,000 deep,
  or a 5,000-digit number, aborted the whole run);
- every string read is encodable: lone surrogates, from a JSON escape such as
  ``"\\ud800"`` or a file name that is not UTF-8, become U+FFFD (one such record
  made every later search die with ``UnicodeEncodeError``).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..models import Skipped
from .documents import read_file
from .fetch import is_url
from .files import discover, is_input_file
from .jsonl import read_jsonl
from .raw import (
    JSONL_SUFFIXES,
    MAX_ARTICLE_BYTES,
    MAX_LINE_BYTES,
    TEXT_SUFFIXES,
    UNLISTED_FOLDER,
    RawRecord,
    SourceFile,
    path_text,
    repair_text,
)

__all__ = [
    "JSONL_SUFFIXES",
    "MAX_ARTICLE_BYTES",
    "MAX_LINE_BYTES",
    "TEXT_SUFFIXES",
    "UNLISTED_FOLDER",
    "RawRecord",
    "SourceFile",
    "discover",
    "is_input_file",
    "is_url",
    "path_text",
    "read_source",
    "repair_text",
]


def read_source(source: SourceFile) -> Iterator[RawRecord | Skipped]:
    """Records of one file (or feed URL), or skips explaining what could not be read."""
    if source.url is not None:
        from .remote import read_url

        yield from read_url(source.url)
    elif source.path.name.lower().endswith(JSONL_SUFFIXES):
        yield from read_jsonl(source.path)
    else:
        yield from read_file(source.path)
