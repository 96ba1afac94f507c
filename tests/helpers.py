"""Helpers shared by the tests (fixtures live in conftest.py)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from briefing_tui.search import SearchService

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def write_articles(folder: Path, articles: dict[str, str]) -> Path:
    """Write hand-written fixture articles (``name`` → text) as .txt files."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def hit_ids(result) -> list[str]:  # type: ignore[no-untyped-def]
    return [h.id for h in result.hits]


SEED = {
    "laichau": "000_4b213c4d2c405929",
    "laocai": "001_c86f94bc54224d92",
    "national": "002_fa295b22799041cc",
    "hagiang": "003_6e2d78e33ae689ca",
    "tuyenquang": "004_fa543cd3e4dca068",
}

# --- near-duplicates (issue 11): one story, written by hand, and another ----------------------

STORY = ("Chiều 12/3, Ban Thường vụ Tỉnh ủy Yên Bái công bố quyết định của Ban Bí thư Trung ương Đảng "
         "chỉ định ông Nguyễn Văn A, Thứ trưởng Bộ Xây dựng, tham gia Ban Chấp hành, Ban Thường vụ và giữ "
         "chức Phó Bí thư Tỉnh ủy Yên Bái nhiệm kỳ 2020 - 2025. Phát biểu nhận nhiệm vụ, ông Nguyễn Văn A "
         "cảm ơn sự tin tưởng của Trung ương và hứa sẽ cùng tập thể lãnh đạo tỉnh thực hiện thắng lợi các "
         "mục tiêu phát triển kinh tế - xã hội, giữ vững quốc phòng, an ninh trên địa bàn.")
OTHER = ("Sáng 14/3, UBND tỉnh Yên Bái tổ chức hội nghị triển khai kế hoạch phát triển du lịch năm 2023 "
         "với mục tiêu đón 1,2 triệu lượt khách, doanh thu đạt 1.200 tỷ đồng. Hội nghị đề ra giải pháp "
         "quảng bá điểm đến Mù Cang Chải, phát triển du lịch cộng đồng và nâng cao chất lượng dịch vụ, "
         "gắn với bảo tồn văn hóa các dân tộc. Phó Bí thư Tỉnh ủy dự và phát biểu chỉ đạo hội nghị.")
"""One story: copies of it with other headers and footers are near-duplicates."""


needs_corpus = pytest.mark.skipif(
    not (SHARED / "corpus" / "news-20k.jsonl.gz").exists(), reason="../shared/corpus is not present"
)


# --- hostile-input checks (tests/hostile) ---------------------------------------------

CONTROL = __import__("re").compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""A character a terminal might obey (TAB and LF excepted)."""


def cli(capfd: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """The real command line in this process: exit code, stdout, stderr."""
    from briefing_tui.tui.cli import main

    code = main(list(argv))
    out, err = capfd.readouterr()
    return code, out, err


def assert_one_line_error(err: str, *needles: str) -> str:
    """stderr is one line (no traceback, nothing a terminal would obey) holding ``needles``."""
    assert "Traceback" not in err, err
    assert not CONTROL.search(err), repr(err)
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def tree(root: Path) -> dict[str, int]:
    """Every file under ``root`` with its size: to tell that a command changed nothing."""
    return {str(p.relative_to(root)): p.stat().st_size for p in sorted(root.rglob("*")) if p.is_file()}


def index_corpus_slice(tmp_path_factory: pytest.TempPathFactory, n: int = 3000) -> SearchService:
    """The first ``n`` records of the 20k corpus, indexed in a temporary folder (about 30 s for 3,000)."""
    import gzip
    import itertools

    from briefing_tui.search import Config, SearchService

    folder = tmp_path_factory.mktemp("slice")
    path = folder / "slice.jsonl"
    with gzip.open(SHARED / "corpus" / "news-20k.jsonl.gz", "rt", encoding="utf-8") as src:
        path.write_text("".join(itertools.islice(src, n)), encoding="utf-8")
    service = SearchService(Config(), folder / "ix")
    service.index([path])
    return service


def app_env(home: Path, **extra: str) -> dict[str, str]:
    """The app's environment in a test terminal (tmux): a home of its own, UTF-8, a colour terminal, this PATH (and
    PYTHONPATH, when a test run sets one)."""
    return {
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "LANG": "en_US.UTF-8",
        "TERM": "xterm-256color",
        "PATH": os.environ.get("PATH", ""),
        **({"PYTHONPATH": os.environ["PYTHONPATH"]} if "PYTHONPATH" in os.environ else {}),
        **extra,
    }


def figure_texts(body: str) -> list[str]:
    """The texts of the key figures extraction finds in ``body`` (a clean body, its own normalised form)."""
    from briefing_tui.search.extract.figures import find_figures

    return [f.text for f in find_figures(body, body)]


def figure_contexts(body: str) -> dict[str, str | None]:
    """Each key figure's text → what it measures."""
    from briefing_tui.search.extract.figures import find_figures

    return {f.text: f.context for f in find_figures(body, body)}


def record_main_province(body: str, title: str | None = None) -> str | None:
    """The main province of ``body`` (and its ``title``) read as a whole record's (``enrich``), with a URL that names no
    news section (a section's genre would weigh on the choice)."""
    from briefing_tui.search.extract.pipeline import enrich
    from briefing_tui.search.inputs import RawRecord

    url = "http://www.baomoi.com/a/c/1.epi"
    return enrich(RawRecord(id="t", origin="t", text=body, where="t", title=title, url=url)).main_province


def record_officials(text: str) -> list[tuple[str, str]]:
    """(name, title) of each official of ``text`` read as a whole record's body (``enrich``: credits masked, a title
    before it), where ``find_officials`` alone reads one text."""
    from briefing_tui.search.extract.pipeline import enrich
    from briefing_tui.search.inputs import RawRecord

    article = enrich(RawRecord(id="t", origin="test", text=text, where="t", title="Tin", date="2017-05-01"))
    return [(o.name, o.title) for o in article.officials]
