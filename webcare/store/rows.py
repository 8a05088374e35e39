"""A stored mention from one `mentions` row, the same on every backend: each backend
passes how it reads a time and a list of strings (SQLite: ISO text and JSON text;
PostgreSQL: timestamptz and jsonb), and the record is built here once."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import UTC, datetime
from typing import Any

from webcare.model import (
    Analysis,
    Answered,
    Channel,
    Mention,
    Response,
    Route,
    Sentiment,
    SentimentLabel,
    StoredMention,
    Urgency,
    UrgencyLevel,
)
from webcare.store.settling import verdict_from_json, verdict_outcome

EPOCH = datetime.fromtimestamp(0, UTC)

# Enum members by value: a lookup, not an Enum call, for tens of thousands of rows.
_CHANNELS = {c.value: c for c in Channel}
_SENTIMENTS = {label.value: label for label in SentimentLabel}
_LEVELS = {level.value: level for level in UrgencyLevel}
_ROUTES = {route.value: route for route in Route}

TimeOf = Callable[[Any], datetime | None]
StringsOf = Callable[[Any], tuple[str, ...]]


def stored_mention(row: Mapping[str, Any], time: TimeOf, strings: StringsOf) -> StoredMention:
    mention = Mention(
        id=row["id"],
        source=row["source"],
        channel=_CHANNELS.get(row["channel"]) or Channel(row["channel"]),
        text=row["text"],
        created_at=time(row["created_at"]) or EPOCH,
        native_id=row["native_id"],
        url=row["url"],
        author=row["author"],
        author_reach=row["author_reach"],
        rating=row["rating"],
        in_reply_to=row["in_reply_to"],
        created_at_estimated=bool(row["created_at_estimated"]),
    )
    analysis = Analysis(
        language=row["language"],
        sentiment=Sentiment(
            row["sentiment_score"],
            _SENTIMENTS.get(row["sentiment_label"]) or SentimentLabel(row["sentiment_label"]),
            strings(row["sentiment_words"]),
        ),
        urgency=Urgency(
            _LEVELS.get(row["urgency_level"]) or UrgencyLevel(row["urgency_level"]),
            strings(row["urgency_reasons"]),
            strings(row["urgency_categories"]),
        ),
        topics=strings(row["topics"]),
        route=_ROUTES.get(row["route"]) or Route(row["route"]),
        route_reason=row["route_reason"],
        needs_reply=bool(row["needs_reply"]),
        needs_reply_reason=row["needs_reply_reason"],
    )
    response = None
    if row["responded_at"] is not None:
        response = Response(
            at=time(row["responded_at"]) or EPOCH,
            by=row["responded_by"],
            via=row["responded_via"] or "ack",
            note=row["response_note"],
        )
    return StoredMention(
        mention=mention,
        analysis=analysis,
        first_seen_at=time(row["first_seen_at"]) or mention.created_at,
        response=response,
        thread_id=row["thread_id"],
        backfilled=bool(row["backfilled"]),
        reply_decided=bool(row["reply_decided"]),
        assignee=row["assignee"],
        owed=None if row["owed"] is None else bool(row["owed"]),
        due_at=time(row["due_at"]),
        policy_stamp=row["policy_stamp"],
        settled=verdict_from_json(row["settled"]),
    )



Row = Mapping[str, Any]


def split_answered(
    rows: Sequence[Row], now: Any, late_before: Any, time: TimeOf, strings: StringsOf
) -> tuple[list[Row], list[Answered]] | None:
    """`Store.split_answered` on rows already read (`now` and `late_before` as the backend
    stores a time): the rows to build whole, and the `Answered` ones; None when a kept
    verdict cannot be read. A conversation with a mention answered by `now` but not judged
    yet is read whole: that one's clock may run from another's time."""
    waiting = {
        row["thread_id"]
        for row in rows
        if row["thread_id"] is not None
        and not row["backfilled"]
        and row["settled"] is None
        and row["responded_at"] is not None
        and row["responded_at"] <= now
    }
    whole: list[Row] = []
    answered: list[Answered] = []
    for row in rows:
        settled = row["settled"]
        early = late_before is not None and row["created_at"] < late_before
        if (
            settled is not None
            and (IN_TIME in settled or early)
            and not row["backfilled"]
            and row["responded_at"] is not None
            and row["responded_at"] <= now
            and (row["thread_id"] is None or row["thread_id"] not in waiting)
        ):
            one = answered_row(row, time, strings, late=early)
            if one is None:
                return None
            answered.append(one)
        else:
            whole.append(row)
    return whole, answered


IN_TIME = '"late": false'
"""How `store.settling.verdict_to_json` writes an answer in time."""


def answered_row(
    row: Row, time: TimeOf, strings: StringsOf, *, late: bool = False
) -> Answered | None:
    """A mention answered by `now` with its kept verdict, from its row; None when the
    verdict cannot be read (then it is read whole), or says late unless `late`."""
    verdict = verdict_outcome(row["settled"])
    if verdict is None or (verdict[1] and not late):
        return None
    needs_reply, answered_late = verdict
    return Answered(
        id=row["id"],
        created_at=time(row["created_at"]) or EPOCH,
        channel=row["channel"],
        source=row["source"],
        language=row["language"],
        sentiment_label=_SENTIMENTS.get(row["sentiment_label"])
        or SentimentLabel(row["sentiment_label"]),
        sentiment_score=row["sentiment_score"],
        topics=strings(row["topics"]),
        categories=strings(row["urgency_categories"]),
        responded_at=time(row["responded_at"]) or EPOCH,
        needs_reply=needs_reply,
        late=answered_late,
    )
