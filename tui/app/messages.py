"""Provides the messages the reader's widgets and workers post ("messages up")."""

from __future__ import annotations

from textual.message import Message

from briefing_tui.search.errors import BriefingError
from briefing_tui.search.models import Figure, Filters, IndexReport, SearchResult
from briefing_tui.search.service import ArticleView


class SearchDone(Message):
    """The result of search ``seq``; ``partial`` when its facet counts are still to come."""

    def __init__(self, seq: int, result: SearchResult, partial: bool = False) -> None:
        super().__init__()
        self.seq = seq
        self.result = result
        self.partial = partial


class SearchDropped(Message):
    """Search ``seq`` was overtaken by newer typing before its results were worth showing."""

    def __init__(self, seq: int) -> None:
        super().__init__()
        self.seq = seq


class SearchFailed(Message):
    def __init__(self, seq: int, error: BriefingError) -> None:
        super().__init__()
        self.seq = seq
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
    def __init__(self, report: IndexReport) -> None:
        super().__init__()
        self.report = report


class WorkFailed(Message):
    """A worker hit an error; the app reports it and keeps running."""

    def __init__(self, error: BaseException) -> None:
        super().__init__()
        self.error = error
