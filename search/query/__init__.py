"""Provides the query side: grammar, plan, matching, BM25 scoring, facets, highlight spans, suggestions.

It reads an index only through ``source.IndexSource`` (see that module), so it
works the same over any engine behind that protocol.
"""
