"""Group many small archive writes into one transaction (fewer commits, same safety).

A crawl stores each article as a handful of rows (raw page, article, revision,
frontier state). Committing those per article costs more CPU than writing them;
:class:`WriteBatch` holds complete writes in memory and runs them together in one
``BEGIN IMMEDIATE … COMMIT``. Crash safety is unchanged: a write is a function
that writes *all* rows of one record, a batch commits wholly or not at all, and
what was not yet committed is still ``queued`` in the frontier, so the next run
fetches it again. Only the amount of work a kill throws away grows (at most one
batch, bounded by count, bytes and age).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import sqlite_utils

from .archive import transaction

Write = Callable[[], Any]  # writes every row of one record; runs inside the transaction
Then = Callable[[Any], None]  # told the write's result once it is committed


class WriteBatch:
    """Writes waiting for one shared transaction; :meth:`flush` commits them in order."""

    def __init__(
        self,
        db: sqlite_utils.Database,
        *,
        max_items: int = 64,
        max_bytes: int = 8 << 20,
        max_age: float = 0.5,
    ) -> None:
        self.db = db
        self.max_items = max(1, max_items)
        self.max_bytes = max_bytes
        self.max_age = max_age
        self._pending: list[tuple[Write, Then | None]] = []
        self._bytes = 0
        self._since = 0.0  # monotonic time of the oldest pending write
        self.commits = 0

    def __len__(self) -> int:
        return len(self._pending)

    def add(self, write: Write, then: Then | None = None, *, size: int = 0) -> None:
        """Queue ``write``; commits the batch when it is full or its oldest write is old."""
        if not self._pending:
            self._since = time.monotonic()
        self._pending.append((write, then))
        self._bytes += size
        if len(self._pending) >= self.max_items or self._bytes >= self.max_bytes:
            self.flush()
        else:
            self.flush_if_due()

    def flush_if_due(self) -> None:
        if self._pending and time.monotonic() - self._since >= self.max_age:
            self.flush()

    def flush(self) -> None:
        """Run every pending write in one transaction; on error none of them is kept."""
        if not self._pending:
            return
        items, self._pending, self._bytes = self._pending, [], 0
        with transaction(self.db):
            results = [write() for write, _ in items]
        self.commits += 1
        for (_, then), result in zip(items, results, strict=True):
            if then is not None:
                then(result)
