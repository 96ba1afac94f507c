"""Provides suggestions: "did you mean" (``correction``), "with diacritics" on an unaccented query.

A correction changes a word's marks or tone, one letter, or reads it as Telex,
where the corrected words then stand together in many more articles: the
evidence is the index's own pair counts, so "tham những" (a real phrase, in 1
article) becomes "tham nhũng" (539) and "an toàn giao thôn" "an toàn giao
thông". Measured on 89 misspellings written by hand (tests/data/misspellings.jsonl,
benchmarks/bench_suggest.py). For an unaccented query that found articles, the
suggestion is the phrase as the top article writes it ("de an 06" → "Đề án 06").
"""

from __future__ import annotations

import bisect
import math
import re
import unicodedata
from typing import TYPE_CHECKING

from ..analysis import Token, analyze, fold, has_diacritics, normalize
from .source import TEXT, TEXT_F, IndexSource, QTok

if TYPE_CHECKING:
    from ..models import Hit
    from .highlight import Highlighter
    from .plan import Plan

_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
MAX_RUNS = 6
"""Runs of words corrected per query (the last ones): a word's alternatives cost ~70 × its length
term lookups, so a pasted 3,000-character query once took 31 s (10,000 characters: 192 s)."""
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


# --- candidates ------------------------------------------------------------------------------------

TONE_KEYS = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
"""Telex's tone keys and the combining mark each types."""
_TELEX_VOWELS = (("uow", "ươ"), ("dd", "đ"), ("aa", "â"), ("aw", "ă"), ("ee", "ê"), ("oo", "ô"), ("ow", "ơ"),
                 ("uw", "ư"))
_TONES = frozenset(TONE_KEYS.values())
MAX_CANDIDATES = 16
"""Alternatives kept per word (the most frequent): each costs two pair lookups per neighbour."""
MAX_WORDS = 8
"""Longer queries are pasted text, not typed words: they are not corrected."""


def _tone(word: str) -> str:
    return next((ch for ch in unicodedata.normalize("NFD", word) if ch in _TONES), "")


def _marks(word: str) -> str:
    """The vowel marks and đ of a word, without its tone: "trưởng" → the two horns."""
    marks = "".join(ch for ch in unicodedata.normalize("NFD", word) if unicodedata.combining(ch) and ch not in _TONES)
    return marks + ("đ" if "đ" in word.lower() else "")


def telex(word: str) -> list[tuple[str, str]]:
    """What a word typed in Telex without its input method may stand for, as (letters with their
    vowel marks, tone mark): "chuyeenr" → ("chuyên", hook), "ddooir" → ("đôi", hook), "nhuxng" →
    ("nhung", tilde) — the tone key may follow any vowel. The index then says which word has those
    letters, marks and tone, so no tone placement rules are needed. [] when nothing is Telex."""
    if any(ch not in "abcdefghijklmnopqrstuvwxyzăâêôơưđ" for ch in word):
        return []
    forms = [(word, "")] + [
        (word[:i] + word[i + 1 :], TONE_KEYS[ch])
        for i, ch in enumerate(word)
        if ch in TONE_KEYS and i > 0 and any(v in "aeiouy" for v in fold(word[:i]))
    ]
    out = []
    for letters, tone in forms:
        for key, value in _TELEX_VOWELS:
            letters = letters.replace(key, value)
        if letters != word and (letters, tone) not in out:
            out.append((letters, tone))
    return out


def _candidates(source: IndexSource, word: str, broken: bool, marked_query: bool) -> list[tuple[str, int]]:
    """(alternative, cost) for one typed word, itself first with cost 0. Costs: other marks or tone
    on the same letters 1, a dialect swap ("sử" → "xử") 1, a Telex decoding 1, one letter edit 2 (tried only where the word is
    unknown or its neighbours seldom stand next to it: ``broken``). A typed word with marks is
    replaced only by words as written with marks (or none: "dao" is a word of its own); a word
    without marks gets its marked forms only in a query whose other words have marks
    (``marked_query``: "phòng chống dich"), since an unaccented query is no misspelling."""
    accented = has_diacritics(word)
    key = fold(word)
    out: dict[str, int] = {word: 0}
    if accented or marked_query:
        for v in source.accented_variants(key):
            if has_diacritics(v):  # "nhung" written without marks is no correction of "nhủng"
                out.setdefault(v, 1)
    for swapped in swaps(word):
        if _df_of(source, swapped, accented):
            out.setdefault(swapped, 1)
    for letters, tone in telex(word):
        marks = _marks(letters)
        for v in source.accented_variants(fold(letters)):
            if _tone(v) == tone and _marks(v) == marks:
                out.setdefault(v, 1)
    if broken or _df_of(source, word, accented) == 0:
        for e in _edits1(key):
            if e == key or _df(source, TEXT_F, e) == 0:
                continue
            for v in source.accented_variants(e) if accented else [e]:
                if has_diacritics(v) or not accented:
                    out.setdefault(v, 2)
    first, *rest = out.items()
    return [first, *_most_frequent(source, rest, accented, MAX_CANDIDATES)]


def _most_frequent(source: IndexSource, options: list[tuple[str, int]], accented: bool, limit: int) -> list[tuple[str, int]]:
    """The first ``limit`` options by (cost, most articles first), ties in their given order: what sorting
    them all by their counts gives, without counting them all. An option's count can be no more than
    its folded word's, which is known (``_candidates`` looked it up to find the option) or one lookup
    for many options; within a cost, options are counted in the order of those bounds until the next
    bound is below the ``limit``-th count found (an option whose folded word no live article holds has a
    bound of 0: Whoosh's own count, which still includes deleted articles, no longer ranks it above a
    live one). Counting all of them for "chuyển đổi số" (whose
    "đổi số" looks weak beside the folded "doi so" of "tương đối so với") took 720 lookups of Whoosh's
    26 segments at 150,000 articles: 1.3 of its 1.8 profiled seconds."""
    out: list[tuple[str, int]] = []
    for cost in sorted({c for _, c in options}):
        room = limit - len(out)
        if room <= 0:
            break
        group = [v for v, c in options if c == cost]
        bounds = [_df(source, TEXT_F, fold(v)) for v in group]
        counted: list[tuple[int, int]] = []  # (−count, position in group), kept sorted
        for i in sorted(range(len(group)), key=lambda i: -bounds[i]):
            if len(counted) >= room and bounds[i] < -counted[room - 1][0]:
                break  # this option and every later one have fewer articles than the ones kept
            v = group[i]
            bisect.insort(counted, (-_df_of(source, v, accented or has_diacritics(v)), i))
        out += [(group[i], cost) for _, i in counted[:room]]
    return out


# --- choosing ----------------------------------------------------------------------------------------

PENALTY = 1.5
"""Score lost per unit of cost (a log of a count): a tone change must be worth about 4.5× the
support, a letter edit about 20×."""
UNIGRAM = 0.25
"""Weight of a word's own count beside its pair counts: it decides only where no neighbour helps
(every word of "chuyeenr ddooir soos" is unknown at first)."""
RATIO = 8
"""When the query found articles, a correction must stand together in this many times more articles
than the words as typed (twice as many for more than one change of marks or letters): on 351
correctly typed runs from real titles it then speaks up on few, and on 89 misspellings on most."""
KEEP_UNKNOWN = 3
"""The cost of keeping a word no article holds (more than any single change)."""


def _weak(source: IndexSource, words: list[str], toks: list[QTok], count: int) -> bool:
    """Whether two neighbours look mistyped: they stand together in at most 2 articles, or another
    marking of the same letters stands together 5× as often ("Hà Tỉnh" 30, folded "ha tinh" 1,600),
    or a dialect swap of one of them 10× as often ("sử lý" 3, "xử lý" 2,900). Two or a few lookups."""
    if count <= 2:
        return True
    if any(t.folded is False for t in toks):
        folded = len(source.phrase_docs(tuple(QTok(fold(t.text), folded=True) for t in toks), word_aware=False))
        if folded >= 5 * count:
            return True
    for i in (0, 1):
        for swapped in swaps(words[i]):
            other = [QTok(swapped, folded=toks[i].folded), toks[1 - i]][:: 1 if i == 0 else -1]
            if len(source.phrase_docs(tuple(other), word_aware=False)) >= 10 * count:
                return True
    return False


_INITIAL_SWAPS = (("tr", "ch"), ("ch", "tr"), ("gi", "d"), ("gi", "r"), ("s", "x"), ("x", "s"), ("d", "gi"),
                  ("r", "gi"), ("r", "d"), ("d", "r"), ("l", "n"), ("n", "l"))
_FINAL_SWAPS = (("ng", "n"), ("n", "ng"), ("m", "n"), ("n", "m"), ("c", "t"), ("t", "c"), ("t", "p"), ("p", "t"))
"""Spellings Vietnamese speakers of one region or another confuse (s/x, ch/tr, d/gi/r, l/n at the
start; n/ng, c/t, t/p at the end: "sát nhập" for "sáp nhập"), and n/m, side by side on a keyboard."""


def swaps(word: str) -> list[str]:
    """The word with one dialect-confused consonant swapped: "sử" → "xử", "nạng" → "nạn"."""
    out = []
    for a, b in _INITIAL_SWAPS:
        whole = not (a == "n" and word.startswith(("ng", "nh")))  # "ng", "nh" are consonants of their own
        if whole and word.startswith(a) and len(word) > len(a):
            out.append(b + word[len(a) :])
    for a, b in _FINAL_SWAPS:
        if word.endswith(a) and len(word) > len(a) + 1 and not (a == "n" and word.endswith("ng")):
            out.append(word[: -len(a)] + b)
    return [w for w in dict.fromkeys(out) if w != word]


def _df_of(source: IndexSource, word: str, accented: bool) -> int:
    return _df(source, TEXT, word) if accented else _df(source, TEXT_F, fold(word))


_SPECIAL = re.compile(r'"[^"]*"?|(?<!\S)-?[^\s:"]+:(?:"[^"]*"?|\S+)|(?<!\S)-\S+|(?<!\S)OR(?!\S)')
"""What a correction leaves alone: quoted phrases, field terms, exclusions and OR."""


def correction(source: IndexSource, text: str, found: int) -> str | None:
    """A corrected query, or None: each word may change its marks, its tone, one letter, or be read
    as Telex, where its neighbours then stand with it in many more articles (a tone- and
    diacritic-aware edit distance, weighed against the index's pair counts). Offered when the
    query found nothing (``found`` 0), or when the correction stands together in at least 5× more
    articles (one change of marks or a swap; 10× for more) and in 5 than the words as typed: "tham những" (1) → "tham nhũng" (539). Never a rarer
    form; a single known word is never corrected ("bão" is not "bao"), nor an abbreviation. Each run
    of plain words is corrected on its own (quoted phrases, fields, exclusions and OR stay)."""
    normal = normalize(text)
    special = [m.span() for m in _SPECIAL.finditer(normal)]
    runs: list[list[Token]] = [[]]
    at = 0
    for tok in analyze(normal):
        while at < len(special) and special[at][1] <= tok.start:
            at += 1
            runs.append([])
        if at < len(special) and special[at][0] <= tok.start:
            continue
        runs[-1].append(tok)
    out, changed = normal, False
    for run in reversed([r for r in runs if r][-MAX_RUNS:]):  # from the end: earlier offsets stay valid
        if len(run) > MAX_WORDS or any(len(t.text) > MAX_WORD for t in run):
            continue
        chosen = _correct_run(source, [t.text for t in run], found)
        if chosen is not None:
            out, changed = _rewrite(out, run, chosen), True
    return out if changed else None


def _correct_run(source: IndexSource, words: list[str], found: int) -> list[str] | None:
    """The corrected words of one run, or None."""
    n = len(words)
    accented = [has_diacritics(w) for w in words]
    dfs = [_df_of(source, w, a) for w, a in zip(words, accented)]
    if n == 1 and dfs[0] and found:
        return None
    abbreviation = [source.abbreviations.lookup((fold(w),)) is not None for w in words]
    toks = [QTok(w, folded=not a) for w, a in zip(words, accented)]
    pairs = [len(source.phrase_docs((toks[i], toks[i + 1]), word_aware=False)) for i in range(n - 1)]
    weak = [_weak(source, words[i : i + 2], toks[i : i + 2], pairs[i]) for i in range(n - 1)]
    broken = [any(weak[j] for j in (i - 1, i) if 0 <= j < n - 1) for i in range(n)]
    bare = [not accented[i] and any(accented) for i in range(n)]  # "phòng chống dich": a mark forgotten
    suspicious = [not abbreviation[i] and (dfs[i] == 0 or bool(telex(words[i])) or broken[i] or bare[i])
                  for i in range(n)]
    if not any(suspicious):
        return None  # every word known, every neighbour often seen with it: the common case
    marked_query = any(accented)
    options = [_candidates(source, w, broken[i], marked_query) if suspicious[i] else [(w, 0)]
               for i, w in enumerate(words)]
    chosen = list(words)

    def tok(i: int, word: str) -> QTok:
        return QTok(word, folded=not has_diacritics(word) and not (accented[i] or (marked_query and word != words[i])))

    def score(i: int, word: str, cost: int) -> float:
        support = 0
        if i > 0:
            support += len(source.phrase_docs((tok(i - 1, chosen[i - 1]), tok(i, word)), word_aware=False))
        if i < n - 1:
            support += len(source.phrase_docs((tok(i, word), tok(i + 1, chosen[i + 1])), word_aware=False))
        own = _df_of(source, word, accented[i] or has_diacritics(word))
        if not own or (bare[i] and word == words[i]):
            cost = KEEP_UNKNOWN  # a word no article holds (or a mark forgotten) is the likeliest mistake
        return math.log1p(support) + UNIGRAM * math.log1p(own) - PENALTY * cost

    for _ in range(2):  # the second pass sees its neighbours corrected
        for i in range(n):
            if len(options[i]) > 1:
                chosen[i] = max(options[i], key=lambda wc: score(i, wc[0], wc[1]))[0]

    def together(ws: list[str]) -> int:
        if n == 1:
            return _df_of(source, ws[0], accented[0] or has_diacritics(ws[0]))
        return len(source.phrase_docs(tuple(tok(i, w) for i, w in enumerate(ws)), word_aware=False))

    cost_of = [dict(o) for o in options]

    def objective(ws: list[str]) -> float:
        return math.log1p(together(ws)) - PENALTY * sum(cost_of[i].get(w, 0) for i, w in enumerate(ws))

    # the greedy choice, or one word changed alone (its best few), whichever the whole query favours:
    # "khởi tổ" is "khởi tố", not "khi đó" (two changes, each locally attractive)
    tries = [chosen] + [
        words[:i] + [w] + words[i + 1 :]
        for i in range(n)
        for w, _cost in sorted(options[i][1:], key=lambda wc: -score(i, wc[0], wc[1]))[:4]
    ]
    best = max(tries, key=objective)
    if best == words:
        return None
    typed, corrected = together(words), together(best)
    only_marks = all(b == w or (not accented[i] and fold(b) == w) for i, (b, w) in enumerate(zip(best, words)))
    if corrected == 0 or (not only_marks and corrected <= typed):
        return None
    changes = sum(cost_of[i].get(w, 0) for i, w in enumerate(best))
    if found and not only_marks and corrected < max(5, (RATIO if changes <= 1 else 2 * RATIO) * typed):
        return None
    if found and only_marks and corrected * 2 < typed:
        return None  # the marks that most of what was found carries, or none
    return best


def _rewrite(text: str, tokens: list[Token], chosen: list[str]) -> str:
    """``text`` with its changed words replaced (their capitals kept), from the last one back."""
    for tok, word in reversed(list(zip(tokens, chosen))):
        if word == tok.text:
            continue
        written = text[tok.start : tok.end]
        if written.isupper() and len(written) > 1:
            word = word.upper()
        elif written[:1].isupper():
            word = word[:1].upper() + word[1:]
        text = text[: tok.start] + word + text[tok.end :]
    return text


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
