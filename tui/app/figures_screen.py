"""Provides the figures view across the current results: one sortable table.

Enter on a row closes it with that figure (the main screen opens its article at the
figure's sentence); space picks the figure (and so its article) for the briefing, marked "✓"
before its value, as in the figures panel; "/" closes it and focuses the search box at once, so the keys typed
right behind it are the query, never a command of this view (its "s" sorts).
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from briefing_tui.search import Article, Figure

from .. import keys
from ..i18n import Translator
from ..render import kind_label, safe_line
from .picks import MARK, Picking, by_article
from .table_modal import TableModal

SORTS = ("article", "kind", "value")
Choice = tuple[Figure, str]
"""A figure and the id of its article."""


class AllFiguresScreen(TableModal[Choice | None]):
    DEFAULT_CSS = """
    AllFiguresScreen { align: center middle; }
    AllFiguresScreen > Static { dock: top; height: 1; padding: 0 1; background: $panel; }
    AllFiguresScreen DataTable { width: 100%; height: 1fr; }
    """

    def __init__(self, t: Translator, articles: list[Article], on_search: Callable[[], None],
                 picking: Picking | None = None) -> None:
        super().__init__(id="all-figures")
        self.t = t
        self.rows: list[tuple[Article, int, Figure, int]] = [
            (a, rank, f, n) for rank, a in enumerate(articles) for n, f in enumerate(a.figures)
        ]
        """(article, its rank in the results, a figure, the figure's number in the article)"""
        self.picking = picking
        self.sort_key = "article"
        self._on_search = on_search
        keys.bind(self, t, "figures")

    def compose(self) -> ComposeResult:
        yield Static(Text(self.t("figures.all_title")), id="all-figures-title")
        yield DataTable[Text](cursor_type="row", id="all-figures-table")

    def on_mount(self) -> None:
        self._fill()

    def _fill(self) -> None:
        table: DataTable[Text] = self.query_one(DataTable)
        table.clear(columns=True)
        for label, key in (("figures.figure", "figure"), ("figures.kind", "kind"), ("figures.article", "article"),
                           ("figures.measures", "measures")):
            table.add_column(self.t(label), key=key)
        order = {
            "article": lambda r: (r[1], r[2].span.start),
            "kind": lambda r: (r[2].kind, -r[2].value),
            "value": lambda r: (-r[2].value, r[1]),
        }[self.sort_key]
        self.rows.sort(key=order)
        for n, (article, _rank, f, number) in enumerate(self.rows):
            title = safe_line(f"{article.date.display()} {article.shown_title}", no_wrap=True, overflow="ellipsis")
            title.truncate(36, overflow="ellipsis")
            measures = safe_line(f.context or f.sentence, no_wrap=True, overflow="ellipsis")
            measures.truncate(60, overflow="ellipsis")
            kind = safe_line(kind_label(self.t, f.kind, f.subkind))  # Text cells: a str cell is markup
            table.add_row(self._figure(article.id, number, f), kind, title, measures, key=str(n))
        self.query_one(Static).update(
            Text(f"{self.t('figures.all_title')} · {self.t('figures.sorted_by', key=self.t(f'figures.sort.{self.sort_key}'))} · {len(self.rows)}")
        )

    def _figure(self, article_id: str, number: int, f: Figure) -> Text:
        """The figure as written, "✓ " before it when it is picked."""
        pick = by_article(self.picking.picks).get(article_id) if self.picking else None
        picked = pick is not None and number in pick.figures
        return Text(f"{MARK} " if picked else "", style="bold") + safe_line(f.text, style="bold")

    def action_pick(self) -> None:
        table: DataTable[Text] = self.query_one(DataTable)
        if self.picking is None or not table.row_count:
            return
        row = table.cursor_row
        article, _rank, _figure, number = self.rows[row]
        self.picking.toggle(article.id, number)
        for n, (other, _r, figure, num) in enumerate(self.rows):
            if other.id == article.id:
                table.update_cell(str(n), "figure", self._figure(other.id, num, figure))

    def action_sort(self) -> None:
        self.sort_key = SORTS[(SORTS.index(self.sort_key) + 1) % len(SORTS)]
        self._fill()

    def action_search(self) -> None:
        self.dismiss(None)  # the main screen is active again at once
        self._on_search()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        article, _rank, figure, _number = self.rows[int(event.row_key.value or 0)]
        self.dismiss((figure, article.id))
