"""Provides the stored form of an article: JSON, with what can be derived left out.

A figure's text and sentence are slices of the body, so the index keeps only
their spans (most of an article's extracted data was these repeated sentences:
several times the body's size). What a figure measures (``context``) is kept:
since pipeline 6 (issue 12) it is a short phrase chosen by the extractor, not
a rule on the sentence (records stored before it get the old clause back).
"""

from __future__ import annotations

import json
from typing import Any

from ..models import Article

_DERIVED = ("text", "sentence")


def pack(article: Article) -> str:
    data = article.to_dict()
    for figure in data["figures"]:
        for key in _DERIVED:
            figure.pop(key, None)
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def unpack(text: str) -> Article:
    return Article.from_dict(expand(json.loads(text)))


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
