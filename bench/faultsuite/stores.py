"""Group `stores`: damaged and foreign stores under every command.

A good store (one poll) is damaged each way (truncated, garbage, a zeroed header, a page
overwritten, a store of a newer webcare, a directory) or replaced by another program's
SQLite file (its own tables, another application id); every reading and writing command
runs on it. Expected: exit 4 with a line that says so and nothing written (the file's
bytes unchanged). A good store with a garbage WAL beside it must just work. Counted: a
crash, another exit (wrong exit), a file changed (corrupted).
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

from faultsuite import feeds
from faultsuite.harness import NOW, Context, Tally, parallel, rows, webcare, write_config
from faultsuite.server import Running, ok


def _truncate(db: Path) -> None:
    data = db.read_bytes()
    db.write_bytes(data[: len(data) // 2 + 1000])


def _garbage(db: Path) -> None:
    db.write_bytes(bytes((n * 7919 + 13) % 256 for n in range(65536)))


def _zero_header(db: Path) -> None:
    data = bytearray(db.read_bytes())
    data[:100] = bytes(100)
    db.write_bytes(bytes(data))


def _bad_page(db: Path) -> None:
    data = bytearray(db.read_bytes())
    page = 4096
    for start in range(page, len(data) - page, page * 2):
        data[start + 8 : start + 400] = b"\xde\xad\xbe\xef" * 98
    db.write_bytes(bytes(data))


def _sql(*statements: str) -> Callable[[Path], None]:
    def damage(db: Path) -> None:
        with closing(sqlite3.connect(db)) as con:
            for statement in statements:
                con.execute(statement)
            con.commit()

    return damage


def _foreign(db: Path) -> None:
    db.unlink()
    _sql("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)",
         "INSERT INTO invoices VALUES (1, 99.5)")(db)  # fmt: skip


def _directory(db: Path) -> None:
    db.unlink()
    db.mkdir()


def _garbage_wal(db: Path) -> None:
    db.with_name(db.name + "-wal").write_bytes(b"\x37\x7f\x06\x82" + bytes(range(256)) * 64)


DAMAGE: list[tuple[str, Callable[[Path], None], int]] = [
    ("truncated", _truncate, 4),
    ("garbage", _garbage, 4),
    ("zeroed header", _zero_header, 4),
    ("pages overwritten", _bad_page, 4),
    ("a newer webcare's store", _sql("PRAGMA user_version = 9999"), 4),
    ("another program's tables", _foreign, 4),
    ("another application id", _sql("PRAGMA application_id = 1234567"), 4),
    ("a directory", _directory, 4),
    ("a garbage WAL beside a good store", _garbage_wal, 0),
]


def _fingerprint(path: Path) -> str:
    if path.is_dir():
        return "dir:" + ",".join(sorted(p.name for p in path.iterdir()))
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else "absent"


def run(ctx: Context, tally: Tally) -> None:
    env = ctx.env()
    damages = DAMAGE if not ctx.quick else [DAMAGE[i] for i in (3, 5)]
    tally.cases = len(damages)
    with Running() as server:
        url = server.route("/stores/feed", ok(feeds.rss("stores", 10)))
        server.route("/stores/hook", ok(b"{}", "application/json"))
        hook = f"json://127.0.0.1:{server.port}/stores/hook"
        base = ctx.dir("stores", "base")
        config = write_config(base / "webcare.toml", [{"name": "stores", "kind": "rss", "url": url,
                                                      "channel": "news", "filter": False}],
                              notify={"urls": [hook]})  # fmt: skip
        export = base / "export.jsonl"
        export.write_text('{"id": "x1", "text": "Acme import", "created_at": "2026-11-23T06:00:00Z"}\n')
        good = base / "webcare.db"
        if not tally.saw(webcare(["poll", "--config", config, "--db", good, "--now", NOW], env=env), (0,), "stores: "):
            return
        with closing(sqlite3.connect(good)) as con:
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        mention = str(rows(good, "SELECT id FROM mentions LIMIT 1")[0][0])
        commands = [
            ["report"], ["mentions", "--format", "json"], ["stats", "--since", "7d"],
            ["show", mention], ["explain", mention], ["report", "--digest"],
            ["ack", mention, "--by", "suite"], ["reopen", mention], ["poll"],
            ["import", str(export), "--kind", "jsonl", "--no-filter"], ["notify"],
        ]  # fmt: skip
        if ctx.quick:
            commands = [commands[i] for i in (3, 6)]
        tasks = [(d, c) for d in damages for c in commands]
        tally.faults = len(tasks)

        def one(task: tuple[tuple[str, Callable[[Path], None], int], list[str]]) -> None:
            (name, damage, expected), command = task
            where = ctx.dir("stores", f"{name.replace(' ', '-')}-{command[0]}-{tasks.index(task)}")
            db = where / "webcare.db"
            shutil.copy(good, db)
            damage(db)
            before = _fingerprint(db)
            result = webcare([*command, "--config", config, "--db", db, "--now", NOW], env=env)
            what = f"{name}: `{command[0]}`: "
            if not tally.saw(result, (expected,), what):
                return
            if expected == 4:
                lines = result.err.decode("utf-8", "replace").strip().splitlines()
                if len(lines) != 1:
                    tally.find("wrong_exits", f"{what}{len(lines)} lines on stderr, not one: {lines[:3]}")
                if _fingerprint(db) != before:
                    tally.find("corrupted", f"{what}the file was changed")

        parallel(one, tasks, ctx.jobs)
