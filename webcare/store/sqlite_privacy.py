"""The SQLite store's privacy methods (purge, a person's data, forgetting a person), kept
apart from `SqliteStore` (which inherits them) so neither module grows past reading size.

The SQL is in `webcare.store.privacy`; here are the transactions around it: the deletes
wiped from the file too (`secure_delete`, a WAL checkpoint), a dry run rolled back, and
the consistency check after.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime
from typing import TYPE_CHECKING

from webcare.timeparse import iso_utc

if TYPE_CHECKING:
    from webcare.privacy import Pseudonymiser, Retention
    from webcare.store.records import PersonData, PrivacyResult


class SqlitePrivacy:
    """Mixed into `SqliteStore`, which provides the connection and its transactions."""

    db: sqlite3.Connection

    def transaction(self) -> AbstractContextManager[None]:
        raise NotImplementedError  # SqliteStore's

    def _reading(self) -> AbstractContextManager[None]:
        raise NotImplementedError  # SqliteStore's

    def _writing(self) -> AbstractContextManager[None]:
        raise NotImplementedError  # SqliteStore's

    def counts(self) -> dict[str, int]:
        raise NotImplementedError  # SqliteStore's

    @contextmanager
    def _wiping(self) -> Iterator[None]:
        """Deleted and rewritten rows gone from the file too, not only from the tables:
        `secure_delete` zeroes the freed content, and a checkpoint after the commit moves
        the write-ahead log into the file and empties it (a reader still holding an old
        snapshot keeps the log until it lets go; the next checkpoint empties it then)."""
        (was,) = self.db.execute("PRAGMA secure_delete").fetchone()
        self.db.execute("PRAGMA secure_delete = ON")
        try:
            yield
        finally:
            self.db.execute(f"PRAGMA secure_delete = {int(was)}")
        self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()

    def consistency(self, *, full: bool = True) -> list[str]:
        from webcare.store import privacy as private

        with self._reading():
            return private.consistency(self.db, full=full)

    def purge(
        self,
        retention: Retention,
        *,
        by: str | None,
        full_check: bool = True,
        dry_run: bool = False,
    ) -> PrivacyResult:
        """Delete what `retention` selects, with what hangs off it, in one transaction
        (`dry_run`: count what would go, then roll it back)."""
        from webcare.store import privacy as private
        from webcare.store.records import PrivacyResult

        before = self.counts()
        if dry_run:
            with self._writing(), self._rolled_back():
                private.purge(self.db, retention, by, log=False)
                return PrivacyResult(before, private.table_counts(self.db))
        with self._writing(), self._wiping(), self.transaction():
            private.purge(self.db, retention, by)
        problems = tuple(self.consistency(full=full_check))
        return PrivacyResult(before, self.counts(), problems=problems)

    @contextmanager
    def _rolled_back(self) -> Iterator[None]:
        """A write transaction that is always rolled back: what a change would do."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
        finally:
            self.db.execute("ROLLBACK")

    def person(self, who: Pseudonymiser) -> PersonData:
        from webcare.store import privacy as private

        with self._reading():
            return private.person(self.db, who)

    def forget(
        self, who: Pseudonymiser, *, erase: bool, at: datetime, by: str | None
    ) -> PrivacyResult:
        """Pseudonymise (with `erase`, first delete) one person everywhere, in one transaction."""
        from webcare.store import privacy as private
        from webcare.store.records import PrivacyResult

        before = self.counts()
        with self._writing(), self._wiping(), self.transaction():
            changed = private.forget(self.db, who, erase, iso_utc(at), by)
        return PrivacyResult(before, self.counts(), changed, problems=tuple(self.consistency()))
