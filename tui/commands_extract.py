"""Provides the ``extract`` and ``show`` commands: what briefing-tui understands of articles.

``extract`` reads files without an index (``extract_paths``: exactly what indexing would
understand); ``show`` prints one indexed article, after the same "no index yet" policy as
every command. Both print the header the reader shows (``render.article_header``), or the
documented JSON object (``article_to_dict``).
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_tui.search import SearchService


def run_extract(args: argparse.Namespace) -> int:
    from rich.console import Console

    from briefing_tui.search import Skipped, article_to_dict, dumps, extract_paths, one_line

    from .render import render_article

    console = Console(highlight=False)
    out = sys.stdout
    skipped: list[Skipped] = []
    count = 0
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

    from .cli import ensure_index
    from .render import render_article

    ensure_index(service, quiet=args.format != "text")
    view = service.article_view(args.id, args.query)
    if args.format == "json":
        print(dumps(article_to_dict(view.article), indent=1))
    else:
        Console(highlight=False).print(render_article(view.article, view.body_spans, view.title_spans))
    return 0
