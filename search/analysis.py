"""Provides the Vietnamese analyzer: one set of rules for documents and queries.

Measured reasons (docs/analysis.md): syllables beat word segmentation for recall;
NFC first because NFD splits "Việt"; tone placement is canonicalised to the
"hòa" style because the same word is written "uỷ"/"ủy"; numbers are split at
their separators and found by phrase; nothing is dropped (no stopwords, no
stemming, one-letter tokens kept). Every text field is indexed twice: accented
and folded (marks removed, đ→d) so a term typed without diacritics still finds.

Two tokenizers share the rules: ``index_terms`` (fast, no offsets, used when
indexing) and ``tokenize`` (with character offsets, used for queries and
highlighting). A test checks that they always agree.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

# --- 1. Unicode -------------------------------------------------------------

_SPACE_LIKE = {"\u00a0": " ", "\u2013": "-", "\u2014": "-"}


def _replace_space_like(text: str) -> str:
    for old, new in _SPACE_LIKE.items():
        if old in text:
            text = text.replace(old, new)
    return text


# --- 2. Tone-mark placement ----------------------------------------------------
# A letter run ending in o+toned a, o+toned e or u+toned y carries the tone on
# the first vowel in the canonical ("hòa") style: hoà→hòa, uỷ→ủy. "quý" stays.

_TONED_A = "àáảãạ"
_TONED_E = "èéẻẽẹ"
_TONED_Y = "ỳýỷỹỵ"


def _build_tone_moves() -> dict[str, str]:
    moves: dict[str, str] = {}
    for first, toned in (("o", _TONED_A + _TONED_E), ("u", _TONED_Y)):
        for ch in toned:
            decomposed = unicodedata.normalize("NFD", ch)
            base, mark = decomposed[0], decomposed[1:]
            for f in (first, first.upper()):
                for c in (ch, ch.upper()):
                    second = base if c.islower() else base.upper()
                    moves[f + c] = unicodedata.normalize("NFC", f + mark) + second
    return moves


_TONE_MOVES = _build_tone_moves()
_UPPER = (_TONED_A + _TONED_E + _TONED_Y).upper()
_TONE_RE = re.compile(f"[oOuU][{_TONED_A}{_TONED_E}{_TONED_Y}{_UPPER}]" + r"(?![^\W\d_])")
"""One class of first letters, then any toned a/e/y: a pattern that opens with a class lets the regex engine skip
to the next o/u at C speed (the alternation "o + toned a/e | u + toned y" tried every position: 70 → 25 µs a
2,800-character body, and highlighting normalises every hit's body). A pair that is no move ("uà", "oỳ") is
left as it is, so the result is the alternation's (a test compares them on random text)."""


def canonical_tones(text: str) -> str:
    """Move tones of run-final oa/oe/uy pairs onto the first vowel (length-preserving)."""

    def move(m: re.Match[str]) -> str:
        pair = m.group()
        moved = _TONE_MOVES.get(pair)
        if moved is None:
            return pair  # "uà", "oỳ": not a pair whose tone moves
        start = m.start()
        if pair[0] in "uU" and start > 0 and text[start - 1] in "qQ":
            return pair
        return moved

    return _TONE_RE.sub(move, text)


def normalize(text: str) -> str:
    """NFC, NBSP→space, en/em dash→'-', canonical tone placement.

    The result is what the index stores and displays, so every character offset
    (highlights, figure spans) refers to it.
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return canonical_tones(_replace_space_like(text))


# --- 6. Folding -----------------------------------------------------------------


FOLDED_RANGES = ((0x00C0, 0x0250), (0x1E00, 0x1F00))
"""Where letters that fold to an ASCII letter lie (Latin-1, Latin Extended-A/B and Latin Extended
Additional, which holds Vietnamese's toned vowels): scanning U+00C0–U+1FFF found none elsewhere, and
the scan cost ~3 ms of every process's start (this one ~1.3 ms)."""


def _build_fold_table(ranges: tuple[tuple[int, int], ...] = FOLDED_RANGES) -> dict[int, str]:
    table: dict[int, str] = {}
    for cp in (cp for lo, hi in ranges for cp in range(lo, hi)):
        ch = chr(cp)
        decomposed = unicodedata.normalize("NFD", ch)
        if (
            len(decomposed) > 1
            and decomposed[0].isascii()
            and decomposed[0].isalpha()
            and all(unicodedata.category(c) == "Mn" for c in decomposed[1:])
        ):
            table[cp] = decomposed[0]
    table[ord("đ")] = "d"
    table[ord("Đ")] = "D"
    return table


FOLD_TABLE = str.maketrans(_build_fold_table())


class _Folds(dict[str, str]):
    """Each term's folded form, remembered (a news vocabulary is small: ~120k terms at 150k articles; forgotten at
    once past 500,000)."""

    def __missing__(self, term: str) -> str:
        if len(self) > 500_000:
            self.clear()
        folded = self[term] = term.translate(FOLD_TABLE)
        return folded


_fold_cache = _Folds()


def fold(term: str) -> str:
    """Remove combining marks and map đ→d, one character for one (length-preserving)."""
    return _fold_cache[term]


def fold_all(terms: Iterable[str]) -> list[str]:
    """``fold`` of each term, at C speed (``map`` over the cache's lookup; no Python call per known term: an
    article's ~600 terms folded in ~0.03 ms instead of ~0.25, a build's every article twice)."""
    return list(map(_fold_cache.__getitem__, terms))


def has_diacritics(term: str) -> bool:
    """True when a term carries a Vietnamese mark or đ (it then searches accented text)."""
    return fold(term) != term


# --- 3 and 4. Tokens and numbers ---------------------------------------------

TOKEN_RE = re.compile(r"[^\W\d_]+|\d+")
_NUMBER_SEPARATORS = ".,/:-"
# A standalone integer of 2–3 digits with leading zeros ("06", "001"): not next
# to a separator that joins it to another number ("1.077", "25/06").
_LEADING_ZERO_RE = re.compile(r"(?<!\d)(?<!\d[.,/:\-])0\d{1,2}(?!\d)(?![.,/:\-]\d)")


class Token(NamedTuple):
    """A token's indexed text and its character range in the analysed text."""

    text: str
    start: int
    end: int


def _strip_zeros(number: str) -> str:
    return number.lstrip("0") or "0"


def _is_standalone(text: str, start: int, end: int) -> bool:
    if start >= 2 and text[start - 1] in _NUMBER_SEPARATORS and text[start - 2].isdecimal():
        return False
    return not (end + 1 < len(text) and text[end] in _NUMBER_SEPARATORS and text[end + 1].isdecimal())


def tokenize(text: str) -> list[Token]:
    """Tokens with offsets into ``text`` (which should already be ``normalize``d)."""
    tokens: list[Token] = []
    append = tokens.append
    for m in TOKEN_RE.finditer(text):
        word = m.group()
        start, end = m.span()
        if word[0] == "0" and 2 <= len(word) <= 3 and word.isdecimal() and _is_standalone(text, start, end):
            word = _strip_zeros(word)
        else:
            word = word.lower()
        append(Token(word, start, end))
    return tokens


def index_terms(text: str) -> list[str]:
    """The accented terms of a ``normalize``d text, in order (fast path, no offsets)."""
    low = text.lower()
    if len(low) != len(text):  # a letter whose lower case is longer (e.g. "İ")
        return [t.text for t in tokenize(text)]
    if "0" in low:
        low = _LEADING_ZERO_RE.sub(lambda m: _strip_zeros(m.group()), low)
    return TOKEN_RE.findall(low)


def analyze(text: str) -> list[Token]:
    """Normalise then tokenize: what a query goes through."""
    return tokenize(normalize(text))


# --- the same rules as regular expressions (highlighting, phrase checks) --------------------

_SEP = r"[\W_]*"
# checked right after a token's first character: the one before that is no letter / digit
_NO_LETTER_BEFORE_FIRST = r"(?<![^\W\d_][\s\S])"
_NO_DIGIT_BEFORE_FIRST = r"(?<!\d[\s\S])"
_LETTERS_AFTER = r"(?![^\W\d_])"


@lru_cache(maxsize=1)
def _fold_classes() -> dict[str, str]:
    """For each ASCII letter, a regex class of every lower-case letter that folds to it."""
    variants: dict[str, set[str]] = {}
    for cp, base in FOLD_TABLE.items():
        ch = chr(cp)
        if ch.islower():
            variants.setdefault(base.lower(), set()).add(ch)
    return {base: "[" + base + "".join(sorted(v)) + "]" for base, v in variants.items()}


def _token_pattern(text: str, folded: bool) -> str:
    """One token as a regex that starts with its first character, then checks what precedes it.

    A pattern that opens with a character (not a lookbehind) lets ``re`` skip ahead
    to candidate positions: 10–20× faster over article bodies.
    """
    if text.isdecimal():
        return _number_pattern(text)
    if folded:
        classes = _fold_classes()
        pieces = [classes.get(ch, re.escape(ch)) for ch in fold(text)]
    else:
        pieces = [re.escape(ch) for ch in text]
    return pieces[0] + _NO_LETTER_BEFORE_FIRST + "".join(pieces[1:]) + _LETTERS_AFTER


def _number_pattern(t: str) -> str:
    if t[0] == "0" and len(t) > 1:
        if len(t) > 3:
            return t[0] + _NO_DIGIT_BEFORE_FIRST + t[1:] + r"(?!\d)"
        # zero-led: only a run joined to another number keeps its zeros ("1.077", "25/06")
        return rf"(?:(?<=\d[.,/:\-])(?<!\d){t}(?!\d)|(?<!\d){t}(?!\d)(?=[.,/:\-]\d))"
    zeros = 3 - len(t)
    if zeros <= 0:
        return t[0] + _NO_DIGIT_BEFORE_FIRST + t[1:] + r"(?!\d)"
    return rf"(?<!\d)(?:{t}|(?<!\d[.,/:\-])0{{1,{zeros}}}{t}(?![.,/:\-]\d))(?!\d)"


def phrase_regex(tokens: Iterable[tuple[str, bool]]) -> re.Pattern[str]:
    """What the analyzer would match as this run of tokens ``(text, typed without marks?)``, as one
    regex over lower-cased normalised text: letter runs as whole tokens, numbers with the
    leading-zero rule, any separators between tokens; an unaccented token matches every letter
    that folds to it ("de" matches "đề"). Highlighting and the phrase check of last resort use it."""
    return re.compile(_SEP.join(_token_pattern(text, folded) for text, folded in tokens))


def find_all(rx: re.Pattern[str], low: str) -> list[tuple[int, int]]:
    """Every occurrence, overlapping ones too ("1.1.1" holds "1.1" twice)."""
    out = []
    m = rx.search(low)
    while m is not None:
        out.append((m.start(), m.end()))
        m = rx.search(low, m.start() + 1)
    return out
