"""The two backends give the same answers: byte-identical JSONL for the same inputs and
`--now`, the same case-insensitive search (non-ASCII too), the same logical schema; and
`webcare db copy` moves a store between them with nothing lost."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from storesql import sql
from typer.testing import CliRunner, Result

from webcare.cli import app
from webcare.store import schema, tables

DEMO = Path(__file__).resolve().parents[1] / "webcare" / "demo" / "webcare.toml"
DEMO_NOW = "2026-11-23T09:00:00+01:00"
THREAD = [
    {"id": "t1", "author": "sanne", "text": "Bolderkar, mijn bestelling is niet bezorgd",
     "created_at": "2026-11-23T06:00:00Z"},
    {"id": "t2", "author": "sanne", "text": "Hallo?? Nog iemand daar? Bolderkar?",
     "created_at": "2026-11-23T06:40:00Z", "in_reply_to": "t1"},
    {"id": "t3", "author": "CAFÉ Noord", "text": "Bolderkar: de levering voor CAFÉ Noord kwam niet",
     "created_at": "2026-11-23T07:10:00Z"},
    {"id": "t4", "author": "jörg", "text": "Bolderkar Ö-bestelling: STRASSE onbekend",
     "created_at": "2026-11-23T07:20:00Z"},
    {"id": "t5", "author": "piet", "text": "Bolderkar 50% korting_code werkt niet",
     "created_at": "2026-11-23T07:30:00Z"},
]  # fmt: skip


def run(*args: object, code: int = 0) -> Result:
    result = CliRunner().invoke(app, [str(arg) for arg in args])
    assert result.exit_code == code, result.output
    return result


def fill(store: str, tmp_path: Path) -> None:
    """The demo's sources at its moment, a thread, non-ASCII names and people's actions."""
    where = ("--config", DEMO, "--db", store)
    run("poll", *where, "--now", DEMO_NOW)
    export = tmp_path / "thread.jsonl"
    export.write_text("".join(json.dumps(row) + "\n" for row in THREAD), encoding="utf-8")
    run("import", export, "--kind", "jsonl", "--source", "dm", "--channel", "social", *where,
        "--now", DEMO_NOW)  # fmt: skip
    ids = [json.loads(line)["id"] for line in listing(store, "mentions").splitlines()]
    run("ack", ids[-1], "--by", "anna", "--note", "gebeld", "--at", "2026-11-23T08:55", *where)
    run("ack", ids[-2], "--no-reply", "--by", "bram", *where, "--now", DEMO_NOW)
    run("reopen", ids[-3], "--by", "anna", *where, "--now", DEMO_NOW)
    run("report", "--only-new", *where, "--now", DEMO_NOW, "-f", "jsonl")


def listing(store: str, command: str, *extra: str) -> str:
    where = ("--config", DEMO, "--db", store, "--now", DEMO_NOW)
    return run(command, *where, "-f", "jsonl", *extra, code=0).stdout


@pytest.fixture
def both(tmp_path: Path, make_postgres_database: Callable[[], str]) -> tuple[str, str]:
    """The same inputs in a SQLite store and in a PostgreSQL one."""
    sqlite_store = str(tmp_path / "sqlite" / "webcare.db")
    postgres_store = make_postgres_database()
    for store in (sqlite_store, postgres_store):
        fill(store, tmp_path)
    return sqlite_store, postgres_store


@pytest.mark.postgres
def test_the_same_inputs_and_now_give_byte_identical_jsonl_on_both_backends(
    both: tuple[str, str],
) -> None:
    sqlite_store, postgres_store = both
    for command, extra in (
        ("mentions", ()),
        ("report", ()),
        ("mentions", ("--status", "no_reply")),
        ("report", ("--search", "café")),
        ("mentions", ("--search", "STRASSE", "--since", "all")),
    ):
        on_sqlite = listing(sqlite_store, command, *extra)
        assert on_sqlite.strip(), (command, extra)
        assert listing(postgres_store, command, *extra) == on_sqlite, (command, extra)
    assert len(listing(sqlite_store, "mentions").splitlines()) == 47


@pytest.mark.parametrize(
    ("search", "authors"),
    [
        ("café", {"CAFÉ Noord"}),  # non-ASCII case folded, in the text and the author
        ("CAFÉ NOORD", {"CAFÉ Noord"}),
        ("ö-bestelling", {"jörg"}),
        ("JÖRG", {"jörg"}),
        ("straße", {"jörg"}),  # full case folding: ß is ss
        ("50%", {"piet"}),  # LIKE's wildcards are plain characters
        ("korting_code", {"piet"}),
        ("_", {"piet"}),
        ("NOG IEMAND", {"sanne"}),
    ],
)
def test_search_folds_case_the_same_on_both_backends(
    search: str, authors: set[str], store_url: str, tmp_path: Path
) -> None:
    export = tmp_path / "thread.jsonl"
    export.write_text("".join(json.dumps(row) + "\n" for row in THREAD), encoding="utf-8")
    run("import", export, "--kind", "jsonl", "--no-filter", "--db", store_url, "--now", DEMO_NOW)
    found = run("mentions", "--db", store_url, "--now", DEMO_NOW, "-f", "jsonl",
                "--search", search).stdout  # fmt: skip
    assert {json.loads(line)["author"] for line in found.splitlines()} == authors


def test_both_backends_keep_the_logical_schema(store_url: str) -> None:
    run("db", "upgrade", "--db", store_url)
    if store_url.startswith("postgresql://"):
        from webcare.store.postgres import schema as pg_schema

        assert pg_schema.VERSION == schema.VERSION
        rows = sql(
            store_url,
            """SELECT table_name, column_name, data_type FROM information_schema.columns
               WHERE table_schema = current_schema() AND table_name <> 'webcare_schema'
               ORDER BY table_name, ordinal_position""",
        )
        types = {"text": "text", "bigint": "int", "integer": "int", "boolean": "bool",
                 "double precision": "real", "timestamp with time zone": "time", "jsonb": "json",
                 "bytea": "bytes"}  # fmt: skip
        found: dict[str, list[tuple[str, str]]] = {}
        for table, column, kind in rows:
            found.setdefault(table, []).append((column, types[kind]))
        assert found == {table: list(columns) for table, columns in tables.TABLES.items()}
        return
    with closing(sqlite3.connect(store_url)) as db:
        names = {
            table: [row[1] for row in db.execute(f"PRAGMA table_info({table})")]
            for (table,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        }
    assert names == {table: list(tables.columns(table)) for table in tables.TABLES}


# ---------------------------------------------------------------- db copy, info, upgrade


@pytest.mark.postgres
def test_db_copy_round_trips_the_demo_store_with_identical_jsonl(
    tmp_path: Path, make_postgres_database: Callable[[], str]
) -> None:
    original = str(tmp_path / "original.db")
    fill(original, tmp_path)
    labelled = json.loads(listing(original, "mentions").splitlines()[2])["id"]
    run("label", labelled, "--urgency", "high", "--category", "anger", "--reply", "yes",
        "--by", "anna", "--note", "boos", "--config", DEMO, "--db", original, "--now", DEMO_NOW)  # fmt: skip
    # A purge that finds nothing that old still records that it ran (privacy_log).
    run("purge", "--config", DEMO, "--db", original, "--now", "2020-01-01T00:00:00Z")
    shared = make_postgres_database()
    back = str(tmp_path / "back" / "webcare.db")

    there = run("db", "copy", original, shared)
    again = run("db", "copy", shared, back)

    assert "47 mentions" in there.stderr and "counts checked" in there.stderr
    for command in ("mentions", "report"):
        expected = listing(original, command)
        assert listing(shared, command) == expected
        assert listing(back, command) == expected
    counts = [json.loads(run("db", "info", "--db", s, "--json").stdout)["counts"]
              for s in (original, shared, back)]  # fmt: skip
    assert counts[0] == counts[1] == counts[2]
    assert counts[0]["actions"] == 4 and counts[0]["reported"] > 0 and counts[0]["replies"] > 0
    assert counts[0]["labels"] == 1 and counts[0]["privacy_log"] == 1
    assert "47 mentions" in again.stderr
    # What polls kept for the floor and people's labels come back as they were.
    for query in (
        "SELECT id, owed, due_at, policy_stamp, settled FROM mentions ORDER BY id",
        "SELECT * FROM labels ORDER BY seq",
        "SELECT * FROM privacy_log ORDER BY seq",
    ):
        assert sql(back, query) == sql(original, query)
    kept = sql(original, "SELECT count(owed), count(due_at), count(settled) FROM mentions")
    assert all(kept[0]), kept
    # The numbering goes on after the copied rows: a new action gets the next number.
    first = listing(shared, "mentions").splitlines()[5]
    run("ack", json.loads(first)["id"], "--by", "cees", "--config", DEMO, "--db", shared,
        "--now", DEMO_NOW)  # fmt: skip
    assert sql(shared, "SELECT max(seq), count(*) FROM actions") == [(5, 5)]


@pytest.mark.postgres
def test_db_copy_refuses_a_destination_that_holds_a_store_unless_replace(
    tmp_path: Path, make_postgres_database: Callable[[], str]
) -> None:
    original = str(tmp_path / "original.db")
    fill(original, tmp_path)
    shared = make_postgres_database()
    run("import", tmp_path / "thread.jsonl", "--kind", "jsonl", "--db", shared, "--now", DEMO_NOW)

    refused = run("db", "copy", original, shared, code=2)

    assert "already holds a store (5 mentions); give --replace" in refused.stderr
    assert sql(shared, "SELECT count(*) FROM mentions") == [(5,)]
    replaced = run("db", "copy", original, shared, "--replace")
    assert "47 mentions" in replaced.stderr
    assert listing(shared, "mentions") == listing(original, "mentions")


def test_db_copy_between_two_sqlite_files_and_to_itself(tmp_path: Path) -> None:
    original = str(tmp_path / "original.db")
    fill(original, tmp_path)
    run("db", "copy", original, tmp_path / "copy.db")
    assert listing(str(tmp_path / "copy.db"), "report") == listing(original, "report")
    same = run("db", "copy", original, original, code=2)
    assert "the same store" in same.stderr
    # A SRC that is not there (or is no file) is bad input, as `import`'s file is: one
    # line naming it, exit 2, and neither store is created.
    for absent in (tmp_path / "missing.db", tmp_path / "sub" / "missing.db", tmp_path):
        missing = run("db", "copy", absent, tmp_path / "x.db", code=2)
        (line,) = missing.stderr.splitlines()
        assert str(absent) in line and "db copy" in line, line
        assert not (tmp_path / "x.db").exists()
    assert not (tmp_path / "missing.db").exists() and not (tmp_path / "sub").exists()
    # A file that is there but no store stays a store error.
    (tmp_path / "notes.txt").write_text("not a store\n", encoding="utf-8")
    run("db", "copy", tmp_path / "notes.txt", tmp_path / "x.db", code=4)
    assert not (tmp_path / "x.db").exists()


def test_db_info_and_upgrade(store_url: str) -> None:
    absent = run("db", "info", "--db", store_url, code=4)
    assert "webcare poll" in absent.stderr
    upgraded = run("db", "upgrade", "--db", store_url)
    assert f"schema {schema.VERSION}, up to date" in upgraded.stderr
    shown = run("db", "info", "--db", store_url).stdout
    backend = "postgresql" if store_url.startswith("postgresql://") else "sqlite"
    assert shown.splitlines()[0] == f"backend     {backend}"
    assert f"schema      {schema.VERSION} (up to date" in shown
    assert "mentions    0" in shown
