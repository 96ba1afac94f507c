"""Provides the ``extract`` and ``show`` commands: what briefing-tui understands of articles."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_tui.search.service import SearchService


def run_extract(args: argparse.Namespace) -> int:
    from rich.console import Console

    from briefing_tui.search import Skipped, article_to_dict, dumps, extract_paths, one_line

    from .render import render_article

    console = Console(highlight=False)
    out = sys.stdout
    count = 0
    skipped: list[Skipped] = []
    if args.format == "json":
        out.write("[")
    for item in extract_paths(list(args.paths)):
        if isinstance(item, Skipped):
            skipped.append(item)
            continue
        if args.format == "json":
            out.write(("," if count else "") + "\n" + dumps(article_to_dict(item), indent=1))
        else:
            if count:
                console.rule()
            console.print(render_article(item, body=False))
        count += 1
    if args.format == "json":
        out.write("\n]\n")
    for skip in skipped:
        print(f"skipped {one_line(skip.where)}: {one_line(skip.reason)}", file=sys.stderr)
    return 0 if count else 1


def run_show(service: SearchService, args: argparse.Namespace) -> int:
    from rich.console import Console

    from briefing_tui.search import article_to_dict, dumps

    from .render import render_article

    if service.status() == "missing":  # show never builds one
        from briefing_tui.search.errors import IndexMissingError

        raise IndexMissingError(f"no index at {service.store.root}; run `briefing-tui index` first")
    service.ensure_index()  # an outdated or damaged index: the error naming `index --rebuild`
    view = service.article_view(args.id, args.query)
    if args.format == "json":
        print(dumps(article_to_dict(view.article), indent=1))
    else:
        Console(highlight=False).print(render_article(view.article, view.body_spans, view.title_spans))
    return 0
