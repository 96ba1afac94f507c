"""Provides the seam between the query side and an index: field names, query tokens, ``IndexSource``.

Everything in ``query/`` (matching, BM25 scoring, facets, highlighting,
suggestions) reads an index through the small protocol below and nothing
else, so a second engine can be put behind it without touching the front-ends
or the query code. The embedded engine (``embedded/snapshot.py``) implements
it over Whoosh and the phrase index; it reads Whoosh's posting lists in bulk
and leaves Whoosh's own scorer aside (measured: its matchers yield one posting
at a time, 39 ms for a top-20 search that bulk reads answer in a few).

Docnums are the engine's dense document numbers, valid for one source (one
open generation); articles are identified across generations by their id.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from ..abbreviations import AbbreviationTable
from ..analysis import fold
from ..models import Article

if TYPE_CHECKING:
    from collections import Counter

    from ..wordbreak import Lexicon
    from .docmask import DocMask

# --- field names: the one place they are spelled ----------------------------------------------

TEXT, TEXT_F = "text", "text_f"
"""The title and body, analysed: accented (canonical tones) and folded (no marks, đ → d)."""
TITLE, TITLE_F = "title", "title_f"
"""The title alone, both forms (scored with the title boost)."""
ID = "id"
PROVINCE, PROVINCE_2025 = "prov", "prov25"
"""Provinces as written (pre-2025 names) and after the 1 July 2025 merger."""
OFFICIAL, OFFICIAL_TITLE = "official", "offtitle"
"""Officials' names; "name\\ttitle" pairs (for the facet's labels)."""
SOURCE = "source"
ABBR = "abbr"
"""Abbreviations learned from the articles: "ABBR\\tlong form"."""


class QTok(NamedTuple):
    """One query token and where it is looked up: accented text in the accented field, a token
    typed without marks in the folded one."""

    text: str
    folded: bool

    @property
    def term(self) -> str:
        return fold(self.text) if self.folded else self.text

    @property
    def field(self) -> str:
        return TEXT_F if self.folded else TEXT

    @property
    def title_field(self) -> str:
        return TITLE_F if self.folded else TITLE


Form = tuple[QTok, ...]
"""A run of tokens that must be adjacent (a phrase, or a single token)."""


def covers(a: Form, b: Form) -> bool:
    """Does form ``a`` match wherever ``b`` does? Token by token the same, or ``a``'s typed without marks and ``b``'s
    folding to it: "an toan giao thong" covers "an toàn giao thông" (an occurrence is judged a word or not by where
    it stands, not by how it was asked for, so the documents of ``b`` are some of ``a``'s)."""
    return len(a) == len(b) and all(x == y or (x.folded and x.term == fold(y.text)) for x, y in zip(a, b, strict=True))


def broadest(forms: Sequence[Form]) -> list[Form]:
    """``forms`` without those another one covers (``covers``; of two alike, the first stays): the documents of all
    of them are those of these. An abbreviation's expansion adds its written form to what was typed without marks
    ("uy ban nhan dan" and "ủy ban nhân dân"): finding the second's documents was a second pass over the same
    articles' tokens (session 58: "an toan giao thong" at 150k, 25 of its ~110 ms)."""
    return [f for i, f in enumerate(forms)
            if not any(covers(g, f) and (j < i or not covers(f, g)) for j, g in enumerate(forms) if j != i)]


class IndexSource(Protocol):
    """What the query side needs of one open index generation."""

    # read-only: an implementation may hold them as plain attributes or compute them (cached)

    @property
    def generation(self) -> int: ...

    @property
    def doc_count(self) -> int:
        """Live (not deleted) documents."""
        ...

    @property
    def live(self) -> set[int]: ...

    @property
    def dates(self) -> Sequence[int]:
        """Each docnum's publication date as ``yyyymmdd`` (0: unknown)."""
        ...

    @property
    def dated(self) -> Sequence[int]:
        """Each docnum's date for filters, the facet and the date sort: the publication date, else
        the approximate one (a crawl date, a reporting period); 0 only with no date information."""
        ...

    @property
    def stories(self) -> Sequence[int]:
        """Each docnum's story (near-duplicates share one: the smallest docnum among them)."""
        ...

    @property
    def grouped(self) -> Sequence[int]:
        """The live docnums in a story of more than one article, ascending (about 1% of a corpus)."""
        ...

    @property
    def approximate(self) -> set[int]:
        """The docnums whose ``dated`` is approximate (shown "≈")."""
        ...

    @property
    def phrases_complete(self) -> bool:
        """False when phrase data is missing or damaged: phrases are then verified the slow way."""
        ...

    @property
    def notices(self) -> tuple[str, ...]:
        """What the user should know about this index (a recovered ``meta.json``)."""
        ...

    @property
    def abbreviations(self) -> AbbreviationTable:
        """Curated + configured + learned abbreviation pairs."""
        ...

    def length_codes(self, field: str) -> tuple[bytes, Sequence[int]]:
        """Each docnum's length in ``field`` as a one-byte code, and the token count each code stands for
        (for BM25's length normalisation)."""
        ...

    def postings(self, field: str, term: str) -> tuple[Sequence[int], Sequence[float]]:
        """Live docnums holding ``term`` (ascending) and its frequency in each."""
        ...

    def postings_within(self, field: str, term: str, docs: set[int],
                        ordered: Sequence[int] | None = None) -> tuple[Sequence[int], Sequence[float], int]:
        """``(docnums, frequencies, live count)``: the live docnums holding ``term`` (ascending) —
        every one of ``docs`` that holds it, and maybe others (an engine may return a whole list it
        has at hand) — with its frequency in each, and how many live documents hold it in all (for
        the IDF). Lets scoring and matching read a common term's postings only where a query's
        rarer words matched: "chuyen doi so" matches 53 articles, "so" has 15,000 postings.
        ``ordered``: ``docs`` sorted, when the caller asks for several terms within the same documents
        (scoring "uy ban nhan dan" asks 16 times: sorting 1,900 matches each time was ~1 ms a query)."""
        ...

    def term_docs(self, field: str, term: str) -> set[int]:
        ...

    def doc_frequency(self, field: str, term: str) -> int:
        """How many documents hold ``term`` (deleted ones may still count until a merge)."""
        ...

    def phrase_docs(self, form: Form, word_aware: bool = True, within: set[int] | None = None) -> set[int]:
        """Docnums where the tokens of ``form`` occur in order, adjacent, in any accent mode; with
        ``word_aware`` (the default: what a phrase means) at least one such occurrence must not start
        or end inside a neighbouring word ("giao thông" is not in "Bộ Ngoại giao thông báo";
        docs/wordbreak.md). ``word_aware=False`` counts syllables in a row: cheaper, for statistics
        such as "did you mean" and the adjacency bonus. ``within``: the answer need only be exact
        within these documents (scoring asks for the matches only: judging an occurrence word by word
        is the costly part, and a facet filter leaves few of them)."""
        ...

    @property
    def watermark(self) -> str:
        """How far this index has got, as an opaque mark: ``newer_than`` counts what arrived after one."""
        ...

    def newer_than(self, docnums: set[int], watermark: str) -> int | None:
        """How many of ``docnums`` were added (or changed) after ``watermark``; None when that cannot
        be told (the mark is from another index, or the index was rebuilt since)."""
        ...

    def word_list(self) -> Lexicon:
        """The word list that decides whether a phrase match cuts a word (``wordbreak``): the one the
        index was built with, so highlights and counts agree with it."""
        ...

    def positions_in(self, docnums: list[int], tok: QTok) -> dict[int, list[int]] | None:
        """Token positions of ``tok`` in each of ``docnums``' text (title then body; [] where it is not); None
        when this index cannot tell cheaply (the query side then does without proximity)."""
        ...

    def accented_variants(self, folded: str) -> list[str]:
        """Every accented word in the index whose folded form is ``folded`` ("kinh" → kính, kình…)."""
        ...

    def facet_values(self, field: str) -> dict[str, set[int]]:
        """Every value of a facet field with the live docnums holding it."""
        ...

    def facet_counts(self, field: str, prefix: str = "") -> dict[str, int]:
        """Every value of a facet field (or those starting with ``prefix``) with how many live documents
        hold it (no sets built)."""
        ...

    def facet_tally(self, field: str, docs: set[int]) -> Counter[int]:
        """How many of ``docs`` hold each value of a facet field, keyed by the value's index in string
        order (``facet_value`` names it): no set per value built, no value decoded."""
        ...

    def facet_sizes(self, field: str) -> list[int]:
        """How many live documents hold each value of a facet field, by the value's index (``facet_tally``'s
        keys)."""
        ...

    def facet_value(self, field: str, index: int) -> str:
        """The value of a facet field with this index (a key of ``facet_tally``)."""
        ...

    def official_alias_pairs(self) -> list[tuple[int, int]]:
        """Each official filed under another (``official_aliases``) as (its value index, the other's)."""
        ...

    def facet_docs_at(self, field: str, index: int) -> set[int]:
        """The live docnums holding the value of a facet field with this index (``facet_value`` names it)."""
        ...

    def facet_docs(self, field: str, value: str) -> set[int]:
        """The live docnums holding one value of a facet field (empty when none does)."""
        ...

    def doc_mask(self, docs: Iterable[int]) -> DocMask:
        """``docs`` marked over every docnum of this generation (``docmask.DocMask``)."""
        ...

    def facet_marked(self, field: str, index: int, mask: DocMask) -> int:
        """How many live docnums holding the value of a facet field with this index ``mask`` marks."""
        ...

    def facet_bits(self, field: str, index: int) -> int:
        """The live docnums holding the value of a facet field with this index as a bitmap lined up with
        ``doc_mask``'s (``DocMask.count_bits``), kept with the generation once built."""
        ...

    def stored(self, docnum: int) -> dict[str, Any]:
        """The stored article as plain JSON data (cheaper than an ``Article`` for a result row)."""
        ...

    def article(self, docnum: int) -> Article:
        ...

    def docnum_of(self, article_id: str) -> int | None:
        ...
