"""Provides the copies of one story: ``o`` on a "+N similar" row lists the articles that tell it.

Near-duplicates (the same wire story in several outlets, a page crawled twice) are one row of
the results (``Hit.similar``, ``Hit.similar_total``). ``o`` on that row (or in the reader, on the
article opened from it) opens ``SimilarScreen``: the row's own article, then its copies, each
with its date (``≈`` when only approximate), its site and its title; Enter opens one in the
reader through the screen's usual path, esc (or ``o``) goes back. The articles are read from the
index in a worker; one that has left the index is listed by its id.

``StoryCopies`` is a mixin of ``MainScreen`` (main_screen.py), kept apart so the screen stays
about searching and reading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.widgets import DataTable, Static

from briefing_tui.search import Hit, SearchService

from .. import keys
from ..i18n import Translator
from ..render import safe_line
from .article_list import ArticleListScreen
from .notices import tell
from .reader import Reader
from .results_table import ResultsTable

if TYPE_CHECKING:
    from textual.screen import Screen

    from briefing_tui.search import ArticleView, SearchResult

    _Screen = Screen[None]
else:
    _Screen = object

TITLE_W = 90
"""Cells of a title at most (the table scrolls sideways past it)."""


class SimilarScreen(ArticleListScreen):
    """One story's articles; dismissed with the id to open, or None."""

    DEFAULT_CSS = """
    SimilarScreen { align: center middle; }
    SimilarScreen > Static { dock: top; height: auto; padding: 0 1; background: $panel; }
    SimilarScreen DataTable { width: 100%; height: 1fr; }
    """

    def __init__(self, t: Translator, service: SearchService, hit: Hit) -> None:
        super().__init__(service, "similar")
        self.t = t
        self.hit = hit
        self.ids = (hit.id, *hit.similar)
        keys.bind(self, t, "similar")

    def compose(self) -> ComposeResult:
        title = self.t("similar.title", count=f"{self.hit.similar_total + 1:,}")
        unlisted = self.hit.similar_total - len(self.hit.similar)
        if unlisted > 0:
            title += " · " + self.t("similar.more", count=f"{unlisted:,}")
        yield Static(safe_line(title), id="similar-title")
        yield DataTable[Text](cursor_type="row", id="similar-table")

    def on_mount(self) -> None:
        table: DataTable[Text] = self.query_one(DataTable)
        table.add_column(self.t("results.date"), key="date", width=11)
        table.add_column(self.t("reader.source"), key="source", width=20)
        table.add_column(self.t("results.article"), key="article")
        self._fill()
        table.focus()
        self._load(list(self.ids))

    def _fill(self) -> None:
        table: DataTable[Text] = self.query_one(DataTable)
        row = table.cursor_row
        table.clear()
        for article_id in self.ids:
            table.add_row(*self._cells(article_id), key=article_id)
        if table.row_count:
            table.move_cursor(row=max(0, min(row, table.row_count - 1)))

    def _cells(self, article_id: str) -> tuple[Text, Text, Text]:
        if article_id not in self.articles:  # being read
            return Text(""), Text(""), safe_line(article_id, style="dim")
        article = self.articles[article_id]
        if article is None:
            return Text(""), Text(""), safe_line(self.t("similar.missing", id=article_id), style="italic red")
        site = article.source.site or article.source.author or ""
        title = safe_line(article.shown_title, style="bold" if article.title else "italic", no_wrap=True,
                          overflow="ellipsis")
        title.truncate(TITLE_W, overflow="ellipsis")
        return (safe_line(article.shown_date.display(), style="cyan"), safe_line(site, style="green", limit=20),
                title)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.dismiss(event.row_key.value)

class StoryCopies(_Screen):
    """``o``: the copies of the story under the cursor (or of the open article), for the main screen."""

    service: SearchService
    t: Translator
    hits: SearchResult | None
    view: ArticleView | None

    if TYPE_CHECKING:  # the screen's own

        def _open(self, article_id: str) -> None: ...

    def action_similar(self) -> None:
        hit = self._story_hit()
        if hit is None:
            return
        if not hit.similar_total:
            tell(self.app, self.t("similar.none"))
            return

        def chosen(article_id: str | None) -> None:
            if article_id:
                self._open(article_id)

        self.app.push_screen(SimilarScreen(self.t, self.service, hit), chosen)

    def _story_hit(self) -> Hit | None:
        """The row under the results' cursor; in the reader, the row of the open article (or of the
        story it is a copy of)."""
        if self.hits is None:
            return None
        article_id = None
        if isinstance(self.focused, Reader) and self.view is not None:
            article_id = self.view.article.id
        elif self.query(ResultsTable):
            article_id = self.query_one(ResultsTable).current_id
        for hit in self.hits.hits:
            if hit.id == article_id or article_id in hit.similar:
                return hit
        return None
