"""The PostgreSQL store's reads: functions of a cursor (rows as dicts), rows turned into
domain objects. `PostgresStore` runs each in a transaction and turns any driver error into
a `StoreError`; nothing here catches one.

Texts are compared bytewise (`COLLATE "C"` on every column), as SQLite compares them, so
orderings and id prefixes are the same on both backends; an author matches case-
insensitively in ASCII only (`lower` under "C"), as SQLite's NOCASE does; `--search`
folds in Python (`textutil.search_fold`), as the SQLite backend does.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

import psycopg
from psycopg.rows import DictRow

from webcare.errors import NotFoundError
from webcare.floorrow import FloorRow
from webcare.incidents import SubjectCount
from webcare.model import (
    Answered,
    Sighting,
    StoredMention,
)
from webcare.store.base import MentionQuery, Newest
from webcare.store.filters import Dialect, headline_counts, mention_filter
from webcare.store.records import FetchState, SourceState
from webcare.store.rows import WHOLE, mark_seen, stored_mention, with_seen
from webcare.store.rows import floor_rows as rows_floor
from webcare.store.rows import split_answered as rows_split
from webcare.textutil import search_fold, search_matches

Cursor = psycopg.Cursor[DictRow]
EPOCH = datetime.fromtimestamp(0, UTC)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def utc(moment: datetime) -> datetime:
    """A time as stored: UTC, to the second."""
    return moment.astimezone(UTC).replace(microsecond=0)


def utc_or_none(moment: datetime | None) -> datetime | None:
    return None if moment is None else utc(moment)


# ---------------------------------------------------------------- sources


def source_state(cur: Cursor, source: str) -> SourceState:
    cur.execute(
        """SELECT etag, last_modified, retry_at, last_ok_at, first_polled_at FROM fetch_state
           WHERE source = %s""",
        (source,),
    )
    row = cur.fetchone()
    if row is None:
        return SourceState()
    return SourceState(
        FetchState(row["etag"], row["last_modified"]),
        row["retry_at"],
        row["last_ok_at"] is not None,
        row["first_polled_at"],
    )


def known_ids(cur: Cursor, ids: Iterable[str]) -> set[str]:
    wanted = list(ids)
    cur.execute(
        """SELECT id FROM mentions WHERE id = ANY(%s)
           UNION SELECT id FROM also_seen WHERE id = ANY(%s)""",
        (wanted, wanted),
    )
    return {row["id"] for row in cur.fetchall()}


def source_names(cur: Cursor) -> list[str]:
    cur.execute("SELECT source FROM fetch_state ORDER BY source")
    return [row["source"] for row in cur.fetchall()]


# ---------------------------------------------------------------- mentions


def _any(expression: str, values: Sequence[str]) -> tuple[str, list[object]]:
    return f"{expression} = ANY(%s)", [list(values)]


POSTGRES = Dialect(
    mark="%s",
    time=utc,
    flag=lambda column, true: column if true else f"NOT {column}",
    one_of=_any,
    floor=lambda stamp, now, recent_since: floor_narrowing(stamp, now, recent_since),
)
"""Flags are booleans and times aware datetimes; a list is one array parameter."""


def select_mentions(
    conn: psycopg.Connection[Any], q: MentionQuery, limit: int | None
) -> list[StoredMention]:
    """Matching mentions newest first. With a search the rows stream from a server-side
    cursor and are matched here, as folded text, until `limit` have matched."""
    clauses, params = mention_filter(q, POSTGRES)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    sql = f"SELECT * FROM mentions {where} ORDER BY created_at DESC, id"
    if not q.search:
        if limit is not None:
            sql += " LIMIT %s"
            params.append(limit)
        with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
            cur.execute(sql, params)
            return with_sightings(cur, [row_to_stored(row) for row in cur.fetchall()])
    needle = search_fold(q.search)
    found: list[StoredMention] = []
    with conn.cursor("webcare_search", row_factory=psycopg.rows.dict_row) as named:
        named.itersize = 500
        named.execute(sql, params)
        for row in named:
            if search_matches(needle, row["text"], row["author"]):
                found.append(row_to_stored(row))
                if limit is not None and len(found) >= limit:
                    break
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        return with_sightings(cur, found)


def newest(conn: psycopg.Connection[Any], q: MentionQuery, now: datetime, limit: int) -> Newest:
    """`Store.newest` (call it in one REPEATABLE READ transaction). With a search, every
    row of the window streams by its few counted columns and is matched here, as
    `select_mentions` matches it; the newest matched are then read whole by id."""
    clauses, params = mention_filter(q, POSTGRES)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    unanswered, of_those, now_at = headline_counts(now, POSTGRES)
    whens = [unanswered, *(f"{unanswered} AND {when}" for when in of_those)]
    counted = [f"CASE WHEN {when} THEN 1 ELSE 0 END" for when in whens]
    at = now_at * len(whens)
    order = "ORDER BY created_at DESC, id DESC"
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        if not q.search:
            sums = ", ".join(f"coalesce(sum({c}), 0) AS n{i}" for i, c in enumerate(counted))
            cur.execute(f"SELECT count(*) AS n, {sums} FROM mentions {where}", [*at, *params])
            sums_row = cur.fetchone() or {}
            total, waiting, history, to_thank = (int(value) for value in sums_row.values())
            cur.execute(f"SELECT * FROM mentions {where} {order} LIMIT %s", [*params, limit])
            rows = [row_to_stored(row) for row in cur.fetchall()]
            return Newest(with_sightings(cur, rows), total, total - waiting, history, to_thank)
    needle = search_fold(q.search)
    ids: list[str] = []  # the newest matched, in order
    total = waiting = history = to_thank = 0
    with conn.cursor("webcare_newest", row_factory=psycopg.rows.tuple_row) as named:
        named.itersize = 2000
        named.execute(
            f"SELECT id, text, author, {', '.join(counted)} FROM mentions {where} {order}",
            [*at, *params],
        )
        for found, text, author, open_, old, thank in named:
            if search_matches(needle, text, author):
                total, waiting, history, to_thank = (
                    total + 1, waiting + open_, history + old, to_thank + thank
                )  # fmt: skip
                if len(ids) < limit:
                    ids.append(found)
    with conn.cursor(row_factory=psycopg.rows.dict_row) as cur:
        cur.execute("SELECT * FROM mentions WHERE id = ANY(%s)", (ids,))
        by_id = {row["id"]: row_to_stored(row) for row in cur.fetchall()}
        rows = [by_id[found] for found in ids]
        return Newest(with_sightings(cur, rows), total, total - waiting, history, to_thank)


def split_answered(
    cur: Cursor, q: MentionQuery, now: datetime, late_before: datetime | None
) -> tuple[list[FloorRow], list[Answered]] | None:
    """`Store.split_answered`: one read, split here (`store.rows.split_answered`)."""
    if q.search:
        raise ValueError("split_answered takes no search")
    clauses, params = mention_filter(q, POSTGRES)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    cur.execute(f"SELECT * FROM mentions {where} ORDER BY created_at DESC, id", params)
    split = rows_split(cur.fetchall(), now, late_before, _same, tuple)
    if split is None:
        return None
    whole, answered = split
    columns = itemgetter(*WHOLE)
    made = rows_floor(WHOLE, [columns(row) for row in whole], _same, tuple)
    return mark_seen(made, sightings(cur, [row.id for row in made])), answered


def floor_narrowing(
    stamp: str, now: datetime, recent_since: datetime | None
) -> tuple[str, list[object]]:
    """What can be on the floor at `now` (as `store.settling.floor_ids` says for SQLite),
    as one OR whose every arm implies a partial index's predicate, so the planner reads
    them as a bitmap OR: owed and open under this policy (`mentions_owed`); open but not
    decided under it (`mentions_open_stamp`); answered only after `now`
    (`mentions_answered_at`); and, for praise to thank, recent open ones
    (`mentions_unanswered`). Everything else is history."""
    parts = [
        "(responded_at IS NULL AND NOT backfilled AND owed)",
        """(responded_at IS NULL AND NOT backfilled
            AND (policy_stamp IS NULL OR policy_stamp < %s OR policy_stamp > %s))""",
        "(responded_at > %s AND NOT backfilled)",
    ]
    params: list[object] = [stamp, stamp, utc(now)]
    if recent_since is not None:
        parts.append("(responded_at IS NULL AND NOT backfilled AND created_at >= %s)")
        params.append(utc(recent_since))
    return f"({' OR '.join(parts)})", params


def resolve_id(cur: Cursor, given: str) -> str:
    text = given.strip().lower()
    if len(text) < 4:
        raise NotFoundError(f"id {given!r} is too short; give at least 4 characters")
    cur.execute(
        "SELECT id FROM mentions WHERE id >= %s AND id < %s ORDER BY id LIMIT 3",
        (text, text + "\uffff"),
    )
    rows = cur.fetchall()
    if not rows:
        raise NotFoundError(f"no mention with id {given!r}")
    if len(rows) > 1 and rows[0]["id"] != text:
        raise NotFoundError(f"id {given!r} is ambiguous: {', '.join(r['id'] for r in rows)}…")
    return str(rows[0]["id"])


def get(cur: Cursor, given: str) -> StoredMention:
    cur.execute("SELECT * FROM mentions WHERE id = %s", (resolve_id(cur, given),))
    row = cur.fetchone()
    assert row is not None
    return with_sightings(cur, [row_to_stored(row)])[0]


def thread(cur: Cursor, thread_id: str) -> list[StoredMention]:
    cur.execute("SELECT * FROM mentions WHERE thread_id = %s ORDER BY created_at, id", (thread_id,))
    return with_sightings(cur, [row_to_stored(row) for row in cur.fetchall()])


def by_author(cur: Cursor, author: str, exclude: str | None, limit: int) -> list[StoredMention]:
    cur.execute(
        """SELECT * FROM mentions WHERE lower(author) = %s AND id IS DISTINCT FROM %s
           ORDER BY created_at DESC LIMIT %s""",
        (author.translate(_ASCII_LOWER), exclude, limit),
    )
    return with_sightings(cur, [row_to_stored(row) for row in cur.fetchall()])


def actions(cur: Cursor, mention: str) -> list[dict[str, str | None]]:
    cur.execute(
        'SELECT action, "by", at, note FROM actions WHERE mention_id = %s ORDER BY seq',
        (mention,),
    )
    return [
        {"action": row["action"], "by": row["by"], "at": _iso(row["at"]), "note": row["note"]}
        for row in cur.fetchall()
    ]


def subject_counts(
    cur: Cursor, since: datetime, recent_from: datetime, until: datetime
) -> list[SubjectCount]:
    cur.execute(
        """SELECT urgency_categories, topics, created_at >= %s AS recent, count(*) AS n,
                  min(created_at) AS earliest
           FROM mentions WHERE created_at >= %s AND created_at <= %s
           GROUP BY urgency_categories, topics, recent""",
        (utc(recent_from), utc(since), utc(until)),
    )
    return [
        SubjectCount(
            frozenset(row["urgency_categories"]) | frozenset(row["topics"]),
            bool(row["recent"]),
            int(row["n"]),
            row["earliest"],
        )
        for row in cur.fetchall()
    ]


def floor_rows(conn: psycopg.Connection[Any], q: MentionQuery) -> list[FloorRow]:
    """`select_mentions` without a limit, each row as the floor reads it (`FloorRow`): a
    tuple, not a dict, built whole only when shown."""
    clauses, params = mention_filter(q, POSTGRES)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    with conn.cursor(row_factory=psycopg.rows.tuple_row) as cur:
        cur.execute(f"SELECT * FROM mentions {where} ORDER BY created_at DESC, id", params)
        names = [column.name for column in cur.description or ()]
        rows: list[tuple[Any, ...]] = cur.fetchall()
    if q.search:
        needle, text, author = search_fold(q.search), names.index("text"), names.index("author")
        rows = [row for row in rows if search_matches(needle, row[text], row[author])]
    made = rows_floor(names, rows, _same, tuple)
    with conn.cursor(row_factory=psycopg.rows.dict_row) as dicts:
        seen = sightings(dicts, [row.id for row in made])
    return mark_seen(made, seen)


def with_sightings(cur: Cursor, items: list[StoredMention]) -> list[StoredMention]:
    """Attach to each mention where else the same post was seen."""
    return with_seen(items, sightings(cur, [item.mention.id for item in items]))


def sightings(cur: Cursor, ids: list[str]) -> dict[str, list[Sighting]]:
    """Mention id -> where else the same post was seen, for those seen elsewhere."""
    seen: dict[str, list[Sighting]] = {}
    if not ids:
        return seen
    cur.execute(
        """SELECT mention_id, source, url, native_id FROM also_seen
           WHERE mention_id = ANY(%s) ORDER BY seen_at, id""",
        (ids,),
    )
    for row in cur.fetchall():
        seen.setdefault(row["mention_id"], []).append(
            Sighting(row["source"], row["url"], row["native_id"])
        )
    return seen


# ---------------------------------------------------------------- memory of reports and alerts


def reported(cur: Cursor) -> dict[str, str]:
    cur.execute("SELECT mention_id, status FROM reported")
    return {row["mention_id"]: row["status"] for row in cur.fetchall()}


def alerted(cur: Cursor) -> set[tuple[str, str]]:
    cur.execute("SELECT mention_id, status FROM alerted")
    return {(row["mention_id"], row["status"]) for row in cur.fetchall()}


def last_alert_at(cur: Cursor) -> datetime | None:
    cur.execute("SELECT at FROM alerts_sent ORDER BY seq DESC LIMIT 1")
    row = cur.fetchone()
    return row["at"] if row else None


# ---------------------------------------------------------------- rows


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return utc(moment).isoformat().replace("+00:00", "Z")


def _same(moment: datetime | None) -> datetime | None:
    return moment


def row_to_stored(row: DictRow) -> StoredMention:
    return stored_mention(row, _same, tuple)
