"""A stored mention as the floor reads it: one flat object per row, built straight from
the row the store read, instead of the five or six frozen records of a `StoredMention`.
Pure.

A report reads thousands of rows to show fifty: every one is evaluated (SLA), ranked,
counted and offered to the incident grouping, but only the shown ones are rendered. Those
rules read a handful of attributes (`item.mention.created_at`, `item.analysis.urgency.level`,
`item.response.at`, ...); a `FloorRow` answers each of them under the same path, its
`mention`, `analysis`, `sentiment` and `urgency` being the row itself and its `response`
the row itself or None, so the one implementation of those rules serves both. `whole`
builds the real `StoredMention` from the kept row, for the rows a report shows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Any, cast

from webcare.model import (
    Channel,
    Route,
    SentimentLabel,
    Sighting,
    SlaState,
    StoredMention,
    UrgencyLevel,
)


class FloorRow:
    """The floor's view of one stored mention (see the module's docstring)."""

    __slots__ = (
        # the paths a StoredMention's readers take: the row itself (response: or None)
        "mention",
        "analysis",
        "sentiment",
        "urgency",
        "response",
        # Mention
        "id",
        "source",
        "channel",
        "text",
        "created_at",
        "author",
        "author_reach",
        "in_reply_to",
        # Analysis, Sentiment, Urgency
        "language",
        "score",
        "label",
        "level",
        "reasons",
        "categories",
        "topics",
        "route",
        "needs_reply",
        "needs_reply_reason",
        # Response
        "at",
        # StoredMention
        "thread_id",
        "backfilled",
        "reply_decided",
        "due_at",
        "policy_stamp",
        "settled",
        "also_seen",
        "kept_terms",
        # the row as read, and how it becomes a StoredMention
        "row",
        "build",
    )

    mention: FloorRow
    analysis: FloorRow
    sentiment: FloorRow
    urgency: FloorRow
    response: FloorRow | None
    id: str
    source: str
    channel: Channel
    text: str
    created_at: datetime
    author: str | None
    author_reach: int | None
    in_reply_to: str | None
    language: str
    score: float
    label: SentimentLabel
    level: UrgencyLevel
    reasons: tuple[str, ...]
    categories: tuple[str, ...]
    topics: tuple[str, ...]
    route: Route
    needs_reply: bool
    needs_reply_reason: str
    at: datetime
    thread_id: str | None
    backfilled: bool
    reply_decided: bool
    due_at: datetime | None
    policy_stamp: str | None
    settled: SlaState | None
    also_seen: tuple[Sighting, ...]
    kept_terms: str | None
    """What the store kept of the text for the incidents (`incidents.kept_terms`)."""
    row: Sequence[Any]
    build: Callable[[Sequence[Any]], StoredMention]

    def whole(self) -> StoredMention:
        """The stored mention this row is, built whole (with where else it was seen)."""
        item = self.build(self.row)
        return replace(item, also_seen=self.also_seen) if self.also_seen else item


def whole(item: StoredMention) -> StoredMention:
    """`item` itself, or the whole StoredMention when it is a `FloorRow`."""
    kept: object = item  # typed as a StoredMention where the floor's rules take it
    if type(kept) is FloorRow:
        return kept.whole()
    return item


def as_stored(rows: list[FloorRow]) -> list[StoredMention]:
    """The rows where the floor's rules take stored mentions: each reads as one (the
    module's docstring), and `whole` makes a real one of those shown."""
    return cast("list[StoredMention]", rows)
