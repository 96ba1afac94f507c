"""Provides finding input files in folders and opening them without ever blocking or reading too much.

Only regular files are opened, without blocking (a FIFO named ``x.txt`` hung
``index`` forever; ``z.txt -> /dev/zero`` never ends). Folders are walked in
sorted order; hidden entries are ignored and links to folders are not followed
(so a link loop ends). A ``.txt``/``.md`` file is one article whose id is its
name without the extension, read only up to ``MAX_ARTICLE_BYTES``.
"""

from __future__ import annotations

import os
import stat
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from ..models import Skipped
from .raw import (
    DOCUMENT_SUFFIXES,
    UNLISTED_FOLDER,
    SourceFile,
    os_reason,
    path_text,
    repair_text,
)


def is_input_file(path: Path) -> bool:
    return path.name.lower().endswith(DOCUMENT_SUFFIXES)


def discover(paths: Sequence[Path | str]) -> tuple[list[SourceFile], list[Skipped]]:
    """Expand paths (and feed URLs) into input files; a missing path is a skip.

    A folder that cannot be listed is a skip whose ``where`` is the folder. In a folder, files
    whose extension briefing-tui does not read are reported once per extension with their count
    ("12 .jpg files skipped (not a document)"), never silently. A file named on its own is read
    whatever its name (its content is sniffed). Nothing is opened here (``read_source`` checks
    that a file is a regular one when it opens it)."""
    files: list[SourceFile] = []
    skipped: list[Skipped] = []
    seen: set[Path] = set()
    for given in paths:
        if isinstance(given, str) and given.lower().startswith(("http://", "https://")):
            files.append(SourceFile(Path(given), Path(given), url=given))
            continue
        given = Path(given)
        try:
            root = Path(os.path.abspath(given))
            mode = os.stat(root).st_mode
        except FileNotFoundError:
            skipped.append(Skipped(path_text(given), "no such file or folder"))
            continue
        except OSError as exc:
            skipped.append(Skipped(path_text(given), f"cannot read: {os_reason(exc)}"))
            continue
        except ValueError:  # a NUL character
            skipped.append(Skipped(repair_text(repr(os.fspath(given))), "not a valid path"))
            continue
        if stat.S_ISDIR(mode):
            _walk(root, files, skipped, seen)
        elif root not in seen:
            seen.add(root)
            files.append(SourceFile(root, root))
    return files, skipped


def _walk(root: Path, files: list[SourceFile], skipped: list[Skipped], seen: set[Path]) -> None:
    """Input files under ``root`` in sorted order; links to folders are listed, never entered."""

    def failed(exc: OSError) -> None:
        skipped.append(Skipped(path_text(exc.filename), f"{UNLISTED_FOLDER}: {os_reason(exc)}"))

    others: Counter[str] = Counter()
    for dirpath, dirnames, filenames in os.walk(root, onerror=failed):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "__")))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            p = Path(dirpath) / name
            if not is_input_file(p):
                others[_extension(name)] += 1
            elif p not in seen:
                seen.add(p)
                files.append(SourceFile(p, root))
    for ext, count in sorted(others.items(), key=lambda e: (-e[1], e[0])):
        skipped.append(Skipped(path_text(root), _unread_reason(ext, count)))


_WHY = {
    ".doc": "old Word format: save it as .docx", ".xls": "a spreadsheet", ".xlsx": "a spreadsheet",
    ".ppt": "a presentation", ".pptx": "a presentation", ".odt": "OpenDocument text: save it as .docx",
    ".rtf": "save it as .docx", ".gz": "compressed: only .jsonl.gz is read", ".zip": "an archive: unpack it",
}


def _extension(name: str) -> str:
    suffix = Path(name).suffix.lower()
    return path_text(suffix) if 1 < len(suffix) <= 16 else "(no extension)"


def _unread_reason(ext: str, count: int) -> str:
    files = "file" if count == 1 else "files"
    why = _WHY.get(ext, "not a document")
    label = f"{count} {files} without an extension" if ext == "(no extension)" else f"{count} {ext} {files}"
    return f"{label} skipped ({why}); briefing-tui reads {', '.join(DOCUMENT_SUFFIXES)}"


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


def open_regular(path: Path, where: str) -> tuple[IO[bytes], int] | Skipped:
    """The open file and its size, or why it is not read.

    Checked twice. By name first, so no device is ever opened (opening one can have effects:
    /dev/watchdog arms a reboot). Then on the descriptor, opened with O_NONBLOCK: opening a
    FIFO blocks until a writer comes, and one swapped in after the first check must not hang."""
    try:
        mode = _mode(path)
    except OSError as exc:
        return Skipped(where, f"cannot read: {os_reason(exc)}")
    if not stat.S_ISREG(mode):
        return _not_regular(mode, where)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        return Skipped(where, f"cannot read: {os_reason(exc)}")
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            os.close(fd)
            return _not_regular(info.st_mode, where)
        return os.fdopen(fd, "rb"), info.st_size
    except OSError as exc:
        os.close(fd)
        return Skipped(where, f"cannot read: {os_reason(exc)}")


def _mode(path: Path) -> int:
    """The kind and permissions of what ``path`` names, links followed; nothing is opened."""
    return os.stat(path).st_mode
