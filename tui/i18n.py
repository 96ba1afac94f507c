"""Provides the UI text in English or Vietnamese, from one catalog (tui/locale/messages.yaml).

The language is the config's ``ui.language``, or with ``auto`` the locale:
``LC_ALL``, ``LC_MESSAGES`` or ``LANG`` starting with ``vi`` means Vietnamese.
"""

from __future__ import annotations

import os
from functools import lru_cache
from importlib import resources
from typing import Any

LANGUAGES = ("en", "vi")


@lru_cache(maxsize=1)
def catalog() -> dict[str, dict[str, str]]:
    """The bundled catalog, read with libyaml's safe loader when PyYAML has it (its wheels do): the
    pure-Python loader took ~65 ms of the app's start for these 17 KB, libyaml ~6.5 ms (spawn to first
    results at 20k articles, in turns: 1.16 → 0.98 s). Both read it the same (tests/unit/test_i18n.py)."""
    import yaml

    return _parse(yaml, getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _parse(yaml: Any, loader: Any) -> dict[str, dict[str, str]]:
    text = resources.files("briefing_tui.tui").joinpath("locale/messages.yaml").read_text("utf-8")
    entries: dict[str, dict[str, str]] = yaml.load(text, Loader=loader)
    return entries


def pick_language(setting: str = "auto", environ: dict[str, str] | None = None) -> str:
    if setting in LANGUAGES:
        return setting
    env = os.environ if environ is None else environ
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


class Translator:
    """``t("status.results", count=3, ms=12)`` → the message in the chosen language.

    With ``count=1`` the entry ``<key>.one`` wins when the catalog has it.
    """

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "en"

    def __call__(self, key: str, /, **values: object) -> str:
        # "{key}.one" holds the singular where a language needs one ("1 article")
        if str(values.get("count", "")) == "1" and f"{key}.one" in catalog():
            key = f"{key}.one"
        entry = catalog().get(key)
        if entry is None:
            return key
        text = entry.get(self.language) or entry.get("en") or key
        return text.format(**values) if values else text
