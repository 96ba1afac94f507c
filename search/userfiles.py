"""Provides the small files briefing-tui keeps for a user: read checked, written atomically, never lost.

The draft briefing, the query history and the saved searches' last runs live
in the user data directory; the saved searches themselves in the user config
directory, as YAML a person may edit. Each file is read with a size bound and
checked; one that is damaged (or edited into something else) is set aside
beside itself as ``<name>.broken-<time>`` with a one-line message, so nothing
a user wrote is lost and the app still starts. Writes go to a temporary file,
are flushed to disk and renamed over the old one: a crash leaves the old or
the new file, never half of one.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from .errors import BriefingError

T = TypeVar("T")
MAX_BYTES = 4 << 20
"""No file of ours grows past a few hundred kilobytes; anything bigger is not ours."""


class UserFileError(BriefingError):
    """One of the user's files could not be read or written (it was set aside, or left as it was)."""

    title = "A briefing-tui file"


def read_bytes(path: Path) -> bytes | None:
    """The file's bytes (None when there is none); ``UserFileError`` when it is too big or unreadable."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise UserFileError(f"cannot read {path}: {exc.strerror or exc}") from None
    if len(data) > MAX_BYTES:
        raise UserFileError(f"{path} is larger than {MAX_BYTES >> 20} MB, so it is not one of briefing-tui's files")
    return data


def load_json(path: Path, check: Callable[[Any], T], default: T) -> tuple[T, str | None]:
    """The checked contents of a JSON file of ours, or ``default`` and why (a damaged file set aside)."""
    try:
        data = read_bytes(path)
    except UserFileError as exc:
        return default, exc.message
    if data is None:
        return default, None
    try:
        return check(json.loads(data)), None
    except (ValueError, TypeError, KeyError, RecursionError) as exc:
        kept = set_aside(path)
        return default, f"{path} was damaged ({_short(exc)}); it was kept as {kept.name} and a new one started"


def set_aside(path: Path) -> Path:
    """Rename a damaged file beside itself (``name.broken-20261130-091502``); the new name."""
    target = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        os.replace(path, target)
    except OSError:
        return path
    return target


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path``: a temporary file, fsync, rename; ``UserFileError`` when that fails."""
    tmp = path.with_name(path.name + ".tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise UserFileError(f"cannot write {path}: {exc.strerror or exc}") from None


def _short(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return text if len(text) <= 80 else text[:79] + "…"
