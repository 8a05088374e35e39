"""Response-time SLA of a mention at an explicit `now`. Pure: no clock, no I/O.

v1 counts calendar time: the target is the channel's (or `default`), or the urgency
level's when that is shorter. At risk once `at_risk` of the target has elapsed or only
`at_risk_floor` is left, whichever comes first. A response after `now` has not happened yet.
A mention that needs no reply (a closing thank-you) runs no clock: it stays `ok`, with
`needs_reply` false, until someone reopens it.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from webcare.config import SlaSettings
from webcare.model import SlaState, SlaStatus, StoredMention
from webcare.timeparse import format_duration


def _minutes(delta: timedelta) -> int:
    return max(0, int(delta.total_seconds() // 60))


def target_for(item: StoredMention, policy: SlaSettings) -> tuple[timedelta, str]:
    channel = item.mention.channel.value
    target, reason = policy.channel_target(channel)
    level = item.analysis.urgency.level
    urgent = policy.urgency.get(level)
    if urgent is not None and urgent < target:
        return (
            urgent,
            f"{level.value} urgency target {format_duration(urgent)} (shorter than {reason} {format_duration(target)})",
        )
    return target, f"{reason} {format_duration(target)}"


def evaluate(item: StoredMention, policy: SlaSettings, now: datetime) -> SlaState:
    target, reason = target_for(item, policy)
    created = item.mention.created_at
    due = created + target
    response = item.response
    if response is not None and response.at <= now:
        late = response.at > due
        return SlaState(
            target_minutes=_minutes(target),
            target_reason=reason,
            due_at=due,
            status=SlaStatus.RESPONDED,
            overdue_minutes=_minutes(response.at - due) if late else 0,
            remaining_minutes=0,
            responded_late=late,
            needs_reply=item.analysis.needs_reply,
        )
    if not item.analysis.needs_reply:
        # A closing thank-you opens no clock: never at risk, never breached, never on the floor.
        return SlaState(
            target_minutes=_minutes(target),
            target_reason=reason,
            due_at=due,
            status=SlaStatus.OK,
            overdue_minutes=0,
            remaining_minutes=0,
            needs_reply=False,
        )
    if now >= due:
        status = SlaStatus.BREACHED
    elif now - created >= target * policy.at_risk or due - now <= policy.at_risk_floor:
        status = SlaStatus.AT_RISK
    else:
        status = SlaStatus.OK
    return SlaState(
        target_minutes=_minutes(target),
        target_reason=reason,
        due_at=due,
        status=status,
        overdue_minutes=_minutes(now - due),
        remaining_minutes=_minutes(due - now),
    )
