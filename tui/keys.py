"""Provides the reader's one key map: every key, what it does, where it is shown.

The main screen's bindings, the all-figures and help screens' bindings, the footer, the
help screen and the README's key table (a test compares them) all come from ``KEYS``,
so a key added or changed here is added or changed everywhere.

Keys are ones every terminal delivers (letters, digits, F1, Enter, Esc, arrows, ctrl+letter).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.dom import DOMNode

    from .i18n import Translator


@dataclass(frozen=True)
class Key:
    keys: str
    """Textual key names, comma-separated; "" for a row of the help only (a widget or Textual binds it)."""
    action: str
    label: str
    """Catalog key of what it does (tui/locale/messages.yaml)."""
    shown: str = ""
    """How the help screen and the README spell it ("n / N"); "" when another row covers it."""
    footer: bool = False
    priority: bool = False
    """Handled as the key arrives, before the focused widget: "/", Enter, Esc and Tab move the focus
    before the keys typed right behind them are routed ("/quy" typed fast is a query, not quit)."""
    help: str = ""
    """Catalog key of what the help screen says, when its row covers more than the footer's label
    ("n / N": next / previous hit; the footer shows "n next hit")."""
    scope: str = "main"
    """The screen it belongs to: "main", "figures" (all figures), "help", "picked" (the picked list), "similar" (a story's copies),
    "export" (the export dialog), "save" (naming a saved search) or "confirm" (a yes/no question)."""


KEYS: tuple[Key, ...] = (
    Key("slash", "focus_search", "key.search", "/", footer=True, priority=True),
    Key("enter", "enter", "key.open", "enter", priority=True),
    Key("escape", "back", "key.back", "esc", footer=True, priority=True),
    Key("tab", "app.focus_next", "key.next_pane", priority=True),
    Key("shift+tab", "app.focus_previous", "key.previous_pane", priority=True),
    Key("", "", "key.move", "j / k"),  # bound by the results, the reader and the figures
    Key("up", "recall_older", "key.history", "up / down"),  # in the search box (history.py)
    Key("down", "down", "key.down"),
    Key("n", "next_hit", "key.next_hit", "n / N", footer=True, help="key.hits"),
    Key("N", "prev_hit", "key.prev_hit"),
    Key("", "", "key.toggle_value", "space / enter"),  # bound by the filter lists
    Key("space", "pick", "key.pick", "space", footer=True),
    Key("P", "picked", "key.picked", "P"),
    Key("e", "export", "key.export", "e", footer=True),
    Key("ctrl+s", "save_search", "key.save_search", "ctrl+s"),
    Key("f", "toggle_filters", "key.filters", "f", footer=True),
    Key("g", "toggle_figures", "key.figures", "g"),  # off the footer: space pick and e export needed its room at 120 columns
    Key("a", "all_figures", "key.all_figures", "a"),
    Key("x", "clear_filters", "key.clear", "x", footer=True),
    Key("s", "toggle_sort", "key.sort", "s"),
    Key("ctrl+y", "accept_suggestion", "key.accept", "ctrl+y"),
    Key("o", "similar", "key.similar", "o"),  # the copies of a "+N similar" row (similar.py)
    Key("1", "tab('tab-results')", "key.tab", "1–4"),
    Key("2", "tab('tab-article')", "key.tab"),
    Key("3", "tab('tab-figures')", "key.tab"),
    Key("4", "tab('tab-filters')", "key.tab"),
    Key("f1,question_mark", "help", "key.help", "F1 / ?", footer=True),
    Key("", "", "key.palette", "ctrl+p"),  # Textual's command palette
    Key("q", "app.quit", "key.quit", "q", footer=True),
    # the all-figures screen (its title names s and esc)
    Key("slash", "search", "key.search", scope="figures", priority=True),
    Key("escape", "close", "key.back", scope="figures"),
    Key("s", "sort", "key.sort", scope="figures"),
    Key("j", "down", "key.down", scope="figures"),
    Key("k", "up", "key.up", scope="figures"),
    Key("space", "pick", "key.pick", scope="figures"),
    # the picked list (its title names its keys)
    Key("escape,P", "close", "key.back", scope="picked"),
    Key("d,delete", "remove", "key.remove", scope="picked"),
    Key("K,shift+up", "move(-1)", "key.move_up", scope="picked"),
    Key("J,shift+down", "move(1)", "key.move_down", scope="picked"),
    Key("x", "clear", "key.clear_picks", scope="picked"),
    Key("e", "export", "key.export", scope="picked"),
    Key("j", "down", "key.down", scope="picked"),
    Key("k", "up", "key.up", scope="picked"),
    # the export dialog and the saved search's name
    Key("escape", "cancel", "key.close", scope="export"),
    Key("escape", "cancel", "key.close", scope="save"),
    # a yes/no question
    Key("y", "yes", "key.yes", scope="confirm"),
    Key("n,escape", "no", "key.no", scope="confirm"),
    # the copies of one story (similar.py)
    Key("escape,o", "close", "key.back", scope="similar"),
    Key("j", "down", "key.down", scope="similar"),
    Key("k", "up", "key.up", scope="similar"),
    # the help screen
    Key("escape,f1,question_mark", "close", "key.close", scope="help"),
    Key("slash", "search", "key.search", scope="help", priority=True),
)


def bind(node: DOMNode, t: Translator, scope: str = "main") -> None:
    """Add the bindings of ``scope`` to ``node`` (a screen), described in ``t``'s language.

    Bound on the instance, not in ``BINDINGS``: the descriptions the footer shows are translated."""
    for key in KEYS:
        if key.keys and key.scope == scope:
            node._bindings.bind(key.keys, key.action, t(key.label), show=key.footer, priority=key.priority)


def help_rows() -> list[tuple[str, str]]:
    """(how the key is spelt, catalog key of what it does) for the help screen and the README."""
    return [(key.shown, key.help or key.label) for key in KEYS if key.shown and key.scope == "main"]
