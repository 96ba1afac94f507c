"""Briefings of the seeds: golden files compared byte for byte (the time fixed, the seeds' folder
replaced), the Markdown parsed by a CommonMark parser, the CSV read back, hostile text quoted safely.

The golden files were read by hand once. To write them again after a deliberate change:
``BRIEFING_UPDATE_GOLDEN=1 pytest tests/integration/test_briefing.py`` — then read the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import datetime, timedelta, timezone

import pytest
from helpers import ROOT, SEED
from markdown_it import MarkdownIt

from briefing_tui.search import (
    Config,
    Pick,
    Query,
    SearchService,
    briefing_to_csv,
    briefing_to_json,
    briefing_to_markdown,
)
from briefing_tui.seeds import seed_dir

GOLDEN = ROOT / "tests" / "golden"
NOW = datetime(2026, 11, 30, 9, 15, 2, tzinfo=timezone(timedelta(hours=7)))
PICKS = [Pick(SEED["tuyenquang"], (4, 0)), Pick(SEED["laichau"], (1,))]


def portable(text: str) -> str:
    """The seeds live wherever briefing-tui is installed: their folder is not part of the document's shape."""
    return text.replace(str(seed_dir()), "<seeds>")


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    text = portable(text)
    if os.environ.get("BRIEFING_UPDATE_GOLDEN"):
        path.write_bytes(text.encode("utf-8"))
    assert text == path.read_bytes().decode("utf-8"), f"{name} differs from the golden file"


@pytest.fixture(scope="module")
def query_briefing(seed_service):  # type: ignore[no-untyped-def]
    return seed_service.briefing(Query("chuyển đổi số", limit=3), now=NOW)


@pytest.fixture(scope="module")
def picked_briefing(seed_service):  # type: ignore[no-untyped-def]
    return seed_service.briefing(picks=PICKS, now=NOW)


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_golden_briefings(query_briefing, picked_briefing, fmt):
    render = {"md": briefing_to_markdown, "csv": briefing_to_csv, "json": briefing_to_json}[fmt]
    check_golden(f"query-chuyen-doi-so.{fmt}", render(query_briefing))
    check_golden(f"picked-two-seeds.{fmt}", render(picked_briefing))


def parse(markdown: str):  # type: ignore[no-untyped-def]
    return MarkdownIt("commonmark").enable("table").parse(markdown)


def test_the_markdown_is_the_document_we_meant(query_briefing):
    text = briefing_to_markdown(query_briefing)
    tokens = parse(text)
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert headings[0] == "chuyển đổi số" and headings[1] == "Articles" and headings[-1] == "Sources"
    assert headings[2:-1] == [f"{i.citation}. {i.article.shown_title}" for i in query_briefing.items]
    tables = [i for i, t in enumerate(tokens) if t.type == "table_open"]
    articles_rows = _rows(tokens, tables[0])
    assert articles_rows[0] == ["#", "Date", "Place", "Title", "Source"]
    assert len(articles_rows) == 1 + len(query_briefing.items)
    assert all(len(row) == 5 for row in articles_rows)
    # every citation links to an anchor of the sources list, and every source is cited
    links = {t.attrGet("href") for t in _inline_children(tokens) if t.type == "link_open"}
    anchors = {c.content for c in _inline_children(tokens) if c.type == "html_inline" and "id=" in c.content}
    cited = {f"#source-{i.citation}" for i in query_briefing.items}
    assert links == cited
    assert anchors == {f'<a id="source-{i.citation}">' for i in query_briefing.items}
    figure_tables = tables[1:]
    assert len(figure_tables) == sum(1 for i in query_briefing.items if i.figures)
    for start in figure_tables:
        rows = _rows(tokens, start)
        assert rows[0] == ["Figure", "Unit", "What it measures", "Sentence", "Cited"]
        assert all(len(row) == 5 for row in rows)


def _rows(tokens, start: int) -> list[list[str]]:  # type: ignore[no-untyped-def]
    rows, row = [], []
    for t in tokens[start:]:
        if t.type == "table_close":
            break
        if t.type == "tr_open":
            row = []
        elif t.type == "inline":
            row.append(t.content)
        elif t.type == "tr_close":
            rows.append(row)
    return rows


def _inline_children(tokens):  # type: ignore[no-untyped-def]
    return [c for t in tokens if t.type == "inline" for c in (t.children or [])]


def test_the_csv_reads_back_field_by_field(picked_briefing):
    text = briefing_to_csv(picked_briefing)
    assert text.startswith("\ufeff") and "\r\n" in text
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    figures = [(i.article, f) for i in picked_briefing.items for f in i.figures]
    assert len(rows) == len(figures) == 3
    for row, (article, figure) in zip(rows, figures):
        assert row["article id"] == article.id and row["title"] == article.shown_title
        assert float(row["value"]) == figure.value and row["unit"] == (figure.unit or "")
        assert row["kind"] == figure.kind and row["sentence"] == figure.sentence
        assert row["what it measures"] == (figure.context or figure.sentence)
    tuyenquang = rows[0]
    assert tuyenquang["date"] == "2024" and tuyenquang["date precision"] == "approximate"
    assert rows[2]["date"] == "2022-04-27" and rows[2]["source"] == "Nguyễn Chanh / www.laichau.gov.vn"


def test_the_json_is_versioned_and_whole(picked_briefing):
    data = json.loads(briefing_to_json(picked_briefing))
    assert data["version"] == 1 and data["picked"] is True and data["made_at"] == "2026-11-30T09:15:02+07:00"
    assert [a["id"] for a in data["articles"]] == [SEED["tuyenquang"], SEED["laichau"]]
    assert [f["text"] for f in data["articles"][0]["figures"]] == ["1.077 thôn", "2 nghị định"]
    assert data["sources"][1]["site"] == "www.laichau.gov.vn"


def test_picks_keep_their_order_and_figures(seed_service):
    briefing = seed_service.briefing(picks=[Pick(SEED["laichau"], (1,)), Pick(SEED["national"]), Pick(SEED["laichau"], (0,))])
    assert [i.article.id for i in briefing.items] == [SEED["laichau"], SEED["national"]]
    laichau = seed_service.article(SEED["laichau"])
    assert briefing.items[0].figures == (laichau.figures[1], laichau.figures[0])
    national = seed_service.article(SEED["national"])
    assert briefing.items[1].figures == national.figures[:12]  # picked alone, no query: its first figures


HOSTILE = {
    "id": "evil",
    "title": "Tiêu đề | cột `mã` <script>alert(1)</script> [bold]đậm[/bold] \x1b]2;PWNED\x07",
    "body": (
        "Năm 2024 tỉnh ghi nhận 1.077 thôn | chưa có sóng <b>di động</b> `code` [@click=app.quit]x[/] \x1b[2J.\n"
        "# Not a heading\n"
        "1. Not a list\n"
        "| a | b |\n"
    ),
    "source": "site|x <i>", "url": "javascript:alert(1)",
}


def test_hostile_article_text_never_changes_the_documents_structure(tmp_path):
    path = tmp_path / "evil.jsonl"
    path.write_text(json.dumps(HOSTILE, ensure_ascii=False), encoding="utf-8")
    service = SearchService(Config(), tmp_path / "ix")
    service.index([path])
    briefing = service.briefing(Query("thôn"), now=NOW)
    service.close()
    text = briefing_to_markdown(briefing)
    assert "\x1b" not in text and "\x07" not in text and "<script>" not in text and "<b>" not in text
    tokens = parse(text)
    assert not [t for t in tokens if t.type == "html_block"]
    html = [c.content for c in _inline_children(tokens) if c.type == "html_inline"]
    assert html == ['<a id="source-1">', "</a>"]  # the anchor is the only HTML
    headings = [tokens[i + 1].content for i, t in enumerate(tokens) if t.type == "heading_open"]
    assert len(headings) == 4  # title, Articles, the article, Sources: "# Not a heading" stayed text
    assert not [t for t in tokens if t.type == "ordered_list_open"][1:]  # only the sources list
    rows = _rows(tokens, next(i for i, t in enumerate(tokens) if t.type == "table_open"))
    assert len(rows) == 2 and all(len(r) == 5 for r in rows)  # the "|" in the title split no cell
    assert "javascript:" not in {t.attrGet("href") or "" for t in _inline_children(tokens) if t.type == "link_open"}
    csv_text = briefing_to_csv(briefing)
    assert "\x1b" not in csv_text
    row = next(csv.DictReader(io.StringIO(csv_text.lstrip("\ufeff"))))
    assert row["title"].startswith("Tiêu đề | cột") and "␛]2;PWNED␇" in row["title"]


def test_a_saved_search_counts_what_is_new_since_its_last_run(tmp_path):
    from helpers import write_articles

    from briefing_tui.search import SavedSearch

    folder = write_articles(tmp_path / "in", {
        "a.txt": "Tỉnh Lai Châu đẩy mạnh chuyển đổi số trong năm 2022.",
        "b.txt": "Hà Giang bàn về chuyển đổi số ở xã vùng cao.",
        "c.txt": "Sở Tài chính tỉnh Lào Cai công bố dự toán.",
    })
    service = SearchService(Config(), tmp_path / "ix")
    service.index([folder])
    query = service.saved_query(SavedSearch("cds", "chuyển đổi số", {"province": ("lai chau",)}))
    assert query.filters.provinces == ("Lai Châu",)  # built as the query fields build filters
    everywhere = service.saved_query(SavedSearch("all", "chuyển đổi số"))
    first = service.count(everywhere)
    assert (first.total, first.new) == (2, None)
    (folder / "d.txt").write_text("Quảng Ninh tăng tốc chuyển đổi số.", encoding="utf-8")
    (folder / "b.txt").write_text("Hà Giang bàn về chuyển đổi số ở thôn bản.", encoding="utf-8")  # changed
    service.index([folder])
    later = service.count(everywhere, since=first.watermark)
    assert (later.total, later.new) == (3, 2)  # one added, one changed; Lai Châu's is not new
    assert service.count(everywhere, since=later.watermark).new == 0
    service.index([folder], rebuild=True)
    assert service.count(everywhere, since=later.watermark).new is None  # another index: cannot tell
    assert service.count(query).total == 1
    service.close()


def test_saving_a_briefing_never_replaces_a_file_unless_asked(picked_briefing, tmp_path):
    from briefing_tui.search import BriefingError, ExportExistsError, save_briefing

    path = save_briefing(picked_briefing, "md", tmp_path / "out" / "b.md")
    assert path.read_text("utf-8") == briefing_to_markdown(picked_briefing)
    path.write_text("the user's own edits", encoding="utf-8")
    with pytest.raises(ExportExistsError, match="exists"):
        save_briefing(picked_briefing, "csv", path)
    assert path.read_text("utf-8") == "the user's own edits"
    save_briefing(picked_briefing, "csv", path, overwrite=True)
    assert path.read_text("utf-8").startswith("\ufeffarticle id,")
    with pytest.raises(BriefingError, match="is a folder"):
        save_briefing(picked_briefing, "md", tmp_path)
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["b.md"]  # no temporary file left
