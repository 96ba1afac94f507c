"""``briefing-tui brief`` and ``briefing-tui saved`` through ``main(argv)``: real indexes, real files."""

from __future__ import annotations

import csv
import io
import json

import pytest
from helpers import SEED, assert_one_line_error, cli, write_articles
from markdown_it import MarkdownIt

from briefing_tui.search import Draft, SavedSearches
from briefing_tui.tui.cli import main


@pytest.fixture
def ix(tmp_path, capfd):  # type: ignore[no-untyped-def]
    index_dir = tmp_path / "ix"
    assert main(["--index-dir", str(index_dir), "index", "--quiet"]) == 0
    capfd.readouterr()
    return str(index_dir)


def tokens(markdown: str) -> list:  # type: ignore[type-arg]
    return MarkdownIt("commonmark").enable("table").parse(markdown)


def test_brief_prints_a_cited_markdown_briefing_of_the_query(ix, capfd):
    code, out, err = cli(capfd, "--index-dir", ix, "brief", "Đề án 06")
    assert code == 0 and err == ""
    assert out.startswith("# Đề án 06\n")
    assert "2 articles match; all of them (relevance)" in out
    parsed = tokens(out)
    headings = [parsed[i + 1].content for i, t in enumerate(parsed) if t.type == "heading_open"]
    assert headings[-1] == "Sources" and "Articles" in headings
    # every citation link points at an anchor of the sources list, and both articles are cited
    links = {t.attrGet("href") for t in parsed if t.type == "inline" for t in (t.children or [])
             if t.type == "link_open"}
    assert {"#source-1", "#source-2"} <= links
    assert SEED["national"] in out and "**Đề án 06**" in out


def test_brief_takes_the_search_filters_and_says_so(ix, capfd):
    code, out, _ = cli(capfd, "--index-dir", ix, "brief", "chuyển đổi số", "--province", "Hà Giang", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["filters"] == [{"facet": "written", "value": "Hà Giang"}]  # merged away in 2025: as written
    assert [a["id"] for a in data["articles"]] == [SEED["hagiang"]]
    code, out, _ = cli(capfd, "--index-dir", ix, "brief", "chuyển đổi số", "--province", "Hà Giang")
    assert "Filters: province as written: Hà Giang. 1 article matches; all of them (relevance)" in out.splitlines()[2]


def test_brief_of_ids_as_csv_reads_back_field_by_field(ix, capfd):
    code, out, _ = cli(capfd, "--index-dir", ix, "brief", "--ids", SEED["national"], SEED["laichau"], "--format", "csv")
    assert code == 0 and out.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(out[1:])))
    assert rows and {r["article id"] for r in rows} <= {SEED["national"], SEED["laichau"]}
    assert all(r["value"] and r["sentence"] for r in rows)
    # the ids' order is the briefing's order
    assert rows[0]["article id"] == SEED["national"]


def test_brief_writes_a_file_and_never_replaces_one_without_force(ix, capfd, tmp_path):
    target = tmp_path / "out" / "brief.md"
    code, out, err = cli(capfd, "--index-dir", ix, "brief", "CSDL", "-o", str(target))
    assert code == 0 and out == ""
    assert_one_line_error(err, "wrote", str(target), "article")
    first = target.read_text(encoding="utf-8")
    assert first.startswith("# CSDL\n")
    target.write_text("my notes", encoding="utf-8")
    code, out, err = cli(capfd, "--index-dir", ix, "brief", "CSDL", "-o", str(target))
    assert code == 2
    assert_one_line_error(err, str(target), "--force")
    assert target.read_text(encoding="utf-8") == "my notes"
    code, _, _ = cli(capfd, "--index-dir", ix, "brief", "CSDL", "-o", str(target), "--force")
    assert code == 0 and target.read_text(encoding="utf-8").startswith("# CSDL\n")


def test_brief_of_nothing_writes_nothing(ix, capfd, tmp_path):
    target = tmp_path / "none.md"
    code, out, err = cli(capfd, "--index-dir", ix, "brief", "zzkhongcozz", "-o", str(target))
    assert code == 1 and out == "" and not target.exists()
    assert_one_line_error(err, "no articles match", "zzkhongcozz", "nothing written")
    code, out, err = cli(capfd, "--index-dir", ix, "brief")
    assert code == 2 and out == ""
    assert_one_line_error(err, "needs a query")
    code, out, err = cli(capfd, "--index-dir", ix, "brief", "--ids", "no-such-id")
    assert code == 1
    assert_one_line_error(err, "no-such-id")


def test_brief_picked_uses_the_apps_draft(ix, capfd):
    code, _, err = cli(capfd, "--index-dir", ix, "brief", "--picked")
    assert code == 2
    assert_one_line_error(err, "nothing is picked")
    draft = Draft.default()
    draft.toggle(SEED["tuyenquang"])
    draft.toggle(SEED["national"], 0)
    code, out, _ = cli(capfd, "--index-dir", ix, "brief", "--picked", "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert data["picked"] is True
    assert [a["id"] for a in data["articles"]] == [SEED["tuyenquang"], SEED["national"]]
    assert len(data["articles"][1]["figures"]) == 1
    assert Draft.default().picks == draft.picks  # a read: the draft is kept


def test_saved_add_list_run_delete(ix, capfd, tmp_path):
    code, out, _ = cli(capfd, "--index-dir", ix, "saved", "list")
    assert code == 1 and "no saved searches yet" in out
    code, out, _ = cli(capfd, "--index-dir", ix, "saved", "add", "Đề án 06 ở Hà Nội", '"Đề án 06"',
                       "--province", "Hà Nội", "--sort", "date")
    assert code == 0 and out.startswith("saved 'Đề án 06 ở Hà Nội'")
    saved = SavedSearches.default().load()
    assert [(s.name, s.query, s.filters, s.sort) for s in saved] == \
        [("Đề án 06 ở Hà Nội", '"Đề án 06"', {"province": ("Hà Nội",)}, "date")]
    code, out, _ = cli(capfd, "--index-dir", ix, "saved", "list")
    assert code == 0 and out.split("\t")[:3] == ["Đề án 06 ở Hà Nội", "1 article", "never run"]
    code, out, _ = cli(capfd, "--index-dir", ix, "saved", "run", "Đề án 06 ở Hà Nội", "--format", "json")
    assert code == 0 and [h["id"] for h in json.loads(out)["hits"]] == [SEED["national"]]
    code, out, _ = cli(capfd, "--index-dir", ix, "saved", "list")
    assert out.split("\t")[:3] == ["Đề án 06 ở Hà Nội", "1 article", "0 new"]
    # one more matching article arrives: the list says so until the search runs again
    more = write_articles(tmp_path / "more", {"moi.txt": (
        "Hà Nội đẩy mạnh Đề án 06\n\nNgày 02/01/2023, UBND thành phố Hà Nội họp về Đề án 06 "
        "và dữ liệu dân cư.\n")})
    assert main(["--index-dir", ix, "index", "--quiet", str(more)]) == 0
    capfd.readouterr()
    code, out, _ = cli(capfd, "--index-dir", ix, "saved", "list")
    assert out.split("\t")[:3] == ["Đề án 06 ở Hà Nội", "2 articles", "1 new"]
    cli(capfd, "--index-dir", ix, "saved", "run", "Đề án 06 ở Hà Nội")
    code, out, _ = cli(capfd, "--index-dir", ix, "saved", "list")
    assert out.split("\t")[:3] == ["Đề án 06 ở Hà Nội", "2 articles", "0 new"]
    code, out, _ = cli(capfd, "--index-dir", ix, "saved", "add", "Đề án 06 ở Hà Nội", "x")
    assert code == 2
    code, out, err = cli(capfd, "--index-dir", ix, "saved", "delete", "nope")
    assert code == 1
    assert_one_line_error(err, "no saved search named 'nope'", "Đề án 06 ở Hà Nội")
    code, out, _ = cli(capfd, "--index-dir", ix, "saved", "delete", "Đề án 06 ở Hà Nội")
    assert code == 0 and SavedSearches.default().load() == []


def test_saved_run_prints_what_search_prints(ix, capfd):
    cli(capfd, "--index-dir", ix, "saved", "add", "số", "chuyển đổi số", "--date", "2021")
    _, ran, _ = cli(capfd, "--index-dir", ix, "saved", "run", "số", "--format", "json")
    _, searched, _ = cli(capfd, "--index-dir", ix, "search", "chuyển đổi số", "--date", "2021", "--format", "json")
    ran_data, searched_data = json.loads(ran), json.loads(searched)
    assert ran_data["hits"] and ran_data["hits"] == searched_data["hits"]
    assert ran_data["facets"] == searched_data["facets"]


def test_saved_add_refuses_a_bad_filter_and_a_broken_file_is_one_line(ix, capfd):
    code, _, err = cli(capfd, "--index-dir", ix, "saved", "add", "x", "y", "--date", "20222-99")
    assert code == 2 and SavedSearches.default().load() == []
    path = SavedSearches.default().path
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("a: [unclosed\n", encoding="utf-8")
    for argv in (("saved", "list"), ("saved", "run", "a"), ("saved", "add", "b", "c")):
        code, out, err = cli(capfd, "--index-dir", ix, *argv)
        assert code == 2 and out == ""
        assert_one_line_error(err, str(path), "not valid YAML", "fix or remove it")
    assert path.read_text(encoding="utf-8") == "a: [unclosed\n"
