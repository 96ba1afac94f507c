"""Hostile articles in a real terminal (tmux): the pane title and the clipboard stay untouched.

tmux obeys OSC 2 (it sets the pane's title) and, with ``set-clipboard on``,
OSC 52 (it stores the payload in a paste buffer): exactly what an article's
escape sequences would do to the user's terminal. The app and ``show`` run on
the hostile index in a tmux server of our own; then, in the same server, the
raw payload is printed in another window, which proves the test sees the
attack when there is one.
"""

from __future__ import annotations

import base64
import shlex
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from helpers import app_env
from hostile.hostile_cases import CASES, OSC_CLIPBOARD, OSC_TITLE

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

STOLEN = base64.b64decode(OSC_CLIPBOARD.split(";")[2].rstrip("\x07")).decode()  # "pwned"


class Server:
    """One tmux server of our own (its own socket and config), windows added one by one."""

    def __init__(self, config: Path, env: dict[str, str]) -> None:
        self.socket = f"briefing-hostile-{uuid.uuid4().hex[:8]}"
        self.env = env
        config.write_text("set -g set-clipboard on\nset -g allow-rename on\nset -g history-limit 0\n")
        self.config = config
        self.run("new-session", "-d", "-s", "main", "-x", "160", "-y", "50", "sleep 300")

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(["tmux", "-L", self.socket, "-f", str(self.config), *args],
                              capture_output=True, text=True, timeout=10)

    def window(self, name: str, command: list[str]) -> None:
        """A window running ``command`` in a clean environment; it stays open after the command ends."""
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in self.env.items())
        script = f"env -i {exports} {' '.join(shlex.quote(a) for a in command)}; echo EXIT=$?; sleep 300"
        self.run("new-window", "-d", "-t", "main", "-n", name, script)

    def keys(self, name: str, *keys: str, literal: bool = False) -> None:
        self.run("send-keys", "-t", f"main:{name}", *(["-l"] if literal else []), *keys)

    def screen(self, name: str) -> str:
        return self.run("capture-pane", "-t", f"main:{name}", "-p").stdout

    def title(self, name: str) -> str:
        return self.run("display-message", "-p", "-t", f"main:{name}", "#{pane_title}").stdout.strip()

    def buffers(self) -> str:
        """Every paste buffer's content (OSC 52 writes land here)."""
        names = self.run("list-buffers", "-F", "#{buffer_name}").stdout.split()
        return "\n".join(self.run("show-buffer", "-b", n).stdout for n in names)

    def wait_for(self, name: str, condition: Callable[[str], bool], what: str, timeout: float = 20.0) -> str:
        deadline = time.monotonic() + timeout
        text = ""
        while time.monotonic() < deadline:
            text = self.screen(name)
            if condition(text):
                return text
            time.sleep(0.1)
        raise AssertionError(f"timed out waiting for {what}; the screen was:\n{text}")

    def close(self) -> None:
        socket = self.run("display-message", "-p", "#{socket_path}").stdout.strip()
        self.run("kill-server")
        if socket:
            Path(socket).unlink(missing_ok=True)  # tmux leaves it behind


@pytest.fixture
def server(tmp_path: Path, isolated: Path) -> Iterator[Server]:
    env = app_env(isolated)
    srv = Server(tmp_path / "tmux.conf", env)
    yield srv
    srv.close()


def _cli(index: Path, *argv: str) -> list[str]:
    # the arguments (an id holding ESC) travel as a Python literal, not through the shell
    code = f"import sys; from briefing_tui.tui.cli import main; sys.exit(main({['--index-dir', str(index), *argv]!r}))"
    return [sys.executable, "-c", code]


def _untouched(server: Server, name: str) -> None:
    title = server.title(name)
    assert "PWNED" not in title, f"the pane title of {name} became {title!r}"
    assert STOLEN not in server.buffers(), f"{name} wrote the clipboard"


def test_hostile_articles_leave_the_title_and_the_clipboard_alone(server: Server, hostile_index: Path):
    osc_title, osc52 = (next(c for c in CASES if c.raw == raw) for raw in (OSC_TITLE, OSC_CLIPBOARD))

    # the reader: both articles opened (the clipboard payload used to be re-sent on every repaint)
    screens: list[str] = []
    server.window("app", [sys.executable, "-m", "briefing_tui.tui.cli", "--index-dir", str(hostile_index)])
    server.wait_for("app", lambda s: "11 articles" in s, "the app's first results")
    time.sleep(1.0)  # the facet counts land after the hits: keys typed meanwhile may go to the old focus
    for case in (osc_title, osc52):
        server.keys("app", "/")
        if case is osc52:
            server.keys("app", *["BSpace"] * len(osc_title.keyword))
            # typed on only once the box is empty: keys sent in one burst behind backspaces can land first
            server.wait_for("app", lambda s: "Search (/)" in s.splitlines()[1], "an empty search box")
        server.keys("app", case.keyword, literal=True)
        server.wait_for("app", lambda s, c=case: "1 article ·" in s and c.keyword in s.splitlines()[1],
                        f"the results for {case.keyword}")
        server.keys("app", "Enter")  # to the results: the footer shows their keys
        server.wait_for("app", lambda s: "n next hit" in s.splitlines()[-1], "Enter to move to the results")
        server.keys("app", "Enter")
        screens.append(server.wait_for("app", lambda s: "Source" in s, f"{case.keyword} in the reader"))
    server.keys("app", "a")  # all figures: the sentences again
    server.wait_for("app", lambda s: "10,2%" in s, "the all-figures screen")
    time.sleep(0.5)
    _untouched(server, "app")
    for case, screen in zip((osc_title, osc52), screens, strict=True):
        assert case.shown in screen and "Traceback" not in screen  # shown, as visible escapes

    # the command line: show and search
    for case in (osc_title, osc52):
        server.window(f"show-{case.keyword}", _cli(hostile_index, "show", case.id))
        screen = server.wait_for(f"show-{case.keyword}", lambda s: "EXIT=" in s, "show to finish")
        _untouched(server, f"show-{case.keyword}")
        assert "EXIT=0" in screen and case.shown in screen
    server.window("search", _cli(hostile_index, "search", ""))
    assert "EXIT=0" in server.wait_for("search", lambda s: "EXIT=" in s, "search to finish")
    _untouched(server, "search")
    _untouched(server, "app")

    # the control: the same bytes printed raw do reach tmux, so the checks above can see an attack
    server.window("raw", ["printf", "%s%s", OSC_TITLE, OSC_CLIPBOARD])
    server.wait_for("raw", lambda s: "EXIT=0" in s, "printf to finish")
    assert server.title("raw") == "PWNED"
    assert STOLEN in server.buffers()
