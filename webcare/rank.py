"""Priority: one documented score per mention, its rank and the why. Pure.

The score is a sum of named parts, each shown in `why`, built so that these orderings hold
whatever the other parts say (README "Priority" explains each with a worked example):

  1. An open critical mention (safety, health) ranks above every non-critical one, in any
     SLA state: a customer in danger comes before any late answer.
  2. Among critical ones, a fresh emergency whose clock still runs comes before older
     breached ones: it can still be answered in time, the breached ones cannot.
  3. An open high-urgency mention ranks above normal and low ones unless those are
     breached by far more (about twelve targets' worth).
  4. Praise and thanks (low urgency) never outrank a complaint.
  5. Otherwise, at the same urgency: breached before at risk before ok, more overdue first.

Parts:

  urgency     critical +1000, high +300, normal 0, low (praise, thanks) -1000
  in time     critical and its clock still runs: +500
  SLA         breached: +120, plus 20 per target-length overdue (at most +300);
              at risk: +60; ok: 0; no reply owed: 0 (and why none is owed)
  signals     together at most 50 with the built-in topic weights, so they order mentions
              within the bands above and never across them:
              negativity -20 x sentiment score for negative mentions (0...20),
              reach 5 x log10(reach / 100) from 1,000 followers (at most 15),
              topic: the highest weight among its topics (billing 8, outage 8, product 6,
              delivery 5, account 4, service 2; `[topics.NAME] weight` may set -50...50,
              and a weight above 10 can lift a mention past another SLA state),
              route: human 5, judgement 2, automate 0

Each part is rounded to one decimal and the score is their sum, so `why` adds up. Parts
worth 0 are left out, except "no reply owed", which says why no clock runs.

Order: score (high first), then due time (earliest first), creation time, id: the same
input always gives the same order.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta
from typing import Any

from webcare.model import (
    Priority,
    Ranked,
    Route,
    SentimentLabel,
    SlaState,
    SlaStatus,
    StoredMention,
    UrgencyLevel,
)
from webcare.timeparse import clock_words, format_duration, left_words, over_words

URGENCY_POINTS = {
    UrgencyLevel.CRITICAL: 1000,
    UrgencyLevel.HIGH: 300,
    UrgencyLevel.NORMAL: 0,
    UrgencyLevel.LOW: -1000,
}
IN_TIME_POINTS = 500
"""A critical mention whose clock still runs: it can still be answered in time."""
BREACHED_POINTS = 120
OVERDUE_POINTS_PER_TARGET = 20
OVERDUE_POINTS_MAX = 300
AT_RISK_POINTS = 60
ROUTE_POINTS = {Route.HUMAN: 5, Route.JUDGEMENT: 2, Route.AUTOMATE: 0}
REACH_POINTS_MAX = 15

# The members `_parts` compares with, read once: under Python 3.11 a member read off its
# enum (`SlaStatus.OK`) is a class attribute lookup of about a thousand instructions, and
# a report scores thousands of mentions.
_OK, _AT_RISK, _BREACHED = SlaStatus.OK, SlaStatus.AT_RISK, SlaStatus.BREACHED
_RESPONDED = SlaStatus.RESPONDED
_RUNNING = (_OK, _AT_RISK)
_CRITICAL, _NEGATIVE = UrgencyLevel.CRITICAL, SentimentLabel.NEG


def _minutes_text(minutes: int) -> str:
    return format_duration(timedelta(minutes=minutes))


def _topic(topics: tuple[str, ...], weights: Mapping[str, float]) -> tuple[float, str] | None:
    """The topic with the highest weight (the first of equals), or None without a weighted one."""
    best: tuple[float, str] | None = None
    for topic in topics:
        weight = weights.get(topic, 0)
        if weight and (best is None or weight > best[0]):
            best = (weight, topic)
    return best


def _default_weights() -> Mapping[str, float]:
    from webcare.analysis.topics import DEFAULT_WEIGHTS

    return DEFAULT_WEIGHTS


def score(
    item: StoredMention, sla: SlaState, weights: Mapping[str, float] | None = None
) -> tuple[float, tuple[str, ...]]:
    """The score and its `why`; `weights` are the topic weights (default: the built-in ones)."""
    weights = _default_weights() if weights is None else weights
    parts = _parts(item, sla, sla.status, weights, words=True)
    total = round(sum(value for value, _ in parts), 1)
    why = tuple(f"{value:+g} {text}" for value, text in parts)
    return total, why


def points(
    item: StoredMention,
    sla: SlaState,
    weights: Mapping[str, float],
    *,
    status: SlaStatus | None = None,
) -> float:
    """The score alone, without wording its `why`: the same sum of the same points.
    `status`: score it as if its SLA status were this one (a late answer as the breach it
    was), without building that state."""
    return _points(item, sla, sla.status if status is None else status, weights)


def _points(
    item: StoredMention, sla: SlaState, status: SlaStatus, weights: Mapping[str, float]
) -> float:
    """`_parts`' points summed, without the parts: the same values added in the same order
    from the same int 0 as `sum` adds them (so the same float), for the thousands a report
    orders (a list of pairs per mention cost a third of ordering the floor). A test holds
    it to `_parts`."""
    analysis = item.analysis
    level = analysis.urgency.level
    total: float = URGENCY_POINTS[level]  # an int until a float is added, as in `sum`
    if level is _CRITICAL and sla.needs_reply and status in _RUNNING:
        total += IN_TIME_POINTS
    if status is _BREACHED:
        over = min(
            OVERDUE_POINTS_MAX,
            OVERDUE_POINTS_PER_TARGET * sla.overdue_minutes / max(1, sla.target_minutes),
        )
        total += round(BREACHED_POINTS + over, 1)
    elif status is _AT_RISK:
        total += AT_RISK_POINTS
    sentiment = analysis.sentiment
    if sentiment.label is _NEGATIVE:
        total += round(-20 * sentiment.score, 1)
    reach = item.mention.author_reach
    if reach is not None and reach >= 1000:
        total += min(float(REACH_POINTS_MAX), round(5 * math.log10(reach / 100), 1))
    if analysis.topics:
        topic = _topic(analysis.topics, weights)
        if topic is not None:
            total += round(topic[0], 1)
    route = ROUTE_POINTS[analysis.route]
    return round(total + route if route else total, 1)


def _parts(
    item: StoredMention,
    sla: SlaState,
    status: SlaStatus,
    weights: Mapping[str, float],
    *,
    words: bool,
) -> list[tuple[float, str]]:
    """Each part's points and, with `words`, what it is for (else ""): a report ranks
    thousands of mentions and words the few dozen it shows."""
    parts: list[tuple[float, str]] = []
    analysis = item.analysis
    urgency = analysis.urgency
    if URGENCY_POINTS[urgency.level]:
        detail = f" ({'; '.join(urgency.reasons)})" if words and urgency.reasons else ""
        parts.append(
            (URGENCY_POINTS[urgency.level], f"{urgency.level.value} urgency{detail}" if words else "")
        )
    target = _minutes_text(sla.target_minutes) if words else ""
    running = sla.needs_reply and status in _RUNNING
    if urgency.level is _CRITICAL and running:
        left = left_words(sla.remaining_minutes) if words else ""
        parts.append(
            (IN_TIME_POINTS, f"critical and still answerable in time: {left}" if words else "")
        )
    if status is _BREACHED:
        over = min(
            OVERDUE_POINTS_MAX,
            OVERDUE_POINTS_PER_TARGET * sla.overdue_minutes / max(1, sla.target_minutes),
        )
        late = over_words(sla.overdue_minutes) if words else ""
        clock = clock_words(business=sla.business_hours, closed=sla.closed_now) if words else ""
        parts.append(
            (
                round(BREACHED_POINTS + over, 1),
                f"breached: {late} the {target} target{clock}" if words else "",
            )
        )
    elif status is _RESPONDED and sla.responded_late and words:
        # No points (it is answered), but the same clock words as the breach it was.
        late = over_words(sla.overdue_minutes)
        clock = clock_words(business=sla.business_hours, closed=False)
        parts.append((0, f"responded late: {late} the {target} target{clock}"))
    elif status is _AT_RISK:
        left = left_words(sla.remaining_minutes) if words else ""
        of = f" of {target}" if sla.remaining_minutes >= 1 else f" ({target} target)"
        parts.append((AT_RISK_POINTS, f"at risk: {left}{of}" if words else ""))
    elif status is _OK and not sla.needs_reply:
        parts.append((0, f"no reply owed: {sla.reply_reason or 'no clock runs'}" if words else ""))
    if analysis.sentiment.label is _NEGATIVE:
        parts.append(
            (
                round(-20 * analysis.sentiment.score, 1),
                f"negative ({analysis.sentiment.score:+.2f})" if words else "",
            )
        )
    reach = item.mention.author_reach
    if reach is not None and reach >= 1000:
        parts.append(
            (
                min(float(REACH_POINTS_MAX), round(5 * math.log10(reach / 100), 1)),
                f"reach {reach:,}" if words else "",
            )
        )
    topic = _topic(analysis.topics, weights)
    if topic is not None:
        parts.append((round(topic[0], 1), f"topic {topic[1]}" if words else ""))
    if ROUTE_POINTS[analysis.route]:
        parts.append(
            (ROUTE_POINTS[analysis.route], f"route {analysis.route.value}" if words else "")
        )
    return parts


def rank(
    items: Iterable[tuple[StoredMention, SlaState]],
    weights: Mapping[str, float] | None = None,
    *,
    why: bool = True,
) -> list[Ranked]:
    """Ranked 1..n by score, then due, created and id; `weights` as in `score`. Without
    `why`, each priority's `why` is left empty (for a caller that shows none of them)."""
    weights = _default_weights() if weights is None else weights
    if not why:
        return [
            Ranked(item=item, sla=sla, priority=Priority(score=total, rank=position, why=()))
            for position, (item, sla, total) in enumerate(order(items, weights), start=1)
        ]
    scored = [(item, sla, *score(item, sla, weights)) for item, sla in items]
    scored.sort(key=_order_key)
    return [
        Ranked(item=item, sla=sla, priority=Priority(score=total, rank=position, why=why))
        for position, (item, sla, total, why) in enumerate(scored, start=1)
    ]


def order(
    items: Iterable[tuple[StoredMention, SlaState]], weights: Mapping[str, float]
) -> list[tuple[StoredMention, SlaState, float]]:
    """`rank`'s order without its records: (item, state, score), the first ranked 1, for a
    caller that keeps a few of thousands (the digest's worst breaches)."""
    scored = [(item, sla, _points(item, sla, sla.status, weights)) for item, sla in items]
    scored.sort(key=_order_key)
    return scored


def _order_key(scored: tuple[Any, ...]) -> tuple[float, datetime, datetime, str]:
    """(item, state, score, …) by score, then due, created and id."""
    item: StoredMention = scored[0]
    sla: SlaState = scored[1]
    return (-scored[2], sla.due_at, item.mention.created_at, item.mention.id)

