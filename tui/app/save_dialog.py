"""Provides the small dialog that names the current search before it is saved (ctrl+s).

It proposes the query text as the name; Enter saves, esc cancels. A name is one line (the
box shows what was typed with its controls visible), at most 80 characters.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from briefing_tui.search import Query, one_line

from .. import keys
from ..i18n import Translator
from ..render import Inert, safe_line
from .search_bar import OrderedInput

MAX_NAME = 80


class SaveSearchDialog(ModalScreen[str | None]):
    DEFAULT_CSS = """
    SaveSearchDialog { align: center middle; }
    SaveSearchDialog > Vertical { width: 72; max-width: 95%; height: auto; border: round $accent;
        background: $surface; padding: 0 1; }
    SaveSearchDialog #save-what { margin: 0 0 1 0; }
    SaveSearchDialog #save-note { height: auto; }
    """

    def __init__(self, t: Translator, query: Query, cursor_blink: bool = True) -> None:
        super().__init__(id="save-search")
        self.t = t
        self.search_query = query
        self._blink = cursor_blink
        keys.bind(self, t, "save")

    def compose(self) -> ComposeResult:
        q = self.search_query
        what = Text(self.t("saved.dialog_title") + " ", style="bold")
        what.append_text(safe_line(q.text or self.t("export.every_article"), limit=60))
        filters = sum(len(v) for v in (q.filters.provinces, q.filters.officials, q.filters.sources, q.filters.dates))
        what.append(" · " + self.t("saved.filters", count=filters) + " · " + self.t(f"sort.{q.sort}"))
        with Vertical():
            yield Static(what, id="save-what")
            yield OrderedInput(one_line(q.text, MAX_NAME).strip(), placeholder=self.t("saved.name"), id="save-name",
                        highlighter=Inert(), max_length=MAX_NAME)
            yield Static(Text(self.t("saved.dialog_help"), style="dim"), id="save-note")

    def on_mount(self) -> None:
        box = self.query_one(Input)
        box.cursor_blink = self._blink
        box.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        name = one_line(event.value).strip()
        if not name:
            self.query_one("#save-note", Static).update(Text(self.t("saved.no_name"), style="bold red"))
            return
        self.dismiss(name)

    def action_cancel(self) -> None:
        self.dismiss(None)
