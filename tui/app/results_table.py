"""Provides the results table: two-line rows of date · province · title / highlighted snippet.

One row per story: a row that stands for near-duplicates says so before its snippet ("+2
similar", dim). The date is ``Hit.shown_date``: "≈05/07/2017" when only approximate, "?" only
for an article with no date at all.

A picked result is marked beneath its date ("✓ picked"), from the ``picks`` it is given; a
change of picks updates those cells only (the cursor and the rows stay).

A ``DataTable`` (not a ListView/OptionList, which slow down with hundreds of
rows); the row key is the article id. Cells are measured in terminal cells
(Rich's ``cell_len``), so Vietnamese text never misaligns the columns. The rows
come from the ``result`` it is given: the hits first, then the same hits with
their facet counts, which repaints nothing.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.text import Text
from textual.binding import Binding
from textual.reactive import var
from textual.widgets import DataTable

from briefing_tui.search import Hit, Pick, SearchResult, Span, one_line

from ..i18n import Translator
from ..render import HIT_STYLE, place_text, safe_line
from .messages import OpenArticle
from .picks import Picks, by_article, row_mark

DATE_W = 11
"""Cells of the date column: "≈05/07/2017" (an approximate date) is 11."""
PLACE_W = 16


def _extends(old: Sequence[Hit], new: Sequence[Hit]) -> bool:
    """Are ``new`` the same hits as ``old`` with more after them (a search's first rows, then all of its page)?"""
    return len(new) > len(old) and all(a is b for a, b in zip(old, new))


def visible_rows(height: int) -> int | None:
    """How many result rows a table this many lines high shows (2-line rows under a 1-line header), and two more
    for a scroll; None (every row) before the table has a size."""
    return (height - 1) // 2 + 2 if height > 1 else None


def _line(text: str, spans: Sequence[Span], width: int, style: str = "") -> Text:
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


class ResultsTable(DataTable[Text]):
    """The hits of the current search; Enter opens one."""

    BINDINGS = [
        Binding("j", "cursor_down", "down", show=False),
        Binding("k", "cursor_up", "up", show=False),
    ]

    result: var[SearchResult | None] = var(None, always_update=True, init=False)
    picks: var[Picks] = var(tuple, init=False)

    def __init__(self, t: Translator, id: str = "results") -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=False)
        self.t = t
        self._kept = (0, 0)  # the cursor's row kept across a refill, and where it was put among the first rows
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

    def watch_result(self, old: SearchResult | None, new: SearchResult | None) -> None:
        if old is not None and new is not None and old.hits is new.hits and self.row_count == len(new.hits):
            return  # the same hits, now with their facet counts
        if old is not None and new is not None and _extends(old.hits, new.hits) and self.row_count == len(old.hits):
            # the rows below the screen's, after the first ones painted, once the facet counts that came with them
            # are on screen (appending 40 rows costs ~8 ms a reader waiting for the counts need not wait for)
            self.call_after_refresh(self._append, new)
            return
        self._fill()

    def _append(self, result: SearchResult) -> None:
        if self.result is not result or self.row_count >= len(result.hits):
            return  # another search's rows came meanwhile
        self._add_rows(result.hits[self.row_count :], self._article_width())
        wanted, put = self._kept
        if wanted > put == self.cursor_row:  # the row it was kept at is there now (unless the user moved it)
            self.move_cursor(row=min(wanted, self.row_count - 1))

    def _fill(self) -> None:
        keep = self.cursor_row if self.row_count else 0
        width = self._article_width()
        column = self.columns.get("article")  # type: ignore[call-overload]
        if column is None or column.width != width:
            self._columns()
        else:
            self.clear()  # rows only: the same columns cost no re-layout
        self._add_rows(self.result.hits if self.result is not None else (), width)
        if self.row_count:
            self.move_cursor(row=min(keep, self.row_count - 1) if keep else 0)
        self._kept = (keep, self.cursor_row)

    def _add_rows(self, hits: Sequence[Hit], width: int) -> None:
        for hit in hits:
            self.add_row(*self._cells(hit, width), height=2, key=hit.id)

    def _cells(self, hit: Hit, width: int) -> tuple[Text, Text, Text]:
        date = self._date(hit, by_article(self.picks).get(hit.id))
        place = place_text(hit, self.t, two_lines=True)
        title = _line(hit.title, hit.title_spans, width, style="bold" if hit.has_title else "italic")
        title.append("\n")
        if hit.similar_total:  # near-duplicates grouped into this row: ``o`` lists them (similar.py)
            similar = self.t("results.similar", count=f"{hit.similar_total:,}") + "  "
            title.append(similar, style="dim")
            width -= cell_len(similar)
        title.append_text(_line(hit.snippet.text, hit.snippet.spans, width, style="dim" if not hit.snippet.spans else ""))
        return date, place, title

    def _date(self, hit: Hit, pick: Pick | None) -> Text:
        date = safe_line(hit.shown_date.display(), style="cyan")  # "≈05/07/2017": only a crawl date or period
        if pick is not None:
            date.append("\n").append_text(row_mark(pick, self.t))
        return date

    def watch_picks(self, old: Picks, new: Picks) -> None:
        if self.result is None:
            return
        before, after = by_article(old), by_article(new)
        for hit in self.result.hits:
            if before.get(hit.id) != after.get(hit.id) and hit.id in self.rows:
                self.update_cell(hit.id, "date", self._date(hit, after.get(hit.id)))

    def on_resize(self) -> None:
        if self.result is not None and self.columns:
            col = self.columns.get("article")  # type: ignore[call-overload]
            if col is not None and col.width != self._article_width():
                self._fill()

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
