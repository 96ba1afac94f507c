"""Real-world inputs through the real CLI (``main(argv)``) and a real index: saved pages, feeds (from a
file and from a real HTTP server on 127.0.0.1), PDF, DOCX, legacy encodings, and folders that report
every file they do not read."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest
from formats.builders import (
    TCVN3_SAMPLE,
    TCVN3_UNICODE,
    VNI_SAMPLE,
    VNI_UNICODE,
    Routes,
    atom,
    cp1258,
    decision_pages,
    feed_items,
    feed_server,
    html_page,
    make_docx,
    make_pdf,
    rss,
    send,
    write,
)

from briefing_tui.search import Config, SearchService
from briefing_tui.search.extract.legacy import legacy_encoding, to_unicode
from briefing_tui.search.inputs import SourceFile, discover, read_source
from briefing_tui.search.models import Skipped
from briefing_tui.tui.cli import main


def run(capsys, *argv: str) -> tuple[int, str, str]:  # type: ignore[no-untyped-def]
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def index(capsys, ix: Path, *paths: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code, out, err = run(capsys, "--index-dir", str(ix), "index", "--quiet", *paths)
    assert code == 0, err
    return code, out


def show(capsys, ix: Path, doc_id: str) -> dict:  # type: ignore[no-untyped-def, type-arg]
    code, out, err = run(capsys, "--index-dir", str(ix), "show", doc_id, "--format", "json")
    assert code == 0, err
    return json.loads(out)["article"] if "article" in json.loads(out) else json.loads(out)


def read_one(path: Path) -> object:
    (item,) = list(read_source(SourceFile(path, path.parent)))
    return item


# --- saved web pages ----------------------------------------------------------------------


def test_a_saved_page_gives_main_text_title_date_outlet_and_url(tmp_path, capsys):
    page = write(tmp_path / "pages" / "ke-hoach.html", html_page())
    _, out = index(capsys, tmp_path / "ix", str(page))
    assert "1 added" in out and "0 skipped" in out
    art = show(capsys, tmp_path / "ix", "ke-hoach")
    assert art["title"] == "Lai Châu phê duyệt kế hoạch chuyển đổi số năm 2024"
    body = art["body"]
    assert "Mường Tè, Sìn Hồ, Phong Thổ" in body
    for boilerplate in ("Trang chủ", "Tin liên quan", "Điện Biên ra mắt", "Giấy phép", "document.write", "color: red"):
        assert boilerplate not in body, boilerplate
    assert art["date"]["iso"] == "2024-03-05"
    assert art["date"]["evidence"] == "2024-03-05T08:30:00+07:00"  # as the page wrote it
    assert art["url"] == "https://baolaichau.vn/chuyen-doi-so/ke-hoach-2024-123.html"
    assert art["source"]["site"] == "Báo Lai Châu"


def test_the_site_headers_today_is_never_the_date(tmp_path):
    """No date in the markup: the article's own date line, never "Thứ Hai, 30/11/2026" from the header."""
    from formats.builders import ARTICLE

    page = write(tmp_path / "p.html", html_page(published=None, paragraphs=["Thứ Ba, 05/03/2024 08:30", *ARTICLE]))
    service = SearchService(Config(), tmp_path / "ix")
    service.index([page])
    art = service.article("p")
    assert art.date.iso == "2024-03-05", art.date
    assert "2026" not in (art.date.evidence or "")


def test_an_html_page_renamed_txt_is_read_as_html(tmp_path):
    path = write(tmp_path / "renamed.txt", html_page())
    record = read_one(path)
    assert record.id == "renamed" and "<" not in record.text and "Mường Tè" in record.text


@pytest.mark.parametrize("charset", ["utf-16", "iso-8859-1-lie"])
def test_page_charsets(tmp_path, charset):
    if charset == "iso-8859-1-lie":  # declares Latin-1, holds UTF-8
        data = html_page(charset="iso-8859-1").encode("utf-8")
    elif charset == "utf-16":
        data = "\ufeff".encode("utf-16-le") + html_page(charset="utf-16").encode("utf-16-le")
    record = read_one(write(tmp_path / "p.html", data))
    assert record.title == "Lai Châu phê duyệt kế hoạch chuyển đổi số năm 2024"
    assert "Người" not in record.text and "Mường Tè, Sìn Hồ, Phong Thổ" in record.text
    if charset == "iso-8859-1-lie":
        assert "declares the charset iso8859-1 but is UTF-8" in record.notice


def test_windows_1258_with_combining_tones_is_composed(tmp_path):
    """windows-1258 writes most toned letters as a base letter and a combining tone: NFC afterwards."""
    import unicodedata

    data = cp1258(html_page(charset="windows-1258"))
    assert "\u0300".encode("cp1258") in data  # combining tones really are in the bytes
    record = read_one(write(tmp_path / "p.html", data))
    assert "Mường Tè, Sìn Hồ, Phong Thổ" in record.text
    assert unicodedata.is_normalized("NFC", record.text)


# --- feeds --------------------------------------------------------------------------------


def test_a_feed_file_each_item_an_article_summaries_marked(tmp_path, capsys):
    feed = write(tmp_path / "laichau.xml", rss(feed_items(2) + feed_items(1, start=3, full=False)))
    _, out = index(capsys, tmp_path / "ix", str(feed))
    assert "3 added" in out
    assert 'only a summary (marked "Tóm tắt từ nguồn tin")' in out
    art = show(capsys, tmp_path / "ix", "https://laichau.gov.vn/tin/3.html")
    assert art["body"].endswith("Tóm tắt từ nguồn tin; toàn văn: https://laichau.gov.vn/tin/3.html")
    full = show(capsys, tmp_path / "ix", "https://laichau.gov.vn/tin/1.html")
    assert "Tóm tắt" not in full["body"] and full["date"]["iso"] == "2024-04-01"
    assert full["source"]["site"] == "Cổng thông tin điện tử tỉnh Lai Châu"
    assert full["url"] == "https://laichau.gov.vn/tin/1.html"


def test_an_atom_feed(tmp_path):
    feed = write(tmp_path / "dbp.atom", atom([{"title": "Điện Biên: khởi công cao tốc", "link": "https://baodienbienphu.info.vn/1",
                                               "content": "<p>Sáng 1/4, tỉnh Điện Biên khởi công tuyến cao tốc dài 60 km.</p>"}]))
    (record,) = list(read_source(SourceFile(feed, tmp_path)))
    assert record.title == "Điện Biên: khởi công cao tốc" and "60 km" in record.text
    assert record.source == "Báo Điện Biên Phủ" and record.date.startswith("2024-04-01")


def test_a_feed_over_http_rerun_adds_only_new_items_and_old_ones_stay(tmp_path, capsys):
    routes = Routes(rss=send(rss(feed_items(3))))
    with feed_server(routes) as base:
        url = f"{base}/rss"
        routes["/rss"] = routes.pop("rss")
        _, out = index(capsys, tmp_path / "ix", url)
        assert "3 added, 0 updated, 0 unchanged" in out
        routes["/rss"] = send(rss(feed_items(3, start=2)))  # item 1 dropped out, item 4 is new
        _, out = index(capsys, tmp_path / "ix", url)
        assert "1 added, 0 updated, 2 unchanged, 0 removed" in out
    service = SearchService(Config(), tmp_path / "ix")
    assert service.article("https://laichau.gov.vn/tin/1.html").origin == url  # never lost


def test_configured_feeds_are_refreshed_by_index_without_paths(tmp_path, capsys):
    routes = Routes()
    with feed_server(routes) as base:
        routes["/rss"] = send(rss(feed_items(2)))
        config = write(tmp_path / "config.yaml", f"corpus:\n  feeds:\n    - {base}/rss\n    - local.xml\n")
        write(tmp_path / "local.xml", rss(feed_items(1, start=7)))
        code, out, err = run(capsys, "--config", str(config), "--index-dir", str(tmp_path / "ix"), "index", "--quiet")
        assert code == 0, err
        assert "3 added" in out


@pytest.mark.parametrize(
    "route, expected",
    [
        (send("không có", status=404, ctype="text/html"), "the server answered 404 Not Found; check the address"),
        (send("lỗi", status=503, ctype="text/html"), "the server failed (503 Service Unavailable); try again later"),
        (send(b"\x89PNG\r\n\x1a\n", ctype="image/png"), "the address gives image/png, not an RSS/Atom feed or a web page"),
    ],
    ids=["404", "503", "not-a-feed"],
)
def test_http_failures_are_one_clear_line(tmp_path, capsys, route, expected):
    with feed_server(Routes({"/rss": route})) as base:
        code, out, _ = run(capsys, "--index-dir", str(tmp_path / "ix"), "index", "--quiet", f"{base}/rss")
    assert code == 0
    assert f"  {base}/rss: {expected}" in out.splitlines()


def test_tls_against_a_plain_server_is_a_clear_line(tmp_path):
    with feed_server(Routes({"/rss": send(rss(feed_items(1)))})) as base:
        items = list(read_source(SourceFile(Path("x"), Path("x"), url=base.replace("http:", "https:") + "/rss")))
    (skip,) = items
    assert isinstance(skip, Skipped) and skip.reason.startswith("the secure connection failed (TLS: ")


def test_an_unknown_host_is_a_dns_line(tmp_path, monkeypatch):
    """No name is ever looked up on the network: the resolver's failure is what we feed it."""
    import socket

    def fail(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", fail)
    (skip,) = list(read_source(SourceFile(Path("x"), Path("x"), url="http://khong-ton-tai.example/rss")))
    assert skip.reason == "cannot find the host khong-ton-tai.example (DNS); check the address and the network"


# --- PDF and DOCX -------------------------------------------------------------------------


def test_a_pdf_decision_title_from_so_hieu_date_from_ngay_ban_hanh(tmp_path, capsys):
    pdf = write(tmp_path / "qd-123.pdf", make_pdf(decision_pages()))
    index(capsys, tmp_path / "ix", str(pdf))
    art = show(capsys, tmp_path / "ix", "qd-123")
    assert art["title"] == "Quyết định số 123/QĐ-UBND: Về việc phê duyệt Kế hoạch chuyển đổi số tỉnh Lai Châu năm 2024"
    assert art["date"]["iso"] == "2024-03-15"
    assert "Mường Tè" in art["body"]


def test_a_docx_with_its_header_table(tmp_path, capsys):
    doc = write(tmp_path / "qd.docx", make_docx(title="Tài liệu"))
    index(capsys, tmp_path / "ix", str(doc))
    art = show(capsys, tmp_path / "ix", "qd")
    assert "ỦY BAN NHÂN DÂN\nTỈNH LAI CHÂU\nSố: 123/QĐ-UBND" in read_one(doc).text  # the header table, in order
    assert art["title"].startswith("Quyết định số 123/QĐ-UBND")
    assert art["date"]["iso"] == "2024-03-15"


def test_every_cell_of_a_docx_table_is_read_in_order(tmp_path, capsys):
    """Session 57: cells were skipped by the id() of lxml's per-step proxies (a freed proxy's id taken by the next
    cell's): a 4 × 3 table of a report gave its first row only, and its figures were lost."""
    import io

    import docx

    d = docx.Document()
    d.add_paragraph("Báo cáo kết quả giải ngân vốn đầu tư công của tỉnh Lai Châu")
    d.add_paragraph("Sở Kế hoạch và Đầu tư tỉnh Lai Châu tổng hợp kết quả giải ngân các quý như sau.")
    table = d.add_table(rows=4, cols=3)
    rows = [("Quý", "Kế hoạch", "Giải ngân"), ("Quý I", "120 tỷ đồng", "35 tỷ đồng"),
            ("Quý II", "140 tỷ đồng", "61 tỷ đồng"), ("Quý III", "150 tỷ đồng", "98 tỷ đồng")]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.cell(r, c).text = value
    d.add_paragraph("Tỉnh đề nghị các chủ đầu tư đẩy nhanh tiến độ.")
    out = io.BytesIO()
    d.save(out)
    doc = write(tmp_path / "baocao.docx", out.getvalue())
    text = read_one(doc).text
    at = text.index("như sau.")
    for cell in (value for values in rows for value in values):  # every cell, in reading order, after the lead
        at = text.index(cell, at)
    index(capsys, tmp_path / "ix", str(doc))
    assert "98 tỷ đồng" in show(capsys, tmp_path / "ix", "baocao")["body"]


def test_a_scanned_pdf_is_skipped_with_the_reason(tmp_path, capsys):
    pdf = write(tmp_path / "scan.pdf", make_pdf([["x"]], text_layer=False))
    _code, out, _ = run(capsys, "--index-dir", str(tmp_path / "ix"), "index", "--quiet", str(pdf))
    assert f"  {pdf}: no text layer (scanned?); run OCR on it first" in out.splitlines()


# --- legacy encodings -------------------------------------------------------------------


def test_legacy_tables_on_hand_made_samples():
    assert legacy_encoding(TCVN3_SAMPLE) == "TCVN3" and to_unicode(TCVN3_SAMPLE, "TCVN3") == TCVN3_UNICODE
    assert legacy_encoding(VNI_SAMPLE) == "VNI" and to_unicode(VNI_SAMPLE, "VNI") == VNI_UNICODE
    assert to_unicode("HAØ NOÄI, ÑIEÄN BIEÂN", "VNI") == "HÀ NỘI, ĐIỆN BIÊN"
    assert to_unicode("Th«ng b¸o: ViÖt Nam", "TCVN3") == "Thông báo: Việt Nam"


@pytest.mark.parametrize("sample, expected, name", [(TCVN3_SAMPLE, TCVN3_UNICODE, "TCVN3"), (VNI_SAMPLE, VNI_UNICODE, "VNI")])
def test_legacy_text_files_are_converted_with_a_notice(tmp_path, capsys, sample, expected, name):
    path = write(tmp_path / "cu.txt", sample.encode("latin-1"))  # the 8-bit file as it was saved
    _, out = index(capsys, tmp_path / "ix", str(path))
    assert "1 added" in out and f"the text was in the legacy {name} encoding: converted to Unicode" in out
    assert show(capsys, tmp_path / "ix", "cu")["body"] == expected


def test_a_pdf_set_in_a_tcvn3_font_is_converted(tmp_path):
    from briefing_tui.search.extract.legacy import TCVN3_TABLE

    back = {v: chr(k) for k, v in TCVN3_TABLE.items()}
    pdf = write(tmp_path / "cu.pdf", make_pdf([[TCVN3_UNICODE[:60], TCVN3_UNICODE[60:]]], to_unicode=lambda c: back.get(c, c)))
    record = read_one(pdf)
    assert record.text.replace("\n", "") == TCVN3_UNICODE.replace(" ", "", 0)
    assert "TCVN3" in record.notice


# --- folders: nothing skipped silently --------------------------------------------------


def test_a_folder_reports_unknown_extensions_once_each_with_a_count(tmp_path, capsys):
    folder = tmp_path / "luu"
    write(folder / "bai.html", html_page())
    write(folder / "qd.docx", make_docx())
    write(folder / "qd-ban-in.pdf", make_pdf(decision_pages()))
    write(folder / "feed.rss", rss(feed_items(1)))
    for i in range(12):
        write(folder / "bai_files" / f"anh{i}.jpg", b"\xff\xd8\xff")
    write(folder / "bai_files" / "app.js", "alert(1)")
    write(folder / "cu.doc", b"\xd0\xcf\x11\xe0")
    _, out = index(capsys, tmp_path / "ix", str(folder))
    assert "4 added" in out
    lines = out.splitlines()
    reads = "briefing-tui reads .txt, .md, .jsonl, .jsonl.gz, .html, .htm, .xhtml, .shtml, .xml, .rss, .atom, .pdf, .docx"
    assert f"  {folder}: 12 .jpg files skipped (not a document); {reads}" in lines
    assert f"  {folder}: 1 .js file skipped (not a document); {reads}" in lines
    assert f"  {folder}: 1 .doc file skipped (old Word format: save it as .docx); {reads}" in lines


def test_an_explicit_file_of_unknown_kind_is_sniffed_or_named(tmp_path):
    page = write(tmp_path / "trang", html_page())
    assert read_one(page).title.startswith("Lai Châu")
    other = write(tmp_path / "anh.jpg", b"\xff\xd8\xff\xe0")
    assert read_one(other).reason.startswith("not a document briefing-tui reads")
    files, skipped = discover([other])
    assert files and not skipped  # named on its own: read and judged by its content


# --- watching ---------------------------------------------------------------------------


def test_watch_indexes_a_page_saved_into_the_folder(tmp_path):
    from briefing_tui.search import watch_index

    folder = tmp_path / "saved"
    folder.mkdir()
    service = SearchService(Config(), tmp_path / "ix")
    service.index([folder])
    reports: list[object] = []
    stop = threading.Event()
    ready = threading.Event()
    thread = threading.Thread(target=watch_index, args=(service, [folder], reports.append, stop, ready.set), daemon=True)
    thread.start()
    assert ready.wait(10)
    time.sleep(0.5)
    write(folder / "moi.html", html_page())
    deadline = time.monotonic() + 30
    while not reports and time.monotonic() < deadline:
        time.sleep(0.1)
    stop.set()
    thread.join(10)
    assert reports and reports[0].added == 1, reports
    assert service.article("moi").title.startswith("Lai Châu")


def test_cli_index_watch_picks_up_a_saved_page_and_stops_on_ctrl_c(tmp_path):
    """The real command in its own process: a page saved into the folder is indexed; Ctrl-C ends it cleanly."""
    import os
    import signal
    import subprocess
    import sys

    folder = tmp_path / "saved"
    folder.mkdir()
    proc = subprocess.Popen(
        [sys.executable, "-m", "briefing_tui.tui.cli", "--index-dir", str(tmp_path / "ix"), "index", "--quiet", "--watch", str(folder)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),  # as a terminal gives it
    )
    try:
        assert proc.stdout is not None
        lines: list[str] = []
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            lines.append(line)
            if line.startswith("watching"):
                break
        assert lines[-1].startswith("watching"), lines
        time.sleep(0.5)
        write(folder / "moi.html", html_page())
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            lines.append(line)
            if "added" in line:
                break
        assert lines[-1].startswith("1 added"), lines
        os.kill(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0, err
    assert "stopped watching" in out and "Traceback" not in err
    assert SearchService(Config(), tmp_path / "ix").article("moi").title.startswith("Lai Châu")


def test_index_watch_needs_folders(tmp_path, capsys):
    page = write(tmp_path / "p.html", html_page())
    code, _, err = run(capsys, "--index-dir", str(tmp_path / "ix"), "index", "--watch", str(page))
    assert code == 2 and "index --watch needs one or more folders" in err


def test_a_windows_1258_text_file_is_read_not_taken_for_legacy(tmp_path, capsys):
    from formats.builders import ARTICLE, cp1258

    path = write(tmp_path / "win.txt", cp1258("\n\n".join(ARTICLE)))
    _, out = index(capsys, tmp_path / "ix", str(path))
    assert "the text was in windows-1258 (Vietnamese Windows): read as such" in out
    assert "Mường Tè, Sìn Hồ, Phong Thổ" in show(capsys, tmp_path / "ix", "win")["body"]
    # and a TCVN3 file (every byte defined in windows-1258 too) is still TCVN3
    assert "TCVN3" in read_one(write(tmp_path / "cu.txt", TCVN3_SAMPLE.encode("latin-1"))).notice
