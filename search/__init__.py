"""briefing-tui's headless core: loading, cleaning, extraction, Vietnamese analysis,
the index, queries, facets and highlight spans. It never imports textual or rich.

This is its public face: front-ends (``briefing_tui.tui``, and any other) import
from ``briefing_tui.search`` and nothing deeper (a test holds ``tui/`` to it).
What crosses it is the service, frozen dataclasses, one error family, the
configuration, filter building, extraction without indexing, the export
formats and the sanitiser for text bound for a terminal.

Names load on first use (PEP 562), so ``from briefing_tui.search import
Query`` does not pull in Whoosh: a shell search starts in ~0.2 s, and most of
that is Python itself.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

_WHERE = {
    # the service: the one door to an index
    "SearchService": "service", "SearchRun": "service", "ArticleView": "service", "IndexInfo": "service",
    "ProgressFn": "models",
    # configuration
    "Config": "config", "load_config": "config",
    # the data that crosses the face
    "Article": "models", "DateRange": "models", "Facets": "models", "FacetValue": "models", "Figure": "models",
    "Filters": "models", "Hit": "models", "IndexReport": "models", "Official": "models", "PublishedDate": "models",
    "Query": "models", "SearchResult": "models", "Skipped": "models", "Snippet": "models", "Source": "models",
    "Span": "models", "SORTS": "models",
    # the one error family
    "BriefingError": "errors", "ConfigError": "errors", "QuerySyntaxError": "errors", "ArticleError": "errors",
    "ArticleNotFoundError": "errors", "IndexMissingError": "errors", "IndexVersionError": "errors",
    "IndexLockedError": "errors", "IndexCorruptError": "errors", "IndexWriteError": "errors",
    "ClusterError": "errors", "open_service": "service", "BACKENDS": "config",
    # filters, extraction, export, terminal safety
    "date_range": "query.grammar", "extract_paths": "extract", "result_to_dict": "export",
    "result_to_markdown": "export", "article_to_dict": "export", "JSON_VERSION": "export",
    "visible": "sanitize", "one_line": "sanitize", "dumps": "sanitize",
    "fold": "analysis",  # diacritic folding, so a front-end's own filter boxes match as the search box does
    # briefings: the cited document
    "Briefing": "briefing", "BriefingItem": "briefing", "Passage": "briefing", "Pick": "briefing",
    "briefing_to_markdown": "briefing", "briefing_to_csv": "briefing", "briefing_to_json": "briefing",
    "BRIEFING_JSON_VERSION": "briefing", "file_name": "briefing", "BRIEFING_FORMATS": "briefing",
    "save_briefing": "briefing", "ExportExistsError": "briefing",
    # the user's own files: saved searches, history, the draft briefing
    "SavedSearch": "saved", "SavedSearches": "saved", "SavedSearchesError": "saved", "QueryHistory": "history",
    "Draft": "drafts", "UserFileError": "userfiles", "Count": "models", "documents_dir": "config",
    # real-world inputs: feed addresses, watching folders
    "is_url": "inputs.fetch", "watch_index": "watching",
}

__all__ = [
    "BACKENDS",
    "BRIEFING_FORMATS",
    "BRIEFING_JSON_VERSION",
    "JSON_VERSION",
    "SORTS",
    "Article",
    "ArticleError",
    "ArticleNotFoundError",
    "ArticleView",
    "Briefing",
    "BriefingError",
    "BriefingItem",
    "ClusterError",
    "Config",
    "ConfigError",
    "Count",
    "DateRange",
    "Draft",
    "ExportExistsError",
    "FacetValue",
    "Facets",
    "Figure",
    "Filters",
    "Hit",
    "IndexCorruptError",
    "IndexInfo",
    "IndexLockedError",
    "IndexMissingError",
    "IndexReport",
    "IndexVersionError",
    "IndexWriteError",
    "Official",
    "Passage",
    "Pick",
    "ProgressFn",
    "PublishedDate",
    "Query",
    "QueryHistory",
    "QuerySyntaxError",
    "SavedSearch",
    "SavedSearches",
    "SavedSearchesError",
    "SearchResult",
    "SearchRun",
    "SearchService",
    "Skipped",
    "Snippet",
    "Source",
    "Span",
    "UserFileError",
    "article_to_dict",
    "briefing_to_csv",
    "briefing_to_json",
    "briefing_to_markdown",
    "date_range",
    "documents_dir",
    "dumps",
    "extract_paths",
    "file_name",
    "fold",
    "is_url",
    "load_config",
    "one_line",
    "open_service",
    "result_to_dict",
    "result_to_markdown",
    "save_briefing",
    "visible",
    "watch_index",
]


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value  # the next lookup is a plain attribute
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:  # what the type checker (and a reader) sees: the same names, eagerly
    from .analysis import fold
    from .briefing import (
        BRIEFING_FORMATS,
        BRIEFING_JSON_VERSION,
        Briefing,
        BriefingItem,
        ExportExistsError,
        Passage,
        Pick,
        briefing_to_csv,
        briefing_to_json,
        briefing_to_markdown,
        file_name,
        save_briefing,
    )
    from .config import BACKENDS, Config, documents_dir, load_config
    from .drafts import Draft
    from .errors import (
        ArticleError,
        ArticleNotFoundError,
        BriefingError,
        ClusterError,
        ConfigError,
        IndexCorruptError,
        IndexLockedError,
        IndexMissingError,
        IndexVersionError,
        IndexWriteError,
        QuerySyntaxError,
    )
    from .export import JSON_VERSION, article_to_dict, result_to_dict, result_to_markdown
    from .extract import extract_paths
    from .history import QueryHistory
    from .models import (
        SORTS,
        Article,
        Count,
        DateRange,
        Facets,
        FacetValue,
        Figure,
        Filters,
        Hit,
        IndexReport,
        Official,
        ProgressFn,
        PublishedDate,
        Query,
        SearchResult,
        Skipped,
        Snippet,
        Source,
        Span,
    )
    from .query.grammar import date_range
    from .sanitize import dumps, one_line, visible
    from .saved import SavedSearch, SavedSearches, SavedSearchesError
    from .service import ArticleView, IndexInfo, SearchRun, SearchService, open_service
    from .userfiles import UserFileError
