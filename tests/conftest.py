"""Shared fixtures: an isolated environment and real indexes built on disk.

Tests never read the developer's config or index: HOME and the XDG folders
point into a temporary directory, the config/index environment variables are
unset, and the working directory is a temporary folder (so ./config.yaml of the
checkout is not picked up).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefing_tui.search.config import Config
from briefing_tui.search.service import SearchService


@pytest.fixture(autouse=True)
def isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.delenv("BRIEFING_TUI_CONFIG", raising=False)
    monkeypatch.delenv("BRIEFING_TUI_INDEX_DIR", raising=False)
    work = tmp_path_factory.mktemp("cwd")
    monkeypatch.chdir(work)
    return home


@pytest.fixture(scope="session")
def seed_service(tmp_path_factory: pytest.TempPathFactory) -> SearchService:
    """A real index of the five bundled seeds, built once; tests must not change it."""
    service = SearchService(Config(), tmp_path_factory.mktemp("seed-index"))
    report = service.index(None)
    assert report.added == 5, report
    return service


@pytest.fixture(scope="session")
def corpus_slice(tmp_path_factory: pytest.TempPathFactory) -> SearchService:
    """The first 3,000 records of the 20k corpus, indexed once for every ``corpus`` test (about 40 s);
    tests must not change it."""
    from helpers import index_corpus_slice

    return index_corpus_slice(tmp_path_factory)


@pytest.fixture
def service(tmp_path: Path) -> SearchService:
    """An empty service with its own index directory."""
    svc = SearchService(Config(), tmp_path / "index")
    yield svc
    svc.close()
