"""Provides Rich renderings shared by the CLI and the app.

Highlights are bold + reverse so they stay visible without colour
(``NO_COLOR=1``); colour only adds to them.

Every string that comes from data (articles, file names, queries, the index)
becomes a ``Text`` through ``safe`` or ``safe_line``: its control characters
shown as visible escapes (an OSC sequence in a title would retitle the terminal
or write its clipboard), and never parsed as markup (a source holding ``[/]``
raised MarkupError; ``[@click=app.quit]`` made a link that quit the app).
Strings handed to Rich or Textual as ``str`` are parsed as markup by most of
their APIs (``Table.add_row``, ``Static``, ``Button``, DataTable cells,
``notify``), so data never travels as a ``str`` into one of them.
"""

from __future__ import annotations

from rich.console import Group, OverflowMethod, RenderableType
from rich.highlighter import Highlighter
from rich.table import Table
from rich.text import Text

from briefing_tui.search.models import Article, Hit, SearchResult, Span
from briefing_tui.search.sanitize import one_line, visible

from .i18n import Translator

HIT_STYLE = "bold reverse"
DIM = "dim"


def safe(text: str, style: str = "") -> Text:
    """Data as literal text: controls made visible (same length, so spans stay valid), no markup."""
    return Text(visible(text), style=style)


def safe_line(
    text: str, style: str = "", limit: int | None = None, no_wrap: bool | None = None,
    overflow: OverflowMethod | None = None,
) -> Text:
    """Data as literal text on one line (names, ids, paths, messages, table cells)."""
    return Text(one_line(text, limit), style=style, no_wrap=no_wrap, overflow=overflow)


class Inert(Highlighter):
    """For text boxes: shows what was typed or pasted with its controls visible (a pasted OSC
    sequence was drawn raw), while the box keeps the real value; same length, so the cursor fits."""

    def highlight(self, text: Text) -> None:
        text.plain = visible(text.plain)


def marked(text: str, spans: tuple[Span, ...] | list[Span], style: str = HIT_STYLE, base: str = "") -> Text:
    """``text`` (data: made ``safe``) with each span styled."""
    out = safe(text, style=base)
    for s in spans:
        if 0 <= s.start < s.end <= len(text):
            out.stylize(style, s.start, s.end)
    return out


def where(hit: Hit) -> str:
    """Province column: as written, with the post-2025 province when it differs."""
    main = hit.main_province or (hit.provinces[0] if len(hit.provinces) == 1 else None)
    if main is None:
        return "toàn quốc" if not hit.provinces else ", ".join(hit.provinces[:2])
    new = hit.main_province_2025 if hit.main_province else (hit.provinces_2025[0] if hit.provinces_2025 else None)
    return f"{main}→{new}" if new and new != main else main


def result_header(result: SearchResult) -> Text:
    noun = "article" if result.total == 1 else "articles"
    head = Text(f"{result.total} {noun} · {result.elapsed_ms:.0f} ms", style="bold")
    if result.total > len(result.hits) and result.hits:
        first = result.query.offset + 1
        head.append(f" · showing {first}–{first + len(result.hits) - 1}", style=DIM)
    return head


def render_result(result: SearchResult) -> RenderableType:
    parts: list[RenderableType] = [result_header(result)]
    for notice in result.notices:
        parts.append(safe_line(f"note: {notice}", style="italic"))
    if result.suggestion:
        parts.append(Text.assemble("Did you mean: ", safe_line(result.suggestion, "bold"), "?"))
    for i, hit in enumerate(result.hits, result.query.offset + 1):
        parts.append(Text(""))
        line = Text.assemble(
            (f"{i:>2}. ", DIM),
            safe_line(hit.date.display(), "cyan"),
            ("  ", ""),
            safe_line(where(hit), "green"),
            ("  ", ""),
        )
        # one_line keeps the length, so the spans still fit; a title's newline would break the list
        line.append_text(marked(one_line(hit.title), hit.title_spans, base="bold" if hit.has_title else "italic"))
        parts.append(line)
        if hit.snippet.text:
            snippet = Text("    ")
            snippet.append_text(marked(one_line(hit.snippet.text), hit.snippet.spans))
            parts.append(snippet)
        parts.append(Text.assemble("    ", safe_line(hit.id, DIM)))
    return Group(*parts)


def date_text(article: Article, t: Translator | None = None) -> str:
    """The date as shown by every front-end: the date and where it came from, an approximate
    hint, or "unknown" (in ``t``'s language; English without one)."""
    t = t or Translator("en")
    date = article.date
    if date.iso:
        shown = date.display() + (f" {date.time}" if date.time else "")
        return shown + (f"  ({t('reader.date_from', evidence=date.evidence)})" if date.evidence else "")
    hint = article.date_hint
    if hint is not None and hint.iso:
        return t("reader.date_hint", hint=hint.display().lstrip("≈"), evidence=hint.evidence or "")
    return t("reader.date_unknown")


def render_article(
    article: Article,
    body_spans: tuple[Span, ...] = (),
    title_spans: tuple[Span, ...] = (),
    body: bool = True,
) -> RenderableType:
    """One article: metadata, clean body (captions dimmed, hits highlighted), figures."""
    meta = Table.grid(padding=(0, 1))
    meta.add_column(style="bold")
    meta.add_column()
    rows = [("id", article.id), ("date", date_text(article))]
    if article.provinces:
        shown = ", ".join(
            p if p == n else f"{p} (→ {n})" for p, n in zip(article.provinces, _aligned_2025(article))
        )
        rows.append(("provinces", shown + (f"   main: {article.main_province}" if article.main_province else "")))
    if article.officials:
        rows.append(("officials", "; ".join(f"{o.name} ({o.title})" if o.title else o.name for o in article.officials)))
    src = " / ".join(x for x in (article.source.author, article.source.site) if x)
    if src:
        rows.append(("source", src))
    if article.url:
        rows.append(("url", article.url))
    if article.flags:
        rows.append(("flags", ", ".join(article.flags)))
    for label, value in rows:
        meta.add_row(Text(label), safe_line(value))
    title = marked(one_line(article.shown_title), title_spans, base="bold" if article.title else "bold italic")
    parts: list[RenderableType] = [title, meta]
    if body:
        text = marked(article.body, body_spans)
        for s in article.captions:
            text.stylize(DIM, s.start, s.end)
        parts += [Text(""), text]
    else:
        parts.append(Text(f"{len(article.body.splitlines())} paragraphs, {len(article.body)} characters", style=DIM))
    if article.figures:
        parts += [Text(""), render_figures(article)]
    return Group(*parts)


def _aligned_2025(article: Article) -> list[str]:
    from briefing_tui.search.extract.gazetteer import gazetteer

    mapping = gazetteer().to_2025
    return [mapping.get(p, p) for p in article.provinces]


def render_figures(article: Article) -> Table:
    """The key figures as a table; a sentence's own "[…]" stays text (a str cell would be markup)."""
    table = Table(title="Key figures", title_justify="left", show_lines=False, expand=False)
    table.add_column("figure", style="bold")
    table.add_column("kind")
    table.add_column("what it measures")
    for f in article.figures:
        kind = f.kind + (f"/{f.subkind}" if f.subkind else "")
        table.add_row(safe_line(f.text), safe_line(kind), safe_line(f.context or f.sentence))
    return table
