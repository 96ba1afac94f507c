"""Provides ``SearchScheduler``: when the reader starts a search as the user types (no Textual in it).

The rules, measured on the 20k index (docs/performance.md, "The reader"):

- At most one search in flight. Keys typed while one runs are coalesced into the
  next search, which starts as soon as the running one lands: typing at 60 ms a key,
  the last key reached its hits in 73 ms (p50) this way, and in 106/140/204 ms with a
  minimum gap of 50/100/200 ms between searches.
- A search overtaken by typing paints nothing: its worker asks ``overtaken`` after
  building the hits and stops there (no facet counts for text nobody reads).
- A result of an older search is stale and dropped (``is_current``, by sequence number).
- ``min_gap`` (``ui.debounce_ms``) can add a minimum gap between search starts; 0 by
  default, because with the two rules above any gap only delays results.
- "Search now" (Enter, a filter, the sort) skips the gap.
- Nothing starts before ``open()`` (the index is there) and the first search has
  landed; what is asked meanwhile runs right after it.

The clock and the timer are injected, so the unit tests (tests/unit/test_scheduler.py)
run it on a fake clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol


class Timer(Protocol):
    def stop(self) -> None: ...


StartFn = Callable[[int], None]
"""``start(ticket)``: begin the search numbered ``ticket`` (it must end in ``landed(ticket)``)."""
TimerFn = Callable[[float, Callable[[], None]], Timer]
"""``timer(delay_s, callback)``: call ``callback`` once after ``delay_s`` seconds; returns a stoppable handle."""


class SearchScheduler:
    """Decides when the next search starts; the owner runs it (``start``) and reports it (``landed``).

    All methods but ``overtaken`` are called from the UI thread; ``overtaken`` may be called from
    the worker running a search (it reads one flag).
    """

    def __init__(
        self, start: StartFn, timer: TimerFn, min_gap: float = 0.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self._start = start
        self._timer_fn = timer
        self._clock = clock
        self.min_gap = max(0.0, min_gap)
        self._open = False  # the index can be searched
        self._landed_once = False  # the first search has landed
        self._seq = 0  # the ticket of the latest search started
        self._in_flight = False
        self._pending = False  # asked for while a search ran (or before the index was open)
        self._pending_now = False  # … and asked for "now"
        self._timer: Timer | None = None
        self._last_start = float("-inf")

    # --- what the owner asks ------------------------------------------------------------------

    @property
    def ready(self) -> bool:
        """The index is open and the first search has landed."""
        return self._open and self._landed_once

    @property
    def busy(self) -> bool:
        """A search is running, or one is asked for and not started yet."""
        return self._in_flight or self.waiting

    @property
    def waiting(self) -> bool:
        """A search is asked for and not started yet (behind the running one, or the gap)."""
        return self._pending or self._timer is not None

    def is_current(self, ticket: int) -> bool:
        """Whether ``ticket`` is the latest search started (an older one's result is stale)."""
        return ticket == self._seq

    def overtaken(self, ticket: int) -> bool:
        """Whether newer input waits behind search ``ticket``: its result would only be replaced."""
        return self._pending or ticket != self._seq

    # --- what happens -------------------------------------------------------------------------

    def open(self) -> None:
        """The index can be searched: the first search starts now (or after the one running)."""
        self._open = True
        self.request(now=True)

    def close(self) -> None:
        """The index cannot be searched (it failed to open or to build): nothing starts until ``open``."""
        self._open = False
        self._stop_timer()

    def request(self, now: bool = False) -> None:
        """The query changed (typing); ``now``: search at once, without the gap (Enter, a filter, the sort)."""
        if not self._open or self._in_flight:
            self._pending = True
            self._pending_now = self._pending_now or now
            return
        if self._timer is not None and not now:
            return  # already timed: the search will read the latest input when it starts
        self._stop_timer()
        wait = 0.0 if now else self.min_gap - (self._clock() - self._last_start)
        if wait <= 0:
            self._begin()
        else:
            self._timer = self._timer_fn(wait, self._fire)

    def landed(self, ticket: int) -> bool:
        """Search ``ticket`` is over (shown, dropped or failed); returns whether it is the current one.

        A search asked for meanwhile starts now."""
        current = ticket == self._seq
        if current:
            self._in_flight = False
            self._landed_once = True
        if self._pending and not self._in_flight:
            now, self._pending, self._pending_now = self._pending_now, False, False
            self.request(now)
        return current

    # --- inside -------------------------------------------------------------------------------

    def _fire(self) -> None:
        self._timer = None
        if self._open and not self._in_flight:
            self._begin()

    def _begin(self) -> None:
        self._stop_timer()
        self._pending = self._pending_now = False
        self._in_flight = True
        self._last_start = self._clock()
        self._seq += 1
        self._start(self._seq)

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
