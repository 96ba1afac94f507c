"""Provides suggestions: "did you mean" on zero hits, "with diacritics" on an unaccented query.

A word that is in no article is replaced by an indexed word with the same
letters but other marks ("đỏi" → "đổi") or one edit away, preferring one that
forms a known pair with its neighbour ("chuyển đổi"), then the most frequent.
For an unaccented query that found articles, the suggestion is the phrase as
the top article writes it ("de an 06" → "Đề án 06").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..analysis import analyze, fold, has_diacritics, normalize
from .source import TEXT, TEXT_F, IndexSource, QTok

if TYPE_CHECKING:
    from ..models import Hit
    from .highlight import Highlighter
    from .plan import Plan

_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
MAX_CORRECTED = 6
"""Unknown words corrected per query: each costs ~70 × its length term lookups, so a pasted
3,000-character query took 31 s (10,000 characters: 192 s). Now the cost has a ceiling."""
MAX_WORD = 20
"""Longer tokens are not corrected (no Vietnamese syllable has more than 7 letters)."""


def _edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    transposes = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in _ALPHABET}
    inserts = {a + c + b for a, b in splits for c in _ALPHABET}
    return deletes | transposes | replaces | inserts


def _df(source: IndexSource, field: str, term: str) -> int:
    return source.doc_frequency(field, term)


def _best(source: IndexSource, word: str, neighbours: list[str]) -> str | None:
    accented = has_diacritics(word)
    key = fold(word)
    folded_candidates = {key} | {e for e in _edits1(key) if _df(source, TEXT_F, e) > 0}
    if accented:
        candidates = [v for f in folded_candidates for v in source.accented_variants(f) if v != word]
        field = TEXT
    else:
        candidates = [f for f in folded_candidates if f != word]
        field = TEXT_F
    if not candidates:
        return None

    def rank(candidate: str) -> tuple[int, int, int]:
        pairs = 0
        for n in neighbours:
            left, right = QTok(fold(n), folded=True), QTok(fold(candidate), folded=True)
            pairs += bool(source.phrase_docs((left, right))) + bool(source.phrase_docs((right, left)))
        same_letters = fold(candidate) == key
        return pairs, int(same_letters), _df(source, field, candidate)

    return max(candidates, key=rank)


def did_you_mean(source: IndexSource, text: str, plan: Plan) -> str | None:
    """The query with unknown words replaced by likely ones, or None."""
    tokens = analyze(text)
    if not tokens:
        return None
    words = [t.text for t in tokens]
    replaced = False
    out = text_normalised = _normalised(text)
    unknown = []
    for i, tok in enumerate(tokens):
        field = TEXT if has_diacritics(tok.text) else TEXT_F
        term = tok.text if field == TEXT else fold(tok.text)
        if tok.text.isdecimal() or len(tok.text) > MAX_WORD or _df(source, field, term) > 0:
            continue
        unknown.append(i)
        if len(unknown) == MAX_CORRECTED:
            break
    for i in reversed(unknown):  # from the end: earlier offsets stay valid
        tok = tokens[i]
        neighbours = [w for j, w in enumerate(words) if abs(j - i) == 1]
        best = _best(source, tok.text, neighbours)
        if best is None:
            continue
        written = text_normalised[tok.start : tok.end]
        if written[:1].isupper():
            best = best[:1].upper() + best[1:]
        out = out[: tok.start] + best + out[tok.end :]
        replaced = True
    return out if replaced and out != text_normalised else None


def _normalised(text: str) -> str:
    return normalize(text)


def accented_suggestion(text: str, plan: Plan, top: Hit, highlighter: Highlighter, source: IndexSource) -> str | None:
    """For an unaccented one-phrase query, the phrase as the top article writes it."""
    tokens = analyze(text)
    # one syllable folds ambiguously ("so": số, sở, sổ…): only phrases get a suggestion
    if len(tokens) < 2 or any(has_diacritics(t.text) for t in tokens) or len(plan.positive_units()) != 1:
        return None
    if plan.filters.provinces or plan.filters.officials or plan.filters.dates or plan.filters.sources:
        return None
    wanted = [fold(t.text) for t in tokens]
    docnum = source.docnum_of(top.id)
    if docnum is None:
        return None
    article = source.article(docnum)
    for written in (article.shown_title, article.body):
        for span in highlighter.spans(written):
            found = written[span.start : span.end]
            if [fold(t.text) for t in analyze(found)] == wanted and has_diacritics(found.lower()):
                return found
    return None
