"""Provides ``main(argv)``: the ``briefing-tui`` command.

Thin over ``briefing_tui.search`` (its public face, nothing deeper): parse
arguments, call the service, render with ``render.py`` (the app's renderings).
Every ``BriefingError`` becomes one line on stderr and an exit code (2 for a bad
query or usage, 3 when the index is busy, 4 when it is missing, damaged or of
another version); no traceback reaches a user, and neither does a missing
dependency of the app (one line, exit code 1). Messages carry data (a query, a
path, an id), so each is printed through ``one_line``: its controls visible,
its newlines spaces. Imports stay lazy, so ``briefing-tui search`` starts in
~0.2 s and never loads Textual.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from briefing_tui.search import Config, Filters, IndexReport, SearchResult, SearchService

EXIT_OK, EXIT_NO_RESULTS, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
EXIT_MISSING_DEPENDENCY = 1

EXAMPLES = """\
examples:
  briefing-tui                                  open the reader (indexes the bundled seeds on first run)
  briefing-tui search "Đề án 06"                 search; "de an 06" finds the same
  briefing-tui search 'chuyển đổi số province:"Lai Châu"'
  briefing-tui search CSDL --sort date --format json
  briefing-tui index ../shared/corpus/news-20k.jsonl.gz
  briefing-tui --index-dir /tmp/ix index my-articles/
  briefing-tui show 002_fa295b22799041cc

query grammar: words (all required, whole phrase first), "exact phrase", -exclude,
a OR b, province:"Lai Châu" (tỉnh:), official:"Tô Lâm" (người:), date:2022,
date:2022-01..2022-06, date:unknown, source:laichau.gov.vn

briefings and saved searches:
  briefing-tui brief "chuyển đổi số" -o briefing.md
  briefing-tui brief --ids 002_fa295b22799041cc 004_fa543cd3e4dca068 --format csv > figures.csv
  briefing-tui saved add "Đề án 06 ở Hà Nội" '"Đề án 06"' --province "Hà Nội"
  briefing-tui saved list

exit codes: 0 ok (search: found something), 1 no results, 2 bad usage or query,
3 index busy, 4 index missing, damaged or of another version, 5 search cluster
unreachable, slow or refusing (--backend opensearch), 130 interrupted
"""


BRIEF_EXAMPLES = """\
examples:
  briefing-tui brief "chuyển đổi số"                       Markdown on stdout
  briefing-tui brief "Đề án 06" --province "Lai Châu" -o de-an-06.md
  briefing-tui brief --ids 002_fa295b22799041cc --format csv -o figures.csv
  briefing-tui brief --picked -o picked.md                 what was picked in the app (space)

A Markdown briefing holds the query and filters, a table of the articles, per article its
date, source, URL, provinces, officials, the matched passages and key figures, each with a
numbered citation into a sources list. An existing file is replaced only with --force.
exit codes: 0 ok, 1 no articles, 2 bad usage or query (or the file exists), 3 index busy, 4 index missing
"""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse's default prints usage and exits 2: keep, but shorter
        from briefing_tui.search import one_line

        self.print_usage(sys.stderr)
        # the message quotes the arguments as given ("unrecognized arguments: …"): raw ESC and newlines
        self.exit(EXIT_USAGE, f"{self.prog}: error: {one_line(message)}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="briefing-tui",
        description="A keyboard-driven reader for Vietnamese government and economic news: "
        "search, filter and cite articles.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--config", metavar="FILE", type=_given_path,
                        help="configuration file (default: see config.yaml)")
    parser.add_argument(
        "--index-dir", metavar="DIR", type=_given_path,
        help="index directory (default: $BRIEFING_TUI_INDEX_DIR or the user data dir)",
    )
    parser.add_argument("--backend", choices=("whoosh", "opensearch"), default=None,
                        help="the index: whoosh (embedded) or opensearch (a cluster); default: config search.backend")
    parser.add_argument("--os-host", action="append", default=[], metavar="URL",
                        help="an OpenSearch node's URL (repeatable; implies --backend opensearch); "
                        "default: config opensearch.hosts or $BRIEFING_OS_HOSTS")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    s = sub.add_parser("search", help="search the index", formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog=EXAMPLES)
    s.add_argument("query", nargs="*", help="the query (see the grammar below)")
    s.add_argument("--format", choices=("text", "json", "md"), default="text", help="output format (default: text)")
    s.add_argument("--limit", type=_positive, default=None, help="results to show (default: config search.limit)")
    s.add_argument("--offset", type=_non_negative, default=0, help="skip this many results")
    _add_filters(s)

    b = sub.add_parser("brief", help="write a cited briefing (Markdown, CSV of figures, JSON)",
                       formatter_class=argparse.RawDescriptionHelpFormatter, epilog=BRIEF_EXAMPLES)
    b.add_argument("query", nargs="*", help="the query: its results up to --limit make the briefing")
    b.add_argument("--ids", nargs="+", default=[], metavar="ID", help="these articles instead of a query's results")
    b.add_argument("--picked", action="store_true", help="the articles and figures picked in the app")
    b.add_argument("--limit", type=_positive, default=None, help="articles from the results (default: config search.limit)")
    b.add_argument("--format", choices=("md", "csv", "json"), default="md",
                   help="md: the cited document; csv: its key figures; json: both (default: md)")
    b.add_argument("-o", "--output", metavar="FILE", type=_given_path, help="write to FILE (default: stdout)")
    b.add_argument("--force", action="store_true", help="replace FILE when it exists")
    b.add_argument("--title", help="the briefing's title (default: the query)")
    _add_filters(b)

    sv = sub.add_parser("saved", help="list, add, run or delete saved searches (the app's ctrl+s)")
    svs = sv.add_subparsers(dest="saved_command", metavar="ACTION", required=True)
    svs.add_parser("list", help="each saved search with its count now and how many are new since it last ran")
    sa = svs.add_parser("add", help="save a search under a name")
    sa.add_argument("name", help="its name (quote it when it has spaces)")
    sa.add_argument("query", nargs="*", help="the query")
    sa.add_argument("--force", action="store_true", help="replace a saved search of that name")
    _add_filters(sa)
    sr = svs.add_parser("run", help="run a saved search (as search does) and remember the run")
    sr.add_argument("name")
    sr.add_argument("--format", choices=("text", "json", "md"), default="text", help="output format (default: text)")
    sr.add_argument("--limit", type=_positive, default=None, help="results to show (default: config search.limit)")
    sd = svs.add_parser("delete", help="delete a saved search")
    sd.add_argument("name")

    i = sub.add_parser("index", help="add or update articles in the index")
    i.add_argument("paths", nargs="*", type=_index_path,
                   help="files (.txt .md .jsonl .jsonl.gz .html .xml .pdf .docx), folders or feed addresses "
                        "(http/https); default: the configured corpus and feeds")
    i.add_argument("--watch", action="store_true",
                   help="after indexing, keep indexing new and changed files in the folders given until Ctrl-C")
    i.add_argument("--rebuild", action="store_true", help="start from an empty index")
    i.add_argument("--quiet", action="store_true", help="no progress bar")

    x = sub.add_parser("extract", help="show what briefing-tui understands of articles (nothing is indexed)")
    x.add_argument("paths", nargs="+", type=Path, help="files or folders")
    x.add_argument("--format", choices=("text", "json"), default="text")

    sh = sub.add_parser("show", help="print one indexed article")
    sh.add_argument("id", help="the article id (shown under each search result)")
    sh.add_argument("--query", default="", help="highlight this query in the article")
    sh.add_argument("--format", choices=("text", "json"), default="text")
    return parser


def _add_filters(parser: argparse.ArgumentParser) -> None:
    """The search's sort and filter flags, shared by ``search``, ``brief`` and ``saved add``."""
    parser.add_argument("--sort", choices=("relevance", "date"), default="relevance")
    parser.add_argument("--province", action="append", default=[], metavar="NAME", help="only these provinces (repeatable)")
    parser.add_argument("--official", action="append", default=[], metavar="NAME", help="only articles naming this official")
    parser.add_argument("--source", action="append", default=[], metavar="SITE", help="only this source site")
    parser.add_argument("--date", action="append", default=[], metavar="RANGE", help="2022, 2022-06, 2022-01..2022-06, unknown")
    parser.add_argument("--since", metavar="DATE", help="on or after this date (YYYY[-MM[-DD]])")
    parser.add_argument("--until", metavar="DATE", help="on or before this date")


def _given_path(value: str) -> str:
    """A path flag's value; an empty one (``--index-dir "$UNSET"``) would silently mean the default."""
    if not value:
        raise argparse.ArgumentTypeError("must not be empty")
    return value


def _index_path(value: str) -> Path | str:
    """A path to index, or a feed's http(s) address kept as text (``Path`` would fold its "//")."""
    from briefing_tui.search import is_url

    if not value:
        raise argparse.ArgumentTypeError("must not be empty")
    return value if is_url(value) else Path(value)


def _positive(value: str) -> int:
    n = _non_negative(value)
    if n == 0:
        raise argparse.ArgumentTypeError("must be at least 1")
    return n


def _non_negative(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError("must not be negative")
    return n


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    if args.version:
        from importlib.metadata import version

        print(f"briefing-tui {version('briefing-tui')}")
        return EXIT_OK
    from briefing_tui.search import BriefingError, one_line

    try:
        return _dispatch(args)
    except BriefingError as exc:
        print(f"briefing-tui: {one_line(exc.message)}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("briefing-tui: interrupted; the index is unchanged", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # the reader of our output went away (e.g. `| head`): not an error worth a traceback
        sys.stderr.close()
        return EXIT_OK


def _dispatch(args: argparse.Namespace) -> int:
    if args.command is None:
        return _run_app(args)
    if args.command == "extract":
        from .commands_extract import run_extract

        return run_extract(args)
    service = _service(args)
    try:
        if args.command == "search":
            return _search(service, args)
        if args.command == "index":
            return _index(service, args)
        if args.command in ("brief", "saved"):
            from .commands_brief import run_brief, run_saved

            return (run_brief if args.command == "brief" else run_saved)(service, args)
        if args.command == "show":
            from .commands_extract import run_show

            return run_show(service, args)
        raise AssertionError(args.command)  # pragma: no cover
    finally:
        service.close()


def _service(args: argparse.Namespace) -> SearchService:
    from briefing_tui.search import open_service

    return open_service(_config(args), args.index_dir)


def _config(args: argparse.Namespace) -> Config:
    """The configuration file's, with --backend and --os-host over it."""
    import dataclasses

    from briefing_tui.search import load_config

    config = load_config(args.config)
    backend = args.backend or ("opensearch" if args.os_host else None)
    if backend:
        config = dataclasses.replace(config, search=dataclasses.replace(config.search, backend=backend))
    if args.os_host:
        config = dataclasses.replace(config, opensearch=dataclasses.replace(config.opensearch, hosts=tuple(args.os_host)))
    return config


def _run_app(args: argparse.Namespace) -> int:
    try:
        from .app.main import run_app
    except ImportError as exc:  # an optional dependency of the app (textual) is not installed
        from briefing_tui.search import one_line

        print(f"briefing-tui: the reader cannot start: {one_line(str(exc))}; "
              "install briefing-tui with its dependencies (pip install briefing-tui)", file=sys.stderr)
        return EXIT_MISSING_DEPENDENCY
    return run_app(args.config, args.index_dir, _config(args))


def ensure_index(service: SearchService, quiet: bool = False) -> None:
    """The one "no index yet" policy of every command (``service.ensure_index``): where there is no
    index at all, index the configured corpus and say so on stderr; an outdated or damaged one
    raises the error naming ``index --rebuild`` (a read never replaces an index)."""
    if service.status() == "missing":
        from briefing_tui.search import one_line

        # the index's path, which it does not have yet: the service's store (the face has no other way)
        print(f"briefing-tui: no index yet: indexing the configured corpus into {one_line(str(service.index_path))} …",
              file=sys.stderr)
    with _progress_bar(quiet) as bar:
        report = service.ensure_index(progress=bar)
    if report is not None:
        _print_report(report, file=sys.stderr)


def search_filters(service: SearchService, args: argparse.Namespace, quiet: bool = False) -> Filters:
    """The filters of the flags, after the one "no index yet" policy: provinces and dates are checked
    before any indexing (a bad --date builds nothing); officials and sources are matched against the
    names the index holds."""
    filters = service.filters(provinces=args.province, dates=args.date, since=args.since, until=args.until)
    ensure_index(service, quiet=quiet)
    if args.official or args.source:
        filters = filters.merged(service.filters(officials=args.official, sources=args.source))
    return filters


def _search(service: SearchService, args: argparse.Namespace) -> int:
    from briefing_tui.search import Query

    filters = search_filters(service, args, quiet=args.format != "text")
    limit = args.limit or service.config.search.limit
    query = Query(text=" ".join(args.query), filters=filters, sort=args.sort, limit=limit, offset=args.offset)
    return print_result(service.search(query), args.format)


def print_result(result: SearchResult, fmt: str) -> int:
    """A search's results on stdout as text, JSON or Markdown; the exit code (1: no results)."""
    if fmt == "json":
        from briefing_tui.search import dumps, result_to_dict

        print(dumps(result_to_dict(result), indent=2))
    elif fmt == "md":
        from briefing_tui.search import result_to_markdown

        sys.stdout.write(result_to_markdown(result))
    else:
        from rich.console import Console

        from .render import render_result

        Console(highlight=False, soft_wrap=False).print(render_result(result))
    return EXIT_OK if result.total else EXIT_NO_RESULTS


def _index(service: SearchService, args: argparse.Namespace) -> int:
    if args.watch:
        folders = [p for p in args.paths if isinstance(p, Path)]
        if not folders or len(folders) != len(args.paths) or not all(p.is_dir() for p in folders):
            print("briefing-tui: index --watch needs one or more folders (and no feed address)", file=sys.stderr)
            return EXIT_USAGE
    with _progress_bar(args.quiet) as bar:
        report = service.index(args.paths or None, rebuild=args.rebuild, progress=bar)
    _print_report(report, file=sys.stdout)
    if args.watch:
        return _watch(service, folders)
    return EXIT_OK


def _watch(service: SearchService, folders: list[Path]) -> int:
    """Index what changes in ``folders`` until Ctrl-C; each run's report as it ends."""
    from briefing_tui.search import BriefingError, one_line, watch_index

    def on_report(report: IndexReport | BriefingError) -> None:
        if isinstance(report, BriefingError):
            print(f"briefing-tui: {one_line(report.message)}", file=sys.stderr, flush=True)
        else:
            _print_report(report, file=sys.stdout)
            sys.stdout.flush()

    names = ", ".join(one_line(str(f)) for f in folders)
    try:
        watch_index(service, folders, on_report,
                    ready=lambda: print(f"watching {names} for new and changed files; Ctrl-C stops", flush=True))
    except KeyboardInterrupt:
        print("stopped watching", flush=True)
    return EXIT_OK


def _print_report(report: IndexReport, file: Any) -> None:
    """Counts, notices and skips; a skip names a file, and a file name can hold anything but "/" and NUL."""
    from briefing_tui.search import one_line

    for notice in report.notices:
        print(f"note: {one_line(notice)}", file=file)
    print(
        f"{report.added} added, {report.updated} updated, {report.unchanged} unchanged, "
        f"{report.removed} removed, {len(report.skipped)} skipped in {report.seconds:.1f} s",
        file=file,
    )
    if report.skipped:
        print("skipped:", file=file)
        for skip in report.skipped[:50]:
            print(f"  {one_line(skip.where)}: {one_line(skip.reason)}", file=file)
        if len(report.skipped) > 50:
            print(f"  … and {len(report.skipped) - 50} more", file=file)


def _progress_bar(quiet: bool = False) -> Any:
    """A context giving a progress callback that draws on stderr (None when quiet or not a terminal)."""
    import contextlib

    if quiet or not sys.stderr.isatty() or os.environ.get("TERM") == "dumb":
        return contextlib.nullcontext(None)
    from .progress import RichProgress

    return RichProgress()


if __name__ == "__main__":  # python -m briefing_tui.tui.cli
    sys.exit(main())
