"""Provides the main screen's three layouts, picked from the terminal's size.

- wide (≥ 140 columns): filters | results over the article | key figures;
- medium (100–139): filters as a drawer (f), key figures a tab beside the article;
- narrow (< 100 columns or < 30 rows): one column of tabs, Results | Article | Figures | Filters
  (usable at 80×24).

The screen creates and binds the widgets; ``arrange`` only places them.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.widget import Widget
from textual.widgets import TabbedContent, TabPane

from ..i18n import Translator


def layout_for(width: int, height: int) -> str:
    if width < 100 or height < 30:
        return "narrow"
    if width < 140:
        return "medium"
    return "wide"


def arrange(mode: str, t: Translator, facets: Widget, results: Widget, reader: Widget, figures: Widget) -> ComposeResult:
    """The four panes in the containers of ``mode`` (to ``yield from`` in a ``compose``)."""
    if mode == "wide":
        with Horizontal(id="body"):
            yield facets
            with Vertical(id="center"):
                yield results
                yield reader
            yield figures
    elif mode == "medium":
        with Horizontal(id="body"):
            yield facets
            with Vertical(id="center"):
                yield results
                with TabbedContent(id="side-tabs", initial="tab-article"):
                    with TabPane(t("tab.article"), id="tab-article"):
                        yield reader
                    with TabPane(t("tab.figures"), id="tab-figures"):
                        yield figures
    else:
        with TabbedContent(id="tabs", initial="tab-results"):
            with TabPane(t("tab.results"), id="tab-results"):
                yield results
            with TabPane(t("tab.article"), id="tab-article"):
                yield reader
            with TabPane(t("tab.figures"), id="tab-figures"):
                yield figures
            with TabPane(t("tab.filters"), id="tab-filters"):
                yield facets
