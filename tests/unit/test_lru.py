"""The core's LRU cache: bounded by entries and, given a weight, by what the entries hold."""

from __future__ import annotations

from briefing_tui.search.lru import LRU


def test_entries_beyond_the_size_go_oldest_first():
    cache: LRU[str, int] = LRU(2)
    for key in "abc":
        cache.get(key, lambda k=key: ord(k))
    assert len(cache) == 2 and cache.peek("a") is None and cache.peek("c") == ord("c")


def test_a_weighted_cache_keeps_its_total_under_the_bound():
    cache: LRU[int, set[int]] = LRU(256, weight=len, max_weight=100)
    for i in range(10):
        cache.get(i, lambda i=i: set(range(30 + i)))
        assert cache.total <= 100 or len(cache) == 1
    assert cache.peek(9) is not None and cache.peek(0) is None
    assert cache.total == sum(len(cache.peek(k) or ()) for k in range(10))


def test_one_value_heavier_than_the_bound_is_still_kept_alone():
    cache: LRU[str, list[int]] = LRU(256, weight=len, max_weight=10)
    cache.get("small", lambda: [1])
    big = cache.get("big", lambda: list(range(50)))
    assert len(big) == 50 and len(cache) == 1 and cache.peek("small") is None
    cache.clear()
    assert cache.total == 0 and len(cache) == 0


def test_a_hit_makes_an_entry_the_most_recent():
    cache: LRU[str, list[int]] = LRU(256, weight=len, max_weight=4)
    cache.get("a", lambda: [1, 2])
    cache.get("b", lambda: [3, 4])
    cache.get("a", lambda: [0])  # a hit: computes nothing
    cache.get("c", lambda: [5])
    assert cache.peek("a") == [1, 2] and cache.peek("b") is None and cache.peek("c") == [5]
