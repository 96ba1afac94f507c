"""Bulk reads of the Whoosh index agree with Whoosh's own readers (the W3 layout is pinned)."""

from __future__ import annotations

from pathlib import Path

from helpers import write_articles

from briefing_tui.search.config import Config
from briefing_tui.search.embedded import reads as wa
from briefing_tui.search.service import SearchService


def two_segments(tmp_path: Path, texts: dict[str, str], gone: str, new: tuple[str, str]) -> SearchService:
    """An index of ``texts``, then a second run: ``gone`` deleted, ``new`` (name, text) added."""
    folder = write_articles(tmp_path / "in", texts)
    service = SearchService(Config(), tmp_path / "ix")
    service.index([folder])
    (folder / gone).unlink()  # a deletion, and a second segment
    (folder / new[0]).write_text(new[1], encoding="utf-8")
    service.index([folder])
    return service


def test_postings_columns_and_lengths_match_whoosh(tmp_path):
    texts = {f"a{i}.txt": f"Bài {i}: chuyển đổi số " + "số " * i for i in range(12)}
    service = two_segments(tmp_path, texts, "a3.txt", ("z.txt", "Chuyển đổi số ở xã."))
    ix = service.store.open_whoosh()
    with ix.searcher() as searcher:
        reader = searcher.reader()
        assert len(wa.leaves(reader)) >= 1
        for field, term in (("text", "số"), ("text_f", "so"), ("text", "chuyển"), ("id", "a5")):
            ids, weights = wa.read_postings(reader, field, term)
            m = reader.postings(field, term)
            expected_ids, expected_weights = [], []
            while m.is_active():
                expected_ids.append(m.id())
                expected_weights.append(m.weight())
                m.next()
            assert ids == expected_ids and weights == expected_weights, (field, term)
        deleted = wa.deleted_docnums(reader)
        assert deleted == {d for d in range(reader.doc_count_all()) if reader.is_deleted(d)} and deleted
        dates = wa.read_numeric_column(reader, "date")
        ords = wa.read_numeric_column(reader, "ord")
        ids_col = wa.read_varbytes_column(reader, "id")
        for d in range(reader.doc_count_all()):
            assert ords[d] == reader.column_reader("ord")[d]
            assert dates[d] == reader.column_reader("date")[d]
            if d not in deleted:
                assert ids_col[d].decode() == reader.stored_fields(d)["id"]
        lengths = [wa.LENGTH_OF_CODE[code] for code in wa.read_length_codes(reader, "text")]
        assert lengths == [reader.doc_field_length(d, "text", 0) for d in range(reader.doc_count_all())]
        assert set(wa.lexicon(reader, "text")) >= {"số", "chuyển", "đổi"}
    service.close()


def test_a_whole_facet_field_in_bulk_matches_term_by_term_reads(tmp_path):
    provinces = ["Lai Châu", "Lào Cai", "Hà Giang", "Tuyên Quang", "Hà Nội"]
    texts = {
        f"p{i}.txt": f"Tin {i}. Tại tỉnh {provinces[i % 5]} và {provinces[(i + 2) % 5]}, ông Nguyễn Văn An, Chủ tịch UBND, phát biểu."
        for i in range(15)
    }
    service = two_segments(tmp_path, texts, "p4.txt", ("q.txt", "Tỉnh Lai Châu có tin mới."))
    ix = service.store.open_whoosh()
    with ix.searcher() as searcher:
        reader = searcher.reader()
        for field in ("prov", "prov25", "official", "id", "text"):
            expected = {t: wa.read_postings(reader, field, t, weights=False)[0] for t in wa.lexicon(reader, field)}
            expected = {t: docs for t, docs in expected.items() if docs}
            assert wa.read_field(reader, field) == expected, field
        assert set(wa.read_field(reader, "prov")) >= {"Lai Châu", "Hà Giang"}
        assert wa.read_field(reader, "no-such-field") == {}
    service.close()


def test_term_counts_read_from_the_term_files_match_whoosh_doc_frequencies(tmp_path):
    """``term_counts`` reads only each terminfo's document frequency from its bytes (``_DOC_FREQUENCY_AT``): it must
    be Whoosh's own count, summed over the segments, deleted documents included."""
    texts = {f"a{i}.txt": f"Bài {i}: chuyển đổi số " + "xã " * (i % 3) for i in range(20)}
    service = two_segments(tmp_path, texts, "a3.txt", ("z.txt", "Chuyển đổi số ở xã."))
    ix = service.store.open_whoosh()
    with ix.searcher() as searcher:
        reader = searcher.reader()
        assert len(wa.leaves(reader)) == 2
        for field in ("text", "text_f", "prov"):
            counts = wa.term_counts(reader, field)
            assert counts == {t.decode(): reader.doc_frequency(field, t) for t in reader.lexicon(field)}, field
        assert wa.term_counts(reader, "text")["số"] == 21  # 20 first, one deleted (still counted), one added
    service.close()


def test_posting_blocks_hold_counts_as_ints_and_no_values(tmp_path):
    """Term frequencies are the weights, pickled as small ints (a 9-byte float each before) with no
    4-byte value per posting beside them; Whoosh's own merge of small segments still reads them."""
    texts = {f"a{i}.txt": f"Bài {i}: " + "số " * (1 + i % 4) + "xã " * (i % 3) for i in range(300)}
    service = two_segments(tmp_path, texts, "a3.txt", ("z.txt", "Số số xã."))
    ix = service.store.open_whoosh()
    with ix.searcher() as searcher:
        reader = searcher.reader()
        seen = 0
        for segreader, _offset in wa.leaves(reader):
            for field, term in (("text", "số"), ("text_f", "so"), ("text", "xã")):
                for data, _length in wa._blocks(segreader, field, term):
                    _ids, weights, values = data
                    assert values is None, (field, term)
                    if isinstance(weights, tuple):
                        assert all(type(w) is int for w in weights)
                        seen += 1
        assert seen
    service.close()
