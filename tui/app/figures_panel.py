"""Provides the key-figures panel of the open article: value, kind, what it measures.

Enter on a figure posts ``FigureChosen``: the reader scrolls to its sentence.
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from briefing_tui.search.models import Article, Figure

from ..i18n import Translator
from .messages import FigureChosen

FIGURE_WIDTH = 16


class FiguresPanel(DataTable):
    BINDINGS = [
        Binding("j", "cursor_down", "down", show=False),
        Binding("k", "cursor_up", "up", show=False),
    ]

    def __init__(self, t: Translator, id: str = "figures") -> None:
        super().__init__(id=id, cursor_type="row")
        self.t = t
        self.border_title = t("figures.title")
        self.figures: tuple[Figure, ...] = ()
        self.article_id: str | None = None

    def on_mount(self) -> None:
        self._columns()

    def _columns(self) -> None:
        self.clear(columns=True)
        self.add_column(self.t("figures.figure"), key="figure")
        self.add_column(self.t("figures.measures"), key="measures")

    def show(self, article: Article | None) -> None:
        """Attributes down: the open article's figures, two lines each.

        Line one: the figure as written and what it measures (its clause);
        line two, dimmed: kind and unit, and the start of the sentence.
        """
        self._columns()
        self.figures = article.figures if article else ()
        self.article_id = article.id if article else None
        if article is not None and not self.figures:
            self.border_subtitle = self.t("figures.empty")
        else:
            self.border_subtitle = f"{len(self.figures)}" if self.figures else ""
        width = max(12, self.size.width - FIGURE_WIDTH - 6)
        for n, f in enumerate(self.figures):
            kind = self.t(f"kind.{f.kind}") + (f" · {f.unit}" if f.unit else "")
            figure = _two_lines(Text(f.text, style="bold"), Text(kind, style="dim"), FIGURE_WIDTH)
            measures = _two_lines(Text(f.context or f.sentence), Text("↳ " + _around(f, width), style="dim italic"), width)
            self.add_row(figure, measures, key=str(n), height=2)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        n = int(event.row_key.value or 0)
        if n < len(self.figures):
            self.post_message(FigureChosen(self.figures[n], self.article_id))


def _two_lines(first: Text, second: Text, width: int) -> Text:
    for line in (first, second):
        line.truncate(width, overflow="ellipsis")
    return Text("\n").join([first, second])


def _around(f: Figure, width: int) -> str:
    """The sentence from a little before the figure, so the figure shows in its place."""
    at = f.span.start - f.sentence_span.start
    if not f.sentence or at <= width // 3 or not 0 <= at < len(f.sentence):
        return f.sentence
    start = f.sentence.rfind(" ", 0, at - width // 4) + 1
    return "…" + f.sentence[start:]
