"""Provides the messages the reader's widgets and workers post ("messages up").

Widgets post what the user asked for (open an article, new filters, a figure); the
main screen's workers post what they found (hits, a whole result, an article, an
index). The screen handles them all.
"""

from __future__ import annotations

from typing import Any

from textual.message import Message

from briefing_tui.search import Article, ArticleView, BriefingError, Figure, Filters, IndexReport, Query, SearchResult


class SearchDone(Message):
    """Search ``ticket``'s hits (``partial``: its facet counts are still to come) or its whole result."""

    def __init__(self, ticket: int, result: SearchResult, partial: bool = False) -> None:
        super().__init__()
        self.ticket = ticket
        self.result = result
        self.partial = partial


class SearchDropped(Message):
    """Search ``ticket`` was overtaken by newer typing before its results were worth showing."""

    def __init__(self, ticket: int) -> None:
        super().__init__()
        self.ticket = ticket


class SearchFailed(Message):
    def __init__(self, ticket: int, error: BriefingError) -> None:
        super().__init__()
        self.ticket = ticket
        self.error = error


class OpenArticle(Message):
    """The user asked to read an article."""

    def __init__(self, article_id: str) -> None:
        super().__init__()
        self.article_id = article_id


class ArticleLoaded(Message):
    """An article, lit up for ``query_text``; ``focus`` when the user opened it (not a refresh)."""

    def __init__(self, view: ArticleView, query_text: str, focus: bool = False) -> None:
        super().__init__()
        self.view = view
        self.query_text = query_text
        self.focus = focus


class FiguresLoaded(Message):
    """The articles of the results, for the all-figures view."""

    def __init__(self, articles: list[Article]) -> None:
        super().__init__()
        self.articles = articles


class FiltersChanged(Message):
    """Facet selections or chips changed the filters."""

    def __init__(self, filters: Filters) -> None:
        super().__init__()
        self.filters = filters


class FigureChosen(Message):
    """Show this figure's sentence in the reader."""

    def __init__(self, figure: Figure, article_id: str | None = None) -> None:
        super().__init__()
        self.figure = figure
        self.article_id = article_id


class IndexProgress(Message):
    def __init__(self, phase: str, done: int, total: int | None) -> None:
        super().__init__()
        self.phase = phase
        self.done = done
        self.total = total


class IndexDone(Message):
    """The index is ready; ``report`` says what an indexing run did (None: nothing needed doing)."""

    def __init__(self, report: IndexReport | None) -> None:
        super().__init__()
        self.report = report


class IndexFailed(Message):
    """Opening, building or updating the index failed; the screen reports it and keeps running."""

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error


class WorkFailed(Message):
    """Reading an article failed; the screen reports it and keeps running."""

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error


class SavedCounted(Message):
    """The saved searches, counted (a worker of saved_searches.py)."""

    def __init__(self, entries: tuple[Any, ...]) -> None:
        super().__init__()
        self.entries = entries


class SavedRun(Message):
    """A saved search's query, built and marked as run (``query`` None: it failed with ``error``)."""

    def __init__(self, name: str, query: Query | None, error: BaseException | None = None) -> None:
        super().__init__()
        self.name = name
        self.query = query
        self.error = error


class RunSavedSearch(Message):
    """The user chose a saved search (the filters pane or the palette)."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
