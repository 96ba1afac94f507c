"""Provides ``watch_index``: keep an index up to date with folders as files appear and change.

watchfiles (Rust's notify underneath: inotify on Linux) reports changes in
batches; a batch waits ``DEBOUNCE_MS`` for quiet so a browser's "save page
as…" (the page, then its ``_files`` folder) is one run. New and changed
documents are indexed by themselves (a folder of 1,000 saved pages is not read
again for one new page: trafilatura takes ~20–60 ms a page); a deletion runs the
whole watched folder, so the article of a removed file is removed (only an
``index`` run writes: the watcher is one). Between runs nothing is held: the
app and searches see each commit as it lands. watchfiles is imported here only.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import BriefingError
from .inputs import is_input_file

if TYPE_CHECKING:
    from .models import IndexReport
    from .service import SearchService

DEBOUNCE_MS = 1500


def watch_index(
    service: SearchService,
    roots: Sequence[Path],
    on_report: Callable[[IndexReport | BriefingError], None],
    stop: threading.Event | None = None,
    ready: Callable[[], None] | None = None,
) -> None:
    """Index what changes under ``roots`` until ``stop`` is set (or Ctrl-C); each run's report, or the
    error that stopped one run, goes to ``on_report`` and watching goes on."""
    import watchfiles

    folders = [Path(r).resolve() for r in roots]
    if ready is not None:
        ready()
    for changes in watchfiles.watch(
        *folders, debounce=DEBOUNCE_MS, step=100, stop_event=stop, raise_interrupt=True, yield_on_timeout=False
    ):
        deleted = any(kind == watchfiles.Change.deleted and is_input_file(Path(p)) for kind, p in changes)
        changed = sorted({
            Path(p) for kind, p in changes
            if kind != watchfiles.Change.deleted and is_input_file(Path(p)) and not Path(p).name.startswith(".")
            and Path(p).is_file()
        })
        if not deleted and not changed:
            continue
        try:
            report = service.index(list(folders) if deleted else changed)
        except BriefingError as exc:
            on_report(exc)
        else:
            on_report(report)
