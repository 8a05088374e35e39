"""Stores that are new, damaged, foreign or not ours to write, through real SQLite files,
the real CLI and real processes (issue 13): each exits 4 with one clear line and writes
nothing, and concurrent first polls never collide."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from typer.testing import Result

from webcare.store import schema

Cli = Callable[..., Result]
MakeConfig = Callable[..., Path]

SOCIAL = [
    {"id": "9101", "author": "klant_jan", "created_at": "2026-11-23T06:10:00Z",
     "text": "@acme_nl pakket 51234 is nog steeds niet bezorgd"},
    {"id": "9102", "author": "fleur", "created_at": "2026-11-23T06:40:00Z",
     "text": "Acme app crasht bij het afrekenen, al de hele ochtend"},
    {"id": "9103", "author": "boze_bert", "created_at": "2026-11-23T05:55:00Z",
     "text": "Acme rekent ineens bezorgkosten. Belachelijk."},
]  # fmt: skip


def write_jsonl(path: Path, records: list[dict[str, Any]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def query(db_path: Path, sql: str) -> list[Any]:
    with closing(sqlite3.connect(db_path)) as db:
        return db.execute(sql).fetchall()


_WORKER = """
import io, json, os, sys, time
import webcare.cli
for line in sys.stdin:
    go, args = json.loads(line)
    deadline = time.monotonic() + 60  # never outlive a test that stopped early
    while go and not os.path.exists(go):
        if time.monotonic() > deadline:
            sys.exit(3)
        time.sleep(0.001)
    sys.stdout, sys.stderr = io.StringIO(), io.StringIO()
    try:
        webcare.cli.app(args, prog_name="webcare")
    except SystemExit as exc:
        code = exc.code or 0
    result = [code, sys.stdout.getvalue(), sys.stderr.getvalue()]
    sys.stdout, sys.stderr = sys.__stdout__, sys.__stderr__
    print(json.dumps(result), flush=True)
"""


class Worker:
    """A process of its own that runs the real CLI, one command at a time, when asked.

    Python and webcare are loaded once, when it starts: workers asked to run a command
    at the moment a file appears (`go`) then really run it at once. The process is
    started with `preexec_fn` (to run as a user held to file permissions)."""

    def __init__(self, preexec_fn: Callable[[], None] | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-c", _WORKER],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, encoding="utf-8",
            env={**os.environ, "PYTHONIOENCODING": "utf-8"}, preexec_fn=preexec_fn,
        )  # fmt: skip

    def send(self, *args: str | Path, go: Path | None = None) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps([go and str(go), [str(arg) for arg in args]]) + "\n")
        self.proc.stdin.flush()

    def result(self) -> tuple[int, str, str]:
        """The exit status, stdout and stderr of the command sent first and not yet read."""
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, f"the worker ended (exit status {self.proc.wait(timeout=60)})"
        code, out, err = json.loads(line)
        return code, out, err

    def run(self, *args: str | Path) -> tuple[int, str, str]:
        self.send(*args)
        return self.result()

    def close(self) -> None:
        self.proc.kill()  # a failed test may leave it waiting for its `go`
        self.proc.wait(timeout=60)
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()


@pytest.fixture
def worker() -> Iterator[Callable[..., Worker]]:
    """Start `Worker`s; each is ended when the test ends, however it ends."""
    started: list[Worker] = []

    def start(preexec_fn: Callable[[], None] | None = None) -> Worker:
        started.append(Worker(preexec_fn))
        return started[-1]

    yield start
    for each in started:
        each.close()


# ---------------------------------------------------------------- a new store, concurrently


def test_concurrent_first_polls_of_a_new_store_all_succeed(
    make_config: MakeConfig, worker: Callable[..., Worker], tmp_path: Path
) -> None:
    # Cron and a person (or two cron lines) start the very first poll at the same moment:
    # each opens a store that does not exist yet and would run the migrations.
    export = write_jsonl(tmp_path / "social.jsonl", SOCIAL)
    config = make_config({"name": "social", "kind": "jsonl", "path": str(export)})
    workers = [worker() for _ in range(3)]
    for trial in range(12):
        db = tmp_path / f"trial{trial}" / "webcare.db"
        go = tmp_path / f"go{trial}"
        for each in workers:
            each.send("poll", "--config", config, "--db", db, "--now", NOW, go=go)
        go.touch()
        outcomes = [each.result() for each in workers]

        assert [code for code, _, _ in outcomes] == [0, 0, 0], outcomes
        assert query(db, "PRAGMA integrity_check") == [("ok",)]
        assert query(db, "PRAGMA user_version") == [(schema.VERSION,)]
        assert query(db, "PRAGMA application_id") == [(schema.APPLICATION_ID,)]
        assert query(db, "SELECT native_id FROM mentions ORDER BY native_id") == [
            ("9101",), ("9102",), ("9103",)
        ]  # fmt: skip
        assert query(db, "SELECT source FROM fetch_state") == [("social",)]


# ---------------------------------------------------------------- another program's database


def other_programs_database(path: Path, *, application_id: int, user_version: int) -> bytes:
    """A SQLite file of another program (an address book); its bytes as written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(path)) as db:
        db.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
        db.execute("CREATE TABLE mentions (who TEXT)")  # a name webcare uses too
        db.execute("INSERT INTO contacts VALUES ('Jan', '+31 6 12345678')")
        db.execute(f"PRAGMA application_id = {application_id}")
        db.execute(f"PRAGMA user_version = {user_version}")
        db.commit()
    return path.read_bytes()


@pytest.mark.parametrize(
    ("application_id", "user_version", "named"),
    [
        (0x46534C01, 0, "application id 0x46534c01"),  # stamped by its program
        (0, 0, "(contacts)"),  # not stamped: its tables give it away
        (0, 3, "(contacts)"),  # ...even with a schema version webcare could have written
        (-1, 12, "application id 0xffffffff"),
    ],
)
@pytest.mark.parametrize("command", ["poll", "import", "report", "mentions", "show", "ack"])
def test_another_programs_database_is_refused_and_left_as_it_was(
    command: str,
    application_id: int,
    user_version: int,
    named: str,
    cli: Cli,
    make_config: MakeConfig,
    tmp_path: Path,
) -> None:
    export = write_jsonl(tmp_path / "social.jsonl", SOCIAL)
    config = make_config({"name": "social", "kind": "jsonl", "path": str(export)})
    other = tmp_path / "contacts" / "addressbook.sqlite"
    before = other_programs_database(
        other, application_id=application_id, user_version=user_version
    )
    args = {
        "import": ["import", export, "--kind", "jsonl"],
        "show": ["show", "0123abcd"],
        "ack": ["ack", "0123abcd"],
    }.get(command, [command])

    result = cli(*args, "--config", config, "--db", other, "--now", NOW)

    assert result.exit_code == 4, result.output
    [line] = result.stderr.splitlines()
    assert line.startswith(f"webcare: error: {other} is not a webcare store: ")
    assert named in line and "nothing was changed" in line
    assert other.read_bytes() == before
    assert sorted(p.name for p in other.parent.iterdir()) == ["addressbook.sqlite"]


def test_a_new_store_holds_exactly_the_tables_webcare_knows_as_its_own(
    cli: Cli, db_path: Path, tmp_path: Path
) -> None:
    export = write_jsonl(tmp_path / "social.jsonl", SOCIAL)
    assert cli("import", export, "--kind", "jsonl", "--db", db_path, "--now", NOW).exit_code == 0
    tables = query(
        db_path, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
    )
    assert {name for (name,) in tables} == schema.TABLES
