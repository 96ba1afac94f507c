"""Provides data quoted into Markdown so that it never changes the document's structure.

Article text is data: a ``|`` in a sentence must not split a table cell, a
``<script>`` must be shown, not run, a line starting "1. " or "# " must not
become a list item or a heading, a backtick must not open code, and a
terminal reading the file must not be driven by an escape sequence. Every
string goes through ``sanitize.one_line`` first (controls visible, one line),
then HTML becomes entities and Markdown's metacharacters get backslashes.
The output is CommonMark (tables: the GitHub extension), readable as plain text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .models import Span
from .sanitize import one_line

_BLOCK_START = re.compile(r"([-+=])|\d{1,9}(?=[.)])")
_SAFE_URL = re.compile(r"https?://[^\s<>\"'`\\]+", re.IGNORECASE)


def escape(text: str) -> str:
    """Literal text inside a Markdown line: HTML as entities, metacharacters backslashed."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    for ch in "\\`*_[]#|~":
        text = text.replace(ch, "\\" + ch)
    return text


def text(value: str) -> str:
    """Data as Markdown text on one line."""
    return escape(one_line(value))


def marked(value: str, spans: Sequence[Span], emphasis: str = "**") -> str:
    """Data as one line of Markdown with each span emphasised (``one_line`` keeps the length,
    so the spans still point at the hits)."""
    line, out, pos = one_line(value), [], 0
    for s in spans:
        if not 0 <= s.start < s.end <= len(line) or s.start < pos:
            continue
        out.append(escape(line[pos : s.start]))
        out.append(emphasis + escape(line[s.start : s.end]) + emphasis)
        pos = s.end
    out.append(escape(line[pos:]))
    return "".join(out)


def block_safe(line: str) -> str:
    """A line's start that cannot open a block of its own ("- ", "1. ", "===", an indented code block)."""
    line = line.lstrip(" ")
    m = _BLOCK_START.match(line)
    if m is None:
        return line
    at = m.start() if m.group(1) else m.end()
    return line[:at] + "\\" + line[at:]


def code(value: str) -> str:
    """A code span holding ``value`` literally, whatever backticks it has."""
    value = one_line(value)
    fence = "`" * (max((len(r) for r in re.findall(r"`+", value)), default=0) + 1)
    pad = " " if value.startswith("`") or value.endswith("`") else ""
    return f"{fence}{pad}{value}{pad}{fence}"


def link_or_code(url: str) -> str:
    """An http(s) URL as an autolink; anything else (a file path, ``javascript:``) as code, never a link."""
    url = one_line(url).strip()
    return f"<{url}>" if _SAFE_URL.fullmatch(url) else code(url)


def cell(value: str) -> str:
    """Data in a table cell: one line, escaped (``|`` too), never empty (an empty cell reads as a gap)."""
    return text(value) or "—"
