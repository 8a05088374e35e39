"""`webcare stats`: response figures over a window, per channel, per source and per day. Pure.

Takes stored mentions, the settings and an explicit `now`; every mention's SLA state comes
from `webcare.report.states` at `now`, as the report computes it (conversation-aware). The window is `created_at` in [`since`, `now`]
(`since` None: everything up to `now`). Backfilled history (stored as history by a
source's first poll, undated items of a first import among them) is left out, as in the
digest: nobody was in front of it, so it has no response time worth counting. Every group (a channel, a source, a local day in
`brand.timezone`) carries the same figures:

- `volume`: mentions in the group; `negative` and `share_negative` (0–1) of them.
- `needs_reply`: mentions that need a reply (`sla.needs_reply`); a closing thank-you counts
  in `volume` and `negative` but in none of the response figures below.
- `responded`, `share_responded` (0–1, of `needs_reply`): responded at or before `now`.
- `median_response_minutes`, `p90_response_minutes`: first response time, `responded_at -
  created_at` in calendar minutes (not business time), over the responded mentions. The
  median of an even count is the mean of the middle two; p90 is the nearest rank (the
  ⌈0.9·n⌉-th smallest). None without responses.
- `in_time`, `late` (responded after due), `breached_open` (unanswered and past due at
  `now`); `breaches` = `late` + `breached_open`.
- `compliance_pct`: `in_time` / (`in_time` + `late` + `breached_open`) × 100, one decimal:
  of the mentions whose SLA outcome is decided at `now`. Open mentions still within their
  target are not decided and do not count. None when nothing is decided.
- `target_minutes`: the configured target (the expectation): a channel's `[sla]` target, a
  source's own `sla` or else the target of its channel when it has one channel; None for
  days. `gap_minutes` = median − target (positive: slower than promised).
- `research_minutes` (channels only): what companies deliver on average per the research
  behind SPEC.md: email 330 (5.5 h), social 60 (about 1 h); None for other channels.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo
from typing import Any, NamedTuple

from webcare import sla
from webcare.model import SentimentLabel, SlaState, SlaStatus, StoredMention
from webcare.settings import Settings
from webcare.timeparse import iso_utc

RESPONSE_FIELDS = (
    "key",
    "needs_reply",
    "responded",
    "share_responded",
    "median_response_minutes",
    "p90_response_minutes",
    "target_minutes",
    "gap_minutes",
    "in_time",
    "late",
    "breached_open",
    "breaches",
    "compliance_pct",
    "research_minutes",
)
"""What a digest's `response` section keeps of a channel row (defined here, beside the
rows, so the plain renderer names the columns without loading the digest)."""

STATS_COLUMNS = (
    "group",
    "key",
    "volume",
    "share_negative",
    "share_responded",
    "median_response_minutes",
    "p90_response_minutes",
    "target_minutes",
    "gap_minutes",
    "compliance_pct",
    "breaches",
    "research_minutes",
)
"""The stable column order of a stats row in the people's and `plain` formats."""

RESEARCH_MINUTES = {"email": 330, "social": 60}
"""Average response times companies deliver (research behind SPEC.md): email 5.5 h, social 1 h."""


@dataclass(frozen=True, slots=True)
class Stats:
    now: datetime
    since: datetime | None
    generated_at: datetime
    channels: tuple[dict[str, Any], ...]
    sources: tuple[dict[str, Any], ...]
    days: tuple[dict[str, Any], ...]
    timezone: tzinfo | None = None
    """The brand's time zone: days are local dates in it."""

    def records(self) -> list[dict[str, Any]]:
        """Every row, channels then sources then days, each with its `group`."""
        return [*self.channels, *self.sources, *self.days]


def median(values: list[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2


def p90(values: list[float]) -> float | None:
    """Nearest rank: the ⌈0.9·n⌉-th smallest value."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(1, math.ceil(0.9 * len(ordered))) - 1]


def _round(value: float | None, digits: int = 1) -> float | None:
    return None if value is None else round(value, digits)


class Outcome(NamedTuple):
    """What the response figures count of one mention judged at `now`."""

    negative: bool
    needs_reply: bool
    responded: bool
    """Its SLA status is responded (at or before `now`)."""
    late: bool
    breached: bool
    """Unanswered and past due at `now`."""
    minutes: float | None
    """Its first response time in calendar minutes, when it needs a reply and has one."""


def outcome(item: StoredMention, state: SlaState) -> Outcome:
    responded = state.status is SlaStatus.RESPONDED
    minutes = None
    if state.needs_reply and responded and item.response is not None:
        minutes = (item.response.at - item.mention.created_at).total_seconds() / 60
    return Outcome(
        item.analysis.sentiment.label is SentimentLabel.NEG,
        state.needs_reply,
        responded,
        state.responded_late,
        state.status is SlaStatus.BREACHED,
        minutes,
    )


def _figures(
    group: str,
    key: str,
    rows: list[Outcome],
    target_minutes: int | None,
    research_minutes: int | None = None,
) -> dict[str, Any]:
    volume = len(rows)
    negative = sum(1 for row in rows if row.negative)
    replying = [row for row in rows if row.needs_reply]
    responded = [row for row in replying if row.responded]
    minutes = [row.minutes for row in responded if row.minutes is not None]
    late = sum(1 for row in responded if row.late)
    in_time = len(responded) - late
    breached_open = sum(1 for row in replying if row.breached)
    decided = in_time + late + breached_open
    mid = _round(median(minutes))
    record: dict[str, Any] = {
        "group": group,
        "key": key,
        "volume": volume,
        "negative": negative,
        "share_negative": round(negative / volume, 3) if volume else None,
        "needs_reply": len(replying),
        "responded": len(responded),
        "share_responded": round(len(responded) / len(replying), 3) if replying else None,
        "median_response_minutes": mid,
        "p90_response_minutes": _round(p90(minutes)),
        "target_minutes": target_minutes,
        "gap_minutes": _round(mid - target_minutes)
        if mid is not None and target_minutes is not None
        else None,
        "in_time": in_time,
        "late": late,
        "breached_open": breached_open,
        "breaches": late + breached_open,
        "compliance_pct": round(100 * in_time / decided, 1) if decided else None,
    }
    if group == "channel":
        record["research_minutes"] = research_minutes
    return record


def _minutes(delta: timedelta) -> int:
    return int(delta.total_seconds() // 60)


def channel_rows(
    rows: Iterable[tuple[str, Outcome]], settings: Settings
) -> tuple[dict[str, Any], ...]:
    """The per-channel rows of mentions already judged at `now` ((channel, `outcome`) of
    each, backfilled history left out): `build_stats`' channels, and the digest's."""
    by_channel: dict[str, list[Outcome]] = defaultdict(list)
    for channel, row in rows:
        by_channel[channel].append(row)
    return tuple(
        _figures(
            "channel",
            name,
            group,
            _minutes(sla.channel_target(settings.sla, name)[0]),
            RESEARCH_MINUTES.get(name),
        )
        for name, group in sorted(by_channel.items())
    )


def build_stats(
    items: Iterable[StoredMention],
    settings: Settings,
    *,
    now: datetime,
    since: datetime | None,
    generated_at: datetime,
    conversation: Iterable[StoredMention] = (),
) -> Stats:
    """The figures of [`since`, `now`]; `conversation`: the other messages of the
    conversations of its follow-ups (`Store.threads`), which the window leaves out but
    which time them, as in the report."""
    policy = settings.sla
    tz = settings.brand.timezone
    from webcare.report import sla_states, waiting_with

    items = list(items)
    rows = sla_states(
        (
            item
            for item in items
            if not item.backfilled
            and item.mention.created_at <= now
            and (since is None or item.mention.created_at >= since)
        ),
        settings,
        now,
        conversation=waiting_with(items, conversation),
    )
    by_channel: list[tuple[str, Outcome]] = []
    by_source: dict[str, list[Outcome]] = defaultdict(list)
    by_day: dict[date, list[Outcome]] = defaultdict(list)
    kinds: dict[str, set[str]] = defaultdict(set)
    for item, state in rows:
        mention, judged = item.mention, outcome(item, state)
        by_channel.append((mention.channel.value, judged))
        by_source[mention.source].append(judged)
        kinds[mention.source].add(mention.channel.value)
        by_day[mention.created_at.astimezone(tz).date()].append(judged)
    channels = channel_rows(by_channel, settings)

    def source_target(name: str) -> int | None:
        own = policy.source_targets.get(name)
        if own is not None:
            return _minutes(own)
        channels = kinds[name]
        if len(channels) != 1:
            return None
        return _minutes(sla.channel_target(policy, next(iter(channels)))[0])

    sources = tuple(
        _figures("source", name, group, source_target(name))
        for name, group in sorted(by_source.items())
    )
    if since is not None:
        first, last = since.astimezone(tz).date(), now.astimezone(tz).date()
        dates = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    else:
        dates = sorted(by_day)
    days = tuple(_figures("day", d.isoformat(), by_day.get(d, []), None) for d in dates)
    return Stats(now, since, generated_at, channels, sources, days, tz)


def document(stats: Stats) -> dict[str, Any]:
    """The `json` format: one document."""
    return {
        "generated_at": iso_utc(stats.generated_at),
        "now": iso_utc(stats.now),
        "since": iso_utc(stats.since),
        "channels": list(stats.channels),
        "sources": list(stats.sources),
        "days": list(stats.days),
    }
