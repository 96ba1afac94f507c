"""Provides the chips: one removable button per active filter, and "clear all".

Chips are compact buttons (no border): at ``height: 1`` a default Button keeps its top and
bottom border lines, and its label was never drawn (empty bars at 160 and 120 columns and
with ``NO_COLOR=1``).
"""

from __future__ import annotations

import dataclasses

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.reactive import reactive
from textual.widgets import Button

from briefing_tui.search import Filters

from ..i18n import Translator
from ..render import safe_line
from .messages import FiltersChanged


class ChipBar(Horizontal):
    """Active filters as chips (from the ``filters`` it is given); pressing one removes it."""

    DEFAULT_CSS = """
    ChipBar { height: auto; max-height: 3; padding: 0 1; }
    ChipBar.-empty { display: none; }
    ChipBar Button { min-width: 0; height: 1; margin: 0 1 0 0; padding: 0 1; }
    """

    filters: reactive[Filters] = reactive(Filters, recompose=True)

    def __init__(self, t: Translator) -> None:
        super().__init__(id="chips")
        self.t = t
        self._chips: dict[str, tuple[str, object]] = {}

    def compose(self) -> ComposeResult:
        self._chips = {}
        f = self.filters
        items: list[tuple[str, str, object]] = []
        items += [("provinces", f"{self.t('chips.province')}: {p}", p) for p in f.provinces]
        items += [("written", f"{self.t('chips.written')}: {p}", p) for p in f.written]
        items += [("dates", f"{self.t('chips.date')}: {d.label or '?'}", d) for d in f.dates]
        items += [("officials", f"{self.t('chips.official')}: {o}", o) for o in f.officials]
        items += [("sources", f"{self.t('chips.source')}: {s}", s) for s in f.sources]
        for n, (facet, label, value) in enumerate(items):
            key = f"chip-{n}"
            self._chips[key] = (facet, value)
            yield Button(safe_line(f"{label} ×"), id=key, classes="chip", compact=True)  # a str label is markup
        if items:
            yield Button(self.t("chips.clear"), id="chip-clear", variant="warning", compact=True)
        self.set_class(not items, "-empty")

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "chip-clear":
            self.post_message(FiltersChanged(Filters()))
            return
        facet, value = self._chips[event.button.id or ""]
        current = getattr(self.filters, facet)
        self.post_message(FiltersChanged(dataclasses.replace(self.filters, **{facet: tuple(v for v in current if v != value)})))
