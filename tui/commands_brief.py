"""Provides the ``brief`` and ``saved`` commands: a cited briefing, and the user's saved searches, from the shell.

``brief`` makes the same document the app's export makes (``SearchService.briefing``,
rendered by ``BRIEFING_FORMATS``): of a query's results with the search's filters,
of given ids, or of the picks the app keeps in its draft. Without ``-o`` it goes to
stdout; with ``-o`` it is written atomically and never over an existing file unless
``--force`` says so. Exit codes are the search's: 0 when it holds articles, 1 when
the query matched none.

``saved`` lists, adds, runs and deletes the saved searches the app shows (one YAML
file a person may edit). ``list`` counts each search's articles now and how many are
new since it last ran; ``run`` searches as ``search`` does and records the run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from briefing_tui.search import Briefing, Pick, SavedSearch, SavedSearches, SearchService


def _usage(message: str) -> Exception:
    """A command's arguments that do not fit together: exit code 2, as argparse's own refusals."""
    from briefing_tui.search import BriefingError

    error = BriefingError(message, title="Usage")
    error.exit_code = 2
    return error


def run_brief(service: SearchService, args: argparse.Namespace) -> int:
    from briefing_tui.search import (
        BRIEFING_FORMATS,
        BriefingError,
        Draft,
        ExportExistsError,
        Query,
        one_line,
        save_briefing,
    )

    from .cli import EXIT_NO_RESULTS, EXIT_OK, search_filters

    text = " ".join(args.query)
    if args.picked and args.ids:
        raise _usage("give either --picked or --ids, not both")
    filters = search_filters(service, args)
    picks: tuple[Pick, ...] = ()
    if args.picked:
        draft = Draft.default()
        if draft.problem:
            raise BriefingError(draft.problem)
        if not draft.picks:
            raise _usage("nothing is picked; pick articles in the app with space, or give --ids or a query")
        picks = tuple(draft.picks)
    elif not (text.strip() or args.ids or not filters.empty):
        raise _usage("a briefing needs a query, filters, --ids or --picked (see briefing-tui brief --help)")
    limit = args.limit or service.config.search.limit
    query = Query(text=text, filters=filters, sort=args.sort, limit=limit)
    briefing = service.briefing(query, ids=tuple(dict.fromkeys(args.ids)), picks=picks, title=args.title)
    if not briefing.items:
        print(f"briefing-tui: no articles match '{one_line(text, limit=80)}'"
              f"{' with these filters' if not filters.empty else ''}; nothing written", file=sys.stderr)
        return EXIT_NO_RESULTS
    if args.output is None:
        sys.stdout.write(BRIEFING_FORMATS[args.format][1](briefing))
    else:
        try:
            path = save_briefing(briefing, args.format, Path(args.output), overwrite=args.force)
        except ExportExistsError as exc:
            raise ExportExistsError(f"{one_line(str(Path(args.output)))} exists; add --force to replace it, "
                                    "or choose another name with -o") from exc
        print(f"wrote {one_line(str(path))}: {_summary(briefing)}", file=sys.stderr)
    return EXIT_OK


def _summary(briefing: Briefing) -> str:
    articles = len(briefing.items)
    figures = briefing.figure_count
    return (f"{articles} article{'' if articles == 1 else 's'}, "
            f"{figures} key figure{'' if figures == 1 else 's'}")


def run_saved(service: SearchService, args: argparse.Namespace) -> int:
    from briefing_tui.search import SavedSearches

    searches = SavedSearches.default()
    if args.saved_command == "list":
        return _list(service, searches)
    if args.saved_command == "add":
        return _add(service, searches, args)
    if args.saved_command == "run":
        return _run(service, searches, args)
    if args.saved_command == "delete":
        return _delete(searches, args.name)
    raise AssertionError(args.saved_command)  # pragma: no cover


def _find(searches: SavedSearches, name: str) -> SavedSearch:
    from briefing_tui.search import BriefingError, one_line

    saved = searches.load()
    for search in saved:
        if search.name == name.strip():
            return search
    known = ", ".join(f"'{one_line(s.name, limit=40)}'" for s in saved[:10]) or "none yet"
    raise BriefingError(f"no saved search named '{one_line(name, limit=80)}' (saved: {known}); "
                        "`briefing-tui saved list` lists them")


def _list(service: SearchService, searches: SavedSearches) -> int:
    from briefing_tui.search import one_line

    from .cli import EXIT_NO_RESULTS, EXIT_OK, ensure_index

    saved = searches.load()
    if not saved:
        print(f"no saved searches yet ({one_line(str(searches.path))}); "
              "save one with `briefing-tui saved add NAME QUERY` or ctrl+s in the app")
        return EXIT_NO_RESULTS
    ensure_index(service, quiet=True)
    for search in saved:
        count = service.count(service.saved_query(search), since=searches.last_watermark(search.name))
        new = "never run" if searches.last_watermark(search.name) is None else (
            "new: ?" if count.new is None else f"{count.new} new")
        print(f"{one_line(search.name, limit=60)}\t{count.total} article{'' if count.total == 1 else 's'}"
              f"\t{new}\t{_describe(search)}")
    return EXIT_OK


def _describe(search: SavedSearch) -> str:
    """The search as one line: its query, then each filter as the query grammar writes it."""
    from briefing_tui.search import one_line

    parts = [f'"{search.query}"' if search.query else "(no query)"]
    parts += [f"{key}:{value}" for key, values in search.filters.items() for value in values]
    if search.sort != "relevance":
        parts.append(f"sort:{search.sort}")
    return one_line(" ".join(parts), limit=200)


def _add(service: SearchService, searches: SavedSearches, args: argparse.Namespace) -> int:
    from briefing_tui.search import SavedSearch, one_line

    from .cli import EXIT_OK, search_filters

    name = args.name.strip()
    if not name:
        raise _usage("a saved search needs a name")
    if not args.force and any(s.name == name for s in searches.load()):
        raise _usage(f"a saved search named '{one_line(name, limit=80)}' exists; "
                            "add --force to replace it")
    # the filters are checked as a search checks them (a bad --date is refused here, not at its first run)
    search_filters(service, args)
    values = {"province": args.province, "official": args.official, "source": args.source,
              "date": args.date + _since_until(args)}
    search = SavedSearch(name, " ".join(args.query), {k: tuple(v) for k, v in values.items() if v}, args.sort)
    searches.save(search)
    print(f"saved '{one_line(name, limit=80)}': {_describe(search)}")
    return EXIT_OK


def _since_until(args: argparse.Namespace) -> list[str]:
    """--since/--until as one date range the grammar reads (2022-01.., ..2022-06)."""
    if not (args.since or args.until):
        return []
    return [f"{args.since or ''}..{args.until or ''}"]


def _run(service: SearchService, searches: SavedSearches, args: argparse.Namespace) -> int:
    from .cli import ensure_index, print_result

    search = _find(searches, args.name)
    ensure_index(service, quiet=args.format != "text")
    query = service.saved_query(search, limit=args.limit)
    count = service.count(query)
    code = print_result(service.search(query), args.format)
    if count.watermark is not None:
        searches.mark_run(search.name, count.watermark)
    return code


def _delete(searches: SavedSearches, name: str) -> int:
    from briefing_tui.search import one_line

    from .cli import EXIT_OK

    search = _find(searches, name)
    searches.delete(search.name)
    print(f"deleted '{one_line(search.name, limit=80)}'")
    return EXIT_OK

