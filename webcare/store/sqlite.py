"""The SQLite backend of `webcare.store.base.Store`: one file, WAL, one transaction per call.

Owns opening and migrating the file (`schema`), the writer lock, transactions, and the
translation of every `sqlite3.Error` into a `StoreError` (exit 4) at each public method.
The SQL is in `queries` (reads) and `writes`; the domain rules they apply are pure
(`dedupe.same_post`, `webcare.conversations`). A crash mid-poll keeps every batch
committed before it and nothing half-written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager, suppress
from datetime import datetime
from pathlib import Path

from webcare.errors import StoreError
from webcare.model import Analysis, Mention, Reply, StoredMention
from webcare.store import queries, schema, writes
from webcare.store.base import (
    AckResult,
    BatchResult,
    FetchState,
    MentionQuery,
    SourceState,
)


def _printable(text: str, limit: int = 160) -> str:
    """`text` on one line of printable characters, at most `limit` long: what a damaged or
    foreign file holds reaches an error message, and must not reach the terminal raw."""
    cleaned = "".join(char if char.isprintable() else "?" for char in text)
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


_SQLITE_CANTOPEN = 14
_SQLITE_READONLY_DIRECTORY = 8 | (6 << 8)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to the store, for the commands that only read.

    `mode=ro` still needs the WAL index (`<store>-shm`) of a WAL store, and creates it
    when it is missing: a user who may read the store but not write to its directory
    cannot. When no writer's log (`<store>-wal`) is there either, the file alone holds
    every commit, and is opened `immutable`: read without locks or an index. (A poll
    that starts meanwhile writes to its own log and copies it into the file when it
    ends; a read overlapping that copy may fail, exit 4, and never writes.)
    """
    uri = path.absolute().as_uri()
    db = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None, timeout=10)
    try:
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return db
    except sqlite3.Error as exc:
        db.close()
        code = exc.sqlite_errorcode
        no_index = code == _SQLITE_READONLY_DIRECTORY or code & 0xFF == _SQLITE_CANTOPEN
        if not no_index or path.with_name(path.name + "-wal").exists():
            raise
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)


class SqliteStore:
    """A webcare store in one SQLite file."""

    def __init__(self, db: sqlite3.Connection, path: Path) -> None:
        self.db = db
        self.path = path

    @classmethod
    def open(cls, path: Path, *, read_only: bool = False) -> SqliteStore:
        """Open the store, refusing a file that is not a webcare store (another program's
        database, a newer webcare's) before anything is written to it.

        For writing: create the file and its directory if need be, and migrate it.
        `read_only`: write nothing at all, not even the switch to WAL or a migration (a
        store that needs one is an error naming the command that upgrades it), so a
        person who may only read the file can still report from it."""
        try:
            if read_only:
                db = _connect_read_only(path)
            else:
                path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(path, isolation_level=None, timeout=10)
            db.row_factory = sqlite3.Row
            store = cls(db, path)
            try:
                version = store._refuse_what_is_not_ours()
                if read_only:
                    store._refuse_what_needs_upgrading(version)
                    schema.configure_reader(db)
                else:
                    schema.configure(db)
                    store._migrate()
            except BaseException:
                db.close()
                raise
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store {path}: {exc}") from None
        except OSError as exc:
            raise StoreError(f"cannot create the store {path}: {exc}") from None
        return store

    @property
    def location(self) -> str:
        return str(self.path)

    def close(self) -> None:
        with self._failing(f"cannot close the store {self.path}"):
            self.db.close()

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
            raise StoreError(f"cannot lock the store {self.path}: {exc}") from None
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

    def _refuse_what_is_not_ours(self) -> int:
        """Refuse another program's database, and a store of a newer webcare: checked
        before any PRAGMA that writes, so such a file is left exactly as it was.

        A webcare store carries webcare's application id. An empty file is a new store.
        One without the id is accepted only when it holds nothing but webcare's tables and
        a schema version webcare knows (a store an early test or tool wrote unstamped).
        Returns the schema version."""
        app_id, version, tables = self._identity()
        if app_id not in (0, schema.APPLICATION_ID):
            raise StoreError(
                f"{self.path} is not a webcare store: it is another program's SQLite database "
                f"(application id {app_id & 0xFFFFFFFF:#010x}); nothing was changed. Point --db at a "
                "webcare store, or at a new file"
            )
        if app_id == 0:
            foreign = sorted(tables - schema.TABLES)
            if tables and (foreign or not 0 < version <= schema.VERSION):
                listed = foreign or sorted(tables)
                shown = ", ".join(_printable(name, 40) for name in listed[:5])
                raise StoreError(
                    f"{self.path} is not a webcare store: it holds tables webcare did not make "
                    f"({shown}{', …' if len(listed) > 5 else ''}); nothing was changed. "
                    "Point --db at a webcare store, or at a new file"
                )
        if version > schema.VERSION:
            raise StoreError(
                f"the store {self.path} was written by a newer webcare (schema {version}, "
                f"this one knows {schema.VERSION}); upgrade webcare"
            )
        return version

    def _identity(self) -> tuple[int, int, set[str]]:
        """The application id, the schema version and the tables, read in one transaction:
        another process migrating the new store meanwhile is seen entirely or not at all."""
        self.db.execute("BEGIN")
        try:
            app_id = self.db.execute("PRAGMA application_id").fetchone()[0]
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            tables = {
                row[0]
                for row in self.db.execute(
                    "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                    " AND substr(name, 1, 7) <> 'sqlite_'"
                )
            }
        except BaseException:
            with suppress(sqlite3.Error):  # the error being raised says what went wrong
                self.db.execute("ROLLBACK")
            raise
        self.db.execute("COMMIT")
        return app_id, version, tables

    def _refuse_what_needs_upgrading(self, version: int) -> None:
        """A reader cannot migrate: a store of an older webcare is an error saying which
        command upgrades it, and an empty file one saying which fills it."""
        if version == 0:
            raise StoreError(
                f"the store {self.path} is empty; `webcare poll` or `webcare import` fills it"
            )
        if version < schema.VERSION:
            raise StoreError(
                f"the store {self.path} was written by an older webcare (schema {version}, "
                f"this one needs {schema.VERSION}); run `webcare poll` (or any writing "
                "command) to upgrade it"
            )

    def _migrate(self) -> None:
        if self.db.execute("PRAGMA user_version").fetchone()[0] == schema.VERSION:
            return
        with self.transaction():
            # Read again under the write lock: another process opening the same new (or
            # old) store may have migrated it while this one waited for the lock.
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
            for migration in schema.MIGRATIONS[version:]:
                migration(self.db)
            self.db.execute(f"PRAGMA user_version = {schema.VERSION}")
            self.db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to the store {self.path}: {exc}") from None
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
            raise StoreError(f"cannot commit to the store {self.path}: {exc}") from None

    @contextmanager
    def _failing(self, message: str) -> Iterator[None]:
        """Turn a database error into a `StoreError` that says what could not be done."""
        try:
            yield
        except sqlite3.Error as exc:
            raise StoreError(f"{message}: {exc}") from None

    def _reading(self) -> AbstractContextManager[None]:
        return self._failing(f"cannot read the store {self.path}")

    def _writing(self) -> AbstractContextManager[None]:
        return self._failing(f"cannot write to the store {self.path}")

    # ------------------------------------------------------------ polling

    def source_state(self, source: str) -> SourceState:
        with self._reading():
            return queries.source_state(self.db, source)

    def fetch_state(self, source: str) -> FetchState:
        return self.source_state(source).fetch

    def retry_at(self, source: str) -> datetime | None:
        """When a source that asked to be left alone (Retry-After) may be fetched again."""
        return self.source_state(source).retry_at

    def has_polled(self, source: str) -> bool:
        """Whether this source was ever fetched successfully (its first poll is behind it)."""
        return self.source_state(source).polled

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these ids are stored, as a mention or as a sighting of one."""
        with self._reading():
            return queries.known_ids(self.db, ids)

    def save_batch(
        self,
        source: str,
        mentions: Sequence[tuple[Mention, Analysis]],
        replies: Sequence[Reply],
        *,
        polled_at: datetime,
        state: FetchState | None,
        history_before: datetime | None = None,
        undated_is_history: bool = False,
    ) -> BatchResult:
        """Store one source's batch in one transaction; returns new/seen/applied counts.

        New mentions created before `history_before` are stored as backfilled history, and
        so are those whose date is only estimated when `undated_is_history`."""
        with self._failing(f"cannot store source {source!r}"), self.transaction():
            return writes.save_batch(
                self.db,
                source,
                mentions,
                replies,
                polled_at=polled_at,
                state=state,
                history_before=history_before,
                undated_is_history=undated_is_history,
            )

    def record_failure(
        self, source: str, polled_at: datetime, error: str, *, retry_at: datetime | None = None
    ) -> None:
        """Remember a failed fetch; `retry_at` keeps polls away until then (Retry-After)."""
        with self._failing(f"cannot record the failure of source {source!r}"), self.transaction():
            writes.record_failure(self.db, source, polled_at, error, retry_at)

    # ------------------------------------------------------------ reading

    def query(self, q: MentionQuery, *, limit: int | None = None) -> list[StoredMention]:
        with self._reading():
            return queries.select_mentions(self.db, q, limit)

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

    def subjects_since(
        self, since: datetime, until: datetime
    ) -> list[tuple[datetime, frozenset[str]]]:
        """(created_at, urgency categories and topics) of every mention written in the window,
        answered or not: the usual rate behind an incident's spike flag."""
        with self._reading():
            return queries.subjects_since(self.db, since, until)

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
        pairs = list(pairs)
        with self._writing(), self.transaction():
            writes.remember_alert(self.db, pairs, at)

    # ------------------------------------------------------------ people's actions

    def ack(
        self, ids: Sequence[str], *, by: str | None, at: datetime, note: str | None
    ) -> list[AckResult]:
        """Mark mentions responded at `at`; one that already has an earlier response keeps it.

        An answer cannot come before the mention was written: such an `at` is refused for
        all of them, and nothing is written. Nothing changed, nothing recorded."""
        with self._reading():
            resolved = [queries.resolve_id(self.db, given) for given in ids]
            rows = writes.responses(self.db, resolved, at)
        with self._writing(), self.transaction():
            return writes.ack(self.db, rows, by, at, note)

    def reopen(self, ids: Sequence[str], *, by: str | None, at: datetime) -> list[AckResult]:
        """Open again: undo a response, and record that a person says it needs a reply
        (the channel's reply policy no longer decides). Nothing changed, nothing recorded."""
        with self._reading():
            resolved = [queries.resolve_id(self.db, given) for given in ids]
        with self._writing(), self.transaction():
            return writes.reopen(self.db, resolved, by, at)

    def no_reply(
        self, ids: Sequence[str], *, by: str | None, at: datetime, note: str | None
    ) -> list[AckResult]:
        """Mark mentions as needing no reply: no clock runs, and they are not counted as responded."""
        with self._reading():
            resolved = [queries.resolve_id(self.db, given) for given in ids]
        with self._writing(), self.transaction():
            return writes.no_reply(self.db, resolved, by, at, note)
