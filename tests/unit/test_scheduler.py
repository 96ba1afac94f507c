"""The typing scheduler of the reader, on a fake clock (no Textual, no index)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from briefing_tui.tui.scheduling import SearchScheduler


class FakeTimer:
    def __init__(self, at: float, callback: Callable[[], None]) -> None:
        self.at = at
        self.callback = callback
        self.stopped = False

    def stop(self) -> None:
        self.stopped = True


class Harness:
    """A scheduler whose searches are only recorded; the test says when each lands."""

    def __init__(self, min_gap: float = 0.0) -> None:
        self.now = 0.0
        self.started: list[tuple[int, float]] = []
        self.timers: list[FakeTimer] = []
        self.scheduler = SearchScheduler(self._start, self._timer, min_gap=min_gap, clock=lambda: self.now)

    def _start(self, ticket: int) -> None:
        self.started.append((ticket, self.now))

    def _timer(self, delay: float, callback: Callable[[], None]) -> FakeTimer:
        timer = FakeTimer(self.now + delay, callback)
        self.timers.append(timer)
        return timer

    def advance(self, seconds: float) -> None:
        """Time passes; due timers fire."""
        self.now += seconds
        for timer in list(self.timers):
            if not timer.stopped and timer.at <= self.now:
                timer.stopped = True
                timer.callback()

    @property
    def tickets(self) -> list[int]:
        return [t for t, _ in self.started]

    def land_latest(self) -> bool:
        return self.scheduler.landed(self.tickets[-1])


@pytest.fixture
def h() -> Harness:
    harness = Harness()
    harness.scheduler.open()  # the first search
    return harness


def test_nothing_starts_before_the_index_is_open():
    h = Harness()
    h.scheduler.request()
    h.scheduler.request(now=True)
    assert h.started == [] and not h.scheduler.ready and h.scheduler.busy
    h.scheduler.open()
    assert h.tickets == [1]  # one search, reading the latest input


def test_not_ready_until_the_first_search_lands_and_typing_meanwhile_is_kept(h):
    assert h.tickets == [1] and not h.scheduler.ready
    h.scheduler.request()  # typed while the first search runs
    assert h.tickets == [1]
    assert h.land_latest()
    assert h.scheduler.ready and h.tickets == [1, 2]  # the typing is searched at once


def test_at_most_one_search_in_flight_and_keys_typed_meanwhile_coalesce(h):
    h.land_latest()
    h.scheduler.request()
    assert h.tickets == [1, 2]
    for _ in range(5):  # five keys while search 2 runs
        h.scheduler.request()
    assert h.tickets == [1, 2] and h.scheduler.busy
    h.land_latest()
    assert h.tickets == [1, 2, 3]  # one search for all five keys
    h.land_latest()
    assert h.tickets == [1, 2, 3] and not h.scheduler.busy


def test_a_search_with_typing_behind_it_is_overtaken(h):
    h.land_latest()
    h.scheduler.request()
    assert not h.scheduler.overtaken(2)
    h.scheduler.request()  # a key while search 2 builds its hits
    assert h.scheduler.overtaken(2)
    h.scheduler.landed(2)  # dropped by its worker
    assert not h.scheduler.overtaken(3)


def test_stale_results_are_not_current(h):
    h.land_latest()
    h.scheduler.request()
    assert h.scheduler.is_current(2) and not h.scheduler.is_current(1)
    assert not h.scheduler.landed(1)  # a late answer to an older search changes nothing
    assert h.scheduler.busy and h.tickets == [1, 2]
    assert h.scheduler.landed(2) and not h.scheduler.busy


def test_min_gap_delays_a_search_that_follows_too_soon():
    h = Harness(min_gap=0.2)
    h.scheduler.open()
    h.land_latest()
    h.advance(0.05)
    h.scheduler.request()
    assert h.tickets == [1] and h.scheduler.waiting  # 0.15 s still to wait
    h.scheduler.request()  # more keys: the same deadline
    h.advance(0.1)
    assert h.tickets == [1]
    h.advance(0.05)
    assert h.tickets == [1, 2] and h.started[-1][1] == pytest.approx(0.2)
    assert len([t for t in h.timers if not t.stopped]) == 0


def test_no_gap_once_the_gap_has_passed():
    h = Harness(min_gap=0.2)
    h.scheduler.open()
    h.land_latest()
    h.advance(0.5)
    h.scheduler.request()
    assert h.tickets == [1, 2] and h.timers == []


def test_search_now_skips_the_gap_and_cancels_the_timer():
    h = Harness(min_gap=0.2)
    h.scheduler.open()
    h.land_latest()
    h.scheduler.request()
    (timer,) = h.timers
    h.scheduler.request(now=True)  # Enter
    assert h.tickets == [1, 2] and timer.stopped
    h.advance(1.0)
    assert h.tickets == [1, 2]  # the stopped timer starts nothing


def test_search_now_asked_while_one_runs_follows_it_without_the_gap():
    h = Harness(min_gap=0.2)
    h.scheduler.open()
    h.land_latest()
    h.advance(1.0)
    h.scheduler.request()
    h.scheduler.request(now=True)  # a filter ticked while search 2 runs
    h.advance(0.01)
    h.land_latest()
    assert h.tickets == [1, 2, 3] and h.timers == []


def test_typing_behind_a_search_waits_for_the_gap_after_it_lands():
    h = Harness(min_gap=0.2)
    h.scheduler.open()
    h.land_latest()
    h.advance(1.0)
    h.scheduler.request()  # search 2 at 1.0
    h.scheduler.request()  # typed on
    h.advance(0.05)
    h.land_latest()
    assert h.tickets == [1, 2] and h.scheduler.waiting
    h.advance(0.15)
    assert h.tickets == [1, 2, 3]


def test_closing_stops_searching_until_opened_again(h):
    h.land_latest()
    h.scheduler.close()  # the index failed
    assert not h.scheduler.ready
    h.scheduler.request()
    assert h.tickets == [1]
    h.scheduler.open()  # indexed again
    assert h.tickets == [1, 2]
    h.land_latest()
    assert h.scheduler.ready


def test_a_search_landing_after_close_leaves_the_typing_for_later(h):
    h.scheduler.request()  # typed while the first search runs
    h.scheduler.close()
    h.land_latest()
    assert h.tickets == [1] and h.scheduler.waiting
    h.scheduler.open()
    assert h.tickets == [1, 2] and not h.scheduler.waiting
