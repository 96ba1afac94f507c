"""Provides reading of the inputs: text files, folders and JSONL records.

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

import codecs
import gzip
import hashlib
import json
import os
import re
import stat
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .models import Skipped

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")

UNLISTED_FOLDER = "cannot open the folder"
"""The reason of a folder that could not be listed: the indexer keeps the articles under it."""
MAX_ARTICLE_BYTES = 1_000_000
"""The longest article read (UTF-8 bytes of a file or a record's text). The longest of the
170,000 real articles in ../shared/corpus is 41,593 bytes, 24 times less; a 50 MB article
took 94 s and 3.6 GB of memory to index."""
MAX_LINE_BYTES = 4 * MAX_ARTICLE_BYTES
"""The longest JSONL line read: a body at the limit written with ``\\u`` escapes (``ensure_ascii``)
grows about 2.5 times, plus its metadata. A longer line is skipped in chunks, never held."""
MAX_ID_CHARS = 256
"""A record's id is shown, typed (``show ID``) and indexed as one term; a file name, the other
source of ids, is at most 255 bytes."""
MAX_NUMBER_DIGITS = 100
"""JSON numbers longer than this are refused: no id or value of a news record comes near it, and
Python refuses to convert more than 4,300 digits (a ``ValueError`` that aborted the run)."""
GZIP_INFLATE_RATIO = 100
GZIP_INFLATE_FLOOR = 256 << 20
"""A ``.jsonl.gz`` stops being read once it has inflated past the larger of this and
``GZIP_INFLATE_RATIO`` times its size: JSONL text inflates 3.4 and 4.5 times (the two shared
corpus files), a gzip bomb of zeros about 1,000 times."""
_CHUNK = 1 << 16
_SAMPLE = 4096

_SURROGATE = re.compile(r"[\ud800-\udfff]")
_BLANK = re.compile(r"[\s\u00ad\u200b-\u200d\u2060\ufeff]*")
"""Whitespace (NBSP and ideographic space included) and the invisible characters an editor leaves:
soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM."""


@dataclass(frozen=True)
class RawRecord:
    """One article as read, before cleaning and extraction. Every string in it can be encoded."""

    id: str
    origin: str
    text: str
    where: str
    title: str | None = None
    date: str | None = None
    source: str | None = None
    url: str | None = None
    crawl_date: str | None = None
    """When the record was collected: an upper bound on its publication date."""

    def content_hash(self, pipeline_version: int) -> str:
        h = hashlib.blake2b(digest_size=16)
        parts = (str(pipeline_version), self.id, self.title or "", self.date or "", self.source or "", self.url or "",
                 self.crawl_date or "", self.text)
        for part in parts:
            h.update(part.encode("utf-8", "surrogatepass"))
            h.update(b"\x1f")
        return h.hexdigest()


@dataclass(frozen=True)
class SourceFile:
    """A file to read, and the root (as given by the user) it was found under."""

    path: Path
    root: Path


def is_input_file(path: Path) -> bool:
    name = path.name.lower()
    return name.endswith(TEXT_SUFFIXES) or name.endswith(JSONL_SUFFIXES)


def repair_text(text: str) -> str:
    """``text`` with every lone surrogate replaced by U+FFFD, so it can be encoded (same length)."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def path_text(path: str | os.PathLike[str]) -> str:
    """A path as text that can be encoded and shown: the bytes of a file name that is not UTF-8
    (surrogate escapes in Python) become U+FFFD. ``where``, ``origin`` and file ids use it."""
    text = os.fspath(path)
    if not _SURROGATE.search(text):
        return text
    try:
        return os.fsencode(text).decode("utf-8", "replace")
    except UnicodeEncodeError:  # a surrogate that is no escaped byte
        return repair_text(text)


# --- finding the files ----------------------------------------------------------------------


def discover(paths: list[Path]) -> tuple[list[SourceFile], list[Skipped]]:
    """Expand paths into input files; a missing path or unsupported file is a skip.

    A folder that cannot be listed is a skip whose ``where`` is the folder. Nothing is opened
    here (``read_source`` checks that a file is a regular one when it opens it)."""
    files: list[SourceFile] = []
    skipped: list[Skipped] = []
    seen: set[Path] = set()
    for given in paths:
        try:
            root = Path(os.path.abspath(given))
            mode = os.stat(root).st_mode
        except FileNotFoundError:
            skipped.append(Skipped(path_text(given), "no such file or folder"))
            continue
        except OSError as exc:
            skipped.append(Skipped(path_text(given), f"cannot read: {_os_reason(exc)}"))
            continue
        except ValueError:  # a NUL character
            skipped.append(Skipped(repair_text(repr(os.fspath(given))), "not a valid path"))
            continue
        if stat.S_ISDIR(mode):
            _walk(root, files, skipped, seen)
        elif is_input_file(root):
            if root not in seen:
                seen.add(root)
                files.append(SourceFile(root, root))
        else:
            skipped.append(Skipped(path_text(given), "not a .txt, .md, .jsonl or .jsonl.gz file"))
    return files, skipped


def _walk(root: Path, files: list[SourceFile], skipped: list[Skipped], seen: set[Path]) -> None:
    """Input files under ``root`` in sorted order; links to folders are listed, never entered."""

    def failed(exc: OSError) -> None:
        skipped.append(Skipped(path_text(exc.filename), f"{UNLISTED_FOLDER}: {_os_reason(exc)}"))

    for dirpath, dirnames, filenames in os.walk(root, onerror=failed):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "__")))
        for name in sorted(filenames):
            p = Path(dirpath) / name
            if not name.startswith(".") and is_input_file(p) and p not in seen:
                seen.add(p)
                files.append(SourceFile(p, root))


def _os_reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else type(exc).__name__


# --- opening without blocking ---------------------------------------------------------------

_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISDIR, "a folder"),
)
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)


def _not_regular(mode: int, where: str) -> Skipped:
    kind = next((name for test, name in _KINDS if test(mode)), "a special file")
    return Skipped(where, f"not a regular file ({kind})")


def _open_regular(path: Path, where: str) -> tuple[IO[bytes], int] | Skipped:
    """The open file and its size, or why it is not read.

    Checked twice. By name first, so no device is ever opened (opening one can have effects:
    /dev/watchdog arms a reboot). Then on the descriptor, opened with O_NONBLOCK: opening a
    FIFO blocks until a writer comes, and one swapped in after the first check must not hang."""
    try:
        mode = _mode(path)
    except OSError as exc:
        return Skipped(where, f"cannot read: {_os_reason(exc)}")
    if not stat.S_ISREG(mode):
        return _not_regular(mode, where)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        return Skipped(where, f"cannot read: {_os_reason(exc)}")
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            os.close(fd)
            return _not_regular(info.st_mode, where)
        return os.fdopen(fd, "rb"), info.st_size
    except OSError as exc:
        os.close(fd)
        return Skipped(where, f"cannot read: {_os_reason(exc)}")


def _mode(path: Path) -> int:
    """The kind and permissions of what ``path`` names, links followed; nothing is opened."""
    return os.stat(path).st_mode


def _too_big_reason(what: str) -> str:
    return f"{what}, more than the {MAX_ARTICLE_BYTES:,}-byte limit for one article; split it"


# --- text files -----------------------------------------------------------------------------


def read_source(source: SourceFile) -> Iterator[RawRecord | Skipped]:
    """Records of one file, or skips explaining what could not be read."""
    name = source.path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        yield from _read_jsonl(source.path)
    else:
        yield _read_text(source.path)


def _read_text(path: Path) -> RawRecord | Skipped:
    where = path_text(path)
    opened = _open_regular(path, where)
    if isinstance(opened, Skipped):
        return opened
    f, size = opened
    with f:
        if size > MAX_ARTICLE_BYTES:
            return Skipped(where, _too_big_reason(f"file is {size:,} bytes"))
        try:
            data = f.read(MAX_ARTICLE_BYTES + 1)  # the file may have grown since fstat
        except OSError as exc:
            return Skipped(where, f"cannot read: {_os_reason(exc)}")
    if len(data) > MAX_ARTICLE_BYTES:
        return Skipped(where, _too_big_reason("file grew while it was read"))
    text = _decode(data, where)
    if isinstance(text, Skipped):
        return text
    stem = path_text(path.name)
    for suffix in TEXT_SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    return RawRecord(id=stem, origin=where, text=text, where=where)


_MAGIC = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive, e.g. .docx or .xlsx"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Office document, e.g. .doc"),
    (b"\x1f\x8b", "gzip-compressed; name it .jsonl.gz if it is JSONL"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "a program"),
)
_UTF32 = "binary file (looks like UTF-32 text); save it as UTF-8"
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f]")
"""C0 controls but whitespace and ESC: NUL characters mean a wrong guess (UTF-32 read as UTF-16)."""
_BINARY = "binary file (contains NUL bytes), not text"


def _decode(data: bytes, where: str) -> str | Skipped:
    """UTF-8 (a BOM allowed) or UTF-16 (by its BOM, or clearly UTF-16 without one); anything else
    with NUL bytes is a binary file, named when it is a common format."""
    kind = next((name for magic, name in _MAGIC if data.startswith(magic)), None)
    if kind:
        return Skipped(where, f"binary file ({kind}), not text")
    if data.startswith((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)):
        return Skipped(where, _UTF32)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _utf16(data, "utf-16")
        if text is None:
            return Skipped(where, "binary file (it starts with a UTF-16 byte-order mark but is not UTF-16 text)")
    elif b"\x00" in data[:_SAMPLE]:
        encoding = _utf16_order(data[:_SAMPLE])
        text = _utf16(data, encoding) if encoding else None
        if text is None:
            return Skipped(where, _UTF32 if _looks_utf32(data[:_SAMPLE]) else _BINARY)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            return Skipped(
                where,
                f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
                "if it is TCVN3/VNI, convert it to Unicode first",
            )
    if _BLANK.fullmatch(text):
        return Skipped(where, "empty file")
    return text


def _utf16(data: bytes, encoding: str) -> str | None:
    """The text, or None when it does not decode or holds controls no text file has."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    return None if _CONTROLS.search(text) else text


def _utf16_order(sample: bytes) -> str | None:
    """Which UTF-16 a sample without a BOM is in, when the NULs sit in the high bytes of most characters.

    Not every character: Vietnamese letters outside Latin-1 (ạ, ư, đ: ~17% of the seed articles'
    characters) have no NUL byte, so "at least half of one side, almost none on the other"."""
    sample = sample[: len(sample) & ~1]
    pairs = len(sample) // 2
    low, high = sample[0::2].count(0), sample[1::2].count(0)
    if pairs < 2:
        return None
    if high * 2 >= pairs and low * 10 <= high:
        return "utf-16-le"
    if low * 2 >= pairs and high * 10 <= low:
        return "utf-16-be"
    return None


def _looks_utf32(sample: bytes) -> bool:
    """Two NUL bytes in (nearly) every four: the upper half of characters below U+10000."""
    sample = sample[: len(sample) & ~3]
    quads = len(sample) // 4
    if quads < 2:
        return False
    le = sample[3::4].count(0) == quads and sample[2::4].count(0) * 10 >= quads * 9
    be = sample[0::4].count(0) == quads and sample[1::4].count(0) * 10 >= quads * 9
    return le or be


# --- JSONL ----------------------------------------------------------------------------------


class _Inflated(Exception):
    """A .jsonl.gz inflated past its budget (after the line given)."""


class _BadRecord(Exception):
    """Why one record is skipped."""


def _read_jsonl(path: Path) -> Iterator[RawRecord | Skipped]:
    where = path_text(path)
    opened = _open_regular(path, where)
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


def _read_lines(f: IO[bytes], where: str, budget: int | None) -> Iterator[RawRecord | Skipped]:
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
    return _os_reason(exc) if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__


def _bounded_lines(f: IO[bytes], budget: int | None) -> Iterator[tuple[int, bytes | None]]:
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
    if _BLANK.fullmatch(body):
        raise _BadRecord("record body is empty")
    text, size = _encodable(body)
    if size > MAX_ARTICLE_BYTES:
        raise _BadRecord(_too_big_reason(f"record body is {size:,} bytes"))
    fields: dict[str, str | None] = dict.fromkeys(_FIELDS)
    for key in _FIELDS:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():  # other types: an optional field ignored
            fields[key], length = _encodable(value.strip())
            size += length
    if size > MAX_ARTICLE_BYTES:
        raise _BadRecord(_too_big_reason(f"record text (body and fields) is {size:,} bytes"))
    return RawRecord(id=rid, origin=origin, text=text, where=where, **fields)


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
    return {str: "a string", list: "a list", dict: "an object"}.get(type(value), type(value).__name__)


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
