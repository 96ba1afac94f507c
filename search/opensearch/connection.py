"""Provides the client for the configured cluster and the one place its errors become ``ClusterError``.

Requests go round the configured hosts; a node that does not answer is marked dead and the request is
retried on the next (``opensearch.retries``), each try bounded by ``opensearch.timeout`` seconds, so a
dead node costs one timeout at most and a dead cluster gives up after ``(retries + 1) × timeout``.
Secrets come from environment variables named in the config, never from the file itself.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

from ..config import OpenSearchConfig
from ..errors import BriefingError, ClusterError, ConfigError, IndexMissingError
from ..sanitize import one_line

T = TypeVar("T")
HOSTS_ENV = "BRIEFING_OS_HOSTS"
"""Comma-separated node URLs: used when neither the config nor ``--os-host`` names any (CI sets it)."""


def hosts_of(config: OpenSearchConfig) -> list[str]:
    hosts = list(config.hosts) or [h.strip() for h in os.environ.get(HOSTS_ENV, "").split(",") if h.strip()]
    if not hosts:
        raise ConfigError(
            "the opensearch backend needs a cluster: set opensearch.hosts in config.yaml, "
            f"--os-host URL or ${HOSTS_ENV}"
        )
    for host in hosts:
        if not host.startswith(("http://", "https://")):
            raise ConfigError(f"opensearch host '{one_line(host, limit=80)}' must be a URL (http://HOST:PORT or https://…)")
    return hosts


class Connection:
    """One client for one cluster, and the description of it that error messages name."""

    def __init__(self, config: OpenSearchConfig) -> None:
        from opensearchpy import OpenSearch

        self.config = config
        self.hosts = hosts_of(config)
        self.where = ", ".join(self.hosts) if len(self.hosts) <= 3 else f"{self.hosts[0]} (+{len(self.hosts) - 1})"
        kwargs: dict[str, Any] = {
            "hosts": self.hosts,
            "timeout": config.timeout,
            "max_retries": config.retries,
            "retry_on_timeout": True,
            "http_compress": True,
            "verify_certs": config.verify_certs,
        }
        if config.ca_certs:
            kwargs["ca_certs"] = config.ca_certs
        api_key = os.environ.get(config.api_key_env, "")
        user = os.environ.get(config.username_env, "")
        if api_key:
            kwargs["headers"] = {"Authorization": f"ApiKey {api_key}"}
        elif user:
            kwargs["http_auth"] = (user, os.environ.get(config.password_env, ""))
        self.client = OpenSearch(**kwargs)

    def search(self, what: str, body: dict[str, Any]) -> dict[str, Any]:
        """A search of the configured index that answers whole or not at all: a shard whose copies
        are all gone is an error (a 503, which the client retries on the next node), never a
        smaller count passed off as the answer."""
        from opensearchpy import exceptions as ex

        params = {"allow_partial_search_results": "false"}
        tries = max(self.config.retries, MAX_SEARCH_TRIES)  # the waits below end it first
        got: dict[str, Any] = {}
        refusals = 0
        waited = 0.0
        for attempt in range(tries):
            try:
                got = self.client.search(index=self.config.index, body=body, params=params)
                break
            except ex.TransportError as exc:
                refused = isinstance(exc, ex.ConnectionError) and not isinstance(exc, ex.ConnectionTimeout)
                if refused and refusals < REFUSALS_RETRIED and attempt + 1 < tries:
                    # a node that just died refuses the client (also right after a lost node's 503);
                    # the client has now put it aside, so once more goes to a live node (a cluster
                    # that is down costs REFUSALS_RETRIED more tries, ~0.6 s)
                    refusals += 1
                    time.sleep(0.2 * refusals)
                    continue
                pause = min(0.5 * (attempt + 1), 2.0)
                if attempt + 1 < tries and _transient(exc) and waited + pause <= TRANSIENT_WAIT_S:
                    time.sleep(pause)  # the cluster is taking a lost node's shards off its list
                    waited += pause
                    continue
                with self.errors(what):
                    raise
        shards = got.get("_shards") or {}
        if shards.get("failed"):
            raise ClusterError(f"{what}: {shards['failed']} of {shards.get('total', '?')} shards of index "
                               f"'{self.config.index}' did not answer; the cluster may be recovering: try again")
        return got

    def call(self, what: str, fn: Callable[[], T]) -> T:
        with self.errors(what):
            return fn()

    @contextmanager
    def errors(self, what: str) -> Iterator[None]:
        """Every failure of the client as one line: what we were doing, where, why, what to check."""
        from opensearchpy import exceptions as ex

        cfg = self.config
        try:
            yield
        except BriefingError:
            raise
        except ex.NotFoundError as exc:
            if "index_not_found_exception" in _error_types(exc):
                raise IndexMissingError(
                    f"{what}: there is no index '{cfg.index}' on the OpenSearch cluster at {self.where}: "
                    "run `briefing-tui --backend opensearch index PATH…` to create it"
                ) from None
            raise ClusterError(f"{what}: the OpenSearch cluster at {self.where} answered 404 ({_reason(exc)})") from None
        except ex.ConnectionTimeout:
            raise ClusterError(
                f"{what}: the OpenSearch cluster at {self.where} did not answer within {cfg.timeout:g} s "
                f"({cfg.retries + 1} tries); it may be overloaded or stopping: try again, or raise opensearch.timeout"
            ) from None
        except ex.SSLError as exc:
            raise ClusterError(
                f"{what}: the TLS handshake with {self.where} failed ({_reason(exc)}); "
                "check opensearch.ca_certs (the cluster's CA bundle) and the hosts' https URLs"
            ) from None
        except ex.ConnectionError as exc:
            raise ClusterError(
                f"{what}: cannot reach the OpenSearch cluster at {self.where} ({_reason(exc)}); "
                "is it running? check opensearch.hosts (or --os-host)"
            ) from None
        except ex.AuthenticationException:
            raise ClusterError(
                f"{what}: the OpenSearch cluster at {self.where} refused our credentials (401): "
                f"set ${cfg.username_env} and ${cfg.password_env}, or ${cfg.api_key_env}"
            ) from None
        except ex.AuthorizationException:
            raise ClusterError(
                f"{what}: the OpenSearch cluster at {self.where} does not allow this user to do that (403) "
                f"on index '{cfg.index}': ask its administrator for read (and, to index, write) rights"
            ) from None
        except ex.TransportError as exc:
            raise ClusterError(
                f"{what}: the OpenSearch cluster at {self.where} answered {exc.status_code} ({_reason(exc)})"
            ) from None
        except ex.OpenSearchException as exc:
            raise ClusterError(f"{what}: OpenSearch client error ({_reason(exc)})") from None


MAX_SEARCH_TRIES = 12
TRANSIENT_WAIT_S = 12.0
"""How long a search waits in all for a cluster that is losing a node (0.5, 1, 1.5, then 2 s between
tries) before it says so: CI saw replicas promoted after a SIGKILL within ~5 s on a quiet box, and
beyond the old 5 s bound (1 + 4 tries) on a loaded one; an analyst would rather wait a few seconds more
than see an error during a failover."""
REFUSALS_RETRIED = 2
"""Refused connections a search tries past: CI met one right after a lost node's 503, where only the
first try's was retried."""
_TRANSIENT = frozenset({"node_not_connected_exception", "node_disconnected_exception", "no_shard_available_action_exception"})
"""What a node answers for a few hundred milliseconds after another node died, before the cluster has
taken it off its list (seen in CI: a 500 "node_not_connected_exception" right after a SIGKILL)."""


def _transient(exc: Exception) -> bool:
    """A search worth asking again (a read: safe to repeat, a bounded number of times): any 503, and a
    500 naming a lost node at the top or as a root cause (CI met a "search_phase_execution_exception"
    whose root cause was "node_disconnected_exception", and the top-level type alone missed it; and a
    503 "search_phase_execution_exception" with no root cause at all, right after a SIGKILL)."""
    status = getattr(exc, "status_code", None)
    if status == 503:
        return True  # unavailable: also "all shards failed" with no root cause, while a replica is promoted
    return status == 500 and not _error_types(exc).isdisjoint(_TRANSIENT)


def _error_types(exc: Exception) -> set[str]:
    """The server's error type and those of its root causes and failed shards."""
    info = getattr(exc, "info", None)
    err = info.get("error") if isinstance(info, dict) else None
    if not isinstance(err, dict):
        return set()
    found = {str(err.get("type", ""))}
    for part in list(err.get("root_cause") or []) + list(err.get("failed_shards") or []):
        if isinstance(part, dict):
            found.add(str(part.get("type", "")))
            reason = part.get("reason")
            if isinstance(reason, dict):
                found.add(str(reason.get("type", "")))
    return found


def _reason(exc: Exception) -> str:
    """The cause as a short line: the server's error type and reason, else the exception's text."""
    info = getattr(exc, "info", None)
    if isinstance(info, dict):
        err = info.get("error")
        if isinstance(err, dict):
            root = (err.get("root_cause") or [err])[0]
            if isinstance(root, dict):
                return one_line(f"{root.get('type', '')}: {root.get('reason', '')}", limit=160)
    error = getattr(exc, "error", None)
    text = str(error) if isinstance(error, str) and error else str(exc)
    return one_line(text, limit=160)
