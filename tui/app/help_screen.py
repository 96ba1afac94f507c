"""Provides the help screen: every key of the reader (from tui/keys.py), in the UI language, and the query grammar.

"/" closes it and goes straight to the search box (the keys typed behind it are the query).
"""

from __future__ import annotations

from collections.abc import Callable

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from .. import keys
from ..i18n import Translator


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 76; max-width: 95%; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 1 2; }
    """

    def __init__(self, t: Translator, on_search: Callable[[], None] | None = None) -> None:
        super().__init__(id="help")
        self.t = t
        self._on_search = on_search
        keys.bind(self, t, "help")

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        for shown, label in keys.help_rows():
            table.add_row(Text(shown), Text(self.t(label)))
        with VerticalScroll():
            yield Static(Text(self.t("help.title"), style="bold"))
            yield Static(table)
            yield Static(Text("\n" + self.t("help.grammar"), style="italic"))
            yield Static(Text("\n" + self.t("help.close"), style="dim"))

    def action_close(self) -> None:
        self.dismiss(None)

    def action_search(self) -> None:
        self.dismiss(None)  # the main screen is active again at once
        if self._on_search is not None:
            self._on_search()
