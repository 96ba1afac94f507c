"""Provides reading a feed (or a single web page) given by its http(s) address.

The fetch is bounded (``fetch``); what comes back is sniffed like a file: a feed
gives its items, a web page one article (``html``). Records carry the URL as
their origin, so a later run of the same URL updates them and never removes
items that dropped out of the feed.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

from ..models import Skipped
from .documents import unlegacy
from .fetch import FetchError, fetch
from .raw import RawRecord
from .sniff import FEED, HTML, sniff


def read_url(url: str) -> Iterator[RawRecord | Skipped]:
    try:
        got = fetch(url)
    except FetchError as exc:
        yield Skipped(url, str(exc))
        return
    kind = sniff(got.data) or _by_type(got.content_type)
    if kind == FEED:
        from .feeds import read_feed

        items = read_feed(got.data, url, url, got.charset)
    elif kind == HTML:
        from .html import read_html

        rid = (urlsplit(got.url).path.rstrip("/").rsplit("/", 1)[-1] or urlsplit(got.url).hostname or url)[:200]
        items = iter([read_html(got.data, url, rid, url, got.charset, url=got.url)])
    else:
        yield Skipped(url, f"the address gives {got.content_type}, not an RSS/Atom feed or a web page")
        return
    for item in items:
        yield unlegacy(item) if isinstance(item, RawRecord) else item


def _by_type(content_type: str) -> str | None:
    if content_type in ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml"):
        return FEED
    if content_type in ("text/html", "application/xhtml+xml"):
        return HTML
    return None
