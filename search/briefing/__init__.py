"""Provides briefings: the cited document an analyst hands on (``SearchService.briefing`` builds one).

``model`` holds its data, ``build`` what each article contributes, ``markdown``
the Markdown document, ``tables`` the CSV of its figures and its JSON form.
"""

from __future__ import annotations

from .build import file_name
from .files import FORMATS as BRIEFING_FORMATS
from .files import ExportExistsError, save_briefing
from .markdown import to_markdown as briefing_to_markdown
from .model import Briefing, BriefingItem, Passage, Pick
from .tables import JSON_VERSION as BRIEFING_JSON_VERSION
from .tables import to_csv as briefing_to_csv
from .tables import to_json as briefing_to_json

__all__ = [
    "BRIEFING_FORMATS",
    "BRIEFING_JSON_VERSION",
    "Briefing",
    "BriefingItem",
    "ExportExistsError",
    "Passage",
    "Pick",
    "briefing_to_csv",
    "briefing_to_json",
    "briefing_to_markdown",
    "file_name",
    "save_briefing",
]
