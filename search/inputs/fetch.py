"""Provides fetching a feed over HTTP(S), bounded in time, size and redirects, with one clear line per failure.

``index`` fetches while it holds the index's write lock, and the app fetches in a
worker, so nothing here may hang or fill memory: a connection or a read waits at
most ``TIMEOUT`` seconds, the whole fetch at most ``DEADLINE``; at most
``MAX_FEED_BYTES`` are read (a feed that never ends stops there); at most
``MAX_REDIRECTS`` redirects are followed (a loop ends). Only http and https are
fetched. Every failure is a ``FetchError`` whose message names the problem and
what to do: 404, 5xx, an unknown host (DNS), a TLS failure, a timeout.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

TIMEOUT = 10.0
"""Seconds to connect, and between two reads. Vietnamese government portals answer in 0.2–3 s."""
DEADLINE = 30.0
"""Seconds for a whole fetch: a server that drips one byte a second must not hold the index lock."""
MAX_FEED_BYTES = 10_000_000
"""A feed is 20 KB–2 MB (a full-text feed of 50 items); a longer answer is cut off and refused."""
MAX_REDIRECTS = 5
_CHUNK = 64 * 1024
USER_AGENT = "briefing-tui (feed reader; +https://github.com/briefing-tui)"


class FetchError(Exception):
    """Why a URL could not be fetched; the message is one line for the user."""


@dataclass(frozen=True)
class Fetched:
    url: str
    """The final URL, after redirects."""
    data: bytes
    charset: str | None
    content_type: str


def is_url(value: object) -> bool:
    return isinstance(value, str) and value.lower().startswith(("http://", "https://"))


def _opener() -> Any:
    """urllib's opener with our redirect rules (urllib is imported here: ~20 ms the shell search never pays)."""
    import urllib.request

    class Redirects(urllib.request.HTTPRedirectHandler):
        max_redirections = MAX_REDIRECTS
        max_repeats = 2

        def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
            scheme = urlsplit(newurl).scheme.lower()
            if scheme not in ("http", "https"):
                raise FetchError(f"the server redirects to a {scheme or 'relative'}: address; only http and https are fetched")
            return super().redirect_request(req, fp, code, msg, headers, newurl)

    return urllib.request.build_opener(Redirects())


def fetch(url: str, *, timeout: float = TIMEOUT, deadline: float = DEADLINE, max_bytes: int = MAX_FEED_BYTES) -> Fetched:
    """The body of ``url``; raises ``FetchError`` with a one-line reason."""
    import ssl
    import urllib.error
    import urllib.request

    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise FetchError("not an http or https address")
    opener = _opener()
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.8, */*;q=0.5"})
    started = time.monotonic()
    try:
        with opener.open(request, timeout=timeout) as response:
            headers = response.headers
            encoding = (headers.get("Content-Encoding") or "identity").strip().lower()
            if encoding != "identity":  # never asked for: a compressed answer could be a bomb
                raise FetchError(f"the server sent {encoding}-compressed data without being asked; not read")
            length = headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise FetchError(f"the answer is {int(length):,} bytes, more than the {max_bytes:,}-byte limit for a feed")
            chunks: list[bytes] = []
            total = 0
            while True:
                if time.monotonic() - started > deadline:
                    raise FetchError(f"the server is still sending after {deadline:.0f} s; stopped (a feed is read at once)")
                chunk = response.read(_CHUNK)
                if not chunk:
                    break
                total += len(chunk)
                if total > max_bytes:
                    raise FetchError(f"the answer goes on past {max_bytes:,} bytes; stopped (a feed is never that long)")
                chunks.append(chunk)
            return Fetched(response.geturl(), b"".join(chunks), headers.get_content_charset(), headers.get_content_type())
    except FetchError:
        raise
    except urllib.error.HTTPError as exc:
        raise FetchError(_http_reason(exc)) from None
    except urllib.error.URLError as exc:
        raise FetchError(_url_reason(exc.reason, parts.hostname)) from None
    except TimeoutError:
        raise FetchError(f"no answer within {timeout:.0f} s; try again later") from None
    except ssl.SSLError as exc:
        raise FetchError(f"the secure connection failed (TLS: {exc.reason or exc}); check the address") from None
    except (OSError, ValueError) as exc:
        raise FetchError(f"cannot fetch it ({exc.__class__.__name__}: {exc})") from None


def _http_reason(exc: Any) -> str:
    code = exc.code
    if code in (301, 302, 303, 307, 308) and "not allowed" in str(exc.reason):  # urllib's own scheme check
        return "the server redirects to an address that is not http or https; only http and https are fetched"
    if code in (301, 302, 303, 307, 308):
        return f"too many redirects (more than {MAX_REDIRECTS}, or a loop); open the address in a browser to see where it leads"
    if code == 404:
        return "the server answered 404 Not Found; check the address"
    if code == 410:
        return "the server answered 410 Gone: the feed was removed; take it off corpus.feeds"
    if code in (401, 403):
        return f"the server answered {code} {exc.reason}: it refuses access"
    if code == 429:
        return "the server answered 429 Too Many Requests; try again later"
    if 500 <= code < 600:
        return f"the server failed ({code} {exc.reason}); try again later"
    return f"the server answered {code} {exc.reason}"


def _url_reason(reason: object, host: str | None) -> str:
    import socket
    import ssl

    if isinstance(reason, FetchError):
        return str(reason)
    if isinstance(reason, socket.gaierror):
        return f"cannot find the host {host} (DNS); check the address and the network"
    if isinstance(reason, ssl.SSLCertVerificationError):
        return f"the secure connection failed (TLS: {reason.verify_message or reason.reason}); the site's certificate is not trusted"
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection failed (TLS: {reason.reason or reason}); check the address"
    if isinstance(reason, (TimeoutError, socket.timeout)):
        return "no answer in time; try again later"
    if isinstance(reason, ConnectionRefusedError):
        return f"the host {host} refused the connection; check the address and port"
    if isinstance(reason, OSError) and reason.strerror:
        return f"cannot connect to {host} ({reason.strerror.lower()})"
    return f"cannot connect to {host} ({reason})"
