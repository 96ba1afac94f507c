"""Provides ``LRU``: the one small least-recently-used cache of the core.

The query side asks for the same posting lists and document sets again and
again while a user types ("chuyển", "chuyển đ", "chuyển đổi"…): the last 256
answers are kept, so most of a keystroke's reads are memory lookups.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRU(Generic[K, V]):
    """At most ``size`` values; reading one makes it the most recent."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._data: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K, compute: Callable[[], V]) -> V:
        """The cached value of ``key``, computed (and kept) on a miss."""
        data = self._data
        if key in data:
            data.move_to_end(key)
            return data[key]
        value = data[key] = compute()
        if len(data) > self.size:
            data.popitem(last=False)
        return value

    def peek(self, key: K) -> V | None:
        """The cached value of ``key`` (None on a miss), computing nothing."""
        return self._data.get(key)

    def clear(self) -> None:
        self._data.clear()

    def __len__(self) -> int:
        return len(self._data)
