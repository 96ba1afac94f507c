"""Provides the help screen: every key of the reader, in the UI language, and the query grammar."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..i18n import Translator

KEYS = [
    ("/", "key.search"),
    ("enter", "key.open"),
    ("esc", "key.back"),
    ("n / N", "key.next_hit"),
    ("j / k", "key.down"),
    ("f", "key.filters"),
    ("g", "key.figures"),
    ("a", "key.all_figures"),
    ("x", "key.clear"),
    ("s", "key.sort"),
    ("ctrl+y", "key.accept"),
    ("1–4", "key.tab"),
    ("F1 / ?", "key.help"),
    ("ctrl+p", "key.palette"),
    ("q", "key.quit"),
]


class HelpScreen(ModalScreen[None]):
    DEFAULT_CSS = """
    HelpScreen { align: center middle; }
    HelpScreen > VerticalScroll { width: 76; max-width: 95%; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 1 2; }
    """
    BINDINGS = [
        Binding("escape", "dismiss", "close"),
        Binding("f1", "dismiss", "close", show=False),
        Binding("question_mark", "dismiss", "close", show=False),
    ]

    def __init__(self, t: Translator) -> None:
        super().__init__(id="help")
        self.t = t

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold")
        table.add_column()
        for key, label in KEYS:
            table.add_row(key, self.t(label))
        with VerticalScroll():
            yield Static(Text(self.t("help.title"), style="bold"))
            yield Static(table)
            yield Static(Text("\n" + self.t("help.grammar"), style="italic"))
            yield Static(Text("\n" + self.t("help.close"), style="dim"))

    def action_dismiss(self) -> None:  # type: ignore[override]
        self.dismiss(None)
