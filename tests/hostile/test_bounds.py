"""Bounded work: long queries, hostile configs and ids give one line quickly, never a hang or a traceback.

Hang guards are generous subprocess timeouts, not performance goals (those live
in benchmarks/): before the fix, the 10,000-character query took 192 s.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import assert_one_line_error, cli

from briefing_tui.search.config import Config
from briefing_tui.search.models import Query
from briefing_tui.search.query.grammar import MAX_QUERY_CHARS
from briefing_tui.search.service import SearchService


@pytest.fixture
def seeds(tmp_path: Path, capfd: pytest.CaptureFixture[str]) -> Path:
    ix = tmp_path / "ix"
    code, _out, _err = cli(capfd, "--index-dir", str(ix), "index", "--quiet")
    assert code == 0
    return ix


def run(*argv: str, timeout: float = 60, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real command in its own process, so a hang fails the test after ``timeout`` instead of never."""
    return subprocess.run(
        [sys.executable, "-m", "briefing_tui.tui.cli", *argv],
        capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})}, check=False,
    )


@pytest.mark.parametrize("length", [3_000, 10_000])
def test_an_over_long_query_is_refused_with_one_line(seeds, length):
    words = " ".join(f"tuxyz{i}qw" for i in range(length // 10))[:length]
    done = run("--index-dir", str(seeds), "search", words)
    assert done.returncode == 2
    assert_one_line_error(done.stderr, "characters long", f"{MAX_QUERY_CHARS:,}")


def test_a_query_just_under_the_limit_of_unknown_words_finishes(seeds):
    """Every word unknown: "did you mean" used to probe each of them (31 s for 3,000 characters)."""
    words = " ".join(f"qxw{i}zz" for i in range(400))[: MAX_QUERY_CHARS - 1]
    done = run("--index-dir", str(seeds), "search", words, timeout=30)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    one_word = "a" * (MAX_QUERY_CHARS - 1)  # one huge "word": its edits are not enumerated
    done = run("--index-dir", str(seeds), "search", one_word, timeout=30)
    assert done.returncode == 1 and "Traceback" not in done.stderr


def test_suggestions_correct_at_most_a_few_words(seeds):
    service = SearchService(Config(), seeds)
    result = service.search(Query("chuyển đỏi " + " ".join(f"qxw{i}" for i in range(50))))
    service.close()
    assert result.total == 0  # the answer arrives; the suggestion (if any) keeps the rest as typed
    assert result.suggestion is None or result.suggestion.startswith("chuyển đổi")


CONFIGS = {
    "lock_timeout: .nan": ("index:\n  lock_timeout: .nan\n", "index.lock_timeout"),
    "lock_timeout: .inf": ("index:\n  lock_timeout: .inf\n", "index.lock_timeout"),
    "workers: 100000": ("index:\n  workers: 100000\n", "index.workers"),
    "limit: 0": ("search:\n  limit: 0\n", "search.limit"),
    "snippet_chars: 1e12": ("search:\n  snippet_chars: 1000000000000\n", "search.snippet_chars"),
    "title_boost: -.inf": ("search:\n  title_boost: -.inf\n", "search.title_boost"),
    "nested 10,000 deep": ("a: " + "[" * 10_000 + "]" * 10_000 + "\n", "nested too deeply"),
    "a 2 MB file": ("# " + "x" * (2 << 20) + "\n", "larger than 1 MB"),
    "billion laughs": (
        "a: &a ['lol','lol','lol','lol','lol','lol','lol','lol','lol']\n"
        + "".join(f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)},*{chr(97 + i)}]\n" for i in range(8))
        + "abbreviations:\n  extra:\n    LOL: *i\n",
        "",
    ),
    "index.dir empty": ("index:\n  dir: ''\n", "index.dir"),
    "not UTF-8": (b"search:\n  limit: \xff\xfe\n", "cannot read config"),
    "control characters in a key": ("search:\n  \"li\\emit\\x07\": 3\n", "unknown config key"),
}


@pytest.mark.parametrize("case", sorted(CONFIGS))
def test_a_hostile_config_is_one_line_and_exit_2(seeds, tmp_path, case):
    text, needle = CONFIGS[case]
    path = tmp_path / "config.yaml"
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    done = run("--config", str(path), "--index-dir", str(seeds), "search", "x", timeout=60)
    assert done.returncode == 2, done.stderr
    assert_one_line_error(done.stderr, needle)


@pytest.mark.parametrize("article_id", ["\udcff", "a\x1b]2;PWNED\x07", "x" * 5000, "../../etc/passwd", ""])
def test_show_of_a_hostile_id_is_one_line(seeds, capfd, article_id):
    code, out, err = cli(capfd, "--index-dir", str(seeds), "show", article_id)
    assert code == 1 and not out.strip()
    line = assert_one_line_error(err)
    assert len(line) < 400
