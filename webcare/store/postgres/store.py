"""The PostgreSQL backend of `webcare.store.base.Store`: one database shared by a team.

Each public method is one transaction (`_reading`, `_writing`) around one function of
`reads`, `writes` or `copying`, and the one place where a driver error becomes a
`StoreError` (exit 4) naming the host and database, never the password. A new Store
method is a method here and its SQL there.

Hosts polling at once share the work: `claim_sources` takes a session-level advisory lock
per source, so a source is fetched by one poll at a time and the other says so; a batch
is written under a transaction-level lock, so a post seen by two hosts is stored once.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any, TypeVar

import psycopg
from psycopg import sql
from psycopg.rows import DictRow, dict_row

from webcare.errors import StoreError
from webcare.floorrow import FloorRow
from webcare.incidents import SubjectCount
from webcare.labels import Correction, Judged, Label
from webcare.model import Analysis, Answered, StoredMention
from webcare.privacy import Pseudonymiser, Retention
from webcare.store.base import MentionQuery, Newest, Settler
from webcare.store.common import OneBatchSave
from webcare.store.postgres import copying, learning, privacy, reads, schema, settling, writes
from webcare.store.postgres.batch import PostgresBatch
from webcare.store.postgres.connect import Target, connect, reason, target
from webcare.store.records import (
    AckResult,
    FetchState,
    LearnedRecord,
    PersonData,
    PrivacyResult,
    Settlement,
    SourceState,
)

T = TypeVar("T")
Cursor = psycopg.Cursor[DictRow]


def source_lock_key(source: str) -> int:
    """A source's advisory lock key: the same on every host, for every webcare."""
    digest = hashlib.sha256(f"webcare source {source}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class PostgresStore(OneBatchSave):
    """A webcare store in a PostgreSQL database."""

    def __init__(self, conn: psycopg.Connection[Any], where: Target, read_only: bool) -> None:
        self.conn = conn
        self.where = where
        self.read_only = read_only

    @classmethod
    def open(cls, url: str, *, create: bool = False, read_only: bool = False) -> PostgresStore:
        """Connect and check the database holds this webcare's store. For writing, migrate
        it (creating the tables with `create`); `read_only` writes nothing, and a store
        that needs a migration is then an error naming the command that upgrades it."""
        where = target(url)
        conn = connect(where, read_only=read_only)
        try:
            with conn.transaction(), conn.cursor() as cur:
                found = schema.version(cur, where)
            if found == 0 and not create:
                raise StoreError(
                    f"no webcare store in the PostgreSQL {where.where}; `webcare poll`, "
                    "`webcare import` or `webcare db upgrade` creates it"
                )
            if found < schema.VERSION and read_only:
                raise StoreError(
                    f"the store in the PostgreSQL {where.where} was written by an older "
                    f"webcare (schema {found}, this one needs {schema.VERSION}); run "
                    "`webcare db upgrade` (or any writing command) to upgrade it"
                )
            if not read_only:
                schema.migrate(conn, where)
                store = cls(conn, where, read_only)
                store._check_writable()
                return store
        except psycopg.Error as exc:
            conn.close()
            raise StoreError(
                f"cannot open the PostgreSQL {where.where}: {reason(exc, where)}"
            ) from None
        except BaseException:
            conn.close()
            raise
        return cls(conn, where, read_only)

    def _check_writable(self) -> None:
        """A store this account may not write to fails now, before a poll fetches anything."""
        with self._reading() as cur:
            cur.execute(
                "SELECT has_table_privilege('mentions', 'INSERT, UPDATE')"
                " AND has_table_privilege('actions', 'INSERT') AS ok"
            )
            row = cur.fetchone()
        if not row or not row["ok"]:
            raise StoreError(
                f"cannot write to the PostgreSQL {self.where.where}: this account may not "
                "write to it (commands that only read, such as report, still work)"
            )

    @property
    def location(self) -> str:
        return self.where.location

    @property
    def backend(self) -> str:
        return "postgresql"

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # ------------------------------------------------------------ transactions

    @contextmanager
    def _failing(self, message: str) -> Iterator[None]:
        try:
            yield
        except psycopg.Error as exc:
            raise StoreError(f"{message}: {reason(exc, self.where)}") from None
        except (ValueError, KeyError) as exc:  # a stored value that does not convert back
            if isinstance(exc, UnicodeEncodeError):
                raise
            raise StoreError(f"{message}: {reason(exc, self.where)}") from None

    @contextmanager
    def _reading(self) -> Iterator[Cursor]:
        with (
            self._failing(f"cannot read the PostgreSQL {self.where.where}"),
            self.conn.transaction(),
            self.conn.cursor(row_factory=dict_row) as cur,
        ):
            yield cur

    @contextmanager
    def _writing(self, what: str | None = None) -> Iterator[Cursor]:
        message = what or f"cannot write to the PostgreSQL {self.where.where}"
        with (
            self._failing(message),
            self.conn.transaction(),
            self.conn.cursor(row_factory=dict_row) as cur,
        ):
            yield cur

    def _read(self, query: Callable[..., T], *args: Any) -> T:
        with self._reading() as cur:
            return query(cur, *args)

    # ------------------------------------------------------------ polling

    @contextmanager
    def writer_lock(self) -> Iterator[bool]:
        """Always True: hosts share a PostgreSQL store, and `claim_sources` shares out its
        sources, so a second poll fetches what the first is not fetching."""
        yield True

    @contextmanager
    def claim_sources(self, names: Sequence[str]) -> Iterator[set[str]]:
        """Yield the sources this process may fetch: each one's advisory lock taken, or
        left out when another poll (on any host) holds it. Released at the end, and by
        the server when this process dies."""
        claimed: dict[str, int] = {}
        try:
            with self._failing(f"cannot claim sources in the PostgreSQL {self.where.where}"):
                with self.conn.cursor() as cur:
                    for name in dict.fromkeys(names):
                        key = source_lock_key(name)
                        cur.execute("SELECT pg_try_advisory_lock(%s)", (key,))
                        row = cur.fetchone()
                        if row and row[0]:
                            claimed[name] = key
            yield set(claimed)
        finally:
            if not self.conn.closed and not self.conn.broken:
                try:
                    with self.conn.cursor() as cur:
                        for key in claimed.values():
                            cur.execute("SELECT pg_advisory_unlock(%s)", (key,))
                except psycopg.Error:
                    pass  # the server releases them when the connection ends

    def source_state(self, source: str) -> SourceState:
        return self._read(reads.source_state, source)

    def fetch_state(self, source: str) -> FetchState:
        return self.source_state(source).fetch

    def retry_at(self, source: str) -> datetime | None:
        return self.source_state(source).retry_at

    def has_polled(self, source: str) -> bool:
        return self.source_state(source).polled

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        return self._read(reads.known_ids, list(ids))

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
    ) -> Iterator[PostgresBatch]:
        """One source's save a part at a time, in one transaction (`base.Store.batch`):
        rolled back when the block raises or ends without `finish`."""
        with self._writing(
            f"cannot store source {source!r} in the PostgreSQL {self.where.where}"
        ) as cur:
            batch = PostgresBatch(
                cur, source, polled_at=polled_at, history_before=history_before,
                undated_is_history=undated_is_history, settle=settle, id_space=id_space,
            )  # fmt: skip
            yield batch
            if not batch.finished:
                raise psycopg.Rollback  # leaves the transaction block, nothing kept

    def save_unchanged(
        self, states: Sequence[tuple[str, FetchState | None]], *, polled_at: datetime
    ) -> None:
        with self._writing("cannot mark sources polled") as cur:
            for source, state in states:
                writes.save_state(cur, source, polled_at, state)

    def record_failure(
        self, source: str, polled_at: datetime, error: str, *, retry_at: datetime | None = None
    ) -> None:
        with self._writing() as cur:
            writes.record_failure(cur, source, polled_at, error, retry_at)

    # ------------------------------------------------------------ reading

    def query(self, q: MentionQuery, *, limit: int | None = None) -> list[StoredMention]:
        with (
            self._failing(f"cannot read the PostgreSQL {self.where.where}"),
            self.conn.transaction(),
        ):
            return reads.select_mentions(self.conn, q, limit)

    def newest(self, q: MentionQuery, now: datetime, limit: int) -> Newest:
        with (
            self._failing(f"cannot read the PostgreSQL {self.where.where}"),
            self.conn.transaction(),
        ):
            self.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return reads.newest(self.conn, q, now, limit)

    def floor_rows(self, q: MentionQuery) -> list[FloorRow]:
        with (
            self._failing(f"cannot read the PostgreSQL {self.where.where}"),
            self.conn.transaction(),
        ):
            return reads.floor_rows(self.conn, q)

    def split_answered(
        self, q: MentionQuery, now: datetime, *, late_before: datetime | None = None
    ) -> tuple[list[FloorRow], list[Answered]] | None:
        return self._read(reads.split_answered, q, now, late_before)

    def resolve_id(self, given: str) -> str:
        return self._read(reads.resolve_id, given)

    def get(self, given: str) -> StoredMention:
        return self._read(reads.get, given)

    def thread(self, thread_id: str) -> list[StoredMention]:
        return self._read(reads.thread, thread_id)

    def by_author(
        self, author: str, *, exclude: str | None = None, limit: int = 20
    ) -> list[StoredMention]:
        return self._read(reads.by_author, author, exclude, limit)

    def actions(self, mention: str) -> list[dict[str, str | None]]:
        return self._read(reads.actions, mention)

    def subject_counts(
        self, since: datetime, recent_from: datetime, until: datetime
    ) -> list[SubjectCount]:
        return self._read(reads.subject_counts, since, recent_from, until)

    def source_names(self) -> list[str]:
        return self._read(reads.source_names)

    # ------------------------------------------------------------ memory of reports and alerts

    def reported(self) -> dict[str, str]:
        return self._read(reads.reported)

    def remember_reported(self, statuses: dict[str, str], at: datetime) -> None:
        with self._writing() as cur:
            writes.remember_reported(cur, statuses, at)

    def alerted(self) -> set[tuple[str, str]]:
        return self._read(reads.alerted)

    def last_alert_at(self) -> datetime | None:
        return self._read(reads.last_alert_at)

    def remember_alert(self, pairs: Iterable[tuple[str, str]], at: datetime) -> None:
        self.claim_alert(pairs, at)

    def claim_alert(self, pairs: Iterable[tuple[str, str]], at: datetime) -> set[tuple[str, str]]:
        with self._writing() as cur:
            return writes.claim_alert(cur, list(pairs), at)

    def release_alert(self, pairs: Iterable[tuple[str, str]], at: datetime) -> None:
        with self._writing() as cur:
            writes.release_alert(cur, list(pairs), at)

    # ------------------------------------------------------------ people's actions

    def _resolved(self, ids: Sequence[str]) -> list[str]:
        with self._reading() as cur:
            return [reads.resolve_id(cur, given) for given in ids]

    def ack(
        self, ids: Sequence[str], *, by: str | None, at: datetime, note: str | None
    ) -> list[AckResult]:
        resolved = self._resolved(ids)
        with self._writing() as cur:
            return writes.ack(cur, resolved, by, at, note)

    def reopen(self, ids: Sequence[str], *, by: str | None, at: datetime) -> list[AckResult]:
        resolved = self._resolved(ids)
        with self._writing() as cur:
            return writes.reopen(cur, resolved, by, at)

    def no_reply(
        self, ids: Sequence[str], *, by: str | None, at: datetime, note: str | None
    ) -> list[AckResult]:
        resolved = self._resolved(ids)
        with self._writing() as cur:
            return writes.no_reply(cur, resolved, by, at, note)

    def assign(
        self, ids: Sequence[str], *, to: str | None, by: str | None, at: datetime, note: str | None
    ) -> list[AckResult]:
        resolved = self._resolved(ids)
        with self._writing() as cur:
            return writes.assign(cur, resolved, to, by, at, note)

    # ------------------------------------------------------------ what the floor reads

    def unsettled(self, stamp: str, now: datetime, *, limit: int) -> list[StoredMention]:
        """Open mentions not decided under `stamp` and answered ones with no verdict."""
        with self._reading() as cur:
            rows = settling.unsettled(cur, stamp, now, limit)
            return [reads.row_to_stored(row) for row in rows]

    def threads(self, thread_ids: Iterable[str]) -> list[StoredMention]:
        with self._reading() as cur:
            return [reads.row_to_stored(row) for row in settling.threads(cur, thread_ids)]

    def settle(self, settlements: Sequence[Settlement]) -> int:
        """Keep reply decisions and verdicts, compare and set (`settling.settle`)."""
        with self._writing() as cur:
            return settling.settle(cur, settlements)

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
        (mention,) = self._resolved([given])
        with self._writing() as cur:
            return learning.label(cur, mention, correction, before, after, by, at, note)

    def labels(self, mention: str | None = None) -> list[Label]:
        return self._read(learning.labels, mention)

    def save_model(self, record: LearnedRecord) -> None:
        with self._writing() as cur:
            learning.save_model(cur, record)

    def learned_model(self, *, enabled_only: bool = True) -> LearnedRecord | None:
        return self._read(learning.learned_model, enabled_only)

    def disable_model(self, *, by: str | None, at: datetime) -> bool:
        with self._writing() as cur:
            return learning.disable_model(cur, by, at)

    # ------------------------------------------------------------ administration

    def schema_version(self) -> int:
        with self._reading() as cur:
            cur.execute("SELECT coalesce(max(version), 0) AS v FROM webcare_schema")
            row = cur.fetchone()
        return int(row["v"]) if row else 0

    def counts(self) -> dict[str, int]:
        return self._read(copying.counts)

    def dump(self) -> Iterator[tuple[str, int, Iterator[tuple[object, ...]]]]:
        with (
            self._failing(f"cannot read the PostgreSQL {self.where.where}"),
            self.conn.transaction(),
        ):
            self.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield from copying.dump(self.conn)

    def load(
        self, tables: Iterable[tuple[str, int, Iterable[tuple[object, ...]]]], *, replace: bool
    ) -> dict[str, int]:
        with self._writing() as cur:
            writes.serialise(cur)
            return copying.load(cur, tables, replace=replace, where=self.where.where)

    # ------------------------------------------------------------ privacy

    def consistency(self, *, full: bool = True) -> list[str]:
        """Rows pointing at a missing mention (`full` changes nothing here: PostgreSQL
        has no integrity_check, and checks its pages itself)."""
        return self._read(privacy.consistency)

    def purge(
        self,
        retention: Retention,
        *,
        by: str | None,
        full_check: bool = True,
        dry_run: bool = False,
    ) -> PrivacyResult:
        before = self.counts()
        if dry_run:
            with self._writing() as cur:
                privacy.purge(cur, retention, by, log=False)
                after = copying.counts(cur)
                raise psycopg.Rollback  # what it would do, undone
            return PrivacyResult(before, after)
        with self._writing() as cur:
            writes.serialise(cur)
            privacy.purge(cur, retention, by)
        result = PrivacyResult(before, self.counts(), problems=tuple(self.consistency()))
        self._vacuum(result)
        return result

    def person(self, who: Pseudonymiser) -> PersonData:
        return self._read(privacy.person, who)

    def forget(
        self, who: Pseudonymiser, *, erase: bool, at: datetime, by: str | None
    ) -> PrivacyResult:
        before = self.counts()
        with self._writing() as cur:
            writes.serialise(cur)
            changed = privacy.forget(cur, who, erase, at, by)
        result = PrivacyResult(before, self.counts(), changed, problems=tuple(self.consistency()))
        self._vacuum(result)
        return result

    def _vacuum(self, result: PrivacyResult) -> None:
        """After the commit (VACUUM cannot run in a transaction), free the dead rows of the
        tables that lost or changed some, so their space is reused. Best effort: an
        account that does not own a table is warned and skipped by the server, and the
        old rows stay in unreused pages, the WAL and backups until those rotate (README)."""
        touched = sorted(set(result.deleted) | set(result.changed))
        try:
            for table in touched:
                self.conn.execute(sql.SQL("VACUUM {}").format(sql.Identifier(table)))
        except psycopg.Error:
            pass  # the erasure is committed; autovacuum frees the space later
