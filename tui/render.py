"""Provides the Rich renderings shared by the CLI and the app: one place for each display rule.

- an article's header (title, date, provinces, officials, source, URL): the reader's and
  ``show``'s (``article_header``);
- a hit's place, from ``Hit.place`` (``place_text``); the date and where it came from
  (``date_text``), in the UI language; the count of articles (``count_text``);
- the app's status line (``status_line``);
- the search result and the article as the CLI prints them.

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

from collections.abc import Sequence

from rich.console import Group, OverflowMethod, RenderableType
from rich.highlighter import Highlighter
from rich.table import Table
from rich.text import Text

from briefing_tui.search import Article, Hit, SearchResult, Span, one_line, visible

from .i18n import Translator

HIT_STYLE = "bold reverse"
DIM = "dim"
ENGLISH = Translator("en")


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


def marked(text: str, spans: Sequence[Span], style: str = HIT_STYLE, base: str = "") -> Text:
    """``text`` (data: made ``safe``) with each span styled."""
    out = safe(text, style=base)
    for s in spans:
        if 0 <= s.start < s.end <= len(text):
            out.stylize(style, s.start, s.end)
    return out


def count_text(count: int, t: Translator = ENGLISH, key: str = "count.articles") -> str:
    """"1 article", "5 articles", "20,000 articles" (in ``t``'s language)."""
    return t(key, count=f"{count:,}")


# --- a hit ---------------------------------------------------------------------------------------


def place_text(hit: Hit, t: Translator = ENGLISH, two_lines: bool = False) -> Text:
    """Where the article is about (``Hit.place``): the province as written, and its province since
    1 July 2025 when that differs ("Hà Giang→Tuyên Quang", or on a second line); else national."""
    place = hit.place
    if place is None:
        return Text(t("results.national"), style="dim italic")
    old, new = place
    text = safe_line(old, style="green", no_wrap=True, overflow="ellipsis")
    if new != old and two_lines:
        text.append("\n")
        text.append_text(safe_line(f"→ {new}", style="dim"))
    elif new != old:
        text.append_text(safe_line(f"→{new}", style="green"))
    return text


# --- an article ------------------------------------------------------------------------------------


def date_text(article: Article, t: Translator = ENGLISH) -> str:
    """The date as shown by every front-end: the date and where it came from (by its basis), an
    approximate hint, or "unknown" (in ``t``'s language)."""
    date = article.date
    if date.iso:
        shown = date.display() + (f" {date.time}" if date.time else "")
        if not date.evidence:
            return shown
        evidence = t("reader.date_record", value=date.evidence) if date.basis == "record" else date.evidence
        return f"{shown}  ({t('reader.date_from', evidence=evidence)})"
    hint = article.date_hint
    if hint is not None and hint.iso:
        if hint.basis == "crawl":
            return t("reader.date_crawled", date=hint.display().lstrip("≈"))
        return t("reader.date_hint", hint=hint.display().lstrip("≈"), evidence=hint.evidence or "")
    if date.basis == "record" and date.evidence:
        return t("reader.date_invalid", value=date.evidence)
    return t("reader.date_unknown")


def article_header(article: Article, t: Translator = ENGLISH, title_spans: Sequence[Span] = (),
                   details: bool = False) -> Group:
    """The title (hits lit) over the provenance: date, provinces, officials, source, URL.

    The reader shows it above the article; ``show`` and ``extract`` print it with ``details``
    (the id and the flags too)."""
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(ratio=1)
    rows: list[tuple[str, str]] = []
    if details:
        rows.append((t("reader.id"), article.id))
    rows.append((t("reader.date"), date_text(article, t)))
    if article.provinces:
        shown = ", ".join(old if new == old else f"{old} (→ {new})" for old, new in article.province_pairs)
        if article.main_province:
            shown += f" · {t('reader.main')}: {article.main_province}"
        rows.append((t("reader.provinces"), shown))
    if article.officials:
        rows.append((t("reader.officials"),
                     "; ".join(f"{o.name} ({o.title})" if o.title else o.name for o in article.officials)))
    source = " / ".join(x for x in (article.source.author, article.source.site) if x)
    if source:
        rows.append((t("reader.source"), source))
    if article.url:
        rows.append((t("reader.url"), article.url))
    if details and article.flags:
        rows.append((t("reader.flags"), ", ".join(article.flags)))
    for label, value in rows:  # Text cells: a str cell is markup ("[@click=app.quit]" in a source)
        grid.add_row(Text(label), safe_line(value))
    # one_line keeps the length: the title's spans still fit
    title = marked(one_line(article.shown_title), title_spans, base="bold" if article.title else "bold italic")
    return Group(title, grid)


def status_line(result: SearchResult, t: Translator, show_elapsed: bool = True, width: int | None = None) -> Text:
    """The app's one line under the search box: the count (of stories and articles) and time, how many
    hold the exact phrase, a suggestion, the sort. Within ``width`` cells when it is given, the sort
    and then the time are left out rather than the line cut (80 columns: "3,164 stories (3,182
    articles) · 205 ms · 12 with the exact phrase" and a suggestion)."""
    text = _status(result, t, show_elapsed, sort=True, elapsed=True)
    if width is not None and text.cell_len > width:
        text = _status(result, t, show_elapsed, sort=False, elapsed=True)
        if text.cell_len > width:
            text = _status(result, t, show_elapsed, sort=False, elapsed=False)
    return text


def _status(result: SearchResult, t: Translator, show_elapsed: bool, sort: bool, elapsed: bool) -> Text:
    ms = f"{result.elapsed_ms:.0f}" if show_elapsed else "–"
    if not result.total:
        text = Text(t("status.no_results"), style="bold")
        if result.suggestion:
            text.append("  ")
            text.append_text(safe_line(t("status.did_you_mean", text=result.suggestion), style="italic"))
        return text
    grouped = result.story_total is not None and result.story_total != result.total
    if not elapsed:
        text = Text(stories_text(result, t), style="bold")
    elif grouped:  # near-duplicates grouped: "10 stories (12 articles) · 8 ms"
        text = Text(t("status.stories", stories=stories_text(result, t), ms=ms), style="bold")
    else:
        text = Text(t("status.results", count=f"{result.total:,}", ms=ms), style="bold")
    phrase = phrase_count_text(result, t)
    if phrase:
        text.append(f" · {phrase}", style="bold" if result.phrase_total else "bold yellow")
    if result.suggestion:
        text.append("  ")
        key = "status.did_you_mean" if result.corrected else "status.add_diacritics"
        text.append_text(safe_line(t(key, text=result.suggestion), style="italic"))
    if sort:
        text.append(f"  · {t(f'sort.{result.query.sort}')}", style="dim")
    return text


# --- the command line --------------------------------------------------------------------------------


def phrase_count_text(result: SearchResult, t: Translator = ENGLISH) -> str:
    """How many results hold the query's run of words as a phrase, when not all of them do:
    "211 with the exact phrase", or "none with the exact phrase: all the words, apart"."""
    if result.phrase_total is None or result.phrase_total == result.total or not result.total:
        return ""
    if result.phrase_total == 0:
        return t("status.no_phrase")
    return t("status.with_phrase", count=f"{result.phrase_total:,}")


def stories_text(result: SearchResult, t: Translator = ENGLISH) -> str:
    """"12 articles", or "10 stories (12 articles)" when near-duplicates were grouped."""
    articles = count_text(result.total, t)
    if result.story_total is None or result.story_total == result.total:
        return articles
    return t("count.stories", count=f"{result.story_total:,}", articles=articles)


def result_header(result: SearchResult) -> Text:
    head = Text(stories_text(result), style="bold")
    phrase = phrase_count_text(result)
    if phrase:
        head.append(f" · {phrase}", style="bold")
    head.append(f" · {result.elapsed_ms:.0f} ms", style="bold")
    if (result.story_total or result.total) > len(result.hits) and result.hits:
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
            safe_line(hit.shown_date.display(), "cyan"),
            ("  ", ""),
            place_text(hit),
            ("  ", ""),
        )
        # one_line keeps the length, so the spans still fit; a title's newline would break the list
        line.append_text(marked(one_line(hit.title), hit.title_spans, base="bold" if hit.has_title else "italic"))
        parts.append(line)
        if hit.snippet.text:
            snippet = Text("    ")
            snippet.append_text(marked(one_line(hit.snippet.text), hit.snippet.spans))
            parts.append(snippet)
        ids = Text.assemble("    ", safe_line(hit.id, DIM))
        if hit.similar_total:
            ids.append(f"  +{hit.similar_total} similar: ", style=DIM)
            ids.append_text(safe_line(", ".join(hit.similar[:3]) + (" …" if hit.similar_total > 3 else ""), DIM))
        parts.append(ids)
    return Group(*parts)


def render_article(
    article: Article,
    body_spans: Sequence[Span] = (),
    title_spans: Sequence[Span] = (),
    body: bool = True,
) -> RenderableType:
    """One article: the header, the clean body (captions dimmed, hits highlighted), the figures."""
    parts: list[RenderableType] = [article_header(article, ENGLISH, title_spans, details=True)]
    if body:
        text = marked(article.body, body_spans)
        for s in article.captions:
            text.stylize(DIM, s.start, s.end)
        parts += [Text(""), text]
    else:
        paragraphs = ENGLISH("count.paragraphs", count=f"{len(article.body.splitlines()):,}")
        characters = ENGLISH("count.characters", count=f"{len(article.body):,}")
        parts.append(Text(f"{paragraphs}, {characters}", style=DIM))
    if article.figures:
        parts += [Text(""), render_figures(article)]
    return Group(*parts)


SHOWN_SUBKINDS = frozenset({"rank", "score", "duration", "size"})
"""Subkinds the app names instead of their kind ("score", not "other"; "duration", not "count"; "size": "1080 x 1920
pixel", not "other")."""


def kind_label(t: Translator, kind: str, subkind: str | None) -> str:
    """A figure's kind as the app shows it, in the user's language: its subkind when it has a name of its own."""
    return t(f"kind.{subkind}") if subkind in SHOWN_SUBKINDS else t(f"kind.{kind}")


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
