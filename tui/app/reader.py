"""Provides the reader: the ``view`` it is given, with its provenance, every hit lit, n/N between hits.

The body is one widget per paragraph, so a hit (or a figure's sentence) can be
scrolled to and re-styled without re-rendering the whole article. Hits are
bold+reverse (visible without colour); the current hit is also underlined; a
figure's sentence is underlined; captions are dimmed. The header is the one
``show`` prints (``render.article_header``).

A new view takes effect at once (its hits, the counter); its paragraphs are
mounted a moment later, and a step or a figure asked for meanwhile scrolls once
they are there.
"""

from __future__ import annotations

from bisect import bisect_right

from rich.cells import cell_len
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.reactive import var
from textual.widgets import Static

from briefing_tui.search import Article, ArticleView, Figure, Span

from ..i18n import Translator
from ..render import HIT_STYLE, article_header, safe

CURRENT_HIT = "bold reverse underline"
SENTENCE = "underline"


class Paragraph(Static):
    """One paragraph of the body."""

    DEFAULT_CSS = "Paragraph { margin: 0 0 1 0; }"


class Reader(VerticalScroll):
    """The open article."""

    BINDINGS = [
        Binding("j", "scroll_down", "down", show=False),
        Binding("k", "scroll_up", "up", show=False),
    ]

    view: var[ArticleView | None] = var(None, always_update=True, init=False)

    def __init__(self, t: Translator, id: str = "reader") -> None:
        super().__init__(id=id)
        self.t = t
        self.border_title = t("reader.title")
        self._starts: list[int] = []
        self._texts: list[str] = []
        self._hits: list[Span] = []
        self._mounted_view: ArticleView | None = None  # the view whose paragraphs are mounted
        self._pending_scroll: int | None = None  # an offset to scroll to once they are
        self.hit_index = -1
        self.sentence: Span | None = None
        self.can_focus = True

    def compose(self) -> ComposeResult:
        yield Static(Text(self.t("reader.empty"), style="dim italic"), id="reader-head")

    @property
    def article(self) -> Article | None:
        return self.view.article if self.view else None

    @property
    def hit_count(self) -> int:
        return len(self._hits)

    def watch_view(self, view: ArticleView | None) -> None:
        self._hits = list(view.body_spans) if view else []
        self.hit_index = -1
        self.sentence = None
        self._pending_scroll = None
        self._texts = view.article.body.split("\n") if view else []
        self._starts = []
        pos = 0
        for text in self._texts:
            self._starts.append(pos)
            pos += len(text) + 1
        self._subtitle()
        if view is not None:
            self.query_one("#reader-head", Static).update(article_header(view.article, self.t, view.title_spans))
            self.call_next(self._mount_paragraphs, view)

    async def _mount_paragraphs(self, view: ArticleView) -> None:
        if view is not self.view or not self.is_attached:
            return  # a newer article came meanwhile, or a change of layout composed the reader away
        self._mounted_view = None
        await self.remove_children(Paragraph)
        await self.mount_all(Paragraph(self._paragraph(i), id=f"p-{i}") for i in range(len(self._texts)))
        self._mounted_view = view
        self.scroll_home(animate=False)
        if self._pending_scroll is not None:
            self.call_after_refresh(self._scroll_to_offset, self._pending_scroll)  # once they are laid out

    def _paragraph(self, i: int) -> Text:
        start = self._starts[i]
        text = self._texts[i]
        end = start + len(text)
        out = safe(text)
        article = self.article
        if article is not None and any(c.start <= start < c.end or start <= c.start < end for c in article.captions):
            out.stylize("dim italic")
        if self.sentence is not None and self.sentence.start < end and start < self.sentence.end:
            out.stylize(SENTENCE, max(0, self.sentence.start - start), min(len(text), self.sentence.end - start))
        for n, s in enumerate(self._hits):
            if s.end <= start or s.start >= end:
                continue
            style = CURRENT_HIT if n == self.hit_index else HIT_STYLE
            out.stylize(style, max(0, s.start - start), min(len(text), s.end - start))
        return out

    def _paragraph_of(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    @property
    def _ready(self) -> bool:
        return self.view is not None and self._mounted_view is self.view

    def _refresh_paragraph(self, i: int) -> None:
        if self._ready and 0 <= i < len(self._texts):
            self.query_one(f"#p-{i}", Paragraph).update(self._paragraph(i))

    def _scroll_to_offset(self, offset: int) -> None:
        if not self._ready:
            self._pending_scroll = offset  # once the paragraphs are mounted
            return
        self._pending_scroll = None
        i = self._paragraph_of(offset)
        widget = self.query_one(f"#p-{i}", Paragraph)
        width = max(1, widget.size.width or self.size.width - 2)
        line = cell_len(self._texts[i][: offset - self._starts[i]]) // width
        self.scroll_to(y=max(0, widget.virtual_region.y + line - 2), animate=False)

    def _subtitle(self) -> None:
        if self.view is None:
            self.border_subtitle = ""
        elif not self._hits:
            self.border_subtitle = self.t("reader.no_hits")
        else:
            self.border_subtitle = self.t("reader.hits", index=max(0, self.hit_index + 1), count=len(self._hits))

    def step_hit(self, direction: int) -> None:
        """Go to the next (1) or previous (-1) hit, wrapping around."""
        if not self._hits:
            return
        old = self.hit_index
        self.hit_index = (self.hit_index + direction) % len(self._hits) if old >= 0 else (0 if direction > 0 else len(self._hits) - 1)
        for n in {old, self.hit_index}:
            if n >= 0:
                self._refresh_paragraph(self._paragraph_of(self._hits[n].start))
        self._scroll_to_offset(self._hits[self.hit_index].start)
        self._subtitle()

    def show_figure(self, figure: Figure) -> None:
        """Scroll to a figure's sentence and underline it."""
        old = self.sentence
        self.sentence = figure.sentence_span
        touched = {self._paragraph_of(figure.sentence_span.start)}
        if old is not None:
            touched.add(self._paragraph_of(old.start))
        for i in touched:
            self._refresh_paragraph(i)
        self._scroll_to_offset(figure.sentence_span.start)

    def paragraph_text(self, i: int) -> Text:
        return self._paragraph(i)
