"""Provides the yes/no question the app asks before it destroys something (a file, the picks).

The question may quote data (a path), so it is given as ``Text`` and shown as such. ``y`` or
the first button answers yes; ``n``, ``esc`` or the second button no, so a stray Enter on a
question about replacing a file never replaces it unless the yes button has the focus.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from .. import keys
from ..i18n import Translator


class ConfirmScreen(ModalScreen[bool]):
    DEFAULT_CSS = """
    ConfirmScreen { align: center middle; }
    ConfirmScreen > Vertical { width: 72; max-width: 95%; height: auto; border: round $warning;
        background: $surface; padding: 1 2; }
    ConfirmScreen Horizontal { height: auto; margin: 1 0 0 0; }
    ConfirmScreen Button { margin: 0 2 0 0; }
    """

    def __init__(self, t: Translator, question: Text, yes: str, no: str) -> None:
        super().__init__(id="confirm")
        self.t = t
        self._question = question
        self._yes, self._no = yes, no
        keys.bind(self, t, "confirm")

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self._question, id="confirm-question")
            with Horizontal():
                yield Button(Text(self._yes), id="confirm-yes", variant="warning")
                yield Button(Text(self._no), id="confirm-no", variant="primary")

    def on_mount(self) -> None:
        self.query_one("#confirm-no", Button).focus()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(event.button.id == "confirm-yes")

    def action_yes(self) -> None:
        self.dismiss(True)

    def action_no(self) -> None:
        self.dismiss(False)
