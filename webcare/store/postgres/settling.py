"""The PostgreSQL store's memory of what the floor needs (SQLite: `webcare.store.settling`):
the mentions whose reply decision or verdict is missing or stale, whole conversations to
judge answers in, and keeping what was worked out, compare and set. Functions of a
cursor, run by `PostgresStore` in one transaction each.

Everything kept is a cache of pure rules (`webcare.sla`): a missing or stale entry is
worked out again, never trusted. The verdict is the same JSON text on both backends
(`settling.verdict_to_json`), so `webcare db copy` moves it as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from psycopg.rows import DictRow

from webcare.store.postgres.reads import Cursor, utc, utc_or_none
from webcare.store.postgres.writes import serialise
from webcare.store.records import Settlement
from webcare.store.settling import verdict_to_json


def unsettled(cur: Cursor, stamp: str, now: datetime, limit: int) -> list[DictRow]:
    """Up to `limit` open live mentions not decided under `stamp` (never decided first,
    as SQLite sorts NULL first), and up to `limit` answered by `now` with no verdict."""
    cur.execute(
        """SELECT * FROM mentions WHERE responded_at IS NULL AND NOT backfilled
           AND (policy_stamp IS NULL OR policy_stamp < %s OR policy_stamp > %s)
           ORDER BY policy_stamp NULLS FIRST, created_at DESC LIMIT %s""",
        (stamp, stamp, limit),
    )
    open_rows = cur.fetchall()
    cur.execute(
        """SELECT * FROM mentions WHERE settled IS NULL AND responded_at IS NOT NULL
           AND NOT backfilled AND responded_at <= %s ORDER BY responded_at DESC LIMIT %s""",
        (utc(now), limit),
    )
    return open_rows + cur.fetchall()


def threads(cur: Cursor, thread_ids: Iterable[str]) -> list[DictRow]:
    cur.execute("SELECT * FROM mentions WHERE thread_id = ANY(%s)", (sorted(set(thread_ids)),))
    return cur.fetchall()


def settle(cur: Cursor, settlements: Sequence[Settlement]) -> int:
    """Keep each settlement only if its mention is still as it was read (a person's
    `reopen` or a re-analysis in between wins; the next pass redoes it). Under the write
    lock and in id order, so it never deadlocks with a batch or another host's settle."""
    decisions = []
    verdicts = []
    for s in sorted(settlements, key=lambda s: s.basis.mention.id):
        item = s.basis
        if s.stamp is not None:
            a = item.analysis
            decisions.append(
                (
                    s.owed, utc_or_none(s.due_at), s.stamp, item.mention.id, a.needs_reply,
                    item.reply_decided, a.urgency.level.value, a.sentiment.label.value,
                )
            )  # fmt: skip
        if s.verdict is not None and item.response is not None:
            verdicts.append((verdict_to_json(s.verdict), item.mention.id, utc(item.response.at)))
    if not decisions and not verdicts:
        return 0
    serialise(cur)
    # One pipelined executemany each (psycopg sums their rowcounts): a first poll settles
    # every new mention, and one round trip each was most of its writes.
    kept = 0
    if decisions:
        cur.executemany(
            """UPDATE mentions SET owed = %s, due_at = %s, policy_stamp = %s
               WHERE id = %s AND needs_reply = %s AND reply_decided = %s
               AND urgency_level = %s AND sentiment_label = %s""",
            decisions,
        )
        kept += cur.rowcount
    if verdicts:
        cur.executemany(
            """UPDATE mentions SET settled = %s
               WHERE id = %s AND responded_at = %s AND settled IS NULL""",
            verdicts,
        )
        kept += cur.rowcount
    return kept
