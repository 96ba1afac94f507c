"""Provides ``SearchService``: the one door the CLI and the app use to reach the index.

It knows where the index lives, builds it from the configured corpus (the
bundled seeds by default) where there is none at all (``ensure_index``: the one
"no index yet" policy of every front-end), keeps one open index generation and
reopens it when another process has changed the index, and runs searches in
two steps (``SearchRun``) so a reader can paint the hits before the facet
counts. Searches are serialised with a lock because the app runs them in
worker threads. Reading never writes, and a file that breaks while it is read
is one clear error, never a traceback.
"""

from __future__ import annotations

import dataclasses
import pickle
import struct
import threading
import time
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from . import sanitize
from .config import Config, resolve_index_dir
from .embedded.store import REBUILD, IndexStore
from .errors import ArticleNotFoundError, BriefingError, IndexCorruptError, IndexVersionError
from .models import Article, Count, Filters, IndexReport, Query, SearchResult, Span
from .query.source import OFFICIAL, SOURCE

if TYPE_CHECKING:
    from .briefing import Briefing, Pick
    from .embedded.snapshot import Snapshot
    from .models import ProgressFn
    from .query.derived import Derived
    from .query.execution import Execution
    from .query.highlight import Highlighter
    from .saved import SavedSearch


@dataclass(frozen=True)
class IndexInfo:
    path: Path
    articles: int
    generation: int
    sources: tuple[str, ...]
    updated: float
    phrase_index_complete: bool


@dataclass(frozen=True)
class ArticleView:
    """An article with the spans a query lights up in its title and body."""

    article: Article
    title_spans: tuple[Span, ...]
    body_spans: tuple[Span, ...]


def default_corpus(config: Config) -> list[Path | str]:
    """What ``index`` with no paths reads: ``corpus.paths`` and ``corpus.feeds`` (addresses kept as
    text); with neither, the bundled seeds."""
    feeds: list[Path | str] = [f if f.lower().startswith(("http://", "https://")) else Path(f) for f in config.corpus.feeds]
    if config.corpus.paths:
        return [Path(p) for p in config.corpus.paths] + feeds
    if feeds:
        return feeds
    from briefing_tui.seeds import seed_dir

    # the articles, not the folder: the folder is a Python package, and its __init__.py is no skip to report
    return sorted(seed_dir().glob("*.txt"))


class SearchService:
    def __init__(self, config: Config, index_dir: str | Path | None = None) -> None:
        self.config = config
        self.store = IndexStore(resolve_index_dir(config, index_dir))
        self._snapshot: Snapshot | None = None
        self._derived: Derived | None = None
        self._lock = threading.RLock()

    @property
    def index_path(self) -> Path:
        """Where the index lives (whether or not there is one yet)."""
        return self.store.root

    # --- indexing -------------------------------------------------------------

    def status(self) -> str:
        """"missing", "outdated", "damaged" or "ok"; never raises, never writes."""
        return self.store.status()

    def ensure_index(self, progress: ProgressFn | None = None) -> IndexReport | None:
        """The one "no index yet" policy of every command and the app.

        Where there is no index at all, build one from the configured corpus (the
        bundled seeds by default). An index of another version or a damaged one is
        never rebuilt or replaced by a read: that raises the error naming the
        command that mends it (``index --rebuild``).
        """
        state = self.store.state()
        if state.kind == "missing":
            return self.index(None, progress=progress)
        if state.kind == "outdated":
            raise IndexVersionError(state.detail)
        if state.kind == "damaged":
            raise IndexCorruptError(state.detail if REBUILD in state.detail else f"{state.detail}; {REBUILD}")
        return None

    def index(
        self, paths: Sequence[Path | str] | None = None, rebuild: bool = False, progress: ProgressFn | None = None
    ) -> IndexReport:
        """Add or update the articles of ``paths`` (files, folders, feed files and http(s) feed addresses;
        None: the configured corpus and feeds)."""
        from .embedded.indexer import Indexer  # not imported for reading: it pulls in extraction and loading

        indexer = Indexer(
            self.store,
            lock_timeout=self.config.index.lock_timeout,
            workers=self.config.index.workers,
            progress=progress,
        )
        report = indexer.run(paths if paths else default_corpus(self.config), rebuild=rebuild)
        self._drop()
        return report

    # --- the open index -----------------------------------------------------------

    def _open(self) -> Derived:
        """The open generation (and what the query side derives from it), reopened when another
        process has committed a newer one."""
        from .embedded.snapshot import Snapshot
        from .query.derived import Derived

        with self._lock:
            if self._snapshot is not None and not self._snapshot.is_current():
                self._drop()
            if self._snapshot is None or self._derived is None:
                try:
                    snap = Snapshot(self.store, self.config.abbreviations.extra)
                except IndexCorruptError:
                    # a writer may have committed between reading the table of contents and
                    # opening its files (the old ones are deleted): look once more
                    time.sleep(0.05)
                    snap = Snapshot(self.store, self.config.abbreviations.extra)
                self._snapshot, self._derived = snap, Derived(snap)
            return self._derived

    def _drop(self) -> None:
        with self._lock:
            if self._snapshot is not None:
                self._snapshot.close()
            self._snapshot = self._derived = None

    def close(self) -> None:
        self._drop()

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """A file that breaks while it is read (bit rot no manifest stamp shows, a file truncated
        under us) becomes one clear error naming the cure, never a traceback."""
        try:
            yield
        except BriefingError:
            raise
        except (OSError, EOFError, struct.error, pickle.UnpicklingError, zlib.error, UnicodeDecodeError,
                ValueError, TypeError, KeyError, IndexError) as exc:
            self._drop()
            raise IndexCorruptError(
                f"reading the index at {self.store.root} failed ({type(exc).__name__}: {exc}); "
                f"the index may be damaged: {REBUILD}"
            ) from None

    # --- searching ------------------------------------------------------------

    def search(self, query: Query) -> SearchResult:
        """Run ``query`` whole: hits, facet counts and suggestion."""
        return self.start(query).finish()

    def start(self, query: Query, first: int | None = None) -> SearchRun:
        """A search in two steps (hits, then facet counts and suggestion) for a front-end that paints
        the hits first and may stop between the steps; with ``first``, the first step gives only that many
        of the page's hits (the rows a screen shows) and the second all of them."""
        return SearchRun(self, query, first)

    def filters(
        self,
        provinces: Iterable[str] = (),
        officials: Iterable[str] = (),
        sources: Iterable[str] = (),
        dates: Iterable[str] = (),
        since: str | None = None,
        until: str | None = None,
        written: Iterable[str] = (),
    ) -> Filters:
        """Facet filters from what a user typed (``--province``, ``--date``, a picked value), the same way
        the query fields build them: provinces by either era's name (``written``: as the articles write
        them), officials and sources matched
        against the names the index holds, dates in the query grammar (``2022``, ``2022-01..2022-06``,
        ``unknown``). Raises ``QuerySyntaxError`` for an unknown province or a bad date."""
        from .query.grammar import parse_date_value
        from .query.plan import FieldResolver, province_filter

        ranges = [parse_date_value(d) for d in dates]
        if since or until:
            ranges.append(parse_date_value(f"{since or ''}..{until or ''}"))
        officials, sources = tuple(officials), tuple(sources)
        if officials or sources:
            with self._lock, self._reading():
                source = self._open().source
                resolver = FieldResolver(lambda: source.facet_counts(OFFICIAL), lambda: source.facet_counts(SOURCE))
                officials = tuple(dict.fromkeys(n for v in officials for n in resolver.officials(v)))
                sources = tuple(dict.fromkeys(n for v in sources for n in resolver.sources(v)))
        chosen = [province_filter(p) for p in provinces] + [province_filter(p, written=True) for p in written]
        return Filters(
            provinces=tuple(dict.fromkeys(name for key, name in chosen if key == "province")),
            written=tuple(dict.fromkeys(name for key, name in chosen if key == "written")),
            officials=officials,
            sources=sources,
            dates=tuple(dict.fromkeys(ranges)),
        )

    def saved_query(self, saved: SavedSearch, limit: int | None = None) -> Query:
        """The query a saved search stands for, its filters built as ``filters`` builds them."""
        f = saved.filters
        filters = self.filters(f.get("province", ()), f.get("official", ()), f.get("source", ()), f.get("date", ()),
                               written=f.get("written", ()))
        return Query(saved.query, filters, saved.sort, limit or self.config.search.limit)

    def count(self, query: Query, since: str | None = None) -> Count:
        """How many articles ``query`` matches, and how many arrived (or changed) after the watermark
        ``since`` (a saved search's last run); no hits or facets are built."""
        run = self.start(dataclasses.replace(query, limit=1, offset=0))
        total = run.hits().total
        with self._lock, self._reading():
            assert run._execution is not None
            source = run._execution.source
            new = source.newer_than(run._execution.matched, since) if since else None
            return Count(total, new, source.watermark)

    # --- reading articles -------------------------------------------------------

    def article(self, article_id: str) -> Article:
        shown = sanitize.one_line(article_id, limit=80)
        if not _encodable(article_id):
            raise ArticleNotFoundError(f"'{shown}' is not an article id (ids are text); `briefing-tui search` lists them")
        with self._lock, self._reading():
            source = self._open().source
            docnum = source.docnum_of(article_id)
            if docnum is None:
                raise ArticleNotFoundError(f"no article with id '{shown}' in the index at {self.store.root}")
            return source.article(docnum)

    def article_view(self, article_id: str, query_text: str = "") -> ArticleView:
        """The article plus the spans ``query_text`` highlights in it."""
        article = self.article(article_id)
        if not query_text.strip():
            return ArticleView(article, (), ())
        highlighter = self._highlighter(query_text)
        return ArticleView(
            article,
            tuple(highlighter.spans(article.shown_title)),
            tuple(highlighter.spans(article.body)),
        )

    def _highlighter(self, query_text: str) -> Highlighter:
        from .query.grammar import parse
        from .query.highlight import Highlighter
        from .query.plan import FieldResolver, build_plan

        with self._lock:
            source = self._open().source
            plan = build_plan(parse(query_text), source.abbreviations, FieldResolver())
        return Highlighter(plan, source.word_list)

    # --- briefings ------------------------------------------------------------------

    def briefing(
        self,
        query: Query | None = None,
        ids: Sequence[str] = (),
        picks: Sequence[Pick] = (),
        title: str | None = None,
        now: datetime | None = None,
    ) -> Briefing:
        """A cited briefing: of the picked articles and figures, else of the given ids (both count as
        picked by hand), else of the query's results (its limit). The query's text, when there is one, chooses the passages quoted
        and (without picked figures) the figures shown. An unknown id is ``ArticleNotFoundError``."""
        from .briefing import Briefing, build

        query = query or Query()
        finder = self._highlighter(query.text) if query.text.strip() else None
        chosen: dict[str, tuple[int, ...]]
        if picks or ids:
            chosen = build.picks_by_article(picks) if picks else dict.fromkeys(ids, ())
            articles = [self.article(i) for i in chosen]
            total = len(articles)
        else:
            result = self.search(query)
            chosen = {}
            articles = [self.article(h.id) for h in result.hits]
            total = result.total
        items = tuple(build.item(n, a, finder, chosen.get(a.id)) for n, a in enumerate(articles, 1))
        default = query.text.strip() or ("Picked articles" if picks else "Briefing")
        return Briefing(
            title=title or default,
            made_at=build.made_at(now),
            query=query.text,
            filters=query.filters,
            sort=query.sort,
            total=total,
            items=items,
            picked=bool(picks or ids),
        )

    def info(self) -> IndexInfo:
        with self._lock, self._reading():
            source = self._open().source
            try:
                meta = self.store.read_meta()
            except IndexCorruptError:
                meta = None
            return IndexInfo(
                path=self.store.root,
                articles=source.doc_count,
                generation=source.generation,
                sources=tuple(meta.sources if meta else ()),
                updated=meta.updated if meta else 0.0,
                phrase_index_complete=source.phrases_complete,
            )


class SearchRun:
    """One search in two steps; each step holds the service's lock only while it runs."""

    def __init__(self, service: SearchService, query: Query, first: int | None = None) -> None:
        self._service = service
        self._query = query
        self._first = first
        self._execution: Execution | None = None

    def hits(self) -> SearchResult:
        """The page of hits (its first ``first`` ones) and the total (no facet counts yet)."""
        from .query.execution import Execution

        service = self._service
        with service._lock, service._reading():
            derived = service._open()
            if self._execution is None or self._execution.derived is not derived:
                self._execution = Execution(derived, self._query, service.config.search, self._first)
            return self._execution.hits()

    def finish(self) -> SearchResult:
        """The whole result: hits, facet counts, suggestion."""
        service = self._service
        with service._lock, service._reading():
            if self._execution is None or self._execution.derived is not service._open():
                self.hits()  # the index changed in between: the hits are taken again
            assert self._execution is not None
            return self._execution.finish()


def _encodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def open_service(config: Config, index_dir: str | Path | None = None) -> SearchService:
    """The service for the configured backend (``search.backend``): the embedded Whoosh index, or an
    OpenSearch cluster (imported only then: the client costs a shell search ~0.3 s to import)."""
    if config.search.backend == "opensearch":
        from .opensearch.service import OpenSearchService

        return OpenSearchService(config)
    return SearchService(config, index_dir)
