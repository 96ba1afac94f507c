"""Provides the embedded engine: the only Whoosh-aware code of briefing-tui.

Whoosh is the index of record (segments, commits, locking, stored fields,
columns); a phrase index of our own sits beside it, and every generation is
sealed by a manifest. Nothing outside this package imports whoosh; the query
side reaches it through the protocol in ``query/source.py``.

Importing this package imports Whoosh's reading modules lean (``_import_whoosh``).
"""

from __future__ import annotations

import functools
import sys
import types
from typing import Any


def _urlretrieve(*args: Any, **kwargs: Any) -> Any:  # pragma: no cover - Whoosh never calls it
    from urllib.request import urlretrieve

    return urlretrieve(*args, **kwargs)


def _import_whoosh() -> None:
    """Import Whoosh without the two imports it makes for nothing a reader uses.

    ``whoosh.compat`` imports ``urllib.request`` for ``urlretrieve`` (used nowhere in Whoosh),
    which pulls in ``http.client``, ``email``, ``ssl`` and ``socket``; ``whoosh.reading`` takes its
    one ``cached_property`` from the ``cached_property`` package, which imports ``asyncio``.
    Measured with ``python -X importtime``, the two were ~25% of the imports of a cold
    ``briefing-tui search`` (docs/performance.md). While Whoosh's modules load, those two names
    are stand-ins (the standard library's ``functools.cached_property``, which does the same for a
    plain method, and a ``urlretrieve`` that imports the real one when called); they are taken
    out of ``sys.modules`` right after, so any other code importing them gets the real modules.
    Where either is already imported, or Whoosh is, nothing is replaced.
    """
    if "whoosh.reading" in sys.modules:
        return
    stand_ins: dict[str, types.ModuleType] = {}
    if "cached_property" not in sys.modules:
        module = types.ModuleType("cached_property")
        module.cached_property = functools.cached_property  # type: ignore[attr-defined]
        stand_ins["cached_property"] = module
    if "urllib.request" not in sys.modules:
        module = types.ModuleType("urllib.request")
        module.urlretrieve = _urlretrieve  # type: ignore[attr-defined]
        stand_ins["urllib.request"] = module
    sys.modules.update(stand_ins)
    try:
        import whoosh.compat
        import whoosh.reading  # noqa: F401
    finally:
        for name, module in stand_ins.items():
            if sys.modules.get(name) is module:
                del sys.modules[name]


_import_whoosh()
