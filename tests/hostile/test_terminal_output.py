"""The command line on hostile text: nothing from an article, a file name or a query drives the terminal.

Each command runs through ``main(argv)`` with its stdout and stderr captured at
the file descriptors (what a terminal would receive). Colour is off
(``NO_COLOR``, ``TERM=dumb``, not a tty), so any ESC in the output came from data.
For every output: the exit code, no traceback, no control character, the
payload shown in its inert form (``␛]2;PWNED…``, brackets kept), and messages
on one line.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hostile.hostile_cases import CASES, OSC_CLIPBOARD, OSC_TITLE, Case, write_jsonl

from briefing_tui.search import visible
from briefing_tui.tui.cli import main


@pytest.fixture(autouse=True)
def plain_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    monkeypatch.setenv("COLUMNS", "400")  # no wrapping inside the payloads


def run(capfd: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def usage_error(capfd: pytest.CaptureFixture[str], *argv: str) -> str:
    """argparse's exit 2; returns its error line."""
    with pytest.raises(SystemExit) as exc:
        main(list(argv))
    out, err = capfd.readouterr()
    assert exc.value.code == 2 and out == ""
    lines = err.splitlines()
    assert len(lines) == 2 and lines[0].startswith("usage:") and lines[1].startswith("briefing-tui"), err
    return lines[1]


# --- articles -----------------------------------------------------------------------------------


def test_show_text(hostile_index, case: Case, capfd, no_control):
    code, out, err = run(capfd, "--index-dir", str(hostile_index), "show", case.id, "--query", case.keyword)
    assert code == 0 and err == ""
    no_control(out)
    assert out.count(case.shown) >= 4  # id, title, body, figure sentence (and source, url)
    assert f"Tiêu đề {case.keyword}" in out and "10,2%" in out


def test_show_keeps_text_in_square_brackets_in_the_figures_table(tmp_path, capfd):
    # what a figure measures is the phrase before it since issue 12: the brackets go there
    record = {"id": "brackets", "title": "Hộ nghèo", "date": "2022-06-01",
              "body": "Tỷ lệ hộ nghèo [tên cũ là Hà Giang] giảm còn 10,2% trong năm nay.\n"}
    source = tmp_path / "b.jsonl"
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    index_dir = tmp_path / "ix"
    assert run(capfd, "--index-dir", str(index_dir), "index", str(source), "--quiet")[0] == 0
    code, out, _ = run(capfd, "--index-dir", str(index_dir), "show", "brackets")
    assert code == 0
    figures = out[out.index("Key figures"):]
    assert "Tỷ lệ hộ nghèo [tên cũ là Hà Giang]" in figures


def test_show_json(hostile_index, case: Case, capfd, no_control):
    code, out, err = run(capfd, "--index-dir", str(hostile_index), "show", case.id, "--format", "json")
    assert code == 0 and err == ""
    no_control(out)
    data = json.loads(out)
    assert data["id"] == case.id and case.raw in data["title"]  # escaped, not altered


def test_search_text(hostile_index, case: Case, capfd, no_control):
    code, out, err = run(capfd, "--index-dir", str(hostile_index), "search", case.keyword)
    assert code == 0 and err == ""
    no_control(out)
    assert out.splitlines()[0].startswith("1 article")
    assert out.count(case.shown) >= 2  # title, snippet or id


def test_search_json(hostile_index, case: Case, capfd, no_control):
    code, out, err = run(capfd, "--index-dir", str(hostile_index), "search", case.keyword, "--format", "json")
    assert code == 0 and err == ""
    no_control(out)
    hit = json.loads(out)["hits"][0]
    assert hit["id"] == case.id and case.raw in hit["title"]


MD_LINE = re.compile(
    r"# Kết quả / Results: .*|Filters: .*|1 article( · .*)? · \d+ ms|[\d,]+ articles( · .*)? · \d+ ms|Did you mean: .*|\d+\. \*\*.*|   > .*|"
)
"""Every line a Markdown list of results may have: a heading, the filters, the count ("1 article"), a
suggestion, a list item, its quoted snippet, a blank."""
CODE_SPAN = re.compile(r"(`+) .*? \1|(`+)[^` ][^`]*?\2")
"""An id is shown as a code span, where "<" is literal text, not HTML."""


def test_search_markdown(hostile_index, case: Case, capfd, no_control):
    code, out, err = run(capfd, "--index-dir", str(hostile_index), "search", case.keyword, "--format", "md")
    assert code == 0 and err == ""
    no_control(out)
    lines = out.splitlines()
    assert [line for line in lines if not MD_LINE.fullmatch(line)] == []
    assert sum(1 for line in lines if line.startswith("#")) == 1
    assert sum(1 for line in lines if re.match(r"\d+\. ", line)) == 1
    prose = CODE_SPAN.sub("", out)
    assert "<" not in prose and ">" not in prose.replace("   > ", "")  # no raw HTML, no extra quote


def test_markdown_of_the_whole_hostile_index(hostile_index, capfd, no_control):
    code, out, _ = run(capfd, "--index-dir", str(hostile_index), "search", "", "--format", "md", "--limit", "50")
    assert code == 0
    no_control(out)
    lines = out.splitlines()
    assert [line for line in lines if not MD_LINE.fullmatch(line)] == []
    assert sum(1 for line in lines if re.match(r"\d+\. ", line)) == 11
    assert "&lt;img src=x onerror=alert(1)&gt; &amp;amp;" in out


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_brief_of_a_hostile_article(hostile_index, case: Case, fmt, capfd, no_control):
    """`brief` prints article text to the terminal too: inert in every format, the ids kept exact."""
    code, out, err = run(capfd, "--index-dir", str(hostile_index), "brief", "--ids", case.id, "--format", fmt)
    assert code == 0 and err == ""
    if fmt == "csv":  # the format's own framing, not data: a byte-order mark, CRLF between records
        assert out.startswith("\ufeff")
        out = out[1:].replace("\r\n", "\n")
    no_control(out)
    if fmt == "json":
        data = json.loads(out)
        assert data["articles"][0]["id"] == case.id and case.raw in data["articles"][0]["title"]
    else:
        assert case.shown in out or case.id in out


def test_brief_markdown_of_the_whole_hostile_index_keeps_its_structure(hostile_index, capfd, no_control):
    from markdown_it import MarkdownIt

    code, out, _ = run(capfd, "--index-dir", str(hostile_index), "brief", "--ids", *[c.id for c in CASES])
    assert code == 0
    no_control(out)
    tokens = MarkdownIt("commonmark").enable("table").parse(out)
    assert not [t for t in tokens if t.type in ("html_block", "html_inline")]
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open" and t.tag == "h2"]
    assert headings[0] == "Articles" and headings[-1] == "Sources"


@pytest.fixture
def case_file(tmp_path: Path, case: Case) -> Path:
    return write_jsonl(tmp_path / "one.jsonl", [case])


def test_extract_text(case_file, case: Case, capfd, no_control):
    code, out, err = run(capfd, "extract", str(case_file))
    assert code == 0 and err == ""
    no_control(out)
    assert out.count(case.shown) >= 3  # id, title, figure sentence (and source, url)


def test_extract_json(case_file, case: Case, capfd, no_control):
    code, out, err = run(capfd, "extract", str(case_file), "--format", "json")
    assert code == 0 and err == ""
    no_control(out)
    (article,) = json.loads(out)
    assert article["id"] == case.id and case.raw in article["title"]


# --- file names ----------------------------------------------------------------------------------


def test_index_skip_report_shows_file_names_inert(tmp_path, capfd, no_control):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Một bài viết bình thường.", encoding="utf-8")
    (folder / f"osc{OSC_TITLE}.txt").write_bytes(b"caf\xe9 au lait\n")  # not UTF-8: skipped with its name
    (folder / f"clip{OSC_CLIPBOARD}\nsecond line.txt").write_bytes(b"\xe9t\xe9\n")
    code, out, err = run(capfd, "--index-dir", str(tmp_path / "ix"), "index", "--quiet", str(folder))
    assert code == 0
    no_control(out + err)
    assert "1 added" in out and "2 skipped" in out
    skips = out[out.index("skipped:\n") + len("skipped:\n"):].splitlines()
    assert len(skips) == 2  # one line per skip, whatever the name holds
    assert f"osc{visible(OSC_TITLE)}.txt: not UTF-8" in out
    assert f"clip{visible(OSC_CLIPBOARD)} second line.txt: not UTF-8" in out


def test_index_dir_name_in_messages_is_inert(tmp_path, capfd, no_control):
    index_dir = tmp_path / f"ix{OSC_TITLE}"
    code, out, err = run(capfd, "--index-dir", str(index_dir), "search", "Đề án 06")
    assert code == 0
    no_control(out + err)
    assert f"ix{visible(OSC_TITLE)}" in err and "5 added" in err


# --- error messages --------------------------------------------------------------------------------


@pytest.mark.parametrize("payload", [OSC_TITLE, OSC_CLIPBOARD, "\x9b2J", "[/]\nsecond line"], ids=["osc", "osc52", "c1", "newline"])
def test_query_errors_are_one_inert_line(hostile_index, payload, capfd, no_control):
    code, out, err = run(capfd, "--index-dir", str(hostile_index), "search", f'"{payload} xyz')
    assert code == 2 and out == ""
    no_control(err)
    assert err.count("\n") == 1 and "unbalanced quote" in err


@pytest.mark.parametrize("payload", [OSC_TITLE, "[/]\nsecond line", "\udcff"], ids=["osc", "newline", "undecodable-argv"])
def test_unknown_article_is_one_inert_line(hostile_index, payload, capfd, no_control):
    code, out, err = run(capfd, "--index-dir", str(hostile_index), "show", f"nope{payload}")
    assert code != 0 and out == ""
    no_control(err)
    assert err.count("\n") == 1 and err.startswith("briefing-tui: ") and "nope" in err


def test_argparse_errors_are_inert(capfd, no_control):
    line = usage_error(capfd, "search", "x", f"--bogus{OSC_TITLE}\nx")
    no_control(line)
    assert f"--bogus{visible(OSC_TITLE)} x" in line


def test_empty_index_dir_is_a_usage_error(capfd):
    line = usage_error(capfd, "--index-dir", "", "search", "x")
    assert "--index-dir" in line
