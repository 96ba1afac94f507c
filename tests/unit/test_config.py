"""Configuration: the shipped config.yaml is the defaults; unknown keys are named."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import ROOT

from briefing_tui.search.config import Config, find_config_file, load_config, read_config, resolve_index_dir
from briefing_tui.search.errors import ConfigError


def test_shipped_config_equals_the_built_in_defaults():
    assert read_config(ROOT / "config.yaml") == Config()


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_unknown_key_is_an_error_naming_it(tmp_path):
    with pytest.raises(ConfigError, match=r"unknown config key 'search.limt'.*did you mean 'search.limit'"):
        read_config(write(tmp_path, "search:\n  limt: 5\n"))
    with pytest.raises(ConfigError, match="unknown config key 'serach'"):
        read_config(write(tmp_path, "serach: {}\n"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("search:\n  limit: many\n", "must be a number"),
        ("search:\n  limit: -1\n", "must not be negative"),
        ("ui:\n  language: fr\n", "must be one of auto, vi, en"),
        ("corpus:\n  paths: 3\n", "list of strings"),
        ("search: [1, 2]\n", "must be a mapping"),
        ("search:\n  limit: [\n", "not valid YAML"),
        ("search:\n  backend: elastic\n", "must be one of whoosh, opensearch"),
        ("opensearch:\n  timeout: 0\n", "between 0.1 and 600"),
        ("opensearch:\n  retries: 50\n", "between 0 and 10"),
        ("opensearch:\n  hosts: 9200\n", "list of strings"),
        ("opensearch:\n  pasword_env: X\n", "did you mean 'opensearch.password_env'"),
    ],
)
def test_bad_values_are_errors(tmp_path, text, message):
    with pytest.raises(ConfigError, match=message):
        read_config(write(tmp_path, text))


def test_the_opensearch_section_is_read(tmp_path):
    config = read_config(write(tmp_path, "search:\n  backend: opensearch\nopensearch:\n  hosts: http://127.0.0.1:9250\n"
                                         "  index: news\n  api_key_env: OUR_KEY\n"))
    assert config.search.backend == "opensearch"
    assert config.opensearch.hosts == ("http://127.0.0.1:9250",) and config.opensearch.index == "news"
    assert config.opensearch.api_key_env == "OUR_KEY" and config.opensearch.timeout == 10.0


def test_values_are_read_and_relative_paths_resolved(tmp_path):
    cfg = read_config(write(tmp_path, "corpus:\n  paths: [articles]\nsearch:\n  limit: 7\nabbreviations:\n  extra:\n    NSNN: ngân sách nhà nước\n"))
    assert cfg.search.limit == 7
    assert cfg.corpus.paths == (str((tmp_path / "articles").resolve()),)
    assert cfg.abbreviations.extra == (("NSNN", "ngân sách nhà nước"),)


def test_lookup_order(tmp_path, monkeypatch):
    assert find_config_file() is None  # the isolated cwd and home hold no config
    assert load_config() == Config()
    local = write(tmp_path, "search:\n  limit: 3\n")
    monkeypatch.chdir(tmp_path)
    assert load_config().search.limit == 3
    other = tmp_path / "other.yaml"
    other.write_text("search:\n  limit: 4\n", encoding="utf-8")
    monkeypatch.setenv("BRIEFING_TUI_CONFIG", str(other))
    assert load_config().search.limit == 4
    assert load_config(local).search.limit == 3  # --config wins
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "missing.yaml")


def test_index_dir_lookup(tmp_path, monkeypatch):
    cfg = read_config(write(tmp_path, "index:\n  dir: ix\n"))
    assert resolve_index_dir(cfg) == (tmp_path / "ix").resolve()
    monkeypatch.setenv("BRIEFING_TUI_INDEX_DIR", str(tmp_path / "env"))
    assert resolve_index_dir(cfg) == (tmp_path / "env").resolve()
    assert resolve_index_dir(cfg, tmp_path / "flag") == (tmp_path / "flag").resolve()
    monkeypatch.delenv("BRIEFING_TUI_INDEX_DIR")
    home_default = resolve_index_dir(Config())
    assert home_default.name == "index" and "briefing-tui" in str(home_default)
