"""Provides the stored form of an article: JSON, with what can be derived left out.

A figure's text and sentence are slices of the body, so the index keeps only
their spans (most of an article's extracted data was these repeated sentences:
several times the body's size). What a figure measures (``context``) is kept:
since pipeline 6 (issue 12) it is a short phrase chosen by the extractor, not
a rule on the sentence (records stored before it get the old clause back).

The JSON is stored deflated (zlib level 6, schema 13): Vietnamese JSON shrinks
2.4× (44 → ~18 MB of the 20k index) for 0.2 ms per article written and 0.05 ms
per article read; level 1 saved no time.
"""

from __future__ import annotations

import json
import zlib
from typing import Any

from ..models import Article

_DERIVED = ("text", "sentence")


def pack(article: Article) -> bytes:
    data = article.to_dict()
    for figure in data["figures"]:
        for key in _DERIVED:
            figure.pop(key, None)
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def loads(stored: bytes | str) -> dict[str, Any]:
    """The stored record as JSON data (a plain JSON string is read too)."""
    data: dict[str, Any] = json.loads(zlib.decompress(stored) if isinstance(stored, bytes) else stored)
    return data


def unpack(stored: bytes | str) -> Article:
    return Article.from_dict(expand(loads(stored)))


def expand(data: dict[str, Any]) -> dict[str, Any]:
    """Put the derived figure strings back (in place) from the body and the spans."""
    from ..extract.figures import clause

    body = data["body"]
    for figure in data.get("figures") or ():
        if "text" in figure:
            continue
        a, b = figure["span"]["start"], figure["span"]["end"]
        sa, sb = figure["sentence_span"]["start"], figure["sentence_span"]["end"]
        figure["text"] = body[a:b]
        figure["sentence"] = body[sa:sb]
        if "context" not in figure:  # (a record stored before pipeline 6)
            figure["context"] = clause(body[sa:sb], a - sa, b - sa)
    return data
