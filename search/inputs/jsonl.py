"""Provides reading JSONL records (``.jsonl``, ``.jsonl.gz``): bounded lines, bounded JSON, named shapes.

One JSON object per line with at least ``id`` and ``body`` (also read:
``title``, ``date``, ``source``, ``url``, ``crawl_date``: the shared corpus
format). A line is at most ``MAX_LINE_BYTES`` and never read past it; a
``.jsonl.gz`` stops once it inflates like a bomb; JSON is parsed with bounded
depth and number size (a line nested 100,000 deep, or a 5,000-digit number,
aborted the whole run); each wrong shape is a skip naming it.
"""

from __future__ import annotations

import gzip
import json
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Protocol

from ..models import Skipped
from .files import open_regular
from .raw import (
    BLANK,
    GZIP_INFLATE_FLOOR,
    GZIP_INFLATE_RATIO,
    MAX_ARTICLE_BYTES,
    MAX_ID_CHARS,
    MAX_LINE_BYTES,
    MAX_NUMBER_DIGITS,
    RawRecord,
    os_reason,
    path_text,
    repair_text,
    too_big_reason,
)

_CHUNK = 1 << 16


class _Inflated(Exception):
    """A .jsonl.gz inflated past its budget (after the line given)."""


class _BadRecord(Exception):
    """Why one record is skipped."""


class _Lines(Protocol):
    """What reading lines needs of a file: the file itself, or a ``GzipFile`` over it."""

    def readline(self, size: int = ..., /) -> bytes: ...


def read_jsonl(path: Path) -> Iterator[RawRecord | Skipped]:
    where = path_text(path)
    opened = open_regular(path, where)
    if isinstance(opened, Skipped):
        yield opened
        return
    raw, size = opened
    with raw:
        if path.name.lower().endswith(".gz"):
            budget = max(GZIP_INFLATE_FLOOR, GZIP_INFLATE_RATIO * size)
            yield from _read_lines(gzip.GzipFile(fileobj=raw, mode="rb"), where, budget)
        else:
            yield from _read_lines(raw, where, None)


def _read_lines(f: _Lines, where: str, budget: int | None) -> Iterator[RawRecord | Skipped]:
    lineno = 0
    try:
        for lineno, line in _bounded_lines(f, budget):
            if line is None:
                yield Skipped(
                    f"{where}:{lineno}",
                    f"record line is longer than {MAX_LINE_BYTES:,} bytes; an article is at most "
                    f"{MAX_ARTICLE_BYTES:,} bytes: split it",
                )
            elif line.strip():
                yield _parse_record(line, where, lineno)
    except _Inflated as exc:
        yield Skipped(
            where,
            f"stopped after line {exc.args[0]:,}: it inflates to more than {GZIP_INFLATE_RATIO} times its size, "
            "which JSONL text never does; check the file",
        )
    except (OSError, EOFError, zlib.error) as exc:
        after = f" after line {lineno}" if lineno else ""
        yield Skipped(where, f"cannot read{after}: {_read_error(exc, lineno)}")


def _read_error(exc: BaseException, lineno: int) -> str:
    if isinstance(exc, EOFError):
        return "the compressed file is cut short (it ends before its end-of-stream marker); what came before is read"
    if isinstance(exc, gzip.BadGzipFile):
        return "not a gzip file; name it .jsonl if it is plain JSONL" if not lineno else f"damaged data ({exc})"
    if isinstance(exc, zlib.error):
        return f"damaged compressed data ({exc})"
    return os_reason(exc) if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__


def _bounded_lines(f: _Lines, budget: int | None) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) with at most ``MAX_LINE_BYTES`` held at a time; a longer line is
    read on in chunks to its end, dropped, and given as None. Raises ``_Inflated`` once more
    than ``budget`` bytes came out."""
    lineno = total = 0
    while True:
        line: bytes | None = f.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        lineno += 1
        total += len(line)
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            line = None
            while True:
                rest = f.readline(_CHUNK)
                total += len(rest)
                if not rest or rest.endswith(b"\n") or (budget is not None and total > budget):
                    break
        if budget is not None and total > budget:
            raise _Inflated(lineno - 1)
        yield lineno, line


def _parse_record(raw: bytes, origin: str, lineno: int) -> RawRecord | Skipped:
    where = f"{origin}:{lineno}"
    try:
        obj = _load_json(raw)
        if not isinstance(obj, dict):
            raise _BadRecord(f"record is {_kind(obj)}, not a JSON object")
        rid = _record_id(obj.get("id"))
        where = f"{where} (id {rid})"
        return _record(obj, rid, origin, where)
    except _BadRecord as exc:
        return Skipped(where, str(exc))


_FIELDS = ("title", "date", "source", "url", "crawl_date")


def _record(obj: dict[str, Any], rid: str, origin: str, where: str) -> RawRecord:
    body = obj.get("body")
    if body is None:
        raise _BadRecord("record has no 'body' text")
    if not isinstance(body, str):
        raise _BadRecord(f"record 'body' is {_kind(body)}; it must be a string")
    if BLANK.fullmatch(body):
        raise _BadRecord("record body is empty")
    text, size = _encodable(body)
    if size > MAX_ARTICLE_BYTES:
        raise _BadRecord(too_big_reason(f"record body is {size:,} bytes"))
    fields: dict[str, str | None] = dict.fromkeys(_FIELDS)
    for key in _FIELDS:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():  # other types: an optional field ignored
            fields[key], length = _encodable(value.strip())
            size += length
    if size > MAX_ARTICLE_BYTES:
        raise _BadRecord(too_big_reason(f"record text (body and fields) is {size:,} bytes"))
    return RawRecord(id=rid, origin=origin, text=text, where=where, title=fields["title"], date=fields["date"],
                     source=fields["source"], url=fields["url"], crawl_date=fields["crawl_date"])


def _encodable(text: str) -> tuple[str, int]:
    """``text`` with lone surrogates replaced, and its size in UTF-8. The strict encode is the
    surrogate check too: one pass over the body instead of a search and an encode."""
    try:
        return text, len(text.encode("utf-8"))
    except UnicodeEncodeError:
        text = repair_text(text)
        return text, len(text.encode("utf-8"))


def _record_id(value: Any) -> str:
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    if value is not None and not isinstance(value, str):
        kind = "a number with a fraction" if isinstance(value, float) else _kind(value)
        raise _BadRecord(f"record 'id' is {kind}; it must be a string or a whole number")
    rid = repair_text(value.strip()) if value else ""
    if not rid:
        raise _BadRecord("record has no 'id'")
    if len(rid) > MAX_ID_CHARS:
        raise _BadRecord(f"record 'id' is {len(rid):,} characters long; at most {MAX_ID_CHARS} are allowed")
    return rid


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    names: dict[type, str] = {str: "a string", list: "a list", dict: "an object"}
    return names.get(type(value), type(value).__name__)


def _load_json(raw: bytes) -> Any:
    """One JSON value with bounded depth (Python's recursion limit, ~1,000) and number size.
    ``surrogatepass`` as ``json.loads`` does for bytes: an encoded surrogate is repaired later."""
    try:
        return _JSON.decode(raw.decode("utf-8", "surrogatepass").lstrip("\ufeff"))
    except UnicodeDecodeError:
        raise _BadRecord("line is not UTF-8") from None
    except json.JSONDecodeError as exc:
        raise _BadRecord(f"invalid JSON ({exc.msg} at column {exc.colno})") from None
    except RecursionError:
        raise _BadRecord("record is nested too deeply") from None
    except ValueError as exc:
        raise _BadRecord(f"invalid JSON ({exc})") from None


def _number_text(text: str) -> str:
    if len(text) > MAX_NUMBER_DIGITS:
        digits = sum(c.isdigit() for c in text)
        raise _BadRecord(f"record holds a number too long ({digits:,} digits)")
    return text


def _parse_int(text: str) -> int:
    return int(_number_text(text))


def _parse_float(text: str) -> float:
    return float(_number_text(text))


def _parse_constant(name: str) -> float:
    raise _BadRecord(f"record holds {name}, which is not JSON")


_JSON = json.JSONDecoder(parse_int=_parse_int, parse_float=_parse_float, parse_constant=_parse_constant)
"""One decoder for every line: ``json.loads`` with hooks would build a new one per record."""
