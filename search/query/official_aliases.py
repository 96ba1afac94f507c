"""Provides ``official_aliases``: the officials facet's short names filed under the full name they stand for.

Extraction names a foreign leader by the surname alone where the article does ("Tổng thống Putin") or with an
initial ("V.Putin", "D. Trump"), and files the surname under the full name only within one article. So the
facet listed "Putin" (36 articles on the 20k corpus) beside "Vladimir Putin" (189), and filtering by the full
name missed a sixth of his articles. Across the index a short name is another value of the full name when
the index holds one clear full name for it:

- the short name is one word, or an initial and one word ("Putin", "V.Putin", "V. Putin");
- the full names ending in that word (and starting with the initial, if any) whose usual title starts with the
  same post as the short name's ("Tổng thống", "Thủ tướng": "Martin — Thiếu tướng Mỹ" is not "Aston Martin —
  Chủ tịch") are one, or the largest holds ten times the articles of the next ("Donald Trump" 813 beside the
  misspelt "Donal Trump" 5; "Kennedy — Tổng thống Mỹ" has John F. Kennedy alone among presidents);
- and the full name is in as many articles as the short one at least: "Salman — Quốc vương" (5) is not the
  one "Arabia Salman" a misread line made.

On the 20k corpus that files 30 short names (134 articles) under 24 full names: "Putin" 36, "Trump" 33,
"Obama" 21, "V.Putin" 4, …; read one by one, only "Bush" (under George W. Bush, 20 articles, beside George H.
W. Bush, 2) could be the other man. Found by the index run (``embedded/column_build.py``; the cluster when it
reads its names) and applied by both engines: counts are taken over the union of a group's articles, and a
filter by any name of a group holds them all.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Mapping

from ..models import Filters

_SHORT_RE = re.compile(r"(?:(?P<initial>[^\W\d_])\.\s?)?(?P<surname>[^\W\d_][\w'’-]*)")
DOMINANCE = 10
"""How many times the articles of the next full name the chosen one must hold."""


def _post(title: str | None) -> str | None:
    """A title's post: its first two words in lower case ("tổng thống", "thủ tướng", "bộ trưởng")."""
    words = (title or "").lower().split()
    return " ".join(words[:2]) if words else None


def official_aliases(sizes: Mapping[str, int], title: Callable[[str], str | None]) -> dict[str, str]:
    """Each short name → the full name it is filed under, from every official's article count (``sizes``)
    and usual title (``title``, asked only of short names and their candidates)."""
    short: list[tuple[str, str, str]] = []
    by_last: dict[str, list[str]] = defaultdict(list)
    for name in sizes:
        if " " not in name or (len(name) > 3 and name[1] == "." and name.count(" ") == 1):
            m = _SHORT_RE.fullmatch(name)
            if m:
                short.append((name, m.group("initial") or "", m.group("surname")))
                continue
        words = name.split()
        if len(words) >= 2 and not words[0].endswith("."):
            by_last[words[-1]].append(name)
    out: dict[str, str] = {}
    for name, initial, surname in short:
        candidates = [c for c in by_last.get(surname, ()) if c.startswith(initial)]
        if not candidates:
            continue
        post = _post(title(name))
        candidates = [c for c in candidates if post is not None and _post(title(c)) == post]
        if not candidates:
            continue
        candidates.sort(key=lambda c: (-sizes[c], c))
        full = candidates[0]
        if sizes[full] >= sizes[name] and (len(candidates) == 1 or sizes[full] >= DOMINANCE * sizes[candidates[1]]):
            out[name] = full
    return out


def groups(aliases: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Each full name with aliases → its whole group (the full name first, then its short names, sorted)."""
    out: dict[str, list[str]] = defaultdict(list)
    for short, full in aliases.items():
        out[full].append(short)
    return {full: (full, *sorted(shorts)) for full, shorts in out.items()}


def expand(chosen: tuple[str, ...], aliases: Mapping[str, str], grouped: Mapping[str, tuple[str, ...]]) -> tuple[str, ...]:
    """The values a filter by ``chosen`` holds: each name's whole group (a short name stands for its full name)."""
    out: dict[str, None] = {}
    for name in chosen:
        full = aliases.get(name, name)
        out.update(dict.fromkeys(grouped.get(full, (full,))))
        out[name] = None
    return tuple(out)


def canonical(filters: Filters, aliases: Mapping[str, str]) -> Filters:
    """``filters`` with each short official's name replaced by the full name the facet lists it under
    (``--official Trump`` selects "Donald Trump", as the facet shows it)."""
    if not filters.officials or not aliases:
        return filters
    full = tuple(dict.fromkeys(aliases.get(name, name) for name in filters.officials))
    return filters if full == filters.officials else dataclasses.replace(filters, officials=full)
