"""Readers that turn files, pages and streams into ``Document`` objects.

``read_paths`` is the one entry point: it walks files and folders, picks a reader by content,
and yields either a ``Document`` or a ``ReadFailure`` naming the input and the reason, so one bad
file never stops a batch — and a ``Skipped`` for each file a folder scan leaves alone, with why.
"""

from coopwatch.ingest.reader import (
    ReadFailure,
    Skipped,
    count_documents,
    iter_sources,
    read_bytes,
    read_paths,
)

__all__ = ["ReadFailure", "Skipped", "count_documents", "iter_sources", "read_bytes", "read_paths"]
