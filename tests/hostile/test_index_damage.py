"""A damaged index: reads never write, damage is named with a command that mends it, `--rebuild` always works.

Each case damages a real index on disk the way an unlucky user or an attacker
would (a missing or garbled ``meta.json``, truncated or garbled segment and
phrase files, a lost manifest, foreign files) and runs the real command line.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers import assert_one_line_error, cli, tree, write_articles

from briefing_tui.search.config import Config
from briefing_tui.search.embedded import manifest
from briefing_tui.search.models import Query
from briefing_tui.search.service import SearchService

ARTICLES = {
    "laichau.txt": "Tỉnh Lai Châu đẩy mạnh chuyển đổi số và cơ sở dữ liệu dân cư trong năm 2022.",
    "laocai.txt": "Sở Tài chính tỉnh Lào Cai công bố dự toán ngân sách nhà nước năm 2023.",
    "hagiang/hoithao.txt": "Hội thảo về kinh tế số tại Hà Giang bàn về chuyển đổi số ở xã vùng cao.",
    "national.txt": "Thủ tướng dự tổng kết Đề án 06 về ứng dụng dữ liệu dân cư, định danh và xác thực điện tử.",
}
IDS = {"laichau", "laocai", "hoithao", "national"}
PHRASES = ['"chuyển đổi số"', '"dữ liệu dân cư"', '"chuyen doi so"', '"Đề án 06"', '"kinh tế số"', "du lieu dan cu",
           '"ngân sách nhà nước"', '"xã vùng cao"', '"Lào Cai"']


@pytest.fixture
def built(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    folder = write_articles(tmp_path / "in", ARTICLES)
    ix = tmp_path / "ix"
    code, out, _ = cli(capfd, "--index-dir", str(ix), "index", "--quiet", str(folder))
    assert code == 0 and "4 added" in out
    return ix, folder


def generation(ix: Path) -> Path:
    return next(p for p in ix.iterdir() if p.name.startswith("ix-"))


def segment(ix: Path) -> Path:
    return max((generation(ix) / "whoosh").glob("*.seg"), key=lambda p: p.stat().st_size)


def phrase_file(ix: Path) -> Path:
    return next((generation(ix) / "phrases").glob("*.bin"))


def column_file(ix: Path) -> Path:
    return next((generation(ix) / "columns").glob("*.bin"))


def truncate(path: Path) -> None:
    with open(path, "r+b") as f:
        f.truncate(path.stat().st_size // 2)


def garble(path: Path) -> None:
    """Overwrite bytes in the middle, keeping the size (what a bad copy or a stray write does)."""
    size = path.stat().st_size
    with open(path, "r+b") as f:
        for at in range(size // 8, size - 64, max(1, size // 16)):
            f.seek(at)
            f.write(os.urandom(48))


def found(ix: Path, capfd: pytest.CaptureFixture[str], query: str = "") -> set[str]:
    code, out, err = cli(capfd, "--index-dir", str(ix), "search", "--format", "json", "--limit", "50", query)
    assert code in (0, 1), err
    return {h["id"] for h in json.loads(out)["hits"]}


# --- meta.json ---------------------------------------------------------------------

META_DAMAGE: dict[str, Callable[[Path], None]] = {
    "missing": lambda ix: (ix / "meta.json").unlink(),
    "empty": lambda ix: (ix / "meta.json").write_text(""),
    "not JSON": lambda ix: (ix / "meta.json").write_text("{\"active\": \"ix-00"),
    "wrong types": lambda ix: (ix / "meta.json").write_text(json.dumps({"schema_version": "7", "active": 5, "sources": "x"})),
    "a list": lambda ix: (ix / "meta.json").write_text("[1, 2, 3]"),
    "dangling active": lambda ix: (ix / "meta.json").write_text(json.dumps({"schema_version": 7, "active": "ix-000042"})),
    "path in active": lambda ix: (ix / "meta.json").write_text(json.dumps({"schema_version": 7, "active": "../../etc"})),
    "nested deep": lambda ix: (ix / "meta.json").write_text("[" * 100_000 + "]" * 100_000),
}


@pytest.mark.parametrize("damage", sorted(META_DAMAGE))
def test_a_damaged_meta_json_is_recovered_by_reads_without_writing(built, capfd, damage):
    ix, folder = built
    META_DAMAGE[damage](ix)
    before = tree(ix)
    code, out, err = cli(capfd, "--index-dir", str(ix), "search", "chuyển đổi số")
    assert code == 0 and "Traceback" not in err + out
    assert "laichau" in out and "hoithao" in out  # the real index, not a freshly built one of the seeds
    assert "newest intact index" in " ".join((out + err).split())  # said so (Rich wraps the note)
    assert found(ix, capfd) == IDS
    code, out, err = cli(capfd, "--index-dir", str(ix), "show", "national")
    assert code == 0 and "Đề án 06" in out
    assert tree(ix) == before  # reads never write: nothing deleted, nothing rebuilt, nothing repaired

    code, out, err = cli(capfd, "--index-dir", str(ix), "index", "--quiet", str(folder))
    assert code == 0 and "0 added, 0 updated, 4 unchanged, 0 removed" in out
    assert json.loads((ix / "meta.json").read_text())["active"] == generation(ix).name  # the explicit run mends it
    code, out, err = cli(capfd, "--index-dir", str(ix), "search", "chuyển đổi số")
    assert code == 0 and "intact" not in out + err


def test_no_meta_and_no_intact_generation_is_an_error_that_deletes_nothing(built, capfd):
    ix, folder = built
    (ix / "meta.json").unlink()
    truncate(segment(ix))
    before = tree(ix)
    for argv in (["search", "x"], ["show", "national"], ["index", str(folder)]):
        code, out, err = cli(capfd, "--index-dir", str(ix), *argv)
        assert code != 0 and not out.strip()
        assert_one_line_error(err, "briefing-tui index --rebuild")
        assert tree(ix) == before, argv
    code, out, err = cli(capfd, "--index-dir", str(ix), "index", "--rebuild", "--quiet", str(folder))
    assert code == 0, err
    assert found(ix, capfd) == IDS


def test_an_outdated_index_whose_sources_moved_is_not_rebuilt_by_a_read(built, capfd):
    ix, folder = built
    meta = json.loads((ix / "meta.json").read_text())
    meta["schema_version"] = 1
    (ix / "meta.json").write_text(json.dumps(meta))
    folder.rename(folder.with_name("moved"))
    before = tree(ix)
    for argv in (["search", "chuyển đổi số"], ["show", "national"]):
        code, _out, err = cli(capfd, "--index-dir", str(ix), *argv)
        assert code != 0
        assert_one_line_error(err, "another version", "briefing-tui index --rebuild")
    assert tree(ix) == before  # the old articles are all still there


# --- the files of a generation --------------------------------------------------------

WHOOSH_DAMAGE: dict[str, Callable[[Path], None]] = {
    "segment truncated": lambda ix: truncate(segment(ix)),
    "segment garbled": lambda ix: garble(segment(ix)),
    "segment deleted": lambda ix: segment(ix).unlink(),
    "manifest deleted": lambda ix: next(generation(ix).glob("manifest-*.json")).unlink(),
    "manifest garbled": lambda ix: next(generation(ix).glob("manifest-*.json")).write_text('{"version": 1, "files": 3}'),
    "foreign table of contents": lambda ix: (generation(ix) / "whoosh" / "_MAIN_99.toc").write_bytes(os.urandom(300)),
    "whoosh folder deleted": lambda ix: __import__("shutil").rmtree(generation(ix) / "whoosh"),
    # the column file (facets, dates, stories: columns.py) is needed by every search
    "column file truncated": lambda ix: truncate(column_file(ix)),
    "column file garbled": lambda ix: garble(column_file(ix)),
    "column file deleted": lambda ix: column_file(ix).unlink(),
}


@pytest.mark.parametrize("damage", sorted(WHOOSH_DAMAGE))
def test_damaged_index_files_give_one_line_naming_the_cure_and_rebuild_mends_them(built, capfd, damage):
    ix, folder = built
    WHOOSH_DAMAGE[damage](ix)
    before = tree(ix)
    for argv in (["search", "chuyển đổi số"], ["show", "national"], ["search", ""]):
        code, out, err = cli(capfd, "--index-dir", str(ix), *argv)
        assert code == 4 and not out.strip(), (argv, code)  # an index error, not "no results"
        assert_one_line_error(err, "briefing-tui index --rebuild")
    code, _out, err = cli(capfd, "--index-dir", str(ix), "index", str(folder))
    assert code != 0  # a plain run does not build on a damaged index, nor replace it
    assert_one_line_error(err, "--rebuild")
    assert tree(ix) == before
    code, _out, err = cli(capfd, "--index-dir", str(ix), "index", "--rebuild", "--quiet", str(folder))
    assert code == 0, err
    assert found(ix, capfd) == IDS
    assert len([p for p in ix.iterdir() if p.name.startswith("ix-")]) == 1


@pytest.mark.parametrize("where", [0, 16, 28])
def test_a_column_file_garbled_under_its_seal_is_refused_when_opened(built, capfd, where):
    """Bytes changed with the file's size and stamp kept (what the manifest cannot see): the magic (at
    0), the document count (16), a section's length (28) are checked when the file is mapped."""
    ix, folder = built
    path = column_file(ix)
    st = path.stat()
    with open(path, "r+b") as f:
        f.seek(where)
        f.write(b"\xff\xff\xff\x7f")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    for argv in (["search", "chuyển đổi số"], ["search", ""], ["show", "national"]):
        code, out, err = cli(capfd, "--index-dir", str(ix), *argv)
        assert code == 4 and not out.strip(), (argv, code)
        assert_one_line_error(err, "column file", "briefing-tui index --rebuild")
    code, _out, err = cli(capfd, "--index-dir", str(ix), "index", "--rebuild", "--quiet", str(folder))
    assert code == 0, err
    assert found(ix, capfd) == IDS


def test_a_column_file_whose_postings_by_document_disagree_is_refused_when_opened(built, capfd):
    """The provinces' postings by document (column file version 3) end past their section, the file's size
    and stamp kept: refused when mapped, like the other sections, not a count read from the wrong bytes."""
    from briefing_tui.search.embedded.columns import HEADER, SECTIONS

    ix, _folder = built
    path = column_file(ix)
    st = path.stat()
    lengths = HEADER.unpack_from(path.read_bytes(), 0)[4:]
    at = SECTIONS.index("prov.by_doc_starts")
    where = HEADER.size + 4 * sum(lengths[:at]) + 4 * (lengths[at] - 1)  # its last start
    with open(path, "r+b") as f:
        f.seek(where)
        f.write(b"\xff\xff\xff\x7f")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    for argv in (["search", "chuyển đổi số"], ["search", ""]):
        code, out, err = cli(capfd, "--index-dir", str(ix), *argv)
        assert code == 4 and not out.strip(), (argv, code)
        assert_one_line_error(err, "column file", "briefing-tui index --rebuild")


def test_a_column_file_whose_officials_aliases_name_no_official_is_refused_when_opened(tmp_path, capfd):
    """The officials' short names filed under full ones (column file version 4) are value indexes: one past
    the officials' values, the file's size and stamp kept, is refused when mapped, not a name read from
    the wrong bytes."""
    from briefing_tui.search.embedded.columns import HEADER, SECTIONS

    folder = write_articles(tmp_path / "in", {
        "a.txt": "Nga bàn về kinh tế\n\nTổng thống Nga Vladimir Putin phát biểu về kinh tế tại Moskva.",
        "b.txt": "Kinh tế Nga\n\nTổng thống Putin cho biết kinh tế Nga tăng trưởng trong quý đầu năm.",
    })
    ix = tmp_path / "ix"
    code, _out, err = cli(capfd, "--index-dir", str(ix), "index", "--quiet", str(folder))
    assert code == 0, err
    code, out, _err = cli(capfd, "--index-dir", str(ix), "search", "", "--format", "json")
    assert code == 0 and '"Vladimir Putin"' in out and '"Putin"' not in out
    path = column_file(ix)
    st = path.stat()
    lengths = HEADER.unpack_from(path.read_bytes(), 0)[4:]
    at = SECTIONS.index("official.aliases")
    assert lengths[at] == 2  # one pair: "Putin" → "Vladimir Putin"
    with open(path, "r+b") as f:
        f.seek(HEADER.size + 4 * sum(lengths[:at]) + 4)  # the full name's index
        f.write(b"\x07\x00\x00\x00")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    code, out, err = cli(capfd, "--index-dir", str(ix), "search", "")
    assert code == 4 and not out.strip()
    assert_one_line_error(err, "column file", "aliases", "briefing-tui index --rebuild")


@pytest.mark.parametrize("where", ["count", "offset"])
def test_a_column_file_whose_frequency_rows_disagree_is_refused_when_opened(built, capfd, where):
    """The commonest terms' frequency rows (column file version 5): a term's document count past the index's
    documents, or its text's end past the terms, the file's size and stamp kept, is refused when mapped —
    not a score read from the wrong bytes."""
    from briefing_tui.search.embedded.columns import HEADER, SECTIONS

    ix, _folder = built
    path = column_file(ix)
    st = path.stat()
    lengths = HEADER.unpack_from(path.read_bytes(), 0)[4:]
    at = SECTIONS.index("rows.text.df" if where == "count" else "rows.text.offsets")
    assert lengths[SECTIONS.index("rows.text.df")] >= 1  # "số", "dân", "dữ", "liệu": in half the articles
    with open(path, "r+b") as f:
        f.seek(HEADER.size + 4 * sum(lengths[:at]) + 4 * (lengths[at] - 1))  # its last value
        f.write(b"\xff\xff\xff\x7f")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    for argv in (["search", "chuyển đổi số"], ["search", ""]):
        code, out, err = cli(capfd, "--index-dir", str(ix), *argv)
        assert code == 4 and not out.strip(), (argv, code)
        assert_one_line_error(err, "column file", "frequency rows", "briefing-tui index --rebuild")


@pytest.mark.parametrize("damage", ["truncated", "garbled", "deleted"])
def test_a_damaged_phrase_file_never_gives_wrong_results_and_index_repairs_it(built, capfd, damage):
    ix, folder = built
    baseline = {q: found(ix, capfd, q) for q in PHRASES}
    assert all(baseline.values())
    path = phrase_file(ix)
    {"truncated": truncate, "garbled": garble, "deleted": Path.unlink}[damage](path)
    for query, ids in baseline.items():
        code, out, err = cli(capfd, "--index-dir", str(ix), "search", "--format", "json", query)
        result = json.loads(out)
        assert {h["id"] for h in result["hits"]} == ids, query  # the same answer, the slow way
        assert any("briefing-tui index" in n for n in result["notices"])  # and said so
    code, out, err = cli(capfd, "--index-dir", str(ix), "index", "--quiet", str(folder))
    assert code == 0 and "4 unchanged" in out, err
    for query, ids in baseline.items():
        code, out, _ = cli(capfd, "--index-dir", str(ix), "search", "--format", "json", query)
        assert {h["id"] for h in json.loads(out)["hits"]} == ids and not json.loads(out)["notices"]
    sealed = manifest.read(generation(ix), SearchService(Config(), ix).info().generation)
    assert manifest.check(generation(ix), sealed) == []


def test_leftovers_of_a_run_that_never_committed_are_ignored_then_removed(built, capfd):
    ix, folder = built
    gen = generation(ix)
    (gen / "whoosh" / "MAIN_zzzzleftover.seg").write_bytes(os.urandom(4096))
    (gen / "phrases" / "p000099-0.bin").write_bytes(os.urandom(4096))
    (gen / "columns" / "c000099.bin").write_bytes(os.urandom(4096))
    (gen / "manifest-000099.json").write_text("{}")
    (ix / "ix-999999").mkdir()
    assert found(ix, capfd, '"chuyển đổi số"') == {"laichau", "hoithao"}
    code, _out, err = cli(capfd, "--index-dir", str(ix), "index", "--quiet", str(folder))
    assert code == 0, err
    assert not (gen / "whoosh" / "MAIN_zzzzleftover.seg").exists()
    assert not (gen / "phrases" / "p000099-0.bin").exists() and not (gen / "columns" / "c000099.bin").exists()
    assert not (gen / "manifest-000099.json").exists() and not (ix / "ix-999999").exists()
    assert found(ix, capfd) == IDS


REBUILD_DAMAGE = {**{f"meta {k}": v for k, v in META_DAMAGE.items()}, **WHOOSH_DAMAGE,
                  "generation is a file": lambda ix: (__import__("shutil").rmtree(generation(ix)), generation_file(ix))}


def generation_file(ix: Path) -> None:
    (ix / "ix-000001").write_text("not a folder")


@pytest.mark.parametrize("damage", sorted(REBUILD_DAMAGE))
def test_rebuild_succeeds_on_any_damage(built, capfd, damage):
    ix, folder = built
    REBUILD_DAMAGE[damage](ix)
    code, out, err = cli(capfd, "--index-dir", str(ix), "index", "--rebuild", "--quiet", str(folder))
    assert code == 0, err
    assert "4 added" in out
    assert found(ix, capfd) == IDS


def test_the_app_opens_an_index_with_a_damaged_meta_json_and_reindex_mends_it(built, seed_service):
    import asyncio

    from briefing_tui.tui.app.main import make_app

    ix, _folder = built
    (ix / "meta.json").write_text("{ garbage")
    app = make_app(Config(), ix, language="en")

    async def main() -> None:
        async with app.run_test(size=(160, 50)) as pilot:
            for _ in range(200):
                if app.main.result is not None:
                    break
                await pilot.pause(0.05)
            assert app.main.result is not None and {h.id for h in app.main.result.hits} == IDS
            app.main.action_reindex()  # the palette's "Re-index the corpus": the configured corpus (the seeds)
            for _ in range(400):
                if any("Index ready" in n.message for n in app._notifications):
                    break
                await pilot.pause(0.05)
            assert app.is_running
            assert any("Index ready" in n.message for n in app._notifications)

    asyncio.run(main())
    assert json.loads((ix / "meta.json").read_text())["active"].startswith("ix-")
    service = SearchService(Config(), ix)
    assert service.search(Query("")).total == 4 + 5  # the seeds were added, nothing was lost
    service.close()


def test_a_copied_index_is_checked_in_full_until_index_restamps_it(built, capfd, tmp_path):
    import shutil

    ix, folder = built
    copy = tmp_path / "copy"
    shutil.copytree(ix, copy)  # new inodes and times: the stamps no longer match
    gen = generation(copy)
    sealed = manifest.read(gen, SearchService(Config(), copy).info().generation)
    assert not all(s.matches_stamp((gen / n).stat()) for n, s in sealed.files.items())
    assert manifest.check(gen, sealed) == []  # same bytes: nothing damaged
    assert found(copy, capfd) == IDS
    code, out, err = cli(capfd, "--index-dir", str(copy), "index", "--quiet", str(folder))
    assert code == 0 and "4 unchanged" in out, err
    fresh = manifest.read(gen, sealed.generation)
    assert all(s.matches_stamp((gen / n).stat()) for n, s in fresh.files.items())
    assert {n: (s.size, s.crc32) for n, s in fresh.files.items()} == {n: (s.size, s.crc32) for n, s in sealed.files.items()}
