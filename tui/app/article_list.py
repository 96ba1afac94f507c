"""Provides ``ArticleListScreen``: a modal table of articles read from the index in a worker.

The picked list (picked_screen.py) and a story's copies (similar.py) both list articles by id:
they are read in a worker (a long list never stalls the screen), a row shows "being read" until
then, and an article that has left the index is kept as ``None`` so the row can say so. ``j``/``k``
move, esc closes (``TableModal``); each subclass fills its own table (``_fill``) and binds its own keys.
"""

from __future__ import annotations

from textual import work

from briefing_tui.search import Article, SearchService

from .table_modal import TableModal


class ArticleListScreen(TableModal[str | None]):
    """Dismissed with a subclass's answer (an id to open, "export"), or None."""

    def __init__(self, service: SearchService, screen_id: str) -> None:
        super().__init__(id=screen_id)
        self.service = service
        self.articles: dict[str, Article | None] = {}
        """Each listed id's article once read (None: no longer in the index)."""

    def _fill(self) -> None:
        raise NotImplementedError

    @work(thread=True, exclusive=True, group="articles", exit_on_error=False)
    def _load(self, ids: list[str]) -> None:
        found: dict[str, Article | None] = {}
        for article_id in ids:
            try:
                found[article_id] = self.service.article(article_id)
            except Exception:  # left the index (or unreadable): listed as missing
                found[article_id] = None
        self.app.call_from_thread(self._loaded, found)

    def _loaded(self, found: dict[str, Article | None]) -> None:
        self.articles.update(found)
        self._fill()
