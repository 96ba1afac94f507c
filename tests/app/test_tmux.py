"""The real app in a real terminal (tmux): keys sent, the screen captured and read.

Pilot drives Textual's headless driver; this test runs the installed entry point
under a pseudo-terminal, so terminal input parsing, the Linux driver and
wide-character output are exercised too. Skipped when tmux is absent.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from briefing_tui.search.service import SearchService

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


class Terminal:
    """One tmux server of our own (its own socket), one window running the app."""

    def __init__(self, command: list[str], env: dict[str, str], size: tuple[int, int]) -> None:
        self.socket = f"briefing-test-{uuid.uuid4().hex[:8]}"
        cols, rows = size
        shell = " ".join(_quote(a) for a in command)
        exports = " ".join(f"{k}={_quote(v)}" for k, v in env.items())
        # a clean environment (an inherited COLUMNS/LINES would override the pane size);
        # the window outlives the app so its last screen and exit code can be read
        script = f"env -i {exports} {shell}; echo EXIT=$?; sleep 60"
        self.tmux("new-session", "-d", "-s", "app", "-x", str(cols), "-y", str(rows), script)

    def tmux(self, *args: str) -> str:
        done = subprocess.run(["tmux", "-L", self.socket, *args], capture_output=True, text=True, timeout=10)
        return done.stdout

    def keys(self, *keys: str, literal: bool = False) -> None:
        self.tmux("send-keys", "-t", "app", *(["-l"] if literal else []), *keys)

    def screen(self) -> str:
        return self.tmux("capture-pane", "-t", "app", "-p")

    def wait_for(self, condition: Callable[[str], bool], what: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        text = ""
        while time.monotonic() < deadline:
            text = self.screen()
            if condition(text):
                return text
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}; the screen was:\n{text}")

    def close(self) -> None:
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, timeout=10)


def _quote(s: str) -> str:
    return "'" + s.replace("'", "'\\''") + "'"


@pytest.fixture
def terminal(seed_service: SearchService, isolated: Path) -> Iterator[Callable[[tuple[int, int]], Terminal]]:
    opened: list[Terminal] = []

    def start(size: tuple[int, int]) -> Terminal:
        env = {
            "HOME": str(isolated),
            "XDG_CONFIG_HOME": str(isolated / ".config"),
            "XDG_DATA_HOME": str(isolated / ".local" / "share"),
            "LANG": "en_US.UTF-8",
            "TERM": "xterm-256color",
            "PATH": os.environ.get("PATH", ""),
        }
        command = [sys.executable, "-m", "briefing_tui.tui.cli", "--index-dir", str(seed_service.store.root)]
        term = Terminal(command, env, size)
        opened.append(term)
        return term

    yield start
    for term in opened:
        term.close()


def test_search_read_and_quit_in_a_real_terminal(terminal):
    term = terminal((120, 40))
    first = term.wait_for(lambda s: "5 articles" in s, "the first screen with all five seeds")
    assert "Results" in first and "quit" in first  # the table and the footer are drawn
    assert "Traceback" not in first

    term.keys("/")
    term.keys("de an 06", literal=True)  # no diacritics, typed through the terminal
    # the hits come first, the suggestion with the facet counts a moment later
    screen = term.wait_for(
        lambda s: "1 article ·" in s and "With diacritics: Đề án 06?" in s, "results for 'de an 06' and the suggestion"
    )
    assert "Thủ tướng dự tổng kết" in screen  # the national article, title with its diacritics

    term.keys("Enter")  # to the results: the footer shows the results' keys again
    term.wait_for(lambda s: "n next hit" in s.splitlines()[-1], "Enter to move to the results")
    term.keys("Enter")  # open the article
    screen = term.wait_for(lambda s: "Officials" in s and "hit 0/9" in s, "the reader with its hit counter")
    assert "Phạm Minh Chính" in screen

    term.keys("n")
    term.wait_for(lambda s: "hit 1/9" in s, "n to step to the first hit")

    term.keys("F1")
    term.wait_for(lambda s: "briefing-tui — keys" in s and "esc or F1 closes" in s, "the help screen")
    term.keys("Escape")
    term.wait_for(lambda s: "esc or F1 closes" not in s, "esc to close the help")

    term.keys("q")
    end = term.wait_for(lambda s: "EXIT=" in s, "the app to quit")
    assert "EXIT=0" in end and "Traceback" not in end


def test_resizing_the_terminal_switches_to_tabs(terminal):
    term = terminal((160, 50))
    wide = term.wait_for(lambda s: "5 articles" in s and "Key figures" in s, "the wide layout")
    assert "Filters" in wide
    term.tmux("resize-window", "-t", "app", "-x", "80", "-y", "24")
    narrow = term.wait_for(
        lambda s: "Results  Article  Figures  Filters" in s and "Key figures" not in s and "/ search" in s,
        "one row of tabs and the footer at 80×24",
    )
    lines = narrow.rstrip("\n").splitlines()
    assert len(lines) <= 24 and "/ search" in lines[-1]  # the footer stays on the last row  # the footer survives the resize
    assert max(len(line) for line in narrow.splitlines()) <= 80
    term.keys("q")
    term.wait_for(lambda s: "EXIT=0" in s, "the app to quit")
