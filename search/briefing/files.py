"""Provides writing a briefing to a file: its format by name, never over an existing file unless asked.

Written atomically (a temporary file, then a rename), so an interrupted
export leaves no half file; a file that exists is an ``ExportExistsError``
naming it, which a front-end turns into a question (the app) or a refusal
that names ``--force`` (the command line).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import BriefingError
from ..userfiles import write_atomic
from .markdown import to_markdown
from .model import Briefing
from .tables import to_csv, to_json

FORMATS: dict[str, tuple[str, Callable[[Briefing], str]]] = {
    "md": ("Markdown", to_markdown),
    "csv": ("CSV of the key figures", to_csv),
    "json": ("JSON", to_json),
}
"""Format name → (what it is called, how it is rendered); the name is also the file suffix."""


class ExportExistsError(BriefingError):
    """The file an export would write exists: ask before replacing it."""

    title = "File exists"
    exit_code = 2


def render(briefing: Briefing, fmt: str) -> str:
    if fmt not in FORMATS:
        raise BriefingError(f"unknown briefing format '{fmt}' (use {', '.join(FORMATS)})")
    return FORMATS[fmt][1](briefing)


def save_briefing(briefing: Briefing, fmt: str, path: Path, overwrite: bool = False) -> Path:
    """Write the briefing as ``fmt`` to ``path`` (its folder created); the path written."""
    path = Path(path).expanduser()
    if path.is_dir():
        raise BriefingError(f"{path} is a folder; give a file name, e.g. {path / ('briefing.' + fmt)}")
    if path.exists() and not overwrite:
        raise ExportExistsError(f"{path} exists; choose another name or replace it")
    write_atomic(path, render(briefing, fmt))
    return path
