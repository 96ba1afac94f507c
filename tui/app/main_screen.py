"""Provides the main screen: it owns the reader's state and runs its workers.

State (reactives): the query text, the filters, the sort, the hits on show, the
latest whole result and its facet counts, the open article, the status line.
Widgets are bound to it (``data_bind``) and render what they are given; they post
messages for what the user asks. The layout follows the terminal's size
(layout.py); a resize into another layout composes the widgets again, and their
bindings hand them the state.

Mixins: the index's keeping (``IndexKeeping``, indexing.py), a story's copies (similar.py); the briefing's
picks, saved searches and the search history are kept by picks.py, saved_searches.py and
history.py, the screen holding their state and binding their keys.

Searching: ``SearchScheduler`` (tui/scheduling.py) decides when a search starts; a thread
worker runs it in two steps through ``SearchRun``: the hits, then (unless a newer query
overtook it or the worker was cancelled) the facet counts and the suggestion. The hits are
painted first and the facet panel's re-layout (30–45 ms on the 20k index) after them.

No error reaches the user as a traceback: they become notifications or the status line,
and no exception escapes an event handler (one would end the app). Messages quote data (a
query, an id, a path), so they are shown on one line with their controls visible, never as
markup.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import TYPE_CHECKING

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.reactive import var
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer, Input, TabbedContent
from textual.worker import get_current_worker

from briefing_tui.search import (
    ArticleView,
    BriefingError,
    Draft,
    Facets,
    Figure,
    Filters,
    Pick,
    Query,
    QuerySyntaxError,
    SearchResult,
    SearchService,
)

from .. import keys
from ..i18n import Translator
from ..render import safe_line, status_line
from ..scheduling import SearchScheduler, Timer
from .chips import ChipBar
from .facet_panel import FacetPanel
from .figures_panel import FiguresPanel
from .history import SearchHistory
from .indexing import IndexKeeping
from .layout import arrange, layout_for
from .messages import (
    ArticleLoaded,
    FigureChosen,
    FiguresLoaded,
    FiltersChanged,
    OpenArticle,
    RunSavedSearch,
    SavedCounted,
    SavedRun,
    SearchDone,
    SearchDropped,
    SearchFailed,
    WorkFailed,
)
from .notices import error_message, tell, warn
from .options import AppOptions
from .picks import Picking
from .reader import Reader
from .results_table import ResultsTable, visible_rows
from .saved_searches import SavedEntry, SavedSearchKeeper
from .search_bar import Progress, QueryBox, SearchBar
from .similar import StoryCopies

if TYPE_CHECKING:
    from .export_dialog import Exported


class MainScreen(IndexKeeping, StoryCopies, Screen[None]):
    """The reader: search box and status, chips, filters, results, article, key figures."""

    query_text: var[str] = var("", init=False)
    filters: var[Filters] = var(Filters, init=False)
    sort: var[str] = var("relevance", init=False)
    hits: var[SearchResult | None] = var(None, always_update=True, init=False)
    """What the results table shows: the latest hits, with or without their facet counts."""
    result: var[SearchResult | None] = var(None, always_update=True, init=False)
    """The latest whole result (hits, facet counts, suggestion)."""
    facets: var[Facets] = var(Facets, init=False)
    view: var[ArticleView | None] = var(None, always_update=True, init=False)
    """The open article, lit up for the query it was read with."""
    status: var[Text] = var(Text, always_update=True, init=False)
    progress: var[Progress | None] = var(None, init=False)
    picks: var[tuple[Pick, ...]] = var(tuple, init=False)
    """The draft briefing's picks (picks.py edits them)."""
    saved: var[tuple[SavedEntry, ...]] = var(tuple, init=False)
    """The saved searches with their counts (saved_searches.py keeps them)."""

    def __init__(self, service: SearchService, t: Translator, options: AppOptions | None = None) -> None:
        super().__init__(id="main-screen")
        self.service = service
        self.t = t
        self.options = options or AppOptions()
        self.mode = "wide"
        self.scheduler = SearchScheduler(self._start_search, self._timer, min_gap=service.config.ui.debounce_ms / 1000)
        self._searching: Query | None = None  # the query of the latest search started
        self._painting = -1  # the search whose hits were just shown, its counts still to be painted
        self._view_text: str | None = None  # the query text the open article is lit up for
        self._submitting = False  # Enter was pressed in the search box; its text is on its way there
        self._open_pending = False  # Enter on a result typed ahead of the results: open the first once they land
        self._opening = False  # an article the user opened is being read from the index
        self._steps = 0  # n/N pressed meanwhile, applied once it is shown
        self._figure_after_open: Figure | None = None
        self.picking = Picking(Draft.default(), self._picks_changed, self._report)
        self.set_reactive(MainScreen.picks, self.picking.picks)
        self.saved_searches = SavedSearchKeeper(self, service, t, self._saved_changed)
        self.history = SearchHistory(service.config.ui.history)
        keys.bind(self, t)

    # --- layout -------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        t = self.t
        self.mode = layout_for(self.app.size.width, self.app.size.height)
        self.set_class(True, f"-{self.mode}")
        yield SearchBar(t, self.query_text, self.options.cursor_blink, self.history.suggester).data_bind(
            MainScreen.status, MainScreen.progress, MainScreen.picks
        )
        yield ChipBar(t).data_bind(MainScreen.filters)
        yield from arrange(
            self.mode,
            t,
            facets=FacetPanel(t).data_bind(MainScreen.facets, MainScreen.filters, MainScreen.saved),
            results=ResultsTable(t).data_bind(MainScreen.picks, result=MainScreen.hits),
            reader=Reader(t).data_bind(MainScreen.view),
            figures=FiguresPanel(t).data_bind(MainScreen.view, MainScreen.picks),
        )
        yield Footer()

    async def on_resize(self) -> None:
        mode = layout_for(self.app.size.width, self.app.size.height)
        if mode != self.mode:
            typing = isinstance(self.focused, QueryBox)
            self.remove_class(f"-{self.mode}")
            await self.recompose()
            self._focus(self.query_one(QueryBox) if typing else self.query_one(ResultsTable))

    def on_mount(self) -> None:
        if self.picking.draft.problem:  # a damaged draft was set aside: said once, the app starts
            warn(self.app, self.picking.draft.problem, self.t("pick.draft_title"))
        if self.history.problem:
            warn(self.app, self.history.problem)
        self.saved_searches.load()  # a broken file is said; the app starts without them
        self.call_after_refresh(self._open_index)

    # --- searching -------------------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        """The index is open and the first search has landed."""
        return self.scheduler.ready

    @property
    def searching(self) -> bool:
        """A search is running, or one is asked for and not started yet."""
        return self.scheduler.busy

    def current_query(self) -> Query:
        """What a search started now would ask: the query text, the filters, the sort."""
        return Query(self.query_text, self.filters, self.sort, limit=self.options.limit)

    def watch_query_text(self) -> None:
        self.scheduler.request()

    def watch_filters(self) -> None:
        self.scheduler.request(now=True)

    def watch_sort(self) -> None:
        self.scheduler.request(now=True)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "query":
            self.query_text = event.value
            self.history.typed(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        """Enter in the search box: search now (unless this text is already searched), then the results."""
        if event.input.id == "query":
            self._submitting = False
            self._remember(event.value)
            if self.scheduler.waiting or self._searching != self.current_query():
                self.scheduler.request(now=True)
            if self.focused is event.input:
                self.action_focus_results()
            self._open_if_pending()

    def on_filters_changed(self, message: FiltersChanged) -> None:
        self.filters = message.filters

    def _timer(self, delay: float, callback: Callable[[], None]) -> Timer:
        return self.set_timer(delay, callback)

    def _start_search(self, ticket: int) -> None:
        self._searching = query = self.current_query()
        self._search_worker(ticket, query, visible_rows(self.query_one(ResultsTable).size.height))

    @work(thread=True, exclusive=True, group="search", exit_on_error=False)
    def _search_worker(self, ticket: int, query: Query, first: int | None = None) -> None:
        """The hits the table shows (``first``), then, unless the search was overtaken or cancelled meanwhile,
        the rest of the page with the facet counts."""
        worker = get_current_worker()
        try:
            run = self.service.start(query, first=first)
            hits = run.hits()
            if worker.is_cancelled or self.scheduler.overtaken(ticket):
                self.post_message(SearchDropped(ticket))  # typed on: nobody will read these
                return
            self.post_message(SearchDone(ticket, hits, partial=True))
            result = run.finish()
            self.post_message(SearchDropped(ticket) if worker.is_cancelled else SearchDone(ticket, result))
        except BriefingError as exc:
            self.post_message(SearchFailed(ticket, exc))
        except Exception as exc:  # never a traceback on screen
            self.post_message(SearchFailed(ticket, BriefingError(str(exc) or type(exc).__name__)))

    def on_search_done(self, message: SearchDone) -> None:
        if message.partial:
            if self.scheduler.is_current(message.ticket):
                self.hits = message.result
                self._painting = message.ticket
            return
        if message.ticket == self._painting:
            # let the hits reach the screen before the heavier facet re-layout
            self._painting = -1
            self.call_after_refresh(self.on_search_done, message)
            return
        if not self._landed(message.ticket):
            return  # a stale answer, or overtaken by the search that just started
        result = message.result
        self.hits = self.result = result
        self.facets = result.facets
        if self._open_pending:
            self._open_if_pending()
        elif self.view is not None and self._view_text != result.query.text:
            # the open article is lit up for the new text; the same text keeps the reader as it is
            # (and the hit the user stepped to)
            self._read_article(self.view.article.id)
        if self.options.exit_when_ready:
            self.call_after_refresh(self.app.exit)  # once the results are painted

    def on_search_dropped(self, message: SearchDropped) -> None:
        self._landed(message.ticket)  # the newer text is searched at once

    def on_search_failed(self, message: SearchFailed) -> None:
        if not self._landed(message.ticket):
            return
        if self._open_pending:  # Enter typed ahead of results that will not come: nothing to open
            self._open_pending = self._opening = False
            self._steps = 0
        if isinstance(message.error, QuerySyntaxError):
            self.status = safe_line(self.t("status.query_error", message=message.error.message), style="bold red")
        else:
            self._report(message.error)

    def _landed(self, ticket: int) -> bool:
        """Search ``ticket`` is over; whether its result is still the one to show."""
        was_ready = self.scheduler.ready
        self.scheduler.landed(ticket)  # may start the search typed meanwhile
        if not was_ready and self.scheduler.ready:
            # The open index, the widgets and the caches live as long as the app; a full
            # collection walking them all paused typing for 70–90 ms every few searches.
            gc.freeze()
            self.saved_searches.count_all()  # behind the first results, never before them
        return self.scheduler.is_current(ticket)

    def watch_hits(self, result: SearchResult | None) -> None:
        if result is not None:
            room = self.size.width - 2 - (14 if self.picks else 0)  # the status row's padding, "picked 3"
            self.status = status_line(result, self.t, self.options.show_elapsed, width=room)

    # --- reading ---------------------------------------------------------------------------------

    def on_open_article(self, message: OpenArticle) -> None:
        self._open(message.article_id)

    def _open(self, article_id: str) -> None:
        self._remember(self.query_text)  # an article read from its results: a query worth recalling
        self._opening, self._steps = True, 0
        self._read_article(article_id, focus=True)

    def _open_if_pending(self) -> None:
        """Enter typed on the results before they were there: open the current one once they are."""
        if not self._open_pending or self._submitting or self.scheduler.busy:
            return
        self._open_pending = False
        article_id = self.query_one(ResultsTable).current_id
        if article_id is None:
            self._opening, self._steps = False, 0
        else:
            self._read_article(article_id, focus=True)  # the n/N typed meanwhile are kept

    def _read_article(self, article_id: str, focus: bool = False) -> None:
        self._article_worker(article_id, self.query_text, focus)

    @work(thread=True, exclusive=True, group="article", exit_on_error=False)
    def _article_worker(self, article_id: str, query_text: str, focus: bool) -> None:
        try:
            try:
                view = self.service.article_view(article_id, query_text)
            except QuerySyntaxError:  # the article unlit while the query is being typed
                view = self.service.article_view(article_id, "")
        except Exception as exc:
            self.post_message(WorkFailed(exc))
            return
        self.post_message(ArticleLoaded(view, query_text, focus))

    def on_article_loaded(self, message: ArticleLoaded) -> None:
        self._view_text = message.query_text
        self.view = message.view
        reader = self.query_one(Reader)
        if message.focus:
            self.action_tab("tab-article")
            self._focus(reader)
        figure, self._figure_after_open = self._figure_after_open, None
        if figure is not None:
            self.action_tab("tab-article")
            reader.show_figure(figure)
        if message.focus:
            self._opening, steps, self._steps = False, self._steps, 0
            for _ in range(abs(steps)):
                self._step(1 if steps > 0 else -1)

    def on_work_failed(self, message: WorkFailed) -> None:
        self._opening, self._steps = False, 0
        self._report(message.error)

    def on_figure_chosen(self, message: FigureChosen) -> None:
        self._show_figure(message.figure, message.article_id)

    def _show_figure(self, figure: Figure, article_id: str | None) -> None:
        if self.view is not None and article_id in (None, self.view.article.id):
            self.action_tab("tab-article")
            self.query_one(Reader).show_figure(figure)
        elif article_id is not None:
            self._figure_after_open = figure
            self._read_article(article_id)

    @work(thread=True, exclusive=True, group="figures", exit_on_error=False)
    def _figures_worker(self, ids: list[str]) -> None:
        try:
            self.post_message(FiguresLoaded([self.service.article(i) for i in ids]))
        except Exception as exc:
            self.post_message(WorkFailed(exc))

    def on_figures_loaded(self, message: FiguresLoaded) -> None:
        def chosen(choice: tuple[Figure, str] | None) -> None:
            if choice is not None:
                self._show_figure(*choice)

        from .figures_screen import AllFiguresScreen  # (the dialogs and screens on a key: imported on it)

        self.app.push_screen(
            AllFiguresScreen(self.t, message.articles, on_search=self.action_focus_search, picking=self.picking), chosen
        )

    # --- errors ----------------------------------------------------------------------------------

    def _report(self, error: BaseException, on_status: bool = False) -> None:
        """A notification (notices.py); ``on_status``: also the status line, where it stays (nothing can be searched)."""
        message, title = error_message(error, self.t)
        warn(self.app, message, title)
        if on_status:
            self.status = safe_line(message, style="bold red")

    # --- actions (tui/keys.py binds them) -----------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "focus_search":  # "/" is text in a box (a query like 22/22)
            return not isinstance(self.focused, Input)
        if action == "recall_older":  # up in the search box; elsewhere up is the widget's
            return isinstance(self.focused, QueryBox) and self.history.enabled
        if action == "pick":  # a result, the open article or a key figure; elsewhere space is the widget's
            return isinstance(self.focused, (ResultsTable, Reader, FiguresPanel))
        if action == "enter":  # elsewhere Enter is the focused widget's (a filter value, a figure)
            return isinstance(self.focused, QueryBox) or (
                isinstance(self.focused, ResultsTable) and (self.focused.current_id is not None or self._waiting())
            )
        return True

    def _focus(self, widget: Widget) -> None:
        """Focus at once: ``Widget.focus()`` waits its turn in the queue, so keys already typed
        behind "/" would still go to the old widget ("/quy" typed fast would quit on its "q")."""
        self.set_focus(widget)

    def action_focus_search(self) -> None:
        self._focus(self.query_one(QueryBox))

    def action_enter(self) -> None:
        """Enter, handled as it arrives (so the keys typed behind it meet the new focus): in the search
        box, to the results and search now, behind the text typed before it; on the results, open one,
        or the first of the results still being searched."""
        focused = self.focused
        if isinstance(focused, QueryBox):
            self._submitting = True
            self.action_focus_results()
            focused.call_later(focused.action_submit)  # after the keys already on their way to the box
        elif isinstance(focused, ResultsTable):
            if self._waiting():
                self._open_pending, self._opening, self._steps = True, True, 0
            elif focused.current_id is not None:
                self._open(focused.current_id)

    def _waiting(self) -> bool:
        """Results for newer input are on their way."""
        return self._submitting or self.scheduler.busy

    def action_down(self) -> None:
        """down: in the search box, back towards the text typed before up; else (or with nothing
        recalled) to the results."""
        recalled = self.history.newer() if isinstance(self.focused, QueryBox) else None
        if recalled is None:
            self.action_focus_results()
        else:
            self._recall(recalled)

    def action_recall_older(self) -> None:
        recalled = self.history.older(self.query_one(QueryBox).value)
        if recalled is not None:
            self._recall(recalled)

    def _recall(self, text: str) -> None:
        box = self.query_one(QueryBox)
        box.value, box.cursor_position = text, len(text)

    def _remember(self, text: str) -> None:
        try:
            self.history.remember(text)
        except Exception as exc:  # a history that cannot be written: said, the search goes on
            self._report(exc)

    def action_clear_history(self) -> None:
        try:
            self.history.clear()
        except Exception as exc:
            self._report(exc)
            return
        tell(self.app, self.t("history.cleared"))

    def action_focus_results(self) -> None:
        self.action_tab("tab-results")
        self._focus(self.query_one(ResultsTable))

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
        reader = self.query_one(Reader)
        if reader.view is not None:
            self.action_tab("tab-article")
            reader.step_hit(direction)

    def action_toggle_filters(self) -> None:
        if self.mode == "narrow":
            self.action_tab("tab-filters")
        elif self.mode == "medium":
            self.toggle_class("-show-filters")
        else:
            self.toggle_class("-hide-filters")

    def action_toggle_figures(self) -> None:
        if self.mode == "wide":
            self.toggle_class("-hide-figures")
        else:
            self.action_tab("tab-figures")
            self._focus(self.query_one(FiguresPanel))

    def action_tab(self, pane: str) -> None:
        for tabs in self.query(TabbedContent):
            if tabs.query(f"#{pane}"):
                tabs.active = pane

    def action_clear_filters(self) -> None:
        self.filters = Filters()

    def action_toggle_sort(self) -> None:
        self.sort = "date" if self.sort == "relevance" else "relevance"

    def action_accept_suggestion(self) -> None:
        if self.result is not None and self.result.suggestion:
            box = self.query_one(QueryBox)
            box.value = self.result.suggestion
            box.cursor_position = len(box.value)

    def action_help(self) -> None:
        from .help_screen import HelpScreen

        self.app.push_screen(HelpScreen(self.t, on_search=self.action_focus_search))

    def action_all_figures(self) -> None:
        if self.result is not None:
            self._figures_worker([h.id for h in self.result.hits])

    # --- the briefing: picks, the picked list, export ----------------------------------------------

    def _picks_changed(self, picks: tuple[Pick, ...]) -> None:
        self.picks = picks

    def action_pick(self) -> None:
        """space: the result under the cursor, the open article, or the key figure under the cursor."""
        focused = self.focused
        if isinstance(focused, ResultsTable) and focused.current_id is not None:
            self.picking.toggle(focused.current_id)
        elif isinstance(focused, Reader) and self.view is not None:
            self.picking.toggle(self.view.article.id)
        elif isinstance(focused, FiguresPanel) and (figure := focused.current_figure) is not None:
            self.picking.toggle(*figure)

    def action_picked(self) -> None:
        def closed(then: str | None) -> None:
            if then == "export":
                self.action_export()

        from .picked_screen import PickedScreen

        self.app.push_screen(PickedScreen(self.t, self.service, self.picking), closed)

    def action_export(self) -> None:
        """e: the export dialog, for the picks or (none picked) the current results."""
        from .export_dialog import ExportDialog

        dialog = ExportDialog(self.t, self.service, self.current_query(), self.picks, self.options.cursor_blink)
        self.app.push_screen(dialog, self._exported)

    # --- saved searches (saved_searches.py) -----------------------------------------------------------

    def _saved_changed(self, entries: tuple[SavedEntry, ...]) -> None:
        self.saved = entries

    def on_saved_counted(self, message: SavedCounted) -> None:
        self.saved_searches.counted(message.entries)

    def on_run_saved_search(self, message: RunSavedSearch) -> None:
        self.saved_searches.run(message.name)

    def on_saved_run(self, message: SavedRun) -> None:
        """A saved search to run: its text in the box, its filters and sort; then the results."""
        if message.query is None:
            self._report(message.error or BriefingError(message.name))
            return
        query = message.query
        box = self.query_one(QueryBox)
        box.value, box.cursor_position = query.text, len(query.text)
        self.query_text, self.filters, self.sort = query.text, query.filters, query.sort
        self.scheduler.request(now=True)
        self.action_focus_results()

    def action_save_search(self) -> None:
        """ctrl+s: the current text, filters and sort, under a name."""
        query = self.current_query()

        def named(name: str | None) -> None:
            if name:
                self.saved_searches.save(name, query)

        from .save_dialog import SaveSearchDialog

        self.app.push_screen(SaveSearchDialog(self.t, query, self.options.cursor_blink), named)

    def _exported(self, exported: Exported | None) -> None:
        if exported is None:
            return
        message = self.t("export.written", count=exported.articles, path=str(exported.path))
        if exported.picked:  # the draft became a briefing: a new one starts
            self.picking.clear()
            message += " " + self.t("export.picks_cleared")
        tell(self.app, message, self.t("export.title"), timeout=10)
