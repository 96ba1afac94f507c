"""Provides the rules of an indexing run's plan that both backends follow: which records are new,
changed or unchanged, and which stored articles are deleted because their file vanished.

Why here: the embedded indexer (``embedded/indexer.py``) and the cluster's (``opensearch/indexer.py``)
must agree on these, or the same folder indexed into either would hold different articles. Each
indexer keeps its own bookkeeping (ords, notes, bulk actions); only the decisions live here, as
pure functions of what was read and what the index holds.
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Sequence
from pathlib import Path
from typing import Literal

from .inputs import UNLISTED_FOLDER, path_text
from .models import Skipped

Verdict = Literal["new", "changed", "unchanged"]


def verdict(stored: tuple[str, str] | None, digest: str, origin: str) -> Verdict:
    """What a record read now is to the index holding ``stored`` = (content hash, origin) under its id
    (None: no article). A record read from another file is changed even when its content is not: the
    stored origin decides which run may delete it."""
    if stored is None:
        return "new"
    if stored[0] != digest or stored[1] != origin:
        return "changed"
    return "unchanged"


def unlisted_folders(skipped: Iterable[Skipped]) -> list[Path]:
    """The folders ``discover`` could not list (permission denied): they hide their files, whose
    articles are kept (paths compared as ``path_text``, the repaired form origins are stored in)."""
    return [Path(s.where) for s in skipped if s.reason.startswith(UNLISTED_FOLDER)]


def vanished(stored: Iterable[tuple[str, str]], seen: Container[str],
             kept_origins: set[str], unlisted: Sequence[Path], roots: Sequence[Path | str]) -> list[str]:
    """The ids, among ``stored`` (id, origin) pairs in their order, whose article is deleted: not
    read this run (``seen``), its origin not one kept (a file that could not be read this time, a
    feed that lists only its latest items), not under an ``unlisted`` folder, and under one of the
    ``roots`` that is a folder or file still there (a feed's address is no such root)."""
    readable_roots = [Path(path_text(r)) for r in roots if isinstance(r, Path) and r.exists()]
    out = []
    for doc_id, origin_text in stored:
        if doc_id in seen or origin_text in kept_origins:
            continue
        origin = Path(origin_text)
        if any(is_under(origin, d) for d in unlisted):
            continue
        if any(is_under(origin, r) for r in readable_roots):
            out.append(doc_id)
    return out


def is_under(path: Path, root: Path) -> bool:
    """``path`` is ``root`` or inside it (by path parts: no file-system access)."""
    return path == root or root in path.parents
