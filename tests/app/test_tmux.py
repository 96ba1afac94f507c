"""The real app in a real terminal (tmux): keys sent, the screen captured and read.

Pilot drives Textual's headless driver; this test runs the installed entry point
under a pseudo-terminal, so terminal input parsing, the Linux driver and
wide-character output are exercised too. Skipped when tmux is absent.
"""

from __future__ import annotations

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

from briefing_tui.search import SearchService

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]


class Terminal:
    """One tmux server of our own (its own socket), one window running the app."""

    def __init__(self, command: list[str], env: dict[str, str], size: tuple[int, int]) -> None:
        self.socket = f"briefing-test-{uuid.uuid4().hex[:8]}"
        cols, rows = size
        shell = " ".join(shlex.quote(a) for a in command)
        exports = " ".join(f"{k}={shlex.quote(v)}" for k, v in env.items())
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

    def quit(self) -> str:
        """Press q and wait for the app to end: its exit code must be 0. Returns the last screen."""
        self.keys("q")
        end = self.wait_for(lambda s: "EXIT=" in s, "the app to quit")
        assert "EXIT=0" in end
        return end

    def close(self) -> None:
        socket = self.tmux("display-message", "-p", "#{socket_path}").strip()
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], capture_output=True, timeout=10)
        if socket:
            Path(socket).unlink(missing_ok=True)  # tmux leaves it behind


@pytest.fixture
def terminal(seed_service: SearchService, isolated: Path) -> Iterator[Callable[..., Terminal]]:
    opened: list[Terminal] = []

    def start(size: tuple[int, int], **extra: str) -> Terminal:
        env = app_env(isolated, **extra)
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
        lambda s: "1 with the exact phrase" in s and "With diacritics: Đề án 06?" in s,
        "results for 'de an 06' and the suggestion"
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


def search_box(screen: str) -> str:
    """What the search box holds (its frame and padding taken off)."""
    line = screen.splitlines()[1]
    return line.strip().strip("▊▎").strip()


def test_keys_typed_right_behind_slash_land_in_the_search_box(terminal):
    term = terminal((120, 40))
    term.wait_for(lambda s: "5 articles" in s, "the first results")

    def back_to_the_results() -> None:
        term.wait_for(lambda s: "/ search" not in s.splitlines()[-1], "the search box focused (no '/' in the footer)")
        term.keys("Escape")
        term.wait_for(lambda s: "/ search" in s.splitlines()[-1], "back to the results")
        time.sleep(0.2)  # a key right behind a lone ESC would be read as alt+key

    term.keys("/")
    term.keys("CSDL", literal=True)
    term.wait_for(lambda s: search_box(s) == "CSDL" and "4 articles ·" in s, "the results for CSDL")
    back_to_the_results()
    term.keys("/", "C-u", "nợ xấu")  # one burst: the box emptied, then the query (it was lost 4 times out of 4)
    screen = term.wait_for(lambda s: search_box(s) == "nợ xấu" and "No article matches" in s, "the results for 'nợ xấu'")
    assert "Traceback" not in screen
    back_to_the_results()
    term.keys("/", "BSpace", "alpha")  # gave "alph": the Backspace came after the text
    term.wait_for(lambda s: search_box(s) == "alpha" and "No article matches" in s, "the results for 'alpha'")
    term.keys("BSpace", "BSpace", "e")  # in the box already: the same order
    term.wait_for(lambda s: search_box(s) == "alpe", "the box holding 'alpe'")
    back_to_the_results()
    term.quit()


@pytest.mark.parametrize(("size", "no_color"), [((160, 50), False), ((120, 40), False), ((120, 40), True)],
                         ids=["160x50", "120x40", "120x40-no-color"])
def test_filter_chips_are_readable(terminal, size, no_color):
    term = terminal(size, **({"NO_COLOR": "1"} if no_color else {}))
    term.wait_for(lambda s: "5 articles" in s, "the first results")
    if size[0] < 140:
        term.keys("f")  # the filters drawer
        term.wait_for(lambda s: "Filters" in s and "▼ Province" in s, "the filters drawer")
        time.sleep(0.2)  # laid out, so Tab can reach it
    term.wait_for(lambda s: "Hà Giang" in s, "the province values")  # filled by the first facet counts
    term.keys("/")
    for _ in range(3):  # the search box → the filters pane → "Province" → its values
        term.keys("Tab")
        time.sleep(0.15)  # each focus move handled before the next (CI runs loaded)
    term.keys("Enter")  # ticks the first value (Hà Giang)
    screen = term.wait_for(lambda s: "province as written: " in s, "a chip for the province picked")
    (chip,) = [line for line in screen.splitlines() if "province as written: " in line]
    assert "province as written: Hà Giang ×" in chip and "clear all (x)" in chip
    term.keys("Escape")
    term.wait_for(lambda s: "/ search" in s.splitlines()[-1], "back to the results")
    time.sleep(0.2)  # a key right behind a lone ESC would be read as alt+key
    term.quit()


def test_pick_two_results_and_export_a_briefing_in_a_real_terminal(terminal, tmp_path):
    target = tmp_path / "out" / "picked.md"
    term = terminal((120, 40))
    term.wait_for(lambda s: "5 articles" in s, "the first results")
    term.keys("Space")
    term.wait_for(lambda s: "picked 1" in s and "✓ picked" in s, "the first pick, marked and counted")
    term.keys("Down", "Down", "Space")
    screen = term.wait_for(lambda s: "picked 2" in s, "the second pick")
    assert screen.count("✓ picked") == 2
    term.keys("e")
    term.wait_for(lambda s: "The 2 picked articles" in s and "Markdown" in s, "the export dialog")
    term.keys("C-u")  # the proposed path (the documents folder) emptied; ours typed
    term.keys(str(target), literal=True)
    term.wait_for(lambda s: "picked.md" in s, "the path typed in the box")
    term.keys("Enter")
    deadline = time.monotonic() + 20
    while not target.exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    screen = term.wait_for(lambda s: "picked 2" not in s and "The 2 picked" not in s and "Briefing of 2 articles" in s,
                           "the dialog closed, the picks cleared, where it went said")
    assert "Traceback" not in screen and "✓ picked" not in screen
    text = target.read_text(encoding="utf-8")
    assert text.startswith("# Picked articles\n") and "2 articles, picked by hand" in text
    assert text.count('<a id="source-') == 2
    term.quit()


def test_adding_a_saved_page_and_a_local_feed_in_a_real_terminal(isolated, tmp_path):
    """The palette's "Add a feed or page": a saved HTML page by its path, then a feed served by a real
    HTTP server on 127.0.0.1 by its address; both indexed in the app's worker and found by a search."""
    from formats.builders import Routes, feed_items, feed_server, html_page, rss, send, write

    ix = tmp_path / "ix"
    SearchService(__import__("briefing_tui.search", fromlist=["Config"]).Config(), ix).index(None)
    page = write(tmp_path / "saved" / "lai-chau-chuyen-doi-so.html", html_page())
    with feed_server(Routes({"/rss": send(rss(feed_items(2)))})) as base:
        env = app_env(isolated, NO_PROXY="127.0.0.1", no_proxy="127.0.0.1")
        term = Terminal([sys.executable, "-m", "briefing_tui.tui.cli", "--index-dir", str(ix)], env, (120, 40))
        try:
            term.wait_for(lambda s: "5 articles" in s, "the first screen with the seeds")
            for target, added in ((str(page), "1 added"), (f"{base}/rss", "2 added")):
                term.keys("C-p")
                term.wait_for(lambda s: "Search for commands" in s or "Add a feed" in s or ">" in s, "the palette")
                term.keys("Add a feed or page", literal=True)
                term.wait_for(lambda s: "Add a feed or page" in s, "the command listed")
                term.keys("Enter")
                term.wait_for(lambda s: "https://…/rss" in s, "the add dialog")
                term.keys(target, literal=True)
                term.keys("Enter")
                term.wait_for(lambda s, added=added: added in s, f"the notification '{added}'", timeout=40)
            term.keys("/")
            term.keys("Mường Tè", literal=True)
            screen = term.wait_for(lambda s: "Lai Châu phê duyệt kế hoạch" in s, "the saved page found")
            term.keys("C-u")
            term.keys("giải ngân", literal=True)
            screen = term.wait_for(lambda s: "Tin số 1" in s and "Tin số 2" in s, "the feed's items found")
            assert "Traceback" not in screen
            term.keys("Escape")
            time.sleep(0.3)
            term.quit()
        finally:
            term.close()


def test_the_first_index_of_a_corpus_big_enough_for_worker_processes_in_a_real_terminal(isolated, tmp_path):
    """The configured corpus indexed by the app itself where there is no index yet, with worker processes (400
    articles or more): while the app runs, Textual's capture of stderr has no descriptor, and starting the
    processes failed with "bad value(s) in fds_to_keep" (session 60, ``search/lifeline.py``)."""
    import json

    from briefing_tui.search.embedded import indexer

    n = indexer.PARALLEL_MIN_DOCS + 20
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": f"d{i}", "title": f"Bản tin số {i}",
                                            "body": f"Bản tin {i}: xã {i % 7} triển khai chuyển đổi số."},
                                           ensure_ascii=False) for i in range(n)), encoding="utf-8")
    config = tmp_path / "config.yaml"
    config.write_text(f"corpus:\n  paths: [{corpus}]\n", encoding="utf-8")
    env = app_env(isolated)
    command = [sys.executable, "-m", "briefing_tui.tui.cli", "--config", str(config), "--index-dir", str(tmp_path / "ix")]
    term = Terminal(command, env, (120, 40))
    try:
        screen = term.wait_for(lambda s: f"{n:,} articles" in s or "went wrong" in s, "the corpus indexed", timeout=120)
        assert "went wrong" not in screen and "Traceback" not in screen
        term.keys("/")
        term.keys("Bản tin số 17", literal=True)
        term.wait_for(lambda s: "Bản tin số 17" in s.split("Results", 1)[-1], "a search of the new index")
        term.keys("Escape")
        time.sleep(0.3)
        term.quit()
    finally:
        term.close()
