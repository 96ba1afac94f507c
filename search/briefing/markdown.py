"""Provides the Markdown briefing: a cited document, CommonMark with GitHub tables, readable as plain text.

Layout: a title; when it was made, the query, every filter and the counts; a
table of the articles (date, place, title, source); then per article its
title, date and the string it came from, source and URL, provinces (as
written → since 1 July 2025), officials with their roles, the passages that
matched (quoted, hits in bold) and its key figures as a table (value, unit,
what it measures, the sentence quoted), every passage and figure ending with
its citation ``[n]``, a link to the article's entry in the closing "Sources"
list (title, outlet or site, date, URL or file, id). All article text is
quoted through ``markdown_text``: it cannot change the document's structure.
"""

from __future__ import annotations

from .. import markdown_text as md
from ..models import Article, Figure, PublishedDate, facet_title, shown_date
from .model import Briefing, BriefingItem


def cite(n: int) -> str:
    return f"[[{n}]](#source-{n})"


def date_of(date: PublishedDate, hint: PublishedDate | None = None) -> str:
    """A date as a briefing shows it: dd/mm/yyyy, "≈" before an approximate one, "unknown"."""
    shown = shown_date(date, hint)
    return shown.display() if shown.iso else "unknown"


def place_of(article: Article) -> str:
    place = article.place
    if place is None:
        return "national"
    return place[0] if place[0] == place[1] else f"{place[0]} → {place[1]}"


def source_of(article: Article, missing: str = "—") -> str:
    """Author / site, as the article's "Nguồn:" line or its record gives them."""
    return " / ".join(x for x in (article.source.author, article.source.site) if x) or missing


def to_markdown(briefing: Briefing) -> str:
    lines: list[str] = [f"# {md.text(briefing.title)}", ""]
    lines += _header(briefing)
    if briefing.items:
        lines += ["## Articles", "", "| # | Date | Place | Title | Source |", "|---|---|---|---|---|"]
        for item in briefing.items:
            a = item.article
            lines.append(
                f"| {cite(item.citation)} | {md.cell(date_of(a.date, a.date_hint))} | {md.cell(place_of(a))} "
                f"| {md.cell(a.shown_title)} | {md.cell(source_of(a))} |"
            )
        lines.append("")
    for item in briefing.items:
        lines += _article(item)
    if briefing.items:
        lines += ["## Sources", ""]
        lines += [_source(item) for item in briefing.items]
    return "\n".join(lines).rstrip() + "\n"


def _header(briefing: Briefing) -> list[str]:
    facts = [f"Made {md.text(briefing.made_at)} with briefing-tui."]
    if briefing.query:
        facts.append(f"Query: {md.code(briefing.query)}.")
    labels = briefing.filters.labels()
    if labels:
        facts.append("Filters: " + "; ".join(f"{facet_title(facet)}: {md.text(value)}" for facet, value in labels) + ".")
    n = len(briefing.items)
    figures = _count(briefing.figure_count, "key figure")
    if briefing.picked:
        facts.append(f"{_count(n, 'article')}, picked by hand; {figures}.")
    else:
        found = "1 article matches" if briefing.total == 1 else f"{briefing.total:,} articles match"
        shown = "all of them" if n == briefing.total else f"the first {_count(n, 'article')}"
        facts.append(f"{found}; {shown} ({briefing.sort}), {figures}.")
    return [" ".join(facts), ""]


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


def _article(item: BriefingItem) -> list[str]:
    a, n = item.article, item.citation
    lines = [f"## {n}. {md.text(a.shown_title)}", ""]
    facts = [("Date", _date_line(a))]
    facts.append(("Source", md.text(source_of(a)) + (f" · {md.link_or_code(a.url)}" if a.url else "")))
    if a.provinces:
        pairs = ", ".join(p if p == q else f"{p} → {q}" for p, q in a.province_pairs)
        facts.append(("Provinces", md.text(pairs)))
    if a.officials:
        people = "; ".join(f"{o.name} ({o.title})" if o.title else o.name for o in a.officials)
        facts.append(("Officials", md.text(people)))
    lines += [f"- **{label}:** {value}" for label, value in facts]
    lines.append("")
    for passage in item.passages:
        lines += [f"> {md.block_safe(md.marked(passage.text, passage.spans))} {cite(n)}", ""]
    if item.figures:
        lines += ["| Figure | Unit | What it measures | Sentence | Cited |", "|---|---|---|---|---|"]
        lines += [_figure_row(f, n) for f in item.figures]
        lines.append("")
    return lines


def _date_line(a: Article) -> str:
    """The date and where it came from, worded by its basis (an approximate one said so)."""
    date, hint = a.date, a.date_hint
    if date.iso:
        shown = md.text(date.display() + (f" {date.time}" if date.time else ""))
        if date.basis == "record":
            return f"{shown} (the record's date field: “{md.text(date.evidence or '')}”)"
        return shown + (f" (from “{md.text(date.evidence)}”)" if date.evidence else "")
    if hint is not None and hint.iso:
        approx = md.text(hint.display().lstrip("≈"))
        if hint.basis == "crawl":
            return f"unknown; published on or before {approx} (when the record was collected)"
        return f"unknown; ≈{approx} (“{md.text(hint.evidence or '')}”)"
    if date.basis == "record" and date.evidence:
        return f"unknown (the record's date field “{md.text(date.evidence)}” is not a date)"
    return "unknown"


def _figure_row(f: Figure, n: int) -> str:
    sentence = f"“{md.text(f.sentence)}”" if f.sentence else "—"
    return f"| **{md.cell(f.text)}** | {md.cell(f.unit or '')} | {md.cell(f.context or f.sentence)} | {sentence} | {cite(n)} |"


def _source(item: BriefingItem) -> str:
    a = item.article
    where = md.link_or_code(a.url) if a.url else md.code(a.origin)
    site = f" — {md.text(source_of(a))}" if source_of(a) != "—" else ""
    return (
        f'{item.citation}. <a id="source-{item.citation}"></a>**{md.text(a.shown_title)}**{site} · '
        f"{md.text(date_of(a.date, a.date_hint))} · {where} · id {md.code(a.id)}"
    )
