"""The SQLite store's SQL for learning from the team: people's corrections (`labels`) and
the models `webcare learn` trains (`learned`). Functions of a connection, called by
`webcare.store.sqlite.SqliteStore` inside its reads and transactions.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from webcare.errors import NotFoundError
from webcare.labels import Correction, Judged, Label, changes
from webcare.model import Analysis, SentimentLabel, UrgencyLevel
from webcare.store.queries import EPOCH, time_of
from webcare.store.records import AckResult, LearnedRecord
from webcare.timeparse import iso_utc

# ---------------------------------------------------------------- reads


def labels(db: sqlite3.Connection, mention: str | None) -> list[Label]:
    where = "WHERE l.mention_id = ?" if mention is not None else ""
    rows = db.execute(
        f"""SELECT l.*, m.text, m.rating, m.source FROM labels l
            JOIN mentions m ON m.id = l.mention_id {where} ORDER BY l.seq""",
        (mention,) if mention is not None else (),
    )
    return [
        Label(
            mention_id=row["mention_id"],
            by=row["by"],
            at=time_of(row["at"]) or EPOCH,
            note=row["note"],
            correction=Correction(
                SentimentLabel(row["sentiment"]) if row["sentiment"] else None,
                UrgencyLevel(row["urgency"]) if row["urgency"] else None,
                row["category"],
                None if row["needs_reply"] is None else bool(row["needs_reply"]),
            ),
            before=Judged(
                row["was_sentiment"],
                row["was_urgency"],
                tuple(json.loads(row["was_categories"])),
                bool(row["was_needs_reply"]),
            ),
            text=row["text"],
            rating=row["rating"],
            source=row["source"],
        )
        for row in rows
    ]


def learned_model(db: sqlite3.Connection, enabled_only: bool) -> LearnedRecord | None:
    where = "WHERE enabled = 1" if enabled_only else ""
    row = db.execute(f"SELECT * FROM learned {where} ORDER BY seq DESC LIMIT 1").fetchone()
    if row is None:
        return None
    return LearnedRecord(
        trained_at=time_of(row["trained_at"]) or EPOCH,
        trained_by=row["trained_by"],
        labels=row["labels"],
        meta=row["meta"],
        weights=bytes(row["weights"]),
        enabled=bool(row["enabled"]),
        disabled_at=time_of(row["disabled_at"]),
        disabled_by=row["disabled_by"],
    )


# ---------------------------------------------------------------- writes


def label(
    db: sqlite3.Connection,
    mention: str,
    correction: Correction,
    before: Judged,
    after: Analysis,
    by: str | None,
    at: datetime,
    note: str | None,
) -> AckResult | None:
    """None, writing nothing, when its judgement is no longer `before` (a colleague's label
    came first): the caller works the correction out again from what is stored now."""
    row = db.execute(
        """SELECT sentiment_label, urgency_level, urgency_categories, needs_reply
           FROM mentions WHERE id = ?""",
        (mention,),
    ).fetchone()
    if row is None:  # forgotten or purged since it was read
        raise NotFoundError(f"no mention with id {mention!r}")
    now_judged = Judged(
        row["sentiment_label"],
        row["urgency_level"],
        tuple(json.loads(row["urgency_categories"])),
        bool(row["needs_reply"]),
    )
    if now_judged != before:
        return None
    stamp = iso_utc(at)
    reply = None if correction.needs_reply is None else int(correction.needs_reply)
    db.execute(
        """INSERT INTO labels (mention_id, by, at, note, sentiment, urgency, category,
           needs_reply, was_sentiment, was_urgency, was_categories, was_needs_reply)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            mention, by, stamp, note,
            correction.sentiment.value if correction.sentiment else None,
            correction.urgency.value if correction.urgency else None,
            correction.category, reply, before.sentiment, before.urgency,
            json.dumps(before.categories), int(before.needs_reply),
        ),
    )  # fmt: skip
    said = changes(before, correction)
    db.execute(
        "INSERT INTO actions (mention_id, action, by, at, note) VALUES (?, 'label', ?, ?, ?)",
        (mention, by, stamp, f"{said}: {note}" if note else said),
    )
    a = after
    db.execute(
        """UPDATE mentions SET sentiment_score = ?, sentiment_label = ?, sentiment_words = ?,
           urgency_level = ?, urgency_reasons = ?, urgency_categories = ?, route = ?,
           route_reason = ?, needs_reply = ?, needs_reply_reason = ?,
           reply_decided = reply_decided OR ? WHERE id = ?""",
        (
            a.sentiment.score, a.sentiment.label.value, json.dumps(a.sentiment.words),
            a.urgency.level.value, json.dumps(a.urgency.reasons), json.dumps(a.urgency.categories),
            a.route.value, a.route_reason, int(a.needs_reply), a.needs_reply_reason,
            int(correction.needs_reply is not None), mention,
        ),
    )  # fmt: skip
    return AckResult(mention, True, f"labelled: {said}")


def save_model(db: sqlite3.Connection, record: LearnedRecord) -> None:
    db.execute(
        """INSERT INTO learned (trained_at, trained_by, labels, meta, weights, enabled)
           VALUES (?, ?, ?, ?, ?, ?)""",
        (
            iso_utc(record.trained_at), record.trained_by, record.labels, record.meta,
            record.weights, int(record.enabled),
        ),
    )  # fmt: skip


def disable_model(db: sqlite3.Connection, by: str | None, at: datetime) -> bool:
    cursor = db.execute(
        "UPDATE learned SET enabled = 0, disabled_at = ?, disabled_by = ? WHERE enabled = 1",
        (iso_utc(at), by),
    )
    return cursor.rowcount > 0
