"""Whole tables in and out of a PostgreSQL store, as the logical values of
`webcare.store.tables`, for `webcare db copy`; and each table's row count."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import psycopg
from psycopg import sql
from psycopg.types.json import Jsonb

from webcare.errors import StoreError, UsageError
from webcare.store import tables
from webcare.store.postgres.reads import Cursor, utc


def counts(cur: Cursor) -> dict[str, int]:
    found = {}
    for table in tables.TABLES:
        cur.execute(sql.SQL("SELECT count(*) AS n FROM {}").format(sql.Identifier(table)))
        row = cur.fetchone()
        found[table] = int(row["n"]) if row else 0
    return found


def dump(conn: psycopg.Connection[Any]) -> Iterator[tuple[str, int, Iterator[tuple[object, ...]]]]:
    """Every table's count and rows (in key order), read in the caller's transaction."""
    for table in tables.TABLES:
        with conn.cursor() as cur:
            cur.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(table)))
            row = cur.fetchone()
            count = int(str(row[0])) if row else 0
        yield table, count, _rows(conn, table)


def _rows(conn: psycopg.Connection[Any], table: str) -> Iterator[tuple[object, ...]]:
    query = sql.SQL("SELECT {} FROM {} ORDER BY {}").format(
        sql.SQL(", ").join(sql.Identifier(name) for name in tables.columns(table)),
        sql.Identifier(table),
        sql.SQL(", ").join(sql.Identifier(name) for name in tables.KEYS[table]),
    )
    with conn.cursor(f"webcare_dump_{table}") as named:
        named.itersize = 2000
        named.execute(query)
        yield from named


def _value(kind: str, value: object) -> object:
    if value is None:
        return None
    if kind == "json":
        return Jsonb(value)
    if kind == "time":
        return utc(value)  # type: ignore[arg-type]
    if kind == "bytes":
        return bytes(value)  # type: ignore[call-overload]
    return value


def load(
    cur: Cursor,
    source: Iterable[tuple[str, int, Iterable[tuple[object, ...]]]],
    *,
    replace: bool,
    where: str,
) -> dict[str, int]:
    """Load every table in this transaction; each table's count checked against the
    source's before it commits, or nothing is written."""
    present = counts(cur)
    if any(present.values()):
        if not replace:
            raise UsageError(
                f"the PostgreSQL {where} already holds a store ({present['mentions']} "
                "mentions); give --replace to empty it first"
            )
        for table in reversed(tables.TABLES):
            cur.execute(sql.SQL("DELETE FROM {}").format(sql.Identifier(table)))
    loaded: dict[str, int] = {}
    for table, expected, rows in source:
        kinds = [kind for _, kind in tables.TABLES[table]]
        copy_sql = sql.SQL("COPY {} ({}) FROM STDIN").format(
            sql.Identifier(table),
            sql.SQL(", ").join(sql.Identifier(name) for name in tables.columns(table)),
        )
        written = 0
        with cur.copy(copy_sql) as copy:
            for row in rows:
                copy.write_row(
                    [_value(kind, value) for kind, value in zip(kinds, row, strict=True)]
                )
                written += 1
        loaded[table] = written
        if written != expected:
            raise StoreError(f"copying {table}: read {written} rows, the source counted {expected}")
    for table, column in tables.SEQUENCES.items():
        cur.execute(
            sql.SQL(
                "SELECT setval(pg_get_serial_sequence({t}, {c}), coalesce(max({col}), 0) + 1, false)"
                " FROM {table}"
            ).format(
                t=sql.Literal(table), c=sql.Literal(column),
                col=sql.Identifier(column), table=sql.Identifier(table),
            )
        )  # fmt: skip
    after = counts(cur)
    wrong = {t: (loaded.get(t, 0), n) for t, n in after.items() if n != loaded.get(t, 0)}
    if wrong:
        raise StoreError(f"copying: counts differ after loading (loaded, stored): {wrong}")
    return after
