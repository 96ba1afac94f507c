"""Provides abbreviation expansion: UBND ↔ ủy ban nhân dân, CSDL ↔ cơ sở dữ liệu.

Forms are compared on folded token sequences, so "HDND" is "HĐND" and "T.Ư"
is the two tokens t, u. The table is the bundled data file plus config extras
plus pairs learned from the corpus at index time from "<words> (ABBR)" when the
initials of the words spell ABBR (on the seeds: CSDL, BCĐ, CMCN, no errors).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import resources

from .analysis import FOLD_TABLE, fold, index_terms, normalize

Form = tuple[str, ...]
"""A form as its accented, lower-case tokens."""


@dataclass(frozen=True)
class AbbreviationTable:
    """Groups of equivalent forms, looked up by folded token sequence."""

    groups: tuple[tuple[Form, ...], ...] = ()
    # derived from ``groups`` in __post_init__: not arguments, not shown, not compared
    _index: dict[tuple[str, ...], int] = field(init=False, repr=False, compare=False)
    _max_len: int = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        index: dict[tuple[str, ...], int] = {}
        for gi, group in enumerate(self.groups):
            for form in group:
                index.setdefault(_folded(form), gi)
        object.__setattr__(self, "_index", index)
        object.__setattr__(self, "_max_len", max((len(k) for k in index), default=0))

    def lookup(self, folded: tuple[str, ...]) -> tuple[Form, ...] | None:
        """The group of forms equivalent to a folded token sequence, if any."""
        gi = self._index.get(folded)
        return None if gi is None else self.groups[gi]

    @property
    def max_len(self) -> int:
        return self._max_len

    def __len__(self) -> int:
        return len(self.groups)


def _form(text: str) -> Form:
    """The tokens of a form: ``analyze``'s texts, by the indexer's faster path (the same terms; a
    table of ~450 learned pairs at 20k articles is built once per open index)."""
    return tuple(index_terms(normalize(text)))


def _forms(texts: list[str]) -> list[Form]:
    """``_form`` of many texts, normalised in one pass (normalising keeps lengths and never joins
    across a line break): ~1,900 forms at 150,000 articles, whose one call each was ~40% of building
    the table."""
    if any("\n" in t for t in texts):
        return [_form(t) for t in texts]
    return [tuple(index_terms(line)) for line in normalize("\n".join(texts)).split("\n")]


def _folded(form: Form) -> tuple[str, ...]:
    """A form's folded tokens, folded in one pass (tokens hold no space, folding keeps lengths): the
    table of an index of 150,000 articles (~1,000 learned pairs) is built by every search process,
    and folding token by token was ~25% of its ~27 ms."""
    return tuple(" ".join(form).translate(FOLD_TABLE).split(" "))


def load_bundled() -> list[tuple[list[str], str]]:
    """The curated table: ``[([abbr, ...], long form), ...]``."""
    rows: list[tuple[list[str], str]] = []
    data = resources.files("briefing_tui.search").joinpath("data/abbreviations.tsv").read_text("utf-8")
    for line in data.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        abbrs, long_form = line.split("\t", 1)
        rows.append(([a.strip() for a in abbrs.split("|")], long_form.strip()))
    return rows


def build_table(
    extra: tuple[tuple[str, str], ...] = (),
    learned: tuple[tuple[str, str], ...] = (),
) -> AbbreviationTable:
    """Merge curated, configured and learned pairs into groups keyed by long form."""
    by_long: dict[Form, list[Form]] = {}
    rows = load_bundled() + [([a], lf) for a, lf in extra] + [([a], lf) for a, lf in learned]
    long_of_abbr: dict[tuple[str, ...], Form] = {}
    texts = list(dict.fromkeys(t for abbrs, long_form in rows for t in (long_form, *abbrs)))
    forms = dict(zip(texts, _forms(texts)))
    for abbrs, long_form in rows:
        lf = forms[long_form]
        if not lf:
            continue
        group = by_long.setdefault(lf, [lf])
        for a in abbrs:
            af = forms[a]
            key = _folded(af)
            if af and af not in group and key not in long_of_abbr:
                group.append(af)
                long_of_abbr[key] = lf
    return AbbreviationTable(tuple(tuple(g) for g in by_long.values()))


def table_with_learned(seen: dict[str, int], extra: tuple[tuple[str, str], ...] = ()) -> AbbreviationTable:
    """The table of an index: curated + configured + learned pairs (``seen``: "ABBR\tlong form" →
    how many articles define it). A learned pair needs 3+ letters or 3+ articles (two-letter ones
    are mostly names: "TH" ↔ "thanh hà"), and the most frequent expansion wins."""
    learned = []
    for key, count in sorted(seen.items(), key=lambda kv: (-kv[1], kv[0])):
        abbr, _, long_form = key.partition("\t")
        letters = sum(ch.isalpha() for ch in abbr)
        if long_form and (letters >= 3 or count >= 3):
            learned.append((abbr, long_form))
    return build_table(extra=extra, learned=tuple(learned))


# --- learning "<words> (ABBR)" from the corpus --------------------------------

_PAREN_RE = re.compile(r"\(\s*([A-ZĐ][A-ZĐƯƠÂĂÊÔ.\-]{1,9})(\s+[^()\s]{1,6})?\s*\)")
_WORD_RE = re.compile(r"[^\W\d_]+")


def _initials(abbr: str) -> str:
    return fold("".join(ch for ch in abbr if ch.isalpha()).lower())


def learn_pairs(text: str) -> list[tuple[str, str]]:
    """Pairs ``(ABBR, long form)`` defined in a text as "cơ sở dữ liệu (CSDL)".

    The words right before the parenthesis must spell ABBR with their initials;
    when the parenthesis holds more than the abbreviation ("(CMCN 4.0)") up to
    three trailing words (the "lần thứ tư") may sit between them.
    """
    pairs: list[tuple[str, str]] = []
    for m in _PAREN_RE.finditer(text):
        abbr = m.group(1).strip(".-")
        letters = _initials(abbr)
        if not 2 <= len(letters) <= 8:
            continue
        window = text[max(0, m.start() - 120) : m.start()]
        window = re.split(r"[.;:!?()\[\]\n“”\"]", window)[-1]
        words = _WORD_RE.findall(window)
        slack = 3 if m.group(2) else 0
        n = len(letters)
        for trailing in range(0, slack + 1):
            end = len(words) - trailing
            start = end - n
            if start < 0:
                break
            chosen = words[start:end]
            if "".join(fold(w[0].lower()) for w in chosen) == letters:
                pairs.append((abbr, " ".join(w.lower() for w in chosen)))
                break
    return pairs
