"""Provides the key-figures panel of the open article: value, kind, what it measures.

It shows the figures of the ``view`` it is given, a picked one marked "✓" (from the
``picks`` it is given). Enter on a figure posts ``FigureChosen``: the reader scrolls to its
sentence; space (the screen's pick) picks the figure under the cursor, and so its article. Its column widths follow
its own width (they were set while it was still 0 wide, so the header read
"What it meas" at 160 columns until an article was opened).
"""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.reactive import var
from textual.widgets import DataTable

from briefing_tui.search import ArticleView, Figure

from ..i18n import Translator
from ..render import kind_label, safe_line
from .messages import FigureChosen
from .picks import MARK, Picks, by_article

FIGURE_WIDTH = 16


class FiguresPanel(DataTable[Text]):
    BINDINGS = [
        Binding("j", "cursor_down", "down", show=False),
        Binding("k", "cursor_up", "up", show=False),
    ]

    view: var[ArticleView | None] = var(None, always_update=True, init=False)
    picks: var[Picks] = var(tuple, init=False)

    def __init__(self, t: Translator, id: str = "figures") -> None:
        super().__init__(id=id, cursor_type="row")
        self.t = t
        self.border_title = t("figures.title")

    @property
    def figures(self) -> tuple[Figure, ...]:
        return self.view.article.figures if self.view else ()

    @property
    def article_id(self) -> str | None:
        return self.view.article.id if self.view else None

    @property
    def current_figure(self) -> tuple[str, int] | None:
        """(article id, figure number) under the cursor."""
        if self.article_id is None or not self.row_count or not 0 <= self.cursor_row < len(self.figures):
            return None
        return self.article_id, self.cursor_row

    def _picked(self) -> tuple[int, ...]:
        pick = by_article(self.picks).get(self.article_id or "")
        return pick.figures if pick is not None else ()

    def on_mount(self) -> None:
        self._fill()

    def _measures_width(self) -> int:
        return max(12, self.size.width - FIGURE_WIDTH - 6)

    def _columns(self, width: int) -> None:
        # fixed widths: auto widths are measured later, on the table's idle, and on Python 3.13
        # the panel stayed painted with header-wide columns (seen in a real terminal)
        self.clear(columns=True)
        self.add_column(self.t("figures.figure"), width=FIGURE_WIDTH, key="figure")
        self.add_column(self.t("figures.measures"), width=width, key="measures")

    def watch_view(self) -> None:
        self._fill()

    def _fill(self) -> None:
        """The figures, two lines each: the figure as written and what it measures (its clause);
        dimmed beneath, kind and unit, and the start of the sentence."""
        width = self._measures_width()
        self._columns(width)
        if self.view is not None and not self.figures:
            self.border_subtitle = self.t("figures.empty")
        else:
            self.border_subtitle = f"{len(self.figures)}" if self.figures else ""
        picked = self._picked()
        for n, f in enumerate(self.figures):
            figure = self._figure_cell(f, n in picked)
            measures = _two_lines(
                safe_line(f.context or f.sentence), safe_line("↳ " + _around(f, width), style="dim italic"), width
            )
            self.add_row(figure, measures, key=str(n), height=2)

    def _figure_cell(self, f: Figure, picked: bool) -> Text:
        kind = kind_label(self.t, f.kind, f.subkind) + (f" · {f.unit}" if f.unit else "")
        value = Text(f"{MARK} ", style="bold") + safe_line(f.text, style="bold") if picked else safe_line(f.text, style="bold")
        return _two_lines(value, safe_line(kind, style="dim"), FIGURE_WIDTH)

    def watch_picks(self) -> None:
        picked = self._picked()
        for n, f in enumerate(self.figures):
            if str(n) in self.rows:
                self.update_cell(str(n), "figure", self._figure_cell(f, n in picked))

    def on_resize(self) -> None:
        self._fit()

    def on_show(self) -> None:
        self.call_after_refresh(self._fit)  # a tab brought forward: laid out at its new width first

    def _fit(self) -> None:
        column = self.columns.get("measures")  # type: ignore[call-overload]
        if self.size.width and column is not None and column.width != self._measures_width():
            self._fill()

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
