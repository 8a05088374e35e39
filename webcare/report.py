"""Reports as data: the ranked "dropped steak" list and the mention listing. Pure.

Takes stored mentions and an explicit `now`; evaluates every SLA, ranks, summarises, and
shapes each mention into the record every machine format carries (SPEC.md field names).
Renderers take a `Listing` and only render.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, tzinfo
from typing import Any

from webcare import incidents as incident_rules
from webcare import rank as ranking
from webcare import sla
from webcare.floorrow import whole
from webcare.incidents import Incident, SubjectCount
from webcare.model import (
    Analysis,
    Priority,
    Ranked,
    SlaState,
    SlaStatus,
    StatusFilter,
    StoredMention,
)
from webcare.settings import Settings
from webcare.timeparse import iso_utc

ON_THE_FLOOR = (SlaStatus.BREACHED, SlaStatus.AT_RISK)
# Members read once for the checks run over every state: under Python 3.11 a member read
# off its enum (`SlaStatus.OK`) is a class attribute lookup of about a thousand
# instructions (webcare.rank reads them so too).
_OK, _BREACHED, _RESPONDED = SlaStatus.OK, SlaStatus.BREACHED, SlaStatus.RESPONDED
_HISTORY = SlaStatus.HISTORY


@dataclass(frozen=True, slots=True)
class Listing:
    """What a renderer gets: the rows in display order and a summary of all considered."""

    kind: str
    """`report` or `mentions`: renderers word their headline by it."""
    now: datetime
    generated_at: datetime
    rows: tuple[Ranked, ...]
    summary: dict[str, Any] = field(default_factory=dict)
    timezone: tzinfo = UTC
    """The brand's time zone: human formats show times in it, machine formats in UTC."""
    incidents: tuple[Incident, ...] = ()
    """Open mentions about the same problem at the same time (report only)."""


def topic_weights(settings: Settings) -> dict[str, float]:
    """Priority points per topic, as configured (weights apply at report time)."""
    from webcare.analysis.topics import weights

    return weights(settings.topics)


def evaluate(items: Iterable[StoredMention], settings: Settings, now: datetime) -> list[Ranked]:
    """Every item with its SLA state at `now`, ranked among themselves."""
    return ranking.rank(sla_states(items, settings, now), topic_weights(settings))


def floor_ranks(
    items: Iterable[StoredMention], settings: Settings, now: datetime
) -> dict[str, int]:
    """Mention id -> its rank on the floor at `now` (the report's order)."""
    ranked, _ = floor(items, settings, now, why=False)
    return {row.item.mention.id: row.priority.rank for row in ranked if row.priority.rank}


def sla_states(
    items: Iterable[StoredMention],
    settings: Settings,
    now: datetime,
    *,
    conversation: Iterable[StoredMention] = (),
) -> list[tuple[StoredMention, SlaState]]:
    """Every item's SLA state at `now`, conversation-aware: the one evaluation report,
    stats, digest and notify share (a follow-up waits from the oldest message of its
    conversation still waiting for the same answer). `conversation`: the other messages
    of the items' conversations that a narrowed listing left out (another source, an
    older message, one a search did not match); they count for when a conversation
    started waiting, and get no state of their own."""
    items = list(items)
    # Per conversation, the oldest customer message waiting for the same answer: the next-
    # reply clock of every message waiting with it runs from there. Messages answered by the
    # same reply waited together; those still open at `now` wait together too.
    waiting_since: dict[tuple[str, datetime | None], datetime] = {}

    # Whether each is owed a reply: decided once, for its conversation and for its state.
    replies = [sla.reply_owed(item, settings.sla) for item in items]

    def key(item: StoredMention, reply: sla.ReplyDecision) -> tuple[str, datetime | None] | None:
        # History (backfilled) was never in front of the team: it starts no one's clock.
        if not item.thread_id or not reply.needed or item.backfilled:
            return None
        answered = item.response is not None and item.response.at <= now
        return item.thread_id, item.response.at if answered and item.response else None

    keys = [key(item, reply) for item, reply in zip(items, replies, strict=True)]
    for item, group in zip(items, keys, strict=True):
        if group is not None:
            created = item.mention.created_at
            waiting_since[group] = min(waiting_since.get(group, created), created)
    given = {item.mention.id for item in items}
    for other in conversation:
        created = other.mention.created_at
        if other.mention.id in given or created > now:
            continue
        group = key(other, sla.reply_owed(other, settings.sla))
        if group is not None:
            waiting_since[group] = min(waiting_since.get(group, created), created)
    return [
        (
            item,
            sla.evaluate(
                item,
                settings.sla,
                now,
                waiting_since=waiting_since.get(group) if group is not None else None,
                reply=reply,
            ),
        )
        for item, group, reply in zip(items, keys, replies, strict=True)
    ]


def waiting_with(
    items: Iterable[StoredMention], conversation: Iterable[StoredMention]
) -> list[StoredMention]:
    """What a window's follow-ups wait with, as `sla_states` reads it: the live messages
    of `items` and `conversation` (`Store.threads`) that share a conversation with a
    follow-up of `items`. History (backfilled) was never waiting, as on the report's floor."""
    items = list(items)
    threads = {item.thread_id for item in items if item.mention.in_reply_to and item.thread_id}
    if not threads:
        return []
    everything = (*items, *conversation)
    return [item for item in everything if not item.backfilled and item.thread_id in threads]


def only_new(listing: Listing, previous: dict[str, str], limit: int | None = None) -> Listing:
    """The report's rows that became breached or at risk since the last `--only-new` report:
    new on the floor, or escalated from at risk to breached."""
    rows = [r for r in listing.rows if previous.get(r.item.mention.id) != r.sla.status.value]
    shown = rows[:limit] if limit is not None else rows
    summary = {**listing.summary, "new": len(rows), "shown": len(shown)}
    return replace(listing, rows=tuple(shown), summary=summary)


def state_in_conversation(
    item: StoredMention, conversation: Iterable[StoredMention], settings: Settings, now: datetime
) -> SlaState:
    """One mention's SLA state as the report computes it, with its conversation around it."""
    others = (other for other in conversation if other.mention.id != item.mention.id)
    return sla_states([item, *others], settings, now)[0][1]


def awaits_reply(state: SlaState) -> bool:
    """Open: not responded, not history, and a reply is needed."""
    return state.status is not _RESPONDED and state.status is not _HISTORY and state.needs_reply


def _summary(states: list[tuple[StoredMention, SlaState]], shown: int) -> dict[str, Any]:
    counts = Counter(state.status for _, state in states)
    oldest = no_reply = thank = waiting = 0  # one pass over thousands of states, not four
    for _, state in states:
        status = state.status
        if status is _OK:
            no_reply += not state.needs_reply
            thank += state.to_thank  # `to_thank`
        elif status is _BREACHED and state.overdue_minutes > oldest:
            oldest = state.overdue_minutes
        waiting += status is not _RESPONDED and status is not _HISTORY and state.needs_reply
    return {
        "total": len(states),
        "breached": counts.get(SlaStatus.BREACHED, 0),
        "at_risk": counts.get(SlaStatus.AT_RISK, 0),
        "ok": counts.get(SlaStatus.OK, 0),
        "responded": counts.get(SlaStatus.RESPONDED, 0),
        "history": counts.get(SlaStatus.HISTORY, 0),
        "no_reply_needed": no_reply,
        "to_thank": thank,
        "open": waiting,  # `awaits_reply`
        "oldest_overdue_minutes": oldest,
        "shown": shown,
    }


def counted_summary(
    on_floor: Iterable[SlaState],
    *,
    total: int,
    responded: int,
    history: int,
    to_thank: int,
    shown: int,
) -> dict[str, Any]:
    """`_summary` of a window without judging its every mention: `on_floor`, the states
    of its mentions the floor's query reads (every one that can be breached, at risk or
    awaiting a reply); `total`, `responded`, `history` and `to_thank` counted by the store
    (`Store.newest`). Every other mention is live and unanswered with no reply owed: `ok`."""
    breached, at_risk, waiting = [], 0, 0
    for state in on_floor:
        if state.status is _BREACHED:
            breached.append(state.overdue_minutes)
        elif state.status is SlaStatus.AT_RISK:
            at_risk += 1
        waiting += awaits_reply(state)
    unanswered = total - responded - history  # live: ok, at risk or breached
    return {
        "total": total,
        "breached": len(breached),
        "at_risk": at_risk,
        "ok": unanswered - len(breached) - at_risk,
        "responded": responded,
        "history": history,
        "no_reply_needed": unanswered - waiting,
        "to_thank": to_thank,
        "open": waiting,
        "oldest_overdue_minutes": max(breached, default=0),
        "shown": shown,
    }


def to_thank(state: SlaState) -> bool:
    """Praise nobody has answered yet: listed to thank, never on the floor."""
    return state.to_thank and state.status is _OK


STATUS_FILTERS = tuple(choice.value for choice in StatusFilter)
"""What `mentions --status` selects (webcare.model.StatusFilter)."""


def _selected(state: SlaState, wanted: Iterable[str]) -> bool:
    for choice in wanted:
        if choice == "open":
            if awaits_reply(state):
                return True
        elif choice == "no_reply":
            if state.status is SlaStatus.OK and not state.needs_reply:
                return True
        elif choice == "to_thank":
            if to_thank(state):
                return True
        elif state.status.value == choice:
            return True
    return False


def floor(
    items: Iterable[StoredMention], settings: Settings, now: datetime, *, why: bool = True
) -> tuple[list[Ranked], list[tuple[StoredMention, SlaState]]]:
    """The floor: open mentions breached or at risk at `now`, worst first, ranked 1…n; and
    every live (not backfilled) mention's state, for the summary. Without `why`, the
    priorities' `why` is left empty (`rank.rank`)."""
    states = _live_states(items, settings, now)
    ranked = ranking.rank(
        (s for s in states if s[1].status in ON_THE_FLOOR), topic_weights(settings), why=why
    )
    return ranked, states


def _live_states(
    items: Iterable[StoredMention],
    settings: Settings,
    now: datetime,
    conversation: Iterable[StoredMention] = (),
) -> list[tuple[StoredMention, SlaState]]:
    # History stored by a backfill was never in front of the team: not on the floor, and
    # not in the headline's counts either.
    states = sla_states(items, settings, now, conversation=conversation)
    return [s for s in states if not s[0].backfilled]


def build_report(
    items: Iterable[StoredMention],
    settings: Settings,
    *,
    now: datetime,
    generated_at: datetime,
    limit: int | None = None,
    history: Sequence[SubjectCount] = (),
    conversation: Iterable[StoredMention] = (),
    ranks: Mapping[str, int] | None = None,
) -> Listing:
    """Open mentions that breached or are at risk, worst first, ranked 1…n, however old,
    with the incidents among the open ones. `items` may be floor rows (`Store.floor_rows`):
    only the shown ones are built whole. `history`: the subjects of the recent
    mentions, counted, for the incidents' spike flag (webcare.incidents). For a narrowed
    report, `conversation` as `sla_states` reads it and `ranks` (`floor_ranks`: id -> the
    place on the whole floor) for the ranks."""
    # Thousands can be on the floor, a few dozen shown: only those are built and worded.
    states = _live_states(items, settings, now, conversation)
    weights = topic_weights(settings)
    ordered = ranking.order((s for s in states if s[1].status in ON_THE_FLOOR), weights)
    waiting = [item for item, state in states if awaits_reply(state)]
    brand = settings.brand
    found = tuple(
        incident_rules.group(
            waiting,
            brand_words=(brand.name, *brand.keywords, *brand.handles),
            history=history,
            now=now,
        )
    )
    member_of = {member: incident.id for incident in found for member in incident.members}
    rows = [
        Ranked(
            shown,
            state,
            Priority(
                score=total,
                rank=position if ranks is None else ranks.get(shown.mention.id),
                why=ranking.score(shown, state, weights)[1],
            ),
            incident=member_of.get(shown.mention.id),
        )
        for position, (item, state, total) in enumerate(
            ordered[:limit] if limit is not None else ordered, start=1
        )
        for shown in (whole(item),)  # a floor row (webcare.floorrow) is built whole here
    ]
    summary = _summary(states, len(rows))
    # The report reads unanswered mentions only: an answered count would mean nothing.
    del summary["responded"], summary["history"]
    summary["incidents"] = len(found)
    return Listing(
        "report", now, generated_at, tuple(rows), summary, settings.brand.timezone, found
    )


def build_listing(
    items: Iterable[StoredMention],
    settings: Settings,
    *,
    now: datetime,
    generated_at: datetime,
    statuses: tuple[str, ...] = (),
    limit: int | None = None,
    floor_ranks: Mapping[str, int] | None = None,
    conversation: Iterable[StoredMention] = (),
) -> Listing:
    """Stored mentions newest first, each with its SLA state, priority score and, when on the
    floor, its rank there (`floor_ranks`: id -> the report's rank at `now`), so a mention has
    the same rank in `mentions` as in `report`.

    `statuses` selects any of STATUS_FILTERS (an SlaStatus is one); none selects all.
    `conversation`: as `sla_states` reads it, for a narrowed listing.
    """
    states = sla_states(items, settings, now, conversation=conversation)
    return judged_listing(
        states, settings, now=now, generated_at=generated_at, statuses=statuses, limit=limit,
        floor_ranks=floor_ranks,
    )  # fmt: skip


def judged_listing(
    states: list[tuple[StoredMention, SlaState]],
    settings: Settings,
    *,
    now: datetime,
    generated_at: datetime,
    statuses: tuple[str, ...] = (),
    limit: int | None = None,
    floor_ranks: Mapping[str, int] | None = None,
) -> Listing:
    """`build_listing` of mentions already judged (`states`: each as `sla_states` gives
    it); floor rows (`webcare.floorrow`) among them are built whole when shown."""
    if statuses:
        states = [s for s in states if _selected(s[1], statuses)]
    rows = newest_ranked(states, settings, floor_ranks or {}, limit)
    return Listing(
        "mentions",
        now,
        generated_at,
        tuple(rows),
        _summary(states, len(rows)),
        settings.brand.timezone,
    )


def newest_ranked(
    states: Iterable[tuple[StoredMention, SlaState]],
    settings: Settings,
    floor_ranks: Mapping[str, int],
    limit: int | None = None,
) -> list[Ranked]:
    """The judged mentions newest first (at most `limit`), each scored, with its rank on the
    floor (`floor_ranks`) when it has one; floor rows among them are built whole."""
    weights = topic_weights(settings)
    ordered = sorted(states, key=lambda s: (s[0].mention.created_at, s[0].mention.id), reverse=True)
    return [
        Ranked(shown, state, with_rank(shown, state, weights, floor_ranks.get(shown.mention.id)))
        for item, state in (ordered[:limit] if limit is not None else ordered)
        for shown in (whole(item),)  # only the shown are scored, and built whole
    ]


def with_rank(
    item: StoredMention, state: SlaState, weights: Mapping[str, float], rank: int | None
) -> Priority:
    score, why = ranking.score(item, state, weights)
    return Priority(score=score, rank=rank, why=why)


def incident_record(incident: Incident) -> dict[str, Any]:
    """One incident as the machine formats carry it."""
    spike = incident.spike
    return {
        "id": incident.id,
        "subject": incident.subject,
        "terms": list(incident.terms),
        "label": incident.label,
        "mentions": len(incident.members),
        "members": list(incident.members),
        "first_at": iso_utc(incident.first_at),
        "latest_at": iso_utc(incident.latest_at),
        "spike": None
        if spike is None
        else {"recent": spike.recent, "usual": spike.usual, "window_hours": 3},
    }


def analysis_record(a: Analysis) -> dict[str, Any]:
    """What the analysis concluded, as every format carries it (`analyze` and each mention)."""
    return {
        "language": a.language,
        "sentiment": {
            "score": a.sentiment.score,
            "label": a.sentiment.label.value,
            "words": list(a.sentiment.words),
        },
        "urgency": {
            "level": a.urgency.level.value,
            "reasons": list(a.urgency.reasons),
            "categories": list(a.urgency.categories),
        },
        "topics": list(a.topics),
        "route": a.route.value,
        "route_reason": a.route_reason,
        "needs_reply": a.needs_reply,
        "needs_reply_reason": a.needs_reply_reason,
    }


def mention_record(row: Ranked) -> dict[str, Any]:
    """One mention as every machine format carries it (SPEC.md names, plus a few extras)."""
    m, a, s, p = row.item.mention, row.item.analysis, row.sla, row.priority
    judged = analysis_record(a)
    response = row.item.response
    return {
        "id": m.id,
        "source": m.source,
        "channel": m.channel.value,
        "url": m.url,
        "author": m.author,
        "author_reach": m.author_reach,
        "text": m.text,
        "language": a.language,
        "created_at": iso_utc(m.created_at),
        "created_at_estimated": m.created_at_estimated,
        "rating": m.rating,
        "sentiment": judged["sentiment"],
        "urgency": judged["urgency"],
        "topics": judged["topics"],
        "route": judged["route"],
        "route_reason": judged["route_reason"],
        "sla": {
            "target_minutes": s.target_minutes,
            "target_reason": s.target_reason,
            "due_at": iso_utc(s.due_at),
            "status": s.status.value,
            "overdue_minutes": s.overdue_minutes,
            "remaining_minutes": s.remaining_minutes,
            "responded_late": s.responded_late,
            "clock": s.clock,
            "clock_started_at": iso_utc(s.clock_started_at),
            "needs_reply": s.needs_reply,
            "needs_reply_reason": s.reply_reason,
            "to_thank": s.to_thank,
            "business_hours": s.business_hours, "closed_now": s.closed_now,
        },
        "priority": {"score": p.score, "rank": p.rank, "why": list(p.why)},
        "responded_at": iso_utc(response.at)
        if response and s.status is SlaStatus.RESPONDED
        else None,
        "responded_by": response.by if response and s.status is SlaStatus.RESPONDED else None,
        "backfilled": row.item.backfilled,
        "also_seen": [{"source": seen.source, "url": seen.url} for seen in row.item.also_seen],
        "incident": row.incident,
        "assignee": row.item.assignee,
        "responded_via": response.via if response and s.status is SlaStatus.RESPONDED else None,
    }
