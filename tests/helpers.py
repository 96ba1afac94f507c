"""Helpers shared by the tests (fixtures live in conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

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

needs_corpus = pytest.mark.skipif(
    not (SHARED / "corpus" / "news-20k.jsonl.gz").exists(), reason="../shared/corpus is not present"
)
