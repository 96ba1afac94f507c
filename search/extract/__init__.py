"""Provides article understanding: cleaning, title, date, source, provinces, officials, figures.

``extract_paths`` is what ``briefing-tui extract`` shows: every article of some
files or folders, understood exactly as indexing would, without an index.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from ..errors import ArticleError
from ..models import Article, Skipped


def extract_paths(paths: list[Path]) -> Iterator[Article | Skipped]:
    """Each article read from ``paths`` (files or folders), or a ``Skipped`` saying what was not and why."""
    from ..inputs import discover, read_source
    from .pipeline import enrich

    files, skipped = discover(list(paths))
    yield from skipped
    for source in files:
        for item in read_source(source):
            if isinstance(item, Skipped):
                yield item
                continue
            try:
                yield enrich(item)
            except ArticleError as exc:
                yield Skipped(item.where, exc.message)
