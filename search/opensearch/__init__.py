"""The OpenSearch backend: the only code that knows OpenSearch (as ``embedded/`` is the only code that
knows Whoosh).

The analysis stays in Python: each article's title and body are tokenized by ``analysis`` (canonical
tones, zero-stripped numbers, lower case) and sent as space-joined terms, accented and folded, into
fields analysed by OpenSearch's ``whitespace`` analyzer. So the cluster holds exactly the terms the
Whoosh index holds, and the query planner's tokens (``query/plan.py``) look up the same terms:
that is what makes the two backends find the same articles. Extraction, abbreviations and the
highlighter run in Python on both backends.

Modules: ``connection`` (the client from the config, every error as one ``ClusterError`` line),
``mapping`` (the versioned index body and the document for one article), ``dsl`` (a plan compiled
to the query DSL), ``indexer`` (incremental bulk indexing), ``searching`` (one query → a
``SearchResult``) and ``service`` (``OpenSearchService``, the ``SearchService`` for a cluster).
"""
