"""Provides the search bar: the query input, the status line and an indexing progress bar."""

from __future__ import annotations

import unicodedata

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, ProgressBar, Static

from ..render import Inert, safe_line


class SearchBar(Vertical):
    """The query box (its value is always NFC) and one line of status beneath it."""

    DEFAULT_CSS = """
    SearchBar { height: auto; }
    SearchBar #query { width: 1fr; }
    SearchBar #status-row { height: 1; padding: 0 1; }
    SearchBar #status { width: 1fr; height: 1; }
    SearchBar #progress { width: 40; display: none; }
    SearchBar.-indexing #progress { display: block; }
    """

    def __init__(self, placeholder: str, value: str = "", cursor_blink: bool = True) -> None:
        super().__init__(id="searchbar")
        self._placeholder = placeholder
        self._value = value
        self._blink = cursor_blink

    def compose(self) -> ComposeResult:
        yield Input(value=self._value, placeholder=self._placeholder, id="query", highlighter=Inert())
        with Horizontal(id="status-row"):
            yield Static("", id="status", markup=False)
            yield ProgressBar(total=None, show_eta=False, id="progress")

    def on_mount(self) -> None:
        self.query_one("#query", Input).cursor_blink = self._blink

    def on_input_changed(self, event: Input.Changed) -> None:
        # the cursor moves per code point: decomposed (NFD) text would misbehave
        if not unicodedata.is_normalized("NFC", event.value):
            box = event.input
            box.value = unicodedata.normalize("NFC", event.value)
            box.cursor_position = len(box.value)

    def set_status(self, text: Text | str) -> None:
        """One line of status; a ``str`` may quote a query, so it is data, shown literally."""
        shown = safe_line(text) if isinstance(text, str) else text
        self.query_one("#status", Static).update(shown, layout=False)  # one fixed line: a repaint, no re-layout

    def set_progress(self, done: int | None, total: int | None) -> None:
        self.set_class(done is not None, "-indexing")
        bar = self.query_one("#progress", ProgressBar)
        if done is not None:
            bar.update(total=total, progress=done)
