"""Provides the plain, frozen data types that cross the public API.

Everything the front-ends see is one of these: no Whoosh object ever leaves
``search/``. Articles round-trip through ``to_dict``/``from_dict`` because the
index stores them as JSON and ``--format json`` prints them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass, replace
from typing import Any, TypeVar


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range ``[start, end)`` into some text."""

    start: int
    end: int


@dataclass(frozen=True)
class PublishedDate:
    """When an article was published, how precisely, and the string it came from.

    ``approximate`` marks a hint (a reporting period such as "4 tháng đầu năm
    2024") that must never be shown as the publication date itself.
    """

    iso: str | None = None
    time: str | None = None
    precision: str | None = None
    evidence: str | None = None
    """What was written: the date line quoted, the record's date field, the crawl date, the period."""
    approximate: bool = False
    basis: str | None = None
    """Where it came from: "dateline" (a line of the article), "record" (the record's date field;
    with no ``iso``, one that is not a date), "crawl" (when the record was collected: an upper
    bound) or "period" (a reporting period the article names). Front-ends word it in their language."""

    @property
    def sort_key(self) -> int:
        """``yyyymmdd`` as an int (missing parts are 0); 0 when unknown or approximate."""
        return 0 if self.approximate else self.iso_key

    @property
    def iso_key(self) -> int:
        """``yyyymmdd`` of ``iso`` as an int (missing parts are 0), approximate or not; 0 without one."""
        if not self.iso:
            return 0
        parts = [int(p) for p in self.iso.split("-")] + [0, 0]
        return parts[0] * 10000 + parts[1] * 100 + parts[2]

    @property
    def known(self) -> bool:
        return bool(self.iso) and not self.approximate

    def display(self) -> str:
        """dd/mm/yyyy (or mm/yyyy, yyyy); "?" when unknown; "≈yyyy" for a hint."""
        if not self.iso:
            return "?"
        parts = self.iso.split("-")
        shown = "/".join(reversed(parts))
        return f"≈{shown}" if self.approximate else shown


@dataclass(frozen=True)
class Source:
    """Who wrote the article and on which site (from a "Nguồn:" line or the record)."""

    author: str | None = None
    site: str | None = None


@dataclass(frozen=True)
class Official:
    """A named person with an official role, as the article presents them."""

    name: str
    title: str = ""
    organisation: str | None = None
    province: str | None = None


@dataclass(frozen=True)
class Figure:
    """A key number from the article, tied to the sentence it came from.

    ``span`` and ``sentence_span`` are character offsets into the clean body, so
    a reader can scroll to and highlight the evidence.
    """

    text: str
    value: float
    kind: str
    unit: str | None = None
    denominator: float | None = None
    value_max: float | None = None
    qualifier: str | None = None
    subkind: str | None = None
    sentence: str = ""
    span: Span = Span(0, 0)
    sentence_span: Span = Span(0, 0)
    context: str = ""
    line: int | None = None
    """1-based line of the source file (or record body) the figure is on."""


@dataclass(frozen=True)
class Article:
    """One article as the index knows it: clean body plus what was extracted."""

    id: str
    origin: str
    body: str
    title: str | None = None
    display_title: str = ""
    url: str | None = None
    date: PublishedDate = PublishedDate()
    date_hint: PublishedDate | None = None
    """A reporting period's year ("4 tháng đầu năm 2024") when there is no date: approximate."""
    source: Source = Source()
    provinces: tuple[str, ...] = ()
    provinces_2025: tuple[str, ...] = ()
    main_province: str | None = None
    main_province_2025: str | None = None
    officials: tuple[Official, ...] = ()
    figures: tuple[Figure, ...] = ()
    captions: tuple[Span, ...] = ()
    headings: tuple[Span, ...] = ()
    flags: tuple[str, ...] = ()
    content_hash: str = ""

    @property
    def shown_title(self) -> str:
        return self.title or self.display_title or self.id

    @property
    def shown_date(self) -> PublishedDate:
        """The date a list shows: the publication date, else the approximate one ("≈05/07/2017")."""
        return shown_date(self.date, self.date_hint)

    @property
    def place(self) -> tuple[str, str] | None:
        """Where the article is about (see ``place_of``)."""
        return place_of(self.main_province, self.main_province_2025, self.provinces, self.provinces_2025)

    @property
    def province_pairs(self) -> tuple[tuple[str, str], ...]:
        """Each province as written with its province since 1 July 2025 (the same name when it kept it)."""
        from .extract.gazetteer import gazetteer  # the 63 → 34 table: data, loaded once

        mapping = gazetteer().to_2025
        return tuple((p, mapping.get(p, p)) for p in self.provinces)

    def to_dict(self) -> dict[str, Any]:
        """The same data as ``dataclasses.asdict`` in two thirds of its time (asdict deep-copies every
        value; on the seeds 0.99 → 0.67 ms an article, of its ~15 ms of indexing work)."""
        data: dict[str, Any] = _plain(self)
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        d = dict(data)
        d["date"] = PublishedDate(**(d.get("date") or {}))
        d["date_hint"] = PublishedDate(**d["date_hint"]) if d.get("date_hint") else None
        d["source"] = Source(**(d.get("source") or {}))
        d["officials"] = tuple(Official(**o) for o in d.get("officials") or ())
        d["figures"] = tuple(_figure_from_dict(f) for f in d.get("figures") or ())
        for key in ("captions", "headings"):
            d[key] = tuple(Span(**s) if isinstance(s, dict) else Span(*s) for s in d.get(key) or ())
        for key in ("provinces", "provinces_2025", "flags"):
            d[key] = tuple(d.get(key) or ())
        return cls(**d)


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def _plain(value: Any) -> Any:
    """``asdict`` for our frozen dataclasses of strings, numbers, tuples and dicts."""
    kind = type(value)
    names = _FIELD_NAMES.get(kind)
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[kind] = tuple(f.name for f in fields(value))
    if names is not None:
        return {n: _plain(getattr(value, n)) for n in names}
    if kind is tuple or kind is list:
        return kind(_plain(v) for v in value)
    if kind is dict:
        return {k: _plain(v) for k, v in value.items()}
    return value


def _figure_from_dict(data: dict[str, Any]) -> Figure:
    d = dict(data)
    for key in ("span", "sentence_span"):
        if key in d:
            s = d[key]
            d[key] = Span(**s) if isinstance(s, dict) else Span(*s)
    return Figure(**d)


def place_of(
    main: str | None, main_2025: str | None, provinces: tuple[str, ...], provinces_2025: tuple[str, ...]
) -> tuple[str, str] | None:
    """Where an article is about, as written and since 1 July 2025; None for national scope.

    The main province when there is one, else the only province named; an article naming
    several provinces and none of them mainly is national (the extractor's judgement).
    """
    if main:
        return main, main_2025 or main
    if len(provinces) == 1:
        return provinces[0], provinces_2025[0] if provinces_2025 else provinces[0]
    return None


@dataclass(frozen=True)
class DateRange:
    """An inclusive range of ``yyyymmdd`` ints, or the "unknown date" bucket."""

    start: int = 0
    end: int = 99991231
    unknown: bool = False
    label: str = ""

    def contains(self, key: int) -> bool:
        """Whether a ``yyyymmdd`` key lies in the range; a key known only to the month (``yyyymm00``)
        or the year (``yyyy0000``) must lie in it as a whole: ``date:2024`` holds "2024",
        ``date:2024-06`` does not."""
        if self.unknown:
            return key == 0
        if key == 0:
            return False
        if key % 10000 == 0:
            first, last = key + 101, key + 1231
        elif key % 100 == 0:
            first, last = key + 1, key + 31
        else:
            first = last = key
        return self.start <= first and last <= self.end


@dataclass(frozen=True)
class Filters:
    """Facet filters: OR within one facet, AND across facets."""

    provinces: tuple[str, ...] = ()
    """Provinces by their name since 1 July 2025: "Tuyên Quang" holds the articles about Hà Giang."""
    officials: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    dates: tuple[DateRange, ...] = ()
    written: tuple[str, ...] = ()
    """Provinces as the articles write them (the as-written facet; a name merged away in 2025,
    such as "Hà Giang", is only ever here): "Hồ Chí Minh" here leaves out Bình Dương's articles."""

    def merged(self, other: Filters) -> Filters:
        return Filters(
            written=_union(self.written, other.written),
            provinces=_union(self.provinces, other.provinces),
            officials=_union(self.officials, other.officials),
            sources=_union(self.sources, other.sources),
            dates=_union(self.dates, other.dates),
        )

    @property
    def empty(self) -> bool:
        return not (self.provinces or self.written or self.officials or self.sources or self.dates)

    def labels(self) -> tuple[tuple[str, str], ...]:
        """Every filter as (facet, value as the query grammar writes it): chips and document headers."""
        return (
            *(("province", p) for p in self.provinces),
            *(("written", p) for p in self.written),
            *(("date", "unknown" if r.unknown else r.label) for r in self.dates),
            *(("official", o) for o in self.officials),
            *(("source", s) for s in self.sources),
        )


def shown_date(date: PublishedDate, hint: PublishedDate | None) -> PublishedDate:
    """The publication date when known, else the hint marked approximate, else the unknown date."""
    if date.iso or hint is None or not hint.iso:
        return date
    return hint if hint.approximate else replace(hint, approximate=True)


def approximate_key(date: PublishedDate, hint: PublishedDate | None) -> int:
    """``yyyymmdd`` of an article's approximate date (its own, or its hint); 0 when its date is known
    or there is no date information at all. Date filters and the date facet use it, marked "≈"."""
    if date.sort_key:
        return 0
    return date.iso_key or (hint.iso_key if hint is not None else 0)


_T = TypeVar("_T")

FACET_TITLES = {"written": "province as written"}
"""How a document names a filter whose query field alone would puzzle a reader."""


def facet_title(facet: str) -> str:
    return FACET_TITLES.get(facet, facet)


def _union(a: tuple[_T, ...], b: tuple[_T, ...]) -> tuple[_T, ...]:
    return a + tuple(x for x in b if x not in a)


SORTS = ("relevance", "date")


@dataclass(frozen=True)
class Query:
    """What the user asked: the query text (with its own field filters) plus facet filters."""

    text: str = ""
    filters: Filters = Filters()
    sort: str = "relevance"
    limit: int = 20
    offset: int = 0


@dataclass(frozen=True)
class Snippet:
    """A passage of text with the character spans to highlight in it."""

    text: str
    spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Hit:
    """One result row: enough to list it; the full article comes from ``get_article``."""

    id: str
    title: str
    has_title: bool
    date: PublishedDate
    score: float
    provinces: tuple[str, ...]
    provinces_2025: tuple[str, ...]
    main_province: str | None
    main_province_2025: str | None
    source: Source
    snippet: Snippet
    title_spans: tuple[Span, ...] = ()
    date_hint: PublishedDate | None = None
    """When ``date`` is unknown: an approximate date (the crawl date, a reporting period)."""
    similar: tuple[str, ...] = ()
    """Ids of other matched articles telling the same story (near-duplicates; the first 20)."""
    similar_total: int = 0
    """How many there are ("+3 similar")."""

    @property
    def place(self) -> tuple[str, str] | None:
        """Where the article is about (see ``place_of``)."""
        return place_of(self.main_province, self.main_province_2025, self.provinces, self.provinces_2025)

    @property
    def shown_date(self) -> PublishedDate:
        """The date a list shows: the publication date, else the approximate one ("≈05/07/2017")."""
        return shown_date(self.date, self.date_hint)


@dataclass(frozen=True)
class FacetValue:
    """One facet value with its live count; ``selected`` when it is an active filter."""

    value: str
    count: int
    selected: bool = False
    label: str = ""
    approximate: int = 0
    """How many of ``count`` are there by an approximate date (the date facet's "≈")."""


@dataclass(frozen=True)
class Facets:
    province: tuple[FacetValue, ...] = ()
    province_2025: tuple[FacetValue, ...] = ()
    official: tuple[FacetValue, ...] = ()
    year: tuple[FacetValue, ...] = ()
    month: tuple[FacetValue, ...] = ()
    source: tuple[FacetValue, ...] = ()


@dataclass(frozen=True)
class SearchResult:
    """Everything a front-end needs to show one search."""

    query: Query
    hits: tuple[Hit, ...]
    total: int
    facets: Facets
    elapsed_ms: float
    suggestion: str | None = None
    """A corrected query ("did you mean", ``corrected``), or the query with its diacritics."""
    relaxed: bool = False
    notices: tuple[str, ...] = ()
    terms: tuple[str, ...] = field(default=())
    corrected: bool = False
    """``suggestion`` corrects a misspelling (else it only adds the diacritics)."""
    story_total: int | None = None
    """How many stories the ``total`` articles tell (near-duplicates count once); the hits are one per
    story. None from an engine that does not group."""
    phrase_total: int | None = None
    """How many of the ``total`` hold each unquoted run of several words as a phrase ("1,893
    articles · 211 with the exact phrase"); None when the query has no such run."""


@dataclass(frozen=True)
class Skipped:
    """An input that was not indexed, where it was, and why."""

    where: str
    reason: str


@dataclass(frozen=True)
class Count:
    """How many articles a search matches now, how many of them are new since a watermark (None:
    cannot be told), and the watermark to keep for next time."""

    total: int
    new: int | None
    watermark: str


ProgressFn = Callable[[str, int, "int | None"], None]
"""``progress(phase, done, total)`` of an indexing run; phases: "read", "index", "commit", "merge"."""


@dataclass(frozen=True)
class IndexReport:
    """What one indexing run did."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: tuple[Skipped, ...] = ()
    seconds: float = 0.0
    rebuilt: bool = False
    notices: tuple[str, ...] = ()

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)
