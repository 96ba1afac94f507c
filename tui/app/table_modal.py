"""Provides ``TableModal``: a modal screen around one table, whose ``down``/``up``/``close`` actions
move that table's cursor and close the screen with no answer.

Why a base class: the all-figures view and the article lists (picked, a story's copies) bind
j / k / esc to these actions (``keys.py``, each in its own scope); one definition keeps them alike.
"""

from __future__ import annotations

from typing import TypeVar

from textual.screen import ModalScreen
from textual.widgets import DataTable

T = TypeVar("T")


class TableModal(ModalScreen[T]):
    def action_down(self) -> None:
        self.query_one(DataTable).action_cursor_down()

    def action_up(self) -> None:
        self.query_one(DataTable).action_cursor_up()

    def action_close(self) -> None:
        self.dismiss(None)
