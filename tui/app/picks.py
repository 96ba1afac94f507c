"""Provides picking: the draft briefing as the app edits it, and how a pick is marked on screen.

The draft is the core's ``Draft`` (a file in the user data directory, kept across restarts
until it is exported or cleared). ``Picking`` is the one place that edits it: it hands each
new state to the screen (whose ``picks`` the results, the figures panel and the status line
are bound to) and reports a file that cannot be written instead of raising into an event
handler. Picking a figure picks its article; unpicking an article drops its figures.
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text

from briefing_tui.search import Draft, Pick

from ..i18n import Translator

Picks = tuple[Pick, ...]
MARK = "✓"


class Picking:
    """Edits the draft; ``changed`` gets the picks after every edit, ``report`` a failed write."""

    def __init__(self, draft: Draft, changed: Callable[[Picks], None], report: Callable[[BaseException], None]) -> None:
        self.draft = draft
        self._changed = changed
        self._report = report

    @property
    def picks(self) -> Picks:
        return tuple(self.draft.picks)

    def toggle(self, article_id: str, figure: int | None = None) -> bool:
        """Pick or unpick an article or one of its figures; whether it is picked now."""
        return bool(self._edit(lambda: self.draft.toggle(article_id, figure)))

    def move(self, index: int, by: int) -> None:
        self._edit(lambda: self.draft.move(index, by))

    def remove(self, index: int) -> None:
        self._edit(lambda: self.draft.remove(index))

    def clear(self) -> None:
        self._edit(self.draft.clear)

    def _edit(self, edit: Callable[[], object]) -> object:
        try:
            result = edit()
        except Exception as exc:  # a draft that cannot be written: said, the picks in memory kept
            self._report(exc)
            result = None
        self._changed(self.picks)
        return result


def by_article(picks: Picks) -> dict[str, Pick]:
    return {p.article_id: p for p in picks}


def row_mark(pick: Pick | None, t: Translator) -> Text:
    """The mark of a picked result (beneath its date): "✓ picked", or "✓ 2 fig." with figures picked."""
    if pick is None:
        return Text("")
    label = t("pick.mark_figures", count=len(pick.figures)) if pick.figures else t("pick.mark")
    return Text(f"{MARK} {label}", style="bold")
