"""Provides the query history: what a user searched, most recent last, for recall and suggestions.

Kept in the user data directory (``history.json``), capped at ``CAP`` entries
(an analyst's few weeks), without repeats: searching a query again moves it to
the end. ``ui.history: false`` turns it off (nothing is read or written).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .userfiles import load_json, write_atomic

CAP = 500
VERSION = 1


def _check(data: Any) -> list[str]:
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("queries"), list):
        raise ValueError("not a briefing-tui history")
    queries = data["queries"]
    if not all(isinstance(q, str) for q in queries):
        raise ValueError("a query that is not text")
    return [q for q in queries if q.strip()][-CAP:]


class QueryHistory:
    """The queries of one user, oldest first."""

    def __init__(self, path: Path) -> None:
        self.path = path
        empty: list[str] = []
        self.queries, self.problem = load_json(path, _check, empty)

    @classmethod
    def default(cls) -> QueryHistory:
        """The user's, in the data directory."""
        from .config import user_data_dir

        return cls(user_data_dir() / "history.json")

    def add(self, query: str) -> None:
        """Remember ``query`` (stripped; blank and over-long ones are not kept) and save."""
        query = query.strip()
        if not query or len(query) > 500:
            return
        if query in self.queries:
            self.queries.remove(query)
        self.queries.append(query)
        del self.queries[:-CAP]
        self._save()

    def clear(self) -> None:
        self.queries = []
        self._save()

    def newest_first(self) -> list[str]:
        return self.queries[::-1]

    def _save(self) -> None:
        write_atomic(self.path, json.dumps({"version": VERSION, "queries": self.queries}, ensure_ascii=False, indent=0))
