"""Provides a Rich progress bar for indexing runs, on stderr."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

_LABELS = {
    "read": "reading",
    "index": "indexing",
    "commit": "writing the index",
    "merge": "merging phrase files",
}


class RichProgress:
    """``progress(phase, done, total)`` drawn as one bar per phase; use as a context manager."""

    def __init__(self) -> None:
        self._progress = Progress(
            SpinnerColumn(),
            TextColumn("{task.description:<18}", markup=False),  # a phase name is not markup
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self._tasks: dict[str, Any] = {}

    def __enter__(self) -> RichProgress:
        self._progress.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        for task in self._tasks.values():
            t = self._progress.tasks[task]
            if t.total is None:
                self._progress.update(task, total=1, completed=1)
        self._progress.stop()

    def __call__(self, phase: str, done: int, total: int | None) -> None:
        task = self._tasks.get(phase)
        if task is None:
            for other in self._tasks.values():  # the previous phase is over
                t = self._progress.tasks[other]
                if t.total is None:
                    self._progress.update(other, total=1, completed=1)
            task = self._tasks[phase] = self._progress.add_task(_LABELS.get(phase, phase), total=total)
        self._progress.update(task, completed=done, total=total)
