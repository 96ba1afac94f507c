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
def seed_service(embedded_seed_service: SearchService) -> SearchService:
    """A real index of the five bundled seeds, built once; tests must not change it."""
    return embedded_seed_service


@pytest.fixture(scope="session")
def embedded_seed_service(tmp_path_factory: pytest.TempPathFactory) -> SearchService:
    """``seed_service``, also under this name: for a module that runs ``seed_service`` on both
    backends and has a test of the embedded backend alone."""
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


# --- the OpenSearch backend: a real cluster, named by $BRIEFING_OS_HOSTS (.ci/run starts one) -------------

OS_HOSTS_ENV = "BRIEFING_OS_HOSTS"
BACKENDS = ["whoosh", pytest.param("opensearch", marks=pytest.mark.opensearch)]
"""``@pytest.mark.parametrize("backend", BACKENDS)`` or the ``backend`` fixture: a test on both backends."""


def os_hosts() -> tuple[str, ...]:
    """The cluster's node URLs, or a skip saying how to get one (the README's test command passes
    on a laptop with no cluster; .ci/run starts one and fails if these tests skipped)."""
    import os

    hosts = tuple(h.strip() for h in os.environ.get(OS_HOSTS_ENV, "").split(",") if h.strip())
    if not hosts:
        pytest.skip(f"no OpenSearch cluster: set ${OS_HOSTS_ENV} (ci/opensearch/start prints the URLs)")
    return hosts


def os_config(index: str, hosts: tuple[str, ...] | None = None, **opensearch: object) -> Config:
    import dataclasses

    from briefing_tui.search.config import OpenSearchConfig, SearchConfig

    base = OpenSearchConfig(hosts=hosts if hosts is not None else os_hosts(), index=index, timeout=30.0)
    return Config(search=SearchConfig(backend="opensearch"), opensearch=dataclasses.replace(base, **opensearch))  # type: ignore[arg-type]


def unique_index(label: str) -> str:
    import uuid

    return f"test-{label}-{uuid.uuid4().hex[:10]}"


def drop_index(service: SearchService) -> None:
    conn = service.conn  # type: ignore[attr-defined]
    conn.client.indices.delete(index=conn.config.index, ignore_unavailable=True)
    service.close()


@pytest.fixture(scope="session")
def os_seed_service() -> SearchService:
    """The five seeds on the cluster (index built once; tests must not change it)."""
    from briefing_tui.search.service import open_service

    service = open_service(os_config(unique_index("seeds")))
    report = service.index(None)
    assert report.added == 5, report
    yield service
    drop_index(service)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    if request.param == "opensearch":
        os_hosts()
    return str(request.param)


@pytest.fixture
def make_service(backend: str, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A factory of empty services on the test's backend (each its own index); dropped afterwards."""
    from briefing_tui.search.service import open_service

    made: list[SearchService] = []

    def make(name: str = "ix") -> SearchService:
        if backend == "opensearch":
            service = open_service(os_config(unique_index(name)))
        else:
            service = SearchService(Config(), tmp_path / name)
        made.append(service)
        return service

    yield make
    for service in made:
        if backend == "opensearch":
            drop_index(service)
        else:
            service.close()



@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]):  # type: ignore[no-untyped-def]
    """With ``$BRIEFING_OS_REQUIRED=1`` (.ci/run, which starts a cluster) a skipped ``opensearch`` test
    is a failure: CI must not pass by not running them."""
    import os

    outcome = yield
    report = outcome.get_result()
    if report.skipped and item.get_closest_marker("opensearch") and os.environ.get("BRIEFING_OS_REQUIRED") == "1":
        reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else str(report.longrepr)
        report.outcome = "failed"
        report.longrepr = f"an opensearch test skipped although $BRIEFING_OS_REQUIRED=1: {reason}"
