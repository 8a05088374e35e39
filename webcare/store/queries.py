"""The SQLite store's reads: functions of a connection, rows turned into domain objects.

`webcare.store.sqlite.SqliteStore` calls these and turns any `sqlite3.Error` into a
`StoreError`; nothing here catches one.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from functools import lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING, Any, TypeVar

from webcare.errors import NotFoundError
from webcare.floorrow import FloorRow
from webcare.incidents import SubjectCount
from webcare.model import (
    Answered,
    Sighting,
    StoredMention,
)
from webcare.store import settling
from webcare.store.base import MentionQuery, Newest
from webcare.store.filters import Dialect, headline_counts, mention_filter
from webcare.store.rows import EPOCH as EPOCH
from webcare.store.rows import LIGHT, WHOLE, mark_seen, stored_mention, with_seen
from webcare.store.rows import floor_rows as rows_floor
from webcare.store.rows import split_light as light_split
from webcare.textutil import search_fold, search_matches
from webcare.timeparse import iso_utc

if TYPE_CHECKING:
    from webcare.store.records import SourceState

_CHUNK = 400
T = TypeVar("T")
"""Ids per `IN (...)`: well under SQLite's limit on bound parameters."""


def register_functions(db: sqlite3.Connection) -> None:
    """The Python functions the SQL here calls, on every connection."""
    db.create_function("webcare_search", 3, search_matches, deterministic=True)


def time_of(text: str | None) -> datetime | None:
    """A stored time (ISO 8601, UTC) as an aware datetime."""
    return datetime.fromisoformat(text) if text else None


@lru_cache(maxsize=8192)
def _strings(text: str) -> tuple[str, ...]:
    """A stored JSON list of strings; the same few lists recur in thousands of rows."""
    return tuple(json.loads(text))


# ---------------------------------------------------------------- sources


def source_state(db: sqlite3.Connection, source: str) -> SourceState:
    from webcare.store.records import FetchState, SourceState  # a poll's, not a report's

    row = db.execute(
        """SELECT etag, last_modified, retry_at, last_ok_at, first_polled_at FROM fetch_state
           WHERE source = ?""",
        (source,),
    ).fetchone()
    if row is None:
        return SourceState()
    return SourceState(
        FetchState(row["etag"], row["last_modified"]),
        datetime.fromisoformat(row["retry_at"]) if row["retry_at"] else None,
        row["last_ok_at"] is not None,
        datetime.fromisoformat(row["first_polled_at"]) if row["first_polled_at"] else None,
    )


def known_ids(db: sqlite3.Connection, ids: Iterable[str]) -> set[str]:
    wanted = list(ids)
    known: set[str] = set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        marks = ",".join("?" * len(chunk))
        known.update(
            row[0]
            for row in db.execute(
                f"SELECT id FROM mentions WHERE id IN ({marks})"
                f" UNION SELECT id FROM also_seen WHERE id IN ({marks})",
                chunk + chunk,
            )
        )
    return known


def source_names(db: sqlite3.Connection) -> list[str]:
    return [row[0] for row in db.execute("SELECT source FROM fetch_state ORDER BY source")]


# ---------------------------------------------------------------- mentions


def _in(expression: str, values: Sequence[str]) -> tuple[str, list[object]]:
    return f"{expression} IN ({','.join('?' * len(values))})", list(values)


def _floor(stamp: str, now: datetime, recent_since: datetime | None) -> tuple[str, list[object]]:
    return settling.floor_ids(stamp, iso_utc(now) or "", iso_utc(recent_since))


SQLITE = Dialect(
    mark="?",
    time=iso_utc,
    flag=lambda column, true: f"{column} = {int(true)}",
    one_of=_in,
    floor=_floor,
)
"""Flags are 0/1 and times ISO text in UTC; a list is `IN (?, ?, …)`."""


def _where(q: MentionQuery) -> tuple[str, list[object]]:
    clauses, params = mention_filter(q, SQLITE)
    if q.search:
        # Folded in Python (`textutil.search_fold`), as on every backend: SQLite's LIKE
        # folds ASCII letters only, and "CAFÉ" must find "café".
        clauses.append("webcare_search(?, text, author)")
        params.append(search_fold(q.search))
    return f"WHERE {' AND '.join(clauses)}" if clauses else "", params


def select_mentions(
    db: sqlite3.Connection, q: MentionQuery, limit: int | None
) -> list[StoredMention]:
    where, params = _where(q)
    if limit is not None:
        sql = f"SELECT * FROM mentions {where} ORDER BY created_at DESC, id LIMIT ?"
        rows = _dicts(db, sql, [*params, limit])
    else:
        rows = _newest_first(_dicts(db, f"SELECT * FROM mentions {where}", params))
    return with_sightings(db, [stored_mention(row, time_of, _strings) for row in rows])


def newest(db: sqlite3.Connection, q: MentionQuery, now: datetime, limit: int) -> Newest:
    """`Store.newest` (call it in one read transaction): the whole window counted from the
    created_at index; what is unanswered at `now` (a few percent) counted from
    `mentions_open`, which the planner would pass over for a walk of the whole window.
    When only history or praise to thank is asked for, all of it is unanswered: it is
    counted, and the newest read, from `mentions_open` alone."""
    where, params = _where(q)
    unanswered, counted, at = headline_counts(now, SQLITE)
    only_open = bool(q.statuses) and "responded" not in q.statuses
    if not only_open:
        (total,) = db.execute(f"SELECT count(*) FROM mentions {where}", params).fetchone()
    open_where = f"{where} AND {unanswered}" if where else f"WHERE {unanswered}"
    sums = ", ".join(f"coalesce(sum(CASE WHEN {when} THEN 1 ELSE 0 END), 0)" for when in counted)
    sql = f"SELECT count(*), {sums} FROM mentions INDEXED BY mentions_open {open_where}"
    waiting, history, to_thank = db.execute(sql, [*params, *at]).fetchone()
    if only_open:
        total = waiting
        sql = f"SELECT * FROM mentions INDEXED BY mentions_open {open_where}"
        params = [*params, *at]
    else:
        sql = f"SELECT * FROM mentions {where}"
    sql += " ORDER BY created_at DESC, id DESC LIMIT ?"
    rows = [stored_mention(row, time_of, _strings) for row in _dicts(db, sql, [*params, limit])]
    return Newest(with_sightings(db, rows), total, total - waiting, history, to_thank)


def snapshot(db: sqlite3.Connection, read: Callable[..., T], *args: object) -> T:
    """`read(db, *args)` in one read transaction: a poll meanwhile cannot fall between
    its reads."""
    if db.in_transaction:
        return read(db, *args)
    db.execute("BEGIN")
    try:
        return read(db, *args)
    finally:
        db.execute("ROLLBACK")


def floor_rows(db: sqlite3.Connection, q: MentionQuery) -> list[FloorRow]:
    """`select_mentions` without a limit, each row as the floor reads it (`FloorRow`): a
    tuple, not a dict, built whole only when shown."""
    where, params = _where(q)
    cursor = db.cursor()
    cursor.row_factory = None
    cursor.execute(f"SELECT {', '.join(WHOLE)}, key_terms FROM mentions {where}", params)
    names = [column[0] for column in cursor.description]
    rows = cursor.fetchall()
    rows.sort(key=itemgetter(names.index("id")))  # newest first, as _newest_first sorts
    rows.sort(key=itemgetter(names.index("created_at")), reverse=True)
    return _floor_made(db, names, rows)


def _floor_made(db: sqlite3.Connection, names: list[str], rows: list[Any]) -> list[FloorRow]:
    """Rows of the WHOLE columns (`names`, as read) as floor rows, each with where else its
    post was seen."""
    made = rows_floor(names, rows, time_of, _strings)
    return mark_seen(made, sightings(db, [row.id for row in made]))


def _newest_first(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows as ORDER BY created_at DESC, id would give them (both text, compared by code
    point), sorted here: SQLite's sorter copies each whole row, text and all, and a digest
    reads tens of thousands; they come off the created_at index nearly sorted."""
    rows.sort(key=itemgetter("id"))
    rows.sort(key=itemgetter("created_at"), reverse=True)  # stable: ids stay in order
    return rows


def _dicts(db: sqlite3.Connection, sql: str, params: Sequence[object]) -> list[dict[str, Any]]:
    """Each row as a dict: sqlite3.Row finds a column by name by walking the ~40 columns
    (a fifth of building a mention; a digest reads each of 40,000 rows a dozen times)."""
    cursor = db.cursor()
    cursor.row_factory = None
    cursor.execute(sql, params)
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor]


def split_answered(
    db: sqlite3.Connection, q: MentionQuery, now: datetime, late_before: datetime | None
) -> tuple[list[FloorRow], list[Answered]] | None:
    """Two reads (call it in one read transaction): every row of `q` by its LIGHT columns,
    split by `store.rows.split_light`, then the rows to build whole by their rowids (a
    few hundred to a statement). Most of a digest's rows become `Answered`: their text
    and twenty-odd other columns are never read into Python."""
    if q.search:
        raise ValueError("split_answered takes no search")
    clauses, params = mention_filter(q, SQLITE)
    where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
    cursor = db.cursor()
    cursor.row_factory = None
    cursor.execute(f"SELECT {', '.join(LIGHT)}, rowid FROM mentions {where}", params)
    # Sorted here (ORDER BY created_at DESC, id, both compared by code point): SQLite's
    # sorter costs more than two stable sorts of rows this small.
    light = sorted(cursor.fetchall(), key=itemgetter(0))
    light.sort(key=itemgetter(1), reverse=True)
    split = light_split(light, iso_utc(now), iso_utc(late_before), time_of, _strings)
    if split is None:
        return None
    positions, answered = split
    rowids = [light[n][-1] for n in positions]
    by_rowid: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(rowids), _CHUNK):
        chunk = rowids[start : start + _CHUNK]
        cursor.execute(
            f"SELECT {', '.join(WHOLE)}, rowid FROM mentions"
            f" WHERE rowid IN ({','.join('?' * len(chunk))})",
            chunk,
        )
        by_rowid.update((row[-1], row) for row in cursor)
    return _floor_made(db, [*WHOLE, "rowid"], [by_rowid[rowid] for rowid in rowids]), answered


def resolve_id(db: sqlite3.Connection, given: str) -> str:
    text = given.strip().lower()
    if len(text) < 4:
        raise NotFoundError(f"id {given!r} is too short; give at least 4 characters")
    rows = db.execute(
        "SELECT id FROM mentions WHERE id >= ? AND id < ? LIMIT 3", (text, text + "\uffff")
    ).fetchall()
    if not rows:
        raise NotFoundError(f"no mention with id {given!r}")
    if len(rows) > 1 and rows[0]["id"] != text:
        raise NotFoundError(f"id {given!r} is ambiguous: {', '.join(r['id'] for r in rows)}…")
    return str(rows[0]["id"])


def get(db: sqlite3.Connection, given: str) -> StoredMention:
    row = db.execute("SELECT * FROM mentions WHERE id = ?", (resolve_id(db, given),)).fetchone()
    return with_sightings(db, [row_to_stored(row)])[0]


def thread(db: sqlite3.Connection, thread_id: str) -> list[StoredMention]:
    rows = db.execute(
        "SELECT * FROM mentions WHERE thread_id = ? ORDER BY created_at, id", (thread_id,)
    )
    return with_sightings(db, [row_to_stored(row) for row in rows])


def by_author(
    db: sqlite3.Connection, author: str, exclude: str | None, limit: int
) -> list[StoredMention]:
    rows = db.execute(
        """SELECT * FROM mentions WHERE author = ? COLLATE NOCASE AND id IS NOT ?
           ORDER BY created_at DESC LIMIT ?""",
        (author, exclude, limit),
    )
    return with_sightings(db, [row_to_stored(row) for row in rows])


def actions(db: sqlite3.Connection, mention: str) -> list[dict[str, str | None]]:
    rows = db.execute(
        "SELECT action, by, at, note FROM actions WHERE mention_id = ? ORDER BY seq", (mention,)
    )
    return [dict(row) for row in rows]


_SUBJECT_SETS = """
    WITH RECURSIVE sets(categories, topics) AS (
        SELECT * FROM (SELECT urgency_categories, topics FROM mentions
                       ORDER BY urgency_categories, topics LIMIT 1)
        UNION ALL
        SELECT m.urgency_categories, m.topics FROM sets JOIN mentions m ON m.rowid = coalesce(
            (SELECT rowid FROM mentions WHERE urgency_categories = sets.categories
               AND topics > sets.topics ORDER BY urgency_categories, topics LIMIT 1),
            (SELECT rowid FROM mentions WHERE urgency_categories > sets.categories
               ORDER BY urgency_categories, topics LIMIT 1)))
    SELECT categories, topics,
        (SELECT count(*) FROM mentions WHERE urgency_categories = categories AND topics = sets.topics
           AND created_at >= ?1 AND created_at < ?2),
        (SELECT min(created_at) FROM mentions WHERE urgency_categories = categories
           AND topics = sets.topics AND created_at >= ?1 AND created_at < ?2),
        (SELECT count(*) FROM mentions WHERE urgency_categories = categories AND topics = sets.topics
           AND created_at >= ?3 AND created_at <= ?4),
        (SELECT min(created_at) FROM mentions WHERE urgency_categories = categories
           AND topics = sets.topics AND created_at >= ?3 AND created_at <= ?4)
    FROM sets"""
"""Each distinct (categories, topics) pair of the store, found by a seek apiece on
`mentions_subject_times` (one row per pair, not per mention), then counted in the
baseline (?1 to before ?2) and the recent window (?3 to ?4) as a range of that index."""


def subject_counts(
    db: sqlite3.Connection, since: datetime, recent_from: datetime, until: datetime
) -> list[SubjectCount]:
    # A week holds tens of thousands of rows but a few dozen distinct subject lists: each
    # list's rows of a window are one range of the index led by the lists, counted there
    # and parsed once. (A GROUP BY had SQLite sort the week's rows by the two lists.)
    recent_since = max(since, recent_from)
    bounds = (iso_utc(since), iso_utc(recent_from), iso_utc(recent_since), iso_utc(until))
    counts = []
    for categories, topics, before, first, recent, latest_first in db.execute(_SUBJECT_SETS, bounds):
        if not (before or recent):
            continue  # a set no mention of the look-back has
        subjects = frozenset(json.loads(categories)) | frozenset(json.loads(topics))
        if before:
            counts.append(SubjectCount(subjects, False, before, time_of(first) or since))
        if recent:
            counts.append(SubjectCount(subjects, True, recent, time_of(latest_first) or since))
    return counts


def with_sightings(db: sqlite3.Connection, items: list[StoredMention]) -> list[StoredMention]:
    """Attach to each mention where else the same post was seen."""
    return with_seen(items, sightings(db, [item.mention.id for item in items]))


def sightings(db: sqlite3.Connection, ids: list[str]) -> dict[str, list[Sighting]]:
    """Mention id -> where else the same post was seen, for those seen elsewhere.

    One statement for any number of ids, walked from the ids (a JSON array) into the
    mention_id index: `IN (?, ?, …)` of a few hundred ids a statement had SQLite compile
    each statement and fill an index of its ids first (13 million instructions for the
    floor's 3,154 ids, with no sighting stored at all)."""
    seen: dict[str, list[Sighting]] = {}
    if not ids:
        return seen
    for row in db.execute(
        """SELECT a.mention_id, a.source, a.url, a.native_id
           FROM json_each(?) AS wanted CROSS JOIN also_seen AS a ON a.mention_id = wanted.value
           ORDER BY a.seen_at, a.id""",
        (json.dumps(list(dict.fromkeys(ids))),),
    ):
        seen.setdefault(row["mention_id"], []).append(
            Sighting(row["source"], row["url"], row["native_id"])
        )
    return seen


# ---------------------------------------------------------------- memory of reports and alerts


def reported(db: sqlite3.Connection) -> dict[str, str]:
    return {row["mention_id"]: row["status"] for row in db.execute("SELECT * FROM reported")}


def alerted(db: sqlite3.Connection) -> set[tuple[str, str]]:
    return {(row[0], row[1]) for row in db.execute("SELECT mention_id, status FROM alerted")}


def last_alert_at(db: sqlite3.Connection) -> datetime | None:
    row = db.execute("SELECT at FROM alerts_sent ORDER BY seq DESC LIMIT 1").fetchone()
    return time_of(row[0]) if row else None


# ---------------------------------------------------------------- rows


def row_to_stored(row: sqlite3.Row) -> StoredMention:
    # A dict first: sqlite3.Row finds a column by name by walking the columns, and a
    # mention reads all ~40 of them (a fifth of building one, over thousands of rows).
    return stored_mention(dict(zip(row.keys(), row, strict=True)), time_of, _strings)
