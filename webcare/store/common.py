"""What every backend does alike on top of its own primitives, written once: a backend
inherits it and keeps only what differs (its SQL, its transactions, its driver's errors)."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from webcare.model import Analysis, Mention, Reply
from webcare.store.base import Batch, Settler

if TYPE_CHECKING:
    from webcare.store.records import BatchResult, FetchState


class _Batching(Protocol):
    def batch(
        self,
        source: str,
        *,
        polled_at: datetime,
        history_before: datetime | None = None,
        undated_is_history: bool = False,
        settle: Settler | None = None,
        id_space: str | None = None,
    ) -> AbstractContextManager[Batch]: ...


class OneBatchSave:
    """`Store.save_batch` as one `Store.batch` that adds everything at once."""

    def save_batch(
        self: _Batching,
        source: str,
        mentions: Sequence[tuple[Mention, Analysis]],
        replies: Sequence[Reply],
        *,
        polled_at: datetime,
        state: FetchState | None,
        history_before: datetime | None = None,
        undated_is_history: bool = False,
        settle: Settler | None = None,
        id_space: str | None = None,
    ) -> BatchResult:
        """Store one source's batch in one transaction; returns new/seen/applied counts.

        New mentions created before `history_before` are stored as backfilled history, and
        so are those whose date is only estimated when `undated_is_history`."""
        with self.batch(
            source,
            polled_at=polled_at,
            history_before=history_before,
            undated_is_history=undated_is_history,
            settle=settle,
            id_space=id_space,
        ) as batch:
            batch.add(mentions)
            return batch.finish(replies, state)
