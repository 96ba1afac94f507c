"""Provides where saved searches are shown: a list in the filters pane, and the command palette.

The list shows each search's name, how many articles it matches now and how many are new
since it last ran; Enter (or a click) runs it. It is hidden while there are none (ctrl+s
saves the current search). The palette offers the same, with the counts in words.

Names are the user's text (a YAML file a person edits), so they are shown as ``Text`` /
``Content`` built from sanitised strings, never as markup: the palette parses a plain
command title as markup, so these commands come from their own provider.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape
from textual.reactive import var
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing_tui.search import one_line

from ..i18n import Translator
from ..render import safe_line
from .messages import RunSavedSearch
from .saved_searches import SavedEntry, count_words

if TYPE_CHECKING:
    from .app import BriefingApp


def _prompt(entry: SavedEntry, t: Translator, width: int) -> Text:
    """The name and the count on one line (the count right-aligned); "3 new" beneath when there are new ones."""
    count = entry.count
    digits = "!" if entry.problem else ("…" if count is None else f"{count.total:,}")
    name = safe_line(entry.name)
    name.truncate(max(1, width - len(digits) - 1), overflow="ellipsis")
    name.append(" " * max(1, width - len(digits) - name.cell_len) + digits, style="bold")
    if count is not None and count.new:
        name.append("\n")
        name.append(f"  {t('saved.new', count=count.new)}", style="bold italic")
    return name


class SavedList(OptionList):
    """The saved searches, counted; Enter runs the one highlighted."""

    DEFAULT_CSS = """
    SavedList { height: auto; max-height: 12; border: none; padding: 0; scrollbar-gutter: stable; }
    SavedList:focus { border: none; }
    """

    saved: var[tuple[SavedEntry, ...]] = var(tuple, init=False)

    def __init__(self, t: Translator, id: str = "saved-list") -> None:
        super().__init__(id=id)
        self.t = t

    def on_mount(self) -> None:
        self._fill()

    def on_focus(self) -> None:
        if self.highlighted is None and self.option_count:
            self.highlighted = 0  # Enter runs something at once

    def watch_saved(self) -> None:
        self._fill()

    def on_resize(self) -> None:
        self.call_after_refresh(self._fill)

    def _fill(self) -> None:
        width = self.scrollable_content_region.width - 1 if self.size.width else 28
        highlighted = self.highlighted
        self.clear_options()
        self.add_options([Option(_prompt(e, self.t, max(8, width)), id=f"saved-{n}") for n, e in enumerate(self.saved)])
        if highlighted is not None and self.option_count:
            self.highlighted = min(highlighted, self.option_count - 1)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if 0 <= event.option_index < len(self.saved):
            self.post_message(RunSavedSearch(self.saved[event.option_index].name))


class SavedSearchCommands(Provider):
    """The palette's saved searches: "Saved search: <name>", with the counts in words beneath."""

    def _entries(self) -> list[tuple[str, SavedEntry]]:
        app: BriefingApp = self.app  # type: ignore[assignment]
        label = app.t("saved.command")
        return [(f"{label}: {one_line(e.name, 80)}", e) for e in app.main.saved]

    def _run(self, name: str) -> None:
        app: BriefingApp = self.app  # type: ignore[assignment]
        app.main.post_message(RunSavedSearch(name))

    async def discover(self) -> Hits:
        app: BriefingApp = self.app  # type: ignore[assignment]
        for title, entry in self._entries():
            yield DiscoveryHit(Content(title), partial(self._run, entry.name), text=title,
                               help=escape(one_line(count_words(entry, app.t))))

    async def search(self, query: str) -> Hits:
        app: BriefingApp = self.app  # type: ignore[assignment]
        matcher = self.matcher(query)
        for title, entry in self._entries():
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, Content(title), partial(self._run, entry.name), text=title,
                          help=escape(one_line(count_words(entry, app.t))))
