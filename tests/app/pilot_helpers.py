"""Helpers for the reader's Pilot tests: run a scenario, wait for the screen, read what it shows.

Tests observe the reader through its main screen: the rows, the status line, the reader,
the chips, the screen's state (``result``, ``filters``, ``view``) and whether a search is
still running (``searching``); a phase of a search is held through the service's public
``start`` (``GatedService``), never by patching ``search/`` internals.
"""

from __future__ import annotations

import asyncio
import io
import threading
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from rich.console import Console
from textual.widgets import SelectionList

from briefing_tui.search import Config, Query, SearchRun, SearchService
from briefing_tui.tui.app.app import BriefingApp
from briefing_tui.tui.app.main import make_app
from briefing_tui.tui.app.main_screen import MainScreen
from briefing_tui.tui.app.options import AppOptions

Scenario = Callable[[BriefingApp, Any], Awaitable[None]]


def app_on(index: Path, language: str = "en", **options: Any) -> BriefingApp:
    return make_app(Config(), index, AppOptions(**options) if options else None, language=language)


def run(app: BriefingApp, scenario: Scenario, size: tuple[int, int] = (160, 50), ready: bool = True) -> None:
    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            if ready:
                await until(pilot, lambda: app.main.result is not None, "first results")
            await scenario(app, pilot)

    asyncio.run(main())


async def until(pilot: Any, condition: Callable[[], bool], what: str, timeout: float = 10.0) -> None:
    for _ in range(int(timeout / 0.05)):
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError(f"timed out waiting for {what}")


async def settle(app: BriefingApp, pilot: Any) -> None:
    """Wait until no search is running or waiting to run. A selection in a filter list reaches the
    screen through a chain of messages (the list, the pane, the screen): each round lets every
    pending message be handled first, so a loaded machine cannot read the state before it changed."""
    for _ in range(2):
        await pilot.pause(0.05)
        await pilot.pause()
        await until(pilot, lambda: not app.main.searching, "search to settle")
    await pilot.pause(0.05)


async def pick(app: BriefingApp, pilot: Any, list_id: str, value: str) -> None:
    """Tick ``value`` in the filter list ``list_id`` as a user would, once the list can hold it.

    Each search's facet counts refill the lists: a value ticked before the first results
    arrive, or while a search that refills the list is running, is lost (seen on a loaded CI
    box). So: settle, wait for the option, tick it, wait for the filter to reach the screen and
    for its search to finish."""
    screen = app.main
    await settle(app, pilot)
    box = screen.query_one(list_id, SelectionList)
    await until(pilot, lambda: any(box.get_option_at_index(i).value == value
                                   for i in range(box.option_count)), f"{value!r} in {list_id}")
    before = screen.filters
    box.select(value)
    await until(pilot, lambda: screen.filters != before, f"the filter {value!r} on the screen")
    await settle(app, pilot)


def ids(screen: MainScreen) -> list[str]:
    assert screen.result is not None
    return [h.id for h in screen.result.hits]


def plain(renderable: Any, width: int = 120) -> str:
    console = Console(width=width, record=True, file=io.StringIO(), color_system=None)
    console.print(renderable)
    return console.export_text()


def status_text(app: BriefingApp) -> str:
    return plain(app.main.query_one("#status").content)  # type: ignore[attr-defined]


def screen_lines(app: BriefingApp) -> list[str]:
    """The characters on screen, one string per row (what a terminal would show)."""
    return ["".join(s.text for s in strip) for strip in app.screen._compositor.render_strips()]


class Gate:
    """A step of the searches (``hits`` or ``finish``) held until opened."""

    def __init__(self) -> None:
        self._open = threading.Event()
        self.reached = threading.Event()

    def wait(self) -> None:
        self.reached.set()
        self._open.wait(10)

    def open(self) -> None:
        self._open.set()


class GatedRun:
    """A real ``SearchRun`` whose steps may be held by gates and are noted."""

    def __init__(self, run: SearchRun, owner: GatedService, query: Query) -> None:
        self._run = run
        self._owner = owner
        self.query = query

    def hits(self) -> Any:
        gate = self._owner.gates.get(("hits", self.query.text))
        if gate is not None:
            gate.wait()
        return self._run.hits()

    def finish(self) -> Any:
        self._owner.finished.append(self.query.text)
        gate = self._owner.gates.get(("finish", self.query.text)) or self._owner.gates.get(("finish", None))
        if gate is not None:
            gate.wait()
        return self._run.finish()


class GatedService:
    """Wraps a service's ``start`` (its public two-step search) so a test can hold a step of the
    search for some text (``hold("finish", "Lai Châu")``; text None: every search) and see which
    searches were started and which counted their facets."""

    def __init__(self, service: SearchService) -> None:
        self.gates: dict[tuple[str, str | None], Gate] = {}
        self.started: list[str] = []
        self.finished: list[str] = []
        real = service.start

        def start(query: Query, first: int | None = None) -> Any:
            self.started.append(query.text)
            return GatedRun(real(query, first), self, query)

        service.start = start  # type: ignore[method-assign]

    def hold(self, step: str, text: str | None = None) -> Gate:
        gate = self.gates[(step, text)] = Gate()
        return gate

    def open_all(self) -> None:
        for gate in self.gates.values():
            gate.open()
