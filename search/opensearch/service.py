"""Provides ``OpenSearchService``: the ``SearchService`` of an OpenSearch cluster.

The same methods, the same frozen results, the same error family, so the CLI and the app run
unchanged on it. What the query planner needs of the index besides the search itself (the officials'
and sources' names a field value is matched against, the learned abbreviations, the officials'
titles) is read from the cluster's aggregations and kept ``FACTS_TTL`` seconds: the analogue of the
embedded service reopening a newer generation, for an index other people write to.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from .. import sanitize
from ..abbreviations import AbbreviationTable, table_with_learned
from ..config import Config
from ..errors import ArticleNotFoundError
from ..models import Article, Count, Facets, Filters, IndexReport, ProgressFn, Query, SearchResult
from ..query.official_aliases import canonical, expand, groups, official_aliases, usual_titles
from ..query.source import ABBR, OFFICIAL, OFFICIAL_TITLE, SOURCE
from ..service import IndexInfo, SearchRun, SearchService, default_corpus
from ..wordbreak import Lexicon
from .connection import Connection
from .indexer import ClusterIndexer, mapping_version, version_error
from .mapping import DOC, INDEXED_AT, MAPPING_VERSION

FACTS_TTL = 30.0
"""Seconds the names and abbreviations read from the cluster are reused (another analyst's index
run shows in field matching after at most this; hits and counts are always live)."""
NAMES_LIMIT = 20_000
"""Values read per names field: under the cluster's 65,535 buckets per request for two fields."""
WATERMARK_PREFIX = "os:"


@dataclass(frozen=True)
class _Names:
    """The values of one facet field (only the keys are read: ``FieldResolver`` matches names)."""

    values: dict[str, set[int]]


class _Facts:
    """What ``SearchService``'s shared code reads from ``_open().source``: facet names and abbreviations."""

    def __init__(self, names: dict[str, dict[str, set[int]]], abbreviations: AbbreviationTable,
                 titles: dict[str, str], aliases: dict[str, str] | None = None) -> None:
        self._names = names
        self.abbreviations = abbreviations
        self.official_titles = titles
        self.official_aliases = aliases or {}
        """Short officials' names → the full names the facet files them under (``official_aliases``)."""
        self.official_groups = groups(self.official_aliases)
        self.read_at = time.monotonic()

    def matching(self, filters: Filters) -> Filters:
        """``filters`` as matched: an official's filter holds each name of its group."""
        if not filters.officials or not self.official_groups:
            return filters
        return dataclasses.replace(filters, officials=expand(filters.officials, self.official_aliases,
                                                             self.official_groups))

    @property
    def source(self) -> _Facts:
        return self

    def facet_values(self, field: str) -> dict[str, set[int]]:
        return self._names.get(field, {})

    def facet_counts(self, field: str, prefix: str = "") -> dict[str, int]:
        return {name: len(docs) for name, docs in self._names.get(field, {}).items() if name.startswith(prefix)}

    def word_list(self) -> Lexicon:
        """The installed word list: the cluster keeps no word edges (README, Scaling out)."""
        from ..wordbreak import lexicon

        return lexicon()


class OpenSearchService(SearchService):
    def __init__(self, config: Config) -> None:  # no super().__init__: there is no local index store
        self.config = config
        self._lock = threading.RLock()
        self._conn: Connection | None = None
        self._facts: _Facts | None = None

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            self._conn = Connection(self.config.opensearch)
        return self._conn

    @property
    def index_path(self) -> Path:
        """Where the index lives, for messages: ``opensearch:NAME``."""
        return Path(f"opensearch:{self.config.opensearch.index}")

    # --- indexing -------------------------------------------------------------

    def status(self) -> str:
        """"missing", "outdated" or "ok"; a cluster that cannot be asked is "ok" here, and the next
        call says why (a status must not raise)."""
        try:
            found = mapping_version(self.conn, self.config.opensearch.index)
        except Exception:  # the next real call reports it as one line
            return "ok"
        if found is None:
            return "missing"
        return "ok" if found == MAPPING_VERSION else "outdated"

    def ensure_index(self, progress: ProgressFn | None = None) -> IndexReport | None:
        found = mapping_version(self.conn, self.config.opensearch.index)
        if found is None:
            return self.index(None, progress=progress)
        if found != MAPPING_VERSION:
            raise version_error(self.config.opensearch.index, found)
        return None

    def index(
        self, paths: Sequence[Path | str] | None = None, rebuild: bool = False, progress: ProgressFn | None = None
    ) -> IndexReport:
        report = ClusterIndexer(self.conn, progress, self.config.index.workers).run(paths if paths else default_corpus(self.config), rebuild)
        self._drop()
        return report

    # --- what the shared code reads ----------------------------------------------

    def _open(self) -> Any:
        with self._lock:
            if self._facts is None or time.monotonic() - self._facts.read_at > FACTS_TTL:
                self._facts = self._read_facts()
            return self._facts

    def _read_facts(self) -> _Facts:
        conn = self.conn

        def values(fields: tuple[str, ...]) -> dict[str, dict[str, int]]:
            body = {"size": 0, "aggs": {f: {"terms": {"field": f, "size": NAMES_LIMIT}} for f in fields}}
            got = conn.search("reading the index's names", body)
            aggs = got.get("aggregations") or {}
            return {f: {str(b["key"]): int(b["doc_count"]) for b in aggs[f]["buckets"]} for f in fields}

        names = values((OFFICIAL, SOURCE))
        learned = values((ABBR, OFFICIAL_TITLE))
        table = table_with_learned(learned[ABBR], self.config.abbreviations.extra)
        titles = usual_titles(learned[OFFICIAL_TITLE])
        aliases = official_aliases(names[OFFICIAL], titles.get)
        return _Facts({f: {v: set() for v in vs} for f, vs in names.items()}, table, titles, aliases)

    def _drop(self) -> None:
        with self._lock:
            self._facts = None

    def close(self) -> None:
        self._drop()
        if self._conn is not None:
            self._conn.client.close()
            self._conn = None

    @contextmanager
    def _reading(self) -> Iterator[None]:
        yield  # the connection already turns every failure into one line

    # --- searching ------------------------------------------------------------

    def start(self, query: Query, first: int | None = None) -> SearchRun:
        return ClusterRun(self, query)  # one request answers both steps: ``first`` changes nothing

    def _run(self, query: Query) -> SearchResult:
        from ..query.grammar import parse
        from ..query.plan import FieldResolver, build_plan
        from . import searching

        started = time.perf_counter()
        searching.check_sort(query)
        facts = self._open()
        resolver = FieldResolver(lambda: facts.facet_values(OFFICIAL), lambda: facts.facet_values(SOURCE))
        plan = build_plan(parse(query.text), facts.abbreviations, resolver)
        filters = canonical(plan.filters.merged(query.filters), facts.official_aliases)
        matched_plan = plan._replace(excluded_filters=facts.matching(plan.excluded_filters))
        body = searching.request(matched_plan, facts.matching(filters), query, self.config.search,
                                 facts.official_groups, shown=filters)
        conn = self.conn
        response = conn.search("searching", body)
        result = searching.result(response, plan, filters, query, self.config.search, (), started, facts.official_titles,
                                  frozenset(facts.official_aliases))
        if result.hits and plan.has_text:
            from ..query.highlight import Highlighter
            from ..query.suggest import accented_suggestion

            top = _TopArticle(self, result.hits[0].id)
            suggestion = accented_suggestion(query.text, plan, result.hits[0], Highlighter(plan), cast(Any, top))
            if suggestion is not None:
                result = dataclasses.replace(result, suggestion=suggestion,
                                             elapsed_ms=(time.perf_counter() - started) * 1000)
        return result

    def count(self, query: Query, since: str | None = None) -> Count:
        from ..query.grammar import parse
        from ..query.plan import FieldResolver, build_plan
        from . import dsl

        facts = self._open()
        resolver = FieldResolver(lambda: facts.facet_values(OFFICIAL), lambda: facts.facet_values(SOURCE))
        plan = build_plan(parse(query.text), facts.abbreviations, resolver)
        plan = plan._replace(excluded_filters=facts.matching(plan.excluded_filters))
        filters = facts.matching(plan.filters.merged(query.filters))
        matched = dsl.all_of([dsl.text_query(plan), *dsl.facet_clauses(filters).values()])
        since_ms = _watermark_ms(since)
        aggs: dict[str, Any] = {"mark": {"global": {}, "aggs": {"max": {"max": {"field": INDEXED_AT}}}}}
        if since_ms is not None:
            aggs["new"] = {"filter": {"range": {INDEXED_AT: {"gt": since_ms}}}}
        body = {"size": 0, "track_total_hits": True, "query": matched, "aggs": aggs}
        conn = self.conn
        got = conn.search("counting", body)
        mark = got["aggregations"]["mark"]["max"].get("value") or 0
        new = int(got["aggregations"]["new"]["doc_count"]) if since_ms is not None else None
        return Count(int(got["hits"]["total"]["value"]), new, f"{WATERMARK_PREFIX}{int(mark)}")

    # --- reading articles -------------------------------------------------------

    def article(self, article_id: str) -> Article:
        from opensearchpy import NotFoundError

        from .searching import article_of

        shown = sanitize.one_line(article_id, limit=80)
        conn, name = self.conn, self.config.opensearch.index
        with conn.errors("reading an article"):
            try:
                got = conn.client.get(index=name, id=article_id, _source_includes=DOC)
            except NotFoundError as exc:
                if not (isinstance(exc.info, dict) and exc.info.get("found") is False):
                    raise
                got = None
        if got is None:
            raise ArticleNotFoundError(f"no article with id '{shown}' in the index '{name}' at {conn.where}")
        return article_of(got["_source"])

    def info(self) -> IndexInfo:
        conn = self.conn
        body = {"size": 0, "track_total_hits": True, "aggs": {"max": {"max": {"field": INDEXED_AT}}}}
        got = conn.search("reading the index", body)
        updated = (got["aggregations"]["max"].get("value") or 0) / 1000
        return IndexInfo(path=self.index_path, articles=int(got["hits"]["total"]["value"]), generation=0,
                         sources=(), updated=updated, phrase_index_complete=True)


class _TopArticle:
    """The one article ``accented_suggestion`` reads (the top hit's), as the index source it expects.
    The "did you mean" for misspellings (``suggest.correction``) probes the term dictionary hundreds of
    times: not done on a cluster (docs/performance.md)."""

    def __init__(self, service: OpenSearchService, article_id: str) -> None:
        self._service, self._id = service, article_id

    def docnum_of(self, article_id: str) -> int | None:
        return 0 if article_id == self._id else None

    def article(self, docnum: int) -> Article:
        return self._service.article(self._id)


class ClusterRun(SearchRun):
    """One search: a single request gives the hits and the facet counts, so ``hits()`` already has both."""

    def __init__(self, service: OpenSearchService, query: Query) -> None:
        super().__init__(service, query)
        self._cluster = service
        self._result: SearchResult | None = None

    def hits(self) -> SearchResult:
        return dataclasses.replace(self.finish(), facets=Facets())

    def finish(self) -> SearchResult:
        if self._result is None:
            self._result = self._cluster._run(self._query)
        return self._result


def _watermark_ms(mark: str | None) -> int | None:
    """The milliseconds of one of our watermarks; None for none or another backend's (cannot tell)."""
    if not mark or not mark.startswith(WATERMARK_PREFIX):
        return None
    try:
        return int(mark[len(WATERMARK_PREFIX):])
    except ValueError:
        return None
