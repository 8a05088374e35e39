"""Priority: one documented score per mention, its rank and the why. Pure.

score = SLA + urgency + negativity + reach + topic + route, each part named in `why`:

  SLA         breached: 50 + 10 per target-length overdue (at most +30); at risk: 30;
              ok, responded or no reply needed: 0
  urgency     critical 40, high 20, normal 0, low -10
  negativity  -20 x sentiment score, for negative mentions only (0...20)
  reach       5 x log10(reach / 100) for reach of 1,000 or more (at most 20)
  topic       the highest weight among the mention's topics (billing 8, outage 8, product 6,
              delivery 5, account 4, service 2; `[topics.NAME] weight` in the config)
  route       human 5, judgement 2, automate 0

Each part is rounded to one decimal and the score is their sum, so `why` adds up. Parts
worth 0 are left out, except "no reply needed", which says why no clock runs.

Order: score (high first), then due time (earliest first), creation time, id: the same
input always gives the same order.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from datetime import timedelta

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
from webcare.timeparse import format_duration

URGENCY_POINTS = {
    UrgencyLevel.CRITICAL: 40,
    UrgencyLevel.HIGH: 20,
    UrgencyLevel.NORMAL: 0,
    UrgencyLevel.LOW: -10,
}
ROUTE_POINTS = {Route.HUMAN: 5, Route.JUDGEMENT: 2, Route.AUTOMATE: 0}


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
    parts: list[tuple[float, str]] = []
    target = _minutes_text(sla.target_minutes)
    if sla.status is SlaStatus.BREACHED:
        over = min(30.0, 10.0 * sla.overdue_minutes / max(1, sla.target_minutes))
        parts.append(
            (
                round(50 + over, 1),
                f"breached: {_minutes_text(sla.overdue_minutes)} over the {target} target",
            )
        )
    elif sla.status is SlaStatus.AT_RISK:
        parts.append((30, f"at risk: {_minutes_text(sla.remaining_minutes)} left of {target}"))
    elif sla.status is SlaStatus.OK and not sla.needs_reply:
        parts.append((0, "no reply needed: no clock runs"))
    analysis = item.analysis
    urgency = analysis.urgency
    if URGENCY_POINTS[urgency.level]:
        detail = f" ({'; '.join(urgency.reasons)})" if urgency.reasons else ""
        parts.append((URGENCY_POINTS[urgency.level], f"{urgency.level.value} urgency{detail}"))
    if analysis.sentiment.label is SentimentLabel.NEG:
        parts.append(
            (
                round(-20 * analysis.sentiment.score, 1),
                f"negative ({analysis.sentiment.score:+.2f})",
            )
        )
    reach = item.mention.author_reach
    if reach is not None and reach >= 1000:
        parts.append((min(20.0, round(5 * math.log10(reach / 100), 1)), f"reach {reach:,}"))
    topic = _topic(analysis.topics, weights)
    if topic is not None:
        parts.append((round(topic[0], 1), f"topic {topic[1]}"))
    if ROUTE_POINTS[analysis.route]:
        parts.append((ROUTE_POINTS[analysis.route], f"route {analysis.route.value}"))
    total = round(sum(points for points, _ in parts), 1)
    why = tuple(f"{points:+g} {text}" for points, text in parts)
    return total, why


def rank(
    items: Iterable[tuple[StoredMention, SlaState]], weights: Mapping[str, float] | None = None
) -> list[Ranked]:
    """Ranked 1..n by score, then due, created and id; `weights` as in `score`."""
    weights = _default_weights() if weights is None else weights
    scored = [(item, sla, *score(item, sla, weights)) for item, sla in items]
    scored.sort(key=lambda s: (-s[2], s[1].due_at, s[0].mention.created_at, s[0].mention.id))
    return [
        Ranked(item=item, sla=sla, priority=Priority(score=total, rank=position, why=why))
        for position, (item, sla, total, why) in enumerate(scored, start=1)
    ]
