"""The PostgreSQL store's privacy work: purging by age, a person's data, forgetting a person.

Functions of a cursor, called by `PostgresStore` inside one of its transactions; the same
steps as SQLite's (`webcare.store.privacy`, whose `HANDLING` accounts for every table),
asked of PostgreSQL: `= ANY(%s)` for lists, the catalogue read from `information_schema`
(which tables hang off a mention, which columns hold text, each table's key), `jsonb`
columns searched as text and written back as `jsonb`. Columns compare as `COLLATE "C"`,
so `lower()` folds ASCII only, as SQLite's does: the pseudonymiser's forms (as given and
folded) are searched, as there, and the pseudonymiser decides.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from psycopg import sql

from webcare.model import StoredMention
from webcare.privacy import Pseudonymiser, PurgeCandidate, Retention
from webcare.store import tables
from webcare.store.postgres import copying, reads
from webcare.store.postgres.reads import Cursor
from webcare.store.privacy import (
    KEY_COLUMNS,
    NativeKeys,
    answers_one_of,
    difference,
    escape_like,
)
from webcare.store.records import PersonData

_CHUNK = 5000


def dependents(cur: Cursor) -> list[str]:
    """Every table of the schema with a `mention_id`: its rows belong to one mention."""
    cur.execute(
        """SELECT table_name FROM information_schema.columns
           WHERE table_schema = current_schema() AND column_name = 'mention_id'
             AND table_name = ANY(%s) ORDER BY table_name""",
        (sorted(set(tables.TABLES) - {"mentions"}),),
    )
    return [str(row["table_name"]) for row in cur.fetchall()]


def consistency(cur: Cursor) -> list[str]:
    """Rows that point at a missing mention. PostgreSQL enforces its foreign keys and has
    no integrity_check: the same dangling-row query SQLite runs, asked of every table
    that hangs off a mention (a key dropped or switched off by hand is still caught)."""
    problems: list[str] = []
    for table in dependents(cur):
        cur.execute(
            sql.SQL(
                "SELECT count(*) AS n FROM {} t WHERE NOT EXISTS "
                "(SELECT 1 FROM mentions m WHERE m.id = t.mention_id)"
            ).format(sql.Identifier(table))
        )
        row = cur.fetchone()
        dangling = int(row["n"]) if row else 0
        if dangling:
            problems.append(
                f"{table}: a row points at a missing mentions row ({dangling} such row(s))"
            )
    return problems


# ---------------------------------------------------------------- purge


def purge(cur: Cursor, retention: Retention, by: str | None, *, log: bool = True) -> None:
    """Delete what `retention` selects, and (with `log`) record in the privacy log that a
    purge ran: a dry run logs nothing, not even into a transaction it rolls back (a
    PostgreSQL identity spent there would leave a gap in the log's numbers)."""
    latest = retention.earliest_cutoff
    if latest is None:
        if log:
            _log(cur, "purge", retention.now, by, {})
        return
    before = copying.counts(cur)
    cur.execute(
        """SELECT id, source, created_at, responded_at, needs_reply, backfilled, owed,
                  policy_stamp
           FROM mentions WHERE created_at < %s""",
        (reads.utc(latest),),
    )
    doomed = [
        row["id"]
        for row in cur.fetchall()
        if retention.selects(
            PurgeCandidate(
                row["id"],
                row["source"],
                reads.utc(row["created_at"]),
                answered=row["responded_at"] is not None,
                needs_reply=bool(row["needs_reply"]),
                backfilled=bool(row["backfilled"]),
                owed=retention.owed(row["owed"], row["policy_stamp"]),
            )
        )
    ]
    delete_mentions(cur, doomed)
    cur.execute("SELECT id, source, created_at FROM replies WHERE created_at < %s", (latest,))
    replies = [
        row["id"]
        for row in cur.fetchall()
        if retention.selects_reply(row["source"], reads.utc(row["created_at"]))
    ]
    _delete_ids(cur, "replies", "id", replies)
    cur.execute(
        """SELECT seq, at FROM alerts_sent
           WHERE seq <> (SELECT coalesce(max(seq), -1) FROM alerts_sent)"""
    )
    sent = [row["seq"] for row in cur.fetchall() if retention.selects_alert(reads.utc(row["at"]))]
    _delete_ids(cur, "alerts_sent", "seq", sent)
    if log:
        _log(cur, "purge", retention.now, by, difference(before, copying.counts(cur)))


def delete_mentions(cur: Cursor, ids: Sequence[str]) -> None:
    """Delete mentions and every row that hangs off them, dependents first."""
    for table in dependents(cur):
        _delete_ids(cur, table, "mention_id", ids)
    _delete_ids(cur, "mentions", "id", ids)


def _delete_ids(cur: Cursor, table: str, column: str, ids: Sequence[object]) -> None:
    for start in range(0, len(ids), _CHUNK):
        cur.execute(
            sql.SQL("DELETE FROM {} WHERE {} = ANY(%s)").format(
                sql.Identifier(table), sql.Identifier(column)
            ),
            (list(ids[start : start + _CHUNK]),),
        )


def _log(cur: Cursor, action: str, at: datetime, by: str | None, counts: dict[str, int]) -> None:
    cur.execute(
        'INSERT INTO privacy_log (at, action, "by", counts) VALUES (%s, %s, %s, %s)',
        (reads.utc(at), action, by, json.dumps(counts, sort_keys=True)),
    )


# ---------------------------------------------------------------- a person


def _like_any(column: sql.Composable, forms: Iterable[str]) -> tuple[sql.Composable, list[str]]:
    forms = list(forms)
    if not forms:
        return sql.SQL("false"), []
    clause = sql.SQL(" OR ").join(
        sql.SQL("lower({}) LIKE %s ESCAPE '\\'").format(column) for _ in forms
    )
    return sql.SQL("({})").format(clause), ["%" + escape_like(form) + "%" for form in forms]


def authored_ids(cur: Cursor, who: Pseudonymiser) -> list[str]:
    forms = list(who.author_forms)
    cur.execute(
        """SELECT id FROM mentions WHERE ltrim(author, '@') = ANY(%s)
           OR lower(ltrim(author, '@')) = ANY(%s) ORDER BY created_at, id""",
        (forms, forms),
    )
    return [str(row["id"]) for row in cur.fetchall()]


def person(cur: Cursor, who: Pseudonymiser) -> PersonData:
    authored = _mentions(cur, authored_ids(cur, who))
    mine = {item.mention.id for item in authored}
    where, params = _like_any(sql.Identifier("text"), who.text_forms)
    cur.execute(
        sql.SQL("SELECT id, text FROM mentions WHERE {} ORDER BY created_at, id").format(where),
        params,
    )
    quoted = [
        row["id"]
        for row in cur.fetchall()
        if row["id"] not in mine and who.found_in(row["text"])  # LIKE finds; the rule decides
    ]
    mentioned = _mentions(cur, quoted)
    actions = {
        item.mention.id: reads.actions(cur, item.mention.id) for item in (*authored, *mentioned)
    }
    where, params = _like_any(sql.Identifier("note"), who.text_forms)
    cur.execute(
        sql.SQL(
            'SELECT mention_id, action, "by", at, note FROM actions WHERE {} ORDER BY seq'
        ).format(where),
        params,
    )
    noted = tuple(
        {
            "mention_id": row["mention_id"],
            "action": row["action"],
            "by": row["by"],
            "at": reads._iso(row["at"]),
            "note": row["note"],
        }
        for row in cur.fetchall()
        if row["mention_id"] not in actions and who.found_in(row["note"])
    )
    replies = tuple(
        {
            "source": row["source"],
            "native_id": row["native_id"],
            "in_reply_to": row["in_reply_to"],
            "author": row["author"],
            "created_at": reads._iso(row["created_at"]),
        }
        for row in _replies_to(cur, _native_keys(cur, [item.mention.id for item in authored]))
    )
    return PersonData(tuple(authored), tuple(mentioned), actions, noted, replies)


def _native_keys(cur: Cursor, ids: Sequence[str]) -> NativeKeys:
    """The native ids a brand reply may name these mentions by (`privacy.native_keys`)."""
    cur.execute(
        """SELECT native_id, id_space FROM mentions WHERE id = ANY(%s)
           UNION SELECT native_id, id_space FROM also_seen WHERE mention_id = ANY(%s)""",
        (list(ids), list(ids)),
    )
    keys: NativeKeys = {}
    for row in cur.fetchall():
        if row["native_id"]:
            keys.setdefault(row["native_id"], set()).add(row["id_space"])
    return keys


def _replies_to(cur: Cursor, keys: NativeKeys) -> list[dict[str, Any]]:
    """The stored brand replies that answer a post known by one of `keys`, oldest first."""
    cur.execute(
        """SELECT id, source, native_id, in_reply_to, author, created_at, id_space FROM replies
           WHERE in_reply_to = ANY(%s) ORDER BY created_at, id""",
        (sorted(keys),),
    )
    return [
        row for row in cur.fetchall() if answers_one_of(row["in_reply_to"], row["id_space"], keys)
    ]


def _mentions(cur: Cursor, ids: Sequence[str]) -> list[StoredMention]:
    cur.execute("SELECT * FROM mentions WHERE id = ANY(%s) ORDER BY created_at, id", (list(ids),))
    return reads.with_sightings(cur, [reads.row_to_stored(row) for row in cur.fetchall()])


# ---------------------------------------------------------------- forgetting a person


def text_columns(cur: Cursor, table: str) -> dict[str, bool]:
    """The columns of a table that can hold a person's words (text, not webcare's ids),
    each with whether it is `jsonb`."""
    cur.execute(
        """SELECT column_name, data_type FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name = %s
             AND data_type IN ('text', 'character varying', 'jsonb', 'json')
           ORDER BY ordinal_position""",
        (table,),
    )
    return {
        str(row["column_name"]): str(row["data_type"]) in ("jsonb", "json")
        for row in cur.fetchall()
        if row["column_name"] not in KEY_COLUMNS
    }


def primary_key(cur: Cursor, table: str) -> list[str]:
    cur.execute(
        """SELECT k.column_name FROM information_schema.table_constraints c
           JOIN information_schema.key_column_usage k
             ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema
                AND k.table_name = c.table_name
           WHERE c.table_schema = current_schema() AND c.table_name = %s
             AND c.constraint_type = 'PRIMARY KEY'
           ORDER BY k.ordinal_position""",
        (table,),
    )
    return [str(row["column_name"]) for row in cur.fetchall()]


def forget(
    cur: Cursor, who: Pseudonymiser, erase: bool, at: datetime, by: str | None
) -> dict[str, int]:
    """Rows changed per table (beside those deleted); records the erasure."""
    before = copying.counts(cur)
    if erase:
        ids = authored_ids(cur, who)
        _delete_ids(cur, "replies", "id", [row["id"] for row in _replies_to(cur, _native_keys(cur, ids))])
        delete_mentions(cur, ids)
    author_ids = authored_ids(cur, who)
    cur.execute("UPDATE mentions SET author = %s WHERE id = ANY(%s)", (who.pseudonym, author_ids))
    # Each row once, however many passes touched it (as on SQLite: store/privacy.py).
    touched = _scrub_own(cur, who, author_ids)
    touched.setdefault("mentions", set()).update((mention,) for mention in author_ids)
    for table in sorted(set(tables.TABLES) - {"privacy_log"}):
        touched.setdefault(table, set()).update(_rewrite(cur, table, who))
    changed = {table: len(rows) for table, rows in sorted(touched.items()) if rows}
    counts = {f"{t} deleted": n for t, n in difference(before, copying.counts(cur)).items()}
    counts.update({f"{t} changed": n for t, n in changed.items()})
    _log(cur, "erase" if erase else "forget", at, by, counts)
    return changed


def _scrub_own(
    cur: Cursor, who: Pseudonymiser, ids: Sequence[str]
) -> dict[str, set[tuple[object, ...]]]:
    """Their own words (text, the response note, the notes and labels' notes on it) lose
    their contact details and numbers too (`Pseudonymiser.own`); the rows changed (their
    keys) per table."""
    cur.execute("SELECT id, text, response_note FROM mentions WHERE id = ANY(%s)", (list(ids),))
    for row in cur.fetchall():
        cur.execute(
            "UPDATE mentions SET text = %s, response_note = %s WHERE id = %s",
            (who.own(row["text"]) or "", who.own(row["response_note"]), row["id"]),
        )
    changed: dict[str, set[tuple[object, ...]]] = {}
    for table in ("actions", "labels"):
        cur.execute(f"SELECT seq, note FROM {table} WHERE mention_id = ANY(%s)", (list(ids),))
        for row in cur.fetchall():
            new = who.own(row["note"])
            if new != row["note"]:
                cur.execute(f"UPDATE {table} SET note = %s WHERE seq = %s", (new, row["seq"]))
                changed.setdefault(table, set()).add((row["seq"],))
    return changed


def _pseudonymised(who: Pseudonymiser, value: object) -> object:
    """A JSON value with the person's names replaced in every string of it."""
    if isinstance(value, str):
        return who.text(value)
    if isinstance(value, list):
        return [_pseudonymised(who, item) for item in value]
    if isinstance(value, dict):
        return {key: _pseudonymised(who, item) for key, item in value.items()}
    return value


def _rewrite(cur: Cursor, table: str, who: Pseudonymiser) -> set[tuple[object, ...]]:
    """Replace the person's names in every text and jsonb column of a table; the rows
    changed (their primary keys).
    SQL finds the rows holding the names anywhere; the pseudonymiser decides (whole names)."""
    columns = text_columns(cur, table)
    keys = primary_key(cur, table)
    if not columns or not keys:
        return set()
    clauses: list[sql.Composable] = []
    params: list[str] = []
    for column, is_json in columns.items():
        name = sql.Identifier(column)
        clause, values = _like_any(
            sql.SQL("{}::text").format(name) if is_json else name, who.text_forms
        )
        clauses.append(clause)
        params.extend(values)
    cur.execute(
        sql.SQL("SELECT {}, {} FROM {} WHERE {}").format(
            sql.SQL(", ").join(sql.Identifier(k) for k in keys),
            sql.SQL(", ").join(
                sql.SQL("{}::text AS {}").format(sql.Identifier(c), sql.Identifier(c))
                for c in columns
            ),
            sql.Identifier(table),
            sql.SQL(" OR ").join(clauses),
        ),
        params,
    )
    changed: set[tuple[object, ...]] = set()
    for row in cur.fetchall():
        new: dict[str, str] = {}
        for column, is_json in columns.items():
            old = row[column]
            if old is None:
                continue
            if is_json:
                value = json.loads(old)
                rewritten = _pseudonymised(who, value)
                if rewritten != value:
                    new[column] = json.dumps(rewritten, ensure_ascii=False)
            elif who.text(old) != old:
                new[column] = who.text(old)
        if not new:
            continue  # the name inside a longer word: someone else's
        changed.add(tuple(row[k] for k in keys))
        cur.execute(
            sql.SQL("UPDATE {} SET {} WHERE {}").format(
                sql.Identifier(table),
                sql.SQL(", ").join(
                    sql.SQL("{} = %s::jsonb" if columns[c] else "{} = %s").format(sql.Identifier(c))
                    for c in new
                ),
                sql.SQL(" AND ").join(sql.SQL("{} = %s").format(sql.Identifier(k)) for k in keys),
            ),
            [*new.values(), *(row[k] for k in keys)],
        )
    return changed
