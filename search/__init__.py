"""briefing-tui's headless core: loading, cleaning, extraction, Vietnamese analysis,
the index, queries, facets and highlight spans. It never imports textual or rich.

Front-ends use the names re-exported here and in ``service``; nothing else is a
promise.
"""
