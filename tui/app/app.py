"""Provides ``BriefingApp``: the reader's thin shell.

It wires the service, the translator and the theme, puts the main screen (which
owns the state and the workers: main_screen.py) on the stack and offers the
palette's commands. It keeps no state of its own and never reaches into widgets.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from textual.app import App, SystemCommand
from textual.screen import Screen

from briefing_tui.search import SearchService

from ..i18n import Translator
from .main_screen import MainScreen
from .options import AppOptions
from .saved_panel import SavedSearchCommands

__all__ = ["AppOptions", "BriefingApp"]


class BriefingApp(App[None]):
    CSS_PATH = Path(__file__).with_name("app.tcss")  # absolute: subclasses live elsewhere
    TITLE = "briefing-tui"
    ENABLE_COMMAND_PALETTE = True
    COMMANDS = App.COMMANDS | {SavedSearchCommands}

    def __init__(self, service: SearchService, t: Translator, options: AppOptions | None = None) -> None:
        super().__init__()
        self.service = service
        self.t = t
        self.options = options or AppOptions()
        self.main = MainScreen(service, t, self.options)
        theme = service.config.ui.theme
        if theme in self.available_themes:
            self.theme = theme

    def get_default_screen(self) -> Screen[Any]:
        return self.main

    def action_toggle_theme(self) -> None:
        self.theme = "textual-light" if self.theme == "textual-dark" else "textual-dark"

    def action_save_screenshot(self) -> None:
        """An SVG of the screen, saved where the user can write (Textual's own goes to ~/Downloads,
        which often does not exist: "Failed to save screenshot"), and where it went, said."""
        svg = self.export_screenshot()
        name = f"briefing-tui-{time.strftime('%Y-%m-%d_%H-%M-%S')}.svg"
        for folder in screenshot_folders():
            try:
                folder.mkdir(parents=True, exist_ok=True)
                path = folder / name
                path.write_text(svg, encoding="utf-8")
            except OSError:
                continue
            self.notify(self.t("status.screenshot", path=str(path)), title=self.t("cmd.screenshot"), markup=False)
            return
        self.notify(self.t("status.screenshot_failed"), severity="error", markup=False)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        t, main = self.t, self.main
        yield SystemCommand(t("cmd.reindex"), t("cmd.reindex_help"), main.action_reindex)
        yield SystemCommand(t("cmd.add_feed"), t("cmd.add_feed_help"), main.action_add_feed)
        yield SystemCommand(t("cmd.refresh_feeds"), t("cmd.refresh_feeds_help"), main.action_refresh_feeds)
        yield SystemCommand(t("cmd.clear"), t("cmd.clear_help"), main.action_clear_filters)
        yield SystemCommand(t("cmd.filters"), t("cmd.filters_help"), main.action_toggle_filters)
        yield SystemCommand(t("cmd.figures"), t("cmd.figures_help"), main.action_toggle_figures)
        yield SystemCommand(t("cmd.all_figures"), t("cmd.all_figures_help"), main.action_all_figures)
        yield SystemCommand(t("cmd.sort"), t("cmd.sort_help"), main.action_toggle_sort)
        yield SystemCommand(t("cmd.picked"), t("cmd.picked_help"), main.action_picked)
        yield SystemCommand(t("cmd.export"), t("cmd.export_help"), main.action_export)
        yield SystemCommand(t("cmd.save_search"), t("cmd.save_search_help"), main.action_save_search)
        if main.history.enabled:
            yield SystemCommand(t("cmd.clear_history"), t("cmd.clear_history_help"), main.action_clear_history)
        yield SystemCommand(t("cmd.theme"), t("cmd.theme_help"), self.action_toggle_theme)
        yield SystemCommand(t("cmd.help"), t("cmd.help_help"), main.action_help)
        # after the palette has closed, so it is not in the picture
        yield SystemCommand(t("cmd.screenshot"), t("cmd.screenshot_help"),
                            lambda: self.set_timer(0.1, self.action_save_screenshot))
        for command in super().get_system_commands(screen):
            if command.title != "Screenshot":  # Textual's, replaced by the one above
                yield command


def screenshot_folders() -> list[Path]:
    """Where a screenshot may go, best first: the user data folder, the working folder, the temp folder."""
    import tempfile

    from platformdirs import user_data_path

    return [user_data_path("briefing-tui") / "screenshots", Path.cwd(), Path(tempfile.gettempdir())]
