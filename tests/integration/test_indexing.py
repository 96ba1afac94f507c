"""Indexing on a real index: incremental runs, vanished files, bad input, locks, interruptions."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
from helpers import hit_ids, write_articles

from briefing_tui.search.config import Config, IndexConfig
from briefing_tui.search.embedded import indexer as indexer_mod
from briefing_tui.search.embedded import manifest
from briefing_tui.search.embedded import phrases as phrase_index
from briefing_tui.search.errors import IndexLockedError
from briefing_tui.search.models import Query
from briefing_tui.search.service import SearchService

ARTICLES = {
    "a.txt": "Tỉnh Lai Châu đẩy mạnh chuyển đổi số trong năm 2022.",
    "b.txt": "Sở Tài chính tỉnh Lào Cai công bố dự toán ngân sách.",
    "sub/c.txt": "Hội thảo về kinh tế số tại Hà Giang.",
}


def ids(service: SearchService, text: str = "") -> set[str]:
    return set(hit_ids(service.search(Query(text, limit=100))))


def test_incremental_runs_only_touch_what_changed(service, tmp_path):
    folder = write_articles(tmp_path / "in", ARTICLES)
    first = service.index([folder])
    assert (first.added, first.updated, first.unchanged, first.removed) == (3, 0, 0, 0)
    generation = service.info().generation

    again = service.index([folder])
    assert (again.added, again.updated, again.unchanged, again.removed) == (0, 0, 3, 0)
    assert service.info().generation == generation  # nothing written at all

    (folder / "a.txt").write_text("Tỉnh Lai Châu đẩy mạnh du lịch cộng đồng.", encoding="utf-8")
    (folder / "d.txt").write_text("Bài mới về giáo dục.", encoding="utf-8")
    third = service.index([folder])
    assert (third.added, third.updated, third.unchanged) == (1, 1, 2)
    assert "a" in ids(service, "du lịch") and "a" not in ids(service, "chuyển đổi số")
    assert ids(service) == {"a", "b", "c", "d"}


def test_articles_whose_files_vanished_are_removed(service, tmp_path):
    folder = write_articles(tmp_path / "in", ARTICLES)
    service.index([folder])
    (folder / "sub" / "c.txt").unlink()
    report = service.index([folder])
    assert report.removed == 1
    assert ids(service) == {"a", "b"}
    assert ids(service, "kinh tế số") == set()


def test_records_are_read_again_to_write_and_one_gone_meanwhile_is_a_skip(service, tmp_path, monkeypatch):
    folder = write_articles(tmp_path / "in", ARTICLES)
    service.index([folder])
    (folder / "a.txt").write_text("Tỉnh Lai Châu đẩy mạnh du lịch cộng đồng.", encoding="utf-8")
    (folder / "e.txt").write_text("Bài mới về y tế cơ sở.", encoding="utf-8")
    planned = indexer_mod.Indexer._plan

    def plan_then_edit(self, *args):  # type: ignore[no-untyped-def]
        plan = planned(self, *args)
        assert set(plan.changed) == {"a", "e"}  # ids only: the bodies are read again to write
        (folder / "e.txt").unlink()  # gone before the writing pass
        (folder / "a.txt").write_text("Tỉnh Lai Châu phát triển nông nghiệp sạch.", encoding="utf-8")
        return plan

    monkeypatch.setattr(indexer_mod.Indexer, "_plan", plan_then_edit)
    report = service.index([folder])
    assert (report.added, report.updated) == (0, 1)
    assert [(Path(s.where).name, s.reason) for s in report.skipped] == [
        ("e.txt", "changed or removed while it was being indexed")
    ]
    assert ids(service) == {"a", "b", "c"}
    assert "a" in ids(service, "nông nghiệp sạch")  # what the file held when it was written
    monkeypatch.setattr(indexer_mod.Indexer, "_plan", planned)
    again = service.index([folder])  # the hash stored is the content written
    assert (again.added, again.updated, again.unchanged, again.removed) == (0, 0, 3, 0)


def test_other_sources_are_left_alone(service, tmp_path):
    one = write_articles(tmp_path / "one", {"x.txt": "Nông nghiệp công nghệ cao."})
    two = write_articles(tmp_path / "two", {"y.txt": "Công nghiệp chế biến."})
    service.index([one])
    service.index([two])
    assert ids(service) == {"x", "y"}
    (one / "x.txt").unlink()
    service.index([two])  # indexing another folder does not judge this one
    assert ids(service) == {"x", "y"}


def test_a_file_that_turns_unreadable_keeps_its_article(service, tmp_path):
    folder = write_articles(tmp_path / "in", ARTICLES)
    service.index([folder])
    (folder / "b.txt").write_bytes("Sở Tài chính ".encode() + b"\xff\xfe")
    report = service.index([folder])
    assert [s.where for s in report.skipped] == [str(folder / "b.txt")]
    assert "not UTF-8" in report.skipped[0].reason
    assert "b" in ids(service, "dự toán ngân sách")  # the previous version is still there


def test_bad_records_are_skipped_and_the_rest_indexed(service, tmp_path):
    path = tmp_path / "records.jsonl"
    path.write_text(
        json.dumps({"id": "r1", "title": "Giá vàng tăng", "date": "2020-10-01", "source": "dantri.com.vn", "body": "Giá vàng tăng mạnh."}, ensure_ascii=False)
        + "\n{broken\n"
        + json.dumps({"id": "r1", "body": "trùng id"}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "r2", "body": "Xuất khẩu gạo."}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    report = service.index([path])
    assert report.added == 2
    reasons = {s.where: s.reason for s in report.skipped}
    assert reasons[f"{path}:2"].startswith("invalid JSON")
    assert reasons[f"{path}:3 (id r1)"].startswith("duplicate id 'r1'")
    hit = service.search(Query("giá vàng")).hits[0]
    assert hit.id == "r1" and hit.title == "Giá vàng tăng" and hit.date.iso == "2020-10-01"
    assert hit.source.site == "dantri.com.vn"


def test_a_locked_index_gives_a_clear_error_not_a_hang(tmp_path):
    config = Config(index=IndexConfig(lock_timeout=0.3))
    service = SearchService(config, tmp_path / "ix")
    folder = write_articles(tmp_path / "in", ARTICLES)
    with (
        service.store.write_lock(timeout=1),
        pytest.raises(IndexLockedError, match="another process is updating the index"),
    ):
        service.index([folder])
    assert service.index([folder]).added == 3  # released: works again


def test_an_interrupted_run_leaves_the_previous_index_usable(service, tmp_path, monkeypatch):
    folder = write_articles(tmp_path / "in", ARTICLES)
    service.index([folder])
    for i in range(5):
        (folder / f"new{i}.txt").write_text(f"Bài bổ sung số {i} về nông thôn mới.", encoding="utf-8")
    real = indexer_mod.prepare
    calls = 0

    def interrupted(record, ord_):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        if calls == 3:
            raise KeyboardInterrupt
        return real(record, ord_)

    monkeypatch.setattr(indexer_mod, "prepare", interrupted)
    with pytest.raises(KeyboardInterrupt):
        service.index([folder])
    monkeypatch.setattr(indexer_mod, "prepare", real)
    assert ids(service) == {"a", "b", "c"}  # unchanged, searchable
    report = service.index([folder])  # and the lock was released
    assert report.added == 5


def test_an_interrupted_rebuild_keeps_the_old_index(service, tmp_path, monkeypatch):
    folder = write_articles(tmp_path / "in", ARTICLES)
    service.index([folder])

    def boom(record, ord_):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(indexer_mod, "prepare", boom)
    with pytest.raises(KeyboardInterrupt):
        service.index([folder], rebuild=True)
    assert ids(service) == {"a", "b", "c"}
    assert len(list(service.store.root.glob("ix-*"))) == 1


def test_an_index_of_another_schema_version_is_rebuilt_with_a_notice(service, tmp_path):
    folder = write_articles(tmp_path / "in", ARTICLES)
    service.index([folder])
    meta_path = service.store.root / "meta.json"
    meta = json.loads(meta_path.read_text())
    meta["schema_version"] = 1
    meta_path.write_text(json.dumps(meta))
    assert service.status() == "outdated"
    report = service.index(None if False else [folder])
    assert report.rebuilt and any("another version" in n for n in report.notices)
    assert ids(service) == {"a", "b", "c"}


def test_search_builds_nothing_and_reports_a_missing_index(service):
    from briefing_tui.search.errors import IndexMissingError

    with pytest.raises(IndexMissingError, match="run `briefing-tui index`"):
        service.search(Query("x"))


def test_a_lost_phrase_index_file_falls_back_then_is_repaired(service, tmp_path):
    folder = write_articles(tmp_path / "in", ARTICLES)
    service.index([folder])
    before = ids(service, '"chuyển đổi số"')
    for f in (service.store.active_dir() / "phrases").glob("*.bin"):
        f.unlink()
    service.close()
    assert not service.info().phrase_index_complete
    slow = service.search(Query('"chuyển đổi số"'))
    assert set(hit_ids(slow)) == before and slow.notices  # same answer, with a note
    service.index([folder])
    assert service.info().phrase_index_complete
    assert ids(service, '"chuyển đổi số"') == before


@pytest.mark.parametrize("apart", [False, True])
def test_many_runs_merge_the_phrase_files(service, tmp_path, monkeypatch, apart):
    """(``apart``: the merge hands its folded table to a second process, as a big run's merge does.)"""
    from briefing_tui.search.embedded import phrase_build

    monkeypatch.setattr(phrase_build, "_worth_apart", lambda paths: apart)
    folder = tmp_path / "in"
    for i in range(phrase_index.MAX_FILES + 2):
        write_articles(folder, {f"n{i}.txt": f"Tin số {i}: chuyển đổi số ở xã vùng cao."})
        service.index([folder])
    folder = service.store.active_dir()
    files = manifest.read(folder, service.info().generation).phrase_files
    assert len(files) <= phrase_index.MAX_FILES
    assert sorted(p.name for p in (folder / "phrases").iterdir()) == [f.split("/")[1] for f in files]
    assert len(ids(service, '"chuyển đổi số ở xã"')) == phrase_index.MAX_FILES + 2


@pytest.mark.slow
def test_a_big_run_uses_worker_processes(service, tmp_path):
    n = indexer_mod.PARALLEL_MIN_DOCS + 50
    rows = [
        {"id": f"d{i}", "body": f"Bản tin {i}: huyện {i % 7} triển khai chuyển đổi số, giải ngân {i} tỷ đồng."}
        for i in range(n)
    ]
    rows[10]["body"] = ""  # one bad record among them
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    progress: list[tuple[str, int, int | None]] = []
    report = service.index([path], progress=lambda *a: progress.append(a))
    assert report.added == n - 1 and len(report.skipped) == 1
    assert any(p[0] == "index" and p[1] == p[2] for p in progress)
    # each worker wrote its own file; the run merged them into one
    files = sorted(p.name for p in (service.store.active_dir() / "phrases").iterdir())
    assert len(files) == 1 and files[0].endswith("-run.bin")
    assert any(p[0] == "merge" for p in progress)
    assert service.search(Query('"giải ngân 12 tỷ"')).total == 1
    assert service.search(Query("chuyen doi so")).total == n - 1


@pytest.mark.slow
def test_a_big_run_starts_its_workers_while_stderr_has_no_descriptor(service, tmp_path, monkeypatch):
    """While the app runs, Textual replaces ``sys.stderr`` with a capture whose ``fileno()`` is -1: starting
    multiprocessing's resource tracker then failed ("bad value(s) in fds_to_keep") and the app's first index of a
    corpus never ran (session 60, in tmux). The tracker is stopped first, so this run is the one that starts it."""
    import io
    import sys
    from multiprocessing import resource_tracker

    class Captured(io.StringIO):
        def fileno(self) -> int:
            return -1

    resource_tracker._resource_tracker._stop()
    monkeypatch.setattr(sys, "stderr", Captured())
    n = indexer_mod.PARALLEL_MIN_DOCS + 10
    rows = [{"id": f"d{i}", "body": f"Bản tin {i}: xã {i % 7} triển khai chuyển đổi số."} for i in range(n)]
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    report = service.index([path])
    assert report.added == n
    assert isinstance(sys.stderr, Captured)  # (the capture is back once the tracker runs)
    assert service.search(Query("chuyen doi so")).total == n


def test_concurrent_readers_see_a_consistent_index(service, tmp_path):
    folder = write_articles(tmp_path / "in", ARTICLES)
    service.index([folder])
    reader = SearchService(Config(), service.store.root)
    errors: list[BaseException] = []

    def read() -> None:
        try:
            for _ in range(30):
                assert reader.search(Query("")).total in (3, 4)
        except BaseException as exc:  # reported below
            errors.append(exc)

    t = threading.Thread(target=read)
    t.start()
    (folder / "e.txt").write_text("Tin thêm.", encoding="utf-8")
    service.index([folder])
    t.join()
    assert not errors
    assert reader.search(Query("")).total == 4  # the reader reopened the new generation
    reader.close()


def test_index_dir_holds_meta_and_one_generation(service, tmp_path):
    folder = write_articles(tmp_path / "in", ARTICLES)
    service.index([folder])
    service.index([folder], rebuild=True)
    root = Path(service.store.root)
    assert (root / "meta.json").is_file()
    assert len(list(root.glob("ix-*"))) == 1


def _generation_files(service: SearchService) -> tuple[list[str], list[str]]:
    folder = service.store.active_dir()
    listed = manifest.read(folder, service.info().generation)
    return listed.phrase_files, [n for n in listed.files if n.startswith("whoosh/")]


def test_updating_every_article_keeps_no_dead_phrase_file(service, tmp_path):
    """A run that replaces every article (a new pipeline version re-extracts them all) leaves no file of only
    dead articles in the new generation: the 20k index had doubled, 168 → 334 MB."""
    folder = write_articles(tmp_path / "in", ARTICLES)
    service.index([folder])
    first_phrases, _ = _generation_files(service)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text + " Cập nhật lần hai.", encoding="utf-8")
    report = service.index([folder])
    assert report.updated == 3
    phrase_files, _ = _generation_files(service)
    assert not set(first_phrases) & set(phrase_files)
    on_disk = sorted(p.name for p in (service.store.active_dir() / "phrases").iterdir())
    assert on_disk == sorted(f.split("/")[1] for f in phrase_files)
    assert ids(service, "cập nhật lần hai") == {"a", "b", "c"}
    assert ids(service, '"chuyển đổi số"') == {"a"}


@pytest.mark.slow
def test_updating_every_article_of_a_big_run_drops_the_dead_segments(service, tmp_path):
    n = indexer_mod.PARALLEL_MIN_DOCS + 50
    path = tmp_path / "many.jsonl"

    def write(round_: int) -> None:
        rows = [{"id": f"d{i}", "body": f"Bản tin {i} lần {round_}: huyện {i % 7} triển khai chuyển đổi số."}
                for i in range(n)]
        path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")

    write(1)
    service.index([path])
    _, first_segments = _generation_files(service)
    write(2)
    assert service.index([path]).updated == n
    phrase_files, segments = _generation_files(service)
    assert not set(first_segments) & set(segments)  # the old segments, every document deleted, are gone
    whoosh = service.store.active_dir() / "whoosh"
    assert not [p.name for p in whoosh.glob("*.seg") if f"whoosh/{p.name}" not in segments]
    assert len(phrase_files) == 1
    assert service.search(Query("lần 2")).total == n and service.search(Query('"lần 1"')).total == 0


def test_a_dead_phrase_file_an_earlier_run_kept_goes_at_the_next_run(service, tmp_path, monkeypatch):
    """Indexes written before this rule kept the replaced articles' phrase file; the next run that writes drops it."""
    folder = write_articles(tmp_path / "in", ARTICLES)
    service.index([folder])
    first_phrases, _ = _generation_files(service)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text + " Cập nhật.", encoding="utf-8")
    with monkeypatch.context() as m:  # as the code before it: every intact file kept
        m.setattr(indexer_mod.Indexer, "_live_phrase_files", staticmethod(lambda folder, intact, kept: intact))
        service.index([folder])
    assert set(first_phrases) <= set(_generation_files(service)[0])
    (folder / "d.txt").write_text("Bài mới về giáo dục.", encoding="utf-8")
    service.index([folder])
    assert not set(first_phrases) & set(_generation_files(service)[0])
    assert ids(service, '"chuyển đổi số"') == {"a"} and ids(service) == {"a", "b", "c", "d"}
