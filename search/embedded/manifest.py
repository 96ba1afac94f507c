"""Provides the manifest of one index generation: which files it is made of, their sizes and checksums.

Why: a damaged file used to give silent wrong answers (a garbled phrase file
made 9 of 18 phrase queries return nothing) or tracebacks (a half-truncated
segment: EOFError). Every indexing run now writes, *before* it makes the new
generation visible, ``manifest-<generation>.json`` beside ``whoosh/`` and
``phrases/``: for each file, its size, CRC-32 and the stamp (mtime, inode) it
had when sealed. The manifest is the authority on which phrase files belong to
a generation (no directory guessing), and on the Whoosh segments its table of
contents must list.

Checking costs a ``stat`` per file (a dozen files: well under a millisecond);
a file whose stamp changed since it was sealed (written to, restored from a
copy) is read in full and its CRC compared (2.7 GB/s here: 0.16 s for the
438 MB 20k index). What this cannot see is bit rot that keeps a file's size
and stamp; reading errors from such a file still become a clear error in
``service``.
"""

from __future__ import annotations

import json
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from ..errors import IndexCorruptError

MANIFEST_VERSION = 1
_CHUNK = 1 << 20
_MAX_MANIFEST_BYTES = 4 << 20


class Seal(NamedTuple):
    """What one file was when its generation was sealed."""

    size: int
    crc32: int
    mtime_ns: int
    ino: int

    def matches_stamp(self, st: os.stat_result) -> bool:
        return st.st_size == self.size and st.st_mtime_ns == self.mtime_ns and st.st_ino == self.ino


@dataclass(frozen=True)
class Manifest:
    generation: int
    """The Whoosh generation (table of contents) this manifest describes."""
    schema_version: int
    segments: tuple[str, ...] = ()
    """The Whoosh segment ids the table of contents must list."""
    files: dict[str, Seal] = field(default_factory=dict)
    """Path relative to the generation folder → its seal."""

    @property
    def phrase_files(self) -> list[str]:
        return sorted(name for name in self.files if name.startswith("phrases/"))

    def to_json(self) -> str:
        return json.dumps(
            {
                "version": MANIFEST_VERSION,
                "generation": self.generation,
                "schema_version": self.schema_version,
                "segments": list(self.segments),
                "files": {name: [s.size, s.crc32, s.mtime_ns, s.ino] for name, s in sorted(self.files.items())},
            },
            indent=0,
        )


class Problem(NamedTuple):
    """One file of a generation that is not what it was sealed as."""

    name: str
    what: str

    @property
    def is_phrase_file(self) -> bool:
        return self.name.startswith("phrases/")

    def __str__(self) -> str:
        return f"{self.name} {self.what}"


def path_of(folder: Path, generation: int) -> Path:
    return folder / f"manifest-{generation:06d}.json"


def crc_of(path: Path) -> int:
    """CRC-32 of a whole file, read in 1 MB pieces (zlib releases the GIL: the app keeps typing)."""
    crc = 0
    with open(path, "rb") as f:
        while chunk := f.read(_CHUNK):
            crc = zlib.crc32(chunk, crc)
    return crc


def seal_file(path: Path, previous: Seal | None = None) -> Seal:
    """The seal of a file; an unchanged file keeps its previous checksum (no re-read)."""
    st = path.stat()
    if previous is not None and previous.matches_stamp(st):
        return previous
    return Seal(st.st_size, crc_of(path), st.st_mtime_ns, st.st_ino)


def seal(
    folder: Path,
    generation: int,
    schema_version: int,
    segments: list[str],
    names: list[str],
    previous: Manifest | None = None,
) -> Manifest:
    """Seal the files ``names`` (relative to ``folder``) as generation ``generation``."""
    old = previous.files if previous is not None else {}
    files = {name: seal_file(folder / name, old.get(name)) for name in sorted(set(names))}
    return Manifest(generation, schema_version, tuple(segments), files)


def write(folder: Path, manifest: Manifest) -> Path:
    """Write atomically (temporary file, fsync, rename)."""
    target = path_of(folder, manifest.generation)
    tmp = target.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(manifest.to_json())
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, target)
    return target


def read(folder: Path, generation: int) -> Manifest:
    """The manifest of ``generation``; ``IndexCorruptError`` when it is missing or not one of ours."""
    path = path_of(folder, generation)
    try:
        with open(path, "rb") as f:
            raw = f.read(_MAX_MANIFEST_BYTES + 1)
    except FileNotFoundError:
        raise IndexCorruptError(f"the index at {folder} has no manifest for generation {generation} ({path.name})") from None
    except OSError as exc:
        raise IndexCorruptError(f"cannot read {path} ({exc.strerror or exc})") from None
    try:
        return _parse(json.loads(raw))
    except (ValueError, TypeError, KeyError, AttributeError, RecursionError):
        raise IndexCorruptError(f"{path} is damaged (not a briefing-tui manifest)") from None


def _parse(data: Any) -> Manifest:
    if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION:
        raise ValueError("not a manifest")
    files: dict[str, Seal] = {}
    for name, values in data["files"].items():
        if not isinstance(name, str) or ".." in Path(name).parts or Path(name).is_absolute():
            raise ValueError(name)
        if not (isinstance(values, list) and len(values) == 4 and all(type(v) is int and v >= 0 for v in values)):
            raise ValueError(name)
        files[name] = Seal(*values)
    generation, schema = data["generation"], data["schema_version"]
    segments = data["segments"]
    if type(generation) is not int or type(schema) is not int or not isinstance(segments, list):
        raise TypeError("bad field types")
    if not all(isinstance(s, str) for s in segments):
        raise TypeError("bad segment id")
    return Manifest(generation, schema, tuple(segments), files)


def check(folder: Path, manifest: Manifest) -> list[Problem]:
    """Every file of the manifest that is missing, of another size, or (stamp changed) of another checksum."""
    problems: list[Problem] = []
    for name, want in manifest.files.items():
        path = folder / name
        try:
            st = path.stat()
        except OSError:
            problems.append(Problem(name, "is missing"))
            continue
        if st.st_size != want.size:
            problems.append(Problem(name, f"is {st.st_size:,} bytes, sealed as {want.size:,}"))
        elif not want.matches_stamp(st):
            try:
                crc = crc_of(path)
            except OSError as exc:
                problems.append(Problem(name, f"cannot be read ({exc.strerror or exc})"))
                continue
            if crc != want.crc32:
                problems.append(Problem(name, "has changed since it was written (checksum mismatch)"))
    return problems


def restamped(folder: Path, manifest: Manifest) -> Manifest | None:
    """The manifest with fresh stamps for files whose content is unchanged but whose stamp is not
    (an index copied or restored: each read would otherwise check them in full); None when every
    stamp is current. Run after ``check`` found no problem."""
    files = dict(manifest.files)
    for name, want in manifest.files.items():
        st = (folder / name).stat()
        if not want.matches_stamp(st) and st.st_size == want.size and crc_of(folder / name) == want.crc32:
            files[name] = Seal(want.size, want.crc32, st.st_mtime_ns, st.st_ino)
    if files == manifest.files:
        return None
    return Manifest(manifest.generation, manifest.schema_version, manifest.segments, files)


def stale(folder: Path, keep: int) -> list[Path]:
    """Manifests of generations other than ``keep`` (left by earlier or interrupted runs)."""
    return [p for p in folder.glob("manifest-*.json*") if p.name != path_of(folder, keep).name]
