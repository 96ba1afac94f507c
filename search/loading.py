"""Provides reading of the inputs: text files, folders and JSONL records.

A ``.txt``/``.md`` file is one article whose id is the file name without its
extension. A ``.jsonl`` or ``.jsonl.gz`` file holds one JSON object per line
with at least ``id`` and ``body`` (also read: ``title``, ``date``, ``source``,
``url``: the shared corpus format). Folders are walked recursively in sorted
order; hidden entries are ignored. Whatever cannot be read becomes a
``Skipped`` with its path (or record) and the reason, and reading goes on.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from .models import Skipped

TEXT_SUFFIXES = (".txt", ".md")
JSONL_SUFFIXES = (".jsonl", ".jsonl.gz")


@dataclass(frozen=True)
class RawRecord:
    """One article as read, before cleaning and extraction."""

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


def discover(paths: list[Path]) -> tuple[list[SourceFile], list[Skipped]]:
    """Expand paths into input files; a missing path or unsupported file is a skip."""
    files: list[SourceFile] = []
    skipped: list[Skipped] = []
    seen: set[Path] = set()
    for given in paths:
        root = Path(os.path.abspath(given))
        if not root.exists():
            skipped.append(Skipped(str(given), "no such file or folder"))
            continue
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root, onerror=lambda e: skipped.append(Skipped(str(e.filename), _os_reason(e)))):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "__")))
                for name in sorted(filenames):
                    p = Path(dirpath) / name
                    if not name.startswith(".") and is_input_file(p) and p not in seen:
                        seen.add(p)
                        files.append(SourceFile(p, root))
        elif is_input_file(root):
            if root not in seen:
                seen.add(root)
                files.append(SourceFile(root, root))
        else:
            skipped.append(Skipped(str(given), "not a .txt, .md, .jsonl or .jsonl.gz file"))
    return files, skipped


def _os_reason(exc: OSError) -> str:
    return exc.strerror.lower() if exc.strerror else type(exc).__name__


def read_source(source: SourceFile) -> Iterator[RawRecord | Skipped]:
    """Records of one file, or skips explaining what could not be read."""
    name = source.path.name.lower()
    if name.endswith(JSONL_SUFFIXES):
        yield from _read_jsonl(source.path)
    else:
        yield _read_text(source.path)


def _decode(data: bytes, where: str) -> str | Skipped:
    if not data.strip():
        return Skipped(where, "empty file")
    if b"\x00" in data[:4096]:
        return Skipped(where, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Skipped(
            where,
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "if it is TCVN3/VNI, convert it to Unicode first",
        )


def _read_text(path: Path) -> RawRecord | Skipped:
    where = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(where, f"cannot read: {_os_reason(exc)}")
    text = _decode(data, where)
    if isinstance(text, Skipped):
        return text
    stem = path.name
    for suffix in TEXT_SUFFIXES:
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    return RawRecord(id=stem, origin=where, text=text, where=where)


def _read_jsonl(path: Path) -> Iterator[RawRecord | Skipped]:
    where = str(path)
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    lineno = 0
    try:
        with opener(path, "rb") as f:  # type: ignore[operator]
            for lineno, raw in enumerate(f, 1):
                if not raw.strip():
                    continue
                yield _parse_record(raw, where, lineno)
    except (OSError, EOFError, zlib.error) as exc:
        after = f" after line {lineno}" if lineno else ""
        reason = str(exc) or type(exc).__name__
        yield Skipped(where, f"cannot read{after}: {reason}")


def _parse_record(raw: bytes, origin: str, lineno: int) -> RawRecord | Skipped:
    where = f"{origin}:{lineno}"
    try:
        obj = json.loads(raw)
    except UnicodeDecodeError:
        return Skipped(where, "line is not UTF-8")
    except json.JSONDecodeError as exc:
        return Skipped(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(obj, dict):
        return Skipped(where, "record is not a JSON object")
    rid = obj.get("id")
    if isinstance(rid, int) and not isinstance(rid, bool):
        rid = str(rid)
    if not isinstance(rid, str) or not rid.strip():
        return Skipped(where, "record has no 'id'")
    where = f"{where} (id {rid})"
    body = obj.get("body")
    if not isinstance(body, str):
        return Skipped(where, "record has no 'body' text")
    if not body.strip():
        return Skipped(where, "record body is empty")
    fields: dict[str, str | None] = {}
    for key in ("title", "date", "source", "url", "crawl_date"):
        value = obj.get(key)
        fields[key] = value.strip() or None if isinstance(value, str) else None
    return RawRecord(id=rid.strip(), origin=origin, text=body, where=where, **fields)
