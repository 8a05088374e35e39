"""Response-time SLA of a mention at an explicit `now`. Pure: no clock, no I/O.

The target is the source's (`sla` on a source), else the channel's (or `default`), or the
urgency level's when that is shorter. It counts open time of the channel's business
calendar (24/7 for a channel without `[sla.hours]`): a mention that arrives while closed
starts its clock at the next opening, and overdue and remaining minutes are open time too.
Breached once due has passed (at the due time itself: at risk, due now).
At risk once `at_risk` of the target has elapsed or only `at_risk_floor` is left, whichever
comes first, where the floor never exceeds half the target: a target no longer than the
floor is not at risk from its first minute, and a long one still gets the floor's warning.
A critical mention (safety, health) owed a reply is at risk from its first minute, so an
emergency is on the floor, and alerted with `on = "at-risk"`, as soon as it is stored.
A response after `now` has not happened yet.
A mention that is owed no reply runs no clock: it stays `ok`, with `needs_reply` false,
until someone reopens it. Whether a reply is owed (`reply_owed`): a person's decision
first (`ack --no-reply`, `reopen`); then the analysis (a closing thank-you needs none,
praise with no ask is "to thank" and never breaches); then the source's or channel's
reply policy (`[sla.reply]`): `always`, `when-addressed` (only
urgent mentions, or negative ones that speak to the brand) or `never`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache

from webcare.addressing import addresses_brand
from webcare.businesshours import Calendar, ClosedDays
from webcare.model import (
    HISTORY_WORDS,
    Analysis,
    Mention,
    ReplyPolicy,
    SentimentLabel,
    SlaState,
    SlaStatus,
    StoredMention,
    UrgencyLevel,
    sla_state,
)
from webcare.settings import SlaSettings
from webcare.timeparse import clock_words, format_duration, left_words, local_stamps, over_words

_CALENDARS: dict[tuple[int, str], tuple[SlaSettings, Calendar]] = {}

# Members read once for what runs per mention: under Python 3.11 a member read off its
# enum (`SlaStatus.OK`) is a class attribute lookup of about a thousand instructions.
_ALWAYS = ReplyPolicy.ALWAYS
_OK, _AT_RISK, _BREACHED = SlaStatus.OK, SlaStatus.AT_RISK, SlaStatus.BREACHED
_RESPONDED, _HISTORY = SlaStatus.RESPONDED, SlaStatus.HISTORY
_NEVER, _NEGATIVE = ReplyPolicy.NEVER, SentimentLabel.NEG
_CRITICAL, _HIGH = UrgencyLevel.CRITICAL, UrgencyLevel.HIGH


def calendar(policy: SlaSettings, channel: str) -> Calendar:
    """The channel's business calendar: its hours minus closed days, or 24/7. One per
    policy and channel, so the days it has worked out are kept for every mention."""
    key = (id(policy), channel)
    known = _CALENDARS.get(key)
    if known is not None and known[0] is policy:
        return known[1]
    hours = policy.hours.get(channel)
    made = (
        Calendar(policy.timezone)
        if hours is None
        else Calendar(
            policy.timezone,
            hours,
            ClosedDays(policy.holiday_country, policy.holiday_subdivision, policy.extra_closed),
        )
    )
    if len(_CALENDARS) > 64:  # a long-lived process with many configs (tests): start over
        _CALENDARS.clear()
    _CALENDARS[key] = (policy, made)
    return made


def channel_target(policy: SlaSettings, channel: str) -> tuple[timedelta, str]:
    """The channel's own target, or `default`'s, and how to name it."""
    if channel in policy.targets:
        return policy.targets[channel], f"{channel} target"
    return policy.targets["default"], f"default target ({channel} has none)"


@dataclass(frozen=True, slots=True)
class ReplyDecision:
    """Whether a mention is owed a reply, why, and whether it is praise to thank."""

    needed: bool
    reason: str
    to_thank: bool = False


@lru_cache(maxsize=1024, typed=True)
def _decision(needed: bool, reason: str, to_thank: bool = False) -> ReplyDecision:
    """One shared record per distinct decision: a report decides thousands of mentions
    with a handful of reasons, and a frozen record costs more to build than to look up."""
    return ReplyDecision(needed, reason, to_thank)


def reply_owed(item: StoredMention, policy: SlaSettings) -> ReplyDecision:
    """Whether the brand owes this mention an answer, and why (pure)."""
    analysis = item.analysis
    if item.reply_decided:
        return _decision(analysis.needs_reply, analysis.needs_reply_reason)
    if not analysis.needs_reply:
        # The analysis found nothing to answer: a closing thank-you, or praise (to thank).
        reason = analysis.needs_reply_reason
        return _decision(False, reason, reason.startswith("praise"))
    # The channel itself, a StrEnum: it looks up and reads as its name, without the
    # enum's `.value` descriptor (a report decides this for thousands of mentions).
    source, channel = item.mention.source, item.mention.channel
    by_source = source in policy.source_reply
    if by_source:
        rule = policy.source_reply[source]
    else:
        rule = policy.reply.get(channel, _ALWAYS)
    if rule is _ALWAYS:
        return _decision(True, analysis.needs_reply_reason)
    where = f"source {source}" if by_source else f"{channel} channel"  # worded only when said
    if rule is _NEVER:
        return _decision(False, f"{where}: reply policy never (listen only)")
    level = analysis.urgency.level
    if level is _CRITICAL or level is _HIGH:
        return _decision(
            True, f"{where} replies only when urgent or addressed: {level.value} urgency"
        )
    negative = analysis.sentiment.label is _NEGATIVE
    addressed = addresses_brand(item.mention.text, policy.addressees)
    if negative and addressed:
        return _decision(
            True,
            f"{where} replies only when urgent or addressed: negative and addressed to the brand",
        )
    missing = "not addressed to the brand" if negative else "neither urgent nor negative"
    return _decision(
        False,
        f"{where} replies only when urgent, or negative and addressed to the brand: {missing}",
    )


def _minutes(delta: timedelta) -> int:
    return max(0, int(delta.total_seconds() // 60))



def target_for(item: StoredMention, policy: SlaSettings) -> tuple[timedelta, str]:
    channel = item.mention.channel.value
    target, reason = channel_target(policy, channel)
    source_target = policy.source_targets.get(item.mention.source)
    if source_target is not None:
        target, reason = source_target, f"source {item.mention.source} target"
    level = item.analysis.urgency.level
    urgent = policy.urgency.get(level)
    if urgent is not None and urgent < target:
        return (
            urgent,
            f"{level.value} urgency target {_span(urgent)} (shorter than {reason} {_span(target)})",
        )
    return target, f"{reason} {_span(target)}"


@lru_cache(maxsize=64)
def _span(target: timedelta) -> str:
    """A target in words: a policy has a handful of targets and every mention names one."""
    return format_duration(target)


ClockRule = tuple[timedelta, str, Calendar, int, timedelta, timedelta]
"""A mention's target, the words for it and the calendar it is counted in; and what every
state under it reads of the target: its whole minutes, the open time after which it is at
risk (`at_risk` of it) and the time left at which it is (`at_risk_floor`, at most half)."""

_RULES: dict[tuple[int, str, str, UrgencyLevel], tuple[SlaSettings, ClockRule]] = {}


def _clock_rule(item: StoredMention, policy: SlaSettings) -> ClockRule:
    """`target_for` and the channel's calendar, worded once per policy, channel, source
    and urgency level: a report evaluates thousands of mentions under a handful of rules."""
    mention = item.mention
    key = (id(policy), mention.channel, mention.source, item.analysis.urgency.level)
    known = _RULES.get(key)
    if known is not None and known[0] is policy:
        return known[1]
    target, reason = target_for(item, policy)
    open_hours = calendar(policy, mention.channel.value)
    if not open_hours.always_open:
        reason += f" in business hours ({open_hours.hours.text})"
    if len(_RULES) > 4096:  # a long-lived process with many configs (tests): start over
        _RULES.clear()
    rule = (
        target,
        reason,
        open_hours,
        _minutes(target),
        target * policy.at_risk,
        min(policy.at_risk_floor, target / 2),
    )
    _RULES[key] = (policy, rule)
    return rule


RULES_VERSION = 1
"""Part of every policy stamp: raise it when the rules in this module change what is
owed or when it is due, so stores recompute what they kept under the old rules."""

_STAMPS: dict[int, tuple[SlaSettings, str]] = {}


def policy_stamp(policy: SlaSettings) -> str:
    """A short fingerprint of everything that decides whether a reply is owed and when it
    is due: targets, hours, closed days, time zone, reply policies, the brand's names.
    A store keeps it beside what it worked out, so a changed config is noticed."""
    known = _STAMPS.get(id(policy))
    if known is not None and known[0] is policy:
        return known[1]
    stamp = _sha256(f"{RULES_VERSION}:{policy!r}".encode())[:16]
    if len(_STAMPS) > 64:
        _STAMPS.clear()
    _STAMPS[id(policy)] = (policy, stamp)
    return stamp


def _sha256(data: bytes) -> str:
    """hashlib.sha256's hex digest without hashlib: importing it starts OpenSSL, 11
    million instructions (a tenth of what loading a report's own modules costs) for one
    stamp a run. CPython's own SHA-256 module where it has one (the same digest)."""
    try:
        from _sha256 import sha256  # type: ignore[import-not-found]  # CPython up to 3.11
    except ImportError:
        from hashlib import sha256
    return str(sha256(data).hexdigest())


def kept_due(item: StoredMention, policy: SlaSettings) -> datetime | None:
    """The due time the store kept for this mention's own clock, if it was worked out
    under this very policy."""
    if item.due_at is not None and item.policy_stamp == policy_stamp(policy):
        return item.due_at
    return None


def own_due(item: StoredMention, policy: SlaSettings) -> datetime:
    """When a reply to this mention alone is due (its own clock, no conversation)."""
    target, _ = target_for(item, policy)  # its wording is cached (`_span`): one rule, one place
    return calendar(policy, item.mention.channel.value).add(item.mention.created_at, target)


Settled = tuple[bool, datetime | None, str]
"""What the floor needs kept of a mention: whether a reply is owed, its own clock's due
time (owed ones only) and the `policy_stamp` they were worked out under."""


def settler(policy: SlaSettings) -> Callable[[Mention, Analysis], Settled]:
    """`Settled` for a new mention as it is written (pure): what `usecases.settle` would
    work out for it once stored (no person's decision yet, its time to the second as the
    store keeps it), without reading it back."""
    stamp = policy_stamp(policy)

    def settle(mention: Mention, analysis: Analysis) -> Settled:
        created = mention.created_at
        if created.microsecond or created.tzinfo is not UTC:
            mention = replace(mention, created_at=created.astimezone(UTC).replace(microsecond=0))
        item = StoredMention(mention, analysis, first_seen_at=mention.created_at)
        owed = reply_owed(item, policy).needed
        return owed, own_due(item, policy) if owed else None, stamp

    return settle


def evaluate(
    item: StoredMention,
    policy: SlaSettings,
    now: datetime,
    *,
    waiting_since: datetime | None = None,
    reply: ReplyDecision | None = None,
) -> SlaState:
    """The SLA state at `now`. `waiting_since` is when the oldest unanswered message of the
    same conversation was written: a follow-up's next-reply clock runs from there. An
    answer's verdict, once settled by the store, stands. `reply`: `reply_owed(item,
    policy)` when the caller has it already."""
    if item.settled is not None and item.response is not None and item.response.at <= now:
        return item.settled
    start = (
        min(item.mention.created_at, waiting_since) if waiting_since else item.mention.created_at
    )
    if reply is None:
        reply = reply_owed(item, policy)
    due = kept_due(item, policy) if start == item.mention.created_at else None
    return _evaluate(item, policy, now, start, reply, due)


def _evaluate(
    item: StoredMention,
    policy: SlaSettings,
    now: datetime,
    created: datetime,
    reply: ReplyDecision,
    due: datetime | None,
) -> SlaState:
    """The state with its clock started at `created`: built once, whole (no `replace` of
    a partial state, which costs as much again over thousands of mentions)."""
    clock = "next_reply" if item.mention.in_reply_to else "first_response"
    target, reason, open_hours, target_minutes, risk_after, risk_left = _clock_rule(item, policy)
    if due is None:
        due = open_hours.add(created, target)
    response = item.response
    if response is not None and response.at <= now:
        late = response.at > due
        return sla_state(
            target_minutes=target_minutes,
            target_reason=reason,
            due_at=due,
            status=_RESPONDED,
            overdue_minutes=_minutes(open_hours.elapsed(due, response.at)) if late else 0,
            remaining_minutes=0,
            responded_late=late,
            needs_reply=reply.needed,
            clock=clock,
            clock_started_at=created,
            reply_reason=reply.reason,
            to_thank=reply.to_thank,
            business_hours=not open_hours.always_open,
        )
    if item.backfilled or not reply.needed:
        # No clock runs, so it is never at risk, never breached, never on the floor: history
        # a source's first poll stored was never in front of the team (never open either),
        # and no reply is owed to a closing thank-you, praise or a news article.
        return sla_state(
            target_minutes=target_minutes,
            target_reason=reason,
            due_at=due,
            status=_HISTORY if item.backfilled else _OK,
            overdue_minutes=0,
            remaining_minutes=0,
            needs_reply=reply.needed,
            clock=clock,
            clock_started_at=created,
            reply_reason=reply.reason,
            to_thank=reply.to_thank,
        )
    if now > due:  # breached once due has passed: at the due time itself it is due now
        # Nothing is left of the open time before the due time, and only a breach is over.
        status, overdue, left = _BREACHED, _minutes(open_hours.elapsed(due, now)), 0
    else:
        remaining = open_hours.elapsed(now, due)
        if (
            item.analysis.urgency.level is _CRITICAL
            or open_hours.elapsed(created, now) >= risk_after
            or remaining <= risk_left
        ):
            # A customer in danger is on the floor from the first minute, not from the last
            # half of a 15-minute target: the moment to answer is now.
            status = _AT_RISK
        else:
            status = _OK
        overdue, left = 0, _minutes(remaining)
    return sla_state(
        target_minutes=target_minutes,
        target_reason=reason,
        due_at=due,
        status=status,
        overdue_minutes=overdue,
        remaining_minutes=left,
        clock=clock,
        clock_started_at=created,
        reply_reason=reply.reason,
        to_thank=reply.to_thank,
        business_hours=not open_hours.always_open,
        # Overnight a breach's open minutes stand still: say so, not "under 1m over".
        closed_now=status is _BREACHED and not open_hours.is_open(now),
    )


def explain(item: StoredMention, state: SlaState, policy: SlaSettings, now: datetime) -> list[str]:
    """The clock's walk in plain words: target and why, open time counted, closed time
    skipped (nights, weekends, named holidays), DST changes, the due time, time left.
    `state` is the mention's evaluated state (with its conversation's next-reply clock)."""
    open_hours = calendar(policy, item.mention.channel.value)
    tz = policy.timezone
    created = state.clock_started_at or item.mention.created_at

    def when(moment: datetime) -> str:
        return f"{moment.astimezone(tz):%a %Y-%m-%d %H:%M %Z} ({moment.astimezone(UTC):%H:%M} UTC)"

    lines = [f"created   {when(item.mention.created_at)}"]
    if created != item.mention.created_at:
        lines.append(f"clock     {state.clock}, from the oldest waiting message: {when(created)}")
    lines += [
        f"target    {format_duration(timedelta(minutes=state.target_minutes))}: {state.target_reason}",
    ]
    if open_hours.always_open:
        lines.append("hours     24/7: every minute counts")
    else:
        for span in open_hours.walk(created, state.due_at):
            length = format_duration(span.end - span.start)
            if span.counted:
                lines.append(
                    f"  counted {length:>7}  {when(span.start)} to {span.end.astimezone(tz):%H:%M}"
                )
            else:
                lines.append(f"  skipped {length:>7}  {span.reason}, until {when(span.end)}")
    if created.astimezone(tz).utcoffset() != state.due_at.astimezone(tz).utcoffset():
        lines.append(
            f"dst       the clock changed from UTC{created.astimezone(tz):%z} to UTC{state.due_at.astimezone(tz):%z}; "
            "real elapsed time is counted"
        )
    why = local_stamps(state.reply_reason, tz)  # `reopened by anna at …`, kept in UTC
    if state.needs_reply:
        lines.append("reply     owed" + (f": {why}" if why else ""))
    else:
        lines.append(f"reply     not owed: {why or 'decided by a person'}")
    if state.status is not SlaStatus.HISTORY:  # no clock ran: nothing was ever due
        lines.append(f"due       {when(state.due_at)}")
    if state.status is SlaStatus.RESPONDED:
        response = item.response
        assert response is not None
        late = (
            f", {format_duration(timedelta(minutes=state.overdue_minutes))} late"
            + clock_words(business=state.business_hours, closed=False)
            if state.responded_late
            else ", in time"
        )
        lines.append(f"responded {when(response.at)} via {response.via}{late}")
    elif state.status is SlaStatus.HISTORY:
        lines.append(f"status    {HISTORY_WORDS}")
    elif not state.needs_reply:
        lines.append(f"status    no reply owed ({state.reply_reason}): no clock runs")
    elif state.status is SlaStatus.BREACHED:
        over = over_words(
            state.overdue_minutes, business=state.business_hours, closed=state.closed_now
        )
        lines.append(f"status    breached at {when(now)}: {over}")
    else:
        lines.append(
            f"status    {state.status.value} at {when(now)}: {left_words(state.remaining_minutes)}"
        )
    return lines


def lint(policy: SlaSettings, today: date) -> list[str]:
    """Calendar and target problems worth a warning in `webcare check`."""
    from webcare.businesshours import overlaps

    warnings: list[str] = []
    for channel, hours in policy.hours.items():
        warnings.extend(f"[sla.hours] {channel}: {problem}" for problem in overlaps(hours))
        if any(i.end % 1440 == 1439 for day in hours.by_day.values() for i in day):
            warnings.append(
                f"[sla.hours] {channel}: an interval ends at 23:59, which closes the last "
                "minute of the day; write 24:00"
            )
    if policy.hours and (policy.holiday_country or policy.extra_closed):
        open_hours = calendar(policy, next(iter(policy.hours)))
        coming = [today + timedelta(days=offset) for offset in range(31)]
        closed = [
            f"{open_hours.closed[d]} ({d.isoformat()})" for d in coming if d in open_hours.closed
        ]
        if closed:
            channels = ", ".join(policy.hours)
            warnings.append(f"closed in the next 30 days on {channels}: {', '.join(closed)}")
    return warnings
