"""SQL straight into a test's store, whichever the backend: to look at what was stored,
or to break it on purpose. `url` is what the `store_url` fixture gave (a SQLite path or a
postgresql:// URL)."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any


def is_postgres(url: str) -> bool:
    return str(url).startswith("postgresql://")


def sql(url: str, statement: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Run one statement (`?` placeholders on both backends); its rows, if any. Flags come
    back as 0/1 and times as stored text on SQLite, as bool and datetime on PostgreSQL."""
    if is_postgres(url):
        import psycopg

        with psycopg.connect(url, autocommit=True) as conn, conn.cursor() as cur:
            if params:
                cur.execute(statement.replace("?", "%s"), params)  # type: ignore[arg-type]
            else:
                cur.execute(statement)  # type: ignore[arg-type]
            return list(cur.fetchall()) if cur.description else []
    with closing(sqlite3.connect(url, isolation_level=None)) as db:
        return db.execute(statement, params).fetchall()


def fail_inserts_of(url: str, word: str) -> None:
    """Make storing a mention whose text holds `word` fail inside the database."""
    if is_postgres(url):
        sql(
            url,
            f"""CREATE FUNCTION fail_storage() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN IF NEW.text LIKE '%{word}%' THEN
                RAISE EXCEPTION 'disk I/O error (simulated by a trigger)'; END IF;
                RETURN NEW; END $$""",
        )
        sql(url, "CREATE TRIGGER fail_storage BEFORE INSERT ON mentions FOR EACH ROW "
                 "EXECUTE FUNCTION fail_storage()")  # fmt: skip
        return
    sql(
        url,
        f"""CREATE TRIGGER fail_storage BEFORE INSERT ON mentions WHEN NEW.text LIKE '%{word}%'
            BEGIN SELECT RAISE(ABORT, 'disk I/O error (simulated by a trigger)'); END""",
    )


def stop_failing(url: str) -> None:
    sql(url, "DROP TRIGGER fail_storage" + (" ON mentions" if is_postgres(url) else ""))


def untouched(url: str) -> bool:
    """Nothing was written to the store: no SQLite file, or not one table in the PostgreSQL
    database (a fresh one from `store_url` has none until webcare creates its schema)."""
    if is_postgres(url):
        return sql(
            url,
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
        ) == [(0,)]
    return not Path(url).exists()


def count_rows(url: str, table: str = "mentions") -> int:
    """How many rows a table of the store holds."""
    ((count,),) = sql(url, f"SELECT count(*) FROM {table}")
    return int(count)


def table_rows(url: str) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table of the store, read without webcare (in key order)."""
    if is_postgres(url):
        names = [
            r[0]
            for r in sql(
                url,
                """SELECT table_name FROM information_schema.tables
                                           WHERE table_schema = current_schema()""",
            )
        ]
        return {name: sql(url, f'SELECT * FROM "{name}" ORDER BY 1') for name in names}
    names = [r[0] for r in sql(url, "SELECT name FROM sqlite_master WHERE type = 'table'")]
    return {name: sql(url, f"SELECT * FROM {name} ORDER BY 1") for name in names}
