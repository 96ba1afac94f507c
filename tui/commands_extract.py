"""Provides the ``extract`` and ``show`` commands: what briefing-tui understands of articles."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing_tui.search.service import SearchService


def run_extract(args: argparse.Namespace) -> int:
    from rich.console import Console

    from briefing_tui.search.errors import ArticleError
    from briefing_tui.search.extract.pipeline import enrich
    from briefing_tui.search.loading import discover, read_source
    from briefing_tui.search.models import Skipped
    from briefing_tui.search.sanitize import dumps, one_line

    from .render import render_article

    files, skipped = discover(list(args.paths))
    console = Console(highlight=False)
    out = sys.stdout
    count = 0
    if args.format == "json":
        out.write("[")
    for source in files:
        for item in read_source(source):
            if isinstance(item, Skipped):
                skipped.append(item)
                continue
            try:
                article = enrich(item)
            except ArticleError as exc:
                skipped.append(Skipped(item.where, exc.message))
                continue
            if args.format == "json":
                out.write(("," if count else "") + "\n" + dumps(article_json(article), indent=1))
            else:
                if count:
                    console.rule()
                console.print(render_article(article, body=False))
            count += 1
    if args.format == "json":
        out.write("\n]\n")
    for skip in skipped:
        print(f"skipped {one_line(skip.where)}: {one_line(skip.reason)}", file=sys.stderr)
    return 0 if count else 1


def article_json(article: Any) -> dict[str, Any]:
    """The documented ``extract --format json`` object of one article."""
    d = article.to_dict()
    return {
        "id": article.id,
        "origin": article.origin,
        "title": article.title,
        "display_title": article.display_title,
        "date": d["date"],
        "date_hint": d["date_hint"],
        "source": d["source"],
        "main_province": article.main_province,
        "main_province_2025": article.main_province_2025,
        "provinces": list(article.provinces),
        "provinces_2025": list(article.provinces_2025),
        "officials": d["officials"],
        "figures": [
            {**f, "span": [f["span"]["start"], f["span"]["end"]], "sentence_span": [f["sentence_span"]["start"], f["sentence_span"]["end"]]}
            for f in d["figures"]
        ],
        "flags": list(article.flags),
        "body": article.body,
    }


def run_show(service: SearchService, args: argparse.Namespace) -> int:
    from rich.console import Console

    from briefing_tui.search.sanitize import dumps

    from .render import render_article

    if service.status() == "missing":  # show never builds one
        from briefing_tui.search.errors import IndexMissingError

        raise IndexMissingError(f"no index at {service.store.root}; run `briefing-tui index` first")
    service.ensure_index()  # an outdated or damaged index: the error naming `index --rebuild`
    view = service.article_view(args.id, args.query)
    if args.format == "json":
        print(dumps(article_json(view.article), indent=1))
    else:
        Console(highlight=False).print(render_article(view.article, view.body_spans, view.title_spans))
    return 0
