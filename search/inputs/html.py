"""Provides reading a saved web page: its main text, title, date with evidence, outlet and canonical URL.

trafilatura finds the main text (navigation, sidebars, related links, comments
and footers left out) and the title. The publication date comes only from
markup that names it (``article:published_time`` and kin, JSON-LD
``datePublished``, ``<time datetime>`` inside the article), quoted as written as
its evidence: htmldate, even without its free-text search, took a portal
header's "today" ("Thứ Hai, 30/11/2026", class ``date-today``) for the article's
date. With no such markup the article's own date line is found later by
extraction (``extract.dates``). The outlet
is ``og:site_name``, else the site name trafilatura finds, else the host of the
canonical URL; the URL is the canonical link (only http/https: a
``javascript:`` canonical is dropped). Text only comes out: scripts, styles,
event handlers and links never reach the index.

trafilatura and lxml are imported here, lazily: the shell ``search`` must not pay
for them (~0.3 s).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from ..models import Skipped
from .charset import decode_markup
from .raw import MAX_ARTICLE_BYTES, RawRecord, too_big_reason

_DATE_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate", "date",
    "dc.date.issued", "dc.date", "dcterms.created", "itemprop:datepublished", "sailthru.date", "article.published",
)
_CONTROLS = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|&#(?:[xX]0*(?:[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF])|0*(?:[0-8]|1[124-9]|2[0-9]|3[01]|127));"
)
"""C0 controls and DEL, raw or as character references (``&#27;``): invalid in HTML, and one ESC in a
title made trafilatura drop the whole page (lxml refuses them in a tree). They become U+FFFD."""
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
MAX_TREE_NODES = 200_000
"""A page with more elements is not an article (a Vietnamese news page has 1,000–5,000)."""


def read_html(data: bytes, where: str, rid: str, origin: str, http_charset: str | None = None,
              url: str | None = None) -> RawRecord | Skipped:
    """One article from a saved page's bytes, or why not."""
    decoded = decode_markup(data, http_charset)
    try:
        tree = _parse(_CONTROLS.sub("\ufffd", decoded.text))
    except ValueError as exc:
        return Skipped(where, f"not a readable web page ({exc})")
    if tree is None:
        return Skipped(where, "not a readable web page (no HTML elements)")
    if sum(1 for _ in tree.iter()) > MAX_TREE_NODES:
        return Skipped(where, f"web page has more than {MAX_TREE_NODES:,} elements; it is not one article")
    meta = _meta(tree)
    canonical = _http_url(_canonical(tree) or meta.get("og:url")) or url
    import trafilatura

    doc = trafilatura.bare_extraction(
        tree,
        url=canonical,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_links=False,
        include_images=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        return Skipped(where, "no article text found in the web page (an index page, or text drawn by scripts?)")
    size = len(text.encode("utf-8"))
    if size > MAX_ARTICLE_BYTES:
        return Skipped(where, too_big_reason(f"the page's text is {size:,} bytes"))
    title = _clean(getattr(doc, "title", None))
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if title and lines and _clean(lines[0]) == title:  # the headline repeated as the text's first line
        lines = lines[1:] or lines
    text = "\n\n".join(lines)
    date = _markup_date(meta, tree)
    host = urlsplit(canonical).hostname if canonical else None
    outlet = _clean(meta.get("og:site_name")) or _clean(getattr(doc, "sitename", None)) or host
    return RawRecord(
        id=rid, origin=origin, text=text, where=where, title=title, date=date, source=outlet,
        url=canonical, notice=decoded.notice,
    )


def _parse(text: str) -> Any:
    import lxml.html

    text = _XML_DECL.sub("", text, count=1)
    if not text.strip():
        return None
    parser = lxml.html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True, huge_tree=False)
    try:
        return lxml.html.document_fromstring(text, parser=parser)
    except Exception as exc:  # lxml's ParserError and XMLSyntaxError
        if "empty" in str(exc).lower():
            return None
        raise ValueError(str(exc) or type(exc).__name__) from None


def _meta(tree: Any) -> dict[str, str]:
    """``<meta>`` values by lower-cased property/name/itemprop (the first of each)."""
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or (f"itemprop:{el.get('itemprop')}" if el.get("itemprop") else None)
        value = el.get("content")
        if key and value and key.lower() not in found:
            found[key.lower()] = value.strip()
    return found


def _canonical(tree: Any) -> str | None:
    for el in tree.iter("link"):
        if "canonical" in (el.get("rel") or "").lower().split() and el.get("href"):
            return str(el.get("href")).strip()
    return None


def _http_url(value: str | None) -> str | None:
    """An absolute http(s) URL, else None: ``javascript:``, ``data:`` and relative links are dropped."""
    if not value:
        return None
    value = value.strip()
    parts = urlsplit(value)
    return value if parts.scheme.lower() in ("http", "https") and parts.netloc and not any(
        c.isspace() or ord(c) < 32 for c in value) else None


def _markup_date(meta: dict[str, str], tree: Any) -> str | None:
    """The publication date as the page's markup writes it, or None (extraction then reads the
    article's date line). Only markup that names the article's date counts: a date meta tag, the
    JSON-LD ``datePublished``, a ``<time datetime>`` inside the article. htmldate's guesses do not:
    even without its free-text search it took a header's "today" (class="date-today") for the
    article's date."""
    for key in _DATE_META:
        value = meta.get(key)
        if value and len(value) <= 40 and _ISO_START.match(value):
            return value
    for script in tree.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            m = _LD_DATE.search(script.text[:100_000])
            if m:
                return m.group(1)
    for scope in tree.iter("article"):
        for el in scope.iter("time"):
            value = (el.get("datetime") or "").strip()
            if len(value) <= 40 and _ISO_START.match(value):
                return value
    return None


_ISO_START = re.compile(r"\d{4}-\d{2}-\d{2}")
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"(\d{4}-\d{2}-\d{2}[^"]{0,30})"')


def _clean(value: str | None) -> str | None:
    if not value:
        return None
    value = " ".join(value.split())
    return value or None
