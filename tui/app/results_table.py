"""Provides the results table: two-line rows of date · province · title / highlighted snippet.

A ``DataTable`` (not a ListView/OptionList, which slow down with hundreds of
rows); the row key is the article id. Cells are measured in terminal cells
(Rich's ``cell_len``), so Vietnamese text never misaligns the columns.
"""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.widgets import DataTable

from briefing_tui.search.models import Hit, SearchResult, Span
from briefing_tui.search.sanitize import one_line

from ..i18n import Translator
from ..render import HIT_STYLE, safe_line
from .messages import OpenArticle

DATE_W = 10
PLACE_W = 16


def _line(text: str, spans: tuple[Span, ...], width: int, style: str = "") -> Text:
    """One line of ``width`` cells, shifted so the first highlighted span is visible."""
    text = one_line(text)  # same length: the spans still fit
    start = 0
    if spans and cell_len(text[: spans[0].end]) > width - 2:
        start = max(0, spans[0].start - width // 3)
    piece = ("…" if start else "") + text[start:]
    shift = (1 if start else 0) - start
    out = Text(piece, style=style, no_wrap=True, overflow="ellipsis")
    for s in spans:
        a, b = s.start + shift, s.end + shift
        if b > 0 and a < len(piece):
            out.stylize(HIT_STYLE, max(a, 0), min(b, len(piece)))
    out.truncate(width, overflow="ellipsis")
    return out


class ResultsTable(DataTable):
    """The hits of the current search; Enter opens one."""

    BINDINGS = [
        Binding("j", "cursor_down", "down", show=False),
        Binding("k", "cursor_up", "up", show=False),
    ]

    def __init__(self, t: Translator, id: str = "results") -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=False)
        self.t = t
        self.result: SearchResult | None = None
        self.border_title = t("results.title")

    def on_mount(self) -> None:
        self._columns()

    def _article_width(self) -> int:
        return max(20, self.size.width - DATE_W - PLACE_W - 8)

    def _columns(self) -> None:
        self.clear(columns=True)
        self.add_column(self.t("results.date"), width=DATE_W, key="date")
        self.add_column(self.t("results.province"), width=PLACE_W, key="place")
        self.add_column(self.t("results.article"), width=self._article_width(), key="article")

    def show(self, result: SearchResult) -> None:
        """Attributes down: the latest search's hits."""
        self.result = result
        keep = self.cursor_row if self.row_count else 0
        width = self._article_width()
        column = self.columns.get("article")  # type: ignore[call-overload]
        if column is None or column.width != width:
            self._columns()
        else:
            self.clear()  # rows only: the same columns cost no re-layout
        for hit in result.hits:
            self.add_row(*self._cells(hit, width), height=2, key=hit.id)
        if self.row_count:
            self.move_cursor(row=min(keep, self.row_count - 1) if keep else 0)

    def _cells(self, hit: Hit, width: int) -> tuple[Text, Text, Text]:
        date = safe_line(hit.date.display() if hit.date.iso else "?", style="cyan")
        old = hit.main_province or (hit.provinces[0] if hit.provinces else None)
        if old is None:
            place = Text(self.t("results.national"), style="dim italic")
        else:
            new = hit.main_province_2025 if hit.main_province else (hit.provinces_2025[0] if hit.provinces_2025 else old)
            place = safe_line(old, style="green", no_wrap=True, overflow="ellipsis")
            if new != old:
                place.append("\n")
                place.append_text(safe_line(f"→ {new}", style="dim"))
        title = _line(hit.title, hit.title_spans, width, style="bold" if hit.has_title else "italic")
        title.append("\n")
        title.append_text(_line(hit.snippet.text, hit.snippet.spans, width, style="dim" if not hit.snippet.spans else ""))
        return date, place, title

    def on_resize(self) -> None:
        if self.result is not None and self.columns:
            col = self.columns.get("article")  # type: ignore[call-overload]
            if col is not None and col.width != self._article_width():
                self.show(self.result)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        if event.row_key.value is not None:
            self.post_message(OpenArticle(event.row_key.value))

    @property
    def current_id(self) -> str | None:
        if not self.row_count:
            return None
        key = self.coordinate_to_cell_key(self.cursor_coordinate).row_key
        return key.value
