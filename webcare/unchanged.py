"""Sources a poll found unchanged, marked polled a hundred at a time.

A feed that answers 304 needs only its state kept (polled now, its validators). Stored as
any source's batch, each took a transaction of its own: 0.3 ms of the event loop apiece,
0.3 s of a second poll of a thousand feeds that otherwise takes about 2 s. Here their
states wait for `AT_ONCE` of them, or the end of the network's part of the poll, and are
written in one transaction (`Store.save_unchanged`). A poll that stops before writing
them loses nothing: those sources are asked again, conditionally, by the next poll.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from webcare.store import Store
    from webcare.store.records import FetchState

AT_ONCE = 100
"""Unchanged sources whose states are written in one transaction."""


class Unchanged:
    """The states of unchanged sources not yet written, for one poll's store and time."""

    def __init__(self, store: Store, polled_at: datetime) -> None:
        self.store = store
        self.polled_at = polled_at
        self.waiting: list[tuple[str, FetchState | None]] = []

    def add(self, source: str, state: FetchState | None) -> None:
        self.waiting.append((source, state))
        if len(self.waiting) >= AT_ONCE:
            self.save()

    def save(self) -> None:
        """Write the waiting states (the store failing raises StoreError: the poll stops)."""
        if self.waiting:
            waiting, self.waiting = self.waiting, []
            self.store.save_unchanged(waiting, polled_at=self.polled_at)
