"""Provides the configuration: YAML in, frozen dataclasses out.

Lookup order: an explicit path (``--config``) > ``$BRIEFING_TUI_CONFIG`` >
``./config.yaml`` > the user's config directory > built-in defaults. An unknown
key or a value of the wrong type is an error that names the key, because a
silently ignored typo ("limt: 50") is worse than a refusal.
"""

from __future__ import annotations

import dataclasses
import difflib
import math
import os
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

APP_NAME = "briefing-tui"
CONFIG_ENV = "BRIEFING_TUI_CONFIG"
INDEX_DIR_ENV = "BRIEFING_TUI_INDEX_DIR"


@dataclass(frozen=True)
class CorpusConfig:
    paths: tuple[str, ...] = ()
    """Files (.txt, .md, .jsonl, .jsonl.gz, .html, .xml, .pdf, .docx …) and folders indexed by default;
    empty (and no feeds): the bundled seeds."""
    feeds: tuple[str, ...] = ()
    """RSS/Atom feeds the user follows: http(s) addresses or feed files. ``index`` with no paths
    refreshes them (with ``paths``), and the app's "refresh feeds" command too."""


@dataclass(frozen=True)
class IndexConfig:
    dir: str | None = None
    """Index directory; None: the platform's user data directory."""
    lock_timeout: float = 3.0
    """Seconds to wait for another process's write lock before saying so."""
    workers: int = 0
    """Worker processes for big indexing runs; 0: one per CPU core."""


@dataclass(frozen=True)
class SearchConfig:
    limit: int = 20
    """Results per page."""
    title_boost: float = 2.0
    """How much more a match in the title counts than one in the body."""
    facet_limit: int = 50
    """Values listed per facet (selected values are always listed)."""
    snippet_chars: int = 220
    """Length of a result's snippet in characters."""
    backend: str = "whoosh"
    """whoosh (the embedded index, nothing to run) or opensearch (a cluster: the ``opensearch`` section)."""


@dataclass(frozen=True)
class OpenSearchConfig:
    """Where the OpenSearch backend's cluster is and how to reach it. Secrets are never in this file:
    it names the environment variables that hold them."""

    hosts: tuple[str, ...] = ()
    """The nodes' URLs (http://127.0.0.1:9200 …); several: requests go round them and skip a dead one."""
    index: str = "briefing"
    """The index name (one per collection; several readers share it)."""
    ca_certs: str | None = None
    """A CA bundle (PEM) for https hosts; None: the system's."""
    verify_certs: bool = True
    """false only for a test cluster with a self-signed certificate."""
    username_env: str = "BRIEFING_OS_USER"
    """The environment variable holding the basic-auth user name (unset: no basic auth)."""
    password_env: str = "BRIEFING_OS_PASSWORD"
    """The environment variable holding the basic-auth password."""
    api_key_env: str = "BRIEFING_OS_API_KEY"
    """The environment variable holding an API key (base64 "id:key"); wins over basic auth."""
    timeout: float = 10.0
    """Seconds one request may take before it is retried on another node, then reported."""
    retries: int = 2
    """Retries of a request that timed out or whose node went away."""


@dataclass(frozen=True)
class AbbreviationsConfig:
    extra: tuple[tuple[str, str], ...] = ()
    """Abbreviations added to the bundled table, as ``ABBR: long form``."""


@dataclass(frozen=True)
class UIConfig:
    language: str = "auto"
    """auto (from $LANG), vi or en."""
    theme: str = "textual-dark"
    """Any Textual theme name."""
    debounce_ms: int = 0
    """Minimum gap between searches while typing; 0: the next starts when one lands (keys coalesce)."""
    history: bool = True
    """Remember queries for recall (up/down) and suggestions in the search box; false: nothing kept."""


@dataclass(frozen=True)
class Config:
    corpus: CorpusConfig = field(default_factory=CorpusConfig)
    index: IndexConfig = field(default_factory=IndexConfig)
    search: SearchConfig = field(default_factory=SearchConfig)
    abbreviations: AbbreviationsConfig = field(default_factory=AbbreviationsConfig)
    ui: UIConfig = field(default_factory=UIConfig)
    opensearch: OpenSearchConfig = field(default_factory=OpenSearchConfig)
    path: str | None = field(default=None, compare=False)
    """The file this configuration was read from (None: built-in defaults)."""


_CHOICES = {"ui.language": ("auto", "vi", "en"), "search.backend": ("whoosh", "opensearch")}
BACKENDS = ("whoosh", "opensearch")
_RANGES: dict[str, tuple[float, float]] = {
    "index.lock_timeout": (0, 3600),
    "index.workers": (0, 256),
    "search.limit": (1, 1000),
    "search.title_boost": (0, 100),
    "search.facet_limit": (1, 10_000),
    "search.snippet_chars": (20, 5000),
    "ui.debounce_ms": (0, 10_000),
    "opensearch.timeout": (0.1, 600),
    "opensearch.retries": (0, 10),
}
"""Every number has a range: ``lock_timeout: .nan`` never returned on a busy index."""
_MAX_CONFIG_BYTES = 1 << 20


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Find and read the configuration (see the module docstring for the order)."""
    candidate = find_config_file(path)
    if candidate is None:
        return Config()
    return read_config(candidate)


def find_config_file(path: str | os.PathLike[str] | None = None) -> Path | None:
    if path is not None:
        p = Path(path)
        if not _is_file(p):
            raise ConfigError(f"config file not found: {p}")
        return p
    env = os.environ.get(CONFIG_ENV)
    if env:
        p = Path(env)
        if not _is_file(p):
            raise ConfigError(f"config file not found: {p} (from ${CONFIG_ENV})")
        return p
    local = Path("config.yaml")
    if _is_file(local):
        return local
    user = user_config_dir() / "config.yaml"
    if _is_file(user):
        return user
    return None


def _is_file(path: Path) -> bool:
    """A config file we can see; a folder we may not enter (the working folder, HOME) hides none."""
    try:
        return path.is_file()
    except OSError:
        return False


def read_config(path: Path) -> Config:
    # imported here: commands that need no config pay nothing (untyped: types-PyYAML is not installed)
    import yaml

    try:
        with open(path, "rb") as f:
            raw = f.read(_MAX_CONFIG_BYTES + 1)
        if len(raw) > _MAX_CONFIG_BYTES:
            raise ConfigError(f"config file {path} is larger than 1 MB; is it the right file?")
        text = raw.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise ConfigError(f"cannot read config file {path}: {reason}") from None
    try:
        # libyaml's loader when PyYAML was built with it (its wheels are): the same safe constructor,
        # ~10x faster on our config (4 → 0.4 ms of every command's start)
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        if "nesting depth" in str(getattr(exc, "problem", "")):  # libyaml's limit (1,000 levels)
            raise ConfigError(f"config file {path} is nested too deeply to be a briefing-tui config") from None
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark is not None else ""
        raise ConfigError(f"config file {path} is not valid YAML{where}") from None
    except RecursionError:
        raise ConfigError(f"config file {path} is nested too deeply to be a briefing-tui config") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"config file {path} must be a mapping of sections")
    config: Config = _build(Config, data, prefix="", source=path)
    base = path.resolve().parent
    paths = tuple(str((base / p).resolve()) if not Path(p).is_absolute() else p for p in config.corpus.paths)
    for feed in config.corpus.feeds:
        if not feed.strip():
            raise ConfigError(f"config key 'corpus.feeds' in {path} holds an empty entry; remove it")
        if "://" in feed and not feed.lower().startswith(("http://", "https://")):
            raise ConfigError(f"config key 'corpus.feeds' in {path}: {feed!r} is not an http(s) address or a file")
    feeds = tuple(f if f.lower().startswith(("http://", "https://")) or Path(f).is_absolute()
                  else str((base / f).resolve()) for f in config.corpus.feeds)
    index_dir = config.index.dir
    if index_dir is not None and not index_dir.strip():
        raise ConfigError(f"config key 'index.dir' in {path} is empty; remove it (the default) or name a folder")
    if index_dir is not None:
        index_dir = str((base / Path(index_dir).expanduser()).resolve())
    return dataclasses.replace(
        config,
        corpus=dataclasses.replace(config.corpus, paths=paths, feeds=feeds),
        index=dataclasses.replace(config.index, dir=index_dir),
        path=str(path),
    )


def _build(cls: type, data: dict[str, Any], prefix: str, source: Path) -> Any:
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls) if f.name != "path"}
    values: dict[str, Any] = {}
    for key, value in data.items():
        name = f"{prefix}{key}"
        if key not in known:
            close = difflib.get_close_matches(str(key), sorted(known), n=1)
            hint = f" (did you mean '{prefix}{close[0]}'?)" if close else f" (known: {', '.join(sorted(known))})"
            raise ConfigError(f"unknown config key '{name}' in {source}{hint}")
        hint_type = hints[key]
        if isinstance(hint_type, type) and dataclasses.is_dataclass(hint_type):
            if value is None:
                value = {}
            if not isinstance(value, dict):
                raise ConfigError(f"config key '{name}' in {source} must be a mapping")
            values[key] = _build(hint_type, value, prefix=f"{name}.", source=source)
        else:
            values[key] = _coerce(name, value, hint_type, source)
    return cls(**values)


def _coerce(name: str, value: Any, hint: Any, source: Path) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        inner = next(a for a in args if a is not type(None))
        return _coerce(name, value, inner, source)
    if origin is tuple and args and typing.get_origin(args[0]) is tuple:
        # a mapping such as abbreviations.extra → tuple of pairs
        if value is None:
            return ()
        if not isinstance(value, dict):
            raise ConfigError(f"config key '{name}' in {source} must be a mapping (KEY: value)")
        if not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
            raise ConfigError(f"config key '{name}' in {source} must map text to text (ABBR: long form)")
        return tuple(value.items())
    if origin is tuple:
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"config key '{name}' in {source} must be a list of strings")
        return tuple(value)
    if hint is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"config key '{name}' in {source} must be true or false")
        return value
    if hint in (int, float):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or (hint is int and not isinstance(value, int)):
            whole = " (a whole one)" if hint is int else ""
            raise ConfigError(f"config key '{name}' in {source} must be a number{whole}, not {_shown(value)}")
        low, high = _RANGES.get(name, (0, math.inf))
        if not math.isfinite(value) or not low <= value <= high:
            what = "must not be negative: it must be" if value < 0 <= low else "must be"
            raise ConfigError(f"config key '{name}' in {source} {what} between {low:g} and {high:g}, not {value!r}")
        return hint(value)
    if hint is str:
        if not isinstance(value, str):
            raise ConfigError(f"config key '{name}' in {source} must be text, not {_shown(value)}")
        choices = _CHOICES.get(name)
        if choices and value not in choices:
            raise ConfigError(f"config key '{name}' in {source} must be one of {', '.join(choices)}")
        return value
    raise ConfigError(f"config key '{name}' in {source} has an unsupported type")  # pragma: no cover


def _shown(value: Any) -> str:
    """A wrong value as the message shows it: short, one line (a nested structure could be huge)."""
    if isinstance(value, (dict, list)):
        return "a mapping" if isinstance(value, dict) else "a list"
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def user_config_dir() -> Path:
    from platformdirs import user_config_dir as _ucd

    return Path(_ucd(APP_NAME, appauthor=False))


def user_data_dir() -> Path:
    from platformdirs import user_data_dir as _udd

    return Path(_udd(APP_NAME, appauthor=False))


def documents_dir() -> Path:
    """Where exported briefings go by default: the user's documents folder (~/Documents on Linux)."""
    from platformdirs import user_documents_dir

    return Path(user_documents_dir())


def resolve_index_dir(config: Config, override: str | os.PathLike[str] | None = None) -> Path:
    """``--index-dir`` > ``$BRIEFING_TUI_INDEX_DIR`` > config ``index.dir`` > user data dir."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(INDEX_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    if config.index.dir:
        return Path(config.index.dir)
    return user_data_dir() / "index"
