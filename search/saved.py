"""Provides saved searches: named queries with their filters and sort, in a YAML file a person may edit.

The file is ``saved-searches.yaml`` in the user config directory::

    Đề án 06 ở Hà Nội:
      query: '"Đề án 06"'
      province: [Hà Nội]        # also official, source, date (values as the query grammar writes them)
      sort: date                # relevance (the default) or date

A broken file (not YAML, an unknown key, a wrong type) is one clear message
naming the file, the entry and the fix; the searches are then empty and the
app starts anyway; saving refuses to overwrite the broken file. When each
search last ran is kept apart, in the user data directory, with the index's
watermark at that time: how many of its articles are new since is counted
against it.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .models import SORTS
from .userfiles import load_json, read_bytes, write_atomic

FILTER_KEYS = ("province", "written", "official", "source", "date")
_HEADER = (
    "# briefing-tui saved searches: a name, its query, and optionally filters (province, official,\n"
    "# source, date: lists of values as the query grammar writes them) and sort (relevance or date).\n"
    "# Edit freely; briefing-tui rewrites this file when a search is saved or deleted (comments go).\n"
)
MAX_SAVED = 500


class SavedSearchesError(ConfigError):
    """The saved searches file cannot be read or written."""

    title = "Saved searches"


@dataclass(frozen=True)
class SavedSearch:
    """A named search: the query text, filter values by facet, and the sort."""

    name: str
    query: str = ""
    filters: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sort: str = "relevance"

    def to_yaml_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"query": self.query}
        data.update({key: list(values) for key, values in self.filters.items() if values})
        if self.sort != "relevance":
            data["sort"] = self.sort
        return data


def _entry(name: Any, data: Any, path: Path) -> SavedSearch:
    where = f"saved search {name!r} in {path}"
    if not isinstance(name, str) or not name.strip():
        raise SavedSearchesError(f"{path}: every saved search needs a name (a text key)")
    if isinstance(data, str):
        data = {"query": data}
    if not isinstance(data, dict):
        raise SavedSearchesError(f"{where} must be a mapping with a 'query' (or just the query text)")
    unknown = set(data) - {"query", "sort", *FILTER_KEYS}
    if unknown:
        raise SavedSearchesError(f"{where} has an unknown key '{sorted(map(str, unknown))[0]}' "
                                 f"(known: query, sort, {', '.join(FILTER_KEYS)})")
    query = data.get("query") or ""
    if not isinstance(query, str):
        raise SavedSearchesError(f"{where}: 'query' must be text")
    sort = data.get("sort") or "relevance"
    if sort not in SORTS:
        raise SavedSearchesError(f"{where}: 'sort' must be {' or '.join(SORTS)}")
    filters: dict[str, tuple[str, ...]] = {}
    for key in FILTER_KEYS:
        values = data.get(key) or []
        if isinstance(values, (str, int)):
            values = [values]
        if not isinstance(values, list) or not all(isinstance(v, (str, int)) for v in values):
            raise SavedSearchesError(f"{where}: '{key}' must be a list of values")
        if values:
            filters[key] = tuple(str(v) for v in values)
    return SavedSearch(name.strip(), query, filters, sort)


class SavedSearches:
    """The saved searches of one user, and when each last ran."""

    def __init__(self, path: Path, state_path: Path) -> None:
        self.path = path
        self.state_path = state_path

    @classmethod
    def default(cls) -> SavedSearches:
        """The user's: ``saved-searches.yaml`` in the config directory, the runs in the data directory."""
        from .config import user_config_dir, user_data_dir

        return cls(user_config_dir() / "saved-searches.yaml", user_data_dir() / "saved-state.json")

    def load(self) -> list[SavedSearch]:
        """Every saved search, in the file's order; ``SavedSearchesError`` when the file is broken."""
        import yaml

        raw = read_bytes(self.path)
        if raw is None:
            return []
        try:
            data = yaml.safe_load(raw.decode("utf-8"))
        except UnicodeDecodeError:
            raise SavedSearchesError(f"{self.path} is not UTF-8 text; fix or remove it") from None
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f" (line {mark.line + 1})" if mark is not None else ""
            raise SavedSearchesError(f"{self.path} is not valid YAML{line}; fix or remove it") from None
        except RecursionError:
            raise SavedSearchesError(f"{self.path} is nested too deeply to be saved searches") from None
        if data is None:
            return []
        if not isinstance(data, dict):
            raise SavedSearchesError(f"{self.path} must map names to searches (see its first lines)")
        return [_entry(name, entry, self.path) for name, entry in list(data.items())[:MAX_SAVED]]

    def save(self, search: SavedSearch) -> None:
        """Add ``search``, or replace the one of the same name (the file is read first: a broken one is
        never overwritten)."""
        searches = [s for s in self.load() if s.name != search.name] + [search]
        self._write(searches)

    def delete(self, name: str) -> bool:
        searches = self.load()
        kept = [s for s in searches if s.name != name]
        if len(kept) == len(searches):
            return False
        self._write(kept)
        runs = self._runs()
        if runs.pop(name, None) is not None:
            self._write_runs(runs)
        return True

    def _write(self, searches: list[SavedSearch]) -> None:
        import yaml

        body = yaml.safe_dump(
            {s.name: s.to_yaml_data() for s in searches}, allow_unicode=True, sort_keys=False, default_flow_style=None
        )
        write_atomic(self.path, _HEADER + body)

    # --- when each ran -----------------------------------------------------------------

    def last_watermark(self, name: str) -> str | None:
        """The index's watermark when ``name`` last ran (None: never)."""
        entry = self._runs().get(name)
        return entry["watermark"] if entry else None

    def mark_run(self, name: str, watermark: str) -> None:
        runs = self._runs()
        runs[name] = {"watermark": watermark, "at": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
        self._write_runs(runs)

    def _runs(self) -> dict[str, dict[str, str]]:
        empty: dict[str, dict[str, str]] = {}
        runs, _problem = load_json(self.state_path, _check_runs, empty)
        return runs

    def _write_runs(self, runs: dict[str, dict[str, str]]) -> None:
        write_atomic(self.state_path, json.dumps({"version": 1, "runs": runs}, ensure_ascii=False, indent=1))


def _check_runs(data: Any) -> dict[str, dict[str, str]]:
    if not isinstance(data, dict) or data.get("version") != 1 or not isinstance(data.get("runs"), dict):
        raise ValueError("not a briefing-tui state file")
    runs: dict[str, dict[str, str]] = {}
    for name, entry in data["runs"].items():
        if not isinstance(entry, dict) or not isinstance(entry.get("watermark"), str):
            raise ValueError(f"a damaged entry for {name!r}")
        runs[str(name)] = {"watermark": entry["watermark"], "at": str(entry.get("at", ""))}
    return runs
