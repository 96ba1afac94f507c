"""Provides the main screen and its three layouts, picked from the terminal's size.

wide (≥ 140 columns): filters | results over the article | key figures.
medium (100–139): filters as a drawer (f), key figures a tab beside the article.
narrow (< 100 columns or < 30 rows): one column of tabs, Results | Article | Figures | Filters.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Footer, TabbedContent, TabPane

from .chips import ChipBar
from .facet_panel import FacetPanel
from .figures_panel import FiguresPanel
from .reader import Reader
from .results_table import ResultsTable
from .search_bar import SearchBar

if TYPE_CHECKING:
    from .app import BriefingApp


def layout_for(width: int, height: int) -> str:
    if width < 100 or height < 30:
        return "narrow"
    if width < 140:
        return "medium"
    return "wide"


class MainScreen(Screen[None]):
    def __init__(self) -> None:
        super().__init__(id="main-screen")
        self.mode = "wide"

    @property
    def briefing(self) -> BriefingApp:
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        app = self.briefing
        t = app.t
        self.mode = layout_for(app.size.width, app.size.height)
        self.set_class(True, f"-{self.mode}")
        yield SearchBar(t("search.placeholder"), app.query_text, cursor_blink=app.options.cursor_blink)
        yield ChipBar(t)
        if self.mode == "wide":
            with Horizontal(id="body"):
                yield FacetPanel(t)
                with Vertical(id="center"):
                    yield ResultsTable(t)
                    yield Reader(t)
                yield FiguresPanel(t)
        elif self.mode == "medium":
            with Horizontal(id="body"):
                yield FacetPanel(t)
                with Vertical(id="center"):
                    yield ResultsTable(t)
                    with TabbedContent(id="side-tabs", initial="tab-article"):
                        with TabPane(t("tab.article"), id="tab-article"):
                            yield Reader(t)
                        with TabPane(t("tab.figures"), id="tab-figures"):
                            yield FiguresPanel(t)
        else:
            with TabbedContent(id="tabs", initial="tab-results"):
                with TabPane(t("tab.results"), id="tab-results"):
                    yield ResultsTable(t)
                with TabPane(t("tab.article"), id="tab-article"):
                    yield Reader(t)
                with TabPane(t("tab.figures"), id="tab-figures"):
                    yield FiguresPanel(t)
                with TabPane(t("tab.filters"), id="tab-filters"):
                    yield FacetPanel(t)
        yield Footer()

    async def on_resize(self) -> None:
        mode = layout_for(self.app.size.width, self.app.size.height)
        if mode != self.mode:
            self.remove_class(f"-{self.mode}")
            await self.recompose()
            await self.briefing.redisplay()
