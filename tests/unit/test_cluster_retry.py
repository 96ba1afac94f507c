"""Which cluster errors a search asks again about: a lost node's, named at the top or as a root cause."""

from __future__ import annotations

from typing import Any

import pytest

from briefing_tui.search.opensearch.connection import _transient


class _Answer(Exception):
    def __init__(self, status: int, info: dict[str, Any]) -> None:
        super().__init__(status)
        self.status_code = status
        self.info = info


def test_a_lost_node_named_as_the_root_cause_is_asked_again():
    # what CI met right after a node was killed: the top-level type names the search phase
    err = {"type": "search_phase_execution_exception", "root_cause": [{"type": "node_disconnected_exception"}]}
    assert _transient(_Answer(500, {"error": err}))
    assert _transient(_Answer(503, {"error": {"type": "no_shard_available_action_exception"}}))


def test_all_shards_failed_while_a_replica_is_promoted_is_asked_again():
    # what CI met next: a 503 search_phase_execution_exception with no root cause at all
    assert _transient(_Answer(503, {"error": {"type": "search_phase_execution_exception", "root_cause": []}}))


def test_other_errors_are_not_repeated():
    err = {"type": "search_phase_execution_exception", "root_cause": [{"type": "query_shard_exception"}]}
    assert not _transient(_Answer(500, {"error": err}))
    assert not _transient(_Answer(400, {"error": {"type": "node_disconnected_exception"}}))
    assert not _transient(_Answer(500, {"error": "a plain string"}))
    assert not _transient(Exception("no status"))


class _Client:
    """Answers a search with each of ``outcomes`` in turn: an exception to raise, or a result."""

    def __init__(self, outcomes: list[Any]) -> None:
        self.outcomes = outcomes
        self.calls = 0

    def search(self, **_kwargs: Any) -> Any:
        out = self.outcomes[self.calls]
        self.calls += 1
        if isinstance(out, Exception):
            raise out
        return out


def _connection(outcomes: list[Any], monkeypatch: Any) -> Any:
    from briefing_tui.search.config import OpenSearchConfig
    from briefing_tui.search.opensearch import connection

    monkeypatch.setattr(connection.time, "sleep", lambda _s: None)
    conn = connection.Connection(OpenSearchConfig(hosts=("http://127.0.0.1:9",)))
    conn.client = _Client(outcomes)
    return conn


def test_a_refusal_after_a_lost_nodes_503_is_asked_again(monkeypatch):
    """What CI met: the killed node's 503, then the client tried that node again and was refused."""
    from opensearchpy import exceptions as ex

    lost = ex.TransportError(503, "search_phase_execution_exception",
                             {"error": {"type": "x", "root_cause": [{"type": "node_disconnected_exception"}]}})
    refused = ex.ConnectionError("N/A", "Connection refused", ConnectionRefusedError(111, "refused"))
    ok = {"hits": {"hits": []}, "_shards": {"failed": 0}}
    conn = _connection([lost, refused, ok], monkeypatch)
    assert conn.search("searching", {}) == ok and conn.client.calls == 3


def test_a_cluster_that_is_down_is_an_error_after_a_few_tries(monkeypatch):
    from opensearchpy import exceptions as ex

    from briefing_tui.search.errors import ClusterError
    from briefing_tui.search.opensearch.connection import REFUSALS_RETRIED

    refused = ex.ConnectionError("N/A", "Connection refused", ConnectionRefusedError(111, "refused"))
    conn = _connection([refused] * 10, monkeypatch)
    with pytest.raises(ClusterError, match="cannot reach"):
        conn.search("searching", {})
    assert conn.client.calls == REFUSALS_RETRIED + 1


def test_a_failover_slower_than_five_seconds_is_waited_for_then_said(monkeypatch):
    """A replica promoted after ~8 s of 503s (a loaded box) is waited for; a cluster that stays
    without a copy of a shard is an error once ``TRANSIENT_WAIT_S`` of waiting is spent."""
    from opensearchpy import exceptions as ex

    from briefing_tui.search.errors import ClusterError
    from briefing_tui.search.opensearch import connection

    pauses: list[float] = []
    lost = ex.TransportError(503, "search_phase_execution_exception",
                             {"error": {"type": "search_phase_execution_exception", "root_cause": []}})
    ok = {"hits": {"hits": []}, "_shards": {"failed": 0}}
    conn = _connection([lost] * 6 + [ok], monkeypatch)
    monkeypatch.setattr(connection.time, "sleep", pauses.append)
    assert conn.search("searching", {}) == ok and conn.client.calls == 7
    assert sum(pauses) == 0.5 + 1 + 1.5 + 2 + 2 + 2 > 5  # past the old 5 s bound
    pauses.clear()
    conn = _connection([lost] * 20, monkeypatch)
    monkeypatch.setattr(connection.time, "sleep", pauses.append)
    with pytest.raises(ClusterError, match="503"):
        conn.search("searching", {})
    assert sum(pauses) <= connection.TRANSIENT_WAIT_S and conn.client.calls == len(pauses) + 1 < 20
