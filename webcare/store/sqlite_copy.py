"""Whole tables in and out of a SQLite store, as the logical values of
`webcare.store.tables`, for `webcare db copy`; and each table's row count.

Functions of a connection, called by `SqliteStore` inside its transactions; it turns any
`sqlite3.Error` into a `StoreError`.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator

from webcare.errors import StoreError, UsageError
from webcare.store import tables
from webcare.store.queries import time_of
from webcare.timeparse import iso_utc


def counts(db: sqlite3.Connection) -> dict[str, int]:
    return {
        table: int(db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        for table in tables.TABLES
    }


def dump(db: sqlite3.Connection) -> Iterator[tuple[str, int, Iterator[tuple[object, ...]]]]:
    """Every table's count and rows (in key order), read in the caller's transaction."""
    for table in tables.TABLES:
        count = int(db.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])
        yield table, count, _rows(db, table)


def _rows(db: sqlite3.Connection, table: str) -> Iterator[tuple[object, ...]]:
    names = ", ".join(f'"{name}"' for name in tables.columns(table))
    keys = ", ".join(f'"{name}"' for name in tables.KEYS[table])
    kinds = [kind for _, kind in tables.TABLES[table]]
    cursor = db.execute(f'SELECT {names} FROM "{table}" ORDER BY {keys}')
    cursor.row_factory = None
    for row in cursor:
        yield tuple(_out(kind, value) for kind, value in zip(kinds, row, strict=True))


def _out(kind: str, value: object) -> object:
    if value is None:
        return None
    if kind == "time":
        return time_of(str(value))
    if kind == "bool":
        return bool(value)
    if kind == "json":
        return json.loads(str(value))
    if kind == "bytes":
        return bytes(value)  # type: ignore[call-overload]
    return value


def _in(kind: str, value: object) -> object:
    if value is None:
        return None
    if kind == "time":
        return iso_utc(value)  # type: ignore[arg-type]
    if kind == "bool":
        return int(bool(value))
    if kind == "json":
        return json.dumps(value)
    if kind == "bytes":
        return sqlite3.Binary(bytes(value))  # type: ignore[call-overload]
    return value


def load(
    db: sqlite3.Connection,
    source: Iterable[tuple[str, int, Iterable[tuple[object, ...]]]],
    *,
    replace: bool,
    where: str,
) -> dict[str, int]:
    """Load every table in the caller's transaction; each table's count checked against
    the source's, so the caller's rollback leaves nothing written when one differs."""
    present = counts(db)
    if any(present.values()):
        if not replace:
            raise UsageError(
                f"{where} already holds a store ({present['mentions']} mentions); "
                "give --replace to empty it first"
            )
        for table in reversed(tables.TABLES):
            db.execute(f'DELETE FROM "{table}"')
    loaded: dict[str, int] = {}
    for table, expected, rows in source:
        kinds = [kind for _, kind in tables.TABLES[table]]
        names = tables.columns(table)
        insert = (
            f'INSERT INTO "{table}" ({", ".join(f"{chr(34)}{n}{chr(34)}" for n in names)}) '
            f"VALUES ({', '.join('?' * len(names))})"
        )
        written = 0
        batch: list[tuple[object, ...]] = []
        for row in rows:
            batch.append(tuple(_in(kind, value) for kind, value in zip(kinds, row, strict=True)))
            if len(batch) >= 1000:
                db.executemany(insert, batch)
                written += len(batch)
                batch.clear()
        db.executemany(insert, batch)
        written += len(batch)
        loaded[table] = written
        if written != expected:
            raise StoreError(f"copying {table}: read {written} rows, the source counted {expected}")
    after = counts(db)
    wrong = {t: (loaded.get(t, 0), n) for t, n in after.items() if n != loaded.get(t, 0)}
    if wrong:
        raise StoreError(f"copying: counts differ after loading (loaded, stored): {wrong}")
    return after
