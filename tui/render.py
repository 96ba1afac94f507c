"""Provides Rich renderings shared by the CLI and the app.

Highlights are bold + reverse so they stay visible without colour
(``NO_COLOR=1``); colour only adds to them.
"""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from briefing_tui.search.models import Article, Hit, SearchResult, Span

from .i18n import Translator

HIT_STYLE = "bold reverse"
DIM = "dim"


def marked(text: str, spans: tuple[Span, ...] | list[Span], style: str = HIT_STYLE, base: str = "") -> Text:
    """``text`` with each span styled."""
    out = Text(text, style=base)
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
        parts.append(Text(f"note: {notice}", style="italic"))
    if result.suggestion:
        parts.append(Text.assemble("Did you mean: ", (result.suggestion, "bold"), "?"))
    for i, hit in enumerate(result.hits, result.query.offset + 1):
        parts.append(Text(""))
        line = Text.assemble(
            (f"{i:>2}. ", DIM),
            (hit.date.display(), "cyan"),
            ("  ", ""),
            (where(hit), "green"),
            ("  ", ""),
        )
        line.append_text(marked(hit.title, hit.title_spans, base="bold" if hit.has_title else "italic"))
        parts.append(line)
        if hit.snippet.text:
            snippet = Text("    ")
            snippet.append_text(marked(hit.snippet.text, hit.snippet.spans))
            parts.append(snippet)
        parts.append(Text(f"    {hit.id}", style=DIM))
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
    meta.add_row("id", article.id)
    meta.add_row("date", date_text(article))
    if article.provinces:
        shown = ", ".join(
            p if p == n else f"{p} (→ {n})" for p, n in zip(article.provinces, _aligned_2025(article))
        )
        meta.add_row("provinces", shown + (f"   main: {article.main_province}" if article.main_province else ""))
    if article.officials:
        meta.add_row("officials", "; ".join(f"{o.name} ({o.title})" if o.title else o.name for o in article.officials))
    src = " / ".join(x for x in (article.source.author, article.source.site) if x)
    if src:
        meta.add_row("source", src)
    if article.url:
        meta.add_row("url", article.url)
    if article.flags:
        meta.add_row("flags", ", ".join(article.flags))
    title = marked(article.shown_title, title_spans, base="bold" if article.title else "bold italic")
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
    table = Table(title="Key figures", title_justify="left", show_lines=False, expand=False)
    table.add_column("figure", style="bold")
    table.add_column("kind")
    table.add_column("what it measures")
    for f in article.figures:
        table.add_row(f.text, f.kind + (f"/{f.subkind}" if f.subkind else ""), f.context or f.sentence)
    return table
