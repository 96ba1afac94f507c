"""Provides the Whoosh schema and the mapping from an ``Article`` to a Whoosh document.

The text fields analyse their own value with ``analysis.index_terms`` (one
regex pass, tokens cached between the accented and folded twins) instead of a
Whoosh analyzer chain: the chain's per-token generator cost was most of the
indexing time. Whoosh pickles these field classes' import paths into the
index, so moving or changing anything here means bumping ``SCHEMA_VERSION``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from whoosh import columns, fields, formats
from whoosh.system import pack_uint

from .. import stored
from ..analysis import fold, index_terms, normalize
from ..models import Article

SCHEMA_VERSION = 8
"""7: every generation sealed by a manifest (manifest.py); 8: the field classes live in
``briefing_tui.search.embedded.schema`` (their import path is pickled into the index).
An index of another version is rebuilt by `index`."""

TEXT, TEXT_F, TITLE, TITLE_F = "text", "text_f", "title", "title_f"
PROVINCE, PROVINCE_2025, OFFICIAL, SOURCE, ABBR = "prov", "prov25", "official", "source", "abbr"
OFFICIAL_TITLE = "offtitle"
FACET_FIELDS = (PROVINCE, PROVINCE_2025, OFFICIAL, SOURCE)

_last: list[Any] = [None, None, None]  # (value object, accented terms, folded terms)


def terms_of(value: str) -> tuple[list[str], list[str]]:
    """Accented and folded terms of a text, cached for the twin fields."""
    if _last[0] is not value:
        accented = index_terms(normalize(value))
        _last[:] = [value, accented, [fold(t) for t in accented]]
    return _last[1], _last[2]


class TermsField(fields.FieldType):
    """A text field that indexes syllable terms, accented or folded, with or without positions."""

    def __init__(self, folded: bool, positions: bool) -> None:
        self.folded = folded
        self.positions = positions
        self.format = formats.Positions() if positions else formats.Frequency()
        self.scorable = True
        self.stored = False
        self.unique = False
        self.analyzer = None
        self.vector = None

    def index(self, value: str, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        accented, folded = terms_of(value)
        terms = folded if self.folded else accented
        if self.positions:
            where: defaultdict[str, list[int]] = defaultdict(list)
            for pos, term in enumerate(terms):
                where[term].append(pos)
            encode = self.format.encode
            for term, poslist in where.items():
                yield term.encode("utf-8"), len(poslist), float(len(poslist)), encode(poslist)
        else:
            for term, freq in Counter(terms).items():
                yield term.encode("utf-8"), freq, float(freq), pack_uint(freq)


class KeysField(fields.FieldType):
    """Exact string values (facets, learned abbreviations): no analysis, no scoring."""

    def __init__(self) -> None:
        self.format = formats.Existence()
        self.scorable = False
        self.stored = False
        self.unique = False
        self.analyzer = None
        self.vector = None

    def index(self, value: Iterable[str], **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        for key in sorted(set(value)):
            if key:
                yield key.encode("utf-8"), 1, 1.0, b""


def build_schema() -> fields.Schema:
    return fields.Schema(
        id=fields.ID(stored=True, unique=True, sortable=True),
        doc=fields.STORED(),
        origin=fields.COLUMN(columns.VarBytesColumn()),
        hash=fields.COLUMN(columns.VarBytesColumn()),
        ord=fields.COLUMN(columns.NumericColumn("I")),
        date=fields.COLUMN(columns.NumericColumn("I")),
        text=TermsField(folded=False, positions=False),  # phrases live in phrase_index
        text_f=TermsField(folded=True, positions=False),
        title=TermsField(folded=False, positions=False),
        title_f=TermsField(folded=True, positions=False),
        prov=KeysField(),
        prov25=KeysField(),
        official=KeysField(),
        offtitle=KeysField(),
        source=KeysField(),
        abbr=KeysField(),
    )


def searchable_text(article: Article) -> str:
    """What the text fields index: the title (if any) then the body, one text."""
    return f"{article.title}\n{article.body}" if article.title else article.body


def to_document(article: Article, ord_: int, abbreviations: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """The Whoosh document for one article (``ord_`` keys it in the phrase index)."""
    text = searchable_text(article)
    doc: dict[str, Any] = {
        "id": article.id,
        "doc": stored.pack(article),
        "origin": article.origin.encode("utf-8"),
        "hash": article.content_hash.encode("ascii"),
        "ord": ord_,
        "date": article.date.sort_key,
        "text": text,
        "text_f": text,
        "prov": list(article.provinces),
        "prov25": list(article.provinces_2025),
        "official": [o.name for o in article.officials],
        "offtitle": [f"{o.name}\t{o.title}" for o in article.officials if o.title],
        "source": [article.source.site] if article.source.site else [],
        "abbr": [f"{a}\t{long_form}" for a, long_form in abbreviations],
    }
    if article.title:
        doc["title"] = article.title
        doc["title_f"] = article.title
    return doc


def article_from_stored(fields: dict[str, Any]) -> Article:
    return stored.unpack(fields["doc"])
