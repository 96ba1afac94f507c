"""Provides what an indexing run's child processes need: ``tracker_started`` before the first one starts,
``die_with_parent`` as the first thing each does.

Both backends start processes: the embedded engine's indexing workers (``embedded.workers``) and the second
process of a phrase merge (``embedded.phrase_build._TableApart``), the cluster backend's pool of enrichers
(``opensearch.indexer``). An embedded one must not outlive the run that started it: a worker holds ~90 MB and used to live on forever, blocked on its
queue, after its parent was killed (SIGKILL, a closed terminal).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import threading
import time


def tracker_started() -> None:
    """Start ``multiprocessing``'s resource tracker (every spawned process and queue needs it) with a real stderr.

    The tracker is started with ``sys.stderr.fileno()`` among the descriptors it keeps. While the app runs, Textual
    replaces ``sys.stderr`` with a capture whose ``fileno()`` is -1, and the start failed with "bad value(s) in
    fds_to_keep": the app's first index of a corpus of 400 articles or more (``PARALLEL_MIN_DOCS``, the worker
    processes) never ran (found in tmux, session 60). For that start only, the interpreter's own stderr stands in."""
    from multiprocessing import resource_tracker

    try:
        usable = sys.stderr is None or sys.stderr.fileno() >= 0
    except Exception:  # no descriptor at all: the tracker leaves it out itself
        usable = True
    if usable:
        resource_tracker.ensure_running()
        return
    captured = sys.stderr
    sys.stderr = sys.__stderr__
    try:
        resource_tracker.ensure_running()
    finally:
        sys.stderr = captured


def die_with_parent(parent: int) -> None:
    """End this process when the process ``parent`` is gone. Linux's parent-death signal ends it at once; a
    watch thread covers other systems and the moment before the signal was set."""
    with contextlib.suppress(Exception):
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
