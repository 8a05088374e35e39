"""Stores that are new, damaged, foreign or not ours to write, through real SQLite files,
the real CLI and real processes (issue 13): each exits 4 with one clear line and writes
nothing, and concurrent first polls never collide.

SQLite-only on purpose (but for reading commands writing nothing, run on both backends): the
faults are of SQLite's own file, its permission bits and lock file; test_postgres.py and
test_concurrency.py have the PostgreSQL faults (another program's database, a newer schema,
a read-only account, hosts migrating at once)."""

from __future__ import annotations

import ctypes
import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from httpserver import FeedServer
from storesql import is_postgres, sql, table_rows
from typer.testing import Result

from webcare.store import open_store, schema

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


# SQLite-only: the tables by which a SQLite file is known as webcare's (test_backends.py holds
# both backends to the logical schema).
def test_a_new_store_holds_exactly_the_tables_webcare_knows_as_its_own(
    cli: Cli, db_path: Path, tmp_path: Path
) -> None:
    export = write_jsonl(tmp_path / "social.jsonl", SOCIAL)
    assert cli("import", export, "--kind", "jsonl", "--db", db_path, "--now", NOW).exit_code == 0
    tables = query(
        db_path, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
    )
    assert {name for (name,) in tables} == schema.TABLES


# ---------------------------------------------------------------- a person who may only read


@pytest.fixture
def as_reader(tmp_path: Path) -> Callable[[], None] | None:
    """What makes a new process a user held to the permission bits of files.

    Any user but root already is. Root is not (it may write any file), so as root the
    process drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH from its capability bounding
    set before it starts, and is then refused what the bits refuse, like a manager's
    account with read access to the store. Skipped where that cannot be arranged."""
    if os.geteuid() != 0:
        return None
    if not sys.platform.startswith("linux"):
        pytest.skip("root bypasses file permissions, and has no capabilities to drop here")
    libc = ctypes.CDLL(None, use_errno=True)

    def drop_permission_override() -> None:
        for capability in (1, 2):  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH
            if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
                raise OSError(ctypes.get_errno(), "cannot drop a capability")

    probe = tmp_path / "read-only-probe"
    probe.touch(mode=0o444)
    try:
        tried = subprocess.run(
            [sys.executable, "-c", f"open({str(probe)!r}, 'a')"],
            preexec_fn=drop_permission_override, capture_output=True, check=False,
        )  # fmt: skip
    except subprocess.SubprocessError:
        pytest.skip("cannot drop root's capabilities here")
    finally:
        probe.unlink()
    if tried.returncode == 0:
        pytest.skip("root still writes a read-only file without its capabilities")
    return drop_permission_override


@pytest.fixture
def lock_down() -> Iterator[Callable[..., None]]:
    """`lock_down(path, 0o444)`: change a file's or directory's mode for the test only."""
    changed: list[tuple[Path, int]] = []

    def change(path: Path, mode: int) -> None:
        changed.append((path, path.stat().st_mode & 0o7777))
        path.chmod(mode)

    yield change
    for path, mode in reversed(changed):
        path.chmod(mode)


READING = [
    ["report", "--format", "jsonl"],
    ["report", "--digest", "--format", "json"],
    ["mentions", "--format", "jsonl"],
    ["stats", "--format", "json"],
    ["show", "{id}"],
    ["explain", "{id}"],
    ["notify", "--dry-run"],
]
"""Every command that only reads the store, as a manager would run them."""


def without_clock(output: str) -> str:
    """Output without the wall-clock time it was generated at."""
    return re.sub(r'"generated_at": "[^"]*"', '"generated_at": …', output)


def imported_store(cli: Cli, db_path: Path | str, tmp_path: Path) -> str:
    """SOCIAL imported into db_path (a SQLite file or a store_url); one mention's id."""
    export = write_jsonl(tmp_path / "social.jsonl", SOCIAL)
    assert cli("import", export, "--kind", "jsonl", "--db", db_path, "--now", NOW).exit_code == 0
    [(mention,)] = sql(str(db_path), "SELECT id FROM mentions WHERE native_id = '9101'")
    return str(mention)


@pytest.mark.parametrize("locked", ["file", "directory"])
def test_a_person_who_may_only_read_the_store_runs_every_reading_command(
    locked: str,
    as_reader: Callable[[], None] | None,
    lock_down: Callable[..., None],
    worker: Callable[..., Worker],
    cli: Cli,
    db_path: Path,
    tmp_path: Path,
) -> None:
    mention = imported_store(cli, db_path, tmp_path)
    commands = [
        [arg.replace("{id}", mention) for arg in command] + ["--db", str(db_path), "--now", NOW]
        for command in READING
    ]
    expected = [cli(*command) for command in commands]  # as the store's owner sees them
    assert [result.exit_code for result in expected] == [0] * len(READING)
    before = db_path.read_bytes()
    lock_down(db_path, 0o444)
    if locked == "directory":  # nor may the reader create anything beside it (-shm)
        lock_down(db_path.parent, 0o555)

    manager = worker(as_reader)
    for command, owners in zip(commands, expected, strict=True):
        code, out, err = manager.run(*command)
        assert (code, err) == (0, owners.stderr), command
        assert without_clock(out) == without_clock(owners.stdout), command
    assert db_path.read_bytes() == before


def test_reading_commands_never_write_to_the_store(
    cli: Cli, store_url: str, tmp_path: Path
) -> None:
    mention = imported_store(cli, store_url, tmp_path)
    before = table_rows(store_url)
    file = Path(store_url)
    was = None if is_postgres(store_url) else (file.read_bytes(), file.stat().st_mtime_ns)
    for command in READING:
        args = [arg.replace("{id}", mention) for arg in command]
        assert cli(*args, "--db", store_url, "--now", NOW).exit_code == 0, args
    assert table_rows(store_url) == before
    if was is not None:  # not even SQLite's file was touched
        assert (file.read_bytes(), file.stat().st_mtime_ns) == was


def old_store(db_path: Path, version: int) -> bytes:
    """A store as webcare left it after its first `version` migrations; its bytes."""
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(db_path, isolation_level=None)) as db:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("BEGIN")
        for migration in schema.MIGRATIONS[:version]:
            migration(db)
        db.execute(f"PRAGMA user_version = {version}")
        db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        db.execute("COMMIT")
    return db_path.read_bytes()


@pytest.mark.parametrize("command", READING)
def test_a_reading_command_on_an_older_store_names_the_upgrade_and_writes_nothing(
    command: list[str], cli: Cli, db_path: Path, tmp_path: Path
) -> None:
    before = old_store(db_path, 3)
    args = [arg.replace("{id}", "0123abcd") for arg in command]

    result = cli(*args, "--db", db_path, "--now", NOW)

    assert result.exit_code == 4, result.output
    assert result.stderr.splitlines() == [
        f"webcare: error: the store {db_path} was written by an older webcare (schema 3, "
        f"this one needs {schema.VERSION}); run `webcare poll` (or any writing command) to "
        "upgrade it"
    ]
    assert db_path.read_bytes() == before
    assert query(db_path, "PRAGMA user_version") == [(3,)]


def test_a_writing_command_upgrades_an_older_store_and_then_reading_works(
    cli: Cli, db_path: Path, tmp_path: Path
) -> None:
    old_store(db_path, 3)
    imported_store(cli, db_path, tmp_path)
    assert query(db_path, "PRAGMA user_version") == [(schema.VERSION,)]
    result = cli("mentions", "--format", "jsonl", "--db", db_path, "--now", NOW)
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 3


@pytest.mark.parametrize("command", [["report"], ["mentions"], ["show", "0123abcd"]])
def test_a_reading_command_on_an_empty_file_says_what_fills_it_and_writes_nothing(
    command: list[str], cli: Cli, db_path: Path
) -> None:
    db_path.parent.mkdir(parents=True)
    db_path.touch()

    result = cli(*command, "--db", db_path, "--now", NOW)

    assert result.exit_code == 4
    assert result.stderr.splitlines() == [
        f"webcare: error: the store {db_path} is empty; `webcare poll` or `webcare import` fills it"
    ]
    assert db_path.read_bytes() == b""


def test_open_store_will_not_create_a_store_it_may_only_read(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="read-only"):
        open_store(tmp_path / "new.db", create=True, read_only=True)


# ---------------------------------------------------------------- damaged stores


def rss(*items: tuple[str, str]) -> str:
    body = "".join(
        f"<item><guid>{guid}</guid><title>{title}</title>"
        "<pubDate>Mon, 23 Nov 2026 06:00:00 GMT</pubDate></item>"
        for guid, title in items
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{body}</channel></rss>'
    )


def one_clear_line(stderr: str, db_path: Path) -> str:
    """The one line of stderr, printable (nothing from the file reaches the terminal raw),
    naming the store."""
    [line] = stderr.splitlines()
    assert line.isprintable(), line
    assert line.startswith("webcare: error: ") and str(db_path) in line, line
    return line


def damage_bytes(db_path: Path, old: bytes, new: bytes) -> None:
    """Change bytes of the file itself, as a failing disk or a bad copy would."""
    assert not db_path.with_name(db_path.name + "-wal").exists()  # all of it is in the file
    data = db_path.read_bytes()
    assert old in data and len(old) == len(new)
    db_path.write_bytes(data.replace(old, new))


def damage_value(db_path: Path, sql: str) -> None:
    """Leave a value as damage would (SQLite itself keeps no checksum to notice)."""
    with closing(sqlite3.connect(db_path)) as db:
        db.execute(sql)
        db.commit()


DAMAGE: dict[str, Callable[[Path], None]] = {
    "a time": lambda db: damage_bytes(db, b"2026-11-23T06:10:00Z", b"2026-11-23T06:10:0sZ"),
    "a list": lambda db: damage_value(
        db, "UPDATE mentions SET urgency_reasons = '[\"te laat' WHERE native_id = '9101'"
    ),
    "a list of numbers": lambda db: damage_value(
        db, "UPDATE mentions SET topics = '7' WHERE native_id = '9101'"
    ),
    "a channel": lambda db: damage_value(
        db, "UPDATE mentions SET channel = 'soc\u0131al' WHERE native_id = '9101'"
    ),
    # Not UTF-8, with a terminal escape (clear the screen) in it.
    "a text": lambda db: damage_value(
        db,
        "UPDATE mentions SET text = CAST(X'41636d65201b5b324aff' AS TEXT) WHERE native_id = '9101'",
    ),
    "the schema": lambda db: damage_bytes(db, b"CREATE TABLE replies", b"CREATE TABLE repl\xffes"),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_store_is_exit_4_with_one_clear_line(
    damage: str, cli: Cli, db_path: Path, tmp_path: Path
) -> None:
    mention = imported_store(cli, db_path, tmp_path)
    DAMAGE[damage](db_path)

    for command in (["show", mention], ["explain", mention], ["report"], ["mentions"], ["stats"]):
        result = cli(*command, "--db", db_path, "--now", NOW)

        assert result.exit_code == 4, (command, result.output)
        line = one_clear_line(result.stderr, db_path)
        assert "damaged" in line or "malformed" in line, (command, line)


def garbage(db_path: Path) -> None:
    db_path.write_bytes(bytes(range(256)) * 64)


def truncated(db_path: Path) -> None:
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 2])


@pytest.mark.parametrize("damage", [garbage, truncated])
@pytest.mark.parametrize("command", [["show", "{id}"], ["ack", "{id}"], ["report"], ["poll"]])
def test_garbage_or_a_truncated_store_is_exit_4_with_one_clear_line_and_left_alone(
    command: list[str],
    damage: Callable[[Path], None],
    cli: Cli,
    make_config: MakeConfig,
    db_path: Path,
    tmp_path: Path,
) -> None:
    mention = imported_store(cli, bigger(db_path, tmp_path, cli), tmp_path)
    damage(db_path)
    before = db_path.read_bytes()
    config = make_config(
        {"name": "social", "kind": "jsonl", "path": str(tmp_path / "social.jsonl")}
    )
    args = [arg.replace("{id}", mention) for arg in command]

    result = cli(*args, "--config", config, "--db", db_path, "--now", NOW)

    assert result.exit_code == 4, result.output
    one_clear_line(result.stderr, db_path)
    assert db_path.read_bytes() == before


def bigger(db_path: Path, tmp_path: Path, cli: Cli) -> Path:
    """db_path with 300 mentions of another source in it: a store of many pages."""
    rows = [
        {"id": f"h{n}", "author": f"klant{n}", "created_at": "2026-11-20T10:00:00Z",
         "text": f"Acme bestelling {n} kwam een dag te laat, verder prima " + "bla " * (n % 40)}
        for n in range(300)
    ]  # fmt: skip
    export = write_jsonl(tmp_path / "history.jsonl", rows)
    assert cli("import", export, "--kind", "jsonl", "--db", db_path, "--now", NOW).exit_code == 0
    return db_path


def damage_a_page_ack_does_not_read(db_path: Path) -> None:
    """Overwrite one page of the file: the index of authors, which an ack never reads."""
    [(page,)] = query(db_path, "SELECT rootpage FROM sqlite_master WHERE name = 'mentions_author'")
    [(size,)] = query(db_path, "PRAGMA page_size")
    assert not db_path.with_name(db_path.name + "-wal").exists()  # all of it is in the file
    with db_path.open("r+b") as file:
        file.seek((page - 1) * size)
        file.write(b"\xa5" * size)


@pytest.mark.parametrize(
    "command",
    [["ack", "{id}"], ["ack", "{id}", "--no-reply"], ["reopen", "{id}"], ["report", "--only-new"]],
)
def test_a_writing_command_writes_nothing_into_a_damaged_store(
    command: list[str], cli: Cli, db_path: Path, tmp_path: Path
) -> None:
    mention = imported_store(cli, bigger(db_path, tmp_path, cli), tmp_path)
    damage_a_page_ack_does_not_read(db_path)
    before = db_path.read_bytes()
    args = [arg.replace("{id}", mention) for arg in command]

    result = cli(*args, "--db", db_path, "--now", NOW)

    assert result.exit_code == 4, result.output
    line = one_clear_line(result.stderr, db_path)
    assert f"the store {db_path} is damaged" in line and "nothing was written" in line
    assert db_path.read_bytes() == before


def test_a_poll_into_a_damaged_store_fetches_nothing_and_writes_nothing(
    feed_server: FeedServer, make_config: MakeConfig, cli: Cli, db_path: Path, tmp_path: Path
) -> None:
    imported_store(cli, bigger(db_path, tmp_path, cli), tmp_path)
    damage_a_page_ack_does_not_read(db_path)
    before = db_path.read_bytes()
    feed_server.route("/acme.xml", rss(("n1", "Acme")))
    config = make_config({"name": "news", "kind": "rss", "url": feed_server.url("/acme.xml")})

    result = cli("poll", "--config", config, "--db", db_path, "--now", NOW)

    assert result.exit_code == 4, result.output
    assert f"the store {db_path} is damaged" in one_clear_line(result.stderr, db_path)
    assert db_path.read_bytes() == before
    assert feed_server.hits == []


# ---------------------------------------------------------------- a store not ours to write


@pytest.mark.parametrize("locked", ["file", "directory"])
def test_a_writing_command_on_a_store_it_may_only_read_is_exit_4_and_fetches_nothing(
    locked: str,
    as_reader: Callable[[], None] | None,
    lock_down: Callable[..., None],
    worker: Callable[..., Worker],
    feed_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    db_path: Path,
    tmp_path: Path,
) -> None:
    mention = imported_store(cli, db_path, tmp_path)
    feed_server.route("/acme.xml", rss(("n1", "Acme")))
    config = make_config({"name": "news", "kind": "rss", "url": feed_server.url("/acme.xml")})
    before = db_path.read_bytes()
    lock_down(db_path, 0o444)
    if locked == "directory":
        lock_down(db_path.parent, 0o555)
    manager = worker(as_reader)

    for args in (
        ["ack", mention],
        ["reopen", mention],
        ["report", "--only-new"],
        ["poll"],
        ["import", tmp_path / "social.jsonl", "--kind", "jsonl", "--source", "more"],
    ):
        code, _, err = manager.run(*args, "--config", config, "--db", db_path, "--now", NOW)

        assert code == 4, (args, err)
        line = one_clear_line(err, db_path)
        assert "readonly database" in line and "this account may not write to it" in line
        assert db_path.read_bytes() == before
        assert feed_server.hits == []


def test_a_lock_file_left_by_another_user_is_exit_4_with_one_clear_line(
    as_reader: Callable[[], None] | None,
    lock_down: Callable[..., None],
    worker: Callable[..., Worker],
    feed_server: FeedServer,
    make_config: MakeConfig,
    cli: Cli,
    db_path: Path,
    tmp_path: Path,
) -> None:
    # `sudo webcare poll` once: the lock file beside the store is root's, and only root's.
    imported_store(cli, db_path, tmp_path)
    lock = db_path.with_name(db_path.name + ".lock")
    assert lock.exists()
    lock_down(lock, 0o444)
    feed_server.route("/acme.xml", rss(("n1", "Acme")))
    config = make_config({"name": "news", "kind": "rss", "url": feed_server.url("/acme.xml")})
    before = db_path.read_bytes()

    code, _, err = worker(as_reader).run("poll", "--config", config, "--db", db_path, "--now", NOW)

    assert code == 4, err
    line = one_clear_line(err, db_path)
    assert f"cannot lock the store {db_path}" in line and str(lock) in line
    assert db_path.read_bytes() == before
    assert feed_server.hits == []


# ---------------------------------------------------------------- the check's stamp
# SQLite only: a stamp of the file beside it (PostgreSQL keeps its own pages sound).


def test_a_clean_write_stamps_the_store_and_any_later_change_of_the_file_unstamps_it(
    cli: Cli, db_path: Path, tmp_path: Path
) -> None:
    stamp = db_path.with_name(db_path.name + ".checked")
    mention = imported_store(cli, db_path, tmp_path)
    assert stamp.is_file()
    assert cli("ack", mention, "--db", db_path, "--now", NOW).exit_code == 0
    stamped = stamp.read_text(encoding="ascii")
    assert str(db_path.stat().st_size) in stamped.split()

    # A reading command leaves the stamp as it was; another program's write makes the
    # next writing command check every page again, and a damaged page is refused.
    assert cli("report", "--db", db_path, "--now", NOW).exit_code in (0, 1)
    assert stamp.read_text(encoding="ascii") == stamped
    damage_value(db_path, "UPDATE mentions SET channel = 'social' WHERE native_id = '9101'")
    assert stamp.read_text(encoding="ascii") == stamped  # the stamp no longer matches...
    assert cli("reopen", mention, "--db", db_path, "--now", NOW).exit_code == 0
    assert stamp.read_text(encoding="ascii") != stamped  # ... and is made anew once checked


def test_a_store_damaged_after_a_stamped_write_is_still_refused(
    cli: Cli, db_path: Path, tmp_path: Path
) -> None:
    mention = imported_store(cli, bigger(db_path, tmp_path, cli), tmp_path)
    assert cli("ack", mention, "--db", db_path, "--now", NOW).exit_code == 0
    assert db_path.with_name(db_path.name + ".checked").is_file()
    damage_a_page_ack_does_not_read(db_path)

    result = cli("reopen", mention, "--db", db_path, "--now", NOW)

    assert result.exit_code == 4, result.output
    assert f"the store {db_path} is damaged" in one_clear_line(result.stderr, db_path)
