"""Provides the main screen's keeping of the index: open it, build it where there is none, re-index.

The one "no index yet" policy (``SearchService.ensure_index``): the configured corpus is
indexed where there is no index at all (in a worker, its progress on the status line); an
outdated or damaged index is reported with its cure and never replaced. Searching starts
(``scheduler.open``) once the index can be read; a failed run leaves the app open and says why.

A mixin of ``MainScreen`` (main_screen.py), kept apart so the screen stays about searching
and reading; it uses the screen's service, scheduler, status and progress.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work

from briefing_tui.search import SearchService

from ..i18n import Translator
from ..scheduling import SearchScheduler
from .messages import IndexDone, IndexFailed, IndexProgress
from .results_table import ResultsTable

if TYPE_CHECKING:
    from textual.screen import Screen
    from textual.widget import Widget

    from .saved_searches import SavedSearchKeeper
    from .search_bar import Progress

    _Screen = Screen[None]
else:
    _Screen = object


class IndexKeeping(_Screen):
    """Opening, building and re-indexing, for the main screen."""

    service: SearchService
    t: Translator
    scheduler: SearchScheduler
    saved_searches: SavedSearchKeeper
    status: Text
    progress: Progress | None
    _view_text: str | None

    if TYPE_CHECKING:  # the screen's own

        def _report(self, error: BaseException, on_status: bool = False) -> None: ...
        def _focus(self, widget: Widget) -> None: ...

    def _open_index(self) -> None:
        """The one "no index yet" policy (``ensure_index``): build the configured corpus where there
        is no index at all; an outdated or damaged one is reported with its cure, never replaced."""
        self._focus(self.query_one(ResultsTable))  # "/" focuses the search box
        try:
            missing = self.service.status() == "missing"
            if not missing:
                self.service.ensure_index()  # raises for an outdated or damaged index
        except Exception as exc:  # said, and the app stays open
            self._report(exc, on_status=True)
            return
        if missing:
            self._index_worker(ensure=True)
        else:
            self.scheduler.open()

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def _index_worker(self, ensure: bool = False, paths: list[Path | str] | None = None) -> None:
        def progress(phase: str, done: int, total: int | None) -> None:
            self.post_message(IndexProgress(phase, done, total))

        self.post_message(IndexProgress("start", 0, None))
        try:
            report = self.service.ensure_index(progress) if ensure else self.service.index(paths, progress=progress)
            self.post_message(IndexDone(report))
        except Exception as exc:  # reported in the app, never raised into it
            self.post_message(IndexFailed(exc))

    def on_index_progress(self, message: IndexProgress) -> None:
        if message.phase == "start":
            self.status = Text(self.t("status.indexing_start"))
            self.progress = (0, None)
        elif message.phase == "index" and message.total:
            self.progress = (message.done, message.total)
            self.status = Text(self.t("status.indexing", done=message.done, total=message.total))
        elif message.phase in ("commit", "merge"):
            # the articles are in; the run's files are merged and sealed (20k: ~10 s, 150k: ~1 min), which the
            # status line used to spend on a full bar and "20000/20000", as if nothing went on
            self.status = Text(self.t("status.indexing_finish"))
            self.progress = (0, None)

    def on_index_done(self, message: IndexDone) -> None:
        self.progress = None
        r = message.report
        if r is not None:
            self.notify(
                self.t("status.indexed", added=r.added, updated=r.updated, removed=r.removed, skipped=len(r.skipped)),
                timeout=4,
                markup=False,
            )
        self._view_text = None  # the open article may have changed: read it again with the results
        self.scheduler.open()
        if r is not None and self.scheduler.ready:
            self.saved_searches.count_all()  # new articles: new counts

    def on_index_failed(self, message: IndexFailed) -> None:
        self.progress = None
        self._report(message.error, on_status=not self.scheduler.ready)
        if not self._index_ok():
            self.scheduler.close()
        elif not self.scheduler.ready:
            self.scheduler.open()

    def _index_ok(self) -> bool:
        """Whether the index can be searched; a status that raises (a damaged ``meta.json``) is
        reported, not raised into the handler that asked."""
        try:
            return self.service.status() == "ok"
        except Exception as exc:
            self._report(exc)
            return False

    def action_reindex(self) -> None:
        self._index_worker()

    def action_refresh_feeds(self) -> None:
        """The feeds of ``corpus.feeds``, fetched in the worker (never on the app's thread)."""
        from briefing_tui.search import is_url  # (the input readers on a key, not at the app's start: ~9 ms)

        feeds = self.service.config.corpus.feeds
        if not feeds:
            self.notify(self.t("feed.none"), timeout=5, markup=False)
            return
        self._index_worker(paths=[f if is_url(f) else Path(f) for f in feeds])

    def action_add_feed(self) -> None:
        from briefing_tui.search import is_url

        from .feed_dialog import AddFeedDialog

        def added(address: str | None) -> None:
            if address:
                self._index_worker(paths=[address if is_url(address) else Path(address).expanduser()])

        self.app.push_screen(AddFeedDialog(self.t), added)
