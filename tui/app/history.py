"""Provides the search box's memory: earlier queries recalled with up/down, and suggested as you type.

The queries are the core's ``QueryHistory`` (a file in the user data directory, capped, no
repeats). A query is remembered when it was meant: Enter in the search box, or an article
opened from its results; the text typed on the way there is not. Up in the box goes back
through them as a shell does (the text being typed is kept, and down comes back to it); down
with nothing recalled still goes to the results. As you type, the newest earlier query that
starts with the text is suggested inline (right arrow or End accepts it); the "did you mean"
suggestion stays on the status line (ctrl+y), so the two never compete for the box.

With ``ui.history: false`` there is no history at all: nothing is read or written, up does
nothing, nothing is suggested.
"""

from __future__ import annotations

from textual.suggester import Suggester

from briefing_tui.search import QueryHistory


class HistorySuggester(Suggester):
    """The newest earlier query that starts with what is typed (case aside), completing it as typed."""

    def __init__(self, history: QueryHistory) -> None:
        super().__init__(use_cache=False, case_sensitive=True)  # the history changes; case is ours to fold
        self.history = history

    async def get_suggestion(self, value: str) -> str | None:
        if not value.strip():
            return None
        typed = value.casefold()
        for query in self.history.newest_first():
            if len(query) > len(value) and query[: len(value)].casefold() == typed:
                return value + query[len(value):]
        return None


class SearchHistory:
    """The history as the search box uses it: remember, recall (older/newer), suggest, clear."""

    def __init__(self, enabled: bool, store: QueryHistory | None = None) -> None:
        self.store = (store or QueryHistory.default()) if enabled else None
        self.suggester = HistorySuggester(self.store) if self.store is not None else None
        self._at = -1  # the recalled query's place, newest first; -1: nothing recalled
        self._draft = ""  # what was typed before the first up
        self._shown: str | None = None

    @property
    def enabled(self) -> bool:
        return self.store is not None

    @property
    def problem(self) -> str | None:
        """Why the file was set aside (damaged), to be said once."""
        return self.store.problem if self.store is not None else None

    def remember(self, query: str) -> None:
        """Keep ``query`` (the core skips blanks and over-long ones); raises when the file cannot be written."""
        self.reset()
        if self.store is not None:
            self.store.add(query)

    def clear(self) -> None:
        self.reset()
        if self.store is not None:
            self.store.clear()

    def older(self, current: str) -> str | None:
        """The query before the one shown (the first up keeps ``current`` to come back to); None at the end."""
        if self.store is None:
            return None
        queries = self.store.newest_first()
        if self._at < 0:
            self._draft = current
        at = self._at + 1
        while at < len(queries) and queries[at] == current:
            at += 1  # the same text again is not a step back
        if at >= len(queries):
            return None
        self._at = at
        self._shown = queries[at]
        return self._shown

    def newer(self) -> str | None:
        """The query after the one shown, or the text typed before up; None when nothing is recalled."""
        if self.store is None or self._at < 0:
            return None
        self._at -= 1
        self._shown = self.store.newest_first()[self._at] if self._at >= 0 else self._draft
        return self._shown

    def typed(self, value: str) -> None:
        """The box changed: typing (not a recall) ends the recall, and the next up starts from the newest."""
        if value != self._shown:
            self.reset()

    def reset(self) -> None:
        self._at, self._shown = -1, None
