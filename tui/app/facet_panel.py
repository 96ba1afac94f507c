"""Provides the filters pane: provinces (as written and after 2025), dates, officials.

Counts are live (taken from the current search with the other facets applied);
values with no result are dimmed, never hidden. Ticking values posts
``FiltersChanged``; the app searches again and hands the new counts back.
"""

from __future__ import annotations

import dataclasses

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Collapsible, Input, SelectionList, Sparkline
from textual.widgets.selection_list import Selection

from briefing_tui.search.models import DateRange, Facets, FacetValue, Filters
from briefing_tui.search.querylang import parse_date_value

from ..i18n import Translator
from ..render import Inert, safe_line
from .messages import FiltersChanged

OFFICIALS_SHOWN = 200


CHECKBOX = 4
"""Cells a SelectionList draws before each prompt ("▐X▌ ")."""


def _prompt(label: str, count: int, width: int) -> Text:
    """``label`` cut to fit and ``count`` right-aligned, in exactly ``width`` cells."""
    digits = f"{count:,}"
    text = safe_line(label, style="dim" if count == 0 else "")
    text.truncate(max(1, width - len(digits) - 1), overflow="ellipsis")
    text.append(" " * max(1, width - len(digits) - text.cell_len) + digits, style="dim" if count == 0 else "bold")
    return text


class FacetPanel(VerticalScroll):
    """Facet values with counts; selections become filters."""

    DEFAULT_CSS = """
    FacetPanel { width: 34; }
    FacetPanel SelectionList { height: auto; max-height: 14; border: none; padding: 0; scrollbar-gutter: stable; }
    FacetPanel #f-spark { height: 2; margin: 0 1; }
    FacetPanel #f-official-filter { margin: 0 0 1 0; }
    FacetPanel Collapsible { padding: 0; }
    """

    def __init__(self, t: Translator, id: str = "filters") -> None:
        super().__init__(id=id)
        self.t = t
        self.border_title = t("facet.title")
        self.facets = Facets()
        self.filters = Filters()
        self._official_values: tuple[FacetValue, ...] = ()

    def compose(self) -> ComposeResult:
        with Collapsible(title=self.t("facet.province"), collapsed=False, id="c-province"):
            yield SelectionList[str](id="f-province")
        with Collapsible(title=self.t("facet.province_2025"), collapsed=True, id="c-province25"):
            yield SelectionList[str](id="f-province25")
        with Collapsible(title=self.t("facet.date"), collapsed=False, id="c-date"):
            yield Sparkline([], id="f-spark")
            yield SelectionList[str](id="f-date")
        with Collapsible(title=self.t("facet.official"), collapsed=False, id="c-official"):
            yield Input(placeholder=self.t("facet.filter_officials"), id="f-official-filter", highlighter=Inert())
            yield SelectionList[str](id="f-official")

    def show(self, facets: Facets, filters: Filters) -> None:
        """Attributes down: the facets of the latest search and the filters in force."""
        self.facets, self.filters = facets, filters
        chosen = set(filters.provinces)
        self._fill("#f-province", [(v.value, v.label or v.value, v.count, v.value in chosen) for v in facets.province])
        self._fill("#f-province25", [(v.value, v.value, v.count, v.value in chosen) for v in facets.province_2025])
        years = {self._year_key(r) for r in filters.dates}
        self._fill(
            "#f-date",
            [
                (v.value, self.t("facet.unknown_date") if v.value == "unknown" else v.value, v.count, v.value in years)
                for v in reversed(facets.year)
            ],
        )
        months = [v.count for v in facets.month][-36:]
        self.query_one("#f-spark", Sparkline).data = months or [0]
        self._official_values = facets.official
        self._fill_officials()

    @staticmethod
    def _year_key(r: DateRange) -> str:
        return "unknown" if r.unknown else r.label

    def _fill_officials(self) -> None:
        wanted = self.query_one("#f-official-filter", Input).value.strip().lower()
        chosen = set(self.filters.officials)
        values = [v for v in self._official_values if not wanted or wanted in v.label.lower() or v.value in chosen]
        self._fill("#f-official", [(v.value, v.label or v.value, v.count, v.value in chosen) for v in values[:OFFICIALS_SHOWN]])

    def _fill(self, selector: str, rows: list[tuple[str, str, int, bool]]) -> None:
        box = self.query_one(selector, SelectionList)
        # the scrollbar's gutter is always reserved, so this width holds with or without it
        width = box.scrollable_content_region.width - CHECKBOX if box.size.width else 21
        highlighted = box.highlighted
        box.clear_options()
        box.add_options([Selection(_prompt(label, count, width), value, state) for value, label, count, state in rows])
        if highlighted is not None and rows:
            box.highlighted = min(highlighted, len(rows) - 1)

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "f-official-filter":
            event.stop()
            self._fill_officials()

    def on_selection_list_selected_changed(self, event: SelectionList.SelectedChanged) -> None:
        event.stop()
        box = event.selection_list
        shown = {box.get_option_at_index(i).value for i in range(box.option_count)}
        picked = set(box.selected)
        f = self.filters
        if box.id in ("f-province", "f-province25"):
            kept = [p for p in f.provinces if p not in shown]
            new = dataclasses.replace(f, provinces=tuple(kept + sorted(picked)))
        elif box.id == "f-date":
            kept_dates = [r for r in f.dates if self._year_key(r) not in shown]
            new = dataclasses.replace(f, dates=tuple(kept_dates + [parse_date_value(y) for y in sorted(picked)]))
        else:
            kept = [o for o in f.officials if o not in shown]
            new = dataclasses.replace(f, officials=tuple(kept + sorted(picked)))
        if _same(new, f):
            return  # a refill, not a choice
        self.filters = new
        self.post_message(FiltersChanged(new))


def _same(a: Filters, b: Filters) -> bool:
    return (
        set(a.provinces) == set(b.provinces)
        and set(a.officials) == set(b.officials)
        and {(r.start, r.end, r.unknown) for r in a.dates} == {(r.start, r.end, r.unknown) for r in b.dates}
        and set(a.sources) == set(b.sources)
    )
