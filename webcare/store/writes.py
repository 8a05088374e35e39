"""The SQLite store's writes: a source's failed fetch, the memory of reports and alerts,
and people's actions (a source's batch is `webcare.store.batch`).

Functions of a connection, called by `webcare.store.sqlite.SqliteStore` inside one of its
transactions; it turns any `sqlite3.Error` into a `StoreError`. The domain decisions are
the pure rules' (`dedupe.same_post`, `webcare.conversations`): this module fetches the
rows they look at and writes what they decide.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime

from webcare.store import acting
from webcare.store.records import AckResult
from webcare.timeparse import iso_utc

# ---------------------------------------------------------------- a source's failure


def record_failure(
    db: sqlite3.Connection, source: str, polled_at: datetime, error: str, retry_at: datetime | None
) -> None:
    db.execute(
        """INSERT INTO fetch_state (source, last_polled_at, last_error, retry_at, first_polled_at)
           VALUES (?, ?, ?, ?, ?)
           ON CONFLICT(source) DO UPDATE SET last_polled_at = excluded.last_polled_at,
           last_error = excluded.last_error, retry_at = excluded.retry_at""",
        (source, iso_utc(polled_at), error, iso_utc(retry_at), iso_utc(polled_at)),
    )


# ---------------------------------------------------------------- memory of reports and alerts


def remember_reported(db: sqlite3.Connection, statuses: dict[str, str], at: datetime) -> None:
    db.execute("DELETE FROM reported")
    db.executemany(
        "INSERT INTO reported (mention_id, status, at) VALUES (?, ?, ?)",
        [(mention, status, iso_utc(at)) for mention, status in statuses.items()],
    )


def remember_alert(db: sqlite3.Connection, pairs: list[tuple[str, str]], at: datetime) -> None:
    stamp = iso_utc(at)
    db.executemany(
        "INSERT OR IGNORE INTO alerted (mention_id, status, at) VALUES (?, ?, ?)",
        [(mention, status, stamp) for mention, status in pairs],
    )
    db.execute("INSERT INTO alerts_sent (at, mentions) VALUES (?, ?)", (stamp, len(pairs)))


def claim_alert(
    db: sqlite3.Connection, pairs: list[tuple[str, str]], at: datetime
) -> set[tuple[str, str]]:
    """Record the pairs no one recorded before; the ones this call recorded."""
    stamp = iso_utc(at)
    claimed = {
        (mention, status)
        for mention, status in pairs
        if db.execute(
            "INSERT OR IGNORE INTO alerted (mention_id, status, at) VALUES (?, ?, ?)",
            (mention, status, stamp),
        ).rowcount
    }
    if claimed:
        db.execute("INSERT INTO alerts_sent (at, mentions) VALUES (?, ?)", (stamp, len(claimed)))
    return claimed


def release_alert(db: sqlite3.Connection, pairs: list[tuple[str, str]], at: datetime) -> None:
    """Forget an alert no target received: its pairs alert again next time."""
    stamp = iso_utc(at)
    db.executemany(
        "DELETE FROM alerted WHERE mention_id = ? AND status = ? AND at = ?",
        [(mention, status, stamp) for mention, status in pairs],
    )
    db.execute(
        """DELETE FROM alerts_sent WHERE seq = (SELECT max(seq) FROM alerts_sent
           WHERE at = ? AND mentions = ?)""",
        (stamp, len(pairs)),
    )


# ---------------------------------------------------------------- people's actions


def responses(
    db: sqlite3.Connection, resolved: Sequence[str], at: datetime
) -> dict[str, sqlite3.Row]:
    """Each mention's written and responded times, before an ack at `at`; an answer cannot
    come before the question, so such an `at` is refused for all of them."""
    rows = {
        mention: db.execute(
            "SELECT created_at, responded_at, responded_via FROM mentions WHERE id = ?",
            (mention,),
        ).fetchone()
        for mention in resolved
    }
    acting.refuse_before_written(at, {m: _time(row["created_at"]) for m, row in rows.items()})
    return rows


def _time(text: str) -> datetime:
    """A stored time (ISO 8601 in UTC) as an aware datetime."""
    return datetime.fromisoformat(text)


def ack(
    db: sqlite3.Connection,
    rows: dict[str, sqlite3.Row],
    by: str | None,
    at: datetime,
    note: str | None,
) -> list[AckResult]:
    results = []
    stamp = iso_utc(at)
    for mention, row in rows.items():
        responded = row["responded_at"]
        kept = acting.ack_kept(
            mention, _time(responded) if responded else None, row["responded_via"], at, note
        )
        if kept is not None:
            if note:  # answered already (by a colleague a moment ago): the note stays
                db.execute(
                    "INSERT INTO actions (mention_id, action, by, at, note) "
                    "VALUES (?, 'note', ?, ?, ?)",
                    (mention, by, stamp, note),
                )
            results.append(kept)
            continue
        db.execute(
            "INSERT INTO actions (mention_id, action, by, at, note) VALUES (?, 'ack', ?, ?, ?)",
            (mention, by, stamp, note),
        )
        db.execute(
            """UPDATE mentions SET responded_at = ?, responded_by = ?, responded_via = 'ack',
               response_note = ? WHERE id = ?""",
            (stamp, by, note, mention),
        )
        results.append(acting.acked(mention, at))
    return results


def reopen(
    db: sqlite3.Connection, resolved: Sequence[str], by: str | None, at: datetime
) -> list[AckResult]:
    results = []
    stamp = iso_utc(at)
    for mention in resolved:
        cursor = db.execute(
            """UPDATE mentions SET responded_at = NULL, responded_by = NULL, responded_via = NULL,
               response_note = NULL WHERE id = ? AND responded_at IS NOT NULL""",
            (mention,),
        )
        unanswered = cursor.rowcount > 0
        cursor = db.execute(
            """UPDATE mentions SET needs_reply = 1, needs_reply_reason = ?, reply_decided = 1
               WHERE id = ? AND (needs_reply = 0 OR reply_decided = 0)""",
            (acting.reopen_reason(by, at), mention),
        )
        needs_reply = cursor.rowcount > 0
        if unanswered or needs_reply:
            db.execute(
                "INSERT INTO actions (mention_id, action, by, at) VALUES (?, 'reopen', ?, ?)",
                (mention, by, stamp),
            )
        results.append(acting.reopened(mention, unanswered, needs_reply))
    return results


def no_reply(
    db: sqlite3.Connection,
    resolved: Sequence[str],
    by: str | None,
    at: datetime,
    note: str | None,
) -> list[AckResult]:
    results = []
    stamp = iso_utc(at)
    reason = acting.no_reply_reason(by, at, note)
    for mention in resolved:
        cursor = db.execute(
            """UPDATE mentions SET needs_reply = 0, needs_reply_reason = ?, reply_decided = 1
               WHERE id = ? AND (needs_reply = 1 OR reply_decided = 0)""",
            (reason, mention),
        )
        changed = cursor.rowcount > 0
        if changed:
            db.execute(
                "INSERT INTO actions (mention_id, action, by, at, note) VALUES (?, 'no_reply', ?, ?, ?)",
                (mention, by, stamp, note),
            )
        results.append(acting.no_replied(mention, changed))
    return results


def assign(
    db: sqlite3.Connection,
    resolved: Sequence[str],
    to: str | None,
    by: str | None,
    at: datetime,
    note: str | None,
) -> list[AckResult]:
    results = []
    stamp = iso_utc(at)
    for mention in resolved:
        row = db.execute("SELECT assignee FROM mentions WHERE id = ?", (mention,)).fetchone()
        decided = acting.assignment(mention, row["assignee"] if row is not None else None, to, note)
        if isinstance(decided, AckResult):
            results.append(decided)
            continue
        db.execute("UPDATE mentions SET assignee = ? WHERE id = ?", (to, mention))
        db.execute(
            "INSERT INTO actions (mention_id, action, by, at, note) VALUES (?, ?, ?, ?, ?)",
            (mention, decided.action, by, stamp, decided.note),
        )
        results.append(decided.result)
    return results
