"""Provides the query grammar shared by the CLI and the app.

    chuyển đổi số          words: all required, the whole phrase ranked first
    "Đề án 06"             an exact phrase
    -covid  -"Hà Nội"      exclude a word or phrase
    a OR b                 either side (the unquoted run or phrase next to OR)
    province:"Lai Châu"    also tỉnh:   (either era's name; Tuyên Quang finds Hà Giang)
    written:"Hồ Chí Minh"  the province as the article writes it (not Bình Dương's articles)
    official:"Tô Lâm"      also người:
    date:2022  date:2022-01..2022-06  date:..2021  date:unknown
    source:laichau.gov.vn

A malformed query raises ``QuerySyntaxError`` with a one-line message that
names the problem; nothing else escapes.
"""

from __future__ import annotations

import calendar
import re
from typing import NamedTuple

from ..analysis import analyze, fold, normalize
from ..errors import QuerySyntaxError
from ..models import DateRange

FIELD_ALIASES = {
    "province": "province",
    "tỉnh": "province",
    "tinh": "province",
    "official": "official",
    "người": "official",
    "nguoi": "official",
    "date": "date",
    "ngày": "date",
    "ngay": "date",
    "written": "written",
    "source": "source",
    "nguồn": "source",
    "nguon": "source",
}
KNOWN_FIELDS = "province (tỉnh), written, official (người), date, source"


class Text(NamedTuple):
    """Free text: an unquoted run of words, or a quoted phrase."""

    text: str
    quoted: bool = False
    negated: bool = False


class FieldTerm(NamedTuple):
    field: str
    value: str
    negated: bool = False


class AnyOf(NamedTuple):
    """Alternatives joined by OR."""

    items: tuple[Text, ...]


Clause = Text | FieldTerm | AnyOf


class ParsedQuery(NamedTuple):
    clauses: tuple[Clause, ...]

    @property
    def texts(self) -> list[Text]:
        out: list[Text] = []
        for c in self.clauses:
            if isinstance(c, Text):
                out.append(c)
            elif isinstance(c, AnyOf):
                out.extend(c.items)
        return out

    @property
    def fields(self) -> list[FieldTerm]:
        return [c for c in self.clauses if isinstance(c, FieldTerm)]


class _Item(NamedTuple):
    kind: str  # "word", "phrase", "field", "or"
    text: str = ""
    field: str = ""
    negated: bool = False


_FIELD_RE = re.compile(r"([^\W\d_]+):")


MAX_QUERY_CHARS = 2000
"""Longer queries are refused: a pasted paragraph is a real use (the ViMs benchmark's longest
query is ~800 characters), a 10,000-character paste cost minutes of "did you mean" probing."""


def parse(query: str) -> ParsedQuery:
    """Parse a query string; raises ``QuerySyntaxError`` on malformed input."""
    if len(query) > MAX_QUERY_CHARS:
        raise QuerySyntaxError(
            f"the query is {len(query):,} characters long; the limit is {MAX_QUERY_CHARS:,}: keep its key words"
        )
    items = _lex(normalize(query))
    return ParsedQuery(tuple(_group(items)))


def _lex(q: str) -> list[_Item]:
    items: list[_Item] = []
    i, n = 0, len(q)
    while i < n:
        ch = q[i]
        if ch.isspace():
            i += 1
            continue
        negated = False
        if ch == "-" and i + 1 < n and not q[i + 1].isspace():
            negated = True
            i += 1
        if q[i] == '"':
            end = q.find('"', i + 1)
            if end < 0:
                raise QuerySyntaxError(f'unbalanced quote: the phrase starting at "{_short(q[i:i + 20])}" has no closing "')
            items.append(_Item("phrase", q[i + 1 : end], negated=negated))
            i = end + 1
            continue
        m = _FIELD_RE.match(q, i)
        has_value = m is not None and m.end() < n and not q[m.end()].isspace()
        canonical = FIELD_ALIASES.get(m.group(1).lower()) if m else None
        if m and (has_value or canonical):
            name = m.group(1)
            if canonical is None:
                raise QuerySyntaxError(
                    f"unknown field '{_short(name)}:' (known: {KNOWN_FIELDS}); put it in quotes to search it as text"
                )
            i = m.end()
            if not has_value:
                raise QuerySyntaxError(f"'{name}:' needs a value, e.g. {name}:\"Lai Châu\"")
            if q[i] == '"':
                end = q.find('"', i + 1)
                if end < 0:
                    raise QuerySyntaxError(f"unbalanced quote in '{name}:' — the value has no closing \"")
                value = q[i + 1 : end]
                i = end + 1
            else:
                end = _word_end(q, i)
                value = q[i:end]
                i = end
                if canonical in ("province", "written"):
                    value, i = _extend_province(q, value, i)
                elif canonical == "official":
                    value, i = _extend_name(q, value, i)
            if not value.strip():
                raise QuerySyntaxError(f"'{name}:' needs a value, e.g. {name}:\"Lai Châu\"")
            items.append(_Item("field", value.strip(), field=canonical, negated=negated))
            continue
        end = _word_end(q, i)
        word = q[i:end]
        i = end
        if word == "OR" and not negated:
            items.append(_Item("or"))
        elif word == "-":
            continue
        elif word == '"':
            raise QuerySyntaxError('unbalanced quote: a " with no closing "')
        else:
            if '"' in word:
                raise QuerySyntaxError(f"unbalanced quote in '{_short(word)}'")
            items.append(_Item("word", word, negated=negated))
    return items


def _word_end(q: str, i: int) -> int:
    while i < len(q) and not q[i].isspace() and q[i] != '"':
        i += 1
    return i


def _extend_province(q: str, value: str, i: int) -> tuple[str, int]:
    """``province:Lai Châu`` or ``tỉnh:lai chau`` — take the longest run of words naming a province."""
    from ..extract.gazetteer import gazetteer

    gz = gazetteer()
    best, best_i = value, i
    j = i
    current = value
    for _ in range(5):
        m = re.match(r"\s+([^\s\"]+)", q[j:])
        if not m:
            break
        current = f"{current} {m.group(1)}"
        j += m.end()
        if gz.canonical(current):
            best, best_i = current, j
    return best, best_i


def _extend_name(q: str, value: str, i: int) -> tuple[str, int]:
    """``province:Lai Châu`` — take following capitalised words as part of the name."""
    if not value[:1].isupper():
        return value, i
    while True:
        m = re.match(r"\s+([^\W\d_][^\s\"]*)", q[i:])
        if not m or not m.group(1)[0].isupper() or m.group(1) == "OR":
            return value, i
        value = f"{value} {m.group(1)}"
        i += m.end()


def _group(items: list[_Item]) -> list[Clause]:
    """Merge unquoted words into runs; bind OR to the run or phrase on each side."""
    units: list[Clause | str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            units.append(Text(" ".join(run)))
            run.clear()

    for item in items:
        if item.kind == "word" and not item.negated:
            run.append(item.text)
            continue
        flush()
        if item.kind == "or":
            units.append("OR")
        elif item.kind == "word":
            units.append(Text(item.text, quoted=False, negated=True))
        elif item.kind == "phrase":
            units.append(Text(item.text, quoted=True, negated=item.negated))
        else:
            units.append(FieldTerm(item.field, item.text, item.negated))
    flush()

    clauses: list[Clause] = []
    i = 0
    while i < len(units):
        unit = units[i]
        if unit == "OR":
            i += 1  # a dangling OR (at either end, or doubled) is ignored
            continue
        assert not isinstance(unit, str)
        group = [unit]
        while i + 2 < len(units) and units[i + 1] == "OR":
            after = units[i + 2]
            if isinstance(after, str):  # "OR", the only string unit
                break
            group.append(after)
            i += 2
        if len(group) > 1:
            texts = [g for g in group if isinstance(g, Text) and not g.negated]
            if len(texts) != len(group):
                raise QuerySyntaxError("OR can only join words or phrases, not fields or -exclusions")
            clauses.append(AnyOf(tuple(texts)))
        else:
            clauses.append(unit)
        i += 1
    return clauses


# --- field values ------------------------------------------------------------

MIN_YEAR, MAX_YEAR = 1800, 2200
"""Dates outside these years are typing mistakes, not news (and year 0 is no calendar year)."""
_DATE_RE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def date_range(value: str) -> DateRange:
    """A date filter as the query grammar writes it (``date:`` values, ``--date``, a picked year)."""
    return parse_date_value(value)


def parse_date_value(value: str) -> DateRange:
    """``2022``, ``2022-06``, ``2022-06-15``, ranges ``A..B`` (either side optional), ``unknown``."""
    v = value.strip()
    if fold(v.lower()) in ("unknown", "?", "khong ro", "none"):
        return DateRange(unknown=True, label="?")
    if ".." in v:
        left, _, right = v.partition("..")
        start = _date_bound(left, value, end=False) if left else 0
        end = _date_bound(right, value, end=True) if right else 99991231
        if start > end:
            raise QuerySyntaxError(f"bad date range '{_short(value)}': the start is after the end")
        return DateRange(start, end, label=v)
    return DateRange(_date_bound(v, value, end=False), _date_bound(v, value, end=True), label=v)


def _date_bound(text: str, whole: str, end: bool) -> int:
    m = _DATE_RE.match(text.strip())
    if not m:
        raise QuerySyntaxError(
            f"bad date '{_short(whole)}': use YYYY, YYYY-MM, YYYY-MM-DD or a range such as 2022-01..2022-06"
        )
    year = int(m.group(1))
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise QuerySyntaxError(f"bad date '{_short(whole)}': the year must be between {MIN_YEAR} and {MAX_YEAR}")
    month = int(m.group(2)) if m.group(2) else None
    day = int(m.group(3)) if m.group(3) else None
    if month is not None and not 1 <= month <= 12:
        raise QuerySyntaxError(f"bad date '{whole}': month {month} does not exist")
    if day is not None:
        assert month is not None
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            raise QuerySyntaxError(f"bad date '{whole}': {year}-{month:02d} has no day {day}")
        return year * 10000 + month * 100 + day
    if month is not None:
        return year * 10000 + month * 100 + (calendar.monthrange(year, month)[1] if end else 1)
    return year * 10000 + (1231 if end else 101)


def tokens_of(text: str) -> list[str]:
    return [t.text for t in analyze(text)]


def _short(text: str, limit: int = 40) -> str:
    """User text quoted in an error message: cut, so the message stays one short line."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
