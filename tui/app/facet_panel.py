"""Provides the filters pane: saved searches, provinces (as written and after 2025), dates, officials.

A year counts the articles dated in it and, apart, those only approximately dated there (a crawl
date, a reporting period): "2017  56 + ≈1,234"; a dim line under the Date heading says so.
"unknown date" is only for articles with no date at all.

The saved searches (saved_panel.py) head the pane, shown only when there are some.

It shows the ``facets`` and ``filters`` it is given. Counts are live (taken from
the current search with the other facets applied); values with no result are
dimmed, never hidden. Space or Enter ticks a value; ticking posts
``FiltersChanged`` and the screen searches again.

A count is never cut: each prompt is exactly as wide as its list's content, the
lists keep their width when focused (no focus border: the highlighted value shows
the focus), and they are filled again when their width changes (the first
layout, the pane's scrollbar).
"""

from __future__ import annotations

import dataclasses

from rich.text import Text
from textual import events
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.message import Message
from textual.reactive import var
from textual.widgets import Collapsible, Input, SelectionList, Sparkline, Static
from textual.widgets.selection_list import Selection

from briefing_tui.search import DateRange, Facets, FacetValue, Filters, date_range, fold

from ..i18n import Translator
from ..render import Inert, safe_line
from .messages import FiltersChanged
from .saved_panel import SavedList
from .saved_searches import SavedEntry

OFFICIALS_SHOWN = 200
CHECKBOX = 4
"""Cells a SelectionList draws before each prompt ("▐X▌ ")."""
LISTS = ("#f-province", "#f-province25", "#f-date", "#f-official")


def _prompt(label: str, count: int, width: int, approximate: int = 0) -> Text:
    """``label`` cut to fit and ``count`` right-aligned, in exactly ``width`` cells; a date's
    ``approximate`` part apart: "56 + ≈1,234" (known + approximate), "≈1,234" (all approximate)."""
    digits = f"{count:,}"
    if approximate:
        known = count - approximate
        digits = (f"{known:,} + " if known else "") + f"≈{approximate:,}"
    text = safe_line(label, style="dim" if count == 0 else "")
    text.truncate(max(1, width - len(digits) - 1), overflow="ellipsis")
    text.append(" " * max(1, width - len(digits) - text.cell_len) + digits, style="dim" if count == 0 else "bold")
    return text


class FacetList(SelectionList[str]):
    """One facet's values. Focused from the keyboard, the first value is highlighted, so Space
    and Enter tick something at once."""

    class Resized(Message):
        """The list's size changed (the first layout, the pane's scrollbar): its prompts may no longer fit."""

    def _on_focus(self, event: events.Focus) -> None:
        if self.highlighted is None and self.option_count:
            self.highlighted = 0

    def on_resize(self) -> None:
        self.post_message(self.Resized())


class FacetPanel(VerticalScroll):
    """Facet values with counts; selections become filters."""

    DEFAULT_CSS = """
    FacetPanel { width: 34; }
    FacetPanel SelectionList { height: auto; max-height: 14; border: none; padding: 0; scrollbar-gutter: stable; }
    FacetPanel SelectionList:focus { border: none; }
    FacetPanel #f-spark { height: 2; margin: 0 1; }
    FacetPanel #f-official-filter { margin: 0 0 1 0; }
    FacetPanel Collapsible { padding: 0; }
    FacetPanel #c-saved.-none, FacetPanel #f-approx.-none { display: none; }
    FacetPanel #f-approx { height: auto; }
    """

    facets: var[Facets] = var(Facets)
    filters: var[Filters] = var(Filters)
    saved: var[tuple[SavedEntry, ...]] = var(tuple)

    def __init__(self, t: Translator, id: str = "filters") -> None:
        super().__init__(id=id)
        self.t = t
        self.border_title = t("facet.title")
        self._widths: dict[str, int] = {}

    def compose(self) -> ComposeResult:
        with Collapsible(title=self.t("saved.section"), collapsed=False, id="c-saved", classes="-none"):
            yield SavedList(self.t)
        with Collapsible(title=self.t("facet.province"), collapsed=False, id="c-province"):
            yield FacetList(id="f-province")
        with Collapsible(title=self.t("facet.province_2025"), collapsed=True, id="c-province25"):
            yield FacetList(id="f-province25")
        with Collapsible(title=self.t("facet.date"), collapsed=False, id="c-date"):
            yield Static(Text(self.t("facet.approximate_rule"), style="dim"), id="f-approx", classes="-none")
            yield Sparkline([], id="f-spark")
            yield FacetList(id="f-date")
        with Collapsible(title=self.t("facet.official"), collapsed=False, id="c-official"):
            yield Input(placeholder=self.t("facet.filter_officials"), id="f-official-filter", highlighter=Inert())
            yield FacetList(id="f-official")

    def on_mount(self) -> None:
        self._refill()
        self.watch_saved(self.saved)

    def watch_saved(self, saved: tuple[SavedEntry, ...]) -> None:
        if self.is_mounted:
            self.query_one("#c-saved", Collapsible).set_class(not saved, "-none")
            self.query_one(SavedList).saved = saved

    def watch_facets(self) -> None:
        self._refill()

    def watch_filters(self) -> None:
        self._refill()

    def _refill(self) -> None:
        if not self.is_mounted or not self.is_attached:
            return
        facets, filters = self.facets, self.filters
        # two filters since the core told them apart: as written (Filters.written), since 2025 (provinces)
        written, since_2025 = set(filters.written), set(filters.provinces)
        self._fill("#f-province", [(v.value, v.label or v.value, v.count, v.value in written) for v in facets.province])
        self._fill("#f-province25", [(v.value, v.value, v.count, v.value in since_2025) for v in facets.province_2025])
        years = {self._year_key(r) for r in filters.dates}
        self._fill(
            "#f-date",
            [
                (v.value, self.t("facet.unknown_date") if v.value == "unknown" else v.label or v.value, v.count,
                 v.value in years, v.approximate)
                for v in reversed(facets.year)
            ],
        )
        # the rule of "≈" (an approximate date counts in its year), said when a count holds some
        self.query_one("#f-approx", Static).set_class(not any(v.approximate for v in facets.year), "-none")
        months = [v.count for v in facets.month][-36:]
        self.query_one("#f-spark", Sparkline).data = months or [0]
        self._fill_officials()

    @staticmethod
    def _year_key(r: DateRange) -> str:
        return "unknown" if r.unknown else r.label

    def _fill_officials(self) -> None:
        # folded like the search box: "phuc" finds "Nguyễn Xuân Phúc", and so does "Phúc"
        wanted = fold(self.query_one("#f-official-filter", Input).value.strip().lower())
        chosen = set(self.filters.officials)
        values: list[FacetValue] = [
            v for v in self.facets.official
            if not wanted or wanted in fold((v.label or v.value).lower()) or v.value in chosen
        ]
        self._fill("#f-official", [(v.value, v.label or v.value, v.count, v.value in chosen) for v in values[:OFFICIALS_SHOWN]])

    def _width(self, box: SelectionList[str]) -> int:
        """Cells for a prompt: the list's content width less the checkbox (the scrollbar's gutter is
        always reserved, so it holds with or without a scrollbar); a guess before the first layout."""
        return box.scrollable_content_region.width - CHECKBOX if box.size.width else 21

    def _fill(self, selector: str, rows: list[tuple[str, str, int, bool]] | list[tuple[str, str, int, bool, int]]) -> None:
        """Fill a list with (value, label, count, ticked[, approximate count]) rows."""
        box = self.query_one(selector, SelectionList)
        width = self._widths[selector] = self._width(box)
        highlighted = box.highlighted
        box.clear_options()
        box.add_options([Selection(_prompt(r[1], r[2], width, *r[4:]), r[0], r[3]) for r in rows])
        if highlighted is not None and rows:
            box.highlighted = min(highlighted, len(rows) - 1)

    def on_facet_list_resized(self, event: FacetList.Resized) -> None:
        event.stop()
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        """Fill again the lists whose width changed since they were filled."""
        if not self.is_attached:
            return  # composed away by a change of layout
        lists = [self.query(s).first(SelectionList) if self.query(s) else None for s in LISTS]
        if any(box is not None and self._widths.get(s) != self._width(box) for s, box in zip(LISTS, lists)):
            self._refill()

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "f-official-filter":
            event.stop()
            self._fill_officials()

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged[str]) -> None:
        event.stop()
        box = event.selection_list
        shown = {box.get_option_at_index(i).value for i in range(box.option_count)}
        picked = set(box.selected)
        f = self.filters
        if box.id == "f-province":
            kept = [p for p in f.written if p not in shown]
            new = dataclasses.replace(f, written=tuple(kept + sorted(picked)))
        elif box.id == "f-province25":
            kept = [p for p in f.provinces if p not in shown]
            new = dataclasses.replace(f, provinces=tuple(kept + sorted(picked)))
        elif box.id == "f-date":
            kept_dates = [r for r in f.dates if self._year_key(r) not in shown]
            new = dataclasses.replace(f, dates=tuple(kept_dates + [date_range(y) for y in sorted(picked)]))
        else:
            kept = [o for o in f.officials if o not in shown]
            new = dataclasses.replace(f, officials=tuple(kept + sorted(picked)))
        if _same(new, f):
            return  # a refill, not a choice
        self.post_message(FiltersChanged(new))


def _same(a: Filters, b: Filters) -> bool:
    return (
        set(a.provinces) == set(b.provinces)
        and set(a.written) == set(b.written)
        and set(a.officials) == set(b.officials)
        and {(r.start, r.end, r.unknown) for r in a.dates} == {(r.start, r.end, r.unknown) for r in b.dates}
        and set(a.sources) == set(b.sources)
    )
