"""The phrase index file format 4 (issue 14): compact encodings read back exactly, and merging files
gives what one build of the same articles gives."""

from __future__ import annotations

import array
import os
import random

import pytest

from briefing_tui.search.analysis import fold
from briefing_tui.search.embedded import phrases
from briefing_tui.search.embedded.phrase_build import NO_EXACT_PAIRS, PhraseIndexBuilder, merge
from briefing_tui.search.embedded.phrases import PhraseIndex, PhraseIndexFile, pack_ids, pair_key, unpack_ids

SYLLABLES = ["người", "dân", "chuyển", "đổi", "số", "xã", "huyện", "tỉnh", "kinh", "tế", "kính", "kình", "giao", "thông", "báo", "Đà", "Nẵng", "nghị", "quyết"]


def _articles(n: int, seed: int = 7) -> dict[int, list[str]]:
    rng = random.Random(seed)
    return {o: [rng.choice(SYLLABLES) for _ in range(rng.randint(0, 40))] for o in range(n)}


def _build(path, articles: dict[int, list[str]]) -> None:
    builder = PhraseIndexBuilder(NO_EXACT_PAIRS)  # clean = both outer edges closed (exact pairs: test_exact_pairs.py)
    for o, words in articles.items():
        edges = bytes(o % 2 for _ in words)
        builder.add(o, words, [fold(w) for w in words], edges)
    builder.write(path)


def _pairs(articles: dict[int, list[str]]) -> set[tuple[str, str]]:
    return {(a, b) for words in articles.values() for a, b in zip(words, words[1:])}


@pytest.mark.parametrize("width", [1, 2, 3, 4])
def test_ids_pack_and_unpack_in_every_width(width):
    top = (1 << (8 * width)) - 1
    values = array.array("I", [0, 1, top, top // 2, 255 if width > 1 else 7])
    packed = pack_ids(values, width)
    assert len(packed) == width * len(values)
    assert unpack_ids(packed, width) == values


@pytest.mark.parametrize("n", [0, 1, 3, 4, 5, 1001])
def test_word_edges_pack_four_to_a_byte_and_unpack_from_any_token(n):
    rng = random.Random(n)
    edges = bytes(rng.choice((0, 1, 2, 3)) for _ in range(n))
    packed = phrases.pack_edges(edges)
    assert len(packed) == (n + 3) // 4
    for start in {0, 1, 2, 3, n // 2, max(n - 1, 0)}:
        for count in {0, 1, n - start}:
            if 0 <= count <= n - start:
                assert phrases.unpack_edges(packed, start, count) == edges[start : start + count]


def test_every_article_reads_back_its_own_edges_across_packing_chunks(tmp_path, monkeypatch):
    """Edges are packed in chunks as articles are written (``_EDGE_CHUNK``); rows start anywhere in a
    byte, so each must read back exactly what it was given, merged or not."""
    from briefing_tui.search.embedded import phrase_build

    monkeypatch.setattr(phrase_build, "_EDGE_CHUNK", 9)
    rng = random.Random(3)
    articles = _articles(200, seed=5)
    given = {o: bytes(rng.choice((0, 1, 2, 3)) for _ in words) for o, words in articles.items()}
    builder = PhraseIndexBuilder()
    for o, words in articles.items():
        builder.add(o, words, [fold(w) for w in words], given[o])
    builder.write(tmp_path / "p000001-0.bin")
    merged = merge([tmp_path / "p000001-0.bin"], tmp_path / "c000002-run.bin", dead_ords={0, 7})
    for path, dead in ((tmp_path / "p000001-0.bin", set()), (merged, {0, 7})):
        f = PhraseIndexFile(path)
        try:
            assert [f.ords[r] for r in range(len(f.ords))] == [o for o in articles if o not in dead]
            for r in range(len(f.ords)):
                assert f.row_edges(r) == given[f.ords[r]]
        finally:
            f.close()


def test_a_file_answers_every_pair_and_phrase_it_was_built_from(tmp_path):
    articles = _articles(300)
    path = tmp_path / "p000001-0.bin"
    _build(path, articles)
    index = PhraseIndex.open([path])
    try:
        for a, b in _pairs(articles):
            holders = {o for o, w in articles.items() if any(x == a and y == b for x, y in zip(w, w[1:]))}
            assert set(index.lookup(pair_key(fold(a), fold(b), folded=True))) >= holders
            if (a, b) != (fold(a), fold(b)):
                assert set(index.lookup(pair_key(a, b, folded=False))) == holders
        # clean: both outer edges closed; odd ordinals have every edge open
        assert all(o % 2 == 0 for o in index.lookup_clean(pair_key("nguoi", "dan", folded=True)))
        ords = sorted(articles)
        holders = {o for o, w in articles.items() if any(w[i : i + 3] == ["chuyển", "đổi", "số"] for i in range(len(w)))}
        sure, unsure = index.verify([("chuyển", False), ("đổi", False), ("số", False)], ords)
        assert set(sure) | set(unsure) == holders
        sure, unsure = index.verify([("chuyen", True), ("doi", True), ("so", True)], ords)
        assert set(sure) | set(unsure) == holders
        assert "kính" in index.accented_variants("kinh") and "kình" in index.accented_variants("kinh")
    finally:
        index.close()


def test_merged_files_answer_like_one_file_of_the_live_articles(tmp_path):
    articles = _articles(400, seed=11)
    dead = {3, 50, 51, 399}
    parts = [tmp_path / f"p000001-{k}.bin" for k in range(3)]
    for k, path in enumerate(parts):  # interleaved ordinals, as the workers write them
        _build(path, {o: w for o, w in articles.items() if (o // 16) % 3 == k})
    merged = merge(parts, tmp_path / "c000001-all.bin", dead)
    live = {o: w for o, w in articles.items() if o not in dead}
    single = tmp_path / "p000002-0.bin"
    _build(single, live)
    a, b = PhraseIndex.open([merged]), PhraseIndex.open([single])
    try:
        for x, y in _pairs(articles):
            for key in (pair_key(fold(x), fold(y), folded=True), pair_key(x, y, folded=False)):
                assert a.lookup(key) == b.lookup(key)
                assert a.lookup_clean(key) == b.lookup_clean(key)
        assert a.covered() == b.covered() == set(live)
        for o in sorted(live)[:50]:
            for word in ("dân", "kinh"):
                folded = word == "kinh"
                assert a.positions(o, word, folded) == b.positions(o, word, folded)
        fa, fb = a.files[0], b.files[0]
        assert bytes(fa.tokens) == bytes(fb.tokens) and bytes(fa.edges) == bytes(fb.edges)
        assert len(merged.read_bytes()) == len(single.read_bytes())
    finally:
        a.close()
        b.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        [p.name for p in parts] + [merged.name, single.name]
    )  # no temporary section files left behind


@pytest.mark.parametrize("chunk", [1, 7, 100])
def test_a_merge_in_chunks_of_first_words_writes_the_same_file(tmp_path, monkeypatch, chunk):
    """The merge sorts its pairs a chunk of first words at a time (``MERGE_CHUNK``: bounded memory at 150k
    articles); however small the chunks, the merged file is byte for byte the one merged in one go."""
    from briefing_tui.search.embedded import phrase_build

    articles = _articles(400, seed=13)
    parts = [tmp_path / f"p000001-{k}.bin" for k in range(3)]
    for k, path in enumerate(parts):
        _build(path, {o: w for o, w in articles.items() if (o // 16) % 3 == k})
    whole = merge(parts, tmp_path / "c000002-whole.bin", {5, 77})
    monkeypatch.setattr(phrase_build, "MERGE_CHUNK", chunk)
    chunked = merge(parts, tmp_path / "c000003-chunked.bin", {5, 77})
    assert chunked.read_bytes() == whole.read_bytes()
    files = [PhraseIndexFile(p) for p in parts]
    try:
        lists = [f.words(folded=True) for f in files]
        ids = {w: i for i, w in enumerate(sorted(set().union(*lists)))}
        runs = list(phrase_build._chunks(files, [[ids[w] for w in words] for words in lists], True, chunk))
    finally:
        for f in files:
            f.close()
    assert len(runs) > 1  # the chunked path was taken (19 folded words: 100 pairs fill more than one chunk)


def test_a_large_vocabulary_and_far_apart_articles_take_wider_fields(tmp_path):
    words = [f"w{i:05d}" for i in range(70_000)]
    path = tmp_path / "p000001-0.bin"
    builder = PhraseIndexBuilder()
    builder.add(0, words, words)
    builder.add(5_000_000, ["w00001", "w00002"], ["w00001", "w00002"])
    builder.write(path)
    f = PhraseIndexFile(path)
    try:
        assert f.width == 3  # 70,000 words do not fit 2 bytes
        index = PhraseIndex([f])
        assert index.lookup(pair_key("w00001", "w00002", folded=True)) == [0, 5_000_000]
        assert index.positions(0, "w69999", folded=False) == [69_999]
        sure, unsure = index.verify([("w00001", False), ("w00002", False)], [0, 5_000_000])
        assert set(sure) | set(unsure) == {0, 5_000_000}
    finally:
        f.close()


def test_a_truncated_or_foreign_file_is_refused_with_its_name(tmp_path):
    path = tmp_path / "p000001-0.bin"
    _build(path, _articles(20))
    data = path.read_bytes()
    path.write_bytes(data[:-3])
    with pytest.raises(ValueError, match=r"p000001-0\.bin"):
        PhraseIndexFile(path)
    path.write_bytes(data[:10])
    with pytest.raises(ValueError, match=r"p000001-0\.bin"):
        PhraseIndexFile(path)
    path.write_bytes(b"")
    with pytest.raises(ValueError, match=r"p000001-0\.bin"):
        PhraseIndexFile(path)
    assert PhraseIndex.open([path]).files == []  # left out: its articles go to the slow path
    assert phrases.max_ord_on_disk(tmp_path) == -1


SPELLINGS = ["người", "ngươi", "nguoi", "dân", "dần", "dẫn", "dan", "an", "ấn", "toàn", "toan", "giao", "thông", "thong",
             "số", "sở", "so", "đổi", "đội", "doi"]
PHRASES = ["nguoi dan", "người dan", "nguoi dân", "an toan giao thong", "an toàn giao thông", "doi so", "so so",
           "dan", "dân", "người", "so doi so"]


def test_a_phrase_is_found_where_a_regex_over_its_spellings_finds_it(tmp_path):
    """``PhraseIndexFile.finder`` searches the id sequences a phrase can take in the file (one per
    spelling run the pair tables hold), each only in articles holding its rarest pair; it must find
    every start the regular expression over all spellings finds, in every article of the file."""
    rng = random.Random(11)
    articles = {o: [rng.choice(SPELLINGS) for _ in range(rng.randint(0, 60))] for o in range(0, 1200, 2)}
    _build(tmp_path / "p.bin", articles)
    f = PhraseIndexFile(tmp_path / "p.bin")
    several = 0
    for text in PHRASES:
        words = text.split()
        alternatives = [f.alternatives(fold(w), True) if fold(w) == w else f.alternatives(w, False) for w in words]
        find = f.finder(alternatives)
        rx = phrases._ids_regex(tuple(tuple(a) for a in alternatives), f.width)
        sequences = f.sequences(alternatives)
        several += sequences is not None and len(sequences) > 1
        found = 0
        for row, o in enumerate(f.ords):
            tokens = f.row_tokens(row)
            expected = phrases._matched(rx, tokens, f.width)
            assert find(o, tokens) == expected == f.find(row, alternatives), (text, o)
            found += bool(expected)
        assert found, text
    assert several >= 4
    f.close()


def _parts(tmp_path, n: int = 400, seed: int = 13) -> list:
    articles = _articles(n, seed=seed)
    parts = [tmp_path / f"p000001-{k}.bin" for k in range(3)]
    for k, path in enumerate(parts):
        _build(path, {o: w for o, w in articles.items() if (o // 16) % 3 == k})
    return parts


def test_a_merge_with_its_folded_table_in_a_second_process_writes_the_same_file(tmp_path):
    """A big merge hands its folded table to a second process (``APART_MIN_BYTES``) and merges the accented
    one meanwhile: the file is byte for byte the one a single process writes, and no section file is left."""
    parts = _parts(tmp_path)
    alone = merge(parts, tmp_path / "c000002-alone.bin", {5, 77}, apart=False)
    apart = merge(parts, tmp_path / "c000003-apart.bin", {5, 77}, apart=True)
    assert apart.read_bytes() == alone.read_bytes()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([p.name for p in parts] + [alone.name, apart.name])


def test_a_second_process_that_fails_stops_the_merge_with_its_error_and_leaves_no_file(tmp_path):
    from briefing_tui.search.embedded import phrase_build

    parts = _parts(tmp_path)
    target = tmp_path / "c000002-run.bin"
    blocked, _arrays = phrase_build._apart_paths(target, True)
    blocked.mkdir()  # the second process cannot write its postings there
    with pytest.raises(IsADirectoryError):
        merge(parts, target, set(), apart=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([p.name for p in parts] + [blocked.name])


def test_only_a_big_merge_on_two_cores_starts_a_second_process(tmp_path, monkeypatch):
    from briefing_tui.search.embedded import phrase_build

    parts = _parts(tmp_path)
    size = sum(p.stat().st_size for p in parts)
    monkeypatch.setattr(phrase_build.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    assert not phrase_build._worth_apart(parts)  # a few KB: starting a Python costs more than it saves
    monkeypatch.setattr(phrase_build, "APART_MIN_BYTES", size)
    assert phrase_build._worth_apart(parts)
    assert not phrase_build._worth_apart(parts[:1])  # one file: nothing to merge
    monkeypatch.setattr(phrase_build.os, "sched_getaffinity", lambda _pid: {0}, raising=False)
    assert not phrase_build._worth_apart(parts)  # one core: the second process would only wait for it


def test_a_second_process_that_dies_stops_the_merge_in_one_line_and_leaves_no_file(tmp_path):
    import signal

    from briefing_tui.search.embedded import phrase_build
    from briefing_tui.search.errors import BriefingError

    parts = _parts(tmp_path)
    pending = phrase_build._TableApart(parts, tmp_path / "c000002-run.bin", True, set())
    try:
        os.kill(pending._proc.pid, signal.SIGKILL)  # (killed while its Python starts: it cannot have answered)
        with pytest.raises(BriefingError, match="stopped unexpectedly"):
            pending.result()
    finally:
        pending.cleanup()
    assert not pending._proc.is_alive()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in parts)


def test_a_second_process_starts_while_stderr_has_no_descriptor(tmp_path, monkeypatch):
    """(Textual's capture of ``sys.stderr`` while the app runs: ``fileno()`` is -1; see ``lifeline.tracker_started``.)"""
    import io
    import sys
    from multiprocessing import resource_tracker

    class Captured(io.StringIO):
        def fileno(self) -> int:
            return -1

    parts = _parts(tmp_path)
    resource_tracker._resource_tracker._stop()
    monkeypatch.setattr(sys, "stderr", Captured())
    apart = merge(parts, tmp_path / "c000002-apart.bin", set(), apart=True)
    assert apart.read_bytes() == merge(parts, tmp_path / "c000003-alone.bin", set(), apart=False).read_bytes()

