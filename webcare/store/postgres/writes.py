"""The PostgreSQL store's writes: what a source's batch (`batch.py`) shares (its fetch
state, brand replies and what they answer), the memory of reports and alerts, and people's
actions. Functions of a cursor, run by `PostgresStore` inside one
transaction each; it turns any driver error into a `StoreError`.

The domain decisions are the pure rules' (`dedupe.same_post`, `webcare.conversations`),
as in the SQLite backend: this module fetches the rows they look at and writes what they
decide. Hosts writing at once: a batch holds `WRITE_LOCK` (a transaction-level advisory
lock) for its few milliseconds, so two polls deciding "new or seen elsewhere" never both
decide "new"; people's actions lock the rows they change (`FOR UPDATE`), so concurrent
acks are each recorded and none is lost.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import NamedTuple

from webcare import conversations
from webcare.conversations import BrandAnswer, Waiting
from webcare.model import Reply, mention_id
from webcare.store import acting
from webcare.store.postgres.reads import Cursor, utc, utc_or_none
from webcare.store.records import AckResult, FetchState

WRITE_LOCK = 0x7765626300000002
"""Advisory lock key ("webc", 2): one batch or memory write at a time, across hosts."""


def serialise(cur: Cursor) -> None:
    """Hold the store's write lock until this transaction ends."""
    cur.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK,))


# ---------------------------------------------------------------- a source's state and replies


def record_failure(
    cur: Cursor, source: str, polled_at: datetime, error: str, retry_at: datetime | None
) -> None:
    cur.execute(
        """INSERT INTO fetch_state (source, last_polled_at, last_error, retry_at, first_polled_at)
           VALUES (%s, %s, %s, %s, %s)
           ON CONFLICT (source) DO UPDATE SET last_polled_at = excluded.last_polled_at,
           last_error = excluded.last_error, retry_at = excluded.retry_at""",
        (source, utc(polled_at), error, utc_or_none(retry_at), utc(polled_at)),
    )


def save_state(cur: Cursor, source: str, at: datetime, state: FetchState | None) -> None:
    stamp = utc(at)
    if state is None:
        cur.execute(
            """INSERT INTO fetch_state (source, last_polled_at, last_ok_at, last_error)
               VALUES (%s, %s, %s, NULL) ON CONFLICT (source) DO UPDATE SET
               last_polled_at = excluded.last_polled_at, last_ok_at = excluded.last_ok_at,
               last_error = NULL, retry_at = NULL""",
            (source, stamp, stamp),
        )
        return
    cur.execute(
        """INSERT INTO fetch_state (source, etag, last_modified, last_polled_at, last_ok_at,
           last_error) VALUES (%s, %s, %s, %s, %s, NULL) ON CONFLICT (source) DO UPDATE SET
           etag = excluded.etag, last_modified = excluded.last_modified,
           last_polled_at = excluded.last_polled_at, last_ok_at = excluded.last_ok_at,
           last_error = excluded.last_error, retry_at = NULL""",
        (source, state.etag, state.last_modified, stamp, stamp),
    )


IN_SPACE = "(id_space = %s OR id_space IS NULL)"
"""A row of the id space given, or one stored before id spaces were kept (which any may
match, as every row did then)."""


def insert_reply(cur: Cursor, reply: Reply, space: str) -> int:
    """Store a brand reply (once) and mark what it answers, of its id space `space`; how
    many it answered."""
    reply_id = mention_id(
        reply.source, native_id=reply.native_id, author=reply.author,
        text=reply.in_reply_to, created_at=reply.created_at,
    )  # fmt: skip
    parent = parent_thread(cur, space, reply.in_reply_to)
    thread = conversations.joined_thread(space, reply.in_reply_to, parent)
    at = utc(reply.created_at)  # to the second, as stored: the rule compares stored times
    cur.execute(
        """INSERT INTO replies
           (id, source, native_id, in_reply_to, author, created_at, thread_id, id_space)
           VALUES (%s, %s, %s, %s, %s, %s, %s, %s) ON CONFLICT DO NOTHING""",
        (
            reply_id, reply.source, reply.native_id, reply.in_reply_to, reply.author, at,
            thread, space,
        ),
    )  # fmt: skip
    if cur.rowcount == 0:
        return 0
    return answer(cur, BrandAnswer(reply.in_reply_to, thread, at, reply.author, space))


def answer(cur: Cursor, reply: BrandAnswer) -> int:
    """Mark responded what one brand reply answers (`conversations.answered` decides from
    the messages it could answer); how many were."""
    cur.execute(
        f"""SELECT id, native_id, thread_id, created_at, responded_at, id_space, author
            FROM mentions
            WHERE (native_id = %s AND {IN_SPACE}) OR thread_id = %s OR id IN
              (SELECT mention_id FROM also_seen WHERE native_id = %s AND {IN_SPACE})""",
        (reply.in_reply_to, reply.space, reply.thread_id, reply.in_reply_to, reply.space),
    )
    rows = cur.fetchall()
    if not rows:
        return 0
    cur.execute(
        f"SELECT mention_id FROM also_seen WHERE native_id = %s AND {IN_SPACE}",
        (reply.in_reply_to, reply.space),
    )
    sighted = {row["mention_id"] for row in cur.fetchall()}
    messages = [
        Waiting(
            row["id"], row["native_id"], row["thread_id"], row["created_at"], row["responded_at"],
            frozenset({reply.in_reply_to}) if row["id"] in sighted else frozenset(),
            row["id_space"], row["author"],
        )
        for row in rows
    ]  # fmt: skip
    ids = conversations.answered(reply, messages)
    cur.executemany(
        """UPDATE mentions SET responded_at = %s, responded_by = %s, responded_via = 'reply',
           response_note = NULL WHERE id = %s""",
        [(utc(reply.at), reply.author, mention) for mention in ids],
    )
    return len(ids)


def parent_thread(cur: Cursor, space: str, native_id: str) -> str | None:
    """The conversation of the stored post with this native id in id space `space` (a
    mention, a brand reply or another source's sighting of a mention); None when it is not
    stored. A row of the space itself wins over one stored before id spaces were kept."""
    for table in ("mentions", "replies"):
        cur.execute(
            f"""SELECT thread_id FROM {table} WHERE native_id = %s AND {IN_SPACE}
                AND thread_id IS NOT NULL ORDER BY id_space IS NULL LIMIT 1""",
            (native_id, space),
        )
        row = cur.fetchone()
        if row is not None:
            return str(row["thread_id"])
    cur.execute(
        """SELECT m.thread_id FROM also_seen a JOIN mentions m ON m.id = a.mention_id
           WHERE a.native_id = %s AND (a.id_space = %s OR a.id_space IS NULL)
             AND m.thread_id IS NOT NULL ORDER BY a.id_space IS NULL LIMIT 1""",
        (native_id, space),
    )
    row = cur.fetchone()
    return str(row["thread_id"]) if row is not None else None


# ---------------------------------------------------------------- memory of reports and alerts


def remember_reported(cur: Cursor, statuses: dict[str, str], at: datetime) -> None:
    serialise(cur)
    cur.execute("DELETE FROM reported")
    cur.executemany(
        "INSERT INTO reported (mention_id, status, at) VALUES (%s, %s, %s)",
        [(mention, status, utc(at)) for mention, status in statuses.items()],
    )


def claim_alert(cur: Cursor, pairs: list[tuple[str, str]], at: datetime) -> set[tuple[str, str]]:
    """Record these (mention, status) pairs as alerted, but only those no one recorded
    before (another host's notify may have, a moment ago); the ones this call recorded."""
    serialise(cur)
    claimed: set[tuple[str, str]] = set()
    for mention, status in pairs:
        cur.execute(
            """INSERT INTO alerted (mention_id, status, at) VALUES (%s, %s, %s)
               ON CONFLICT DO NOTHING RETURNING mention_id""",
            (mention, status, utc(at)),
        )
        if cur.fetchone() is not None:
            claimed.add((mention, status))
    if claimed:
        cur.execute(
            "INSERT INTO alerts_sent (at, mentions) VALUES (%s, %s)", (utc(at), len(claimed))
        )
    return claimed


def release_alert(cur: Cursor, pairs: list[tuple[str, str]], at: datetime) -> None:
    """Forget an alert no target received: its pairs alert again next time."""
    serialise(cur)
    cur.executemany(
        "DELETE FROM alerted WHERE mention_id = %s AND status = %s AND at = %s",
        [(mention, status, utc(at)) for mention, status in pairs],
    )
    cur.execute(
        """DELETE FROM alerts_sent WHERE seq = (SELECT max(seq) FROM alerts_sent
           WHERE at = %s AND mentions = %s)""",
        (utc(at), len(pairs)),
    )


# ---------------------------------------------------------------- people's actions


class _Responded(NamedTuple):
    created_at: datetime
    responded_at: datetime | None
    responded_via: str | None


def _locked(cur: Cursor, resolved: Sequence[str]) -> dict[str, _Responded]:
    """Each mention's times, its row locked until the transaction ends: a concurrent ack
    of the same mention waits, then sees this one's answer."""
    rows: dict[str, _Responded] = {}
    for mention in resolved:
        cur.execute(
            """SELECT created_at, responded_at, responded_via FROM mentions
               WHERE id = %s FOR UPDATE""",
            (mention,),
        )
        row = cur.fetchone()
        assert row is not None, mention
        rows[mention] = _Responded(row["created_at"], row["responded_at"], row["responded_via"])
    return rows


def ack(
    cur: Cursor, resolved: Sequence[str], by: str | None, at: datetime, note: str | None
) -> list[AckResult]:
    rows = _locked(cur, resolved)
    acting.refuse_before_written(at, {mention: row.created_at for mention, row in rows.items()})
    stamp = utc(at)
    results = []
    for mention, row in rows.items():
        kept = acting.ack_kept(mention, row.responded_at, row.responded_via, at, note)
        if kept is not None:
            if note:  # answered already (by a colleague a moment ago): the note stays
                cur.execute(
                    """INSERT INTO actions (mention_id, action, "by", at, note)
                       VALUES (%s, 'note', %s, %s, %s)""",
                    (mention, by, stamp, note),
                )
            results.append(kept)
            continue
        cur.execute(
            """INSERT INTO actions (mention_id, action, "by", at, note)
               VALUES (%s, 'ack', %s, %s, %s)""",
            (mention, by, stamp, note),
        )
        cur.execute(
            """UPDATE mentions SET responded_at = %s, responded_by = %s, responded_via = 'ack',
               response_note = %s WHERE id = %s""",
            (stamp, by, note, mention),
        )
        results.append(acting.acked(mention, at))
    return results


def reopen(cur: Cursor, resolved: Sequence[str], by: str | None, at: datetime) -> list[AckResult]:
    _locked(cur, resolved)
    results = []
    stamp = utc(at)
    for mention in resolved:
        cur.execute(
            """UPDATE mentions SET responded_at = NULL, responded_by = NULL,
               responded_via = NULL, response_note = NULL
               WHERE id = %s AND responded_at IS NOT NULL""",
            (mention,),
        )
        unanswered = cur.rowcount > 0
        cur.execute(
            """UPDATE mentions SET needs_reply = true, needs_reply_reason = %s,
               reply_decided = true WHERE id = %s AND (NOT needs_reply OR NOT reply_decided)""",
            (acting.reopen_reason(by, at), mention),
        )
        needs_reply = cur.rowcount > 0
        if unanswered or needs_reply:
            cur.execute(
                """INSERT INTO actions (mention_id, action, "by", at)
                   VALUES (%s, 'reopen', %s, %s)""",
                (mention, by, stamp),
            )
        results.append(acting.reopened(mention, unanswered, needs_reply))
    return results


def no_reply(
    cur: Cursor, resolved: Sequence[str], by: str | None, at: datetime, note: str | None
) -> list[AckResult]:
    _locked(cur, resolved)
    results = []
    stamp = utc(at)
    reason = acting.no_reply_reason(by, at, note)
    for mention in resolved:
        cur.execute(
            """UPDATE mentions SET needs_reply = false, needs_reply_reason = %s,
               reply_decided = true WHERE id = %s AND (needs_reply OR NOT reply_decided)""",
            (reason, mention),
        )
        changed = cur.rowcount > 0
        if changed:
            cur.execute(
                """INSERT INTO actions (mention_id, action, "by", at, note)
                   VALUES (%s, 'no_reply', %s, %s, %s)""",
                (mention, by, stamp, note),
            )
        results.append(acting.no_replied(mention, changed))
    return results


def assign(
    cur: Cursor,
    resolved: Sequence[str],
    to: str | None,
    by: str | None,
    at: datetime,
    note: str | None,
) -> list[AckResult]:
    results = []
    stamp = utc(at)
    for mention in resolved:
        cur.execute("SELECT assignee FROM mentions WHERE id = %s FOR UPDATE", (mention,))
        row = cur.fetchone()
        decided = acting.assignment(mention, row["assignee"] if row is not None else None, to, note)
        if isinstance(decided, AckResult):
            results.append(decided)
            continue
        cur.execute("UPDATE mentions SET assignee = %s WHERE id = %s", (to, mention))
        cur.execute(
            """INSERT INTO actions (mention_id, action, "by", at, note)
               VALUES (%s, %s, %s, %s, %s)""",
            (mention, decided.action, by, stamp, decided.note),
        )
        results.append(decided.result)
    return results
