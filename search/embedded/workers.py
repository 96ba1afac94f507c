"""Provides indexing in worker processes: enrichment and segment writing spread over the CPU cores.

Extraction is over half of an article's ~17 ms of indexing CPU (enrich ~9 ms,
the Whoosh document ~2, word edges ~1.5, phrase pairs ~2, Whoosh's writer the
rest), all pure Python: two workers on the project's 2-core machine build the
20k corpus in about half the time of one. Each worker writes its own Whoosh
segments (every ``SEGMENT_DOCS`` articles) and phrase-index files (every
``FLUSH_DOCS``) to bound its memory (Whoosh's MpWriter does the same, but
enrichment has to run in the workers too); the parent merges the run's phrase
files (a big merge's folded table in a second process, ``phrase_build._TableApart``)
and commits all segments at once. A
worker dies with its parent (SIGKILL, a closed terminal), and reports a
failure as data for the parent to turn into one line, never a traceback.
"""

from __future__ import annotations

import multiprocessing
import os
import queue as queue_mod
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import Any

from ..abbreviations import learn_pairs
from ..analysis import normalize
from ..errors import ArticleError, BriefingError
from ..extract.pipeline import enrich
from ..inputs import RawRecord
from ..lifeline import die_with_parent, tracker_started
from ..models import Skipped
from ..query.source import TEXT
from ..wordbreak import open_edges
from . import phrases
from .phrase_build import PhraseIndexBuilder
from .schema import terms_of, to_document
from .writing import close_unused, flush, segment_writer

BATCH = 64
FLUSH_DOCS = 2000
"""A worker writes a phrase-index file every this many articles, bounding its memory: the phrase builder
holds ~46 KB an article (92 MB for 2,000); the run's files are merged into one at its end."""
SEGMENT_DOCS = 6000
"""A worker writes a Whoosh segment every this many articles: its writer holds ~26 KB an article (160 MB
for 6,000), so a worker peaks near 400 MB. Segments are not merged after a run (Whoosh's merge took 60 s
of CPU for the 20k corpus, as long as a third of the build), so fewer, larger ones: 150k articles in ~25
segments instead of 75, 20k in 4 instead of 10, each holding its own term dictionary."""


def prepare(record: RawRecord, ord_: int) -> tuple[dict[str, Any], list[str], list[str], bytes]:
    """Enrich one record and turn it into a Whoosh document plus its terms and word edges (for the
    phrase index)."""
    article = enrich(record)
    doc = to_document(article, ord_, learn_pairs(article.body))
    accented, folded, edges = phrase_terms(doc[TEXT])
    return doc, accented, folded, edges


def phrase_terms(text: str) -> tuple[list[str], list[str], bytes]:
    """What the phrase index keeps of a text: accented and folded terms, and per term whether a word
    may straddle the boundary before it (``wordbreak.open_edges``; ~1 ms per article)."""
    accented, folded = terms_of(text)
    return accented, folded, open_edges(normalize(text))


def skip_for(record: RawRecord, exc: Exception) -> Skipped:
    """One article that could not be processed: a skip with its reason (the run goes on)."""
    if isinstance(exc, ArticleError):
        return Skipped(record.where, exc.message)
    return Skipped(record.where, f"could not be processed ({type(exc).__name__}: {exc})")


def write_parallel(
    ix: Any,
    phrases_dir: Path,
    generation: int,
    records: Iterable[tuple[int, RawRecord]],
    nproc: int,
    on_batch: Callable[[int, list[Skipped]], None],
) -> list[Any]:
    """Write ``records`` (ordinal, record) in ``nproc`` workers; returns their segments.

    ``on_batch(done, skipped)`` is called as each batch is done, with the articles that failed."""
    tracker_started()  # (before the queues: they register semaphores with it)
    ctx = multiprocessing.get_context("spawn")
    jobs: Any = ctx.Queue(maxsize=nproc * 4)
    results: Any = ctx.Queue()
    procs = [
        ctx.Process(
            target=_worker_main,
            args=(ix.storage.folder, str(phrases_dir), generation, part, jobs, results, os.getpid()),
            daemon=True,
        )
        for part in range(nproc)
    ]
    for p in procs:
        p.start()
    segments: list[Any] = []
    finished: set[int] = set()

    def handle(message: tuple[Any, ...]) -> None:
        kind, part = message[0], message[1]
        if kind == "progress":
            on_batch(message[2], message[3])
        elif kind == "done":
            segments.extend(message[2])
            finished.add(part)
        elif kind == "error":
            name, code, text = message[2:]
            if code is not None:  # the worker could not write: disk full, permissions
                raise OSError(code, text)
            raise BriefingError(f"an indexing worker failed ({name}: {text}); the index is unchanged")

    def drain(block: bool) -> None:
        while True:
            try:
                handle(results.get(timeout=0.2) if block else results.get_nowait())
            except queue_mod.Empty:
                return
            if block:
                return

    try:
        for batch in _batches(records, BATCH):
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
    finally:
        for q in (jobs, results):
            q.close()
    return segments


def _worker_main(
    whoosh_dir: str, phrases_dir: str, generation: int, part: int, jobs: Any, results: Any, parent: int
) -> None:
    """A worker process: enrich and write its share into its own segments and phrase-index files."""
    die_with_parent(parent)
    try:
        from whoosh import index as windex

        ix = windex.open_dir(whoosh_dir)
        writer = segment_writer(ix, lock=False)
        builder = PhraseIndexBuilder()
        segments: list[Any] = []
        files = 0

        def flush_phrases() -> None:
            nonlocal builder, files
            if len(builder):
                files += 1
                builder.write(phrases.run_file(Path(phrases_dir), generation, f"{part}_{files}"))
                builder = PhraseIndexBuilder()

        def flush_segment() -> None:
            nonlocal writer
            segment = flush(writer)
            if segment is not None:
                segments.append(segment)
                writer = segment_writer(ix, lock=False)

        while True:
            batch = jobs.get()
            if batch is None:
                break
            skipped = []
            for ord_, record in batch:
                try:
                    doc, accented, folded, edges = prepare(record, ord_)
                except Exception as exc:  # reported, never fatal
                    skipped.append(skip_for(record, exc))
                    continue
                writer.add_document(**doc)
                builder.add(ord_, accented, folded, edges)
            if len(builder) >= FLUSH_DOCS:
                flush_phrases()
            if writer.doc_count() >= SEGMENT_DOCS:
                flush_segment()
            results.put(("progress", part, len(batch), skipped))
        flush_phrases()
        flush_segment()
        close_unused(writer)
        results.put(("done", part, segments))
    except BaseException as exc:  # the parent turns it into one line (no traceback for a user)
        results.put(("error", part, type(exc).__name__, getattr(exc, "errno", None), getattr(exc, "strerror", None) or str(exc)))


def _check_alive(procs: list[Any], finished: set[int]) -> None:
    for part, p in enumerate(procs):
        if part not in finished and not p.is_alive() and p.exitcode not in (None, 0):
            raise BriefingError(f"an indexing worker stopped unexpectedly (exit code {p.exitcode}); the index is unchanged")


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


