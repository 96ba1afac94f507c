"""Scoring and matching read a common word's postings only where the rarer words matched (issue 14).

The results must not change: the matching and BM25 scoring as they were before
(every posting of every query word read whole, from Whoosh: the column file's
frequency rows turned off) are kept below as the reference,
and every query of a mix, on the seeds, on hand-written articles spread over two
segments with a deletion, and (``corpus``) on a 3,000-article slice of the 20k
corpus, must give the same hits, scores, order and counts with either.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Sequence

import pytest
from helpers import needs_corpus, write_articles

from briefing_tui.search import Config, Query, SearchService
from briefing_tui.search.embedded import reads as wa
from briefing_tui.search.embedded.columns import Columns
from briefing_tui.search.query import execution
from briefing_tui.search.query.derived import K1, Derived
from briefing_tui.search.query.matching import facets
from briefing_tui.search.query.plan import Plan, Slot, Unit
from briefing_tui.search.query.scoring import PAIR_BONUS, PHRASE_BONUS, Scored
from briefing_tui.search.query.source import IndexSource

# --- the reference: matching and scoring before issue 14 (whole posting lists) ------------------


def ref_match(source: IndexSource, plan: Plan, filters, same_officials=None):  # type: ignore[no-untyped-def]
    text_docs = ref_text_matches(source, plan)
    if not plan.excluded_filters.empty:
        for docs in facets.filter_sets(source, plan.excluded_filters, text_docs, same_officials).values():
            text_docs = text_docs - docs
    sets = facets.filter_sets(source, filters, text_docs, same_officials)
    return text_docs, sets, facets.apply(sets, text_docs)


def ref_text_matches(source: IndexSource, plan: Plan) -> set[int]:
    docs: set[int] | None = None
    for group in plan.required:
        found: set[int] = set()
        for unit in group:
            found |= ref_unit_docs(source, unit)
        docs = found if docs is None else docs & found
        if not docs:
            return set()
    if docs is None:
        docs = set(source.live)
    for unit in plan.excluded:
        docs = docs - ref_unit_docs(source, unit)
    return docs


def ref_unit_docs(source: IndexSource, unit: Unit) -> set[int]:
    if unit.exact:
        out: set[int] = set()
        for phrase in unit.phrases():
            out |= source.phrase_docs(phrase)
        return out
    need = unit.min_match
    if need < len(unit.slots):
        counts: Counter[int] = Counter()
        for slot in unit.slots:
            counts.update(ref_slot_docs(source, slot))
        return {d for d, n in counts.items() if n >= need}
    docs: set[int] | None = None
    for slot in unit.slots:
        found = ref_slot_docs(source, slot)
        docs = found if docs is None else docs & found
        if not docs:
            return set()
    return docs or set()


def ref_slot_docs(source: IndexSource, slot: Slot) -> set[int]:
    found: set[int] = set()
    for form in slot.forms:
        found |= source.phrase_docs(form)
    return found


def ref_score(derived: Derived, plan: Plan, matched: set[int], title_boost: float) -> Scored:
    source = derived.source
    scores = dict.fromkeys(matched, 0.0)
    phrase_absent = False
    with_phrase: set[int] | None = None
    if not plan.has_text or not matched:
        return Scored(scores, set() if plan.runs else None, False)
    norm, title_norm = derived.norm, derived.title_norm
    seen: set[tuple[str, str]] = set()
    idf_of: dict[tuple[str, str], float] = {}
    for unit in plan.positive_units():
        for tok in unit.tokens():
            key = (tok.field, tok.term)
            if key in seen:
                continue
            seen.add(key)
            ids, weights = source.postings(tok.field, tok.term)
            idf = idf_of[key] = derived.idf(len(ids))
            c = idf * (K1 + 1)
            _ref_add(scores, ids, weights, norm, c)
            tids, tweights = source.postings(tok.title_field, tok.term)
            _ref_add(scores, tids, tweights, title_norm, c * title_boost)
        if unit.exact or not (unit.is_run or any(len(f) > 1 for s in unit.slots for f in s.forms)):
            continue
        whole = sum(idf_of.get((t.field, t.term), 0.0) for t in unit.slots[0].forms[0])
        whole += sum(idf_of.get((t.field, t.term), 0.0) for s in unit.slots[1:] for t in s.forms[0])
        phrase_docs = set().union(*(source.phrase_docs(p) for p in unit.phrases()))
        _ref_bonus(scores, norm, phrase_docs, PHRASE_BONUS * whole)
        if unit.is_run:
            with_phrase = (matched & phrase_docs) if with_phrase is None else (with_phrase & phrase_docs)
        if len(unit.slots) > 1 and unit.min_match >= len(unit.slots) and phrase_docs.isdisjoint(matched):
            phrase_absent = True
        for left, right in zip(unit.slots, unit.slots[1:]):
            a, b = left.forms[0], right.forms[0]
            if len(a) == 1 and len(b) == 1:
                pair_idf = idf_of.get((a[0].field, a[0].term), 0.0) + idf_of.get((b[0].field, b[0].term), 0.0)
                _ref_bonus(scores, norm, source.phrase_docs((a[0], b[0]), word_aware=False), PAIR_BONUS * pair_idf)
    return Scored(scores, with_phrase, phrase_absent)


def _ref_add(
    scores: dict[int, float], ids: Sequence[int], weights: Sequence[float], norm: list[float], c: float
) -> None:
    for d, w in zip(ids, weights):
        if d in scores:
            scores[d] += c * w / (w + norm[d])


def _ref_bonus(scores: dict[int, float], norm: list[float], docs: set[int], weight: float) -> None:
    c = weight * (K1 + 1)
    for d in docs:
        if d in scores:
            scores[d] += c / (1 + norm[d])


# --- the comparison ------------------------------------------------------------------------------

QUERIES = [
    "chuyển đổi số",
    "chuyen doi so",
    "số",
    "so",
    "người dân",
    "nguoi dan",
    "kinh tế",
    "Hà Nội",
    "ha noi",
    "ủy ban nhân dân",
    "uy ban nhan dan",
    "UBND",
    "CSDL",
    "HĐND",
    "TP.HCM",
    '"Đề án 06"',
    "Đề án 06",
    "giá vàng hôm nay",
    "covid 19 Việt Nam",
    "thuế thu nhập cá nhân",
    "bóng đá -Việt Nam",
    '"Hà Nội" OR "Đà Nẵng"',
    "tỉnh OR huyện",
    "giáo dục date:2019..2020",
    "du lịch date:2020",
    "tỉnh xã -huyện",
    "an toàn giao thông",
    "dân số",
    "số hóa dữ liệu",
    "zzzz không có",
    "Tuyên Quang Hà Giang",
    "ngân hàng nhà nước",
    "bất động sản",
    "xuất khẩu nông sản",
]


def results(service: SearchService, text: str) -> tuple:  # type: ignore[type-arg]
    service._open().source.clear_caches()  # type: ignore[attr-defined]
    r = service.search(Query(text, limit=60))
    return (
        [(h.id, h.score, h.similar_total) for h in r.hits],
        r.total,
        r.phrase_total,
        r.relaxed,
        r.story_total,
        r.facets,
    )


def compare(service: SearchService, queries: list[str], monkeypatch: pytest.MonkeyPatch) -> int:
    """Every query's results with the current code, then with the reference; how many had hits."""
    new = {q: results(service, q) for q in queries}
    with monkeypatch.context() as m:
        m.setattr(execution, "match", ref_match)
        m.setattr(execution, "score", ref_score)
        m.setattr(Columns, "term_row", lambda self, field, term: None)  # every posting from Whoosh
        old = {q: results(service, q) for q in queries}
    for q in queries:
        assert new[q] == old[q], q
    return sum(1 for q in queries if new[q][1])


def test_the_same_results_as_whole_posting_lists_on_the_seeds(seed_service, monkeypatch):
    assert compare(seed_service, QUERIES, monkeypatch) >= 5


def test_the_same_results_over_two_segments_with_a_deletion(tmp_path, monkeypatch):
    rng = random.Random(14)
    words = [
        "số",
        "hóa",
        "chuyển",
        "đổi",
        "dữ",
        "liệu",
        "người",
        "dân",
        "tỉnh",
        "huyện",
        "xã",
        "kinh",
        "tế",
        "Hà",
        "Nội",
        "thuế",
        "giá",
        "vàng",
        "giáo",
        "dục",
    ]
    texts = {f"a{i:03d}.txt": f"Bài {i}. " + " ".join(rng.choice(words) for _ in range(30)) for i in range(300)}
    folder = write_articles(tmp_path / "in", texts)
    service = SearchService(Config(), tmp_path / "ix")
    service.index([folder])
    for name in ("a007.txt", "a150.txt", "a299.txt"):
        (folder / name).unlink()
    (folder / "z.txt").write_text("Chuyển đổi số ở xã: số hóa dữ liệu người dân.", encoding="utf-8")
    service.index([folder])
    queries = [
        "số",
        "chuyển đổi số",
        "chuyen doi so",
        "số hóa dữ liệu",
        "tỉnh xã",
        "thuế -huyện",
        "giá vàng",
        "kinh tế Hà Nội",
        "so hoa",
        "dân OR Nội",
    ]
    assert compare(service, queries, monkeypatch) == len(queries)
    service.close()


@needs_corpus
@pytest.mark.corpus
def test_the_same_results_on_a_corpus_slice(corpus_slice, monkeypatch):
    assert compare(corpus_slice, QUERIES, monkeypatch) >= 25


@needs_corpus
@pytest.mark.corpus
def test_a_rare_run_does_not_read_the_common_word_whole(corpus_slice):
    """ "chuyen doi so": "so" is read only in the blocks that can hold the run's matches."""
    snap = corpus_slice._open().source  # type: ignore[attr-defined]
    snap.clear_caches()
    result = corpus_slice.search(Query("chuyen doi so", limit=20))
    so = len(snap.term_docs("text_f", "so"))
    assert 0 < result.total < so / 10, (result.total, so)
    snap.clear_caches()
    corpus_slice.search(Query("chuyen doi so", limit=20))
    assert snap._postings.peek(("text_f", "so")) is None  # never read whole


def test_postings_among_agree_with_whole_lists(tmp_path):
    """Blocks of 128 postings, skipped or decoded; a segment with deletions is read whole."""

    def text(i: int) -> str:
        return f"Bài {i}: chuyển đổi số " + "số " * (i % 5) + ("xã " if i % 3 else "")

    folder = write_articles(tmp_path / "in", {f"a{i:03d}.txt": text(i) for i in range(300)})
    service = SearchService(Config(), tmp_path / "ix")
    service.index([folder])
    (folder / "a005.txt").unlink()  # a deletion in the first segment, a second segment without one
    write_articles(folder, {f"b{i:03d}.txt": text(i) for i in range(300)})
    service.index([folder])
    skipped = 0
    snap = service._open().source  # type: ignore[attr-defined]
    reader = snap.reader
    rng = random.Random(3)
    live = sorted(snap.live)
    for field, term in (("text", "số"), ("text_f", "xa"), ("text", "xã"), ("title", "số"), ("text", "không")):
        ids, weights = wa.read_postings(reader, field, term)
        whole = dict(zip(ids, weights))
        for k in (0, 1, 3, 40, 150, len(live)):
            wanted = sorted(rng.sample(live, k))
            got_ids, got_w, count, is_whole = wa.read_postings_among(reader, field, term, wanted)
            assert count == len(ids), (field, term)
            assert got_ids == sorted(got_ids) and set(got_ids) <= set(ids)
            assert set(wanted) & set(ids) <= set(got_ids), (field, term, k)
            assert all(whole[d] == w for d, w in zip(got_ids, got_w))
            if is_whole:
                assert got_ids == ids and got_w == weights
            else:
                skipped += 1
            snap.clear_caches()
            got = snap.postings_within(field, term, set(wanted))
            assert got[2] == len(ids) and set(wanted) & set(ids) <= set(got[0])
            snap.clear_caches()  # the documents given sorted (scoring sorts them once per query): the same reads
            assert snap.postings_within(field, term, set(wanted), wanted) == got
    assert len(wa.leaves(reader)) >= 2 and skipped
    service.close()


def _merged_reference(reader, field: str, spellings: list[str]) -> dict[int, float]:  # type: ignore[no-untyped-def]
    out: dict[int, float] = {}
    for v in spellings:
        for d, w in zip(*wa.read_postings(reader, field, v)):
            out[d] = out.get(d, 0.0) + w
    return out


@pytest.mark.parametrize("damage", [None, "phrases", "dead"])
def test_a_word_typed_without_marks_is_its_spellings_summed(tmp_path, damage):
    """The folded field holds exactly the accented spellings summed: "so" is số + sở + sơ + so, their
    frequencies added, with deleted and replaced articles left out, and the spellings are found with or
    without phrase data (schema 14 read the folded field this way at query time: 1.5–2.7× slower)."""
    rng = random.Random(7)
    words = ["số", "sở", "sơ", "so", "xã", "xa", "chuyển", "đổi", "dân", "tỉnh"]
    texts = {f"a{i:03d}.txt": f"Bài {i}. " + " ".join(rng.choice(words) for _ in range(25)) for i in range(400)}
    folder = write_articles(tmp_path / "in", texts)
    service = SearchService(Config(), tmp_path / "ix")
    service.index([folder])
    if damage == "dead":  # replaced and deleted articles stay in the first run's phrase file
        for name in ("a010.txt", "a200.txt"):
            (folder / name).unlink()
        (folder / "a300.txt").write_text("Sửa: sổ sở số xã", encoding="utf-8")
        service.index([folder])
    if damage == "phrases":
        for f in (tmp_path / "ix").glob("*/phrases/*.bin"):
            f.write_bytes(b"broken")
    snap = service._open().source  # type: ignore[attr-defined]
    assert snap.phrases_complete == (damage != "phrases")
    live = sorted(snap.live)
    for term, spellings in (("so", ["số", "sở", "sơ", "so", "sổ"]), ("xa", ["xã", "xa"]), ("dan", ["dân"])):
        held = {v for v in spellings if wa.read_postings(snap.reader, "text", v)[0]}
        assert set(snap.accented_variants(term)) == held and (term != "so" or len(held) >= 4)
        ref = _merged_reference(snap.reader, "text", spellings)
        assert ref and (len(ref) < len(live) or term == "so")
        snap.clear_caches()
        ids, weights = snap.postings("text_f", term)
        assert dict(zip(ids, weights)) == ref and ids == sorted(ids)
        assert snap.term_docs("text_f", term) == set(ref)
        for k in (0, 5, 60, len(live)):
            wanted = set(rng.sample(live, k))
            snap.clear_caches()
            got_ids, got_w, count = snap.postings_within("text_f", term, wanted)
            assert count == len(ref), (term, k)
            assert wanted & set(ref) <= set(got_ids) and all(ref[d] == w for d, w in zip(got_ids, got_w))
    service.close()


@needs_corpus
@pytest.mark.corpus
def test_a_phrase_judged_within_some_documents_is_exact_there(corpus_slice):
    from briefing_tui.search.query.source import QTok

    snap = corpus_slice._open().source  # type: ignore[attr-defined]
    rng = random.Random(5)
    live = sorted(snap.live)
    for words, folded in ((("nguoi", "dan"), True), (("giao", "thông"), False), (("an", "toan", "giao"), True)):
        form = tuple(QTok(w, folded=folded) for w in words)
        for k in (10, 300, len(live)):
            within = set(rng.sample(live, k))
            snap.clear_caches()
            part = snap.phrase_docs(form, within=within)
            snap.clear_caches()
            assert part & within == snap.phrase_docs(form) & within, (words, k)
