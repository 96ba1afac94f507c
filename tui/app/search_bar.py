"""Provides the search bar: the query box, the status line, the count of picks and an indexing progress bar.

The box's own editing keys (Backspace, ctrl+u, Enter, the arrows…) act in the order they were
typed. Textual runs a focused widget's bindings only after the key has bubbled up to the
app, behind the keys already routed to the box: "/", Backspace, "alpha" typed in one
burst gave "alph", and "/", ctrl+u, a query gave an empty box. ``QueryBox`` runs them as the
key reaches it.
"""

from __future__ import annotations

import unicodedata

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.reactive import var
from textual.suggester import Suggester
from textual.widgets import Input, ProgressBar, Static

from ..i18n import Translator
from ..render import Inert


class OrderedInput(Input):
    """An ``Input`` whose bound keys act in typing order (the dialogs' boxes too: ctrl+u then a path,
    sent in one burst, emptied the box after the path was typed)."""

    async def _on_key(self, event: events.Key) -> None:
        if event.is_printable:
            return  # Input inserts it
        for binding in self._bindings.key_to_bindings.get(event.key, ()):
            if await self.app.run_action(binding.action, self):
                event.stop()
                event.prevent_default()  # Input's own handler, and the app's second look at the key
                return


class QueryBox(OrderedInput):
    """The search box: bound keys in typing order; its value is always NFC."""

    def _on_input_changed(self, event: Input.Changed) -> None:
        # the cursor moves per code point: decomposed (NFD) text would misbehave
        if not unicodedata.is_normalized("NFC", event.value):
            self.value = unicodedata.normalize("NFC", event.value)
            self.cursor_position = len(self.value)


Progress = tuple[int, int | None]
"""(done, total) of an indexing run; total None while it is unknown."""


class SearchBar(Vertical):
    """The query box and one line of status beneath it, from the ``status`` and ``progress`` it is given."""

    DEFAULT_CSS = """
    SearchBar { height: auto; }
    SearchBar #query { width: 1fr; }
    SearchBar #status-row { height: 1; padding: 0 1; }
    SearchBar #status { width: 1fr; height: 1; }
    SearchBar #progress { width: 40; display: none; }
    SearchBar.-indexing #progress { display: block; }
    SearchBar #picked { width: auto; height: 1; display: none; margin: 0 0 0 2; }
    SearchBar.-picked #picked { display: block; }
    """

    status: var[Text] = var(Text, always_update=True)
    """One line; it may quote a query, so it is ``Text`` built from sanitised data, never markup."""
    progress: var[Progress | None] = var(None)
    picks: var[tuple[object, ...]] = var(tuple)
    """The picks of the draft briefing: "picked 3" at the end of the status line."""

    def __init__(self, t: Translator, value: str = "", cursor_blink: bool = True, suggester: Suggester | None = None) -> None:
        super().__init__(id="searchbar")
        self.t = t
        self._value = value
        self._blink = cursor_blink
        self._suggester = suggester

    def compose(self) -> ComposeResult:
        yield QueryBox(value=self._value, placeholder=self.t("search.placeholder"), id="query", highlighter=Inert(),
                       suggester=self._suggester)
        with Horizontal(id="status-row"):
            yield Static("", id="status", markup=False)
            yield Static("", id="picked", markup=False)
            yield ProgressBar(total=None, show_eta=False, id="progress")

    def on_mount(self) -> None:
        self.query_one(QueryBox).cursor_blink = self._blink
        self.watch_picks(self.picks)

    def watch_picks(self, picks: tuple[object, ...]) -> None:
        if not self.is_mounted:
            return
        self.set_class(bool(picks), "-picked")
        counter = Text(self.t("status.picked", count=len(picks)), style="bold") if picks else Text("")
        self.query_one("#picked", Static).update(counter)

    def watch_status(self, text: Text) -> None:
        if self.is_mounted:
            self.query_one("#status", Static).update(text, layout=False)  # one fixed line: a repaint, no re-layout

    def watch_progress(self, progress: Progress | None) -> None:
        if not self.is_mounted:
            return
        self.set_class(progress is not None, "-indexing")
        if progress is not None:
            done, total = progress
            self.query_one("#progress", ProgressBar).update(total=total, progress=done)
