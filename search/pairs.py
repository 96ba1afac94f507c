"""Provides the adjacent-syllable pair index that makes phrase queries fast.

Why a sidecar and not a Whoosh field: indexing the 813,000 distinct folded
pairs of the 20k corpus as a Whoosh field cost about 11 ms per article (its
codec writes every term through Python), which alone would break the
two-minute build budget; Whoosh's positional phrase queries take 93–327 ms.
Here a pair is a 64-bit hash in a sorted, memory-mapped array pointing at a
run of article ordinals, so "người dân" is one binary search and one slice.

Ordinals (``ord``) are stable per indexed article version and stored in the
Whoosh index as a column; a searcher maps them to docnums and drops the ones
no longer live. Each indexing run writes its own files (one per worker),
named after the Whoosh generation it commits; files of a generation the index
never reached are ignored and overwritten. When files pile up they are merged
into one. Correctness never depends on this module: without it phrases fall
back to Whoosh positions (slow, same answers).
"""

from __future__ import annotations

import array
import hashlib
import heapq
import mmap
import os
import re
import struct
import sys
from bisect import bisect_left
from collections.abc import Iterable
from pathlib import Path

from .analysis import fold

MAGIC = b"BTPAIRS1"
_HEADER = struct.Struct("<8sIIQQQ")  # magic, version, byteorder flag, nkeys, npostings, nords
# layout after the header: postings (uint32), ords (uint32), keys (uint64, sorted), offsets (uint64)
_VERSION = 1
_NAME_RE = re.compile(r"^([pc])(\d{6})-(\w+)\.bin$")
MAX_FILES = 8


def pair_key(first: str, second: str, folded: bool) -> str:
    return ("f" if folded else "a") + first + " " + second


def key_hash(key: str) -> int:
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest(), "little")


def doc_pair_keys(accented: list[str], folded: list[str]) -> set[str]:
    """The pair keys of one text: every folded pair, and accented pairs that differ from theirs."""
    keys = {"f" + x + " " + y for x, y in zip(folded, folded[1:])}
    for x, y in zip(accented, accented[1:]):
        if fold(x) != x or fold(y) != y:
            keys.add("a" + x + " " + y)
    return keys


class PairsBuilder:
    """Collects pair postings for the articles of one indexing run (or one worker)."""

    def __init__(self) -> None:
        self._postings: dict[str, array.array] = {}
        self._ords = array.array("I")

    def add(self, ord_: int, accented: list[str], folded: list[str]) -> None:
        self._ords.append(ord_)
        postings = self._postings
        for key in doc_pair_keys(accented, folded):
            arr = postings.get(key)
            if arr is None:
                postings[key] = arr = array.array("I")
            arr.append(ord_)

    def __len__(self) -> int:
        return len(self._ords)

    def write(self, path: Path) -> None:
        """Write atomically: a temporary file, fsync, rename."""
        hashed = sorted((key_hash(k), v) for k, v in self._postings.items())
        _write_file(path, iter(hashed), self._ords)
        self._postings.clear()


def _write_file(path: Path, items: Iterable[tuple[int, array.array]], ords: array.array) -> None:
    """Stream postings, then ords, keys and offsets; the header says where each starts."""
    keys = array.array("Q")
    offsets = array.array("Q", [0])
    tmp = path.with_suffix(".tmp")
    with open(tmp, "wb") as f:
        f.write(b"\0" * _HEADER.size)
        total = 0
        for h, postings in items:
            if not postings:
                continue
            keys.append(h)
            f.write(postings.tobytes())
            total += len(postings)
            offsets.append(total)
        f.write(ords.tobytes())
        f.write(keys.tobytes())
        f.write(offsets.tobytes())
        f.seek(0)
        f.write(_HEADER.pack(MAGIC, _VERSION, 1 if sys.byteorder == "little" else 0, len(keys), total, len(ords)))
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


class PairsFile:
    """One memory-mapped pairs file."""

    def __init__(self, path: Path) -> None:
        self.path = path
        with open(path, "rb") as f:
            self._mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        magic, version, little, nkeys, npost, nords = _HEADER.unpack_from(self._mm, 0)
        if magic != MAGIC or version != _VERSION or little != (1 if sys.byteorder == "little" else 0):
            self._mm.close()
            raise ValueError(f"not a pairs file of this version: {path}")
        mv = memoryview(self._mm)
        pos = _HEADER.size
        self.postings = mv[pos : pos + 4 * npost].cast("I")
        pos += 4 * npost
        self.ords = mv[pos : pos + 4 * nords].cast("I")
        pos += 4 * nords
        self.keys = mv[pos : pos + 8 * nkeys].cast("Q")
        pos += 8 * nkeys
        self.offsets = mv[pos : pos + 8 * (nkeys + 1)].cast("Q")

    def lookup(self, h: int) -> memoryview | None:
        keys = self.keys
        i = bisect_left(keys, h)
        if i < len(keys) and keys[i] == h:
            return self.postings[self.offsets[i] : self.offsets[i + 1]]
        return None

    def close(self) -> None:
        for view in (self.keys, self.offsets, self.postings, self.ords):
            view.release()
        self._mm.close()


class PairsIndex:
    """The pairs files valid for one Whoosh generation."""

    def __init__(self, files: list[PairsFile]) -> None:
        self.files = files

    @classmethod
    def open(cls, folder: Path, generation: int) -> PairsIndex:
        files = []
        for path in active_files(folder, generation):
            try:
                files.append(PairsFile(path))
            except (OSError, ValueError):
                continue  # a damaged file: the coverage check sends its articles to the slow path
        return cls(files)

    def lookup(self, key: str) -> list[int]:
        """Ordinals of the articles holding the pair (possibly including dead ones)."""
        h = key_hash(key)
        out: list[int] = []
        for f in self.files:
            found = f.lookup(h)
            if found is not None:
                out.extend(found)
        return out

    def covered(self) -> set[int]:
        covered: set[int] = set()
        for f in self.files:
            covered.update(f.ords)
        return covered

    def max_ord(self) -> int:
        return max((max(f.ords) for f in self.files if len(f.ords)), default=-1)

    def close(self) -> None:
        for f in self.files:
            f.close()
        self.files = []


def _parse(name: str) -> tuple[str, int, str] | None:
    m = _NAME_RE.match(name)
    return (m.group(1), int(m.group(2)), m.group(3)) if m else None


def active_files(folder: Path, generation: int) -> list[Path]:
    """Files that describe generation ``generation``: the newest merged file, then later runs."""
    if not folder.is_dir():
        return []
    parsed = [(p, _parse(p.name)) for p in folder.iterdir()]
    named = [(p, info) for p, info in parsed if info is not None and info[1] <= generation]
    merged = [info[1] for _, info in named if info[0] == "c"]
    base = max(merged, default=-1)
    chosen = [p for p, info in named if (info[0] == "c" and info[1] == base) or (info[0] == "p" and info[1] > base)]
    return sorted(chosen)


def run_file(folder: Path, generation: int, part: str) -> Path:
    return folder / f"p{generation:06d}-{part}.bin"


def discard_generation(folder: Path, generation: int) -> None:
    """Remove files left for ``generation`` by a run that never committed it."""
    if not folder.is_dir():
        return
    for p in folder.iterdir():
        info = _parse(p.name)
        if (info and info[1] >= generation) or p.suffix == ".tmp":
            p.unlink(missing_ok=True)


def max_ord_on_disk(folder: Path) -> int:
    """Highest ordinal in any pairs file, committed or not (ordinals are never reused)."""
    if not folder.is_dir():
        return -1
    best = -1
    for p in folder.iterdir():
        if _parse(p.name) is None:
            continue
        try:
            f = PairsFile(p)
        except (OSError, ValueError):
            continue
        if len(f.ords):
            best = max(best, max(f.ords))
        f.close()
    return best


def merge(folder: Path, generation: int, live_ords: set[int]) -> Path | None:
    """Merge the active files into one, dropping dead ordinals; returns the new file."""
    paths = active_files(folder, generation)
    if len(paths) <= 1:
        return None
    files = [PairsFile(p) for p in paths]
    try:
        streams = [
            ((int(f.keys[i]), fi, i) for i in range(len(f.keys))) for fi, f in enumerate(files)
        ]
        ords = array.array("I", sorted(o for f in files for o in f.ords if o in live_ords))

        def items() -> Iterable[tuple[int, array.array]]:
            current: int | None = None
            acc = array.array("I")
            for h, fi, i in heapq.merge(*streams):
                if h != current:
                    if current is not None:
                        yield current, acc
                    current, acc = h, array.array("I")
                f = files[fi]
                acc.extend(o for o in f.postings[f.offsets[i] : f.offsets[i + 1]] if o in live_ords)
            if current is not None:
                yield current, acc

        target = folder / f"c{generation:06d}-all.bin"
        _write_file(target, items(), ords)
    finally:
        for f in files:
            f.close()
    for p in paths:
        if p != target:
            p.unlink(missing_ok=True)
    return target
