"""Provides the one factory that builds the reader, for the command line and the tests."""

from __future__ import annotations

import os
from pathlib import Path

from briefing_tui.search import Config, load_config, open_service

from ..i18n import Translator, pick_language
from .app import BriefingApp
from .options import AppOptions


def make_app(
    config: Config | None = None,
    index_dir: str | Path | None = None,
    options: AppOptions | None = None,
    language: str | None = None,
) -> BriefingApp:
    config = config or Config()
    service = open_service(config, index_dir)
    t = Translator(language or pick_language(config.ui.language))
    return BriefingApp(service, t, options or AppOptions(limit=max(config.search.limit, 50)))


def run_app(config_path: str | None, index_dir: str | None, config: Config | None = None) -> int:
    """``briefing-tui`` with no command (``config``: already read, with the command line's overrides)."""
    config = config or load_config(config_path)
    options = AppOptions(
        limit=max(config.search.limit, 50),
        exit_when_ready=os.environ.get("BRIEFING_TUI_EXIT_WHEN_READY") == "1",
    )
    app = make_app(config, index_dir, options)
    try:
        app.run()
    finally:
        app.service.close()
    return app.return_code or 0
