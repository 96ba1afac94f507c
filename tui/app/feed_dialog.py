"""Provides the small dialog that asks for a feed or a file to add (the palette's "Add a feed or page").

An http(s) address, or the path of a feed file, a saved page, a PDF/DOCX or a folder, one line; Enter indexes it in a worker (the app
never waits on the network: the fetch is bounded at 30 s and runs in ``IndexKeeping``'s
worker), esc cancels. To follow it on every ``index`` run, list it under ``corpus.feeds``.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from briefing_tui.search import one_line

from .. import keys
from ..i18n import Translator
from ..render import Inert
from .search_bar import OrderedInput

MAX_ADDRESS = 2000


class AddFeedDialog(ModalScreen[str | None]):
    DEFAULT_CSS = """
    AddFeedDialog { align: center middle; }
    AddFeedDialog > Vertical { width: 80; max-width: 95%; height: auto; border: round $accent;
        background: $surface; padding: 0 1; }
    AddFeedDialog #feed-note { height: auto; }
    """

    def __init__(self, t: Translator) -> None:
        super().__init__(id="add-feed")
        self.t = t
        keys.bind(self, t, "save")  # the same keys: Enter adds, esc cancels

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(Text(self.t("feed.dialog_title"), style="bold"))
            yield OrderedInput("", placeholder="https://…/rss", id="feed-address", highlighter=Inert(),
                               max_length=MAX_ADDRESS)
            yield Static(Text(self.t("feed.dialog_help"), style="dim"), id="feed-note")

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        address = one_line(event.value).strip()
        if not address:
            return
        self.dismiss(address)

    def action_cancel(self) -> None:
        self.dismiss(None)
