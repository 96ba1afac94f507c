"""Provides reading an RSS 2.0 / Atom feed, from a file or a URL: each item one article.

feedparser reads the feed (RSS 0.9x/1.0/2.0, Atom 0.3/1.0; charsets and broken
XML handled by it). An item's text is its full content when the feed carries it
(``content:encoded``, Atom ``content``), else its summary, which is then marked
as such (a last line "Tóm tắt từ nguồn tin" with the link, and a notice for the
feed). The item's id is its guid, else its link, else a hash of its title and
date — stable, so re-reading the feed adds only the items that are new (the
others come back "unchanged"); items that dropped out of the feed stay indexed.
Its link, date (published, else updated) and the feed's title as the source
come along. HTML in items becomes plain text here: scripts, styles, links and
event handlers never reach the index.

Bounds: at most ``MAX_ITEMS`` items per feed; the feed itself at most
``MAX_DOCUMENT_BYTES`` from a file or ``fetch.MAX_FEED_BYTES`` from a URL; XML
entity expansion ("billion laughs") is refused by the XML parser (expat's
amplification limit), and feedparser's fallback parser never expands
user-defined entities. feedparser is imported lazily (0.1–0.35 s here).
"""

from __future__ import annotations

import calendar
import hashlib
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any
from urllib.parse import urlsplit

from ..models import Skipped
from .charset import decode_markup
from .raw import MAX_ARTICLE_BYTES, MAX_ID_CHARS, RawRecord, repair_text

MAX_ITEMS = 2_000
"""Items read from one feed; a news feed carries 20–200."""
SUMMARY_MARK = "Tóm tắt từ nguồn tin"
SUMMARY_NOTICE = f'the feed gives only a summary (marked "{SUMMARY_MARK}"); the link has the full text'
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "blockquote",
           "section", "article", "figure", "figcaption", "pre", "hr"}


def read_feed(data: bytes, where: str, origin: str, http_charset: str | None = None) -> Iterator[RawRecord | Skipped]:
    """The items of a feed's bytes, or skips saying why not."""
    import feedparser

    decoded = decode_markup(data, http_charset)
    try:
        parsed = feedparser.parse(decoded.text, sanitize_html=False, resolve_relative_uris=False)
    except Exception as exc:  # feedparser's own bugs on hostile input must not stop a run
        yield Skipped(where, f"not a readable feed ({type(exc).__name__})")
        return
    entries = parsed.get("entries") or []
    version = parsed.get("version") or ""
    if not entries:
        if not version:
            reason = "not an RSS or Atom feed"
            if parsed.get("bozo"):
                reason += f" ({_bozo(parsed)})"
            yield Skipped(where, reason)
        else:
            yield Skipped(where, "the feed has no items")
        return
    channel = parsed.get("feed") or {}
    outlet = _one_line(channel.get("title")) or urlsplit(channel.get("link") or origin).hostname
    for n, entry in enumerate(entries[:MAX_ITEMS], 1):
        item = _item(entry, n, where, origin, outlet)
        if isinstance(item, RawRecord) and decoded.notice:
            item = replace(item, notice="; ".join(filter(None, (item.notice, decoded.notice))))
        yield item
    if len(entries) > MAX_ITEMS:
        yield Skipped(where, f"the feed has {len(entries):,} items; only the first {MAX_ITEMS:,} were read")


def _item(entry: Any, n: int, where: str, origin: str, outlet: str | None) -> RawRecord | Skipped:
    link = _http(entry.get("link"))
    title = _one_line(entry.get("title"))
    content = entry.get("content") or []
    full = next((c.get("value") for c in content if c.get("value")), None)
    summary = entry.get("summary")
    text = html_text(full) if full else html_text(summary) if summary else ""
    here = f"{where} item {n}"
    if not text.strip():
        if not title:
            return Skipped(here, "the item has no title and no text")
        text = title
    date = _written_date(entry.get("published") or entry.get("updated")) or _iso(
        entry.get("published_parsed") or entry.get("updated_parsed"))
    rid = _item_id(entry, link, title, date)
    notice = None
    if not full:
        text = f"{text}\n\n{SUMMARY_MARK}" + (f"; toàn văn: {link}" if link else "")
        notice = SUMMARY_NOTICE
    if len(text.encode("utf-8")) > MAX_ARTICLE_BYTES:
        return Skipped(f"{here} (id {rid})", f"the item's text is more than the {MAX_ARTICLE_BYTES:,}-byte limit for one article")
    return RawRecord(id=rid, origin=origin, text=repair_text(text), where=f"{here} (id {rid})",
                     title=repair_text(title) if title else None, date=date, source=outlet, url=link, notice=notice,
                     from_feed=True)


def _item_id(entry: Any, link: str | None, title: str | None, date: str | None) -> str:
    guid = _one_line(entry.get("id"))
    for candidate in (guid, link):
        if candidate and len(candidate) <= MAX_ID_CHARS:
            return repair_text(candidate)
    digest = hashlib.blake2b(f"{guid or link or ''}\x1f{title or ''}\x1f{date or ''}".encode("utf-8", "replace"),
                             digest_size=10).hexdigest()
    return f"feed-{digest}"


def _written_date(value: Any) -> str | None:
    """The item's date in its own time zone (``2024-04-01T08:00:00+07:00``): feedparser's parsed form
    is UTC, which moves an item published before 7:00 in Hà Nội to the day before."""
    if not isinstance(value, str) or len(value) > 64:
        return None
    from datetime import datetime
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        try:
            when = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
        except ValueError:
            return None
    if not 1800 <= when.year <= 2200:
        return None
    return when.isoformat()


def _iso(value: Any) -> str | None:
    """A feedparser date (a UTC ``struct_time``) as ``yyyy-mm-ddThh:mm:ssZ``, or None."""
    if not value:
        return None
    try:
        seconds = calendar.timegm(value)
    except (TypeError, ValueError, OverflowError):
        return None
    import time

    t = time.gmtime(seconds)
    if not 1800 <= t.tm_year <= 2200:
        return None
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", t)


def _http(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = value.strip()
    parts = urlsplit(value)
    if parts.scheme.lower() in ("http", "https") and parts.netloc and not re.search(r"[\s\x00-\x1f\x7f]", value):
        return str(value)
    return None


def _one_line(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    value = " ".join(value.split())
    return value or None


def _bozo(parsed: Any) -> str:
    exc = parsed.get("bozo_exception")
    text = str(exc).splitlines()[0] if exc else "broken XML"
    return text[:120]


def html_text(fragment: str) -> str:
    """Plain text of an HTML fragment (an item's content): paragraphs kept, scripts and styles dropped,
    links reduced to their words."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml's ParserError: not HTML after all
        return fragment.strip()
    for bad in root.xpath("//script|//style|//noscript|//iframe|//object|//embed|//template"):
        bad.drop_tree()
    parts: list[str] = []

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _BLOCKS:
            parts.append("\n")
        if el.text and tag:
            parts.append(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if tag in _BLOCKS:
            parts.append("\n")

    walk(root)
    text = "".join(parts)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n\n".join(line for line in lines if line)
