"""Provides incremental indexing: one run, one Whoosh commit, nothing lost on bad input.

A run reads every input, compares each record's content hash with what the
index holds, and only enriches and writes what is new or changed. Articles
whose file vanished from a folder that was indexed are removed; articles whose
file could not be read this time are kept. Big runs are spread over worker
processes that each write their own Whoosh segment and phrase-index file (Whoosh's
MpWriter does the same, but enrichment has to run in the workers too); the
parent then commits all segments at once. Until that commit, the previous
index is what every reader sees, so Ctrl-C or a kill leaves it usable.

The plan keeps only the ids of what changed, and the writing pass reads those
records again, streaming them to the workers: holding 20,000 bodies between the
two passes cost ~130 MB for a re-read of ~1 s.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import queue as queue_mod
import shutil
import time
import traceback
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from typing import Any

from whoosh.index import LockError

from . import phrase_index, whoosh_access
from .abbreviations import learn_pairs
from .errors import ArticleError, BriefingError, IndexLockedError
from .extract.pipeline import enrich
from .loading import RawRecord, SourceFile, discover, read_source
from .models import IndexReport, Skipped
from .store import IndexStore
from .whoosh_pool import segment_writer
from .whoosh_schema import terms_of, to_document

ProgressFn = Callable[[str, int, "int | None"], None]
"""``progress(phase, done, total)``; phases: "read", "index", "commit", "merge"."""

PARALLEL_MIN_DOCS = 400
BATCH = 64
FLUSH_DOCS = 2000
"""A worker writes a segment (and a phrase-index file) every this many articles, bounding its memory."""


@dataclass
class _Existing:
    docnum: int
    hash: str
    origin: str
    ord: int


@dataclass
class _Plan:
    changed: dict[str, int] = field(default_factory=dict)
    """id → ord of each new or changed record, in reading order (the records are read again to write)."""
    where: dict[str, str] = field(default_factory=dict)
    """id → where a changed record was read (for the skips of the writing pass)."""
    sources: list[SourceFile] = field(default_factory=list)
    """The files holding changed records, in reading order."""
    delete: list[str] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    repair: list[tuple[int, int]] = field(default_factory=list)
    """(docnum, ord) of unchanged articles missing from the phrase index."""


def prepare(record: RawRecord, ord_: int) -> tuple[dict[str, Any], list[str], list[str]]:
    """Enrich one record and turn it into a Whoosh document plus its terms (for the phrase index)."""
    article = enrich(record)
    doc = to_document(article, ord_, learn_pairs(article.body))
    accented, folded = terms_of(doc["text"])
    return doc, accented, folded


def _noop_progress(phase: str, done: int, total: int | None) -> None:
    return None


class Indexer:
    def __init__(
        self,
        store: IndexStore,
        *,
        lock_timeout: float = 3.0,
        workers: int = 0,
        progress: ProgressFn | None = None,
    ) -> None:
        self.store = store
        self.lock_timeout = lock_timeout
        self.workers = workers or os.cpu_count() or 1
        self.progress = progress or _noop_progress

    def run(self, paths: list[Path], rebuild: bool = False) -> IndexReport:
        started = time.perf_counter()
        notices: list[str] = []
        with self.store.write_lock(self.lock_timeout):
            status = self.store.status()
            meta = self.store.read_meta() if status != "missing" else None
            roots = [Path(os.path.abspath(p)) for p in paths]
            if status == "outdated":
                notices.append("the index was built by another version of briefing-tui: rebuilding it")
                rebuild = True
                roots = _union_paths([Path(s) for s in (meta.sources if meta else [])], roots)
            elif status == "missing" and not rebuild:
                notices.append(f"creating a new index at {self.store.root}")
                rebuild = True
            self.store.discard_inactive()
            folder = self.store.new_generation_dir() if rebuild else self.store.active_dir()
            try:
                report = self._run_in(folder, roots, rebuild)
            except BaseException:
                if rebuild:
                    shutil.rmtree(folder, ignore_errors=True)
                raise
            sources = [str(p) for p in _union_paths([Path(s) for s in (meta.sources if meta and not rebuild else [])], roots)]
            if rebuild:
                self.store.activate(folder, sources)
            elif report.changed:
                self.store.touch(sources)
        return IndexReport(
            added=report.added,
            updated=report.updated,
            unchanged=report.unchanged,
            removed=report.removed,
            skipped=report.skipped,
            seconds=time.perf_counter() - started,
            rebuilt=rebuild,
            notices=tuple(notices),
        )

    # --- planning -------------------------------------------------------------

    def _run_in(self, folder: Path, roots: list[Path], rebuild: bool) -> IndexReport:
        ix = self.store.open_whoosh(folder)
        existing, max_ord = self._existing(ix)
        phrases_dir = folder / "phrases"
        next_ord = max(max_ord, phrase_index.max_ord_on_disk(phrases_dir)) + 1
        plan = self._plan(roots, existing, next_ord)
        plan.repair = self._uncovered(ix, phrases_dir, existing)
        if plan.changed or plan.delete or plan.repair:
            self._write(ix, phrases_dir, plan)
        return IndexReport(
            added=plan.added,
            updated=plan.updated,
            unchanged=plan.unchanged,
            removed=plan.removed,
            skipped=tuple(plan.skipped),
        )

    def _existing(self, ix: Any) -> tuple[dict[str, _Existing], int]:
        with ix.reader() as reader:
            ids = whoosh_access.read_varbytes_column(reader, "id")
            hashes = whoosh_access.read_varbytes_column(reader, "hash")
            origins = whoosh_access.read_varbytes_column(reader, "origin")
            ords = whoosh_access.read_numeric_column(reader, "ord")
            deleted = whoosh_access.deleted_docnums(reader)
        existing = {}
        for docnum, raw_id in enumerate(ids):
            if docnum in deleted or not raw_id:
                continue
            existing[raw_id.decode("utf-8")] = _Existing(
                docnum, hashes[docnum].decode("ascii"), origins[docnum].decode("utf-8"), ords[docnum]
            )
        return existing, max(ords, default=-1)

    def _plan(self, roots: list[Path], existing: dict[str, _Existing], next_ord: int) -> _Plan:
        from .extract.pipeline import PIPELINE_VERSION

        plan = _Plan()
        files, skipped = discover(roots)
        plan.skipped.extend(skipped)
        seen: dict[str, str] = {}
        failed_origins: set[str] = set()
        total = len(files)
        for done, source in enumerate(files, 1):
            for item in read_source(source):
                if isinstance(item, Skipped):
                    plan.skipped.append(item)
                    failed_origins.add(str(source.path))
                    continue
                if item.id in seen:
                    plan.skipped.append(Skipped(item.where, f"duplicate id '{item.id}' (first read at {seen[item.id]})"))
                    continue
                seen[item.id] = item.where
                old = existing.get(item.id)
                digest = item.content_hash(PIPELINE_VERSION)
                if old is None:
                    plan.added += 1
                elif old.hash != digest or old.origin != item.origin:
                    plan.updated += 1
                    plan.delete.append(item.id)
                else:
                    plan.unchanged += 1
                    continue
                plan.changed[item.id] = next_ord
                plan.where[item.id] = item.where
                if not plan.sources or plan.sources[-1] != source:
                    plan.sources.append(source)
                next_ord += 1
            self.progress("read", done, total)
        readable_roots = [r for r in roots if r.exists()]
        for doc_id, old in existing.items():
            if doc_id in seen or old.origin in failed_origins:
                continue
            if any(_is_under(Path(old.origin), r) for r in readable_roots):
                plan.delete.append(doc_id)
                plan.removed += 1
        return plan

    def _uncovered(self, ix: Any, phrases_dir: Path, existing: dict[str, _Existing]) -> list[tuple[int, int]]:
        """Live articles the phrase index does not cover (a file was lost or damaged)."""
        if not existing:
            return []
        index = phrase_index.PhraseIndex.open(phrases_dir, ix.latest_generation())
        try:
            covered = index.covered()
        finally:
            index.close()
        return sorted((e.docnum, e.ord) for e in existing.values() if e.ord not in covered)

    # --- writing ------------------------------------------------------------

    def _write(self, ix: Any, phrases_dir: Path, plan: _Plan) -> None:
        generation = ix.latest_generation() + 1
        phrase_index.discard_generation(phrases_dir, generation)
        try:
            writer = segment_writer(ix, lock=True, timeout=self.lock_timeout)
        except LockError:
            raise IndexLockedError(
                f"another process is writing the index at {self.store.root}; try again when it finishes"
            ) from None
        try:
            if len(plan.changed) >= PARALLEL_MIN_DOCS and self.workers > 1:
                segments = self._write_parallel(ix, phrases_dir, generation, plan)
            else:
                segments = self._write_serial(writer, phrases_dir, generation, plan)
            # after the adds: a failed update has been taken off plan.delete and keeps its old version
            for doc_id in plan.delete:
                writer.delete_by_term("id", doc_id)
            if plan.repair:
                self._repair(ix, plan.repair, set(plan.delete), phrases_dir, generation)
            self.progress("commit", 0, None)
            final = writer._merge_segments(None, None, None)
            final.extend(segments)
            if writer._added:
                final.append(writer._finalize_segment())
            else:
                writer._close_segment()
            writer._commit_toc(final)
            writer._finish()
        except BaseException:
            _abandon(writer)
            phrase_index.discard_generation(phrases_dir, generation)
            raise
        self._merge_phrases(ix, phrases_dir)

    def _changed_records(self, plan: _Plan) -> Iterator[tuple[int, RawRecord]]:
        """The planned records, read again in the same order; one that is gone by now is a skip."""
        pending = dict(plan.changed)
        for source in plan.sources:
            for item in read_source(source):
                if isinstance(item, Skipped):
                    continue
                ord_ = pending.pop(item.id, None)  # a later duplicate of the id is not in it any more
                if ord_ is not None:
                    yield ord_, item
        for doc_id in pending:
            plan.skipped.append(Skipped(plan.where[doc_id], "changed or removed while it was being indexed"))
            _uncount(plan, doc_id)

    def _write_serial(self, writer: Any, phrases_dir: Path, generation: int, plan: _Plan) -> list[Any]:
        builder = phrase_index.PhraseIndexBuilder()
        total = len(plan.changed)
        for done, (ord_, record) in enumerate(self._changed_records(plan), 1):
            try:
                doc, accented, folded = prepare(record, ord_)
            except Exception as exc:  # one bad article must not stop the run
                plan.skipped.append(_skip_for(record, exc))
                _uncount(plan, record.id)
            else:
                writer.add_document(**doc)
                builder.add(ord_, accented, folded)
            if done % 16 == 0 or done == total:
                self.progress("index", done, total)
        if len(builder):
            builder.write(phrase_index.run_file(phrases_dir, generation, "0"))
        return []

    def _write_parallel(self, ix: Any, phrases_dir: Path, generation: int, plan: _Plan) -> list[Any]:
        ctx = multiprocessing.get_context("spawn")
        nproc = min(self.workers, max(1, len(plan.changed) // 200))
        jobs: Any = ctx.Queue(maxsize=nproc * 4)
        results: Any = ctx.Queue()
        whoosh_dir = ix.storage.folder
        procs = [
            ctx.Process(
                target=_worker_main,
                args=(whoosh_dir, str(phrases_dir), generation, part, jobs, results),
                daemon=True,
            )
            for part in range(nproc)
        ]
        for p in procs:
            p.start()
        total = len(plan.changed)
        done = 0
        segments: list[Any] = []
        finished: set[int] = set()
        by_where = {where: doc_id for doc_id, where in plan.where.items()}

        def handle(message: tuple[Any, ...]) -> None:
            nonlocal done
            kind, part = message[0], message[1]
            if kind == "progress":
                done += message[2]
                for skip in message[3]:
                    plan.skipped.append(skip)
                    _uncount(plan, by_where.get(skip.where))
                self.progress("index", done, total)
            elif kind == "done":
                segments.extend(message[2])
                finished.add(part)
            elif kind == "error":
                raise BriefingError(f"an indexing worker failed:\n{message[2]}")

        def drain(block: bool) -> None:
            while True:
                try:
                    handle(results.get(timeout=0.2) if block else results.get_nowait())
                except queue_mod.Empty:
                    return
                if block:
                    return

        try:
            for batch in _batches(self._changed_records(plan), BATCH):
                while True:
                    try:
                        jobs.put(batch, timeout=0.2)
                        break
                    except queue_mod.Full:
                        drain(block=False)
                        _check_alive(procs, finished)
                drain(block=False)
            for _ in procs:
                jobs.put(None)
            while len(finished) < len(procs):
                drain(block=True)
                _check_alive(procs, finished)
            for p in procs:
                p.join(timeout=30)
        except BaseException:
            # never block at exit on a pipe the dead workers no longer read
            jobs.cancel_join_thread()
            for p in procs:
                if p.is_alive():
                    p.terminate()
            for p in procs:
                p.join(timeout=5)
            raise
        return segments

    def _repair(
        self, ix: Any, missing: list[tuple[int, int]], deleted: set[str], phrases_dir: Path, generation: int
    ) -> None:
        """Rebuild the phrase index of unchanged articles from their stored text."""
        from .whoosh_schema import article_from_stored, searchable_text

        builder = phrase_index.PhraseIndexBuilder()
        with ix.searcher() as searcher:
            for docnum, ord_ in sorted(missing, key=lambda m: m[1]):
                stored = searcher.stored_fields(docnum)
                if stored.get("id") in deleted:
                    continue
                accented, folded = terms_of(searchable_text(article_from_stored(stored)))
                builder.add(ord_, accented, folded)
        if len(builder):
            builder.write(phrase_index.run_file(phrases_dir, generation, "repair"))

    def _merge_phrases(self, ix: Any, phrases_dir: Path) -> None:
        generation = ix.latest_generation()
        if len(phrase_index.active_files(phrases_dir, generation)) <= phrase_index.MAX_FILES:
            return
        self.progress("merge", 0, None)
        with ix.reader() as reader:
            ords = whoosh_access.read_numeric_column(reader, "ord")
            deleted = whoosh_access.deleted_docnums(reader)
        live = {o for d, o in enumerate(ords) if d not in deleted}
        phrase_index.merge(phrases_dir, generation, live)


def _worker_main(whoosh_dir: str, phrases_dir: str, generation: int, part: int, jobs: Any, results: Any) -> None:
    """A worker process: enrich and write its share into its own segments and phrase-index files."""
    try:
        from whoosh import index as windex

        ix = windex.open_dir(whoosh_dir)
        writer = segment_writer(ix, lock=False)
        builder = phrase_index.PhraseIndexBuilder()
        segments: list[Any] = []

        def flush() -> None:
            nonlocal writer, builder
            if not writer._added:
                return
            segments.append(writer._finalize_segment())  # not _finish(): the parent owns the shared temp folder
            builder.write(phrase_index.run_file(Path(phrases_dir), generation, f"{part}_{len(segments)}"))
            writer = segment_writer(ix, lock=False)
            builder = phrase_index.PhraseIndexBuilder()

        while True:
            batch = jobs.get()
            if batch is None:
                break
            skipped = []
            for ord_, record in batch:
                try:
                    doc, accented, folded = prepare(record, ord_)
                except Exception as exc:  # reported, never fatal
                    skipped.append(_skip_for(record, exc))
                    continue
                writer.add_document(**doc)
                builder.add(ord_, accented, folded)
            if writer.doc_count() >= FLUSH_DOCS:
                flush()
            results.put(("progress", part, len(batch), skipped))
        flush()
        if not writer._added:
            writer._close_segment()
        results.put(("done", part, segments))
    except BaseException:
        results.put(("error", part, traceback.format_exc()))


def _abandon(writer: Any) -> None:
    """Cancel a writer after a failure; Whoosh can keep its lock when commit() fails, so release it."""
    with contextlib.suppress(Exception):
        if not writer.is_closed:
            writer.cancel()
    lock = getattr(writer, "writelock", None)
    if lock is not None:
        with contextlib.suppress(Exception):
            lock.release()


def _check_alive(procs: list[Any], finished: set[int]) -> None:
    for part, p in enumerate(procs):
        if part not in finished and not p.is_alive() and p.exitcode not in (None, 0):
            raise BriefingError(f"an indexing worker stopped unexpectedly (exit code {p.exitcode}); the index is unchanged")


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _skip_for(record: RawRecord, exc: Exception) -> Skipped:
    if isinstance(exc, ArticleError):
        return Skipped(record.where, exc.message)
    return Skipped(record.where, f"could not be processed ({type(exc).__name__}: {exc})")


def _uncount(plan: _Plan, doc_id: str | None) -> None:
    """A record that failed enrichment was counted as added or updated; an update keeps its old version."""
    if doc_id is None:
        return
    if doc_id in plan.delete:
        plan.delete.remove(doc_id)
        plan.updated -= 1
        plan.unchanged += 1
    else:
        plan.added -= 1


def _is_under(path: Path, root: Path) -> bool:
    return path == root or root in path.parents


def _union_paths(a: list[Path], b: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in a + b:
        if p not in out:
            out.append(p)
    return out
