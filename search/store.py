"""Provides the on-disk layout of an index directory, its version check and its lock.

Layout::

    <index dir>/
      meta.json      schema version, the active generation folder, indexed sources
      write.lock     held by the one process allowed to change anything here
      ix-000001/     the active index: whoosh/ (Whoosh's files) and phrases/ (phrase index)

A full rebuild writes a new ``ix-*`` folder and only then switches ``meta.json``
to it (an atomic rename), so an interrupted rebuild leaves the previous index
usable; incremental runs change the active folder through one Whoosh commit.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import IndexCorruptError, IndexLockedError, IndexMissingError, IndexVersionError
from .whoosh_schema import SCHEMA_VERSION, build_schema

META = "meta.json"
LOCK = "write.lock"


@dataclass
class Meta:
    schema_version: int = SCHEMA_VERSION
    active: str = ""
    sources: list[str] = field(default_factory=list)
    created: float = 0.0
    updated: float = 0.0

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, indent=1)


class IndexStore:
    """One index directory."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # --- meta ---------------------------------------------------------------

    def read_meta(self) -> Meta | None:
        path = self.root / META
        try:
            data = json.loads(path.read_text("utf-8"))
        except FileNotFoundError:
            return None
        except (OSError, ValueError) as exc:
            raise IndexCorruptError(
                f"cannot read {path} ({exc}); run `briefing-tui index --rebuild`"
            ) from None
        if not isinstance(data, dict):
            raise IndexCorruptError(f"{path} is damaged; run `briefing-tui index --rebuild`")
        known = {k: v for k, v in data.items() if k in Meta.__dataclass_fields__}
        return Meta(**known)

    def write_meta(self, meta: Meta) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        tmp = self.root / (META + ".tmp")
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(meta.to_json())
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.root / META)

    def status(self) -> str:
        """"missing", "outdated" or "ok"."""
        meta = self.read_meta()
        if meta is None or not meta.active or not (self.root / meta.active / "whoosh").is_dir():
            return "missing"
        if meta.schema_version != SCHEMA_VERSION:
            return "outdated"
        return "ok"

    def active_dir(self) -> Path:
        """The active generation folder; raises when there is none or it is of another version."""
        meta = self.read_meta()
        if meta is None or not meta.active or not (self.root / meta.active / "whoosh").is_dir():
            raise IndexMissingError(f"no index at {self.root}; run `briefing-tui index` first")
        if meta.schema_version != SCHEMA_VERSION:
            raise IndexVersionError(
                f"the index at {self.root} was built by another version of briefing-tui "
                f"(schema {meta.schema_version}, expected {SCHEMA_VERSION}); "
                "run `briefing-tui index --rebuild`"
            )
        return self.root / meta.active

    # --- Whoosh -------------------------------------------------------------

    def open_whoosh(self, folder: Path | None = None) -> Any:
        """Open the Whoosh index with plain reads, not mmap: mapped pages count as the process's
        memory (RSS) and a search touches most of the postings of common words."""
        from whoosh.filedb.filestore import FileStorage

        folder = folder or self.active_dir()
        try:
            return FileStorage(str(folder / "whoosh"), supports_mmap=False).open_index()
        except Exception as exc:  # Whoosh raises a variety of errors for damaged files
            raise IndexCorruptError(
                f"cannot open the index at {folder} ({type(exc).__name__}: {exc}); "
                "run `briefing-tui index --rebuild`"
            ) from None

    def new_generation_dir(self) -> Path:
        """Create an empty Whoosh index in a fresh ``ix-*`` folder (not active yet)."""
        from whoosh import index as windex

        self.root.mkdir(parents=True, exist_ok=True)
        existing = [int(p.name[3:]) for p in self.root.glob("ix-*") if p.name[3:].isdigit()]
        folder = self.root / f"ix-{max(existing, default=0) + 1:06d}"
        (folder / "whoosh").mkdir(parents=True)
        (folder / "phrases").mkdir()
        windex.create_in(str(folder / "whoosh"), build_schema())
        return folder

    def activate(self, folder: Path, sources: list[str]) -> None:
        """Switch the index to ``folder`` and remove every other generation folder."""
        old = self.read_meta()
        now = time.time()
        meta = Meta(
            schema_version=SCHEMA_VERSION,
            active=folder.name,
            sources=sources,
            created=now,
            updated=now,
        )
        self.write_meta(meta)
        for p in self.root.glob("ix-*"):
            if p.name != folder.name:
                shutil.rmtree(p, ignore_errors=True)
        del old

    def touch(self, sources: list[str]) -> None:
        meta = self.read_meta() or Meta()
        meta.sources = sources
        meta.updated = time.time()
        self.write_meta(meta)

    def discard_inactive(self) -> None:
        """Remove generation folders left by an interrupted rebuild."""
        meta = self.read_meta()
        active = meta.active if meta else ""
        for p in self.root.glob("ix-*"):
            if p.name != active:
                shutil.rmtree(p, ignore_errors=True)

    # --- locking -------------------------------------------------------------

    @contextmanager
    def write_lock(self, timeout: float) -> Iterator[None]:
        """Hold the index's write lock; a clear error (not a hang) when another process has it."""
        from whoosh.util.filelock import FileLock

        self.root.mkdir(parents=True, exist_ok=True)
        lock = FileLock(str(self.root / LOCK))
        deadline = time.monotonic() + timeout
        while not lock.acquire(blocking=False):
            if time.monotonic() >= deadline:
                raise IndexLockedError(
                    f"another process is updating the index at {self.root}; "
                    "wait for it to finish (or point --index-dir elsewhere) and try again"
                )
            time.sleep(0.05)
        try:
            yield
        finally:
            lock.release()
