"""The SQLite backend of `webcare.store.base.Store`: one file, WAL, one transaction per call.

Owns the connection (opened and migrated by `opening`), the writer lock, transactions, and
the translation of every `sqlite3.Error` into a `StoreError` (exit 4) at each public method.
The SQL is in `queries` (reads) and `writes`; the domain rules they apply are pure
(`dedupe.same_post`, `webcare.conversations`). A crash mid-poll keeps every batch
committed before it and nothing half-written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, closing, contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from webcare.errors import StoreError
from webcare.incidents import SubjectCount
from webcare.model import Analysis, Answered, StoredMention
from webcare.store import opening, queries, settling
from webcare.store.base import MentionQuery, Newest, Settler
from webcare.store.common import OneBatchSave
from webcare.store.sqlite_privacy import SqlitePrivacy

if TYPE_CHECKING:  # what only writing, learning and copying commands use (batch, writes,
    # learning, sqlite_copy, privacy) is imported where used: a report loads none of it
    from webcare.floorrow import FloorRow
    from webcare.labels import Correction, Judged, Label
    from webcare.store.batch import SqliteBatch
    from webcare.store.records import (
        AckResult,
        FetchState,
        LearnedRecord,
        Settlement,
        SourceState,
    )


class _Unfinished(Exception):
    """A batch that ended without `finish`: its transaction rolls back."""


class SqliteStore(SqlitePrivacy, OneBatchSave):
    """A webcare store in one SQLite file."""

    def __init__(self, db: sqlite3.Connection, path: Path, *, writing: bool = False) -> None:
        self.db = db
        self.path = path
        self._stamp_on_close = writing

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> SqliteStore:
        """Open the store (`opening.prepare` says what is refused before anything is
        written). For writing: create the file and its directory if need be, and migrate.
        `read_only`: write nothing at all, so a person who may only read the file can
        still report from it; a store that needs a migration is then an error naming the
        command that upgrades it."""
        try:
            if not read_only:
                path.parent.mkdir(parents=True, exist_ok=True)
            # Asked before connecting: the connection's first read starts a log.
            checked = not read_only and opening.left_as_checked(path)
            db = opening.connect(path, read_only=read_only)
            db.row_factory = sqlite3.Row
            queries.register_functions(db)
            try:
                opening.prepare(db, path, read_only=read_only, checked=checked)
            except BaseException:
                db.close()
                raise
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            # UnicodeDecodeError: SQLite's own message quoting a damaged schema.
            raise StoreError(f"cannot open the store {path}: {opening.reason(exc)}") from None
        except OSError as exc:
            raise StoreError(f"cannot create the store {path}: {exc}") from None
        return cls(db, path, writing=not read_only)

    @property
    def location(self) -> str:
        return str(self.path)

    @property
    def backend(self) -> str:
        return "sqlite"

    def close(self) -> None:
        with self._failing(f"cannot close the store {self.path}"):
            self.db.close()
        if self._stamp_on_close:
            opening.stamp_as_checked(self.path)

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def writer_lock(self) -> Iterator[bool]:
        """Hold the store's writer lock for a poll or import; yields False when another
        process holds it (cron started a poll while the last one still runs).

        An advisory `flock` on `<store>.lock`, released when the process ends however it
        ends. Where `fcntl` does not exist (Windows) there is no lock and this yields True.
        """
        try:
            import fcntl
        except ImportError:
            yield True
            return
        lock = self.path.with_name(self.path.name + ".lock")
        try:
            handle = open(lock, "a+b")  # closed by the `with` below, after the yield
        except OSError as exc:
            # Typically root's, left by a `sudo webcare poll`: say which file to remove.
            owner = (
                "; if another user (sudo) left it, remove it"
                if isinstance(exc, PermissionError)
                else ""
            )
            raise StoreError(
                f"cannot lock the store {self.path}: cannot open {lock} ({exc.strerror or exc}){owner}"
            ) from None
        with handle:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            try:
                yield True
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    @contextmanager
    def claim_sources(self, names: Sequence[str]) -> Iterator[set[str]]:
        """Every source: `writer_lock` already keeps a second poll out of this file."""
        yield set(names)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(
                f"cannot write to the store {self.path}: {opening.reason(exc)}"
            ) from None
        try:
            yield
        except BaseException:
            if self.db.in_transaction:
                try:
                    self.db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass  # the error being raised says what went wrong, not the rollback
            raise
        try:
            self.db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StoreError(
                f"cannot commit to the store {self.path}: {opening.reason(exc)}"
            ) from None

    @contextmanager
    def _failing(self, message: str, *, reading: bool = False) -> Iterator[None]:
        """Turn a database error into a `StoreError` that says what could not be done.

        `reading`: so is a stored value that does not convert back (a time, a list, a
        channel), damage SQLite itself does not notice."""
        try:
            yield
        except UnicodeEncodeError:
            raise  # a value given to the store, not one read from it
        except (sqlite3.Error, UnicodeDecodeError) as exc:
            raise StoreError(f"{message}: {opening.reason(exc)}") from None
        except (ValueError, TypeError) as exc:
            if not reading:
                raise
            raise StoreError(f"{message}: {opening.reason(exc)}") from None

    def _reading(self) -> AbstractContextManager[None]:
        return self._failing(f"cannot read the store {self.path}", reading=True)

    def _writing(self) -> AbstractContextManager[None]:
        return self._failing(f"cannot write to the store {self.path}")

    # ------------------------------------------------------------ polling

    def source_state(self, source: str) -> SourceState:
        with self._reading():
            return queries.source_state(self.db, source)

    def fetch_state(self, source: str) -> FetchState:
        return self.source_state(source).fetch

    def retry_at(self, source: str) -> datetime | None:
        return self.source_state(source).retry_at

    def has_polled(self, source: str) -> bool:
        return self.source_state(source).polled

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        with self._reading():
            return queries.known_ids(self.db, ids)

    @contextmanager
    def batch(
        self,
        source: str,
        *,
        polled_at: datetime,
        history_before: datetime | None = None,
        undated_is_history: bool = False,
        settle: Settler | None = None,
        id_space: str | None = None,
    ) -> Iterator[SqliteBatch]:
        """One source's save a part at a time, in one transaction (`base.Store.batch`)."""
        from webcare.store.batch import SqliteBatch

        batch = SqliteBatch(
            self.db, source, polled_at=polled_at, history_before=history_before,
            undated_is_history=undated_is_history, settle=settle, id_space=id_space,
        )  # fmt: skip
        try:
            with self._failing(f"cannot store source {source!r}"), closing(batch):
                with self.transaction():
                    yield batch
                    if not batch.finished:
                        raise _Unfinished  # rolls back what was added
        except _Unfinished:
            pass

    def save_unchanged(
        self, states: Sequence[tuple[str, FetchState | None]], *, polled_at: datetime
    ) -> None:
        from webcare.store.batch import save_state

        with self._failing("cannot mark sources polled"), self.transaction():
            for source, state in states:
                save_state(self.db, source, polled_at, state)

    def record_failure(
        self, source: str, polled_at: datetime, error: str, *, retry_at: datetime | None = None
    ) -> None:
        """Remember a failed fetch; `retry_at` keeps polls away until then (Retry-After)."""
        from webcare.store import writes

        with self._failing(f"cannot record the failure of source {source!r}"), self.transaction():
            writes.record_failure(self.db, source, polled_at, error, retry_at)

    # ------------------------------------------------------------ reading

    def query(self, q: MentionQuery, *, limit: int | None = None) -> list[StoredMention]:
        with self._reading():
            return queries.select_mentions(self.db, q, limit)

    def floor_rows(self, q: MentionQuery) -> list[FloorRow]:
        with self._reading():
            return queries.floor_rows(self.db, q)

    def split_answered(
        self, q: MentionQuery, now: datetime, *, late_before: datetime | None = None
    ) -> tuple[list[FloorRow], list[Answered]] | None:
        with self._reading():
            return queries.snapshot(self.db, queries.split_answered, q, now, late_before)

    def newest(self, q: MentionQuery, now: datetime, limit: int) -> Newest:
        with self._reading():
            return queries.snapshot(self.db, queries.newest, q, now, limit)

    def resolve_id(self, given: str) -> str:
        """A full id from an id or a unique prefix of at least 4 characters."""
        with self._reading():
            return queries.resolve_id(self.db, given)

    def get(self, given: str) -> StoredMention:
        with self._reading():
            return queries.get(self.db, given)

    def thread(self, thread_id: str) -> list[StoredMention]:
        """Every stored mention of one conversation, oldest first."""
        with self._reading():
            return queries.thread(self.db, thread_id)

    def by_author(
        self, author: str, *, exclude: str | None = None, limit: int = 20
    ) -> list[StoredMention]:
        with self._reading():
            return queries.by_author(self.db, author, exclude, limit)

    def actions(self, mention: str) -> list[dict[str, str | None]]:
        with self._reading():
            return queries.actions(self.db, mention)

    def subject_counts(
        self, since: datetime, recent_from: datetime, until: datetime
    ) -> list[SubjectCount]:
        """The mentions of a window counted per set of subjects, recent or not: the usual
        rate behind an incident's spike flag."""
        with self._reading():
            return queries.subject_counts(self.db, since, recent_from, until)

    def source_names(self) -> list[str]:
        """Every source that was ever polled or imported into this store."""
        with self._reading():
            return queries.source_names(self.db)

    # ------------------------------------------------------------ memory of reports and alerts

    def reported(self) -> dict[str, str]:
        """Mention id -> SLA status, as the last `report --only-new` found them on the floor."""
        with self._reading():
            return queries.reported(self.db)

    def remember_reported(self, statuses: dict[str, str], at: datetime) -> None:
        """Replace what `report --only-new` remembers with what is on the floor now."""
        from webcare.store import writes

        with self._writing(), self.transaction():
            writes.remember_reported(self.db, statuses, at)

    def alerted(self) -> set[tuple[str, str]]:
        """(mention id, status) pairs `webcare notify` already alerted."""
        with self._reading():
            return queries.alerted(self.db)

    def last_alert_at(self) -> datetime | None:
        with self._reading():
            return queries.last_alert_at(self.db)

    def remember_alert(self, pairs: Iterable[tuple[str, str]], at: datetime) -> None:
        """Record one sent alert and the (mention, status) pairs it carried."""
        from webcare.store import writes

        pairs = list(pairs)
        with self._writing(), self.transaction():
            writes.remember_alert(self.db, pairs, at)

    def claim_alert(self, pairs: Iterable[tuple[str, str]], at: datetime) -> set[tuple[str, str]]:
        """Record the pairs not yet alerted, in one transaction; returns those."""
        from webcare.store import writes

        pairs = list(pairs)
        with self._writing(), self.transaction():
            return writes.claim_alert(self.db, pairs, at)

    def release_alert(self, pairs: Iterable[tuple[str, str]], at: datetime) -> None:
        """Forget a claimed alert that no target received."""
        from webcare.store import writes

        pairs = list(pairs)
        with self._writing(), self.transaction():
            writes.release_alert(self.db, pairs, at)

    # ------------------------------------------------------------ people's actions

    def ack(
        self, ids: Sequence[str], *, by: str | None, at: datetime, note: str | None
    ) -> list[AckResult]:
        """Mark mentions responded at `at`; one that already has an earlier response keeps it.

        An answer cannot come before the mention was written: such an `at` is refused for
        all of them, and nothing is written. Nothing changed, nothing recorded."""
        from webcare.store import writes

        with self._reading():
            resolved = [queries.resolve_id(self.db, given) for given in ids]
            rows = writes.responses(self.db, resolved, at)
        with self._writing(), self.transaction():
            return writes.ack(self.db, rows, by, at, note)

    def reopen(self, ids: Sequence[str], *, by: str | None, at: datetime) -> list[AckResult]:
        """Open again: undo a response, and record that a person says it needs a reply
        (the channel's reply policy no longer decides). Nothing changed, nothing recorded."""
        from webcare.store import writes

        with self._reading():
            resolved = [queries.resolve_id(self.db, given) for given in ids]
        with self._writing(), self.transaction():
            return writes.reopen(self.db, resolved, by, at)

    def no_reply(
        self, ids: Sequence[str], *, by: str | None, at: datetime, note: str | None
    ) -> list[AckResult]:
        """Mark mentions as needing no reply: no clock runs, and they are not counted as responded."""
        from webcare.store import writes

        with self._reading():
            resolved = [queries.resolve_id(self.db, given) for given in ids]
        with self._writing(), self.transaction():
            return writes.no_reply(self.db, resolved, by, at, note)

    def assign(
        self, ids: Sequence[str], *, to: str | None, by: str | None, at: datetime, note: str | None
    ) -> list[AckResult]:
        """Give mentions to `to` (None releases them), each change in the history."""
        from webcare.store import writes

        with self._reading():
            resolved = [queries.resolve_id(self.db, given) for given in ids]
        with self._writing(), self.transaction():
            return writes.assign(self.db, resolved, to, by, at, note)

    # ------------------------------------------------------------ what the floor reads

    def unsettled(self, stamp: str, now: datetime, *, limit: int) -> list[StoredMention]:
        """Open mentions not decided under `stamp` and answered ones with no verdict."""
        with self._reading():
            rows = settling.unsettled(self.db, stamp, now, limit)
            return [queries.row_to_stored(row) for row in rows]

    def threads(self, thread_ids: Iterable[str]) -> list[StoredMention]:
        with self._reading():
            return [queries.row_to_stored(row) for row in settling.threads(self.db, thread_ids)]

    def settle(self, settlements: Sequence[Settlement]) -> int:
        """Keep reply decisions and verdicts (compare and set: see `settling.settle`)."""
        with self._writing(), self.transaction():
            return settling.settle(self.db, settlements)

    # ------------------------------------------------------------ learning from the team

    def label(
        self,
        given: str,
        correction: Correction,
        before: Judged,
        after: Analysis,
        *,
        by: str | None,
        at: datetime,
        note: str | None,
    ) -> AckResult | None:
        """Record a person's correction and apply it to the mention, in one transaction."""
        from webcare.store import learning

        with self._reading():
            mention = queries.resolve_id(self.db, given)
        with self._writing(), self.transaction():
            return learning.label(self.db, mention, correction, before, after, by, at, note)

    def labels(self, mention: str | None = None) -> list[Label]:
        from webcare.store import learning

        with self._reading():
            return learning.labels(self.db, mention)

    def save_model(self, record: LearnedRecord) -> None:
        from webcare.store import learning

        with self._writing(), self.transaction():
            learning.save_model(self.db, record)

    def learned_model(self, *, enabled_only: bool = True) -> LearnedRecord | None:
        from webcare.store import learning

        with self._reading():
            return learning.learned_model(self.db, enabled_only)

    def disable_model(self, *, by: str | None, at: datetime) -> bool:
        from webcare.store import learning

        with self._writing(), self.transaction():
            return learning.disable_model(self.db, by, at)

    # ------------------------------------------------------------ administration

    def schema_version(self) -> int:
        with self._reading():
            return int(self.db.execute("PRAGMA user_version").fetchone()[0])

    def counts(self) -> dict[str, int]:
        from webcare.store import sqlite_copy

        with self._reading():
            return sqlite_copy.counts(self.db)

    def dump(self) -> Iterator[tuple[str, int, Iterator[tuple[object, ...]]]]:
        """Every table in one read transaction: a poll meanwhile is seen whole or not at all."""
        from webcare.store import sqlite_copy

        with self._reading():
            self.db.execute("BEGIN")
            try:
                yield from sqlite_copy.dump(self.db)
            finally:
                self.db.execute("ROLLBACK")

    def load(
        self, tables: Iterable[tuple[str, int, Iterable[tuple[object, ...]]]], *, replace: bool
    ) -> dict[str, int]:
        from webcare.store import sqlite_copy

        with self._writing(), self.transaction():
            return sqlite_copy.load(
                self.db, tables, replace=replace, where=f"the store {self.path}"
            )
