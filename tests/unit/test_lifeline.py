"""Child processes of an indexing run start under the app (``search/lifeline.py``).

While the app runs, Textual replaces ``sys.stderr`` with a capture whose ``fileno()`` is -1; multiprocessing's
resource tracker, started at a run's first queue or process, listed that -1 among the descriptors to keep and
failed ("bad value(s) in fds_to_keep"). The embedded engine's workers and second merge process are tested in
tests/integration/test_indexing.py and tests/unit/test_phrase_files.py; the cluster backend's enrichers here (no
cluster needed: they only enrich)."""

from __future__ import annotations

import io
import json
import sys
from multiprocessing import resource_tracker

import pytest

from briefing_tui.search import lifeline
from briefing_tui.search.opensearch import indexer as cluster_indexer


class Captured(io.StringIO):
    """What Textual puts in ``sys.stderr`` while the app runs."""

    def fileno(self) -> int:
        return -1


def no_tracker(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stop the tracker (the next start is the one under test) and capture stderr as Textual does (in the test's
    body: pytest sets its own ``sys.stderr`` between a fixture and the test)."""
    resource_tracker._resource_tracker._stop()
    monkeypatch.setattr(sys, "stderr", Captured())


@pytest.mark.slow
def test_the_cluster_backends_enrichers_start_while_stderr_has_no_descriptor(tmp_path, monkeypatch):
    no_tracker(monkeypatch)
    n = cluster_indexer.PARALLEL_MIN_DOCS + 5
    path = tmp_path / "many.jsonl"
    path.write_text("\n".join(json.dumps({"id": f"d{i}", "body": f"Tin {i}: xã {i % 7} chuyển đổi số."}, ensure_ascii=False)
                              for i in range(n)), encoding="utf-8")
    plan = cluster_indexer._plan([path], {}, lambda *_a: None)
    indexer = object.__new__(cluster_indexer.ClusterIndexer)  # (no connection: only the enriching is run)
    indexer.workers = 2
    prepared = list(indexer._prepared(plan, 0))
    assert len(prepared) == n and all(doc is not None for _id, _where, doc, _why in prepared)
    assert isinstance(sys.stderr, Captured)


def test_the_tracker_gets_the_interpreters_stderr_only_while_it_starts(monkeypatch):
    no_tracker(monkeypatch)
    seen: list[object] = []
    monkeypatch.setattr(resource_tracker, "ensure_running", lambda: seen.append(sys.stderr))
    lifeline.tracker_started()
    assert seen == [sys.__stderr__] and isinstance(sys.stderr, Captured)
    monkeypatch.setattr(sys, "stderr", io.StringIO())  # no descriptor at all: the tracker leaves it out itself
    lifeline.tracker_started()
    assert seen[-1] is sys.stderr
