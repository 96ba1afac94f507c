"""Provides ``BriefingApp``: the reader. It owns the state, runs the workers, hands data down.

Searches run in a thread worker (``exclusive``), at most one at a time: the
keys typed while one runs are coalesced into the next search, which starts as
soon as it lands; a search overtaken by typing stops once its hits are built and
shows nothing; a result for an older query is dropped (sequence numbers). Hits
are painted before the facet counts. ``ui.debounce_ms`` can add a minimum gap
between searches (0 by default: measured, any gap only delays results). The app
reaches the index only through ``SearchService``; widgets receive data and post
messages. No error reaches the user as a traceback: they become notifications
or the status line, and no exception escapes an event handler (one would end
the app). Messages quote data (a query, an id, a path), so they are shown on
one line with their controls visible, never as markup.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.text import Text
from textual import work
from textual.app import App, SystemCommand
from textual.css.query import NoMatches
from textual.screen import Screen
from textual.widgets import Input, TabbedContent

from briefing_tui.search.errors import BriefingError, QuerySyntaxError
from briefing_tui.search.models import Filters, Query, SearchResult
from briefing_tui.search.sanitize import one_line
from briefing_tui.search.service import ArticleView, SearchService

from ..i18n import Translator
from ..render import safe_line
from .chips import ChipBar
from .facet_panel import FacetPanel
from .figures_panel import FiguresPanel
from .figures_screen import AllFiguresScreen
from .help_screen import HelpScreen
from .main_screen import MainScreen
from .messages import (
    ArticleLoaded,
    FigureChosen,
    FiltersChanged,
    IndexDone,
    IndexProgress,
    OpenArticle,
    SearchDone,
    SearchDropped,
    SearchFailed,
    WorkFailed,
)
from .reader import Reader
from .results_table import ResultsTable
from .search_bar import SearchBar


class _Overtaken(Exception):
    """Raised inside a search worker to stop work nobody will see."""


@dataclass(frozen=True)
class AppOptions:
    show_elapsed: bool = True
    """Show search times (snapshot tests turn it off: times vary)."""
    cursor_blink: bool = True
    exit_when_ready: bool = False
    """Exit once the first results are on screen (the start-up benchmark)."""
    limit: int = 50
    """Results listed per search."""


class BriefingApp(App[None]):
    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute: subclasses live elsewhere
    TITLE = "briefing-tui"
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, service: SearchService, t: Translator, options: AppOptions | None = None) -> None:
        super().__init__()
        self.service = service
        self.t = t
        self.options = options or AppOptions()
        self.query_text = ""
        self.filters = Filters()
        self.sort = "relevance"
        self.result: SearchResult | None = None
        self.view: ArticleView | None = None
        self._view_text: str | None = None  # the query text the open article is lit up for
        self._searching: Query | None = None  # the query of the latest search started
        self.ready = False
        self._seq = 0
        self._in_flight = False
        self._pending = False
        self._last_start = 0.0
        self._timer: Any = None
        self._painting = -1  # the search whose hits were just shown, still to be painted
        self._debounce = service.config.ui.debounce_ms / 1000
        self._figure_after_open: Any = None
        self._opening = False  # an article the user opened is being read from the index
        self._steps = 0  # n/N pressed meanwhile, applied once it is shown
        self._started = time.perf_counter()
        theme = service.config.ui.theme
        if theme in self.available_themes:
            self.theme = theme
        # "/" and Enter on a result are priority bindings: handled by the app as each key arrives,
        # so the keys typed right behind them (text, n/N) already meet the new focus or the opening
        # article (a bubbling binding runs only after they were queued for the old widget). Enter in
        # the search box is not: it must come after the text typed before it.
        self._bindings.bind("slash", "focus_search", t("key.search"), show=True, priority=True)
        self._bindings.bind("enter", "open_result", t("key.open"), show=False, priority=True)
        for keys, action, label, show in (
            ("escape", "back", "key.back", True),
            ("n", "next_hit", "key.next_hit", True),
            ("N", "prev_hit", "key.prev_hit", False),
            ("f", "toggle_filters", "key.filters", True),
            ("g", "toggle_figures", "key.figures", True),
            ("a", "all_figures", "key.all_figures", False),
            ("x", "clear_filters", "key.clear", True),
            ("s", "toggle_sort", "key.sort", False),
            ("ctrl+y", "accept_suggestion", "key.accept", False),
            ("f1,question_mark", "help", "key.help", True),
            ("q", "quit", "key.quit", True),
            ("down", "focus_results", "key.down", False),
            ("1", "tab('tab-results')", "key.tab", False),
            ("2", "tab('tab-article')", "key.tab", False),
            ("3", "tab('tab-figures')", "key.tab", False),
            ("4", "tab('tab-filters')", "key.tab", False),
        ):
            self.bind(keys, action, description=t(label), show=show)

    # --- lifecycle -----------------------------------------------------------------

    def get_default_screen(self) -> Screen[Any]:
        return MainScreen()

    def on_mount(self) -> None:
        self.call_after_refresh(self._start)

    def _start(self) -> None:
        self._main().query_one(ResultsTable).focus()  # "/" focuses the search box
        try:
            status = self.service.status()
            if status not in ("ok", "missing"):
                # an outdated or damaged index is never replaced by opening the app: the error names the cure
                self.service.ensure_index()
        except Exception as exc:  # said, and the app stays open
            self._report(exc)
            return
        if status == "ok":
            self._start_search()
        else:
            self.status(self.t("status.indexing_start"))
            self.bar.set_progress(0, None)
            self._index_worker(rebuild=False)

    # --- widgets (the current layout's) ------------------------------------------------

    def _one(self, kind: type) -> Any:
        return self.screen.query_one(kind)

    @property
    def bar(self) -> SearchBar:
        return self._main().query_one(SearchBar)

    def _main(self) -> Screen[Any]:
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                return screen
        return self.screen

    def status(self, text: Text | str) -> None:
        with contextlib.suppress(NoMatches):
            self.bar.set_status(text)

    async def redisplay(self) -> None:
        """Hand the current data to freshly composed widgets (after a layout change)."""
        if self.result is not None:
            self._show_result(self.result)
        if self.view is not None:
            await self._show_article(self.view)

    # --- searching -----------------------------------------------------------------

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id != "query":
            return
        self.query_text = event.value
        self._schedule()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "focus_search":  # "/" is text in a box (a query like 22/22), a no-op elsewhere
            return isinstance(self.screen, MainScreen) and not isinstance(self.focused, Input)
        if action == "open_result":
            return isinstance(self.focused, ResultsTable) and self.focused.current_id is not None
        return True

    def action_open_result(self) -> None:
        if isinstance(self.focused, ResultsTable) and self.focused.current_id is not None:
            self._open(self.focused.current_id)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the search box: search now (unless this text is already searched), then the results."""
        if event.input.id == "query":
            if self._timer is not None or self._searching != self._query():
                self._schedule(now=True)
            self.action_focus_results()

    def _schedule(self, now: bool = False) -> None:
        if not self.ready:
            self._pending = True  # searched once the index is open and the first search has landed
            return
        if self._in_flight:
            self._pending = True
            return
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        wait = 0.0 if now else self._debounce - (time.monotonic() - self._last_start)
        if wait <= 0:
            self._start_search()
        else:
            self._timer = self.set_timer(wait, self._start_search)

    def _start_search(self) -> None:
        self._timer = None
        self._in_flight = True
        self._pending = False
        self._last_start = time.monotonic()
        self._seq += 1
        self._searching = query = self._query()
        self._search_worker(self._seq, query)

    def _query(self) -> Query:
        return Query(self.query_text, self.filters, self.sort, limit=self.options.limit)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search_worker(self, seq: int, query: Query) -> None:
        def early(result: SearchResult) -> None:
            if self._pending:  # the user typed on: neither these hits nor the counts are wanted
                raise _Overtaken
            self.post_message(SearchDone(seq, result, partial=True))

        try:
            # the hits are posted as soon as they exist; the facet counts follow
            result = self.service.search(query, early=early)
            self.post_message(SearchDone(seq, result))
        except _Overtaken:
            self.post_message(SearchDropped(seq))
        except BriefingError as exc:
            self.post_message(SearchFailed(seq, exc))
        except Exception as exc:  # never a traceback on screen
            self.post_message(SearchFailed(seq, BriefingError(str(exc) or type(exc).__name__)))

    def on_search_done(self, message: SearchDone) -> None:
        if message.partial:
            if message.seq == self._seq:
                self._show_result(message.result, facets=False)
                self._painting = message.seq
            return
        if message.seq == self._painting:
            # let the hits reach the screen before the heavier facet re-layout
            self._painting = -1
            self.call_after_refresh(self.on_search_done, message)
            return
        self._landed()
        if message.seq != self._seq:
            return  # a stale answer to an older query
        self.result = message.result
        self._show_result(message.result)
        if self.view is not None and self._searching is not None and self._view_text != self._searching.text:
            # the open article is lit up for the new text; the same text keeps the reader as it is
            # (and the hit the user stepped to)
            self._load_article(self.view.article.id)
        if self.options.exit_when_ready:
            self.call_after_refresh(self.exit)  # once the results are painted

    def on_search_dropped(self, message: SearchDropped) -> None:
        self._landed()  # the newer text is searched at once

    def on_search_failed(self, message: SearchFailed) -> None:
        self._landed()
        if message.seq != self._seq:
            return
        if isinstance(message.error, QuerySyntaxError):
            self.status(safe_line(self.t("status.query_error", message=message.error.message), style="bold red"))
        else:
            self._report(message.error)

    def _landed(self) -> None:
        self._in_flight = False
        if not self.ready:
            # The open index, the widgets and the caches live as long as the app; a full
            # collection walking them all paused typing for 70–90 ms every few searches.
            gc.freeze()
        self.ready = True
        if self._pending:
            self._schedule()

    def _show_result(self, result: SearchResult, facets: bool = True) -> None:
        """The hits and status; with ``facets``, the counts too (a partial result has none yet)."""
        screen = self._main()
        try:
            table = screen.query_one(ResultsTable)
            if table.result is not None and table.result.hits is result.hits:
                table.result = result  # the same hits, painted from the partial result
            else:
                table.show(result)
            if facets:
                screen.query_one(FacetPanel).show(result.facets, self.filters)
            screen.query_one(ChipBar).filters = self.filters
        except NoMatches:
            return
        self.status(self._status_text(result))
        self.sub_title = self.t("app.subtitle", count=f"{result.total:,}")

    def _status_text(self, result: SearchResult) -> Text:
        ms = f"{result.elapsed_ms:.0f}" if self.options.show_elapsed else "–"
        if not result.total:
            text = Text(self.t("status.no_results"), style="bold")
            if result.suggestion:
                text.append("  ")
                text.append_text(safe_line(self.t("status.did_you_mean", text=result.suggestion), style="italic"))
            return text
        key = "status.results_relaxed" if result.relaxed else "status.results"
        text = Text(self.t(key, count=f"{result.total:,}", ms=ms), style="bold")
        if result.suggestion:
            text.append("  ")
            text.append_text(safe_line(self.t("status.add_diacritics", text=result.suggestion), style="italic"))
        sort_label = self.t(f"sort.{self.sort}")
        text.append(f"  · {sort_label}", style="dim")
        return text

    # --- reading ----------------------------------------------------------------------

    def on_open_article(self, message: OpenArticle) -> None:
        self._open(message.article_id)

    def _open(self, article_id: str) -> None:
        self._opening, self._steps = True, 0
        self._load_article(article_id, focus=True)

    def _load_article(self, article_id: str, focus: bool = False) -> None:
        self._article_worker(article_id, self.query_text, focus)

    @work(thread=True, exclusive=True, group="article", exit_on_error=False)
    def _article_worker(self, article_id: str, query_text: str, focus: bool) -> None:
        try:
            view = self.service.article_view(article_id, query_text)
        except QuerySyntaxError:
            view = self.service.article_view(article_id, "")
        except BriefingError as exc:
            self.post_message(WorkFailed(exc))
            return
        except Exception as exc:
            self.post_message(WorkFailed(exc))
            return
        self.post_message(ArticleLoaded(view, query_text, focus))

    async def on_article_loaded(self, message: ArticleLoaded) -> None:
        self._view_text = message.query_text
        await self._show_article(message.view, message.focus)
        if message.focus:
            self._opening, steps, self._steps = False, self._steps, 0
            for _ in range(abs(steps)):
                self._step(1 if steps > 0 else -1)

    async def _show_article(self, view: ArticleView, focus: bool = False) -> None:
        self.view = view
        screen = self._main()
        try:
            reader = screen.query_one(Reader)
            await reader.show(view)
            screen.query_one(FiguresPanel).show(view.article)
        except NoMatches:
            return
        if focus:
            self.action_tab("tab-article")
            self._focus(reader)
        pending, self._figure_after_open = self._figure_after_open, None
        if pending is not None:
            self.action_tab("tab-article")
            reader.show_figure(pending)

    def on_figure_chosen(self, message: FigureChosen) -> None:
        if self.view is not None and message.article_id in (None, self.view.article.id):
            self.action_tab("tab-article")
            self._main().query_one(Reader).show_figure(message.figure)
        elif message.article_id is not None:
            self._figure_after_open = message.figure
            self._load_article(message.article_id)

    # --- filters -----------------------------------------------------------------------

    def on_filters_changed(self, message: FiltersChanged) -> None:
        self.filters = message.filters
        self._schedule(now=True)

    # --- indexing ----------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="index", exit_on_error=False)
    def _index_worker(self, rebuild: bool) -> None:
        def progress(phase: str, done: int, total: int | None) -> None:
            self.post_message(IndexProgress(phase, done, total))

        try:
            self.post_message(IndexDone(self.service.index(None, rebuild=rebuild, progress=progress)))
        except Exception as exc:  # reported in the app, never raised into it
            self.post_message(WorkFailed(exc))

    def on_index_progress(self, message: IndexProgress) -> None:
        if message.phase == "index" and message.total:
            self.bar.set_progress(message.done, message.total)
            self.status(self.t("status.indexing", done=message.done, total=message.total))

    def on_index_done(self, message: IndexDone) -> None:
        r = message.report
        self.bar.set_progress(None, None)
        self.notify(
            self.t("status.indexed", added=r.added, updated=r.updated, removed=r.removed, skipped=len(r.skipped)),
            timeout=4,
            markup=False,
        )
        self.ready = True
        self._view_text = None  # the open article may have changed: read it again with the results
        self._schedule(now=True)

    def on_work_failed(self, message: WorkFailed) -> None:
        self._opening, self._steps = False, 0
        with contextlib.suppress(NoMatches):
            self.bar.set_progress(None, None)
        self._report(message.error)
        self.ready = self._index_ok()

    def _index_ok(self) -> bool:
        """Whether the index can be searched; a status that raises (a damaged ``meta.json``) is
        reported, not raised into the handler that asked."""
        try:
            return self.service.status() == "ok"
        except Exception as exc:
            self._report(exc)
            return False

    def _report(self, error: BaseException) -> None:
        if isinstance(error, BriefingError):
            self._notify_error(error.message, error.title)
        else:
            self._notify_error(self.t("error.unexpected", message=str(error) or type(error).__name__))

    def _notify_error(self, message: str, title: str = "") -> None:
        # notify() parses its message as markup: "[/]" in a query would raise inside the toast
        self.notify(one_line(message), title=one_line(title), severity="error", timeout=8, markup=False)

    # --- actions ---------------------------------------------------------------------

    def _focus(self, widget: Any) -> None:
        """Focus at once: ``Widget.focus()`` waits its turn in the queue, so keys already typed
        behind "/" would still go to the old widget ("/quy" typed fast would quit on its "q")."""
        widget.screen.set_focus(widget)

    def action_focus_search(self) -> None:
        self._focus(self._main().query_one("#query", Input))

    def action_focus_results(self) -> None:
        self.action_tab("tab-results")
        self._focus(self._main().query_one(ResultsTable))

    def action_back(self) -> None:
        """esc: from the search box, the reader, the figures or the filters back to the results."""
        if not isinstance(self.focused, ResultsTable):
            self.action_focus_results()

    def action_next_hit(self) -> None:
        self._step(1)

    def action_prev_hit(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if self._opening:  # Enter then n, typed faster than the article is read
            self._steps += direction
            return
        reader = self._main().query_one(Reader)
        if reader.view is not None:
            self.action_tab("tab-article")
            reader.step_hit(direction)

    def action_toggle_filters(self) -> None:
        screen = self._main()
        mode = getattr(screen, "mode", "wide")
        if mode == "narrow":
            self.action_tab("tab-filters")
        elif mode == "medium":
            screen.toggle_class("-show-filters")
        else:
            screen.toggle_class("-hide-filters")

    def action_toggle_figures(self) -> None:
        screen = self._main()
        mode = getattr(screen, "mode", "wide")
        if mode == "wide":
            screen.toggle_class("-hide-figures")
        else:
            self.action_tab("tab-figures")
            self._focus(screen.query_one(FiguresPanel))

    def action_tab(self, pane: str) -> None:
        screen = self._main()
        for tabs in screen.query(TabbedContent):
            if tabs.query(f"#{pane}"):
                tabs.active = pane

    def action_clear_filters(self) -> None:
        if not self.filters.empty:
            self.post_message(FiltersChanged(Filters()))

    def action_toggle_sort(self) -> None:
        self.sort = "date" if self.sort == "relevance" else "relevance"
        self._schedule(now=True)

    def action_accept_suggestion(self) -> None:
        if self.result is not None and self.result.suggestion:
            box = self._main().query_one("#query", Input)
            box.value = self.result.suggestion
            box.cursor_position = len(box.value)

    def action_help(self) -> None:
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.t))

    def action_all_figures(self) -> None:
        if self.result is not None:
            self._figures_worker([h.id for h in self.result.hits])

    @work(thread=True, exclusive=True, group="figures", exit_on_error=False)
    def _figures_worker(self, ids: list[str]) -> None:
        try:
            articles = [self.service.article(i) for i in ids]
        except Exception as exc:
            self.post_message(WorkFailed(exc))
            return
        self.call_from_thread(self.push_screen, AllFiguresScreen(self.t, articles))

    def action_reindex(self) -> None:
        self.status(self.t("status.indexing_start"))
        self.bar.set_progress(0, None)
        self._index_worker(rebuild=False)

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        t = self.t
        yield SystemCommand(t("cmd.reindex"), t("cmd.reindex_help"), self.action_reindex)
        yield SystemCommand(t("cmd.clear"), t("cmd.clear_help"), self.action_clear_filters)
        yield SystemCommand(t("cmd.filters"), t("cmd.filters_help"), self.action_toggle_filters)
        yield SystemCommand(t("cmd.figures"), t("cmd.figures_help"), self.action_toggle_figures)
        yield SystemCommand(t("cmd.all_figures"), t("cmd.all_figures_help"), self.action_all_figures)
        yield SystemCommand(t("cmd.sort"), t("cmd.sort_help"), self.action_toggle_sort)
        yield SystemCommand(t("cmd.theme"), t("cmd.theme_help"), self.action_toggle_theme)
        yield SystemCommand(t("cmd.help"), t("cmd.help_help"), self.action_help)
        yield from super().get_system_commands(screen)


def with_filters(filters: Filters, **changes: Any) -> Filters:
    return dataclasses.replace(filters, **changes)
