"""Provides the draft briefing: what a user has picked, kept across restarts until exported or cleared.

Kept in the user data directory (``draft.json``) as the picks in order:
article ids and the indices of their picked key figures. A pick whose article
has left the index is shown as missing by the front-end, not dropped here.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .briefing.model import Pick
from .userfiles import load_json, write_atomic

VERSION = 1
MAX_PICKS = 1000


def _check(data: Any) -> list[Pick]:
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("picks"), list):
        raise ValueError("not a briefing-tui draft")
    picks = []
    for entry in data["picks"][:MAX_PICKS]:
        article, figures = entry["article"], entry.get("figures", [])
        if not isinstance(article, str) or not isinstance(figures, list):
            raise ValueError("a pick that is not an article id and figure numbers")
        if not all(type(i) is int and 0 <= i < 100_000 for i in figures):
            raise ValueError("a figure number that is not a whole number")
        picks.append(Pick(article, tuple(dict.fromkeys(figures))))
    return picks


class Draft:
    """The picks of the briefing in the making, in the order they were picked."""

    def __init__(self, path: Path) -> None:
        self.path = path
        empty: list[Pick] = []
        self.picks, self.problem = load_json(path, _check, empty)

    @classmethod
    def default(cls) -> Draft:
        """The user's, in the data directory."""
        from .config import user_data_dir

        return cls(user_data_dir() / "draft.json")

    def is_picked(self, article_id: str, figure: int | None = None) -> bool:
        for pick in self.picks:
            if pick.article_id == article_id:
                return figure is None or figure in pick.figures
        return False

    def toggle(self, article_id: str, figure: int | None = None) -> bool:
        """Pick or unpick an article (``figure`` None) or one of its figures; picking a figure picks its
        article, unpicking an article drops its figures. Returns whether it is picked now."""
        for n, pick in enumerate(self.picks):
            if pick.article_id != article_id:
                continue
            if figure is None:
                del self.picks[n]
                self._save()
                return False
            figures = tuple(i for i in pick.figures if i != figure)
            picked = len(figures) == len(pick.figures)
            self.picks[n] = Pick(article_id, figures + (figure,) if picked else figures)
            self._save()
            return picked
        self.picks.append(Pick(article_id, () if figure is None else (figure,)))
        self._save()
        return True

    def move(self, index: int, by: int) -> None:
        """Move the pick at ``index`` up (``by`` < 0) or down, within the list."""
        target = max(0, min(len(self.picks) - 1, index + by))
        if 0 <= index < len(self.picks) and target != index:
            self.picks.insert(target, self.picks.pop(index))
            self._save()

    def remove(self, index: int) -> None:
        if 0 <= index < len(self.picks):
            del self.picks[index]
            self._save()

    def clear(self) -> None:
        self.picks = []
        self._save()

    def _save(self) -> None:
        data = {"version": VERSION, "picks": [{"article": p.article_id, "figures": list(p.figures)} for p in self.picks]}
        write_atomic(self.path, json.dumps(data, ensure_ascii=False, indent=1))
