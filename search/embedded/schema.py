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

from ..analysis import fold_all, index_terms, normalize
from ..models import Article, approximate_key
from ..query.field_values import keyword_values
from ..query.field_values import (
    searchable_text as searchable_text,  # re-exported: the indexer, snapshot and tests import it here
)
from ..query.source import (
    ABBR,
    ID,
    OFFICIAL,
    OFFICIAL_TITLE,
    PROVINCE,
    PROVINCE_2025,
    SOURCE,
    TEXT,
    TEXT_F,
    TITLE,
    TITLE_F,
)
from ..similarity import sketch
from . import records

SCHEMA_VERSION = 21
"""7: every generation sealed by a manifest (manifest.py); 8: the field classes live in
``briefing_tui.search.embedded.schema`` (their import path is pickled into the index);
9: the approximate date column (date filters and the date facet count it, marked "≈"); 10: the
near-duplicate sketch column (similarity.py); 11: a column file per generation (columns.py: facets,
dates and stories written at index time); 12: word edges in the phrase index (word-aware phrases,
wordbreak.open_edges; phrase file version 3); 13: phrase file version 4 (sorted vocabularies, id-pair keys,
gap-coded postings, 2–3-byte tokens: the phrase index 238 → 90 MB at 20k, issue 14); 14: no folded text
fields (a word typed without marks read as its accented spellings: −31 MB at 20k; reverted in 17) and
phrase file version 5 (edges four to a byte); 15: stored records deflated against a
preset dictionary (records.py); 16: that record in a plain column (Whoosh's stored fields pickle bytes as
latin-1 text, ~1.5× their size, then deflate them again); 17: the folded fields back (without them a
word typed without marks was read as all its spellings: "uy ban nhan dan" 51 → 138 ms warm at 20k, for
−31 MB), with no per-posting value beside the frequency (TermsField) and frequencies written as
ints (writing._CountsWriter): postings 58.4 → 29.4 MB at 20k; 18: phrase file version 6 (exact pairs: the
clean bit of 2,000 common two-syllable pairs decided word by word at index time); 19: column file version 3
(the counted facets' postings by document: counting a few thousand matches reads their values instead of
passing over every posting); 20: column file version 4 (the officials' short names filed under full ones:
"Putin" counted and filtered with "Vladimir Putin"); 21: column file version 5 (the commonest terms'
frequencies by document, ``columns.ROW_SHARE``: scoring reads them for just the matched documents). An
index of another version is rebuilt by `index`."""


_last: list[Any] = [None, None, None]  # (value object, accented terms, folded terms)


def terms_of(value: str) -> tuple[list[str], list[str]]:
    """Accented and folded terms of a text, cached for the twin fields."""
    if _last[0] is not value:
        accented = index_terms(normalize(value))
        _last[:] = [value, accented, fold_all(accented)]
    return _last[1], _last[2]


class Counts(formats.Frequency):  # type: ignore[misc]  # whoosh is untyped
    """Term frequencies kept only as the postings' weights: no 4-byte value per posting beside them
    (Whoosh's ``Frequency`` keeps both; nothing here reads the value)."""

    posting_size = 0


class TermsField(fields.FieldType):  # type: ignore[misc]  # whoosh is untyped: FieldType is Any
    """A text field that indexes syllable terms, accented or folded, with or without positions."""

    def __init__(self, folded: bool, positions: bool) -> None:
        self.folded = folded
        self.positions = positions
        self.format = formats.Positions() if positions else Counts()
        self.scorable = True
        self.stored = False
        self.unique = False
        self.analyzer = None
        self.vector = None

    def index(self, value: str, **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        if not self.positions:
            # the frequency is the posting's weight; Whoosh would also keep it a second time as a
            # 4-byte value per posting, pickled (latin-1 text) in every block: nothing reads it
            # (reads.py takes the weights), so none is given (the 3k slice's postings 11.3 → 9.0 MB)
            for term, freq in zip(*self._counts(value)):
                yield term, freq, float(freq), b""
            return
        where: defaultdict[str, list[int]] = defaultdict(list)
        for pos, word in enumerate(terms_of(value)[1 if self.folded else 0]):
            where[word].append(pos)
        encode = self.format.encode
        for word, poslist in where.items():
            yield word.encode("utf-8"), len(poslist), float(len(poslist)), encode(poslist)

    def postings(self, value: str) -> tuple[list[bytes], list[int]] | None:
        """The field's terms and frequencies in one go (``writing.CompactPool.add_terms``); None
        for a field with positions, whose postings carry values (``index`` gives those)."""
        return None if self.positions else self._counts(value)

    def _counts(self, value: str) -> tuple[list[bytes], list[int]]:
        counts = Counter(terms_of(value)[1 if self.folded else 0])
        return [term.encode("utf-8") for term in counts], list(counts.values())


class KeysField(fields.FieldType):  # type: ignore[misc]  # whoosh is untyped: FieldType is Any
    """Exact string values (facets, learned abbreviations): no analysis, no scoring."""

    def __init__(self) -> None:
        self.format = formats.Existence()
        self.scorable = False
        self.stored = False
        self.unique = False
        self.analyzer = None
        self.vector = None

    def index(self, value: Iterable[str], **kwargs: Any) -> Iterator[tuple[bytes, int, float, bytes]]:
        for key in sorted(self.postings(value)[0]):
            yield key, 1, 1.0, b""

    def postings(self, value: Iterable[str]) -> tuple[list[bytes], list[int]]:
        """Each distinct value once (``writing.CompactPool.add_terms``)."""
        keys = [key.encode("utf-8") for key in set(value) if key]
        return keys, [1] * len(keys)


STORED_DOC, ORIGIN, HASH, ORD, DATE, APPROX_DATE = "doc", "origin", "hash", "ord", "date", "approx_date"
SKETCH = "sketch"
"""The near-duplicate sketch (``similarity.sketch``): 16 packed 64-bit hashes, or empty."""
"""The engine's own fields: the stored article (JSON), its file, content hash, phrase-index
ordinal, ``yyyymmdd`` date and approximate date (``models.approximate_key``); the query side's
field names are in ``query/source.py``."""


def build_schema() -> fields.Schema:
    keys = {name: KeysField() for name in (PROVINCE, PROVINCE_2025, OFFICIAL, OFFICIAL_TITLE, SOURCE, ABBR)}
    return fields.Schema(
        **{
            ID: fields.ID(stored=True, unique=True, sortable=True),
            STORED_DOC: fields.COLUMN(columns.VarBytesColumn()),  # deflated already (records.py): kept as is
            ORIGIN: fields.COLUMN(columns.VarBytesColumn()),
            HASH: fields.COLUMN(columns.VarBytesColumn()),
            ORD: fields.COLUMN(columns.NumericColumn("I")),
            DATE: fields.COLUMN(columns.NumericColumn("I")),
            APPROX_DATE: fields.COLUMN(columns.NumericColumn("I")),
            SKETCH: fields.COLUMN(columns.VarBytesColumn()),
            TEXT: TermsField(folded=False, positions=False),  # phrases live in the phrase index
            TEXT_F: TermsField(folded=True, positions=False),
            TITLE: TermsField(folded=False, positions=False),
            TITLE_F: TermsField(folded=True, positions=False),
            **keys,
        }
    )


def to_document(article: Article, ord_: int, abbreviations: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """The Whoosh document for one article (``ord_`` keys it in the phrase index)."""
    text = searchable_text(article)
    doc: dict[str, Any] = {
        ID: article.id,
        STORED_DOC: records.pack(article),
        ORIGIN: article.origin.encode("utf-8"),
        HASH: article.content_hash.encode("ascii"),
        ORD: ord_,
        DATE: article.date.sort_key,
        APPROX_DATE: approximate_key(article.date, article.date_hint),
        SKETCH: _sketch(article, text),
        TEXT: text,
        TEXT_F: text,
        **keyword_values(article, abbreviations),
    }
    if article.title:
        doc[TITLE] = article.title
        doc[TITLE_F] = article.title
    return doc


def _sketch(article: Article, text: str) -> bytes:
    """The near-duplicate sketch: the text's folded terms (which TEXT_F then takes from the cache),
    the folded title and the day it is dated (known, else approximate)."""
    title = fold_all(index_terms(normalize(article.title))) if article.title else []
    day = article.date.sort_key or approximate_key(article.date, article.date_hint)
    return sketch(terms_of(text)[1], title, day)


def article_from_stored(record: bytes) -> Article:
    """The article of a stored record (the ``STORED_DOC`` column's value)."""
    return records.unpack(record)
