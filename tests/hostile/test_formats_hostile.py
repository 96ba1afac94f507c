"""Hostile input in the new formats (issue 13): each case a clear skip or a safe rendering, with a test.

Zip bombs and billion-laughs XML in DOCX and feeds; scripts, ``javascript:`` links and event handlers
in pages; a feed that never ends and one that redirects forever (a real server on 127.0.0.1); a PDF with
a broken xref, garbage, or too many pages; a 200 MB page; charsets that lie; escape sequences and Rich
markup in page titles, feed item titles and document properties. Everything goes through the real
readers, and the rendering cases through the real CLI (``main(argv)``)."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from formats.builders import (
    Routes,
    decision_pages,
    feed_items,
    feed_server,
    html_page,
    make_docx,
    make_pdf,
    replace_part,
    rss,
    send,
    write,
)
from hostile.hostile_cases import CONTROL, OSC_TITLE

from briefing_tui.search.inputs import SourceFile, read_source
from briefing_tui.search.inputs import fetch as fetch_module
from briefing_tui.search.models import Skipped
from briefing_tui.tui.cli import main

LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">' for i in range(1, 10))
    + "]>\n"
)
"""Nine levels of ten: one reference to &lol9; expands to 10⁹ "lol"s (3 GB)."""


def items_of(path: Path | str) -> list[object]:
    if isinstance(path, str):
        return list(read_source(SourceFile(Path(path), Path(path), url=path)))
    return list(read_source(SourceFile(path, path.parent)))


def bounded(fn, seconds: float = 20, megabytes: int = 300):  # type: ignore[no-untyped-def]
    """Run ``fn``; it must end within ``seconds`` and peak below ``megabytes`` of Python allocations."""
    tracemalloc.start()
    started = time.monotonic()
    try:
        result = fn()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert time.monotonic() - started < seconds
    assert peak < megabytes << 20, f"peak {peak >> 20} MB"
    return result


# --- DOCX ---------------------------------------------------------------------------------


def test_a_docx_zip_bomb_is_refused_before_inflating(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
        with z.open("word/media/bomb.bin", "w") as part:
            chunk = b"\0" * (1 << 20)
            for _ in range(60):
                part.write(chunk)
    path = write(tmp_path / "bom.docx", out.getvalue())
    (skip,) = bounded(lambda: items_of(path), megabytes=50)
    assert isinstance(skip, Skipped) and skip.reason.startswith("a part of the .docx (word/media/bomb.bin) inflates")
    assert skip.reason.endswith("times (a zip bomb?)")


def test_billion_laughs_in_a_docx_expands_nothing(tmp_path):
    body = (LAUGHS + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            "<w:p><w:r><w:t>Nội dung &lol9;</w:t></w:r></w:p></w:body></w:document>").encode()
    path = write(tmp_path / "lol.docx", replace_part(make_docx(), "word/document.xml", body))
    (item,) = bounded(lambda: items_of(path))
    text = getattr(item, "text", "") or getattr(item, "reason", "")
    assert "lollol" not in text  # a clear skip or the text without the expansion


def test_a_zip_that_is_not_a_docx(tmp_path):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("a.txt", "x")
    (skip,) = items_of(write(tmp_path / "x.docx", out.getvalue()))
    assert skip.reason == "a ZIP archive, not a Word document (.docx)"


# --- feeds -------------------------------------------------------------------------------


def test_billion_laughs_in_a_feed_expands_nothing(tmp_path):
    feed = LAUGHS + rss([{"title": "Tin &lol9;", "link": "https://x.vn/1", "content": "<p>Nội dung</p>"}], prolog="")
    path = write(tmp_path / "lol.xml", feed)
    found = bounded(lambda: items_of(path))
    for item in found:
        assert "lollol" not in (getattr(item, "title", None) or "") + (getattr(item, "text", None) or "")


def test_a_feed_that_never_ends_is_cut_at_the_size_cap(tmp_path, monkeypatch):
    monkeypatch.setattr(fetch_module, "MAX_FEED_BYTES", 2_000_000)
    monkeypatch.setattr(fetch_module.fetch, "__kwdefaults__", {**fetch_module.fetch.__kwdefaults__, "max_bytes": 2_000_000})

    def endless(h) -> None:  # type: ignore[no-untyped-def]
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.end_headers()
        h.wfile.write(b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>')
        item = b"<item><title>Tin</title><link>https://x.vn/1</link></item>" * 100
        for _ in range(100_000):  # bounded: ~600 MB at most, the reader stops at 2 MB
            h.wfile.write(item)

    with feed_server(Routes({"/rss": endless})) as base:
        (skip,) = bounded(lambda: items_of(f"{base}/rss"), megabytes=60)
    assert skip.reason == "the answer goes on past 2,000,000 bytes; stopped (a feed is never that long)"


def test_a_feed_that_drips_is_stopped_at_the_deadline(tmp_path, monkeypatch):
    monkeypatch.setattr(fetch_module.fetch, "__kwdefaults__", {**fetch_module.fetch.__kwdefaults__, "deadline": 1.0})

    def drip(h) -> None:  # type: ignore[no-untyped-def]
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.end_headers()
        for _ in range(50):  # bounded: 5 s at most
            h.wfile.write(b" " * 10)
            h.wfile.flush()
            time.sleep(0.1)

    with feed_server(Routes({"/rss": drip})) as base:
        (skip,) = items_of(f"{base}/rss")
    assert skip.reason == "the server is still sending after 1 s; stopped (a feed is read at once)"


def test_a_redirect_loop_ends(tmp_path):
    with feed_server(Routes()) as base:
        routes = Routes({"/a": send("", 302, headers={"Location": f"{base}/b"}), "/b": send("", 302, headers={"Location": f"{base}/a"})})
        with feed_server(routes) as base2:
            routes["/a"] = send("", 302, headers={"Location": f"{base2}/b"})
            routes["/b"] = send("", 302, headers={"Location": f"{base2}/a"})
            (skip,) = bounded(lambda: items_of(f"{base2}/a"))
    assert skip.reason.startswith("too many redirects")


def test_a_redirect_to_a_file_address_is_refused(tmp_path):
    routes = Routes({"/rss": send("", 302, headers={"Location": "file:///etc/passwd"})})
    with feed_server(routes) as base:
        (skip,) = items_of(f"{base}/rss")
    assert skip.reason == "the server redirects to an address that is not http or https; only http and https are fetched"


def test_a_feed_whose_charset_lies(tmp_path):
    feed = rss(feed_items(1), prolog='<?xml version="1.0" encoding="windows-1252"?>').encode("utf-8")
    (item,) = items_of(write(tmp_path / "lie.xml", feed))
    assert item.title == "Tin số 1: giải ngân vốn đầu tư công đạt 41%"
    assert "declares the charset cp1252 but is UTF-8" in item.notice


def test_a_feed_of_too_many_items_is_read_to_a_bound(tmp_path, monkeypatch):
    from briefing_tui.search.inputs import feeds

    monkeypatch.setattr(feeds, "MAX_ITEMS", 5)
    found = items_of(write(tmp_path / "many.xml", rss(feed_items(8))))
    assert len([i for i in found if not isinstance(i, Skipped)]) == 5
    assert found[-1].reason == "the feed has 8 items; only the first 5 were read"


# --- HTML --------------------------------------------------------------------------------


def test_scripts_javascript_links_and_handlers_never_reach_the_text(tmp_path):
    page = html_page(
        canonical="javascript:alert(document.cookie)",
        extra_body=('<p onclick="alert(1)" onmouseover="steal()">Đoạn có trình xử lý sự kiện nhưng chữ vẫn đọc được.</p>'
                    '<p><a href="javascript:alert(2)">Bấm vào đây</a> để xem chi tiết.</p>'
                    '<script>alert("xss")</script><noscript>bật javascript</noscript><iframe src="https://evil.example"></iframe>'),
    )
    (record,) = items_of(write(tmp_path / "p.html", page))
    assert "Đoạn có trình xử lý sự kiện" in record.text
    for bad in ("alert", "javascript", "onclick", "steal", "<", "evil.example"):
        assert bad not in record.text, bad
    assert record.url is None  # a javascript: canonical is no URL


def test_a_200_mb_page_is_refused_by_its_size_unread(tmp_path):
    path = tmp_path / "huge.html"
    with open(path, "wb") as f:
        f.write(b"<!DOCTYPE html><html><body><p>")
        f.truncate(200 * 1024 * 1024)  # sparse: nothing written, the size is what counts
    (skip,) = bounded(lambda: items_of(path), seconds=5, megabytes=20)
    assert skip.reason == "web page file is 209,715,200 bytes, more than the 20,000,000-byte limit; it is not one article"


def test_a_page_of_too_many_elements_is_refused(tmp_path):
    page = "<!DOCTYPE html><html><body>" + "<span>x</span>" * 250_000 + "</body></html>"
    (skip,) = bounded(lambda: items_of(write(tmp_path / "deep.html", page)), seconds=60, megabytes=1000)
    assert skip.reason == "web page has more than 200,000 elements; it is not one article"


def test_a_page_with_no_article_text(tmp_path):
    (skip,) = items_of(write(tmp_path / "app.html", "<!DOCTYPE html><html><head><title>App</title></head><body><div id=root></div><script>render()</script></body></html>"))
    assert skip.reason.startswith("no article text found in the web page")


# --- PDF ---------------------------------------------------------------------------------


def test_a_pdf_with_a_broken_xref_is_read_or_skipped_clearly(tmp_path):
    data = make_pdf(decision_pages())
    start = data.rindex(b"xref\n")
    broken = data[:start] + b"xref\n0 9\n" + b"9999999999 00000 n \n" * 9 + data[data.rindex(b"trailer"):]
    (item,) = bounded(lambda: items_of(write(tmp_path / "xref.pdf", broken)))
    assert getattr(item, "title", "").startswith("Quyết định số 123/QĐ-UBND")  # pypdf rebuilt the table


def test_a_pdf_of_garbage_is_a_damaged_pdf(tmp_path):
    (skip,) = items_of(write(tmp_path / "rac.pdf", b"%PDF-1.7\n" + bytes(range(256)) * 100))
    assert skip.reason.startswith("damaged PDF, not readable (")


def test_a_pdf_with_too_many_pages_is_refused_before_reading_them(tmp_path, monkeypatch):
    from briefing_tui.search.inputs import pdf

    monkeypatch.setattr(pdf, "MAX_PAGES", 50)
    (skip,) = items_of(write(tmp_path / "dai.pdf", make_pdf([["Trang"]] * 51)))
    assert skip.reason == "the PDF has 51 pages, more than 50; split it"


def test_a_pdf_whose_page_count_lies_is_read_by_its_real_pages(tmp_path):
    (item,) = bounded(lambda: items_of(write(tmp_path / "count.pdf", make_pdf(decision_pages(), count=10**9))))
    assert "Mường Tè" in item.text


# --- escapes and Rich markup in titles and properties, through the CLI ---------------------

PAYLOAD = f"{OSC_TITLE}[bold red]ĐỎ[/] [@click=app.quit]x[/]\x1b[2J"


def _cli_text(capsys, ix: Path, *argv: str) -> str:  # type: ignore[no-untyped-def]
    assert main(["--index-dir", str(ix), *argv]) in (0, 1)
    out, err = capsys.readouterr()
    return out + err


@pytest.mark.parametrize("kind", ["html-title", "feed-title", "pdf-property", "docx-property"])
def test_escapes_and_markup_in_titles_and_properties_render_inert(tmp_path, capsys, kind):
    folder = tmp_path / "in"
    if kind == "html-title":
        escaped = PAYLOAD.replace("\x1b", "&#27;")
        write(folder / "p.html", html_page(title=f"Tiêu đề {escaped} hiểm"))
    elif kind == "feed-title":
        write(folder / "f.xml", rss([{"title": f"Tiêu đề {PAYLOAD.replace(chr(27), '&#27;')} hiểm", "link": "https://x.vn/1",
                                      "content": "<p>Nội dung về chuyển đổi số tỉnh Lai Châu.</p>"}]))
    elif kind == "pdf-property":
        write(folder / "p.pdf", make_pdf([["Nội dung về chuyển đổi số tỉnh Lai Châu."]], title=f"Tiêu đề {PAYLOAD} hiểm"))
    else:
        core = ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Tiêu đề [bold red]ĐỎ[/] [@click=app.quit]x[/] hiểm</dc:title></cp:coreProperties>')
        docx = make_docx({"left": ["x"], "right": ["y"], "body": ["Nội dung về chuyển đổi số tỉnh Lai Châu."]}, title="t")
        write(folder / "p.docx", replace_part(docx, "docProps/core.xml", core.encode()))
    index_out = _cli_text(capsys, tmp_path / "ix", "index", "--quiet", str(folder))
    assert "1 added" in index_out, index_out
    shown = _cli_text(capsys, tmp_path / "ix", "search", "chuyển đổi số") + _cli_text(capsys, tmp_path / "ix", "search", "hiểm")
    assert CONTROL.search(shown) is None, repr(shown)
    assert "[bold red]ĐỎ[/]" in shown  # the markup shown as the characters it is, never applied


def test_a_gzip_bomb_sent_as_a_feed_is_never_inflated(tmp_path):
    import gzip

    bomb = gzip.compress(b"<rss>" + b" " * 50_000_000, compresslevel=9)  # 50 MB → ~50 KB
    route = send(bomb, headers={"Content-Encoding": "gzip"})
    with feed_server(Routes({"/rss": route})) as base:
        (skip,) = bounded(lambda: items_of(f"{base}/rss"), megabytes=30)
    assert skip.reason == "the server sent gzip-compressed data without being asked; not read"


def test_a_docx_of_too_much_xml_is_refused_before_parsing(tmp_path, monkeypatch):
    from briefing_tui.search.inputs import word

    monkeypatch.setattr(word, "MAX_XML_PART", 100_000)
    body = ('<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
            + "<w:p><w:r><w:t>Đoạn văn</w:t></w:r></w:p>" * 5000 + "</w:body></w:document>").encode()
    (skip,) = items_of(write(tmp_path / "lon.docx", replace_part(make_docx(), "word/document.xml", body)))
    assert skip.reason.startswith("a part of the .docx (word/document.xml) is ") and skip.reason.endswith("more than 100,000")


def test_javascript_links_and_scripts_in_feed_items(tmp_path):
    item = {"title": "Tin có liên kết độc", "link": "javascript:alert(1)", "guid": "tin-doc-1",
            "content": '<p onclick="x()">Nội dung chính của tin.</p><script>alert(2)</script><a href="javascript:y()">bấm</a>'}
    (record,) = items_of(write(tmp_path / "f.xml", rss([item])))
    assert record.url is None and record.id == "tin-doc-1"
    assert record.text == "Nội dung chính của tin.\n\nbấm"
