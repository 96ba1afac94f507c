"""Provides how the app tells the user what happened: one line, shown as text, never a traceback.

Every screen and dialog reports the same way, so a message quoting data (a query, a path,
an id, a saved search's name) is never read as markup (``notify`` parses its message: "[/]"
in a query raised inside the toast) and never spans lines or carries a control character.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing_tui.search import BriefingError, one_line

if TYPE_CHECKING:
    from textual.app import App

    from ..i18n import Translator


def error_message(error: BaseException, t: Translator) -> tuple[str, str]:
    """(message, title) of an error: a ``BriefingError`` says its own; anything else is "Something went wrong"."""
    if isinstance(error, BriefingError):
        return error.message, error.title
    return t("error.unexpected", message=str(error) or type(error).__name__), ""


def notify_error(app: App[object], t: Translator, error: BaseException) -> str:
    """An error as a toast; the message shown."""
    message, title = error_message(error, t)
    warn(app, message, title)
    return message


def warn(app: App[object], message: str, title: str = "") -> None:
    """Something that went wrong: shown each time (an action refused again says so again)."""
    app.notify(one_line(message), title=one_line(title), severity="error", timeout=8, markup=False)


def tell(app: App[object], message: str, title: str = "", timeout: float = 5) -> None:
    """Something that went well or a key's answer (a file written, "no other article tells this story"), once while
    it shows: a key pressed again while its answer is on screen ("o" typed five times into the results by a user who
    meant to search) had stacked five identical toasts over the screen (session 62, seen in tmux)."""
    message, title = one_line(message), one_line(title)
    if any(n.message == message and n.title == title and n.severity == "information"
           for n in getattr(app, "_notifications", ())):  # (Textual's live notifications; expired ones are reaped)
        return
    app.notify(message, title=title, timeout=timeout, markup=False)
