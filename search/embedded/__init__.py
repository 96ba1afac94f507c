"""Provides the embedded engine: the only Whoosh-aware code of briefing-tui.

Whoosh is the index of record (segments, commits, locking, stored fields,
columns); a phrase index of our own sits beside it, and every generation is
sealed by a manifest. Nothing outside this package imports whoosh; the query
side reaches it through the protocol in ``query/source.py``.
"""
