"""Provides the bundled default corpus: the five seed articles, verbatim."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def seed_dir() -> Path:
    """The folder holding the seed articles (a real directory in every install mode)."""
    return Path(str(resources.files(__name__)))
