"""Provides incremental indexing into the cluster: extraction in Python, bulk writes, a clear report.

A run reads every input as the embedded indexer does (``inputs``), compares each record's content
hash with the stored ``hash`` field, and enriches and sends only what is new or changed, in bulk
requests of ``BATCH`` articles; articles whose file vanished from a folder that was indexed are
deleted, those whose file could not be read this time are kept. An article the cluster rejects is a
skip with its reason; a cluster that goes away mid-run is one ``ClusterError`` (what was sent stays:
running ``index`` again resumes, the hashes telling what is already there). The index is created on
first use (``mapping.index_body``); one of another mapping version is reported, and only
``--rebuild`` replaces it.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import Any

from ..abbreviations import learn_pairs
from ..errors import ArticleError, IndexVersionError
from ..index_plan import unlisted_folders, vanished, verdict
from ..inputs import RawRecord, SourceFile, discover, path_text, read_source
from ..inputs.fetch import is_url
from ..models import IndexReport, ProgressFn, Skipped
from ..query.source import ID
from .connection import Connection
from .mapping import HASH, MAPPING_VERSION, ORIGIN, index_body, to_document

BATCH = 200
"""Articles per bulk request: ~2 MB of JSON at the corpus's median size, well under the default
100 MB request limit, and a lost request costs little to resend."""
PARALLEL_MIN_DOCS = 400
"""Fewer changed articles are enriched in this process: a spawned worker imports the extraction code
(~1 s) before it does any work."""
SLOW_REQUEST = 60.0
"""Seconds allowed to a bulk request, an index creation and the wait for its shards: writes on a
busy cluster take longer than a search (``opensearch.timeout``, when larger, wins)."""
PAGE = 5000
"""Ids read per page when listing what the index holds."""
MAX_ARTICLES = 50_000_000
"""A bound on the listing loop (a cluster answering pages forever must not hang a run)."""


def _noop(phase: str, done: int, total: int | None) -> None:
    pass


def mapping_version(conn: Connection, name: str) -> int | None:
    """The mapping version of the index ``name``; None when there is no such index."""
    client = conn.client
    if not conn.call("checking the index", lambda: client.indices.exists(index=name)):
        return None
    got = conn.call("reading the index mapping", lambda: client.indices.get_mapping(index=name))
    for body in got.values():
        meta = (body.get("mappings") or {}).get("_meta") or {}
        version = meta.get("briefing_tui_mapping")
        return int(version) if isinstance(version, int) else 0
    return 0


def version_error(name: str, found: int) -> IndexVersionError:
    return IndexVersionError(
        f"the OpenSearch index '{name}' has mapping version {found}, this briefing-tui writes version "
        f"{MAPPING_VERSION}: run `briefing-tui --backend opensearch index --rebuild PATH…` to rebuild it from its sources"
    )


class ClusterIndexer:
    def __init__(self, conn: Connection, progress: ProgressFn | None = None, workers: int = 0) -> None:
        self.conn = conn
        self.workers = workers
        self.name = conn.config.index
        self.progress = progress or _noop

    def run(self, paths: Sequence[Path | str], rebuild: bool = False) -> IndexReport:
        started = time.perf_counter()
        client, name = self.conn.client, self.name
        notices: list[str] = []
        found = mapping_version(self.conn, name)
        if found is not None and rebuild:
            self.conn.call("deleting the index for --rebuild", lambda: client.indices.delete(index=name, request_timeout=SLOW_REQUEST))
            found = None
        if found is not None and found != MAPPING_VERSION:
            raise version_error(name, found)
        if found is None:
            self._create()
            notices.append(f"created the index '{name}' on the OpenSearch cluster at {self.conn.where}")
        existing = self._existing()
        roots: list[Path | str] = [p if is_url(p) else Path(os.path.abspath(p)) for p in paths]  # a feed's address as it is
        plan = _plan(roots, existing, self.progress)
        self._write(plan)
        self.conn.call("refreshing the index",
                       lambda: client.indices.refresh(index=name, request_timeout=max(SLOW_REQUEST, self.conn.config.timeout)))
        return IndexReport(
            added=plan.added, updated=plan.updated, unchanged=plan.unchanged, removed=plan.removed,
            skipped=tuple(plan.skipped), seconds=time.perf_counter() - started, rebuilt=rebuild,
            notices=tuple(notices),
        )

    def _create(self) -> None:
        """Create the index and wait until its primaries are assigned. Both may take longer than one
        search on a busy cluster (``SLOW_REQUEST`` seconds); a create retried after a timeout, or
        another process's create, finds the index there: that is no error."""
        from opensearchpy import RequestError

        client, name = self.conn.client, self.name
        wait = max(SLOW_REQUEST, self.conn.config.timeout)
        with self.conn.errors("creating the index"):
            try:
                client.indices.create(index=name, body=index_body(), request_timeout=wait)
            except RequestError as exc:
                if exc.error != "resource_already_exists_exception":
                    raise
            client.cluster.health(index=name, wait_for_status="yellow", request_timeout=wait)

    def _existing(self) -> dict[str, tuple[str, str]]:
        """id → (content hash, origin) of every indexed article, read in pages sorted by id."""
        out: dict[str, tuple[str, str]] = {}
        after: list[Any] | None = None
        while len(out) < MAX_ARTICLES:
            body: dict[str, Any] = {"size": PAGE, "sort": [{ID: "asc"}], "_source": [HASH, ORIGIN],
                                    "query": {"match_all": {}}}
            if after is not None:
                body["search_after"] = after
            page = self.conn.search("listing the indexed articles", body)
            hits = page["hits"]["hits"]
            for h in hits:
                src = h.get("_source") or {}
                out[h["_id"]] = (str(src.get(HASH, "")), str(src.get(ORIGIN, "")))
            if len(hits) < PAGE:
                break
            after = hits[-1]["sort"]
        return out

    def _write(self, plan: _Plan) -> None:
        from opensearchpy.helpers import parallel_bulk

        client, name = self.conn.client, self.name
        total = len(plan.changed) + len(plan.delete)
        done = 0
        now_ms = int(time.time() * 1000)

        def actions() -> Iterator[dict[str, Any]]:
            for doc_id in plan.delete:
                yield {"_op_type": "delete", "_index": name, "_id": doc_id}
            for doc_id, where, doc, reason in self._prepared(plan, now_ms):
                if doc is None:
                    plan.skipped.append(Skipped(where, reason or "could not be processed"))
                    _uncount(plan, doc_id)
                    continue
                yield {"_op_type": "index", "_index": name, "_id": doc_id, "_source": doc}

        with self.conn.errors("indexing"):
            # threads send the batches while this one enriches the next articles
            for ok, item in parallel_bulk(client, actions(), thread_count=2, queue_size=2, chunk_size=BATCH,
                                          raise_on_error=False, raise_on_exception=True,
                                          request_timeout=max(SLOW_REQUEST, self.conn.config.timeout)):
                done += 1
                if not ok:
                    op, result = next(iter(item.items()))
                    if op == "delete" and result.get("status") == 404:
                        continue  # already gone
                    doc_id = str(result.get("_id", "?"))
                    error = result.get("error") or {}
                    reason = error.get("reason") if isinstance(error, dict) else str(error)
                    plan.skipped.append(Skipped(plan.where.get(doc_id, doc_id), f"the cluster rejected it ({reason})"))
                    _uncount(plan, doc_id)
                if done % 16 == 0 or done == total:
                    self.progress("index", done, total)

    def _prepared(self, plan: _Plan, now_ms: int) -> Iterator[tuple[str, str, dict[str, Any] | None, str | None]]:
        """Each changed record enriched into its document (or the reason it could not be), in worker
        processes for a big run (enrichment is ~20 ms an article, most of a run's time)."""
        records = _changed_records(plan)
        workers = self.workers or os.cpu_count() or 1
        if len(plan.changed) < PARALLEL_MIN_DOCS or workers < 2:
            yield from (_prepare(r, now_ms) for r in records)
            return
        import multiprocessing

        from ..lifeline import tracker_started

        tracker_started()  # (Textual's stderr while the app runs)
        with multiprocessing.get_context("spawn").Pool(workers) as pool:
            yield from pool.imap(partial(_prepare, now_ms=now_ms), records, chunksize=8)


def _prepare(record: RawRecord, now_ms: int) -> tuple[str, str, dict[str, Any] | None, str | None]:
    """(id, where, the cluster document or None, why not): one bad article must not stop the run."""
    from ..extract.pipeline import enrich

    try:
        article = enrich(record)
        return record.id, record.where, to_document(article, learn_pairs(article.body), now_ms), None
    except ArticleError as exc:
        return record.id, record.where, None, exc.message
    except Exception as exc:
        return record.id, record.where, None, f"could not be processed ({type(exc).__name__}: {exc})"


class _Plan:
    def __init__(self) -> None:
        self.added = self.updated = self.unchanged = self.removed = 0
        self.skipped: list[Skipped] = []
        self.changed: set[str] = set()
        self.delete: list[str] = []
        self.where: dict[str, str] = {}
        self.sources: list[SourceFile] = []
        self.new: set[str] = set()


def _plan(roots: list[Path | str], existing: dict[str, tuple[str, str]], progress: ProgressFn) -> _Plan:
    """What to send and what to delete, by the rules both backends share (``index_plan``)."""
    from ..extract.pipeline import PIPELINE_VERSION

    plan = _Plan()
    files, skipped = discover(roots)
    plan.skipped.extend(skipped)
    unlisted = unlisted_folders(skipped)
    seen: dict[str, str] = {}
    failed_origins: set[str] = set()
    for done, source in enumerate(files, 1):
        for item in read_source(source):
            if isinstance(item, Skipped):
                plan.skipped.append(item)
                failed_origins.add(path_text(source.path))
                continue
            if item.id in seen:
                plan.skipped.append(Skipped(item.where, f"duplicate id '{item.id}' (first read at {seen[item.id]})"))
                continue
            seen[item.id] = item.where
            found = verdict(existing.get(item.id), item.content_hash(PIPELINE_VERSION), item.origin)
            if found == "new":
                plan.added += 1
                plan.new.add(item.id)
            elif found == "changed":
                plan.updated += 1
            else:
                plan.unchanged += 1
                continue
            plan.changed.add(item.id)
            plan.where[item.id] = item.where
            if not plan.sources or plan.sources[-1] != source:
                plan.sources.append(source)
        progress("read", done, len(files))
    # a feed's items that dropped out of it stay (as in the embedded index): only folders and files are roots here
    gone = vanished(((doc_id, origin) for doc_id, (_, origin) in existing.items()), seen, failed_origins, unlisted, roots)
    plan.delete.extend(gone)
    plan.removed += len(gone)
    return plan


def _changed_records(plan: _Plan) -> Iterator[RawRecord]:
    """The planned records, read again (holding every body between the passes costs ~130 MB at 20k)."""
    pending = set(plan.changed)
    for source in plan.sources:
        for item in read_source(source):
            if not isinstance(item, Skipped) and item.id in pending:
                pending.discard(item.id)
                yield item
    for doc_id in sorted(pending):
        plan.skipped.append(Skipped(plan.where[doc_id], "changed or removed while it was being indexed"))
        _uncount(plan, doc_id)


def _uncount(plan: _Plan, doc_id: str) -> None:
    if doc_id in plan.new:
        plan.added -= 1
    elif doc_id in plan.changed:
        plan.updated -= 1
