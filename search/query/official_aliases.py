"""Provides ``official_aliases``: the officials facet's other names of one person filed under one of them.

Extraction names a foreign leader by the surname alone where the article does ("Tổng thống Putin") or with an
initial ("V.Putin", "D. Trump"), and files the surname under the full name only within one article. So the
facet listed "Putin" (36 articles on the 20k corpus) beside "Vladimir Putin" (189), "Kim Jong Un" (22) beside
"Kim Jong-un" (89), and a filter by the full name missed a sixth of their articles. Across the index a name is
another value of a second one in three cases, each checked against the names' usual titles (their first two
words, the post: "Martin — Thiếu tướng Mỹ" is not "Aston Martin — Chủ tịch"):

- one name spelt two ways, case and hyphens aside ("Kim Jong Un", "Moon Jae In", "Bashar Al-Assad"): filed under
  the spelling in more articles;
- a full name that ends another with the same post ("Kim Thoa" of "Hồ Thị Kim Thoa", "Javad Zarif" of
  "Mohammad Javad Zarif"): filed under the longer, in as many articles or more; with as many and foreign words
  before, under the shorter (words glued on are a place's or a body's more often: "Paris Anne Hidalgo");
- a short name, one word or an initial and one word ("Putin", "V.Putin", "V. Putin"), under the full name that
  ends in it (and starts with the initial).

A name no article gives a post (extraction lists well-known office holders named bare since session 43,
``extract/known_people.py``) has no post to check: it is filed under a full name only when both are forms of
one person on that list ("Mnuchin" under "Steven Mnuchin").

In each, the name filed under must be the only candidate with the post, or hold ten times the articles of the
next ("Donald Trump" 813 beside the misspelt "Donal Trump" 5; two prime ministers named Lee leave "Lee" alone),
and at least as many as the name filed ("Salman — Quốc vương", 5, is not the one "Arabia Salman" a misread line
made). On the 20k corpus: 85 names (253 articles) under 68: "Putin" 36, "Trump" 33, "Kim Jong Un" 22,
"Obama" 21, "Tayyip Erdogan" 16, "Moon Jae In" 9, …. Read one by one, two are doubtful: "Bush" (under George W.
Bush, 20 articles, beside George H. W. Bush, 2) and "Bùi Quang Huy" under "Đoàn Bùi Quang Huy" (one article each,
"Đoàn" the Youth Union's word glued on). Found by the index run (``embedded/column_build.py``; the cluster when
it reads its names) and applied by both engines: counts are taken over the union of a group's articles, and a
filter by any name of a group holds them all.
"""

from __future__ import annotations

import dataclasses
import re
from collections import defaultdict
from collections.abc import Callable, Mapping

from ..extract.known_people import known_forms
from ..extract.text import is_vietnamese_syllable
from ..models import Filters

_SHORT_RE = re.compile(r"(?:(?P<initial>[^\W\d_])\.\s?)?(?P<surname>[^\W\d_][\w'’-]*)")
DOMINANCE = 10
"""How many times the articles of the next full name the chosen one must hold."""


def _post(title: str | None) -> str | None:
    """A title's post: its first two words in lower case ("tổng thống", "thủ tướng", "bộ trưởng")."""
    words = (title or "").lower().split()
    return " ".join(words[:2]) if words else None


def usual_titles(counts: Mapping[str, int]) -> dict[str, str]:
    """Each official's usual title from the "name\ttitle" values' article counts: the one most articles give,
    the first in string order among equals (as ``Derived.official_title`` reads one name's)."""
    best: dict[str, tuple[int, str]] = {}
    for key, n in sorted(counts.items()):
        person, _, title = key.partition("\t")
        if person not in best or n > best[person][0]:
            best[person] = (n, title)
    return {person: title for person, (_n, title) in best.items()}


def _key(name: str) -> str:
    """A name as compared: case and hyphens aside ("Kim Jong-un" and "Kim Jong Un" are one key)."""
    return " ".join(name.replace("-", " ").casefold().split())


def _chosen(name: str, candidates: list[str], totals: Mapping[str, int]) -> str | None:
    """The candidate ``name`` is filed under: the only one, or the largest when it holds ten times the next; and
    in as many articles as ``name``."""
    if not candidates:
        return None
    candidates = sorted(candidates, key=lambda c: (-totals[c], c))
    full = candidates[0]
    if totals[full] >= totals[name] and (len(candidates) == 1 or totals[full] >= DOMINANCE * totals[candidates[1]]):
        return full
    return None


def official_aliases(sizes: Mapping[str, int], title: Callable[[str], str | None]) -> dict[str, str]:
    """Each name filed under another → that name, from every official's article count (``sizes``) and usual title
    (``title``, asked only of the names that have candidates). In three steps: one name spelt two ways ("Kim Jong
    Un" under "Kim Jong-un", the one in more articles); a full name that ends another with the same post ("Tayyip
    Erdogan" under "Recep Tayyip Erdogan"); a short name under a full one ("Putin", "V.Putin")."""
    out: dict[str, str] = {}
    spelt: dict[str, list[str]] = defaultdict(list)
    for name in sizes:
        if " " in name.strip():
            spelt[_key(name)].append(name)
    for names in spelt.values():
        if len(names) > 1:
            names.sort(key=lambda n: (-sizes[n], n))
            out.update(dict.fromkeys(names[1:], names[0]))
    totals: dict[str, int] = defaultdict(int)
    for name, n in sizes.items():
        totals[out.get(name, name)] += n

    def same_post(name: str, candidates: list[str]) -> list[str]:
        post = _post(title(name))
        if post is None:  # a well-known office holder named only bare ("Mnuchin"): by the list's forms
            return [c for c in candidates if c in known_forms(name)]
        return [c for c in candidates if _post(title(c)) == post]

    full_names = [n for n in sizes if n not in out and len(n.split()) >= 2 and not n.split()[0].endswith(".")]
    by_tail: dict[str, list[str]] = defaultdict(list)
    by_last: dict[str, list[str]] = defaultdict(list)
    for name in full_names:
        words = name.split()
        by_last[words[-1]].append(name)
        keyed = _key(name).split()
        for k in range(2, len(keyed)):
            by_tail[" ".join(keyed[-k:])].append(name)
    for name in full_names:
        if name in out or not (longer := by_tail.get(_key(name))):
            continue
        if (full := _chosen(name, [c for c in same_post(name, longer) if c not in out], totals)) is None:
            continue
        extra = full.split()[: len(full.split()) - len(name.split())]
        if totals[full] == totals[name] and not all(map(is_vietnamese_syllable, extra)):
            out[full] = name  # as many articles: the shorter, when the words before it are foreign, more often a
            # place's or a body's glued on ("Paris Anne Hidalgo", "Interpol Jurgen Stock") than a name's
        else:
            out[name] = full  # (a Vietnamese surname and middle name: "Phương Thảo" is "Đặng Thị Phương Thảo")
    for name in sizes:
        if name in out or not (" " not in name or (len(name) > 3 and name[1] == "." and name.count(" ") == 1)):
            continue
        m = _SHORT_RE.fullmatch(name)
        if not m:
            continue
        initial, surname = m.group("initial") or "", m.group("surname")
        candidates = [c for c in by_last.get(surname, ()) if c not in out and c.startswith(initial)]
        if candidates and (full := _chosen(name, same_post(name, candidates), totals)):
            out[name] = full
    for name in out:  # a chain ("Erdogan" → "Tayyip Erdogan" → "Recep Tayyip Erdogan") ends at its last name
        seen = {name}
        while out[name] in out and out[name] not in seen:
            seen.add(out[name])
            out[name] = out[out[name]]
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
