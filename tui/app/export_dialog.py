"""Provides the export dialog: a briefing of the picks (or of the current results) written to a file.

What it holds: the format (Markdown, CSV of the key figures, JSON), the file (a dated, slugged
name in the user's documents folder, editable; switching the format switches its suffix) and
what goes in: the picked articles and figures, or when nothing is picked the current results
up to a limit the user sets. Enter (in a box) or the Export button writes it.

The briefing is built and written in a worker (a hundred articles read from the index would
stall typing), then the dialog closes with where it went. A file that exists is never
replaced without asking (``ExportExistsError`` → a question; no keeps the old file and the
dialog open). Every error is one line in the dialog and a notification; the dialog stays
open so the path can be fixed.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet, Static

from briefing_tui.search import (
    BRIEFING_FORMATS,
    Briefing,
    ExportExistsError,
    Pick,
    Query,
    QuerySyntaxError,
    SearchService,
    documents_dir,
    file_name,
)

from .. import keys
from ..i18n import Translator
from ..render import Inert, safe_line
from .confirm import ConfirmScreen
from .notices import error_message, warn
from .search_bar import OrderedInput

DEFAULT_LIMIT = 20
MAX_LIMIT = 1000
FORMATS = tuple(BRIEFING_FORMATS)  # md, csv, json: the order of the choices


@dataclass(frozen=True)
class Exported:
    """A briefing written: where, of how many articles, and whether they were the picks."""

    path: Path
    articles: int
    picked: bool


def default_title(query: Query, picked: bool) -> str:
    """The briefing's title as the core will make it (the query, else "Picked articles"): the file's slug."""
    return query.text.strip() or ("Picked articles" if picked else "Briefing")


def default_path(query: Query, picked: bool, fmt: str, now: datetime | None = None) -> Path:
    made = (now or datetime.now().astimezone()).replace(microsecond=0).isoformat()
    return documents_dir() / file_name(default_title(query, picked), made, fmt)


class ExportDialog(ModalScreen[Exported | None]):
    DEFAULT_CSS = """
    ExportDialog { align: center middle; }
    ExportDialog > VerticalScroll { width: 84; max-width: 96%; height: auto; max-height: 100%;
        border: round $accent; background: $surface; padding: 0 1; }
    ExportDialog #export-title { text-style: bold; }
    ExportDialog Label { color: $text-muted; }
    ExportDialog #export-limit-row { height: auto; }
    ExportDialog #export-limit-row Label { margin: 1 1 0 0; }
    ExportDialog #export-limit { width: 12; }
    ExportDialog RadioSet { width: 100%; }
    ExportDialog #export-note { height: auto; }
    ExportDialog #export-note.-empty { display: none; }
    ExportDialog #export-buttons { height: auto; }
    ExportDialog Button { margin: 0 2 0 0; }
    """

    def __init__(self, t: Translator, service: SearchService, query: Query, picks: tuple[Pick, ...],
                 cursor_blink: bool = True) -> None:
        super().__init__(id="export")
        self.t = t
        self.service = service
        self.search_query = query
        self.picks = picks
        self.fmt = FORMATS[0]
        self.busy = False
        self._blink = cursor_blink
        keys.bind(self, t, "export")

    def compose(self) -> ComposeResult:
        t = self.t
        with VerticalScroll():  # 80×24 holds it whole; smaller terminals scroll it
            yield Static(Text(t("export.title")), id="export-title")
            yield Static(self._what(), id="export-what")
            if not self.picks:
                with Horizontal(id="export-limit-row"):
                    yield Label(Text(t("export.limit")))
                    yield OrderedInput(str(DEFAULT_LIMIT), id="export-limit", type="integer", highlighter=Inert())
            yield Label(self._format_label(), id="export-format-label")
            with RadioSet(id="export-format"):
                for n, fmt in enumerate(FORMATS):
                    yield RadioButton(Text(t(f"export.format.{fmt}")), value=n == 0, id=f"export-{fmt}")
            yield Label(Text(t("export.path")))
            yield OrderedInput(str(default_path(self.search_query, bool(self.picks), self.fmt)), id="export-path", highlighter=Inert(),
                        select_on_focus=False)  # the proposed path is to be edited, not typed over
            yield Static("", id="export-note", markup=False, classes="-empty")
            with Horizontal(id="export-buttons"):
                yield Button(Text(t("export.write")), id="export-write", variant="primary")
                yield Button(Text(t("export.cancel")), id="export-cancel")

    def on_mount(self) -> None:
        for box in self.query(Input):
            box.cursor_blink = self._blink
        self.query_one("#export-path", Input).focus()

    def _format_label(self) -> Text:
        """"Format: Markdown (cited briefing)": the choice in words too (the radio's dot is told apart by colour)."""
        return Text(f"{self.t('export.format')}: {self.t(f'export.format.{self.fmt}')}")

    def _what(self) -> Text:
        if self.picks:
            figures = self.t("export.figures_picked", count=sum(len(p.figures) for p in self.picks))
            return Text(self.t("export.what_picked", count=len(self.picks), figures=figures))  # "The picked article (1
            # key figure picked)." for one of each
        text = Text(self.t("export.what_results") + " ")
        if self.search_query.text.strip():
            text.append_text(safe_line(f"“{self.search_query.text}”", style="bold", limit=60))
        else:
            text.append(self.t("export.every_article"), style="bold")
        return text

    # --- the choices ------------------------------------------------------------------------------

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        event.stop()
        fmt = FORMATS[event.index]
        box = self.query_one("#export-path", Input)
        path = Path(box.value)
        if path.suffix.lstrip(".") in FORMATS:  # the user's name kept, its suffix following the format
            box.value = str(path.with_suffix("." + fmt))
        self.fmt = fmt
        self.query_one("#export-format-label", Label).update(self._format_label())

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_write()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "export-write":
            self.action_write()
        else:
            self.action_cancel()

    def action_cancel(self) -> None:
        if not self.busy:
            self.dismiss(None)

    # --- writing ---------------------------------------------------------------------------------

    def _limit(self) -> int | None:
        if self.picks:
            return None
        value = self.query_one("#export-limit", Input).value.strip()
        try:
            limit = int(value)
        except ValueError:
            limit = 0
        return limit if 1 <= limit <= MAX_LIMIT else -1

    def action_write(self) -> None:
        if self.busy:
            return
        path_text = self.query_one("#export-path", Input).value.strip()
        if not path_text:
            self._fail(self.t("export.no_path"))
            return
        limit = self._limit()
        if limit == -1:
            self._fail(self.t("export.bad_limit", most=MAX_LIMIT))
            return
        self._start(Path(path_text).expanduser(), limit, overwrite=False, briefing=None)

    def _start(self, path: Path, limit: int | None, overwrite: bool, briefing: Briefing | None) -> None:
        self.busy = True
        self._note(Text(self.t("export.writing")))
        self.query_one("#export-write", Button).disabled = True
        self._write(self.fmt, path, limit, overwrite, briefing)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _write(self, fmt: str, path: Path, limit: int | None, overwrite: bool, briefing: Briefing | None) -> None:
        from briefing_tui.search import save_briefing

        try:
            if briefing is None:
                briefing = self._build(limit)
            written = save_briefing(briefing, fmt, path, overwrite=overwrite)
        except ExportExistsError:
            assert briefing is not None
            self.app.call_from_thread(self._exists, path, limit, briefing)
        except Exception as exc:  # one line, never a traceback
            self.app.call_from_thread(self._failed, exc)
        else:
            self.app.call_from_thread(self._done, Exported(written, len(briefing.items), bool(self.picks)))

    def _build(self, limit: int | None) -> Briefing:
        if self.picks:
            query = dataclasses.replace(self.search_query, offset=0)
            try:
                return self.service.briefing(query=query, picks=self.picks)
            except QuerySyntaxError:  # a query still being typed: the picks without its passages
                return self.service.briefing(picks=self.picks)
        return self.service.briefing(query=dataclasses.replace(self.search_query, limit=limit or DEFAULT_LIMIT, offset=0))

    def _ready(self) -> None:
        self.busy = False
        if self.is_attached:
            self.query_one("#export-write", Button).disabled = False

    def _exists(self, path: Path, limit: int | None, briefing: Briefing) -> None:
        self._ready()
        self._note(Text(""))

        def answered(yes: bool | None) -> None:
            if yes:
                self._start(path, limit, overwrite=True, briefing=briefing)
            else:
                self._note(Text(self.t("export.kept")))
                self.query_one("#export-path", Input).focus()

        question = Text(self.t("export.exists_question") + "\n\n") + safe_line(str(path), style="bold")
        self.app.push_screen(
            ConfirmScreen(self.t, question, self.t("export.replace"), self.t("confirm.no")), answered
        )

    def _failed(self, error: BaseException) -> None:
        self._ready()
        message, title = error_message(error, self.t)
        self._fail(message, title)

    def _fail(self, message: str, title: str = "") -> None:
        self._note(safe_line(message, style="bold red"))
        warn(self.app, message, title or self.t("export.title"))

    def _note(self, text: Text) -> None:
        if self.is_attached:
            note = self.query_one("#export-note", Static)
            note.update(text)
            note.set_class(not text.plain, "-empty")

    def _done(self, exported: Exported) -> None:
        self._ready()
        self.dismiss(exported)
