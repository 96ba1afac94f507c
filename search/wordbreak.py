"""Decides whether a syllable phrase match cuts through a neighbouring word (issue 11, point 3).

A phrase search matches syllable sequences, so ``giao thông`` is found in "Bộ Ngoại giao thông báo"
(*ngoại giao | thông báo*), ``Bình Dương`` in "Thái Bình Dương" and ``quốc gia`` in "Trung Quốc gia
tăng". ``crosses_word(text, start, end)`` says, for one candidate match, whether its first syllable
belongs with the syllable before it or its last syllable with the one after it. Highlighting and phrase
counting both call it, so they agree.

**Word source.** The Vietnamese word list *Viet74K* (73,901 entries, about 64,000 of them with two
or more syllables) as shipped inside the ``underthesea`` package (PyPI, Apache-2.0 since 9.3.0,
February 2026; maintained, releases every few weeks). We read the file from the installed package
without importing ``underthesea`` (whose import pulls in requests and huggingface-hub and takes ~0.5 s);
nothing is copied into this project. The list itself was compiled by Hồ Ngọc Đức, who published it
under the GPL; underthesea redistributes it under its own licence. docs/wordbreak.md discusses that
and the alternatives measured (underthesea's CRF segmenter: P 0.98 / R 0.88 on the labelled sample at
1.6 ms per call; pyvi: MIT but needs scikit-learn and a pickled model from 2019).

**Method.** A dictionary segmentation of a small window (at most ``CONTEXT`` = 4 syllables either
side, never across punctuation, a line break or a number), scored by word count:

1. *Fast exit.* A word can only straddle the match's left edge if the syllable pair across it occurs
   inside some listed word (or a hint below joins them); the same on the right. Of the 4,912 syllable
   occurrences of the sample's 22 phrases in the sampled articles, 75% leave here after reading one
   neighbour syllable a side.
2. *Segmentation.* Otherwise the window is cut into units minimising their count: a listed word costs
   1, a lone syllable 1, so "ngoại giao | thông báo" (2) beats "ngoại | giao thông | báo" (3). Hints
   add units and break ties:
   - a whole run of capitalised syllables that the list lacks (a name, or names in a row: "Trung Quốc",
     "Thái Bình Dương", "Nam Định Lê Quốc Chỉnh") costs ``NAME_COST`` = 1.5: dearer than a listed word,
     so "Bộ | Ngoại giao" still beats "Bộ Ngoại | giao…";
   - "đồng" after a number or a number word ("18.000 tỷ đồng") is the currency: ``CURRENCY_COST`` = 0.5;
   - a lone function word ("qua", "bằng", "của"…) costs 0.9 (``FUNCTION_BONUS``), so of two readings of
     an overlap "A B C" the one leaving the function word alone wins ("hợp đồng | bằng văn bản");
   - remaining ties go to the reading whose words lie further right (``RIGHTWARD``: backward maximum
     matching): "nhà | hàng xóm", "tự | động viên", "người dân | chủ động".
3. *Decision.* The match is word-aligned when the cheapest reading has unit boundaries at both of its
   edges. When it puts the match inside a longer unit, the match still counts if it is a part the unit
   is built from (``_constituent``): "Hội đồng | Bộ trưởng", "nhà | sản xuất", "Nguyễn | Thái Bình";
   not so "vận động | viên", "Thái Bình | Dương".

Text is compared lower-cased with tone marks moved to the "hòa" style (``canonical_tones``), so
"Hoà"/"hòa" and "HÒA" all look the same word up.

Numbers (benchmarks/bench_phrase_words.py → benchmarks/results/phrase_words.json; docs/wordbreak.md): on
the 493 hand-labelled occurrences of tests/data/phrase_sample.jsonl precision goes from 0.67 (syllables
only) to 0.982 at recall 0.985 (development half of the phrases P 0.971 / R 0.971, other half 0.994 /
1.0). Mean time per call 13–18 µs over all occurrences (fast exit 3–6 µs, full segmentation 40–60 µs;
25–39 µs on the sample, which oversamples hard cases); the list loads once in ~0.35 s, then holds ~17 MB.
"""

from __future__ import annotations

import importlib.util
import re
import threading
import time
from collections.abc import Iterable, Iterator
from collections.abc import Set as AbstractSet
from pathlib import Path
from typing import NamedTuple

from .analysis import canonical_tones

__all__ = [
    "CONTEXT",
    "CURRENCY_COST",
    "FUNCTION_WORDS",
    "NAME_COST",
    "PREFIXES",
    "Lexicon",
    "crosses_tokens",
    "crosses_word",
    "lexicon",
    "lexicon_bytes",
    "lexicon_from_bytes",
    "load_word_list",
    "open_edges",
]

CONTEXT = 4
"""Syllables read on each side of a match. Dictionary words rarely exceed 4 syllables (Viet74K: 97% of
multi-syllable entries have 2–4), so a unit that reaches the match can start at most 3 syllables away;
one more lets the segmentation see what the neighbour itself pairs with."""

MAX_WORD = 4
"""Longest unit tried, in syllables: longer Viet74K entries (3%) are idioms and set phrases."""

NAME_COST = 1.5
"""Cost of a capitalised run the list lacks: dearer than a listed word (1), cheaper than two lone
syllables (2)."""

CURRENCY_COST = 0.5
"""Cost of "<number> đồng": cheaper than any alternative that splits the amount from its currency."""

_SOFT = " \t\u00a0"
"""Separators that keep two syllables in one phrase; anything else (punctuation, a line break) ends it."""

_NUMBER_WORDS = frozenset({"tỷ", "tỉ", "triệu", "nghìn", "ngàn", "trăm", "chục", "vạn", "mươi", "mười"})
_CURRENCY = "đồng"
_COPULA = "là"
"""Never the end of a word for this purpose: the list's "số là", "gọi là", "nghĩa là" would otherwise
cut "chuyển đổi số | là xu thế" and "ý nghĩa | là" — in news text "là" after a noun is the copula."""
_NUMBER = "\x00num"
"""Placeholder syllable for a number token to the left ("18.000 đồng"): it only pairs with "đồng"."""

_WORD_LIST = ("underthesea", "corpus/data/Viet74K.txt")

_FUNCTION_WORDS_TEXT = (
    "của cho với và là được bị từ đến tới trong ngoài trên dưới về theo tại để thì mà nhưng hay hoặc vào ra lên "
    "xuống qua bằng rồi đã đang sẽ cũng vẫn còn không chưa những các mọi mỗi này đó kia nào ấy nên vì do nếu khi "
    "như ở có rất quá lại đều chỉ"
)
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split(" "))
"""Prepositions, coverbs, conjunctions, aspect markers and determiners: the syllables that most often stand
alone. They break ties between two equally short readings of an overlap "A B C" (AB and BC both words):
the reading that leaves a function word alone wins ("hợp đồng | bằng văn bản", "giao thông | qua khu
vực"). Grammar, not statistics of any sample; the list is the closed classes of a Vietnamese grammar."""

PREFIXES = frozenset(["đại", "tổng", "phó", "siêu", "tái", "phi", "bán", "đa", "liên", "tiểu", "cựu"])
"""Sino-Vietnamese prefixes that build a word on a word ("Đại | hội đồng", "Tổng | công ty", "Phó | chủ
tịch"). Inside a listed word only (``_constituent``), a lone prefix costs like a function word, so
"đại | hội đồng" (1.9) beats "đại hội | đồng" (2): the match "hội đồng" is a part the word is built from.
A closed class of the grammar, like ``FUNCTION_WORDS``."""

FUNCTION_BONUS = 0.1
"""A lone function word costs 1 - FUNCTION_BONUS: small enough (< 0.5) never to beat a listed word,
since splitting a word into two lone syllables costs at least 1.8."""


class Lexicon(NamedTuple):
    """Multi-syllable words, lower-case and in canonical tone style, joined by single spaces.

    ``pairs`` holds every adjacent syllable pair found inside some word: a word can straddle a boundary
    only if the pair across it is there, which makes the common case one set lookup per edge.
    """

    words: AbstractSet[str] | SortedLines
    pairs: AbstractSet[str] | SortedLines
    source: str
    load_seconds: float

    @classmethod
    def from_words(cls, entries: Iterable[str], source: str = "<words>") -> Lexicon:
        """Builds a lexicon from raw entries; entries with characters other than letters and spaces
        (``a-ba-toa``, ``A.I.``) and one-syllable entries are skipped, being useless here."""
        t0 = time.perf_counter()
        words: set[str] = set()
        pairs: set[str] = set()
        # one tone pass over the whole list, not one per entry: 0.24 s → 0.02 s for Viet74K
        joined = canonical_tones("\n".join(e.strip() for e in entries).lower())
        for raw in joined.split("\n"):
            sylls = raw.split()
            if not 2 <= len(sylls) <= MAX_WORD or not all(s.isalpha() for s in sylls):
                continue
            words.add(" ".join(sylls))
            for a, b in zip(sylls, sylls[1:]):
                pairs.add(a + " " + b)
        return cls(frozenset(words), frozenset(pairs), source, time.perf_counter() - t0)


def lexicon_bytes(lex: Lexicon) -> bytes:
    """The lexicon as UTF-8 text (words, then a NUL, then pairs; one a line, each part sorted), for the
    index to keep: the same list the index's word edges were computed with, searched in place by a
    query (``SortedLines``) instead of the ~0.25 s of reading and normalising Viet74K."""
    return ("\n".join(sorted(lex.words)) + "\x00" + "\n".join(sorted(lex.pairs))).encode("utf-8")


def lexicon_from_bytes(blob: bytes, source: str) -> Lexicon:
    """The inverse of ``lexicon_bytes``, read in place: ValueError when ``blob`` is not one.

    Why not sets: building two frozensets of its 126,000 lines took 40–50 ms, a seventh of a cold
    ``search`` at 20k articles, while one query asks about at most ~700 distinct words (the 72
    benchmark queries: 4,824 in all, ≤ 2,123 lookups each)."""
    t0 = time.perf_counter()
    split = blob.find(b"\x00")
    if split < 0:
        raise ValueError("not a word list")
    return Lexicon(SortedLines(blob, 0, split), SortedLines(blob, split + 1, len(blob)), source,
                   time.perf_counter() - t0)


class SortedLines:
    """Membership in sorted, newline-separated UTF-8 lines, by binary search over the bytes in place.

    UTF-8 keeps code-point order, so lines written by ``sorted`` on ``str`` are in byte order. A lookup
    is ≤ 21 halvings of a 1.6 MB text (~10–20 µs); answers are remembered (up to ``MEMO`` of them), so a
    word asked again, as in every phrase check of one query, costs a dict lookup."""

    MEMO = 200_000
    __slots__ = ("_blob", "_end", "_memo", "_start")

    def __init__(self, blob: bytes, start: int, end: int) -> None:
        self._blob, self._start, self._end = blob, start, end
        self._memo: dict[str, bool] = {}

    def __contains__(self, item: object) -> bool:
        if not isinstance(item, str):
            return False
        found = self._memo.get(item)
        if found is None:
            found = self._find(item.encode("utf-8", "surrogatepass"))
            if len(self._memo) >= self.MEMO:
                self._memo.clear()
            self._memo[item] = found
        return found

    def _find(self, key: bytes) -> bool:
        blob, lo, hi = self._blob, self._start, self._end
        while lo < hi:  # [lo, hi) holds whole lines; every pass drops at least one of them
            mid = (lo + hi) // 2
            start = blob.rfind(b"\n", lo, mid) + 1 or lo
            end = blob.find(b"\n", start, hi)
            if end < 0:
                end = hi
            line = blob[start:end]
            if line == key:
                return True
            if line < key:
                lo = end + 1
            else:
                hi = start - 1 if start > lo else lo
        return False

    def __iter__(self) -> Iterator[str]:
        text = self._blob[self._start : self._end].decode("utf-8")
        return iter(text.split("\n") if text else ())

    def __len__(self) -> int:
        return self._blob.count(b"\n", self._start, self._end) + 1 if self._end > self._start else 0


def _word_list_path() -> Path | None:
    """Where the installed underthesea keeps Viet74K, found without importing the package."""
    try:
        spec = importlib.util.find_spec(_WORD_LIST[0])
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        path = Path(root) / _WORD_LIST[1]
        if path.is_file():
            return path
    return None


def load_word_list(path: Path | None = None) -> Lexicon:
    """Reads the word list (default: underthesea's Viet74K). Raises FileNotFoundError when it is absent,
    i.e. underthesea is not installed: a silent empty list would make every phrase "word-aligned"."""
    t0 = time.perf_counter()
    path = path or _word_list_path()
    if path is None:
        raise FileNotFoundError("Viet74K word list not found: install underthesea>=9.3 (see README, Dependencies)")
    with path.open(encoding="utf-8") as fh:
        lex = Lexicon.from_words(fh, source=str(path))
    return Lexicon(lex.words, lex.pairs, lex.source, time.perf_counter() - t0)


_LEXICON: Lexicon | None = None
_LOCK = threading.Lock()


def lexicon() -> Lexicon:
    """The default lexicon, loaded once (thread-safe) on first use."""
    global _LEXICON
    if _LEXICON is None:
        with _LOCK:
            if _LEXICON is None:
                _LEXICON = load_word_list()
    return _LEXICON


# --- reading the window ------------------------------------------------------------------------------


def _is_number(token: str) -> bool:
    return any(c.isdigit() for c in token) and all(c.isdigit() or c in ".," for c in token)


def _left(text: str, start: int, limit: int) -> list[str]:
    """Up to ``limit`` syllables before ``start``, nearest first, joined to it by plain spaces only.

    Stops at punctuation, a line break, the start of the text or a token glued to something other than
    a space (its letters are kept, what is glued before it is not). A number directly before yields
    the placeholder ``_NUMBER`` and stops: it matters only for the currency hint.
    """
    out: list[str] = []
    i = start
    while len(out) < limit:
        j = i
        while j > 0 and text[j - 1] in _SOFT:
            j -= 1
        if j == i or j == 0:
            break
        e = j
        while j > 0 and text[j - 1].isalpha():
            j -= 1
        if j == e:
            k = e
            while k > 0 and (text[k - 1].isdigit() or text[k - 1] in ".,"):
                k -= 1
            if _is_number(text[k:e]) and (k == 0 or text[k - 1] in _SOFT):
                out.append(_NUMBER)
            break
        out.append(text[j:e])
        if j > 0 and text[j - 1] not in _SOFT:
            break
        i = j
    return out


def _right(text: str, end: int, limit: int) -> list[str]:
    """Up to ``limit`` syllables after ``end``, nearest first, joined by plain spaces only."""
    out: list[str] = []
    i = end
    n = len(text)
    while len(out) < limit:
        j = i
        while j < n and text[j] in _SOFT:
            j += 1
        if j in (i, n):
            break
        s = j
        while j < n and text[j].isalpha():
            j += 1
        if j == s:
            break
        out.append(text[s:j])
        if j < n and text[j] not in _SOFT:
            break
        i = j
    return out


def _middle(text: str, start: int, end: int) -> tuple[list[str], list[bool]]:
    """The match's syllables and, between each two, whether only spaces separate them."""
    parts = text[start:end].split(" ")
    if all(p.isalpha() for p in parts):  # the usual case: syllables and single spaces
        return parts, [True] * (len(parts) - 1)
    sylls: list[str] = []
    soft: list[bool] = []
    i = start
    prev_end = -1
    while i < end:
        if text[i].isalpha():
            j = i
            while j < end and text[j].isalpha():
                j += 1
            if prev_end >= 0:
                sep = text[prev_end:i]
                soft.append(all(c in _SOFT for c in sep))
            sylls.append(text[i:j])
            prev_end = j
            i = j
        else:
            i += 1
    return sylls, soft


def _is_cap(s: str) -> bool:
    """A capitalised syllable ("Quốc"), not an acronym ("UBND") and not a placeholder."""
    return s[0].isupper() and not (len(s) > 1 and s.isupper())


def _pair_joins(a: str, b: str, la: str, lb: str, lex: Lexicon, currency: bool = True) -> bool:
    """Can a unit contain the adjacent syllables a, b (original case) / la, lb (normalised)?
    ``currency``: also "<number> đồng" (not when a match ends at the amount: the amount is whole)."""
    if lb == _COPULA:
        return False
    if la + " " + lb in lex.pairs:
        return True
    if currency and lb == _CURRENCY and (a == _NUMBER or la in _NUMBER_WORDS):
        return True
    return a != _NUMBER and _is_cap(a) and _is_cap(b)


# --- segmentation -----------------------------------------------------------------------------------


def _units(
    orig: list[str], low: list[str], soft: list[bool], lex: Lexicon, joins: list[bool] | None = None
) -> list[list[tuple[int, float]]]:
    """For each position i, the multi-syllable units (end, cost) starting there: listed words of up to
    MAX_WORD syllables, "<number> đồng", and each whole run of capitalised syllables (a name, or names
    in a row: "Nam Định Lê Quốc Chỉnh") that is not itself a listed word. ``joins`` (whether syllables
    i and i+1 can be in one unit) is computed from ``soft`` unless given."""
    n = len(low)
    if joins is None:
        joins = [soft[i] and _pair_joins(orig[i], orig[i + 1], low[i], low[i + 1], lex) for i in range(n - 1)]
    units: list[list[tuple[int, float]]] = [[] for _ in range(n)]
    for i in range(n - 1):
        j = i + 1
        while j < n and j - i < MAX_WORD and joins[j - 1]:
            j += 1
            rightward = RIGHTWARD * j
            if " ".join(low[i:j]) in lex.words:
                units[i].append((j, 1.0 - rightward))
            elif j - i == 2 and low[i + 1] == _CURRENCY and (orig[i] == _NUMBER or low[i] in _NUMBER_WORDS):
                units[i].append((j, CURRENCY_COST - rightward))
    caps = [s != _NUMBER and _is_cap(s) for s in orig]
    i = 0
    while i < n:
        if not caps[i]:
            i += 1
            continue
        j = i + 1
        while j < n and caps[j] and soft[j - 1]:
            j += 1
        if j - i >= 2 and " ".join(low[i:j]) not in lex.words:
            units[i].append((j, NAME_COST - RIGHTWARD * j))
        i = j
    return units


def _best(units: list[list[tuple[int, float]]], lone: list[float], lo: int, hi: int) -> float:
    """Cheapest segmentation of syllables lo..hi (units must stay inside)."""
    best = [0.0] + [float("inf")] * (hi - lo)
    for i in range(lo, hi):
        b = best[i - lo]
        if b + lone[i] < best[i + 1 - lo]:
            best[i + 1 - lo] = b + lone[i]
        for j, c in units[i]:
            if j <= hi and b + c < best[j - lo]:
                best[j - lo] = b + c
    return best[hi - lo]


_EPS = 1e-9

RIGHTWARD = 1e-3
"""Among equally cheap readings, the one whose words lie further right wins: backward maximum matching,
the classic choice for Vietnamese and Chinese, so "nhà | hàng xóm", "tự | động viên", "người dân | chủ
động". A unit ending at syllable j is cheaper by RIGHTWARD * j; windows hold < 20 syllables, so this
(< 0.02) never outweighs FUNCTION_BONUS or a whole unit."""


def _forward(units: list[list[tuple[int, float]]], lone: list[float]) -> list[float]:
    """best[i]: cheapest segmentation of syllables 0..i."""
    n = len(lone)
    best = [0.0] + [float("inf")] * n
    for i in range(n):
        b = best[i]
        if b + lone[i] < best[i + 1]:
            best[i + 1] = b + lone[i]
        for j, c in units[i]:
            if b + c < best[j]:
                best[j] = b + c
    return best


def _backward(units: list[list[tuple[int, float]]], lone: list[float]) -> list[float]:
    """best[i]: cheapest segmentation of syllables i..n."""
    n = len(lone)
    best = [float("inf")] * n + [0.0]
    for i in range(n - 1, -1, -1):
        b = lone[i] + best[i + 1]
        for j, c in units[i]:
            if c + best[j] < b:
                b = c + best[j]
        best[i] = b
    return best


def _constituent(low: list[str], soft: list[bool], lo: int, hi: int, a: int, b: int, lex: Lexicon, name: bool) -> bool:
    """Is the match a..b a part the unit lo..hi is built from?

    A listed word (``name`` False): only if splitting at a and b is strictly the cheapest way to cut the
    unit into listed words and lone syllables ("hội đồng | bộ trưởng" 2 < "hội | đồng bộ | trưởng" 3;
    "vận động | viên" ties "vận | động viên", so no). Enumerates at most 2**(MAX_WORD-1) = 8 cuts.
    A capitalised run (``name`` True) is a sequence of names ("Nam Định | Lê Quốc"): the match is a
    part unless a listed word inside the run straddles one of its edges ("Thái Bình" in "Thái Bình
    Dương" straddles the start of "Bình Dương").
    """
    if name:
        for x in range(lo, hi - 1):
            for y in range(x + 2, min(hi, x + MAX_WORD) + 1):
                if (x < a < y or x < b < y) and all(soft[x : y - 1]) and " ".join(low[x:y]) in lex.words:
                    return False
        return True
    n = hi - lo
    aligned = other = float("inf")
    for mask in range(1 << (n - 1)):
        cuts = [lo] + [lo + k + 1 for k in range(n - 1) if mask >> k & 1] + [hi]
        if len(cuts) == 2:
            continue  # the unit itself
        cost = 0.0
        for x, y in zip(cuts, cuts[1:]):
            if y - x == 1:
                cost += 1.0 - FUNCTION_BONUS if low[x] in FUNCTION_WORDS or low[x] in PREFIXES else 1.0
            elif all(soft[x : y - 1]) and " ".join(low[x:y]) in lex.words:
                cost += 1.0
            else:
                cost = float("inf")
                break
        if (a in cuts) and (b in cuts):
            aligned = min(aligned, cost)
        else:
            other = min(other, cost)
    return aligned < other - _EPS


_CANON: dict[str, str] = {}
_CANON_MAX = 100_000


def _canon(syllable: str) -> str:
    """Lower case, "hòa" tone style; memoised (news text uses ~7,000 distinct syllables)."""
    c = _CANON.get(syllable)
    if c is None:
        if len(_CANON) >= _CANON_MAX:
            _CANON.clear()
        c = _CANON[syllable] = canonical_tones(syllable.lower())
    return c


def _into_name(mid: list[str], after: str) -> bool:
    """Does the match end inside a name that begins within it? A lower-case syllable, then capitalised
    ones to the end of the match and beyond: "sân nhà Hàng Đẫy" holds "nhà Hàng" but not the phrase
    "nhà hàng", since "Hàng" opens the name "Hàng Đẫy"."""
    if len(mid) < 2 or not _is_cap(after) or not _is_cap(mid[-1]):
        return False
    k = len(mid) - 1
    while k > 0 and _is_cap(mid[k - 1]):
        k -= 1
    return k > 0 and mid[k - 1][:1].islower()


def crosses_word(text: str, start: int, end: int, lex: Lexicon | None = None) -> bool:
    """True when the syllable match ``text[start:end]`` starts or ends inside a neighbouring word.

    ``text[start:end]`` is a syllable-aligned phrase match (case-insensitive, NFC; either tone style).
    Only a bounded window around it is read (``CONTEXT`` syllables a side), so the cost does not grow
    with the text. False when nothing beside the match can bind to it: a sentence or clause boundary,
    the text's edges, a line break.
    """
    lex = lex or lexicon()
    # a number is no syllable of a word: an edge on a number is closed ("Đề án 06 | của")
    left = [] if text[start].isdigit() else _left(text, start, 1)
    right = [] if text[end - 1].isdigit() else _right(text, end, 1)
    if not left and not right:
        return False
    mid, mid_soft = _middle(text, start, end)
    if not mid:
        return False
    # fast exit: nothing can straddle either edge
    start_open = bool(left) and _pair_joins(left[0], mid[0], _canon(left[0]), _canon(mid[0]), lex)
    # the currency binds "đồng" to the amount before it, not the amount to "đồng": "giải ngân 12 tỷ | đồng"
    end_open = bool(right) and _pair_joins(mid[-1], right[0], _canon(mid[-1]), _canon(right[0]), lex, currency=False)
    if not start_open and not end_open:
        return False
    if end_open and _into_name(mid, right[0]):
        return True
    left = _left(text, start, CONTEXT) if start_open else []
    right = _right(text, end, CONTEXT) if end_open else []
    orig = left[::-1] + mid + right
    low = [s if s == _NUMBER else _canon(s) for s in orig]
    soft = [True] * len(left) + mid_soft + [True] * len(right)
    return _segmented_crossing(orig, low, soft, len(left), len(left) + len(mid), lex)


def crosses_tokens(words: list[str], flags: bytes, a: int, b: int, lex: Lexicon | None = None) -> bool:
    """``crosses_word`` on the phrase index's tokens instead of the text: ``words`` are the analyzer's
    terms of a window (lower case, canonical tones), ``flags`` their ``open_edges`` bytes (bit 0: a word
    may straddle the boundary before the token; bit 1: the token was capitalised), the match is
    ``words[a:b]``. A boundary whose bit 0 is clear is punctuation or a pair no unit holds, so nothing
    the text reader would see differently can change the reading (units never span it). Reading
    tokens instead of the stored article makes the check ~40× cheaper (docs/wordbreak.md)."""
    lex = lex or lexicon()
    n = len(words)
    low = [_NUMBER if w[:1].isdigit() else w for w in words]
    orig = [w if w == _NUMBER or not flags[i] & 2 else w[:1].upper() + w[1:] for i, w in enumerate(low)]
    joins = [bool(flags[i + 1] & 1) and _pair_joins(orig[i], orig[i + 1], low[i], low[i + 1], lex) for i in range(n - 1)]
    start_open = a > 0 and low[a] != _NUMBER and joins[a - 1]
    end_open = (
        b < n
        and low[b - 1] != _NUMBER
        and bool(flags[b] & 1)
        and _pair_joins(orig[b - 1], orig[b], low[b - 1], low[b], lex, currency=False)
    )
    if not start_open and not end_open:
        return False
    if end_open and _into_name(orig[a:b], orig[b]):
        return True
    lo = a
    while start_open and lo > 0 and a - lo < CONTEXT and joins[lo - 1]:
        lo -= 1
    hi = b
    while end_open and hi < n and hi - b < CONTEXT and joins[hi - 1]:
        hi += 1
    window = joins[lo : hi - 1]
    return _segmented_crossing(orig[lo:hi], low[lo:hi], window, a - lo, b - lo, lex, window)


def _segmented_crossing(
    orig: list[str], low: list[str], soft: list[bool], a: int, b: int, lex: Lexicon, joins: list[bool] | None = None
) -> bool:
    """Steps 2 and 3 of the method on a window: does every cheapest reading cut the match a..b off
    from a word it is not a part of?"""
    n = len(orig)
    units = _units(orig, low, soft, lex, joins)
    lone = [1.0 - FUNCTION_BONUS if s in FUNCTION_WORDS else 1.0 for s in low]
    pre = _forward(units, lone)
    post = _backward(units, lone)
    total = pre[n]
    if pre[a] + _best(units, lone, a, b) + post[b] <= total + _EPS:
        return False
    # every cheapest segmentation has a unit over an edge: is the match a constituent of such a unit?
    for i in range(a + 1):
        for j, c in units[i]:
            if j < b or (i == a and j == b):
                continue
            if abs(pre[i] + c + post[j] - total) > _EPS:
                continue
            name = " ".join(low[i:j]) not in lex.words
            if _constituent(low, soft, i, j, a, b, lex, name):
                return False
    return True


_EDGE_SPLIT_RE = re.compile(r"([^\W\d_]+|\d+)")
"""The analyzer's token pattern (``analysis.TOKEN_RE``) as a splitter: separators and tokens alternate."""

_CAP = 2
"""``open_edges`` bit 1: the token is capitalised (``_is_cap``), for the name hints of ``crosses_tokens``."""

_EDGE_MEMO: dict[tuple[str, str], int] = {}
_EDGE_MEMO_MAX = 500_000


def open_edges(text: str, lex: Lexicon | None = None) -> bytes:
    """One byte per analyzer token of ``text`` (a ``normalize``d text): bit 0 set where a word could
    straddle the boundary *before* that token, i.e. where ``crosses_word``'s fast exit would not leave;
    bit 1 (``_CAP``) where the token is capitalised.

    Written into the phrase index at index time, so a phrase occurrence whose two edges are both closed
    (most of them) is known to be word-aligned without the text or the list. The rule errs one way only:
    a boundary it cannot judge (a letter run ``str.isalpha`` rejects, a number before "đồng") is marked
    open, which sends the occurrence to ``crosses_word`` on the text, never the reverse. Syllable pairs
    repeat, so decisions are memoised: ~0.5 µs per token.
    """
    lex = lex or lexicon()
    parts = _EDGE_SPLIT_RE.split(text)
    toks = parts[1::2]
    if not toks:
        return b""
    memo = _EDGE_MEMO
    if len(memo) > _EDGE_MEMO_MAX:
        memo.clear()
    get = memo.get
    out = [_CAP if _is_cap(toks[0]) and not toks[0][0].isdigit() else 0]
    append = out.append
    prev = toks[0]
    for sep, tok in zip(parts[2::2], toks[1:]):
        cap = _CAP if tok[0].isupper() and not (len(tok) > 1 and tok.isupper()) else 0
        if sep == " " or (sep and not sep.strip(_SOFT)):
            edge = get((prev, tok))
            if edge is None:
                edge = memo[prev, tok] = _edge(prev, tok, lex)
            append(edge | cap)
        elif prev[0].isdigit() and sep and not sep.strip(_SOFT + ".,") and _canon(tok) == _CURRENCY:
            append(1 | cap)  # "18.000, đồng": the window reader takes "18.000," for a number
        else:
            append(cap)
        prev = tok
    return bytes(out)


def _edge(prev: str, tok: str, lex: Lexicon) -> int:
    """The fast-exit decision for two tokens separated by spaces only (``open_edges``)."""
    if tok[0].isdigit():
        return 0  # a match starting at a number has a closed start edge
    if not tok.isalpha():
        return 1
    if prev[0].isdigit():
        return 1 if _canon(tok) == _CURRENCY else 0
    if not prev.isalpha():
        return 1
    return 1 if _pair_joins(prev, tok, _canon(prev), _canon(tok), lex) else 0
