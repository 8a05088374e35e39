"""Opening a SQLite file as a webcare store, and the words for what goes wrong with one.

Before anything is written to a file, `prepare` refuses another program's database, a
store of a newer webcare, a damaged store and one this account may not write to; then it
migrates under the write lock, so processes opening a new store together never collide.
Opened read-only, nothing is written at all: no switch to WAL, no migration. `reason`
puts a driver error on one printable line for a `StoreError` (exit 4).
"""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import suppress
from pathlib import Path

from webcare.errors import StoreError
from webcare.store import schema

_SQLITE_READONLY = 8
_SQLITE_CORRUPT = 11
_SQLITE_CANTOPEN = 14
_SQLITE_NOTADB = 26
_SQLITE_READONLY_DIRECTORY = _SQLITE_READONLY | (6 << 8)


def printable(text: str, limit: int = 160) -> str:
    """`text` on one line of printable characters, at most `limit` long: what a damaged or
    foreign file holds reaches an error message, and must not reach the terminal raw."""
    cleaned = "".join(char if char.isprintable() else "?" for char in text)
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def error_code(exc: sqlite3.Error) -> int:
    """SQLite's extended result code of an error (0 for one the sqlite3 module raised)."""
    return int(getattr(exc, "sqlite_errorcode", 0))


def reason(exc: Exception) -> str:
    """Why a database call failed, on one printable line: SQLite's words and what they
    mean for a webcare store, never the stored text itself (it may hold anything)."""
    if isinstance(exc, sqlite3.Error):
        undecodable = re.match(r"Could not decode to UTF-8 column '([^']*)'", str(exc))
        if undecodable:
            column = printable(undecodable[1], 40)
            return f"the text in column {column!r} is not UTF-8; the store is damaged"
        code = error_code(exc) & 0xFF
        if code == _SQLITE_CORRUPT:
            return f"{printable(str(exc))}; the store is damaged"
        if code == _SQLITE_READONLY:
            return (
                f"{printable(str(exc))}; this account may not write to it (commands that "
                "only read, such as report, still work)"
            )
        return printable(str(exc))
    if isinstance(exc, UnicodeDecodeError):
        return "it holds text that is not UTF-8; the store is damaged"
    return (
        f"it holds a value webcare cannot read ({printable(str(exc), 100)}); the store is damaged"
    )


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
        code = error_code(exc)
        no_index = code == _SQLITE_READONLY_DIRECTORY or code & 0xFF == _SQLITE_CANTOPEN
        if not no_index or _writers_log_left(path):
            raise
    return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)


def connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    """A connection to the file, in autocommit mode (transactions are explicit)."""
    if read_only:
        return _connect_read_only(path)
    return sqlite3.connect(path, isolation_level=None, timeout=10)


def prepare(
    db: sqlite3.Connection, path: Path, *, read_only: bool, checked: bool = False
) -> None:
    """Check the file is a webcare store this connection may use, configure the
    connection, and (for writing) migrate the store; raises `StoreError` if not.
    `checked`: the file is as a checked store was left (`left_as_checked`), so the
    quick check of its every page is skipped."""
    version = _refuse_what_is_not_ours(db, path)
    if read_only:
        _refuse_what_needs_upgrading(path, version)
        schema.configure_reader(db)
        return
    if version and not checked:
        _refuse_a_damaged_store(db, path)
    schema.configure(db)
    _migrate(db)


def _refuse_what_is_not_ours(db: sqlite3.Connection, path: Path) -> int:
    """Refuse another program's database, and a store of a newer webcare: checked
    before any PRAGMA that writes, so such a file is left exactly as it was.

    A webcare store carries webcare's application id. An empty file is a new store.
    One without the id is accepted only when it holds nothing but webcare's tables and
    a schema version webcare knows (a store an early test or tool wrote unstamped).
    Returns the schema version."""
    app_id, version, tables = _identity(db)
    if app_id not in (0, schema.APPLICATION_ID):
        raise StoreError(
            f"{path} is not a webcare store: it is another program's SQLite database "
            f"(application id {app_id & 0xFFFFFFFF:#010x}); nothing was changed. "
            "Point --db at a webcare store, or at a new file"
        )
    if app_id == 0:
        foreign = sorted(tables - schema.TABLES)
        if tables and (foreign or not 0 < version <= schema.VERSION):
            listed = foreign or sorted(tables)
            shown = ", ".join(printable(name, 40) for name in listed[:5])
            raise StoreError(
                f"{path} is not a webcare store: it holds tables webcare did not make "
                f"({shown}{', …' if len(listed) > 5 else ''}); nothing was changed. "
                "Point --db at a webcare store, or at a new file"
            )
    if version > schema.VERSION:
        raise StoreError(
            f"the store {path} was written by a newer webcare (schema {version}, "
            f"this one knows {schema.VERSION}); upgrade webcare"
        )
    return version


def _identity(db: sqlite3.Connection) -> tuple[int, int, set[str]]:
    """The application id, the schema version and the tables, read in one transaction:
    another process migrating the new store meanwhile is seen entirely or not at all."""
    db.execute("BEGIN")
    try:
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = {
            row[0]
            for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view')"
                " AND substr(name, 1, 7) <> 'sqlite_'"
            )
        }
    except BaseException:
        with suppress(sqlite3.Error):  # the error being raised says what went wrong
            db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    return app_id, version, tables


def _refuse_what_needs_upgrading(path: Path, version: int) -> None:
    """A reader cannot migrate: a store of an older webcare is an error saying which
    command upgrades it, and an empty file one saying which fills it."""
    if version == 0:
        raise StoreError(f"the store {path} is empty; `webcare poll` or `webcare import` fills it")
    if version < schema.VERSION:
        raise StoreError(
            f"the store {path} was written by an older webcare (schema {version}, "
            f"this one needs {schema.VERSION}); run `webcare poll` (or any writing "
            "command) to upgrade it"
        )


def _refuse_a_damaged_store(db: sqlite3.Connection, path: Path) -> None:
    """Before a command writes: SQLite's quick check of every page. Writing into a
    damaged store could spread the damage, so it is left as it is. (It reads the whole
    file: about 0.1 s for 100,000 mentions, 1.3 s for 1,000,000 in the page cache and
    15 s from disk; `left_as_checked` spares it to a store nothing touched since.)"""
    try:
        found = [str(row[0]) for row in db.execute("PRAGMA quick_check(5)")]
    except sqlite3.DatabaseError as exc:
        if error_code(exc) & 0xFF not in (_SQLITE_CORRUPT, _SQLITE_NOTADB):
            raise
        found = [str(exc)]
    if found == ["ok"]:
        return
    # Each finding may span lines and open with a `*** in database main ***` header.
    lines = [line for text in found for line in text.splitlines() if "***" not in line]
    raise StoreError(
        f"the store {path} is damaged ({printable(lines[0] if lines else '?', 100)}); "
        "nothing was written. Restore it from a backup, or save what can still be read "
        f"with `sqlite3 {path} .recover`"
    )


def _migrate(db: sqlite3.Connection) -> None:
    """Migrate under the write lock, taken even when there is nothing to migrate: a
    store this account may not write to fails here, before a poll fetches anything."""
    db.execute("BEGIN IMMEDIATE")
    try:
        # Read under the lock: another process opening the same new (or old) store
        # may have migrated it while this one waited.
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if version == schema.VERSION:
            # Rewrite a header field with its own value and roll it back: SQLite
            # refuses it on a file this account may not write (in WAL mode BEGIN
            # IMMEDIATE alone does not), and nothing reaches the file.
            db.execute(f"PRAGMA user_version = {version}")
            db.execute("ROLLBACK")
            return
        for migration in schema.MIGRATIONS[version:]:
            migration(db)
        db.execute(f"PRAGMA user_version = {schema.VERSION}")
        db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
    except BaseException:
        if db.in_transaction:
            with suppress(sqlite3.Error):  # the error being raised says what went wrong
                db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")


# ---------------------------------------------------------------- the check's stamp
#
# A year of history makes the quick check cost seconds, and every `ack` would pay them.
# A writing command that opened a checked store leaves, as it closes, a stamp beside it
# (`<store>.checked`) of the file as it left it: device, inode, size and the times of
# its last change, the ctime included, which no program can set back. The next writing
# command skips the check when the file still matches its stamp and no writer's log
# (`<store>-wal`) is left, i.e. nothing wrote to the file since a webcare that closed it
# cleanly: a failing disk's or a bad copy's bytes change its times, a crash leaves the
# log, and either means the whole check again.


def stamp_path(path: Path) -> Path:
    return path.with_name(path.name + ".checked")


def _writers_log_left(path: Path) -> bool:
    """Whether a writer's log (`<store>-wal`) is beside the file: commits not yet in it."""
    return path.with_name(path.name + "-wal").exists()


def _file_state(path: Path) -> str | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return f"{st.st_dev} {st.st_ino} {st.st_size} {st.st_mtime_ns} {st.st_ctime_ns}"


def left_as_checked(path: Path) -> bool:
    """Whether the file is as a writing command left it after checking it (see above)."""
    if _writers_log_left(path):
        return False
    try:
        stamp = stamp_path(path).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return False
    return stamp != "" and stamp == _file_state(path)


def stamp_as_checked(path: Path) -> None:
    """After a writing command closed the store it opened checked: stamp the file as it
    is now (no stamp while a log is left: the file is not final yet). Best effort: a
    directory this account cannot write to only means the next command checks again."""
    if _writers_log_left(path):
        return
    state = _file_state(path)
    if state is None:
        return
    stamp = stamp_path(path)
    partial = stamp.with_name(f"{stamp.name}.{os.getpid()}")
    with suppress(OSError):
        partial.write_text(state + "\n", encoding="ascii")
        os.replace(partial, stamp)
    with suppress(OSError):
        partial.unlink(missing_ok=True)
