"""Provides the stored form of an article: JSON, with what can be derived left out, compressed.

A figure's text and sentence are slices of the body, so the index keeps only
their spans (most of an article's extracted data was these repeated sentences:
several times the body's size). What a figure measures (``context``) is kept:
since pipeline 6 (issue 12) it is a short phrase chosen by the extractor, not
a rule on the sentence (records stored before it get the old clause back).

The JSON is deflated against a preset dictionary (``data/stored_dictionary.txt``:
the record's keys and common news wording, written for this purpose, no corpus
text): an article is ~6 KB, too little for zlib to learn its keys and phrasing,
and Whoosh's own per-document compression (pickle + zlib level 3) took 2.3 KB an
article on the 20k corpus; with the dictionary at level 9 it is 22% smaller
(measured on 3,000 stored records: 6.93 → 5.43 MB). Whoosh then stores the
bytes as they are. Changing the dictionary makes old records unreadable: it is
pinned by its hash (``DICTIONARY_SHA256``) and changes only with
``schema.SCHEMA_VERSION``.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from functools import cache
from importlib import resources
from typing import Any

from ..errors import IndexCorruptError
from ..models import Article

DICTIONARY_SHA256 = "6c8718bd80690a0c5a8635127f210a8073ad225295a5a31d81def561e2e3c274"
MAX_RECORD = 64 << 20
"""The most a stored record may inflate to (the input readers cap an article far below this): a damaged
or crafted index cannot make a read allocate without bound."""

_DERIVED = ("text", "sentence")


@cache
def dictionary() -> bytes:
    """The preset dictionary, checked against its pinned hash (a changed file would silently make every
    stored record unreadable)."""
    data = resources.files("briefing_tui.search").joinpath("data/stored_dictionary.txt").read_bytes()
    if hashlib.sha256(data).hexdigest() != DICTIONARY_SHA256:
        raise RuntimeError("search/data/stored_dictionary.txt changed: restore it, or bump SCHEMA_VERSION and the hash")
    return data


def pack(article: Article) -> bytes:
    data = article.to_dict()
    for figure in data["figures"]:
        for key in _DERIVED:
            figure.pop(key, None)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    deflate = zlib.compressobj(9, zlib.DEFLATED, 15, 9, zlib.Z_DEFAULT_STRATEGY, dictionary())
    return deflate.compress(text) + deflate.flush()


def load(blob: bytes) -> dict[str, Any]:
    """The stored record's JSON data (derived strings not yet put back: ``expand``); a record that does
    not inflate or parse is an ``IndexCorruptError``."""
    inflate = zlib.decompressobj(15, dictionary())
    try:
        text = inflate.decompress(blob, MAX_RECORD)
        if inflate.unconsumed_tail or not inflate.eof:
            raise ValueError("a record that does not end")
        data = json.loads(text)
        if not isinstance(data, dict):
            raise ValueError("not an article record")
    except (zlib.error, ValueError, TypeError) as exc:
        raise IndexCorruptError(
            f"the index holds a damaged article record ({exc}); run `briefing-tui index --rebuild`"
        ) from None
    return data


def unpack(blob: bytes) -> Article:
    return Article.from_dict(expand(load(blob)))


def expand(data: dict[str, Any]) -> dict[str, Any]:
    """Put the derived figure strings back (in place) from the body and the spans (the figure
    extractor is imported only for records stored before pipeline 6: its ~80 patterns took ~20–40 ms
    of every cold ``search``)."""
    body = data["body"]
    for figure in data.get("figures") or ():
        if "text" in figure:
            continue
        a, b = figure["span"]["start"], figure["span"]["end"]
        sa, sb = figure["sentence_span"]["start"], figure["sentence_span"]["end"]
        figure["text"] = body[a:b]
        figure["sentence"] = body[sa:sb]
        if "context" not in figure:  # (a record stored before pipeline 6)
            from ..extract.figures import clause

            figure["context"] = clause(body[sa:sb], a - sa, b - sa)
    return data
