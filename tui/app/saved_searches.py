"""Provides the user's saved searches in the app: loading, saving, counting and running them.

They live in ``saved-searches.yaml`` in the user config directory (the core's
``SavedSearches``; a person may edit it). A broken file is one notification naming the file
and the fix, and the app starts without them (saving then refuses to overwrite it).

Each search is shown with how many articles it matches now and how many of those are new
since the user last ran it (``SearchService.count`` against the watermark kept when it ran).
Counting reads the index, so it runs in a worker, after the first results are on screen,
again after an indexing run, a save or a run. Running one sets the query text, the filters
and the sort, searches, and keeps the index's watermark as its last run.

The keeper holds no state the screen shows: it hands each new list of ``SavedEntry`` to the
screen (its ``saved`` reactive, bound to the filters pane; the palette reads it too).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from briefing_tui.search import Count, Filters, Query, SavedSearch, SavedSearches, SavedSearchesError, SearchService

from ..i18n import Translator
from .messages import SavedCounted, SavedRun
from .notices import error_message, tell, warn

if TYPE_CHECKING:
    from textual.screen import Screen


@dataclass(frozen=True)
class SavedEntry:
    """A saved search as the app shows it: with its counts once they are known, or why they cannot be."""

    search: SavedSearch
    count: Count | None = None
    problem: str | None = None

    @property
    def name(self) -> str:
        return self.search.name


def saved_filters(filters: Filters) -> dict[str, tuple[str, ...]]:
    """The filters as a saved search writes them (values as the query grammar writes them)."""
    values = {
        "province": filters.provinces,
        "written": filters.written,  # provinces as the articles write them
        "official": filters.officials,
        "source": filters.sources,
        "date": tuple(r.label for r in filters.dates if r.label),
    }
    return {key: tuple(v) for key, v in values.items() if v}


def count_words(entry: SavedEntry, t: Translator) -> str:
    """"12 articles · 3 new since you last ran it", for the palette."""
    if entry.problem:
        return entry.problem
    if entry.count is None:
        return t("saved.counting")
    total = t("count.articles", count=f"{entry.count.total:,}")
    if entry.count.new is None:
        return f"{total} · {t('saved.never_run')}"
    return f"{total} · {t('saved.new_since', count=entry.count.new)}"


class SavedSearchKeeper:
    """The main screen's saved searches; ``changed`` gets every new list."""

    def __init__(self, screen: Screen[Any], service: SearchService, t: Translator,
                 changed: Callable[[tuple[SavedEntry, ...]], None], book: SavedSearches | None = None) -> None:
        self.screen = screen
        self.service = service
        self.t = t
        self.book = book or SavedSearches.default()
        self._changed = changed
        self.entries: tuple[SavedEntry, ...] = ()

    def load(self) -> None:
        """Read the file (small: on the UI thread, at start); a broken one is said, with its fix."""
        try:
            searches = self.book.load()
        except Exception as exc:
            message, _title = error_message(exc, self.t)
            warn(self.screen.app, message, self.t("saved.title"))
            searches = []
        self._set(tuple(SavedEntry(s) for s in searches))

    def _set(self, entries: tuple[SavedEntry, ...]) -> None:
        self.entries = entries
        self._changed(entries)

    def find(self, name: str) -> SavedEntry | None:
        return next((e for e in self.entries if e.name == name), None)

    # --- counting and running, in a worker ------------------------------------------------------

    def count_all(self) -> None:
        if self.entries:
            searches = [e.search for e in self.entries]
            self.screen.run_worker(lambda: self._count(searches), thread=True, group="saved", exclusive=True,
                                   exit_on_error=False)

    def _count(self, searches: list[SavedSearch]) -> None:
        entries = []
        for search in searches:
            try:
                query = self.service.saved_query(search)
                entries.append(SavedEntry(search, self.service.count(query, since=self.book.last_watermark(search.name))))
            except Exception as exc:  # an unknown province, a bad date: shown with the search
                entries.append(SavedEntry(search, None, error_message(exc, self.t)[0]))
        self.screen.post_message(SavedCounted(tuple(entries)))

    def counted(self, entries: tuple[SavedEntry, ...]) -> None:
        """Counts landed; searches saved or deleted meanwhile keep their place (and are counted next time)."""
        fresh = {e.name: e for e in entries}

        def merged(entry: SavedEntry) -> SavedEntry:
            new = fresh.get(entry.name)
            return new if new is not None and new.search == entry.search else entry

        self._set(tuple(merged(e) for e in self.entries))

    def run(self, name: str) -> None:
        entry = self.find(name)
        if entry is not None:
            self.screen.run_worker(lambda: self._run(entry.search), thread=True, group="saved-run", exclusive=True,
                                   exit_on_error=False)

    def _run(self, search: SavedSearch) -> None:
        try:
            query = self.service.saved_query(search)
            count = self.service.count(query)
            self.book.mark_run(search.name, count.watermark)
        except Exception as exc:
            self.screen.post_message(SavedRun(search.name, None, exc))
            return
        self.screen.post_message(SavedRun(search.name, query))
        self._count([e.search for e in self.entries])

    # --- saving ---------------------------------------------------------------------------------

    def save(self, name: str, query: Query) -> bool:
        """Save the current search under ``name`` (replacing one of that name); whether it was saved."""
        search = SavedSearch(name.strip(), query.text, saved_filters(query.filters), query.sort)
        try:
            self.book.save(search)
        except SavedSearchesError as exc:
            warn(self.screen.app, exc.message, self.t("saved.title"))
            return False
        except Exception as exc:
            message, title = error_message(exc, self.t)
            warn(self.screen.app, message, title)
            return False
        replaced = self.find(search.name) is not None
        kept = tuple(e for e in self.entries if e.name != search.name)
        self._set(kept + (SavedEntry(search),))
        tell(self.screen.app, self.t("saved.replaced" if replaced else "saved.saved", name=search.name),
             self.t("saved.title"))
        self.count_all()
        return True
