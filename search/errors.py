"""Provides the one error family every front-end knows how to show.

Each error carries a one-line ``message`` (what is wrong and what to do) and a
short ``title`` for dialogs. The CLI prints the message and exits with
``exit_code``; the app shows it as a notification. Nothing else should reach a
user as a traceback.
"""

from __future__ import annotations


class BriefingError(Exception):
    """Base of every error a user may see."""

    title = "Error"
    exit_code = 1

    def __init__(self, message: str, title: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        if title is not None:
            self.title = title

    def __str__(self) -> str:
        return self.message


class ConfigError(BriefingError):
    """The configuration file is unreadable or holds an unknown key or bad value."""

    title = "Configuration error"
    exit_code = 2


class QuerySyntaxError(BriefingError):
    """A query cannot be understood (unbalanced quote, unknown field, bad date)."""

    title = "Query error"
    exit_code = 2


class ArticleError(BriefingError):
    """One input file or record cannot be read or parsed; it is skipped."""

    title = "Article skipped"


class IndexMissingError(BriefingError):
    """There is no index where one was expected."""

    title = "No index"
    exit_code = 4


class ArticleNotFoundError(BriefingError):
    """No indexed article has the id asked for."""

    title = "No such article"


class IndexVersionError(BriefingError):
    """The index was written by another schema version and must be rebuilt."""

    title = "Index needs rebuilding"
    exit_code = 4


class IndexLockedError(BriefingError):
    """Another process is writing the index."""

    title = "Index busy"
    exit_code = 3


class IndexCorruptError(BriefingError):
    """The index cannot be opened; rebuilding it is the cure."""

    title = "Index damaged"
    exit_code = 4


class IndexWriteError(BriefingError):
    """The index cannot be written (disk full, read-only folder, not a folder): nothing was changed."""

    title = "Cannot write the index"
    exit_code = 4


class ClusterError(BriefingError):
    """The search cluster (the OpenSearch backend) is down, slow, refuses our credentials or answers
    with an error: one line naming the cluster and what to check, never a traceback or a hang."""

    title = "Search cluster"
    exit_code = 5
