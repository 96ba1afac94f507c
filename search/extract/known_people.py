"""Provides ``known_mentions``: office holders a text names with no post, found from a hand-written list.

Vietnamese news names the best-known people bare: "chính quyền Trump", "Barack Obama đến Scotland để diễn
thuyết", "Tập Cận Bình đại diện chính quyền trung ương", "thời kỳ Stalin". The officials grammar needs a post
beside a name and finds none there. Of the 484 names our held-out officials golds listed and extraction missed
(session 43), 101 were names the 20k corpus gives a post in three articles or more — mostly such bare mentions
of world leaders. ``search/data/known_officials.txt`` lists 200 office holders (heads of state and
government, ministers, heads of international bodies and of the largest companies, 1945–2025), written from
public knowledge, each with the forms texts write ("Donald Trump", "Trump", "D. Trump").

A mention counts where it is a person's name: a whole name not after a street's, a ship's or a building's
noun ("đường", "tàu", "USS", "Bảo tàng") — nor anywhere in a text that writes it so once ("USS Ronald Reagan" …
"tàu sân bay chạy bằng năng lượng hạt nhân Ronald Reagan") —, not followed by "Jr."; a one-word form (a surname) only standing
alone — not after or before another capitalised word ("Ivanka Trump", "Trump Tower") and not where the text
names someone else of that surname ("Melania Trump" — the bare "Trump" may be hers). The person is listed
under the fullest form the text writes, with no title: the text gives none (the facet's label shows the
post most articles give, ``derived.official_title``).

"Hồ Chí Minh" is not on the list: the issue counts "Hồ Chí Minh — Chủ tịch" among the officials facet's junk
(the late president, and the city read as him), so "Chủ tịch Hồ Chí Minh" stays out (as tests/unit/test_officials_recall23.py keeps it;
the held-out golds count him, 10 of the 484 misses).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, NamedTuple

from ..analysis import normalize
from .gazetteer import _data
from .text import is_vietnamese_syllable


class Known(NamedTuple):
    forms: tuple[str, ...]
    """The forms a text writes, the fullest first."""
    surname: str | None
    """The one-word form, if any."""


_WORD = r"[^\W\d_]"
_NOT_A_PERSON_BEFORE = frozenset({
    "đường", "phố", "đại lộ", "quảng trường", "trường", "tàu", "tàu sân bay", "uss", "hms", "bảo tàng", "lăng",
    "sân bay", "thư viện", "quỹ", "tháp", "chợ", "công viên", "nhà hát", "đại học", "học viện",
})
"""Words after which a known name is a place's, a ship's or a foundation's ("đường Võ Văn Kiệt", "tàu sân bay USS
Ronald Reagan", "Bảo tàng Hồ Chí Minh"). Not "cầu" (a bridge, and "yêu cầu James Comey"), "tượng" ("ấn tượng"),
"giải", "khu" ("Trưởng Đặc khu Lương Chấn Anh"), "viện" ("Hạ viện Nancy Pelosi"): each a word's last syllable
more often than a place's noun, read on the 20k corpus (session 43)."""
_COMPOUNDS = frozenset({"thị trường", "lập trường", "môi trường", "hiện trường", "chiến trường", "nhà trường",
                        "công trường", "phi trường", "thao trường", "diễn đường", "con đường", "giáo đường"})
"""Two-word compounds whose last word is a place's noun ("lập trường Trump": a stance)."""
_CANDIDATE_RE = re.compile(r"ứng (?:cử )?viên(?: (?:tổng thống|đảng|Dân chủ|Cộng hòa|[^\W\d_]+ hữu))*[ \t]*$")
"""A candidate's word just before a name ("ứng viên Dân chủ Joe Biden", "ứng cử viên cực hữu …"): the text presents
the person as running for a post, which is not holding one."""


_HYPHEN_RE = re.compile(r"(?<=\w)-(?=\w)")


@lru_cache(maxsize=1)
def _known() -> tuple[dict[str, Known], re.Pattern[str]]:
    """Each written form → its person, and one pattern finding every form (a letter tree: a longer form first)."""
    by_form: dict[str, Known] = {}
    for line in _data("known_officials.txt").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        forms = tuple(normalize(f.strip()) for f in line.split("|") if f.strip())
        single = [f for f in forms if " " not in f and "." not in f and "-" not in f]
        person = Known(forms, single[0] if single else None)
        for form in forms:
            by_form[form] = person
    return by_form, re.compile(rf"{_trie(by_form)}(?![\w'’-])")


def _trie(forms: Iterable[str]) -> str:
    """One pattern for many literal forms, written as their letters' tree ("Do(?:nald Trump|…)"): Python's regex
    engine tries every alternative of a flat "A|B|…" at every position of a text (the search alone 0.40 ms an article
    for the ~300 forms over 2,000 corpus articles), the tree only the branches its letters allow (0.017 ms). A longer form is
    tried before the shorter one it extends (greedy branches); the word boundary before a form is tested by the
    caller (a look-behind before the tree keeps the engine from skipping the positions no form starts at)."""
    tree: dict[str, Any] = {}
    for form in forms:
        node = tree
        for ch in form:
            node = node.setdefault(ch, {})
        node[""] = {}

    def pattern(node: dict[str, Any]) -> str:
        branches = [re.escape(ch) + pattern(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(tree)


def _word_before(text: str, start: int) -> str:
    """The word (or two, for "tàu sân bay") before ``start``, lower-cased, for the place test."""
    head = text[max(0, start - 20) : start].rstrip().lower()
    words = head.split()
    two = " ".join(words[-2:]) if len(words) >= 2 else ""
    if two in _NOT_A_PERSON_BEFORE or two in _COMPOUNDS:
        return two
    return words[-1] if words else ""


def _name_before(text: str, start: int) -> bool:
    """Whether a capitalised word before ``start`` may be part of one name with the surname: a foreign word
    ("Melania", "Ivanka"), or a Vietnamese one within a sentence ("Mỹ Trump"); not "Ông" or "Theo" opening one."""
    head = text[max(0, start - 30) : start]
    if re.search(r"(?<![\w.])[A-Z]\.[ \t]*$", head):
        return True  # an initial: "USS John S. McCain"
    m = re.search(rf"(^|[.!?:;\n\"“”(]\s*)?({_WORD}+)[ \t]*$", head)
    if not m or not m.group(2)[0].isupper():
        return False
    return not is_vietnamese_syllable(m.group(2)) or m.group(1) is None


def _capitalised_after(text: str, end: int) -> bool:
    m = re.match(rf"[ \t]*({_WORD}+)", text[end : end + 30])
    return bool(m and m.group(1)[0].isupper())


def known_mentions(text: str) -> list[tuple[int, str]]:
    """(position of the first mention, the name as the text writes it fullest) for each known person mentioned
    in ``text`` (a normalised text), in order of first mention."""
    by_form, pattern = _known()
    found: dict[tuple[str, ...], tuple[int, str]] = {}
    other_holders: set[str] = set()  # surnames the text gives someone else ("Melania Trump")
    named_after: set[tuple[str, ...]] = set()  # "USS Ronald Reagan" … "tàu sân bay chạy bằng hạt nhân Ronald Reagan"
    at = 0
    while m := pattern.search(text, at):
        form = m.group()
        person = by_form[form]
        start, end = m.span()
        at = end
        if start and (text[start - 1].isalnum() or text[start - 1] in "_.'’-"):
            at = start + 1  # inside a longer word ("thượng nghị sĩChuck Schumer": "Schumer" may still be one)
            continue
        if _word_before(text, start) in _NOT_A_PERSON_BEFORE:
            named_after.add(person.forms)  # a ship or a street named after the person: the others may be it too
            continue
        if _CANDIDATE_RE.search(text, max(0, start - 40), start):
            continue
        if form == person.surname:
            if _name_before(text, start) or _capitalised_after(text, end):
                continue
        elif re.match(r"\s*(?:Jr|Sr)\b", text[end : end + 6]):
            continue
        first, best = found.get(person.forms, (start, form))
        if person.forms.index(form) < person.forms.index(best):
            best = form
        found[person.forms] = (min(first, start), best)
    bare = {name for _, name in found.values() if name == by_form[name].surname}
    if bare:  # (only a surname standing alone may be someone else's)
        for m in re.finditer(rf"({_WORD}[\w'’-]*) ({'|'.join(map(re.escape, sorted(bare)))})(?![\w'’-])", text):
            given, surname = m.groups()
            if (given[0].isupper() and given[1:].islower() and not is_vietnamese_syllable(given)
                    and by_form.get(m.group()) != by_form[surname]):  # ("Melania Trump"; not "FBI Comey")
                other_holders.add(surname)
    return sorted((start, name) for forms, (start, name) in found.items()
                  if forms not in named_after and not (name == by_form[name].surname and name in other_holders))


def known_full_forms() -> list[str]:
    """Every listed form of two words or more ("Donald Trump", "Ban Ki-moon"), a hyphened one also with its hyphen
    spaced as a word-segmented corpus writes it ("Ban Ki - moon"): where one starts, no body's name goes on
    (``officials._Parser._org_step``). (Listing the spaced forms as mentions too was measured in session 79 on the
    pooled officials golds of the 150k corpus: no name more found, three more listed that readers left out.)"""
    forms = [form for form in _known()[0] if " " in form or "-" in form]
    return forms + [spaced for form in forms if (spaced := _HYPHEN_RE.sub(" - ", form)) != form]


def known_forms(name: str) -> tuple[str, ...]:
    """Every form of the known person ``name`` is one of ("Trump" → "Donald Trump", "Trump", …); the name alone
    for one not on the list."""
    person = _known()[0].get(name)
    return person.forms if person else (name,)


@lru_cache(maxsize=1)
def known_surnames() -> frozenset[str]:
    """The last word of every listed full name ("Perez" of "Florentino Perez"): a surname a "Chủ tịch" before it
    makes its holder's ("Chủ tịch Perez mua De Gea"), where "Chủ tịch" and one foreign word is as often a club's or a
    firm's ("Chủ tịch Ferrari") — ``officials._Parser._surname_alone``."""
    return frozenset(form.split()[-1] for form in _known()[0] if " " in form)


def is_known(name: str) -> bool:
    """Whether ``name`` is a form of a listed office holder ("Antonio Guterres", "Putin")."""
    return name in _known()[0]
