"""Which cluster errors a search asks again about: a lost node's, named at the top or as a root cause."""

from __future__ import annotations

from typing import Any

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


def test_other_errors_are_not_repeated():
    err = {"type": "search_phase_execution_exception", "root_cause": [{"type": "query_shard_exception"}]}
    assert not _transient(_Answer(500, {"error": err}))
    assert not _transient(_Answer(400, {"error": {"type": "node_disconnected_exception"}}))
    assert not _transient(_Answer(500, {"error": "a plain string"}))
    assert not _transient(Exception("no status"))
