"""The SQLite store's privacy work: purging by age, a person's data, forgetting a person.

Functions of a connection, called by `SqliteStore` inside one of its transactions. Which
rows go is the pure rule's (`webcare.privacy.Retention.selects`); this module reads the
candidates, deletes what it selects with everything that hangs off it, and rewrites
stored text with `webcare.privacy.Pseudonymiser`. Every table of the schema is accounted
for in `HANDLING`: a table added by a migration without a line there fails the tests.

The SQL is portable (no `rowid`, no `INSERT OR`); only `columns` and `consistency` ask
SQLite's catalogue (PRAGMA). PostgreSQL's twin, `postgres/privacy.py`, takes the same
steps, its catalogue read from `information_schema`, and shares `HANDLING` and the helpers
here that hold no SQL.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence

from webcare.model import StoredMention
from webcare.privacy import Pseudonymiser, PurgeCandidate, Retention
from webcare.store import queries, sqlite_copy
from webcare.store.records import PersonData
from webcare.store.schema import TABLES
from webcare.timeparse import iso_utc

_CHUNK = 400

DEPENDENTS = ("actions", "reported", "also_seen", "alerted")
"""Tables whose rows belong to one mention (`mention_id`) today; `dependents` asks the
schema, so a table a later migration adds with a `mention_id` goes with its mention too."""

HANDLING: dict[str, str] = {
    "mentions": "purged by age (open ones kept); pseudonymised or erased per person",
    "actions": "goes with its mention; notes pseudonymised",
    "reported": "goes with its mention (holds no text)",
    "also_seen": "goes with its mention; URLs and ids pseudonymised",
    "alerted": "goes with its mention (holds no text)",
    "replies": "purged by age; erased with the mention it answers",
    "alerts_sent": "purged by age, the last kept (the cool-down needs it; holds no text)",
    "fetch_state": "kept: one row per source, no one's words (errors pseudonymised)",
    "privacy_log": "kept: the record of purges and erasures, counts only",
    "labels": "goes with its mention (it has a mention_id); notes pseudonymised",
    "learned": "kept: trained models (hashed feature weights, no text); meta pseudonymised",
}
"""What purge and forget do to each table of `schema.TABLES`."""

KEY_COLUMNS = frozenset({"id", "mention_id"})
"""Columns holding webcare's own hex ids (digests): never rewritten, so links hold."""


def table_counts(db: sqlite3.Connection) -> dict[str, int]:
    """Rows per table, in the caller's transaction: `Store.counts`'s (`sqlite_copy`)."""
    return sqlite_copy.counts(db)


def consistency(db: sqlite3.Connection, *, full: bool = True) -> list[str]:
    problems = (
        [f"integrity: {row[0]}" for row in db.execute("PRAGMA integrity_check") if row[0] != "ok"]
        if full
        else []
    )
    if full:
        problems.extend(
            f"{row[0]}: a row points at a missing {row[2]} row"
            for row in db.execute("PRAGMA foreign_key_check")
        )
    for table in dependents(db):
        # The same question asked in plain SQL, as PostgreSQL would (its FKs are enforced).
        (dangling,) = db.execute(
            f"SELECT COUNT(*) FROM {table} WHERE mention_id NOT IN (SELECT id FROM mentions)"
        ).fetchone()
        if dangling and not any(p.startswith(f"{table}:") for p in problems):
            problems.append(f"{table}: {dangling} row(s) point at a missing mention")
    return problems


# ---------------------------------------------------------------- purge


def purge(db: sqlite3.Connection, retention: Retention, by: str | None, *, log: bool = True) -> None:
    """Delete what `retention` selects, and (with `log`) record in the privacy log that a
    purge ran: a dry run logs nothing, not even into a transaction it rolls back (a
    PostgreSQL identity spent there would leave a gap in the log's numbers)."""
    latest = retention.earliest_cutoff
    if latest is None:
        if log:
            _log(db, "purge", iso_utc(retention.now), by, {})
        return
    before = table_counts(db)
    rows = db.execute(
        """SELECT id, source, created_at, responded_at, needs_reply, backfilled, owed,
                  policy_stamp
           FROM mentions WHERE created_at < ?""",
        (iso_utc(latest),),
    ).fetchall()
    doomed = [
        row["id"]
        for row in rows
        if retention.selects(
            PurgeCandidate(
                row["id"],
                row["source"],
                queries.time_of(row["created_at"]) or queries.EPOCH,
                answered=row["responded_at"] is not None,
                needs_reply=bool(row["needs_reply"]),
                backfilled=bool(row["backfilled"]),
                owed=retention.owed(row["owed"], row["policy_stamp"]),
            )
        )
    ]
    delete_mentions(db, doomed)
    replies = [
        row["id"]
        for row in db.execute(
            "SELECT id, source, created_at FROM replies WHERE created_at < ?", (iso_utc(latest),)
        )
        if retention.selects_reply(
            row["source"], queries.time_of(row["created_at"]) or queries.EPOCH
        )
    ]
    _delete_ids(db, "replies", "id", replies)
    last = db.execute("SELECT MAX(seq) FROM alerts_sent").fetchone()[0]
    sent = [
        row["seq"]
        for row in db.execute("SELECT seq, at FROM alerts_sent WHERE seq <> ?", (last or -1,))
        if retention.selects_alert(queries.time_of(row["at"]) or queries.EPOCH)
    ]
    _delete_ids(db, "alerts_sent", "seq", sent)
    if log:
        after = table_counts(db)
        _log(db, "purge", iso_utc(retention.now), by, difference(before, after))


def dependents(db: sqlite3.Connection) -> list[str]:
    """Every table of the schema with a `mention_id`: its rows belong to one mention."""
    return [
        table
        for table in sorted(TABLES - {"mentions"})
        if any(row["name"] == "mention_id" for row in db.execute(f"PRAGMA table_info({table})"))
    ]


def delete_mentions(db: sqlite3.Connection, ids: Sequence[str]) -> None:
    """Delete mentions and every row that hangs off them, dependents first."""
    for table in dependents(db):
        _delete_ids(db, table, "mention_id", ids)
    _delete_ids(db, "mentions", "id", ids)


def _delete_ids(db: sqlite3.Connection, table: str, column: str, ids: Sequence[object]) -> None:
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        db.execute(f"DELETE FROM {table} WHERE {column} IN ({','.join('?' * len(chunk))})", chunk)


def difference(before: dict[str, int], after: dict[str, int]) -> dict[str, int]:
    """Rows each table lost (the tables that lost none left out)."""
    return {
        table: before[table] - after[table] for table in before if before[table] != after[table]
    }


def _log(
    db: sqlite3.Connection, action: str, at: str | None, by: str | None, counts: dict[str, int]
) -> None:
    db.execute(
        "INSERT INTO privacy_log (at, action, by, counts) VALUES (?, ?, ?, ?)",
        (at, action, by, json.dumps(counts, sort_keys=True)),
    )


# ---------------------------------------------------------------- a person


def _like_any(column: str, forms: Iterable[str]) -> tuple[str, list[str]]:
    forms = list(forms)
    if not forms:
        return "0 = 1", []
    clause = " OR ".join(f"lower({column}) LIKE ? ESCAPE '\\'" for _ in forms)
    # lower() and LIKE fold ASCII only: the forms come as given and folded, both searched.
    return f"({clause})", ["%" + escape_like(form) + "%" for form in forms]


def escape_like(text: str) -> str:
    """The text as a LIKE pattern matching only itself (`\\` the escape character)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def authored_ids(db: sqlite3.Connection, who: Pseudonymiser) -> list[str]:
    forms = list(who.author_forms)
    marks = ",".join("?" * len(forms))
    rows = db.execute(
        f"""SELECT id FROM mentions WHERE ltrim(author, '@') IN ({marks})
            OR lower(ltrim(author, '@')) IN ({marks}) ORDER BY created_at, id""",
        forms + forms,
    )
    return [row[0] for row in rows]


def person(db: sqlite3.Connection, who: Pseudonymiser) -> PersonData:
    authored = _mentions(db, authored_ids(db, who))
    mine = {item.mention.id for item in authored}
    where, params = _like_any("text", who.text_forms)
    quoted = [
        row[0]
        for row in db.execute(
            f"SELECT id, text FROM mentions WHERE {where} ORDER BY created_at, id", params
        )
        if row[0] not in mine and who.found_in(row[1])  # LIKE finds; the rule decides
    ]
    mentioned = _mentions(db, quoted)
    actions = {
        item.mention.id: queries.actions(db, item.mention.id) for item in (*authored, *mentioned)
    }
    where, params = _like_any("note", who.text_forms)
    noted = tuple(
        dict(row)
        for row in db.execute(
            f"SELECT mention_id, action, by, at, note FROM actions WHERE {where} ORDER BY seq",
            params,
        )
        if row["mention_id"] not in actions and who.found_in(row["note"])
    )
    replies = tuple(
        {name: row[name] for name in _REPLY_FIELDS}
        for row in _replies_to(db, native_keys(db, [item.mention.id for item in authored]))
    )
    return PersonData(tuple(authored), tuple(mentioned), actions, noted, replies)


_REPLY_FIELDS = ("source", "native_id", "in_reply_to", "author", "created_at")
"""What a person's export tells of each brand reply to them."""

NativeKeys = dict[str, set[str | None]]
"""Native ids, each with the id spaces it is stored under (None: before id spaces)."""


def native_keys(db: sqlite3.Connection, ids: Sequence[str]) -> NativeKeys:
    """The native ids a brand reply may name these mentions by, their posts' and their
    sightings', each with its id spaces."""
    keys: NativeKeys = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        marks = ",".join("?" * len(chunk))
        for native, space in db.execute(
            f"""SELECT native_id, id_space FROM mentions WHERE id IN ({marks})
                UNION SELECT native_id, id_space FROM also_seen WHERE mention_id IN ({marks})""",
            [*chunk, *chunk],
        ):
            if native:
                keys.setdefault(native, set()).add(space)
    return keys


def answers_one_of(in_reply_to: str, space: str | None, keys: NativeKeys) -> bool:
    """Whether a brand reply naming `in_reply_to` in id space `space` answers a post known
    by one of `keys`: of the same space, or either stored before id spaces were kept."""
    spaces = keys.get(in_reply_to)
    return spaces is not None and (space is None or space in spaces or None in spaces)


def _replies_to(db: sqlite3.Connection, keys: NativeKeys) -> list[sqlite3.Row]:
    """The stored brand replies that answer a post known by one of `keys`, oldest first."""
    natives = sorted(keys)
    rows: list[sqlite3.Row] = []
    for start in range(0, len(natives), _CHUNK):
        chunk = natives[start : start + _CHUNK]
        rows.extend(
            row
            for row in db.execute(
                f"""SELECT id, {", ".join(_REPLY_FIELDS)}, id_space FROM replies
                    WHERE in_reply_to IN ({",".join("?" * len(chunk))}) ORDER BY created_at, id""",
                chunk,
            )
            if answers_one_of(row["in_reply_to"], row["id_space"], keys)
        )
    return rows


def _mentions(db: sqlite3.Connection, ids: Sequence[str]) -> list[StoredMention]:
    items: list[StoredMention] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        rows = db.execute(
            f"SELECT * FROM mentions WHERE id IN ({','.join('?' * len(chunk))}) ORDER BY created_at, id",
            chunk,
        )
        items.extend(queries.row_to_stored(row) for row in rows)
    return queries.with_sightings(db, items)


# ---------------------------------------------------------------- forgetting a person


def text_columns(db: sqlite3.Connection, table: str) -> list[str]:
    """The columns of a table that can hold a person's words (text, not webcare's ids)."""
    return [
        row["name"]
        for row in db.execute(f"PRAGMA table_info({table})")
        if "TEXT" in str(row["type"]).upper() and row["name"] not in KEY_COLUMNS
    ]


def primary_key(db: sqlite3.Connection, table: str) -> list[str]:
    rows = sorted(
        (row["pk"], row["name"]) for row in db.execute(f"PRAGMA table_info({table})") if row["pk"]
    )
    return [name for _, name in rows]


def forget(
    db: sqlite3.Connection, who: Pseudonymiser, erase: bool, at: str | None, by: str | None
) -> dict[str, int]:
    """Rows changed per table (beside those deleted); records the erasure."""
    before = table_counts(db)
    if erase:
        ids = authored_ids(db, who)
        _delete_ids(db, "replies", "id", [row["id"] for row in _replies_to(db, native_keys(db, ids))])
        delete_mentions(db, ids)
    author_ids = authored_ids(db, who)
    for start in range(0, len(author_ids), _CHUNK):
        chunk = author_ids[start : start + _CHUNK]
        db.execute(
            f"UPDATE mentions SET author = ? WHERE id IN ({','.join('?' * len(chunk))})",
            [who.pseudonym, *chunk],
        )
    # Each row once, however many passes touched it (its author, its own words scrubbed,
    # a name in a note): the rows themselves, never the larger of two passes' counts.
    touched = _scrub_own(db, who, author_ids)
    touched.setdefault("mentions", set()).update((mention,) for mention in author_ids)
    for table in sorted(TABLES - {"privacy_log"}):
        touched.setdefault(table, set()).update(_rewrite(db, table, who))
    changed = {table: len(rows) for table, rows in sorted(touched.items()) if rows}
    after = table_counts(db)
    counts = {f"{t} deleted": n for t, n in difference(before, after).items()}
    counts.update({f"{t} changed": n for t, n in changed.items()})
    _log(db, "erase" if erase else "forget", at, by, counts)
    return changed


def _scrub_own(
    db: sqlite3.Connection, who: Pseudonymiser, ids: Sequence[str]
) -> dict[str, set[tuple[object, ...]]]:
    """Their own words (text, the response note, the notes and labels' notes on it) lose
    their contact details and numbers too (`Pseudonymiser.own`); the rows changed (their
    keys) per table."""
    changed: dict[str, set[tuple[object, ...]]] = {}
    for mention in ids:
        row = db.execute("SELECT text, response_note FROM mentions WHERE id = ?", (mention,))
        text, note = row.fetchone()
        db.execute(
            "UPDATE mentions SET text = ?, response_note = ? WHERE id = ?",
            (who.own(text) or "", who.own(note), mention),
        )
        for table in ("actions", "labels"):
            for seq, old in db.execute(
                f"SELECT seq, note FROM {table} WHERE mention_id = ?", (mention,)
            ).fetchall():
                new = who.own(old)
                if new != old:
                    db.execute(f"UPDATE {table} SET note = ? WHERE seq = ?", (new, seq))
                    changed.setdefault(table, set()).add((seq,))
    return changed


def _rewrite(db: sqlite3.Connection, table: str, who: Pseudonymiser) -> set[tuple[object, ...]]:
    """Replace the person's names in every text column of a table; the rows changed (their
    primary keys). SQL
    finds the rows holding the names anywhere; the pseudonymiser decides (whole names)."""
    columns = text_columns(db, table)
    keys = primary_key(db, table)
    if not columns or not keys:
        return set()
    clauses: list[str] = []
    params: list[str] = []
    for column in columns:
        clause, values = _like_any(column, who.text_forms)
        clauses.append(clause)
        params.extend(values)
    rows = db.execute(
        f"SELECT {', '.join(keys + [c for c in columns if c not in keys])} FROM {table} WHERE {' OR '.join(clauses)}",
        params,
    ).fetchall()
    changed: set[tuple[object, ...]] = set()
    for row in rows:
        old = {column: row[column] for column in columns}
        new = {c: who.text(v) if isinstance(v, str) else v for c, v in old.items()}
        changes = [column for column in columns if new[column] != old[column]]
        if not changes:
            continue  # the name inside a longer word: someone else's
        changed.add(tuple(row[k] for k in keys))
        db.execute(
            f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in changes)} "
            f"WHERE {' AND '.join(f'{k} = ?' for k in keys)}",
            [new[c] for c in changes] + [row[k] for k in keys],
        )
    return changed
