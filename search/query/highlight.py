"""Provides highlight spans and snippets, computed once here for every front-end.

Whoosh's highlighter marks terms one by one ("Đề án 06" lights up "đề" in
"Vấn đề"). Here each query phrase becomes one regular expression that matches
exactly what the analyzer would match — letter runs as whole tokens, numbers
with the leading-zero rule, any separators between tokens — run on the
lower-cased stored text. An accented token matches itself; an unaccented one
matches every letter that folds to it ("de" matches "Đề"). A run of words
whose whole phrase occurs is highlighted as that phrase only; otherwise its
words are highlighted one by one. A test checks these regexes against the
analyzer on random text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from ..analysis import find_all, fold, normalize, phrase_regex, tokenize
from ..models import Snippet, Span
from .plan import Plan
from .source import Form

if TYPE_CHECKING:
    from ..wordbreak import Lexicon


class _Group(NamedTuple):
    primary: tuple[tuple[re.Pattern[str], bool], ...]  # (pattern, several tokens?)
    fallback: tuple[tuple[re.Pattern[str], bool], ...]


class Highlighter:
    """The highlight rules of one query plan."""

    def __init__(self, plan: Plan, words: Callable[[], Lexicon] | None = None) -> None:
        """``words`` gives the word list of word-aware phrases (the index's, ``IndexSource.word_list``),
        asked for only when a phrase of several words is found in a text."""
        self._words = words
        groups = []
        for unit in plan.positive_units():
            primary = tuple((phrase_regex(_pairs(p)), len(p) > 1) for p in unit.phrases())
            fallback: tuple[tuple[re.Pattern[str], bool], ...] = ()
            if not unit.exact and len(unit.slots) > 1:
                fallback = tuple((phrase_regex(_pairs(f)), len(f) > 1) for s in unit.slots for f in s.forms)
            groups.append(_Group(primary, fallback))
        self._groups = tuple(groups)

    @property
    def empty(self) -> bool:
        return not self._groups

    def spans(self, text: str) -> list[Span]:
        """Merged, sorted character spans of every hit in ``text``."""
        if not self._groups or not text:
            return []
        text = normalize(text)  # same length: the article keeps its own tone style, matching does not
        low = text.lower()
        if len(low) != len(text):
            # a text whose lower case changes length (e.g. "İ"): lower per character, keep offsets
            low = "".join(ch.lower()[0] for ch in text)
        return self._find(text, low)

    def _find(self, text: str, low: str) -> list[Span]:
        found: list[tuple[int, int]] = []
        for group in self._groups:
            hits = [span for rx, several in group.primary for span in self._aligned(rx, several, text, low)]
            if not hits:
                hits = [span for rx, several in group.fallback for span in self._aligned(rx, several, text, low)]
            found.extend(hits)
        return _merge(found)

    def _aligned(self, rx: re.Pattern[str], several: bool, text: str, low: str) -> list[tuple[int, int]]:
        """The matches of a phrase regex that do not cut a neighbouring word: the rule phrase counting
        follows (``IndexSource.phrase_docs``, docs/wordbreak.md), so a highlighted phrase is a counted
        one. One-token patterns are kept as they are (no "word" around one syllable to cut)."""
        spans = find_all(rx, low)
        if not spans or not several:
            return spans
        from ..wordbreak import crosses_word, lexicon

        lex = self._words() if self._words is not None else lexicon()
        return [(s, e) for s, e in spans if not crosses_word(text, s, e, lex)]


def _pairs(form: Form) -> list[tuple[str, bool]]:
    return [(t.text, t.folded) for t in form]


def _merge(found: list[tuple[int, int]]) -> list[Span]:
    out: list[Span] = []
    for start, end in sorted(found):
        if end <= start:
            continue
        if out and start <= out[-1].end:
            if end > out[-1].end:
                out[-1] = Span(out[-1].start, end)
        else:
            out.append(Span(start, end))
    return out


def snippet(text: str, spans: list[Span], width: int = 220) -> Snippet:
    """The passage of ``text`` with the most distinct hit words, then the most hits (the lead when none)."""
    if not text:
        return Snippet("")
    if not spans:
        return _clip(text, 0, width, [])
    # a window covering more *different* query words beats one repeating a single word
    words = [text[s.start : s.end].lower() for s in spans]
    best_start, best_score = spans[0].start, (0, 0)
    j = 0
    for i, s in enumerate(spans):
        while j < len(spans) and spans[j].end <= s.start + width:
            j += 1
        score = (len(set(words[i:j])), j - i)
        if score > best_score:
            best_start, best_score = s.start, score
    start = max(0, best_start - width // 4)
    # begin at a word (or sentence) boundary before the first hit
    sentence = max(text.rfind(". ", start, best_start), text.rfind("\n", start, best_start))
    if sentence >= 0:
        start = sentence + 1
    elif start > 0:
        space = text.find(" ", start, best_start)
        start = space + 1 if space >= 0 else start
    while start < len(text) and text[start].isspace():
        start += 1
    return _clip(text, start, width, spans)


def _clip(text: str, start: int, width: int, spans: list[Span]) -> Snippet:
    end = min(len(text), start + width)
    if end < len(text):
        space = text.rfind(" ", start + width // 2, end)
        end = space if space > 0 else end
    piece = text[start:end].replace("\n", " ")
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    shift = len(prefix) - start
    rel = tuple(
        Span(max(s.start, start) + shift, min(s.end, end) + shift) for s in spans if s.end > start and s.start < end
    )
    return Snippet(prefix + piece + suffix, rel)


def analyzer_spans(text: str, forms: list[Form]) -> list[Span]:
    """Reference implementation (slow): token-sequence matching with the analyzer; used by tests."""
    tokens = tokenize(text)
    found = []
    for form in forms:
        n = len(form)
        for i in range(len(tokens) - n + 1):
            if all(
                (fold(tokens[i + k].text) == fold(form[k].text)) if form[k].folded else tokens[i + k].text == form[k].text
                for k in range(n)
            ):
                found.append((tokens[i].start, tokens[i + n - 1].end))
    return _merge(found)
