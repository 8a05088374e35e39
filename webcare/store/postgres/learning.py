"""The PostgreSQL store's SQL for learning from the team (SQLite: `webcare.store.learning`):
people's corrections (`labels`) and the models `webcare learn` trains (`learned`, the
weights as `bytea`). Functions of a cursor, run by `PostgresStore` in one transaction each.
"""

from __future__ import annotations

from datetime import datetime

from psycopg.types.json import Jsonb

from webcare.errors import NotFoundError
from webcare.labels import Correction, Judged, Label, changes
from webcare.model import Analysis, SentimentLabel, UrgencyLevel
from webcare.store.postgres.reads import EPOCH, Cursor, utc
from webcare.store.records import AckResult, LearnedRecord

# ---------------------------------------------------------------- reads


def labels(cur: Cursor, mention: str | None) -> list[Label]:
    where = "WHERE l.mention_id = %s" if mention is not None else ""
    cur.execute(
        f"""SELECT l.*, m.text, m.rating, m.source FROM labels l
            JOIN mentions m ON m.id = l.mention_id {where} ORDER BY l.seq""",
        (mention,) if mention is not None else (),
    )
    return [
        Label(
            mention_id=row["mention_id"],
            by=row["by"],
            at=row["at"] or EPOCH,
            note=row["note"],
            correction=Correction(
                SentimentLabel(row["sentiment"]) if row["sentiment"] else None,
                UrgencyLevel(row["urgency"]) if row["urgency"] else None,
                row["category"],
                row["needs_reply"],
            ),
            before=Judged(
                row["was_sentiment"],
                row["was_urgency"],
                tuple(row["was_categories"]),
                row["was_needs_reply"],
            ),
            text=row["text"],
            rating=row["rating"],
            source=row["source"],
        )
        for row in cur.fetchall()
    ]


def learned_model(cur: Cursor, enabled_only: bool) -> LearnedRecord | None:
    where = "WHERE enabled" if enabled_only else ""
    cur.execute(f"SELECT * FROM learned {where} ORDER BY seq DESC LIMIT 1")
    row = cur.fetchone()
    if row is None:
        return None
    return LearnedRecord(
        trained_at=row["trained_at"],
        trained_by=row["trained_by"],
        labels=row["labels"],
        meta=row["meta"],
        weights=bytes(row["weights"]),
        enabled=row["enabled"],
        disabled_at=row["disabled_at"],
        disabled_by=row["disabled_by"],
    )


# ---------------------------------------------------------------- writes


def label(
    cur: Cursor,
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
    stamp = utc(at)
    cur.execute(
        """SELECT sentiment_label, urgency_level, urgency_categories, needs_reply
           FROM mentions WHERE id = %s FOR UPDATE""",
        (mention,),
    )
    row = cur.fetchone()
    if row is None:  # forgotten or purged since it was read
        raise NotFoundError(f"no mention with id {mention!r}")
    now_judged = Judged(
        row["sentiment_label"],
        row["urgency_level"],
        tuple(row["urgency_categories"]),
        bool(row["needs_reply"]),
    )
    if now_judged != before:
        return None
    cur.execute(
        """INSERT INTO labels (mention_id, "by", at, note, sentiment, urgency, category,
           needs_reply, was_sentiment, was_urgency, was_categories, was_needs_reply)
           VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)""",
        (
            mention, by, stamp, note,
            correction.sentiment.value if correction.sentiment else None,
            correction.urgency.value if correction.urgency else None,
            correction.category, correction.needs_reply, before.sentiment, before.urgency,
            Jsonb(list(before.categories)), before.needs_reply,
        ),
    )  # fmt: skip
    said = changes(before, correction)
    cur.execute(
        """INSERT INTO actions (mention_id, action, "by", at, note)
           VALUES (%s, 'label', %s, %s, %s)""",
        (mention, by, stamp, f"{said}: {note}" if note else said),
    )
    a = after
    cur.execute(
        """UPDATE mentions SET sentiment_score = %s, sentiment_label = %s,
           sentiment_words = %s, urgency_level = %s, urgency_reasons = %s,
           urgency_categories = %s, route = %s, route_reason = %s, needs_reply = %s,
           needs_reply_reason = %s, reply_decided = reply_decided OR %s WHERE id = %s""",
        (
            a.sentiment.score, a.sentiment.label.value, Jsonb(list(a.sentiment.words)),
            a.urgency.level.value, Jsonb(list(a.urgency.reasons)),
            Jsonb(list(a.urgency.categories)), a.route.value, a.route_reason, a.needs_reply,
            a.needs_reply_reason, correction.needs_reply is not None, mention,
        ),
    )  # fmt: skip
    return AckResult(mention, True, f"labelled: {said}")


def save_model(cur: Cursor, record: LearnedRecord) -> None:
    cur.execute(
        """INSERT INTO learned (trained_at, trained_by, labels, meta, weights, enabled)
           VALUES (%s, %s, %s, %s, %s, %s)""",
        (
            utc(record.trained_at), record.trained_by, record.labels, record.meta,
            record.weights, record.enabled,
        ),
    )  # fmt: skip


def disable_model(cur: Cursor, by: str | None, at: datetime) -> bool:
    cur.execute(
        """UPDATE learned SET enabled = false, disabled_at = %s, disabled_by = %s
           WHERE enabled""",
        (utc(at), by),
    )
    return cur.rowcount > 0
