"""Provides query planning: parsed query → what to look up, in which field, how.

Routing (docs/analysis.md): a token with a diacritic or đ searches the accented
field, a plain-ASCII token the folded one, token by token: typed marks are
precise, missing marks widen. One meaning per query, however it is typed: an
unquoted run of words becomes a ``Unit`` of slots, all required (anywhere in
the article), the whole run ranked first; a quoted phrase must stand together.
So the unaccented form of a query finds a superset of what its accented form
finds (every folded token matches wherever its accented one does), and the
result says how many articles hold the run as a phrase. Abbreviations become
slots with alternative forms: "UBND" ↔ "ủy ban nhân dân".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from itertools import islice, product
from typing import NamedTuple

from ..abbreviations import AbbreviationTable
from ..analysis import fold, has_diacritics
from ..errors import QuerySyntaxError
from ..models import DateRange, Filters
from .grammar import AnyOf, FieldTerm, ParsedQuery, Text, parse_date_value, tokens_of
from .source import Form, QTok

MAX_PHRASE_VARIANTS = 16
LONG_RUN = 4
"""Runs of more words than this need only half of them (see ``Unit.min_match``)."""


class Slot(NamedTuple):
    """One position of a unit: any of its forms (several only for abbreviations)."""

    forms: tuple[Form, ...]


class Unit(NamedTuple):
    slots: tuple[Slot, ...]
    exact: bool = False
    """A quoted phrase: the slots must be adjacent."""

    @property
    def min_match(self) -> int:
        """Slots an article must hold: all of a short run, half (at least 4) of a long one.

        Pasting a sentence or a paragraph is a real use; requiring all of its 40
        words finds only the article it came from (ViMs smoke benchmark: recall@10
        0.22 with all words, 0.92 with half, MRR@10 0.998 either way).
        """
        n = len(self.slots)
        if self.exact or n <= LONG_RUN:
            return n
        return max(LONG_RUN, -(-n // 2))

    def phrases(self) -> list[Form]:
        """Whole-unit token sequences, one per combination of slot forms (capped)."""
        combos = islice(product(*(s.forms for s in self.slots)), MAX_PHRASE_VARIANTS)
        return [tuple(t for form in combo for t in form) for combo in combos]

    def tokens(self) -> list[QTok]:
        return [t for s in self.slots for form in s.forms for t in form]

    @property
    def is_run(self) -> bool:
        """An unquoted run of several typed words ("CSDL" is one, though it stands for four)."""
        return not self.exact and (len(self.slots) > 1 or len(self.slots[0].forms[0]) > 1)


class Plan(NamedTuple):
    required: tuple[tuple[Unit, ...], ...] = ()
    """AND of groups; a group is an OR of units."""
    excluded: tuple[Unit, ...] = ()
    filters: Filters = Filters()
    excluded_filters: Filters = Filters()
    notes: tuple[str, ...] = ()

    @property
    def has_text(self) -> bool:
        return bool(self.required)

    @property
    def runs(self) -> list[Unit]:
        """The unquoted runs of several words: the ones "with the exact phrase" counts."""
        return [u for u in self.positive_units() if u.is_run]

    def positive_units(self) -> list[Unit]:
        return [u for g in self.required for u in g]


def route(token: str) -> QTok:
    return QTok(token, folded=not has_diacritics(token))


_TONE_OR_VOWEL_MARKS = frozenset("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ")


def _abbreviation_like(token: str) -> bool:
    """Abbreviations carry no tone or vowel marks (HĐND, BCĐ): "đá" is a word, never "ĐA"."""
    return not any(ch in _TONE_OR_VOWEL_MARKS for ch in token)


def _slots(tokens: list[str], table: AbbreviationTable, whole_only: bool) -> tuple[Slot, ...]:
    folded = [fold(t) for t in tokens]
    slots: list[Slot] = []
    i = 0
    while i < len(tokens):
        matched = None
        longest = min(table.max_len, len(tokens) - i)
        for length in range(longest, 0, -1):
            if whole_only and length != len(tokens):
                continue
            group = table.lookup(tuple(folded[i : i + length]))
            if group is None:
                continue
            typed_is_long_form = tuple(folded[i : i + length]) == tuple(fold(t) for t in group[0])
            if typed_is_long_form or all(_abbreviation_like(t) for t in tokens[i : i + length]):
                matched = (length, group)
                break
        if matched is None:
            slots.append(Slot(((route(tokens[i]),),)))
            i += 1
            continue
        length, group = matched
        typed = tuple(tokens[i : i + length])
        long_form = group[0]
        forms: list[Form] = []
        for form in (typed, *group):
            is_abbreviation = tuple(fold(t) for t in form) != tuple(fold(t) for t in long_form)
            if form is long_form:
                qform = tuple(route(t) for t in form)
            elif is_abbreviation:
                qform = tuple(QTok(t, folded=True) for t in form)
            else:
                qform = tuple(route(t) for t in form)
            if qform not in forms:
                forms.append(qform)
        slots.append(Slot(tuple(forms)))
        i += length
    return tuple(slots)


def _unit(text: Text, table: AbbreviationTable) -> Unit | None:
    tokens = tokens_of(text.text)
    if not tokens:
        return None
    if text.quoted or text.negated:
        return Unit(_slots(tokens, table, whole_only=True), exact=True)
    return Unit(_slots(tokens, table, whole_only=False))


def build_plan(
    parsed: ParsedQuery, table: AbbreviationTable | Callable[[], AbbreviationTable], resolve: FieldResolver
) -> Plan:
    """The plan of a parsed query. ``table`` may be a function giving the abbreviation table, asked only
    when the query has words: a query of filters alone (the app's first screen, a facet click) then
    never builds an index's table (~15 ms at 150k articles, 1,077 learned pairs)."""
    if callable(table):
        worded = any(isinstance(c, (AnyOf, Text)) for c in parsed.clauses)
        table = table() if worded else AbbreviationTable(())
    required: list[tuple[Unit, ...]] = []
    excluded: list[Unit] = []
    include: dict[str, list[str | DateRange]] = {k: [] for k in ("province", "written", "official", "source", "date")}
    exclude: dict[str, list[str | DateRange]] = {k: [] for k in ("province", "written", "official", "source", "date")}
    for clause in parsed.clauses:
        if isinstance(clause, AnyOf):
            units = tuple(u for u in (_unit(t, table) for t in clause.items) if u is not None)
            if units:
                required.append(units)
        elif isinstance(clause, Text):
            unit = _unit(clause, table)
            if unit is None:
                continue
            if clause.negated:
                excluded.append(unit)
            else:
                required.append((unit,))
        elif isinstance(clause, FieldTerm):
            target = exclude if clause.negated else include
            if clause.field in ("province", "written"):
                key, name = province_filter(clause.value, written=clause.field == "written")
                target[key].append(name)
            else:
                target[clause.field].extend(resolve.values(clause))
    return Plan(
        required=tuple(required),
        excluded=tuple(excluded),
        filters=_filters(include),
        excluded_filters=_filters(exclude),
    )


def _filters(values: dict[str, list[str | DateRange]]) -> Filters:
    """Each field's values, once each, in order (dates are ``DateRange``s, the others names)."""

    def names(key: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(v for v in values[key] if isinstance(v, str)))

    return Filters(
        provinces=names("province"),
        written=names("written"),
        officials=names("official"),
        sources=names("source"),
        dates=tuple(dict.fromkeys(v for v in values["date"] if isinstance(v, DateRange))),
    )


def province_filter(value: str, written: bool = False) -> tuple[str, str]:
    """The filter a typed province name makes: ``("province", name)`` for a province since 2025
    (all its articles, whichever name they write), else ``("written", name)``: the articles that
    write it ("Hà Giang", merged in 2025, can only be written). ``QuerySyntaxError`` when unknown."""
    from ..extract.gazetteer import gazetteer

    name = FieldResolver.province(value)
    if written or name not in set(gazetteer().to_2025.values()):
        return "written", name
    return "province", name


class FieldResolver:
    """Turns field values into canonical facet values (known provinces, indexed names)."""

    def __init__(
        self,
        officials: Callable[[], Iterable[str]] = tuple,
        sources: Callable[[], Iterable[str]] = tuple,
    ) -> None:
        self._officials = officials  # called only when a query names an official
        self._sources = sources

    def values(self, term: FieldTerm) -> Sequence[str | DateRange]:
        if term.field == "date":
            return [parse_date_value(term.value)]
        if term.field == "official":
            return self.officials(term.value)
        return self.sources(term.value)

    @staticmethod
    def province(value: str) -> str:
        import difflib

        from ..extract.gazetteer import gazetteer

        gz = gazetteer()
        canonical = gz.canonical(value)
        if canonical:
            return canonical
        names = sorted(set(gz.to_2025) | set(gz.to_2025.values()))
        folded = {fold(n.lower()): n for n in names}
        close = difflib.get_close_matches(fold(value.lower()), list(folded), n=1, cutoff=0.6)
        hint = f" (did you mean '{folded[close[0]]}'?)" if close else ""
        raise QuerySyntaxError(f"unknown province '{value if len(value) <= 40 else value[:39] + '…'}'{hint}")

    def officials(self, value: str) -> list[str]:
        wanted = tuple(fold(t) for t in tokens_of(value))
        out = []
        for name in self._officials():
            have = tuple(fold(t) for t in tokens_of(name))
            if any(have[i : i + len(wanted)] == wanted for i in range(len(have) - len(wanted) + 1)):
                out.append(name)
        return out or [value]

    def sources(self, value: str) -> list[str]:
        wanted = fold(value.lower())
        out = [s for s in self._sources() if wanted in fold(s.lower())]
        return out or [value]

