"""Provides ``die_with_parent``: the first thing an indexing run's child process does.

An indexing worker (``workers``) or the second process of a phrase merge (``phrase_build._TableApart``)
must not outlive the run that started it: a worker holds ~90 MB and used to live on forever, blocked on its
queue, after its parent was killed (SIGKILL, a closed terminal).
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
import time


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
