"""The commonest terms' frequencies by document, written into the column file at index time (issue 14).

Scoring reads a common term's frequency in the matched documents from its row
(``Columns.term_row``) instead of decoding Whoosh's posting blocks; the rows must
say exactly what Whoosh's postings say, for every term at or above the line and
for no term below it, after deletions too. That the scores are the same floats
is ``test_scoring_reads.py``'s comparison, which turns the rows off for its
reference.
"""

from __future__ import annotations

import random

from helpers import write_articles

from briefing_tui.search import Config, Query, SearchService
from briefing_tui.search.embedded import reads as wa
from briefing_tui.search.embedded.columns import ROW_FIELDS, ROW_MAX, ROW_SHARE

WORDS = ["số", "sở", "hóa", "chuyển", "đổi", "dữ", "liệu", "người", "dân", "tỉnh", "huyện", "xã", "kinh", "tế",
         "giá", "vàng", "Hà", "Nội", "thuế", "giáo", "dục", "bảo", "hiểm", "y", "tế"]


def check_rows(service: SearchService) -> int:
    """Every term of the row fields: a row exactly when its live documents reach the line and every
    frequency fits a byte, and then the row is its postings; returns how many rows there were."""
    snap = service._open().source  # type: ignore[attr-defined]
    live = len(snap.live)
    rows = 0
    for field in ROW_FIELDS:
        for term in wa.term_counts(snap.reader, field):
            ids, weights = wa.read_postings(snap.reader, field, term)
            row = snap.columns.term_row(field, term)
            if len(ids) * ROW_SHARE < live or max(weights, default=0) > ROW_MAX:
                assert row is None, (field, term)
                continue
            assert row is not None, (field, term, len(ids), live)
            freqs, count = row
            assert count == len(ids) and len(freqs) == snap.doc_count_all
            assert {d: f for d, f in enumerate(freqs) if f} == dict(zip(ids, weights)), (field, term)
            snap.clear_caches()
            assert snap.term_docs(field, term) == set(ids)  # straight from the row (session 57)
            snap.clear_caches()
            assert snap.postings(field, term) == (ids, weights)
            rows += 1
    return rows


def test_rows_hold_exactly_the_common_terms_postings_after_a_deletion(tmp_path):
    rng = random.Random(21)
    texts = {f"a{i:03d}.txt": f"Bài {i}. " + " ".join(rng.choice(WORDS[: 8 + i % 17]) for _ in range(40))
             for i in range(240)}
    texts["long.txt"] = "Bài dài. " + "thuế " * 300 + "xã hội"  # "thuế" 300 times: more than a byte holds
    folder = write_articles(tmp_path / "in", texts)
    service = SearchService(Config(), tmp_path / "ix")
    service.index([folder])
    first = check_rows(service)
    snap = service._open().source  # type: ignore[attr-defined]
    assert first >= 20 and snap.columns.term_row("text", "thuế") is None  # common, but 300 in one article
    assert snap.columns.term_row("text", "bài") is not None and snap.columns.term_row("title", "bài") is None
    for name in ("a003.txt", "a100.txt", "long.txt"):
        (folder / name).unlink()
    write_articles(folder, {"z.txt": "Chuyển đổi số ở xã: số hóa dữ liệu người dân."})
    service.index([folder])
    assert check_rows(service) >= first  # "thuế" fits a byte now that the long article is gone
    snap = service._open().source  # type: ignore[attr-defined]
    assert snap.columns.term_row("text", "thuế") is not None
    service.close()


def test_a_query_of_common_words_reads_its_rows_not_whoosh(tmp_path, monkeypatch):
    """ "chuyển đổi số" on articles where every word is common: its scoring reads no posting block."""
    rng = random.Random(5)
    folder = write_articles(tmp_path / "in", {
        f"a{i:03d}.txt": f"Bài {i}. " + " ".join(rng.choice(WORDS[:6]) for _ in range(30)) for i in range(200)
    })
    service = SearchService(Config(), tmp_path / "ix")
    service.index([folder])
    expected = service.search(Query("chuyển đổi số", limit=20))
    decoded: list[str] = []
    real = wa.read_postings_among

    def spy(reader, field, term, wanted):  # type: ignore[no-untyped-def]
        decoded.append(f"{field}:{term}")
        return real(reader, field, term, wanted)

    monkeypatch.setattr(wa, "read_postings_among", spy)
    service._open().source.clear_caches()  # type: ignore[attr-defined]
    again = service.search(Query("chuyển đổi số", limit=20))
    assert [(h.id, h.score) for h in again.hits] == [(h.id, h.score) for h in expected.hits] and again.total
    assert decoded and all(name.startswith("title") for name in decoded), decoded  # titles only: no rows
    service.close()
