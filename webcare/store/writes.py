"""The SQLite store's writes: a source's batch, its fetch state, and people's actions.

Functions of a connection, called by `webcare.store.sqlite.SqliteStore` inside one of its
transactions; it turns any `sqlite3.Error` into a `StoreError`. The domain decisions are
the pure rules' (`dedupe.same_post`, `webcare.conversations`): this module fetches the
rows they look at and writes what they decide.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from datetime import UTC, datetime

from webcare import conversations
from webcare.conversations import BrandAnswer, Waiting
from webcare.dedupe import PostKeys, StoredPost, same_post
from webcare.errors import UsageError
from webcare.model import Analysis, Mention, Reply, mention_id
from webcare.store.base import AckResult, BatchResult, FetchState
from webcare.store.queries import EPOCH, time_of
from webcare.timeparse import iso_utc

# ---------------------------------------------------------------- a source's batch


def save_batch(
    db: sqlite3.Connection,
    source: str,
    mentions: Sequence[tuple[Mention, Analysis]],
    replies: Sequence[Reply],
    *,
    polled_at: datetime,
    state: FetchState | None,
    history_before: datetime | None,
    undated_is_history: bool,
) -> BatchResult:
    new = seen = applied = also = history = 0
    first_seen = iso_utc(polled_at)
    for mention, analysis in mentions:
        keys = PostKeys.of(mention)
        if _record_sighting(db, mention, first_seen, keys):
            also += 1
        elif _insert_mention(db, mention, analysis, first_seen, keys):
            new += 1
            if (history_before is not None and mention.created_at < history_before) or (
                undated_is_history and mention.created_at_estimated
            ):
                history += 1
                db.execute("UPDATE mentions SET backfilled = 1 WHERE id = ?", (mention.id,))
        else:
            seen += 1
    for reply in replies:
        applied += _insert_reply(db, reply)
    _save_state(db, source, polled_at, state)
    return BatchResult(new, seen, applied, also, history)


def record_failure(
    db: sqlite3.Connection, source: str, polled_at: datetime, error: str, retry_at: datetime | None
) -> None:
    db.execute(
        """INSERT INTO fetch_state (source, last_polled_at, last_error, retry_at)
           VALUES (?, ?, ?, ?)
           ON CONFLICT(source) DO UPDATE SET last_polled_at = excluded.last_polled_at,
           last_error = excluded.last_error, retry_at = excluded.retry_at""",
        (source, iso_utc(polled_at), error, iso_utc(retry_at)),
    )


def _save_state(
    db: sqlite3.Connection, source: str, at: datetime, state: FetchState | None
) -> None:
    stamp = iso_utc(at)
    if state is None:
        db.execute(
            """INSERT INTO fetch_state (source, last_polled_at, last_ok_at, last_error)
               VALUES (?, ?, ?, NULL) ON CONFLICT(source) DO UPDATE SET
               last_polled_at = excluded.last_polled_at, last_ok_at = excluded.last_ok_at,
               last_error = NULL, retry_at = NULL""",
            (source, stamp, stamp),
        )
        return
    db.execute(
        """INSERT INTO fetch_state (source, etag, last_modified, last_polled_at, last_ok_at, last_error)
           VALUES (?, ?, ?, ?, ?, NULL) ON CONFLICT(source) DO UPDATE SET etag = excluded.etag,
           last_modified = excluded.last_modified, last_polled_at = excluded.last_polled_at,
           last_ok_at = excluded.last_ok_at, last_error = excluded.last_error, retry_at = NULL""",
        (source, state.etag, state.last_modified, stamp, stamp),
    )


def _record_sighting(
    db: sqlite3.Connection, m: Mention, first_seen: str | None, keys: PostKeys
) -> bool:
    """Keep `m` as another sighting of a stored post, when it is one (`dedupe.same_post`
    decides); True if it was."""
    if db.execute("SELECT 1 FROM mentions WHERE id = ?", (m.id,)).fetchone():
        return False  # the mention itself, polled again
    if keys.url is None and keys.text is None:
        return False
    rows = db.execute(
        """SELECT id, source, text, author, created_at, url_key, text_key FROM mentions
           WHERE (url_key = ? OR text_key = ?) AND source != ?""",
        (keys.url, keys.text, m.source),
    ).fetchall()
    match = same_post(
        m,
        keys,
        (
            StoredPost(
                row["id"],
                row["source"],
                row["text"],
                row["author"],
                time_of(row["created_at"]) or m.created_at,
                PostKeys(row["url_key"], row["text_key"]),
            )
            for row in rows
        ),
    )
    if match is None:
        return False
    db.execute(
        """INSERT OR IGNORE INTO also_seen (id, mention_id, source, native_id, url, seen_at,
           matched_by) VALUES (?, ?, ?, ?, ?, ?, ?)""",
        (
            m.id,
            match.mention_id,
            m.source,
            m.native_id,
            m.url,
            first_seen or iso_utc(m.created_at),
            match.matched_by,
        ),
    )
    return True


def _insert_mention(
    db: sqlite3.Connection, m: Mention, a: Analysis, first_seen: str | None, keys: PostKeys
) -> bool:
    cursor = db.execute(
        """INSERT OR IGNORE INTO mentions (id, source, channel, native_id, url, author,
           author_reach, text, created_at, created_at_estimated, rating, in_reply_to,
           first_seen_at, language, sentiment_score, sentiment_label, sentiment_words,
           urgency_level, urgency_reasons, urgency_categories, topics, route, route_reason,
           needs_reply, needs_reply_reason)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            m.id, m.source, m.channel.value, m.native_id, m.url, m.author, m.author_reach,
            m.text, iso_utc(m.created_at), int(m.created_at_estimated), m.rating,
            m.in_reply_to, first_seen, a.language, a.sentiment.score, a.sentiment.label.value,
            json.dumps(a.sentiment.words), a.urgency.level.value, json.dumps(a.urgency.reasons),
            json.dumps(a.urgency.categories), json.dumps(a.topics), a.route.value, a.route_reason,
            int(a.needs_reply), a.needs_reply_reason,
        ),
    )  # fmt: skip
    if cursor.rowcount == 0:
        return False
    parent = _parent_thread(db, m.in_reply_to) if m.in_reply_to else None
    thread = conversations.thread_of(m, parent)
    db.execute(
        "UPDATE mentions SET thread_id = ?, url_key = ?, text_key = ? WHERE id = ?",
        (thread, keys.url, keys.text, m.id),
    )
    adopted = conversations.adopted_thread(m, thread)
    if adopted is not None:
        db.execute("UPDATE mentions SET thread_id = ? WHERE thread_id = ?", (thread, adopted))
        db.execute("UPDATE replies SET thread_id = ? WHERE thread_id = ?", (thread, adopted))
    # Brand replies already stored may answer it (and the answers just adopted): those
    # replying to it and those of its conversation; `conversations.answered` decides.
    replies = db.execute(
        """SELECT author, created_at, in_reply_to FROM replies
           WHERE thread_id = ? OR in_reply_to = ? ORDER BY created_at""",
        (thread, m.native_id),
    ).fetchall()
    for reply in replies:
        _answer(
            db,
            BrandAnswer(
                reply["in_reply_to"],
                thread,
                time_of(reply["created_at"]) or m.created_at,
                reply["author"],
            ),
        )
    return True


def _insert_reply(db: sqlite3.Connection, reply: Reply) -> int:
    reply_id = mention_id(
        reply.source, native_id=reply.native_id, author=reply.author,
        text=reply.in_reply_to, created_at=reply.created_at,
    )  # fmt: skip
    thread = conversations.joined_thread(reply.in_reply_to, _parent_thread(db, reply.in_reply_to))
    cursor = db.execute(
        """INSERT OR IGNORE INTO replies (id, source, native_id, in_reply_to, author, created_at, thread_id)
           VALUES (?, ?, ?, ?, ?, ?, ?)""",
        (
            reply_id, reply.source, reply.native_id, reply.in_reply_to, reply.author,
            iso_utc(reply.created_at), thread,
        ),
    )  # fmt: skip
    if cursor.rowcount == 0:
        return 0
    # To the second, as stored: the rule compares it with stored times.
    at = reply.created_at.astimezone(UTC).replace(microsecond=0)
    return _answer(db, BrandAnswer(reply.in_reply_to, thread, at, reply.author))


def _answer(db: sqlite3.Connection, reply: BrandAnswer) -> int:
    """Mark responded what one brand reply answers (`conversations.answered` decides from
    the messages it could answer); how many were."""
    rows = db.execute(
        """SELECT id, native_id, thread_id, created_at, responded_at FROM mentions
           WHERE native_id = ? OR thread_id = ?
              OR id IN (SELECT mention_id FROM also_seen WHERE native_id = ?)""",
        (reply.in_reply_to, reply.thread_id, reply.in_reply_to),
    ).fetchall()
    if not rows:
        return 0
    sighted = {
        row[0]
        for row in db.execute(
            "SELECT mention_id FROM also_seen WHERE native_id = ?", (reply.in_reply_to,)
        )
    }
    messages = [
        Waiting(
            row["id"],
            row["native_id"],
            row["thread_id"],
            time_of(row["created_at"]) or EPOCH,
            time_of(row["responded_at"]),
            frozenset({reply.in_reply_to}) if row["id"] in sighted else frozenset(),
        )
        for row in rows
    ]
    ids = conversations.answered(reply, messages)
    db.executemany(
        """UPDATE mentions SET responded_at = ?, responded_by = ?, responded_via = 'reply',
           response_note = NULL WHERE id = ?""",
        [(iso_utc(reply.at), reply.author, mention) for mention in ids],
    )
    return len(ids)


def _parent_thread(db: sqlite3.Connection, native_id: str) -> str | None:
    """The conversation of the stored post with this native id (a mention, a brand reply or
    another source's sighting of a mention); None when it is not stored."""
    for table in ("mentions", "replies"):
        row = db.execute(
            f"SELECT thread_id FROM {table} WHERE native_id = ? AND thread_id IS NOT NULL LIMIT 1",
            (native_id,),
        ).fetchone()
        if row is not None:
            return str(row["thread_id"])
    row = db.execute(
        """SELECT m.thread_id FROM also_seen a JOIN mentions m ON m.id = a.mention_id
           WHERE a.native_id = ? AND m.thread_id IS NOT NULL LIMIT 1""",
        (native_id,),
    ).fetchone()
    return str(row["thread_id"]) if row is not None else None


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
    stamp = iso_utc(at) or ""
    rows = {
        mention: db.execute(
            "SELECT created_at, responded_at, responded_via FROM mentions WHERE id = ?",
            (mention,),
        ).fetchone()
        for mention in resolved
    }
    early = [m for m, row in rows.items() if row["created_at"] > stamp]
    if early:
        raise UsageError(
            f"--at {stamp} is before {early[0][:8]} was written ({rows[early[0]]['created_at']}); "
            "an answer cannot come before the question"
            + (f" ({len(early)} mentions)" if len(early) > 1 else "")
        )
    return rows


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
        if row["responded_at"] is not None and row["responded_at"] <= stamp:
            results.append(
                AckResult(
                    mention,
                    False,
                    f"already responded ({row['responded_via']}) at {row['responded_at']}",
                )
            )
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
        results.append(AckResult(mention, True, f"acknowledged at {stamp}"))
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
            (f"reopened by {by or 'someone'} at {stamp}", mention),
        )
        needs_reply = cursor.rowcount > 0
        if unanswered or needs_reply:
            db.execute(
                "INSERT INTO actions (mention_id, action, by, at) VALUES (?, 'reopen', ?, ?)",
                (mention, by, stamp),
            )
        detail = {
            (True, True): "reopened: the response is undone and it needs a reply",
            (True, False): "reopened",
            (False, True): "reopened: it needs a reply",
            (False, False): "was already open",
        }[unanswered, needs_reply]
        results.append(AckResult(mention, unanswered or needs_reply, detail))
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
    reason = f"marked by {by or 'someone'} at {stamp}" + (f": {note}" if note else "")
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
        results.append(
            AckResult(mention, changed, "needs no reply" if changed else "already needed no reply")
        )
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
        before = row["assignee"] if row is not None else None
        if (before or "").casefold() == (to or "").casefold():
            detail = f"already with {to}" if to else "was not assigned"
            results.append(AckResult(mention, False, detail))
            continue
        db.execute("UPDATE mentions SET assignee = ? WHERE id = ?", (to, mention))
        action, what = ("assign", f"to {to}") if to else ("release", f"from {before}")
        db.execute(
            "INSERT INTO actions (mention_id, action, by, at, note) VALUES (?, ?, ?, ?, ?)",
            (mention, action, by, stamp, f"{what}: {note}" if note else what),
        )
        results.append(
            AckResult(mention, True, f"assigned to {to}" if to else f"released (was {before})")
        )
    return results
