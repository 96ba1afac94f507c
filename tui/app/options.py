"""Provides ``AppOptions``: how the reader runs, beyond the configuration (tests and benchmarks set them)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AppOptions:
    show_elapsed: bool = True
    """Show search times (snapshot tests turn it off: times vary)."""
    cursor_blink: bool = True
    exit_when_ready: bool = False
    """Exit once the first results are on screen (the start-up benchmark)."""
    limit: int = 50
    """Results listed per search."""
