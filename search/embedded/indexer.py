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
import os
import shutil
import signal
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from whoosh.index import LockError

from ..errors import IndexCorruptError, IndexLockedError
from ..index_plan import is_under as _is_under
from ..inputs import UNLISTED_FOLDER, RawRecord, SourceFile, discover, is_url, path_text, read_source
from ..models import IndexReport, ProgressFn, Skipped
from ..query.source import ID
from . import column_build, columns, manifest, phrases, reads, writing
from .phrase_build import PhraseIndexBuilder
from .phrase_build import merge as merge_phrases
from .schema import HASH, ORD, ORIGIN, SCHEMA_VERSION
from .store import REBUILD, IndexStore, write_error
from .workers import phrase_terms, prepare, skip_for, write_parallel
from .writing import segment_writer

PARALLEL_MIN_DOCS = 400
"""Fewer changed articles are written in this process: a spawned worker starts a Python and
imports the extraction code before it does any work."""


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
    notes: dict[tuple[str, str], int] = field(default_factory=dict)
    """(origin, notice) → how many new or changed records of that origin carry it (a file converted
    from TCVN3, a feed of summaries): one line each in the report."""


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

    def run(self, paths: Sequence[Path | str], rebuild: bool = False) -> IndexReport:
        started = time.perf_counter()
        with _terminate_as_interrupt(), self.store.write_lock(self.lock_timeout):
            try:
                report, notices, rebuilt = self._locked_run(paths, rebuild)
            except OSError as exc:  # disk full, read-only folder: one line; the previous index stays
                raise write_error(exc, self.store.root) from None
        return IndexReport(
            added=report.added,
            updated=report.updated,
            unchanged=report.unchanged,
            removed=report.removed,
            skipped=report.skipped,
            seconds=time.perf_counter() - started,
            rebuilt=rebuilt,
            notices=tuple(notices) + report.notices,
        )

    def _locked_run(self, paths: Sequence[Path | str], rebuild: bool) -> tuple[IndexReport, list[str], bool]:
        """Decide between a rebuild and an incremental run on what is on disk, then run it.

        A damaged index is never rebuilt or deleted implicitly: only ``--rebuild``
        replaces it. A missing or damaged ``meta.json`` over an intact generation is
        recovered and written again.
        """
        notices: list[str] = []
        state = self.store.state()
        try:
            meta = self.store.read_meta()
        except IndexCorruptError:
            meta = None
        roots = [_root(p) for p in paths]
        if not rebuild:
            if state.kind == "outdated":
                notices.append("the index was built by another version of briefing-tui: rebuilding it")
                rebuild = True
                roots = _union_paths([_root(s) for s in (meta.sources if meta else [])], roots)
            elif state.kind == "missing":
                notices.append(f"creating a new index at {self.store.root}")
                rebuild = True
            elif state.kind == "damaged":
                raise IndexCorruptError(state.detail if REBUILD in state.detail else f"{state.detail}; {REBUILD}")
            elif state.detail:
                notices.append(state.detail)
        if rebuild:
            folder = self.store.new_generation_dir()
        else:
            folder = self.store.locate().folder
            self.store.discard_inactive(folder.name)  # an interrupted rebuild's folder
        try:
            report = self._run_in(folder, roots)
        except BaseException:
            if rebuild:
                shutil.rmtree(folder, ignore_errors=True)
            raise
        kept = meta.sources if meta and not rebuild else []
        sources = [str(p) for p in _union_paths([_root(s) for s in kept], roots)]
        if rebuild:
            self.store.activate(folder, sources)
        elif report.changed or meta is None or meta.active != folder.name or meta.sources != sources:
            self.store.touch(sources, folder.name)
        return report, notices, rebuild

    # --- planning -------------------------------------------------------------

    def _run_in(self, folder: Path, roots: list[Path | str]) -> IndexReport:
        ix = self.store.open_whoosh(folder)
        sealed = self.store.intact(folder)  # raises on damaged Whoosh files
        damaged = {p.name for p in manifest.check(folder, sealed) if p.is_phrase_file}
        intact = [n for n in sealed.phrase_files if n not in damaged]
        self._discard_leftovers(ix, folder, sealed, intact)
        existing, max_ord = self._existing(ix)
        next_ord = max(max_ord, phrases.max_ord_on_disk(folder / "phrases")) + 1
        plan = self._plan(roots, existing, next_ord)
        plan.repair = self._uncovered(folder, intact, existing)
        if plan.changed or plan.delete or plan.repair or damaged:
            self._write(ix, folder, plan, sealed, intact, existing)
        elif (fresh := manifest.restamped(folder, sealed)) is not None:
            manifest.write(folder, fresh)  # a copied index: reads stop checking every file in full
        return IndexReport(
            added=plan.added,
            updated=plan.updated,
            unchanged=plan.unchanged,
            removed=plan.removed,
            skipped=tuple(plan.skipped),
            notices=_notes(plan.notes),
        )

    @staticmethod
    def _discard_leftovers(ix: Any, folder: Path, sealed: manifest.Manifest, intact: list[str]) -> None:
        """Files of a run that never committed (a kill, a full disk): orphan segments, Whoosh's
        temporary folder, phrase files and manifests no committed generation lists."""
        writing.discard_leftovers(ix, folder / "whoosh")
        phrases.discard_unlisted(folder / "phrases", {Path(n).name for n in intact})
        phrases.discard_unlisted(folder / columns.FOLDER, {Path(n).name for n in sealed.files})
        for stale in manifest.stale(folder, sealed.generation):
            stale.unlink(missing_ok=True)

    def _existing(self, ix: Any) -> tuple[dict[str, _Existing], int]:
        with ix.reader() as reader:
            ids = reads.read_varbytes_column(reader, ID)
            hashes = reads.read_varbytes_column(reader, HASH)
            origins = reads.read_varbytes_column(reader, ORIGIN)
            ords = reads.read_numeric_column(reader, ORD)
            deleted = reads.deleted_docnums(reader)
        existing = {}
        for docnum, raw_id in enumerate(ids):
            if docnum in deleted or not raw_id:
                continue
            existing[raw_id.decode("utf-8")] = _Existing(
                docnum, hashes[docnum].decode("ascii"), origins[docnum].decode("utf-8"), ords[docnum]
            )
        return existing, max(ords, default=-1)

    def _plan(self, roots: list[Path | str], existing: dict[str, _Existing], next_ord: int) -> _Plan:
        from ..extract.pipeline import PIPELINE_VERSION

        plan = _Plan()
        files, skipped = discover(roots)
        plan.skipped.extend(skipped)
        # a folder that could not be listed (permission denied) hides its files: keep their articles
        # (paths compared as path_text, the repaired form origins are stored in)
        unlisted = [Path(s.where) for s in skipped if s.reason.startswith(UNLISTED_FOLDER)]
        seen: dict[str, str] = {}
        failed_origins: set[str] = set()
        feed_origins: set[str] = set()  # a feed lists only its latest items: the older ones stay
        total = len(files)
        for done, source in enumerate(files, 1):
            for item in read_source(source):
                if isinstance(item, Skipped):
                    plan.skipped.append(item)
                    failed_origins.add(source.origin)
                    continue
                if item.id in seen:
                    plan.skipped.append(Skipped(item.where, f"duplicate id '{item.id}' (first read at {seen[item.id]})"))
                    continue
                seen[item.id] = item.where
                if item.from_feed:
                    feed_origins.add(item.origin)
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
                if item.notice:
                    key = (item.origin, item.notice)
                    plan.notes[key] = plan.notes.get(key, 0) + 1
                plan.where[item.id] = item.where
                if not plan.sources or plan.sources[-1] != source:
                    plan.sources.append(source)
                next_ord += 1
            self.progress("read", done, total)
        readable_roots = [Path(path_text(r)) for r in roots if isinstance(r, Path) and r.exists()]
        for doc_id, old in existing.items():
            if doc_id in seen or old.origin in failed_origins or old.origin in feed_origins:
                continue
            origin = Path(old.origin)
            if any(_is_under(origin, d) for d in unlisted):
                continue
            if any(_is_under(origin, r) for r in readable_roots):
                plan.delete.append(doc_id)
                plan.removed += 1
        return plan

    @staticmethod
    def _uncovered(folder: Path, intact: list[str], existing: dict[str, _Existing]) -> list[tuple[int, int]]:
        """Live articles no intact phrase file covers (a file was lost or damaged)."""
        if not existing:
            return []
        index = phrases.PhraseIndex.open([folder / n for n in intact])
        try:
            covered = index.covered()
        finally:
            index.close()
        return sorted((e.docnum, e.ord) for e in existing.values() if e.ord not in covered)

    # --- writing ------------------------------------------------------------

    def _write(
        self,
        ix: Any,
        folder: Path,
        plan: _Plan,
        sealed: manifest.Manifest,
        intact: list[str],
        existing: dict[str, _Existing],
    ) -> None:
        """Write the changes as Whoosh generation n+1: segments and phrase files first, then the
        manifest that seals them, then the table of contents that makes them visible. Until that
        last rename every reader sees generation n; a failure removes what this run wrote."""
        phrases_dir = folder / "phrases"
        generation = ix.latest_generation() + 1
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
                writer.delete_by_term(ID, doc_id)
            if plan.repair:
                self._repair(ix, plan.repair, set(plan.delete), phrases_dir, generation)
            self.progress("commit", 0, None)
            final = writing.finish_segments(writer, segments)
            dead = {existing[i].ord for i in plan.delete if i in existing}
            kept = {e.ord for e in existing.values()} - dead  # the old articles still live after this run
            phrase_names = self._phrase_files(folder, generation, self._live_phrase_files(folder, intact, kept), dead)
            whoosh_names = [f"whoosh/{name}" for name in writing.segment_files(ix, final)]
            with writing.segments_reader(ix, final) as reader:
                column_name = column_build.write(reader, folder, generation)
            manifest.write(folder, manifest.seal(
                folder, generation, SCHEMA_VERSION, [seg.segment_id() for seg in final],
                whoosh_names + phrase_names + [column_name], sealed
            ))
            writing.commit(writer, final)
        except BaseException:
            writing.abandon(writer)
            self._discard_leftovers(ix, folder, sealed, intact)
            raise
        writing.finish(writer)
        phrases.discard_unlisted(phrases_dir, {Path(n).name for n in phrase_names})
        phrases.discard_unlisted(folder / columns.FOLDER, {Path(column_name).name})
        for stale in manifest.stale(folder, generation):
            stale.unlink(missing_ok=True)

    def _phrase_files(self, folder: Path, generation: int, intact: list[str], dead: set[int]) -> list[str]:
        """The phrase files of the new generation: the intact old ones and this run's. A run that wrote
        several (workers flush every ``FLUSH_DOCS`` articles) merges them into one: at 20k articles ten
        files held 5.3 M pair keys for 2.0 M distinct pairs, and every pair lookup searched all ten.
        When files still pile up past ``MAX_FILES``, all are merged."""
        phrases_dir = folder / "phrases"
        prefix = phrases.run_file(phrases_dir, generation, "").name[:-len(".bin")]
        new = sorted(f"phrases/{p.name}" for p in phrases_dir.iterdir() if p.name.startswith(prefix))
        if len(intact) + len(new) > phrases.MAX_FILES:
            self.progress("merge", 0, None)
            target = phrases.merged_file(phrases_dir, generation)
            merge_phrases([folder / n for n in intact + new], target, dead)
            return [f"phrases/{target.name}"]
        if len(new) > 1:
            self.progress("merge", 0, None)
            target = phrases.merged_file(phrases_dir, generation, "run")
            merge_phrases([folder / n for n in new], target, dead)
            return intact + [f"phrases/{target.name}"]
        return intact + new

    @staticmethod
    def _live_phrase_files(folder: Path, intact: list[str], kept: set[int]) -> list[str]:
        """The intact phrase files that hold an article still live after this run (``kept``: their ordinals): a
        file whose every article was deleted or replaced, by this run or an earlier one, is left out of the new
        generation (and removed after the commit), as its Whoosh segments are (``writing.finish_segments``): an
        update of every article had kept the old 85 MB run file beside the new one at 20k articles."""
        live = []
        for name in intact:
            index = phrases.PhraseIndex.open([folder / name])  # (one a time: an unreadable one is kept, as before)
            try:
                if not index.files or not index.covered().isdisjoint(kept):
                    live.append(name)
            finally:
                index.close()
        return live

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
        builder = PhraseIndexBuilder()
        total = len(plan.changed)
        for done, (ord_, record) in enumerate(self._changed_records(plan), 1):
            try:
                doc, accented, folded, edges = prepare(record, ord_)
            except Exception as exc:  # one bad article must not stop the run
                plan.skipped.append(skip_for(record, exc))
                _uncount(plan, record.id)
            else:
                writer.add_document(**doc)
                builder.add(ord_, accented, folded, edges)
            if done % 16 == 0 or done == total:
                self.progress("index", done, total)
        if len(builder):
            builder.write(phrases.run_file(phrases_dir, generation, "0"))
        return []

    def _write_parallel(self, ix: Any, phrases_dir: Path, generation: int, plan: _Plan) -> list[Any]:
        total = len(plan.changed)
        done = 0
        by_where = {where: doc_id for doc_id, where in plan.where.items()}

        def on_batch(count: int, skipped: list[Skipped]) -> None:
            nonlocal done
            done += count
            for skip in skipped:
                plan.skipped.append(skip)
                _uncount(plan, by_where.get(skip.where))
            self.progress("index", done, total)

        nproc = min(self.workers, max(1, total // 200))
        return write_parallel(ix, phrases_dir, generation, self._changed_records(plan), nproc, on_batch)

    def _repair(
        self, ix: Any, missing: list[tuple[int, int]], deleted: set[str], phrases_dir: Path, generation: int
    ) -> None:
        """Rebuild the phrase index of unchanged articles from their stored text."""
        from .schema import STORED_DOC, article_from_stored, searchable_text

        builder = PhraseIndexBuilder()
        with ix.searcher() as searcher:
            records = reads.VarBytesReader(searcher.reader(), STORED_DOC)
            for docnum, ord_ in sorted(missing, key=lambda m: m[1]):
                if searcher.stored_fields(docnum).get(ID) in deleted:
                    continue
                builder.add(ord_, *phrase_terms(searchable_text(article_from_stored(records[docnum]))))
        if len(builder):
            builder.write(phrases.run_file(phrases_dir, generation, "repair"))

@contextlib.contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """SIGTERM and SIGHUP (a closed terminal) during a run stop it like Ctrl-C: the workers are
    ended, this run's files removed, the lock released, the previous index kept. Only the main
    thread can install signal handlers; the app's worker threads rely on the workers' own watch."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    wanted = [sig for sig in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None)) if sig is not None]
    previous = {sig: signal.signal(sig, interrupt) for sig in wanted}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)


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


def _root(given: Path | str) -> Path | str:
    """A path as an absolute path; a feed's http(s) address as it is."""
    return given if is_url(given) else Path(os.path.abspath(given))


MAX_NOTES = 20


def _notes(notes: dict[tuple[str, str], int]) -> tuple[str, ...]:
    """One line per (origin, notice), the most frequent first, at most ``MAX_NOTES``."""
    lines = [
        f"{origin}: {notice}" + (f" ({count} articles)" if count > 1 else "")
        for (origin, notice), count in sorted(notes.items(), key=lambda kv: (-kv[1], kv[0]))
    ]
    if len(lines) > MAX_NOTES:
        lines = lines[:MAX_NOTES] + [f"… and {len(lines) - MAX_NOTES} more such notes"]
    return tuple(lines)


def _union_paths(a: list[Path | str], b: list[Path | str]) -> list[Path | str]:
    out: list[Path | str] = []
    for p in a + b:
        if p not in out:
            out.append(p)
    return out
