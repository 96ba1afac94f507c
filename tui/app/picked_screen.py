"""Provides the picked list: what the briefing in the making holds, to prune and put in order.

One row per picked article, in the briefing's order: its date and title, and its picked key
figures (how many, and their values). ``d`` removes the row under the cursor, ``K``/``J``
(or shift+up/down) move it, ``x`` clears the list after asking, ``e`` goes on to the export
dialog. Every edit goes through ``Picking`` (picks.py), so the results' marks and the status
line follow at once and the draft file is written.

The articles are read from the index in a worker (a long list never stalls the screen); a
pick whose article has left the index is listed as missing, by its id, so it can be removed.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from briefing_tui.search import Pick, SearchService

from .. import keys
from ..i18n import Translator
from ..render import safe_line
from .article_list import ArticleListScreen
from .confirm import ConfirmScreen
from .picks import Picking


class PickedScreen(ArticleListScreen):
    """Dismissed with "export" when the user asks to export from here, else None."""

    DEFAULT_CSS = """
    PickedScreen { align: center middle; }
    PickedScreen > Static { dock: top; height: auto; padding: 0 1; background: $panel; }
    PickedScreen DataTable { width: 100%; height: 1fr; }
    """

    def __init__(self, t: Translator, service: SearchService, picking: Picking) -> None:
        super().__init__(service, "picked")
        self.t = t
        self.picking = picking
        keys.bind(self, t, "picked")

    def compose(self) -> ComposeResult:
        yield Static(Text(self.t("picked.title")), id="picked-title")
        yield DataTable[Text](cursor_type="row", id="picked-table")

    def on_mount(self) -> None:
        table: DataTable[Text] = self.query_one(DataTable)
        table.add_column("#", key="n", width=3)
        table.add_column(self.t("picked.article"), key="article")
        table.add_column(self.t("picked.figures"), key="figures")
        self._fill()
        self._load([p.article_id for p in self.picking.picks])

    @property
    def picks(self) -> tuple[Pick, ...]:
        return self.picking.picks

    def _fill(self, cursor: int | None = None) -> None:
        table: DataTable[Text] = self.query_one(DataTable)
        row = table.cursor_row if cursor is None else cursor
        table.clear()
        for n, pick in enumerate(self.picks):
            table.add_row(Text(str(n + 1)), self._article(pick), self._figures(pick), key=str(n))
        if table.row_count:
            table.move_cursor(row=max(0, min(row, table.row_count - 1)))
        self.query_one("#picked-title", Static).update(
            Text(self.t("picked.title") + " · " + self.t("count.articles", count=len(self.picks)))
        )

    def _article(self, pick: Pick) -> Text:
        if pick.article_id not in self.articles:
            return safe_line(pick.article_id, style="dim")  # being read
        article = self.articles[pick.article_id]
        if article is None:
            return safe_line(self.t("picked.missing", id=pick.article_id), style="italic red")
        text = safe_line(f"{article.date.display()}  {article.shown_title}", no_wrap=True, overflow="ellipsis")
        text.truncate(80, overflow="ellipsis")
        return text

    def _figures(self, pick: Pick) -> Text:
        if not pick.figures:
            return Text("")
        article = self.articles.get(pick.article_id)
        values = [article.figures[i].text for i in pick.figures if article and i < len(article.figures)]
        text = safe_line(self.t("picked.figure_count", count=len(pick.figures)) + (": " + ", ".join(values) if values else ""))
        text.truncate(50, overflow="ellipsis")
        return text

    @property
    def cursor(self) -> int:
        return self.query_one(DataTable).cursor_row

    def action_remove(self) -> None:
        if self.picks:
            self.picking.remove(self.cursor)
            self._fill()

    def action_move(self, by: int) -> None:
        if self.picks:
            at = self.cursor
            self.picking.move(at, by)
            self._fill(cursor=max(0, min(len(self.picks) - 1, at + by)))

    def action_clear(self) -> None:
        if not self.picks:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.picking.clear()
                self._fill()

        question = Text(self.t("picked.clear_question", count=len(self.picks)))
        self.app.push_screen(ConfirmScreen(self.t, question, self.t("picked.clear_yes"), self.t("confirm.no")), answered)

    def action_export(self) -> None:
        self.dismiss("export")

