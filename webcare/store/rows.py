"""A stored mention from one `mentions` row, the same on every backend: each backend
passes how it reads a time and a list of strings (SQLite: ISO text and JSON text;
PostgreSQL: timestamptz and jsonb), and the record is built here once."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from operator import itemgetter
from typing import Any

from webcare.floorrow import FloorRow
from webcare.model import (
    Analysis,
    Answered,
    Channel,
    Mention,
    Response,
    Route,
    Sentiment,
    SentimentLabel,
    Sighting,
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
Seen = Mapping[str, Sequence[Sighting]]
"""Mention id -> where else the same post was seen (each backend's `sightings`)."""


def with_seen(items: list[StoredMention], seen: Seen) -> list[StoredMention]:
    """The mentions, each with where else its post was seen."""
    if not seen:
        return items
    return [
        replace(item, also_seen=tuple(seen[item.mention.id])) if item.mention.id in seen else item
        for item in items
    ]


def mark_seen(rows: list[FloorRow], seen: Seen) -> list[FloorRow]:
    """The floor's rows, each with where else its post was seen (set in place)."""
    for row in rows:
        if row.id in seen:
            row.also_seen = tuple(seen[row.id])
    return rows


def floor_rows(
    names: Sequence[str], rows: Iterable[Sequence[Any]], time: TimeOf, strings: StringsOf
) -> list[FloorRow]:
    """Rows of every column (`names`, as read) as the floor reads them: each field as
    `stored_mention` reads it, for the fields the floor's rules use; the row is kept for
    `FloorRow.whole`."""
    pick = itemgetter(*(names.index(column) for column in _FLOOR))
    terms_at = names.index("key_terms") if "key_terms" in names else None

    def build(row: Sequence[Any]) -> StoredMention:
        return stored_mention(dict(zip(names, row, strict=True)), time, strings)

    made: list[FloorRow] = []
    for row in rows:
        (
            id_, source, channel, text, created_at, author, reach, in_reply_to, score, label,
            level, categories, topics, route, needs_reply, reason, responded_at, thread_id,
            backfilled, reply_decided, due_at, stamp, settled, reasons, words, first_seen,
            language,
        ) = pick(row)  # fmt: skip
        # What `whole` alone would read, read now as well: a damaged value fails the read
        # (the store's StoreError), as it did when every row was built whole.
        strings(reasons), strings(words), time(first_seen)
        item = FloorRow()
        item.mention = item.analysis = item.sentiment = item.urgency = item
        item.id = id_
        item.source = source
        item.channel = _CHANNELS.get(channel) or Channel(channel)
        item.text = text
        item.created_at = time(created_at) or EPOCH
        item.author = author
        item.author_reach = reach
        item.in_reply_to = in_reply_to
        item.language = language
        item.score = score
        item.label = _SENTIMENTS.get(label) or SentimentLabel(label)
        item.level = _LEVELS.get(level) or UrgencyLevel(level)
        item.categories = strings(categories)
        item.topics = strings(topics)
        item.route = _ROUTES.get(route) or Route(route)
        item.needs_reply = bool(needs_reply)
        item.needs_reply_reason = reason
        if responded_at is None:
            item.response = None
        else:
            item.response = item
            item.at = time(responded_at) or EPOCH
        item.thread_id = thread_id
        item.backfilled = bool(backfilled)
        item.reply_decided = bool(reply_decided)
        item.due_at = time(due_at)
        item.policy_stamp = stamp
        item.settled = None if settled is None else verdict_from_json(settled)  # most: open
        item.also_seen = ()
        item.kept_terms = None if terms_at is None else row[terms_at]
        item.row = row
        item.build = build
        made.append(item)
    return made


_FLOOR = (
    "id", "source", "channel", "text", "created_at", "author", "author_reach", "in_reply_to",
    "sentiment_score", "sentiment_label", "urgency_level", "urgency_categories", "topics",
    "route", "needs_reply", "needs_reply_reason", "responded_at", "thread_id", "backfilled",
    "reply_decided", "due_at", "policy_stamp", "settled", "urgency_reasons", "sentiment_words",
    "first_seen_at", "language",
)  # fmt: skip
"""The columns `floor_rows` reads, in the order it unpacks them."""

WHOLE = (
    *_FLOOR, "native_id", "url", "created_at_estimated", "rating", "route_reason",
    "responded_by", "responded_via", "response_note", "assignee", "owed",
)  # fmt: skip
"""Every column `stored_mention` reads: what a floor row is read with, to be built whole
when shown. Not the keys duplicates are found by (`url_key`, `text_key`, the text folded
again) nor `id_space`: read for thousands of rows, never used."""


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

LIGHT = (
    "id",
    "created_at",
    "channel",
    "source",
    "language",
    "sentiment_label",
    "sentiment_score",
    "topics",
    "urgency_categories",
    "responded_at",
    "settled",
    "thread_id",
    "backfilled",
)
"""The columns `split_light` reads of each row, in this order: what an `Answered` row
holds and what decides whether a row is one."""
_light = itemgetter(*LIGHT)


def split_answered(
    rows: Sequence[Row], now: Any, late_before: Any, time: TimeOf, strings: StringsOf
) -> tuple[list[Row], list[Answered]] | None:
    """`Store.split_answered` on rows already read (`now` and `late_before` as the backend
    stores a time): the rows to build whole, and the `Answered` ones; None when a kept
    verdict cannot be read (`split_light` on their LIGHT columns)."""
    split = split_light([_light(row) for row in rows], now, late_before, time, strings)
    if split is None:
        return None
    whole, answered = split
    return [rows[n] for n in whole], answered


def split_light(
    rows: Sequence[Sequence[Any]], now: Any, late_before: Any, time: TimeOf, strings: StringsOf
) -> tuple[list[int], list[Answered]] | None:
    """`split_answered` on rows of the LIGHT columns (more may follow): the positions of
    the rows to build whole, in order, and the `Answered` ones; None when a kept verdict
    cannot be read. A conversation with a mention answered by `now` but not judged yet is
    read whole: that one's clock may run from another's time."""
    # By position in LIGHT: 1 created_at, 9 responded_at, 10 settled, 11 thread_id,
    # 12 backfilled (a tuple's items by index: no look-up by name, 40,000 rows a digest).
    waiting = {
        row[11]
        for row in rows
        if row[11] is not None
        and not row[12]
        and row[10] is None
        and row[9] is not None
        and row[9] <= now
    }
    whole: list[int] = []
    answered: list[Answered] = []
    for n, row in enumerate(rows):
        created_at, responded_at, settled, thread, backfilled = (
            row[1], row[9], row[10], row[11], row[12]
        )  # fmt: skip
        early = late_before is not None and created_at < late_before
        if (
            settled is not None
            and (IN_TIME in settled or early)
            and not backfilled
            and responded_at is not None
            and responded_at <= now
            and (thread is None or thread not in waiting)
        ):
            verdict = verdict_outcome(settled)
            if verdict is None or (verdict[1] and not early):
                return None
            # Answered's fields in order, as a tuple built in C (its own __new__ is a
            # Python call, and a week has tens of thousands).
            answered.append(
                new(
                    Answered,
                    (
                        row[0],
                        time(created_at) or EPOCH,
                        row[2],
                        row[3],
                        row[4],
                        _SENTIMENTS.get(row[5]) or SentimentLabel(row[5]),
                        row[6],
                        strings(row[7]),
                        strings(row[8]),
                        time(responded_at) or EPOCH,
                        *verdict,
                    ),
                )
            )
        else:
            whole.append(n)
    return whole, answered


new = tuple.__new__

IN_TIME = '"late": false'
"""How `store.settling.verdict_to_json` writes an answer in time."""
