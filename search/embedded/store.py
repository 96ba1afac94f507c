"""Provides the on-disk layout of an index directory, its version and integrity checks, and its lock.

Layout::

    <index dir>/
      meta.json      schema version, the active generation folder, indexed sources
      write.lock     held by the one process allowed to change anything here
      ix-000001/     the active index: whoosh/ (Whoosh's files), phrases/ (phrase index),
                     columns/ (facets, dates, stories: columns.py) and manifest-<n>.json
                     (the files of Whoosh generation n, sealed)

A full rebuild writes a new ``ix-*`` folder and only then switches ``meta.json``
to it (an atomic rename), so an interrupted rebuild leaves the previous index
usable; incremental runs change the active folder through one Whoosh commit,
sealed by its manifest before it becomes visible.

Reading never writes: a missing, damaged or dangling ``meta.json`` is
recovered in memory from the newest generation folder that is intact (the next
``index`` run writes it again); nothing is deleted except by ``index``, and
then only what the new ``meta.json`` no longer points at. (A read that found no
valid ``meta.json`` used to delete every generation and index the seeds.)
"""

from __future__ import annotations

import errno
import json
import math
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import IndexCorruptError, IndexLockedError, IndexMissingError, IndexVersionError, IndexWriteError
from . import manifest as manifest_mod
from . import reads
from .schema import SCHEMA_VERSION, build_schema

META = "meta.json"
LOCK = "write.lock"
_GENERATION_RE = re.compile(r"^ix-(\d{6,})$")
_MAX_META_BYTES = 1 << 20
REBUILD = "run `briefing-tui index --rebuild`"


@dataclass
class Meta:
    schema_version: int = SCHEMA_VERSION
    active: str = ""
    sources: list[str] = field(default_factory=list)
    created: float = 0.0
    updated: float = 0.0

    def to_json(self) -> str:
        return json.dumps(self.__dict__, ensure_ascii=False, indent=1)


def _meta_from(data: Any) -> Meta:
    """A ``Meta`` from parsed JSON, every field checked (wrong types crashed the app)."""
    if not isinstance(data, dict):
        raise ValueError("not an object")
    meta = Meta(active="")
    version = data.get("schema_version")
    if type(version) is not int:
        raise ValueError("schema_version is not a whole number")
    meta.schema_version = version
    active = data.get("active")
    if not isinstance(active, str) or not _GENERATION_RE.match(active):
        raise ValueError("active is not a generation folder name")
    meta.active = active
    sources = data.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) for s in sources):
        raise ValueError("sources is not a list of paths")
    meta.sources = sources
    for key in ("created", "updated"):
        value = data.get(key, 0.0)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise ValueError(f"{key} is not a time")
        setattr(meta, key, float(value))
    return meta


class Located(NamedTuple):
    """The generation a reader opens, and how it was found."""

    folder: Path
    schema_version: int
    notice: str | None = None
    """Set when ``meta.json`` was unusable and the folder was recovered from disk."""


class State(NamedTuple):
    """What an index directory holds: "missing", "ok", "outdated" or "damaged", and why."""

    kind: str
    detail: str = ""


class IndexStore:
    """One index directory."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # --- meta ---------------------------------------------------------------

    def read_meta(self) -> Meta | None:
        """``meta.json``, or None when there is none; ``IndexCorruptError`` when it is unusable."""
        path = self.root / META
        try:
            with open(path, "rb") as f:
                raw = f.read(_MAX_META_BYTES + 1)
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise IndexCorruptError(f"cannot read {path} ({exc.strerror or exc})") from None
        try:
            if len(raw) > _MAX_META_BYTES:
                raise ValueError("too big")
            return _meta_from(json.loads(raw))
        except (ValueError, RecursionError) as exc:
            raise IndexCorruptError(f"{path} is damaged ({exc})") from None

    def write_meta(self, meta: Meta) -> None:
        self._mkdir(self.root)
        tmp = self.root / (META + ".tmp")
        with self._writing(tmp):
            with open(tmp, "w", encoding="utf-8") as f:
                f.write(meta.to_json())
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.root / META)

    # --- finding the generation to read ------------------------------------------

    def generations(self) -> list[Path]:
        """Generation folders on disk, newest first."""
        try:
            entries = list(self.root.iterdir())
        except FileNotFoundError:
            return []
        except NotADirectoryError:
            raise IndexCorruptError(f"the index location {self.root} is a file, not a folder") from None
        except OSError as exc:
            raise IndexCorruptError(f"cannot list the index folder {self.root} ({exc.strerror or exc})") from None
        found = [(int(m.group(1)), p) for p in entries if (m := _GENERATION_RE.match(p.name)) and p.is_dir()]
        return [p for _n, p in sorted(found, reverse=True)]

    def locate(self) -> Located:
        """The active generation; recovered from disk when ``meta.json`` is missing, damaged or dangling."""
        try:
            meta = self.read_meta()
        except IndexCorruptError as exc:
            meta, problem = None, exc.message
        else:
            problem = f"{self.root / META} is missing"
        if meta is not None:
            folder = self.root / meta.active
            if (folder / "whoosh").is_dir():
                return Located(folder, meta.schema_version)
            problem = f"{self.root / META} points at {meta.active}, which is not there"
        generations = self.generations()
        if not generations and not (self.root / META).exists():
            raise IndexMissingError(f"no index at {self.root}; run `briefing-tui index` first")
        for folder in generations:
            try:
                found = self.intact(folder)
            except IndexCorruptError:
                continue
            return Located(folder, found.schema_version,
                           f"{problem}: reading {folder.name}, the newest intact index; `briefing-tui index` rewrites it")
        raise IndexCorruptError(f"{problem} and no intact index is left in {self.root}; {REBUILD}")

    def active_name(self) -> str | None:
        """The generation folder a reader would open, cheaply (no checks): for telling whether an
        open snapshot is still current."""
        try:
            meta = self.read_meta()
        except IndexCorruptError:
            meta = None
        if meta is not None and (self.root / meta.active).is_dir():
            return meta.active
        newest = self.generations()
        return newest[0].name if newest else None

    def intact(self, folder: Path) -> manifest_mod.Manifest:
        """The manifest of a generation folder whose Whoosh files are all as sealed (else raises)."""
        latest = reads.latest_generation(self._storage(folder))
        if latest < 0:
            raise IndexCorruptError(f"{folder}/whoosh holds no index")
        sealed = manifest_mod.read(folder, latest)
        bad = [p for p in manifest_mod.check(folder, sealed) if not p.is_phrase_file]
        if bad:
            raise IndexCorruptError(f"the index at {folder} is damaged: {bad[0]}; {REBUILD}")
        return sealed

    def state(self) -> State:
        """What is here, without raising and without writing anything."""
        try:
            located = self.locate()
            if located.schema_version != SCHEMA_VERSION:
                return State("outdated", self._outdated_message(located.schema_version))
            self.intact(located.folder)
        except IndexMissingError as exc:
            return State("missing", exc.message)
        except IndexCorruptError as exc:
            return State("damaged", exc.message)
        return State("ok", located.notice or "")

    def status(self) -> str:
        """"missing", "outdated", "damaged" or "ok" (see ``state``)."""
        return self.state().kind

    def active_dir(self) -> Path:
        """The generation folder to read; raises when there is none or it is of another version."""
        located = self.locate()
        if located.schema_version != SCHEMA_VERSION:
            raise IndexVersionError(self._outdated_message(located.schema_version))
        return located.folder

    def _outdated_message(self, version: int) -> str:
        return (
            f"the index at {self.root} was built by another version of briefing-tui "
            f"(schema {version}, expected {SCHEMA_VERSION}); {REBUILD}"
        )

    # --- Whoosh -------------------------------------------------------------

    @staticmethod
    def _storage(folder: Path) -> Any:
        from whoosh.filedb.filestore import FileStorage

        return FileStorage(str(folder / "whoosh"), supports_mmap=False)

    def open_whoosh(self, folder: Path | None = None) -> Any:
        """Open the Whoosh index with plain reads, not mmap: mapped pages count as the process's
        memory (RSS) and a search touches most of the postings of common words."""
        folder = folder or self.active_dir()
        try:
            return self._storage(folder).open_index()
        except Exception as exc:  # Whoosh raises a variety of errors for damaged files
            raise IndexCorruptError(
                f"cannot open the index at {folder} ({type(exc).__name__}: {exc}); {REBUILD}"
            ) from None

    def new_generation_dir(self) -> Path:
        """Create an empty, sealed Whoosh index in a fresh ``ix-*`` folder (not active yet)."""
        from whoosh import index as windex

        self._mkdir(self.root)
        existing = [int(m.group(1)) for p in self.root.iterdir() if (m := _GENERATION_RE.match(p.name))]
        folder = self.root / f"ix-{max(existing, default=0) + 1:06d}"
        with self._writing(folder):
            (folder / "whoosh").mkdir(parents=True)
            (folder / "phrases").mkdir()
            windex.create_in(str(folder / "whoosh"), build_schema())
            manifest_mod.write(folder, manifest_mod.Manifest(0, SCHEMA_VERSION))
        return folder

    def activate(self, folder: Path, sources: list[str]) -> None:
        """Switch the index to ``folder`` and remove every other generation folder."""
        now = time.time()
        self.write_meta(Meta(SCHEMA_VERSION, folder.name, sources, now, now))
        self.discard_inactive(folder.name)

    def touch(self, sources: list[str], active: str) -> None:
        """Record the sources of a run (and the active folder: ``meta.json`` may have been recovered)."""
        try:
            meta = self.read_meta() or Meta()
        except IndexCorruptError:
            meta = Meta(created=time.time())
        meta.active = active
        meta.schema_version = SCHEMA_VERSION
        meta.sources = sources
        meta.updated = time.time()
        self.write_meta(meta)

    def discard_inactive(self, active: str) -> None:
        """Remove generation folders other than ``active`` (left by an interrupted rebuild)."""
        for p in self.root.glob("ix-*"):
            if p.name != active:
                shutil.rmtree(p, ignore_errors=True)

    # --- writing safely ---------------------------------------------------------

    def _mkdir(self, path: Path) -> None:
        if path.exists() and not path.is_dir():
            raise IndexWriteError(f"the index location {path} is a file, not a folder; point --index-dir elsewhere")
        with self._writing(path):
            path.mkdir(parents=True, exist_ok=True)

    @contextmanager
    def _writing(self, path: Path) -> Iterator[None]:
        """Turn the OS errors of writing into one clear message."""
        try:
            yield
        except OSError as exc:
            raise write_error(exc, self.root) from None

    # --- locking -------------------------------------------------------------

    @contextmanager
    def write_lock(self, timeout: float) -> Iterator[None]:
        """Hold the index's write lock; a clear error (not a hang) when another process has it."""
        from whoosh.util.filelock import FileLock

        if not math.isfinite(timeout) or timeout < 0:
            timeout = 0.0
        self._mkdir(self.root)
        lock = FileLock(str(self.root / LOCK))
        deadline = time.monotonic() + timeout
        while True:
            try:
                acquired = lock.acquire(blocking=False)
            except OSError as exc:
                raise write_error(exc, self.root) from None
            if acquired:
                break
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


def write_error(exc: OSError, root: Path) -> IndexWriteError:
    """One line for the ways writing the index fails; the previous index is always kept."""
    kept = "the previous index is unchanged"
    if exc.errno == errno.ENOSPC:
        return IndexWriteError(f"disk full while writing the index at {root}; free some space and run it again ({kept})")
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return IndexWriteError(
            f"cannot write the index at {root} (permission denied or read-only); "
            f"point --index-dir at a folder you can write ({kept})"
        )
    if exc.errno in (errno.ENOTDIR, errno.EEXIST):
        return IndexWriteError(f"the index location {root} is not a folder; point --index-dir elsewhere")
    return IndexWriteError(f"cannot write the index at {root}: {exc.strerror or exc} ({kept})")
