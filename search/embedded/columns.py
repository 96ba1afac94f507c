"""Provides the per-document columns of one index generation: written at index time, memory-mapped to read.

Why: a cold ``briefing-tui search`` on the 20k index spent 0.33 s of its ~0.7 s
reading the facet fields out of Whoosh (one pickled posting block after another,
for thousands of officials), and the first search of an open index grouped the
near-duplicates (0.13 s). Both are the same for every search of a generation, so
the indexing run that commits the generation computes them once and writes them
here (``column_build.py``); a reader maps the file and takes typed views of it,
with no decoding: opening costs a few syscalls and the header's checks.

One file per generation, ``columns/c<generation>.bin``, sealed by the generation's
manifest (size, CRC-32) like every other file; a damaged one makes the index
damaged (``index --rebuild``), because every search needs it. Everything in it is
keyed by docnum (Whoosh's dense numbering of that generation), so it is written
again by every run that commits a generation; docnums past ``doc_count_all`` or a
section of the wrong length are refused when the file is opened.

Layout (native byte order, recorded in the header; every section an array of
unsigned 32-bit integers except the UTF-8 texts, which come last)::

    header   magic, version, little-endian flag, doc_count_all, then each section's length
    ords     each docnum's article ordinal (the phrase index's key)
    dates    each docnum's publication date, yyyymmdd (0: unknown)
    dated    the date filters, the date facet and the date sort use: known, else approximate
    approximate  docnums whose ``dated`` is approximate, ascending
    stories  each docnum's story: the smallest docnum of its near-duplicates (``similarity.py``)
    grouped  live docnums in a story of more than one article, ascending
    per facet field (provinces, provinces since 2025, officials, "official\\ttitle",
    sources, abbreviations): value starts (k + 1) and docnums (each value's live
    docnums, ascending, values in string order); text offsets (k + 1) and the texts
    per counted facet field (provinces, provinces since 2025, officials, sources), the same
    postings by document: starts (doc_count_all + 1) and each document's value indexes
    (``Columns.tally`` counts a few thousand matches from these)
    lexicon  the word list (``wordbreak.lexicon_bytes``, ~1.6 MB, sorted): the one the phrase index's
             word edges were computed with, searched in place (``wordbreak.SortedLines``) where
             reading Viet74K takes ~0.25 s and building sets of this copy 40–50 ms — a cold search
             that checks or highlights a phrase needs it
    per text field (the body's syllables as written and folded), its commonest terms' frequencies by
    document (``ROW_SHARE``): each term's live document count and its text's offset (u32), the
    terms (UTF-8, sorted), and one byte per docnum and term, its frequency there (0: absent)
"""

from __future__ import annotations

import bisect
import contextlib
import mmap
import operator
import struct
import sys
from array import array
from collections import Counter
from collections.abc import Sequence
from itertools import chain, compress, repeat
from pathlib import Path

from ..errors import IndexCorruptError
from ..query.docmask import DocMask, bits_of
from ..query.source import ABBR, OFFICIAL, OFFICIAL_TITLE, PROVINCE, PROVINCE_2025, SOURCE, TEXT, TEXT_F
from ..wordbreak import Lexicon, lexicon_from_bytes

MAGIC = b"BTCOLS01"
VERSION = 5
"""2: the word list the phrase index's word edges were computed with (``lexicon.text``); 3: the counted
facets' postings by document (``TALLIED``); 4: the officials' short names filed under full ones
(``official.aliases``: pairs of value indexes); 5: the commonest terms' frequencies by document
(``ROW_FIELDS``, ``Columns.term_row``)."""
FACET_FIELDS = (PROVINCE, PROVINCE_2025, OFFICIAL, OFFICIAL_TITLE, SOURCE, ABBR)
TALLIED = (PROVINCE, PROVINCE_2025, OFFICIAL, SOURCE)
"""The facets a search counts (``Columns.tally``), kept by document too."""
BY_DOC_SHARE = 4
"""``tally`` reads a field by document when the documents times this are at most its postings. Measured at 150k
articles (random sets of documents, min of 7, CPU ms for provinces / officials / sources): by document and by value
cross where the documents are about a sixth of the provinces' postings and a quarter of the officials'; at 2 (the
earlier value) a query matching 30–45% of the index read by document at up to twice the cost (52,746 documents:
33.5 / 25.2 / 20.6 by document, 16.6 / 20.3 / 11.4 by value)."""
ROW_FIELDS = (TEXT, TEXT_F)
"""The fields whose commonest terms are kept as rows of one frequency byte per document."""
ROW_SHARE = 4
"""A term of ``ROW_FIELDS`` held by at least a quarter of the live documents gets a row. Why: scoring reads a
query term's frequency in each matched document, and Whoosh keeps it in pickled, compressed blocks of 128
postings; "uy ban nhan dan" matches 1,900 articles at 20k and reads sixteen lists of 11,000–15,600 postings,
decoding nearly every block (2.0–2.6 ms a list, docs/performance.md, sessions 53–55). A row is read at C
speed for just the matched documents. Measured at 20k (the twelve slowest warm queries, the scoring's
reads and additions, CPU, a loaded box): 120.6 ms in all with none, 62.4 with rows from a quarter, 71–76
from an eighth or a sixteenth; the 72-query warm series with rows from a sixth against a quarter, p95 24.8
vs 24.7 ms for 5 MB more. Rows from a quarter are 269 + 298 terms at 20k (11.4 MB: the index 169 → 180 MB)
and hold 45% and 67% of the two fields' postings; warm p95 30.0 → 24.9 ms at 20k, 179.7 → 135.4 ms at 150k
(docs/performance.md, session 56)."""
ROW_MAX = 255
"""The largest frequency a row's byte holds; a term more frequent in some document gets no row (read from
Whoosh), so every score stays the same float."""
PER_DOC = ("ords", "dates", "dated", "stories")
"""Sections holding one value per docnum."""
SECTIONS: tuple[str, ...] = (
    "ords", "dates", "dated", "approximate", "stories", "grouped",
    *(f"{f}.{part}" for f in FACET_FIELDS for part in ("starts", "docs", "offsets")),
    *(f"{f}.{part}" for f in TALLIED for part in ("by_doc_starts", "by_doc")),
    f"{OFFICIAL}.aliases",
    *(f"rows.{f}.{part}" for f in ROW_FIELDS for part in ("df", "offsets")),
    *(f"{f}.text" for f in FACET_FIELDS),
    "lexicon.text",
    *(f"rows.{f}.{part}" for f in ROW_FIELDS for part in ("text", "bytes")),
)
"""Every section in file order: the 32-bit arrays, then the texts and bytes (so every array stays aligned)."""
HEADER = struct.Struct("<8sIII" + "Q" * len(SECTIONS))
"""magic, version, little-endian flag, doc_count_all, the length of each section (elements)."""
FOLDER = "columns"
REBUILD = "run `briefing-tui index --rebuild`"


def relative_name(generation: int) -> str:
    """The file of a generation, relative to its folder (as the manifest lists it)."""
    return f"{FOLDER}/c{generation:06d}.bin"


class Columns:
    """One generation's columns, read through a read-only memory map (pages load on first touch)."""

    ords: Sequence[int]
    dates: Sequence[int]
    dated: Sequence[int]
    approximate: Sequence[int]
    stories: Sequence[int]
    grouped: Sequence[int]

    def __init__(self, doc_count_all: int, views: dict[str, memoryview], name: str = "", closer: object = None) -> None:
        self.doc_count_all = doc_count_all
        self.name = name
        self._views = views
        self._closer = closer
        for section in ("ords", "dates", "dated", "approximate", "stories", "grouped"):
            setattr(self, section, views[section])
        self._values: dict[str, dict[str, set[int]]] = {}
        self._owners: dict[str, array[int]] = {}
        self._bits: dict[tuple[str, int], int] = {}
        self._lexicon: Lexicon | None = None

    @classmethod
    def empty(cls) -> Columns:
        """The columns of a generation with no documents (a new index before its first commit)."""
        blank = memoryview(b"").cast("I")
        views = {s: blank for s in SECTIONS if not is_bytes(s)}
        views.update({f"{f}.starts": memoryview(struct.pack("=I", 0)).cast("I") for f in FACET_FIELDS})
        views.update({f"{f}.offsets": memoryview(struct.pack("=I", 0)).cast("I") for f in FACET_FIELDS})
        views.update({f"{f}.by_doc_starts": memoryview(struct.pack("=I", 0)).cast("I") for f in TALLIED})
        views.update({f"{f}.text": memoryview(b"") for f in FACET_FIELDS})
        views["lexicon.text"] = memoryview(b"")
        views[f"{OFFICIAL}.aliases"] = blank
        for f in ROW_FIELDS:
            views[f"rows.{f}.offsets"] = memoryview(struct.pack("=I", 0)).cast("I")
            views[f"rows.{f}.text"] = views[f"rows.{f}.bytes"] = memoryview(b"")
        return cls(0, views)

    @classmethod
    def open(cls, path: Path, doc_count_all: int) -> Columns:
        """Map and check ``path``: its header, its size, and every per-document section's length
        against the Whoosh generation's ``doc_count_all``. A file that fails is ``IndexCorruptError``
        naming the cure."""
        try:
            with open(path, "rb") as f:
                size = f.seek(0, 2)
                if size < HEADER.size:
                    raise _Damaged(f"is {size} bytes, shorter than its header")
                mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
        except FileNotFoundError:
            raise IndexCorruptError(f"the index at {path.parent.parent} is damaged: {FOLDER}/{path.name} is missing; {REBUILD}") from None
        except _Damaged as exc:
            raise _error(path, exc.args[0]) from None
        except (OSError, ValueError) as exc:
            raise _error(path, f"cannot be read ({getattr(exc, 'strerror', None) or exc})") from None
        try:
            return cls(doc_count_all, _views(mm, doc_count_all), path.name, mm)
        except _Damaged as exc:
            problem = str(exc)
        with contextlib.suppress(BufferError):  # the failed check's views are gone with its frame
            mm.close()
        raise _error(path, problem)

    def close(self) -> None:
        """Release the views and unmap the file; views a caller still holds then refuse to be read."""
        for name in ("ords", "dates", "dated", "approximate", "stories", "grouped"):
            setattr(self, name, ())
        self._values.clear()
        self._owners.clear()
        self._bits.clear()
        views, self._views = self._views, {}
        closer, self._closer = self._closer, None
        if isinstance(closer, mmap.mmap):
            for view in views.values():
                view.release()
            with contextlib.suppress(BufferError):  # a view made from one of ours is still alive: unmapped when freed
                closer.close()

    def official_alias_pairs(self) -> list[tuple[int, int]]:
        """Each official filed under another (``query/official_aliases.py``) as (its value index, the other's),
        as the index run found them: a few dozen pairs, read in microseconds where computing them took 18 ms
        of a cold search at 20k articles and 95 ms at 150k."""
        pairs = self._views[f"{OFFICIAL}.aliases"]
        return [(pairs[i], pairs[i + 1]) for i in range(0, len(pairs), 2)]

    def docs_at(self, field: str, index: int) -> set[int]:
        """The live docnums holding the value with this index (no search for the value)."""
        starts = self._views[f"{field}.starts"]
        return set(self._views[f"{field}.docs"][starts[index] : starts[index + 1]])

    def marked(self, field: str, index: int, mask: DocMask) -> int:
        """How many live docnums holding the value with this index ``mask`` marks (its slice of the mapping
        read at C speed: no set built)."""
        starts = self._views[f"{field}.starts"]
        return mask.count_in(self._views[f"{field}.docs"][starts[index] : starts[index + 1]])

    def value_bits(self, field: str, index: int) -> int:
        """The live docnums holding the value with this index as a bitmap (``docmask.bits_of``), built on first
        use and kept with the generation (~19 KB a value at 150,000 articles)."""
        found = self._bits.get((field, index))
        if found is None:
            starts = self._views[f"{field}.starts"]
            docs = self._views[f"{field}.docs"][starts[index] : starts[index + 1]]
            found = self._bits[(field, index)] = bits_of(docs, self.doc_count_all)
        return found

    def lexicon(self) -> Lexicon | None:
        """The word list kept with this generation (None in a generation without one: an empty index)."""
        if self._lexicon is None and len(self._views.get("lexicon.text", b"")):
            try:
                self._lexicon = lexicon_from_bytes(bytes(self._views["lexicon.text"]), f"{FOLDER}/{self.name}")
            except ValueError:
                raise IndexCorruptError(
                    f"the index is damaged: its column file {FOLDER}/{self.name} holds no word list; {REBUILD}"
                ) from None
        return self._lexicon

    def term_row(self, field: str, term: str) -> tuple[memoryview, int] | None:
        """A common term's frequency in each docnum (one byte each, 0 where absent; ``ROW_SHARE``) and how
        many live documents hold it, or None when the term has no row (read its postings instead)."""
        if field not in ROW_FIELDS:
            return None
        key = term.encode("utf-8")
        i, n = self._find(f"rows.{field}", key)
        if i == n or self._text_at(f"rows.{field}", i) != key:
            return None
        size = self.doc_count_all
        return self._views[f"rows.{field}.bytes"][i * size : (i + 1) * size], self._views[f"rows.{field}.df"][i]

    def values(self, field: str) -> dict[str, set[int]]:
        """Every value of a facet field with the live docnums holding it (built once per field: one
        ``set`` per value from a slice of the mapping, C speed)."""
        found = self._values.get(field)
        if found is None:
            starts, docs = self._views[f"{field}.starts"], self._views[f"{field}.docs"]
            offsets, text = self._views[f"{field}.offsets"], self._views[f"{field}.text"]
            raw = bytes(text)
            try:
                found = {
                    raw[offsets[i] : offsets[i + 1]].decode("utf-8"): set(docs[starts[i] : starts[i + 1]])
                    for i in range(len(starts) - 1)
                }
            except (UnicodeDecodeError, IndexError, ValueError) as exc:
                raise _error(Path(self.name), f"holds a damaged {field} column ({type(exc).__name__})") from None
            if len(docs) and max(docs) >= self.doc_count_all:
                raise _error(Path(self.name), f"holds a {field} column naming documents the index does not have")
            self._values[field] = found
        return found

    def tally(self, field: str, docs: set[int]) -> Counter[int]:
        """How many of ``docs`` hold each value of a facet field, by value index (values in string
        order), at C speed with no per-value set and no value decoded: from each document's values
        when ``docs`` are few against the field's postings (``BY_DOC_SHARE``), else in one pass over
        the postings. Why: the officials facet at 150k articles has 19,384 values over 119,547
        postings; building a set per value and the docnum → values map took ~0.35 s of a cold search,
        the pass ~10 ms; reading by document halved what the ten cold benchmark queries spend
        counting facets at 150k (850–930 → 415–550 ms of CPU, loaded box; docs/performance.md)."""
        if field in TALLIED and len(docs) * BY_DOC_SHARE <= len(self._views[f"{field}.docs"]):
            return self.tally_by_doc(field, docs)
        return self.tally_by_value(field, docs)

    def tally_by_doc(self, field: str, docs: set[int]) -> Counter[int]:
        """``tally`` from each document's value indexes (a slice per document, all mapped at C speed)."""
        starts, by_doc = self._views[f"{field}.by_doc_starts"], self._views[f"{field}.by_doc"]
        ends = map(starts.__getitem__, map((1).__add__, docs))
        return Counter(chain.from_iterable(map(by_doc.__getitem__, map(slice, map(starts.__getitem__, docs), ends))))

    def tally_by_value(self, field: str, docs: set[int]) -> Counter[int]:
        """``tally`` in one pass over the field's postings (value by value)."""
        owners = self._owners.get(field)
        if owners is None:
            owners = self._owners[field] = value_owners(self._views[f"{field}.starts"])
        return Counter(compress(owners, map(docs.__contains__, self._views[f"{field}.docs"])))

    def sizes(self, field: str) -> list[int]:
        """How many live documents hold each value of a facet field, by value index (C speed)."""
        starts = self._views[f"{field}.starts"]
        return list(map(operator.sub, starts[1:], starts[:-1]))

    def value_at(self, field: str, index: int) -> str:
        """The value with this index (``tally``'s keys)."""
        try:
            return self._text_at(field, index).decode("utf-8")
        except (UnicodeDecodeError, IndexError) as exc:
            raise _error(Path(self.name), f"holds a damaged {field} column ({type(exc).__name__})") from None

    def index_of(self, field: str, value: str) -> int | None:
        """The index of a value (binary search over the sorted texts), None when no document holds it."""
        key = value.encode("utf-8")
        i, n = self._find(field, key)
        return i if i < n and self._text_at(field, i) == key else None

    def docs_of(self, field: str, value: str) -> set[int]:
        """The live docnums holding one value, without building every value's set."""
        if field in self._values:
            return self._values[field].get(value, set())
        i = self.index_of(field, value)
        if i is None:
            return set()
        starts = self._views[f"{field}.starts"]
        return set(self._views[f"{field}.docs"][starts[i] : starts[i + 1]])

    def _text_at(self, field: str, i: int) -> bytes:
        offsets = self._views[f"{field}.offsets"]
        return bytes(self._views[f"{field}.text"][offsets[i] : offsets[i + 1]])

    def _find(self, field: str, key: bytes) -> tuple[int, int]:
        """The first value index whose text is ≥ ``key``, and how many values there are: of a facet field, or of
        the terms of a field's frequency rows (``"rows." + field``). The count is the texts' offsets less one (a
        facet field's value starts are as many: checked when the file is opened)."""
        n = len(self._views[f"{field}.offsets"]) - 1
        return bisect.bisect_left(range(n), key, key=lambda i: self._text_at(field, i)), n

    def counts(self, field: str, prefix: str = "") -> dict[str, int]:
        """Every value of a facet field (or those starting with ``prefix``) with how many live documents
        hold it (no sets built). Values are stored sorted, so a prefix is a binary search: the title of
        one official at 150k articles, not a pass over 100,000 values (0.19 s)."""
        starts, offsets = self._views[f"{field}.starts"], self._views[f"{field}.offsets"]
        text = self._views[f"{field}.text"]
        n = len(starts) - 1
        try:
            if not prefix:
                raw = bytes(text)
                return {raw[offsets[i] : offsets[i + 1]].decode("utf-8"): starts[i + 1] - starts[i] for i in range(n)}
            key = prefix.encode("utf-8")
            out: dict[str, int] = {}
            i, _ = self._find(field, key)
            while i < n and (value := self._text_at(field, i)).startswith(key):
                out[value.decode("utf-8")] = starts[i + 1] - starts[i]
                i += 1
            return out
        except (UnicodeDecodeError, IndexError, ValueError) as exc:
            raise _error(Path(self.name), f"holds a damaged {field} column ({type(exc).__name__})") from None


class _Damaged(Exception):
    """What is wrong with a column file (turned into one ``IndexCorruptError``)."""


def _error(path: Path, what: str) -> IndexCorruptError:
    return IndexCorruptError(f"the index is damaged: its column file {FOLDER}/{path.name} {what}; {REBUILD}")


def value_owners(starts: Sequence[int]) -> array[int]:
    """Each posting's value index, for a field's value starts (postings listed value by value)."""
    return array("I", chain.from_iterable(map(repeat, range(len(starts) - 1), map(operator.sub, starts[1:], starts[:-1]))))


def _views(mm: mmap.mmap, doc_count_all: int) -> dict[str, memoryview]:
    """Typed views of every section, after checking the header against the file and the index."""
    head = HEADER.unpack_from(mm, 0)
    magic, version, little, docs, lengths = head[0], head[1], head[2], head[3], head[4:]
    if magic != MAGIC:
        raise _Damaged("is not a briefing-tui column file")
    if version != VERSION or little != (1 if sys.byteorder == "little" else 0):
        raise _Damaged(f"is of another format (version {version})")
    if docs != doc_count_all:
        raise _Damaged(f"describes {docs:,} documents, the index holds {doc_count_all:,}")
    expected = HEADER.size + sum(n if is_bytes(name) else 4 * n for name, n in zip(SECTIONS, lengths))
    if expected != len(mm):
        raise _Damaged(f"is {len(mm):,} bytes, its header says {expected:,}")
    mv = memoryview(mm)
    views: dict[str, memoryview] = {}
    pos = HEADER.size
    for name, n in zip(SECTIONS, lengths):
        size = n if is_bytes(name) else 4 * n
        view = mv[pos : pos + size]
        views[name] = view if is_bytes(name) else view.cast("I")
        pos += size
    for name in PER_DOC:
        if len(views[name]) != doc_count_all:
            raise _Damaged(f"has {len(views[name]):,} {name}, the index holds {doc_count_all:,} documents")
    for field in FACET_FIELDS:
        starts, offsets = views[f"{field}.starts"], views[f"{field}.offsets"]
        if len(starts) != len(offsets) or not len(starts) or starts[0] != 0 or offsets[0] != 0 \
                or starts[-1] != len(views[f"{field}.docs"]) or offsets[-1] != len(views[f"{field}.text"]):
            raise _Damaged(f"has a {field} column whose offsets do not match its data")
    for field in TALLIED:
        starts, by_doc = views[f"{field}.by_doc_starts"], views[f"{field}.by_doc"]
        if len(starts) != doc_count_all + 1 or starts[0] != 0 or starts[-1] != len(by_doc) \
                or len(by_doc) != len(views[f"{field}.docs"]):
            raise _Damaged(f"has a {field} column whose postings by document do not match its data")
    aliases, officials = views[f"{OFFICIAL}.aliases"], len(views[f"{OFFICIAL}.starts"]) - 1
    if len(aliases) % 2 or any(i >= officials for i in aliases):
        raise _Damaged("has officials' aliases that name no official")
    for field in ROW_FIELDS:
        df, offsets = views[f"rows.{field}.df"], views[f"rows.{field}.offsets"]
        if len(offsets) != len(df) + 1 or offsets[0] != 0 or offsets[-1] != len(views[f"rows.{field}.text"]) \
                or len(views[f"rows.{field}.bytes"]) != len(df) * doc_count_all \
                or any(n > doc_count_all for n in df):
            raise _Damaged(f"has {field} frequency rows that do not match their terms")
    return views


def is_bytes(section: str) -> bool:
    """Whether a section is bytes (texts, frequency rows) rather than 32-bit integers."""
    return section.endswith((".text", ".bytes"))
