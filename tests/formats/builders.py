"""Provides hand-made Vietnamese fixtures for every input format, built by the tests themselves.

Nothing here is copied from a corpus: the pages, feeds and documents are written
for the tests. PDFs are written byte by byte (a Type1 font with a ToUnicode map, so
pypdf extracts exactly the text given, and a legacy-font PDF can be faked by
mapping codes to TCVN3's Latin-1 characters); DOCX files are made with python-docx;
a feed server runs on 127.0.0.1 in a thread.
"""

from __future__ import annotations

import http.server
import io
import threading
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

ARTICLE = [
    "Theo kế hoạch, đến hết năm 2024, 100% cơ quan nhà nước cấp tỉnh kết nối mạng truyền số liệu chuyên dùng.",
    "Tỷ lệ hồ sơ giải quyết trực tuyến đạt 50%, tăng 12 điểm phần trăm so với năm 2023.",
    "Ông Nguyễn Văn Bình, Giám đốc Sở Thông tin và Truyền thông cho biết tỉnh sẽ tập trung phát triển "
    "hạ tầng số tại các huyện vùng cao như Mường Tè, Sìn Hồ, Phong Thổ.",
    "Kinh phí thực hiện lấy từ ngân sách tỉnh và nguồn xã hội hóa, trong đó ngân sách tỉnh chiếm 70%.",
]


def html_page(
    title: str = "Lai Châu phê duyệt kế hoạch chuyển đổi số năm 2024",
    *,
    paragraphs: list[str] | None = None,
    published: str | None = "2024-03-05T08:30:00+07:00",
    canonical: str | None = "https://baolaichau.vn/chuyen-doi-so/ke-hoach-2024-123.html",
    site: str | None = "Báo Lai Châu",
    charset: str = "utf-8",
    header_today: str = "Thứ Hai, 30/11/2026",
    extra_head: str = "",
    extra_body: str = "",
) -> str:
    """A news page as a browser saves it: a header with today's date, navigation, the article, a
    sidebar of related links and a footer."""
    paras = "\n".join(f"<p>{p}</p>" for p in (paragraphs or ARTICLE))
    meta = [f'<meta charset="{charset}">', f"<title>{title} - {site or 'Tin tức'}</title>",
            f'<meta property="og:title" content="{title}">']
    if site:
        meta.append(f'<meta property="og:site_name" content="{site}">')
    if published:
        meta.append(f'<meta property="article:published_time" content="{published}">')
    if canonical:
        meta.append(f'<link rel="canonical" href="{canonical}">')
    return f"""<!DOCTYPE html>
<html lang="vi"><head>
{chr(10).join(meta)}
{extra_head}
<script>document.write("Hôm nay: {header_today}")</script>
<style>.menu {{ color: red }}</style>
</head><body>
<header><div class="date-today">{header_today}</div>
<nav><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/kinh-te">Kinh tế</a> <a href="/xa-hoi">Xã hội</a></nav></header>
<main><article>
<h1>{title}</h1>
{paras}
{extra_body}
</article>
<aside class="related"><h3>Tin liên quan</h3><ul>
<li><a href="/a">Hà Giang đẩy mạnh chuyển đổi số cấp xã</a></li>
<li><a href="/b">Điện Biên ra mắt trung tâm điều hành thông minh</a></li></ul></aside>
</main>
<footer><p>© 2024 {site or 'Tin tức'}. Giấy phép hoạt động báo điện tử số 123/GP-BTTTT. Địa chỉ: 112 Trần Hưng Đạo.</p></footer>
</body></html>
"""


def rss(items: list[dict[str, str]], *, title: str = "Cổng thông tin điện tử tỉnh Lai Châu", extra: str = "",
        prolog: str = '<?xml version="1.0" encoding="utf-8"?>') -> str:
    """An RSS 2.0 feed; an item's "content" becomes content:encoded (full text), "summary" its description."""
    out = []
    for it in items:
        parts = [f"<title>{it['title']}</title>", f"<link>{it['link']}</link>", f"<guid>{it.get('guid', it['link'])}</guid>"]
        if "date" in it:
            parts.append(f"<pubDate>{it['date']}</pubDate>")
        if "summary" in it:
            parts.append(f"<description><![CDATA[{it['summary']}]]></description>")
        if "content" in it:
            parts.append(f"<content:encoded><![CDATA[{it['content']}]]></content:encoded>")
        out.append("<item>" + "".join(parts) + "</item>")
    return (f'{prolog}\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">{extra}<channel>'
            f"<title>{title}</title><link>https://laichau.gov.vn/</link><description>Tin tức</description>"
            + "".join(out) + "</channel></rss>")


def atom(entries: list[dict[str, str]], *, title: str = "Báo Điện Biên Phủ") -> str:
    out = "".join(
        f"<entry><title>{e['title']}</title><link href=\"{e['link']}\"/><id>{e['link']}</id>"
        f"<updated>{e.get('date', '2024-04-01T07:00:00Z')}</updated>"
        f"<content type=\"html\"><![CDATA[{e['content']}]]></content></entry>"
        for e in entries
    )
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>{title}</title>'
            f'<link href="https://baodienbienphu.info.vn/"/><id>urn:dbp</id><updated>2024-04-01T07:00:00Z</updated>{out}</feed>')


def feed_items(n: int, start: int = 1, full: bool = True) -> list[dict[str, str]]:
    items = []
    for i in range(start, start + n):
        body = f"<p>Tin số {i}: UBND tỉnh Lai Châu họp bàn giải ngân vốn đầu tư công, đạt {40 + i}% kế hoạch.</p><p>{ARTICLE[i % 4]}</p>"
        item = {"title": f"Tin số {i}: giải ngân vốn đầu tư công đạt {40 + i}%", "link": f"https://laichau.gov.vn/tin/{i}.html",
                "date": f"Mon, {i:02d} Apr 2024 08:00:00 +0700"}
        item["content" if full else "summary"] = body
        items.append(item)
    return items


# --- DOCX ------------------------------------------------------------------------------------

DECISION = {
    "left": ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU", "Số: 123/QĐ-UBND"],
    "right": ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Lai Châu, ngày 15 tháng 3 năm 2024"],
    "body": ["QUYẾT ĐỊNH", "Về việc phê duyệt Kế hoạch chuyển đổi số tỉnh Lai Châu năm 2024",
             "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LAI CHÂU", *ARTICLE, "Điều 1. Phê duyệt Kế hoạch với tổng kinh phí 120 tỷ đồng."],
}


def make_docx(doc: dict[str, list[str]] | None = None, *, title: str | None = None) -> bytes:
    import docx

    doc = doc or DECISION
    d = docx.Document()
    table = d.add_table(rows=1, cols=2)
    for cell, lines in zip(table.rows[0].cells, (doc["left"], doc["right"])):
        cell.text = "\n".join(lines)
    for line in doc["body"]:
        d.add_paragraph(line)
    if title is not None:
        d.core_properties.title = title
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def replace_part(docx_bytes: bytes, name: str, data: bytes) -> bytes:
    """The DOCX with one part's bytes replaced (a hostile document.xml or core.xml)."""
    src = zipfile.ZipFile(io.BytesIO(docx_bytes))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, data if info.filename == name else src.read(info.filename))
    return out.getvalue()


# --- PDF -------------------------------------------------------------------------------------


def make_pdf(pages: list[list[str]], *, title: str | None = None, to_unicode: Callable[[str], str] = lambda c: c,
             count: int | None = None, text_layer: bool = True) -> bytes:
    """A PDF whose pages show the given lines; each character gets a one-byte code whose ToUnicode
    entry is ``to_unicode(character)`` (a legacy font: the code maps to a TCVN3 Latin-1 character)."""
    chars = sorted({c for page in pages for line in page for c in line})
    assert len(chars) < 200, "too many distinct characters for one simple font"
    code = {c: 0x21 + i for i, c in enumerate(chars)}
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    cmap_lines = []
    pairs = [(code[c], to_unicode(c)) for c in chars]
    for i in range(0, len(pairs), 100):
        chunk = pairs[i:i + 100]
        cmap_lines.append(f"{len(chunk)} beginbfchar")
        cmap_lines += [f"<{k:02X}> <{''.join(f'{ord(u):04X}' for u in v)}>" for k, v in chunk]
        cmap_lines.append("endbfchar")
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n1 begincodespacerange <00> <FF> endcodespacerange\n"
            + "\n".join(cmap_lines) + "\nendcmap CMapName currentdict /CMap defineresource pop end end\n").encode()
    catalog = add(b"")  # filled below
    pages_obj = add(b"")
    tounicode = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"endstream")
    widths = " ".join(["500"] * 223)
    font = add(f"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 33 /LastChar 255 /Widths [{widths}] "
               f"/ToUnicode {tounicode} 0 R >>".encode())
    kids = []
    for page in pages:
        if text_layer:
            ops = ["BT /F1 11 Tf 14 TL 50 800 Td"]
            for line in page:
                ops.append("<" + "".join(f"{code[c]:02X}" for c in line) + "> Tj T*")
            ops.append("ET")
        else:
            ops = ["0.5 g 50 50 500 700 re f"]  # a scan: pictures only
        content = "\n".join(ops).encode()
        stream = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        kids.append(add(f"<< /Type /Page /Parent {pages_obj} 0 R /MediaBox [0 0 595 842] "
                        f"/Resources << /Font << /F1 {font} 0 R >> >> /Contents {stream} 0 R >>".encode()))
    objects[catalog - 1] = f"<< /Type /Catalog /Pages {pages_obj} 0 R >>".encode()
    objects[pages_obj - 1] = (f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] "
                              f"/Count {count if count is not None else len(kids)} >>").encode()
    info = None
    if title is not None:
        info = add(b"<< /Title <FEFF" + title.encode("utf-16-be").hex().upper().encode() + b"> >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    trailer = f"<< /Size {len(objects) + 1} /Root {catalog} 0 R" + (f" /Info {info} 0 R" if info else "") + " >>"
    out += b"trailer\n" + trailer.encode() + b"\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def decision_pages() -> list[list[str]]:
    head = [*DECISION["left"], *DECISION["right"], *DECISION["body"][:3]]
    return [head, list(DECISION["body"][3:])]


# --- legacy encodings: hand-made samples --------------------------------------------------

TCVN3_SAMPLE = ("Uû ban nh©n d©n tØnh Lai Ch©u ®· ban hµnh kÕ ho¹ch ph¸t triÓn kinh tÕ x· héi n¨m 2024. "
                "Ng­êi d©n c¸c huyÖn vïng cao ®­îc hç trî vèn ®Ó s¶n xuÊt.")
TCVN3_UNICODE = ("Uỷ ban nhân dân tỉnh Lai Châu đã ban hành kế hoạch phát triển kinh tế xã hội năm 2024. "
                 "Người dân các huyện vùng cao được hỗ trợ vốn để sản xuất.")
VNI_SAMPLE = ("UÛy ban nhaân daân tænh Lai Chaâu ñaõ ban haønh keá hoaïch phaùt trieån kinh teá xaõ hoäi naêm 2024. "
              "Ngöôøi daân caùc huyeän vuøng cao ñöôïc hoã trôï voán ñeå saûn xuaát.")
VNI_UNICODE = ("Ủy ban nhân dân tỉnh Lai Châu đã ban hành kế hoạch phát triển kinh tế xã hội năm 2024. "
               "Người dân các huyện vùng cao được hỗ trợ vốn để sản xuất.")


# --- a real HTTP server on 127.0.0.1 --------------------------------------------------------


class Routes(dict[str, Callable[[http.server.BaseHTTPRequestHandler], None]]):
    """path → a handler writing the whole answer."""


def send(body: bytes | str, status: int = 200, ctype: str = "application/rss+xml; charset=utf-8",
         headers: dict[str, str] | None = None) -> Callable[[http.server.BaseHTTPRequestHandler], None]:
    data = body.encode("utf-8") if isinstance(body, str) else body

    def handle(h: http.server.BaseHTTPRequestHandler) -> None:
        h.send_response(status)
        h.send_header("Content-Type", ctype)
        h.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            h.send_header(k, v)
        h.end_headers()
        h.wfile.write(data)

    return handle


@contextmanager
def feed_server(routes: Routes) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 answering ``routes``; yields its base URL (no trailing slash)."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            route = routes.get(self.path.split("?")[0])
            if route is None:
                self.send_error(404, "Not Found")
                return
            with suppress(BrokenPipeError, ConnectionResetError):
                route(self)

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def write(path: Path, data: bytes | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def cp1258(text: str) -> bytes:
    """``text`` in windows-1258 as Vietnamese Windows writes it: the base letter (â, ư … precomposed)
    and the tone as a combining mark where the code page has no precomposed letter."""
    import unicodedata

    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
        out += (base + "".join(c for c in parts if c in tones)).encode("cp1258")
    return bytes(out)
