"""The command line through ``main(argv)``: outputs, formats and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import os_hosts, unique_index
from helpers import SEED, write_articles

from briefing_tui.search import Config, SearchService
from briefing_tui.tui.cli import main


@pytest.fixture
def where(backend, tmp_path):  # type: ignore[no-untyped-def]
    """``where(name)``: the arguments that put a command on the test's backend and its own index:
    ``--index-dir DIR`` (whoosh) or ``--config FILE`` naming the cluster and a fresh index (opensearch)."""
    made: list[str] = []

    def at(name: str = "ix") -> list[str]:
        if backend == "whoosh":
            return ["--index-dir", str(tmp_path / name)]
        index = unique_index(name)
        made.append(index)
        cfg = tmp_path / f"{name}.yaml"
        cfg.write_text(f"search:\n  backend: opensearch\nopensearch:\n  hosts: [{', '.join(os_hosts())}]\n"
                       f"  index: {index}\n", encoding="utf-8")
        return ["--config", str(cfg)]

    yield at
    if made:
        from opensearchpy import OpenSearch

        client = OpenSearch(hosts=list(os_hosts()))
        for index in made:
            client.indices.delete(index=index, ignore_unavailable=True)
        client.close()


@pytest.fixture
def seeded(where, capsys):  # type: ignore[no-untyped-def]
    """The seeds indexed on the test's backend; the arguments that reach them."""
    args = where()
    assert main([*args, "index", "--quiet"]) == 0
    capsys.readouterr()
    return args


@pytest.fixture
def seeded_dir(tmp_path, capsys):  # type: ignore[no-untyped-def]
    """The seeds in an embedded index (for what only it does: a write lock, "did you mean")."""
    index_dir = tmp_path / "ix"
    assert main(["--index-dir", str(index_dir), "index", "--quiet"]) == 0
    capsys.readouterr()
    return index_dir


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_search_text_output(seeded, capsys):
    code, out, err = run(capsys, *seeded, "search", "Đề án 06")
    assert code == 0
    assert out.splitlines()[0].startswith("2 articles · 1 with the exact phrase · ")
    assert SEED["national"] in out and "Đề án 06" in out
    assert err == ""


def test_search_json_output_is_the_documented_object(seeded, capsys):
    code, out, _ = run(capsys, *seeded, "search", "de an 06", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert {"version", "total", "phrase_total", "elapsed_ms", "hits", "facets", "suggestion"} <= set(data)
    assert data["version"] == 2
    assert data["total"] == 2 and data["phrase_total"] == 1 and data["suggestion"] == "Đề án 06"
    hit = data["hits"][0]
    assert {"id", "title", "date", "score", "provinces", "snippet"} <= set(hit)
    assert hit["id"] == SEED["national"]
    text = hit["snippet"]["text"]
    assert [text[a:b] for a, b in hit["snippet"]["spans"]] == ["Đề án 06"] * len(hit["snippet"]["spans"])
    assert {f["value"] for f in data["facets"]["province_2025"]} >= {"Tuyên Quang", "Lai Châu"}


def test_search_markdown_output(seeded, capsys):
    code, out, _ = run(capsys, *seeded, "search", "CSDL", "--format", "md", "--limit", "1")
    assert code == 0
    assert out.startswith("# ")
    assert "**CSDL**" in out or "**cơ sở dữ liệu**" in out
    assert out.count("\n1. ") == 1 and "\n2. " not in out


def test_filter_flags_mirror_the_query_fields(seeded, capsys):
    _, by_field, _ = run(capsys, *seeded, "search", 'province:"Tuyên Quang"', "--format", "json")
    _, by_flag, _ = run(capsys, *seeded, "search", "--province", "tuyen quang", "--format", "json")
    assert [h["id"] for h in json.loads(by_field)["hits"]] == [h["id"] for h in json.loads(by_flag)["hits"]]
    code, out, _ = run(capsys, *seeded, "search", "--date", "unknown", "--format", "json")
    assert code == 0 and all(h["date"] is None for h in json.loads(out)["hits"])


def test_no_results_exit_1_and_a_suggestion(seeded_dir, capsys):
    """The embedded backend only: OpenSearch offers no "did you mean" for misspellings (docs/performance.md)."""
    code, out, _ = run(capsys, "--index-dir", str(seeded_dir), "search", "chuyển đỏi")
    assert code == 1
    assert "0 articles" in out and "Did you mean: chuyển đổi?" in out


def test_no_results_exit_1(seeded, capsys):
    code, out, _ = run(capsys, *seeded, "search", "chuyển đỏi")
    assert code == 1 and "0 articles" in out


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"Đề án 06', "unbalanced quote"),
        ("foo:bar", "unknown field 'foo:'"),
        ("date:2022-13", "month 13"),
        ('province:"Narnia"', "unknown province"),
    ],
)
def test_bad_queries_exit_2_with_one_line(seeded, capsys, query, message):
    code, out, err = run(capsys, *seeded, "search", query)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err


def test_bad_arguments_exit_2(capsys):
    code = None
    with pytest.raises(SystemExit) as exc:
        main(["search", "x", "--limit", "0"])
    code = exc.value.code
    assert code == 2
    assert "must be at least 1" in capsys.readouterr().err


def test_search_builds_the_index_on_first_use(where, capsys):
    code, out, err = run(capsys, *where("fresh"), "search", "Tỉnh uỷ")
    assert code == 0
    assert "indexing the configured corpus" in err and "5 added" in err
    assert SEED["laocai"] in out


def test_index_reports_counts_and_skips(tmp_path, where, capsys):
    folder = write_articles(tmp_path / "in", {"a.txt": "Một bài.", "b.txt": "Bài khác."})
    (folder / "bad.txt").write_bytes(b"\xff\xfe\x00")
    at = where()
    code, out, _ = run(capsys, *at, "index", str(folder))
    assert code == 0
    assert "2 added, 0 updated, 0 unchanged, 0 removed, 1 skipped" in out
    assert f"{folder / 'bad.txt'}: binary file" in out
    code, out, _ = run(capsys, *at, "index", str(folder))
    assert "0 added, 0 updated, 2 unchanged" in out


def test_index_dir_from_the_environment(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("BRIEFING_TUI_INDEX_DIR", str(tmp_path / "env-ix"))
    assert main(["index", "--quiet"]) == 0
    assert SearchService(Config(), tmp_path / "env-ix").status() == "ok"


def test_locked_index_exit_3(seeded_dir, capsys, tmp_path):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("index:\n  lock_timeout: 0.2\n", encoding="utf-8")
    with SearchService(Config(), seeded_dir).store.write_lock(timeout=1):
        code, _, err = run(capsys, "--config", str(cfg), "--index-dir", str(seeded_dir), "index")
    assert code == 3 and "another process is updating the index" in err


def test_bad_config_is_named(tmp_path, capsys):
    cfg = tmp_path / "c.yaml"
    cfg.write_text("search:\n  limt: 3\n", encoding="utf-8")
    code, _, err = run(capsys, "--config", str(cfg), "search", "x")
    assert code == 2 and "unknown config key 'search.limt'" in err


def test_show_prints_one_article(seeded, capsys):
    code, out, _ = run(capsys, *seeded, "show", SEED["laichau"], "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["id"] == SEED["laichau"] and "Lai Châu" in data["provinces"]
    code, _, err = run(capsys, *seeded, "show", "nope")
    assert code == 1 and "no article with id 'nope'" in err


def test_help_lists_commands_and_examples(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for word in ("search", "index", "extract", "show", "examples:", "exit codes"):
        assert word in out


def test_console_script_runs(seeded):
    exe = subprocess.run(
        [sys.executable, "-m", "briefing_tui.tui.cli", *seeded, "search", "UBND", "--format", "json", "--limit", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert exe.returncode == 0, exe.stderr
    assert json.loads(exe.stdout)["total"] >= 1


def test_extract_json_on_files_folders_and_records(tmp_path, capsys):
    folder = write_articles(tmp_path / "in", {"one.txt": "Chủ tịch UBND tỉnh Trần Tiến Dũng chủ trì. Tỉnh Lai Châu có 132 điểm cầu."})
    records = tmp_path / "r.jsonl"
    records.write_text(
        json.dumps({"id": "r1", "title": "Đồng Nai thu hút vốn", "date": "2020-10-01", "body": "Đồng Nai thu hút 1,2 tỷ USD."}, ensure_ascii=False)
        + "\n{oops\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "extract", str(folder), str(records), "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [a["id"] for a in data] == ["one", "r1"]
    one = data[0]
    assert one["officials"][0]["name"] == "Trần Tiến Dũng" and one["main_province"] == "Lai Châu"
    start = one["body"].index("132 điểm cầu")
    assert one["figures"][0]["text"] == "132 điểm cầu" and one["figures"][0]["span"] == [start, start + 12]
    assert set(one) >= {"title", "display_title", "date", "source", "provinces", "provinces_2025", "flags"}
    assert data[1]["date"]["iso"] == "2020-10-01" and data[1]["figures"][0]["kind"] == "money"
    assert f"skipped {records}:2: invalid JSON" in err
    assert "Traceback" not in err


def test_extract_text_on_the_seeds(capsys):
    from briefing_tui.seeds import seed_dir

    code, out, _ = run(capsys, "extract", str(seed_dir() / "003_6e2d78e33ae689ca.txt"))
    assert code == 0
    for expected in ("Hội thảo chuyển đổi số", "24/06/2021 03:09", "Hà Giang (→ Tuyên Quang)", "Đặng Quốc Khánh", "80,53%"):
        assert expected in out


def test_extract_converts_legacy_encoded_text(tmp_path, capsys):
    """Issue 13: TCVN3 text is converted to Unicode, no longer refused."""
    legacy = tmp_path / "old.txt"
    legacy.write_text("Th\u00abng tin \u00b8p d\u00f4ng ch\u00d5 \u00a8n ninh, ®\u00a8ng k\u00fd. " * 10, encoding="utf-8")
    code, out, _ = run(capsys, "extract", str(legacy))
    assert code == 0 and "Thông tin áp dụng chế ăn ninh, đăng ký." in out


def test_the_reader_without_textual_is_one_line_and_a_failure(tmp_path):
    """An optional dependency of the app missing: said on one line, exit 1 (it printed the help, exit 0)."""
    code = (
        "import sys; sys.modules['textual'] = None  # as if it were not installed\n"
        "from briefing_tui.tui.cli import main\n"
        f"sys.exit(main(['--index-dir', {str(tmp_path / 'ix')!r}]))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert done.returncode == 1 and done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "textual" in lines[0] and lines[0].startswith("briefing-tui: ")
    assert "Traceback" not in done.stderr


def test_show_follows_the_no_index_yet_policy_of_every_command(where, capsys):
    """Where there is no index at all, `show` indexes the configured corpus first, as `search` does."""
    code, out, err = run(capsys, *where("fresh"), "show", SEED["laichau"])
    assert code == 0
    assert "indexing the configured corpus" in err and "5 added" in err
    assert "Lai Châu" in out


def test_extract_counts_one_paragraph_as_one(tmp_path, capsys):
    folder = write_articles(tmp_path / "in", {"one.txt": "Tỉnh Lai Châu có 132 điểm cầu."})
    code, out, _ = run(capsys, "extract", str(folder))
    assert code == 0
    assert "1 paragraph, " in out and "1 paragraphs" not in out


def test_official_and_source_flags_match_the_names_the_index_holds(seeded, capsys):
    _, by_field, _ = run(capsys, *seeded, "search", 'official:"Trần Tiến Dũng"', "--format", "json")
    _, by_flag, _ = run(capsys, *seeded, "search", "--official", "tran tien dung", "--format", "json")
    hits = [h["id"] for h in json.loads(by_field)["hits"]]
    assert hits == [SEED["laichau"]] and hits == [h["id"] for h in json.loads(by_flag)["hits"]]
    code, _, err = run(capsys, *seeded, "search", "--date", "2022-13")
    assert code == 2 and "month 13" in err


def test_index_with_no_paths_reads_the_seed_articles_and_skips_nothing(capsys, tmp_path):
    """The bundled seeds live in a Python package: its __init__.py is not reported as a skipped file."""
    code, out, err = run(capsys, "--index-dir", str(tmp_path / "ix"), "index")
    assert code == 0
    assert "5 added" in out + err and "0 skipped" in out + err and ".py" not in out + err


def test_a_feed_address_indexes_on_either_backend(where, capsys):
    """`index URL` reads a feed served on 127.0.0.1 into the embedded index and into the cluster alike;
    a second run adds nothing."""
    from formats.builders import Routes, feed_items, feed_server, rss, send

    with feed_server(Routes({"/rss": send(rss(feed_items(3)))})) as base:
        args = where()
        code, out, err = run(capsys, *args, "index", f"{base}/rss")
        assert code == 0 and "3 added" in out + err
        code, out, err = run(capsys, *args, "index", f"{base}/rss")
        assert code == 0 and "0 added" in out + err and "3 unchanged" in out + err
