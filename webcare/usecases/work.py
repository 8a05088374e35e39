"""Working the list: which mentions a command acts on, and acting on them."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, tzinfo

from webcare.errors import NotFoundError, UsageError
from webcare.model import StoredMention
from webcare.settings import Settings
from webcare.store import MentionQuery, Store
from webcare.store.records import AckResult
from webcare.timeparse import local_stamps, local_words
from webcare.usecases.report import (
    NO_FILTERS,
    Filters,
    check_channels,
    check_sources,
    incident,
)


@dataclass(frozen=True, slots=True)
class Selection:
    ids: tuple[str, ...]
    bulk: bool
    """Chosen by filters or an incident, not one by one: show them and ask first."""
    items: tuple[StoredMention, ...] = ()
    """The mentions of a bulk selection, as stored."""


def select(
    settings: Settings,
    store: Store,
    now: datetime,
    *,
    ids: tuple[str, ...] = (),
    all_matching: bool = False,
    filters: Filters = NO_FILTERS,
    incident_id: str | None = None,
) -> Selection:
    """The ids given, or every mention matching the filters (`all_matching`), or every
    mention of an incident."""
    filtered = bool(filters.search or filters.sources or filters.channels or filters.since)
    if incident_id is not None:
        if ids or all_matching or filtered:
            raise UsageError("--incident selects mentions on its own: give no ids or filters")
        members = incident(settings, store, now, incident_id).members
        return Selection(members, True, tuple(store.get(member) for member in members))
    if not all_matching:
        if filtered:
            raise UsageError(
                "--search, --source, --channel and --since select mentions only with --all-matching"
            )
        if not ids:
            raise UsageError("give mention ids, or --all-matching with filters, or --incident ID")
        return Selection(ids, False)
    if ids:
        raise UsageError("give either ids or --all-matching with filters, not both")
    if not filtered:
        raise UsageError(
            "--all-matching needs at least one filter (--search, --source, --channel, --since)"
        )
    query = MentionQuery(
        since=filters.since,
        until=now,
        channels=check_channels(filters.channels),
        sources=check_sources(store, settings, filters.sources),
        search=filters.search,
    )
    items = tuple(store.query(query))
    if not items:
        raise NotFoundError("no mention matches those filters")
    return Selection(tuple(item.mention.id for item in items), True, items)


def still_waiting(
    settings: Settings, chosen: Selection, at: datetime
) -> tuple[Selection, dict[str, int]]:
    """Of a bulk selection, the mentions still waiting for an answer at `at` (when the
    ack says it was given): what a bulk ack (or `--no-reply`) is for. The others are
    counted by why they need nothing: answered by then, history (never on the floor: an
    ack would only invent an answer), or owed no reply. A selection of ids given one by
    one is kept whole: each says what it did."""
    from webcare import sla

    if not chosen.bulk:
        return chosen, {}
    kept: list[StoredMention] = []
    needless: Counter[str] = Counter()
    for item in chosen.items:
        if item.response is not None and item.response.at <= at:
            needless["already answered"] += 1
        elif item.backfilled:
            needless["history"] += 1
        elif not sla.reply_owed(item, settings.sla).needed:
            needless["owed no reply"] += 1
        else:
            kept.append(item)
    ids = tuple(item.mention.id for item in kept)
    return Selection(ids, True, tuple(kept)), dict(needless)


def needless_words(needless: dict[str, int]) -> str:
    """`{"history": 1, "already answered": 2}` as "2 already answered, 1 history"."""
    order = ("already answered", "history", "owed no reply")
    return ", ".join(f"{needless[why]} {why}" for why in order if needless.get(why))


def answered_at(now: datetime, at: datetime | None, tz: tzinfo) -> datetime:
    """When an answer was given: `now` unless said, and never in the future (said in the
    brand's zone `tz`)."""
    if at is None:
        return now
    if at > now:
        raise UsageError(
            f"--at {local_words(at, tz)} is in the future (now is {local_words(now, tz)}); "
            "ack records an answer that was given"
        )
    return at


def acknowledge(
    store: Store,
    ids: tuple[str, ...],
    *,
    by: str | None,
    at: datetime,
    note: str | None,
    tz: tzinfo,
    no_reply: bool = False,
) -> list[AckResult]:
    if no_reply:
        return store.no_reply(ids, by=by, at=at, note=note)
    try:
        return store.ack(ids, by=by, at=at, note=note)
    except UsageError as refused:  # the store words its times in UTC; a person reads local
        raise UsageError(local_stamps(str(refused), tz)) from None


def reopen(store: Store, ids: tuple[str, ...], *, by: str | None, at: datetime) -> list[AckResult]:
    return store.reopen(ids, by=by, at=at)


def assign(
    store: Store,
    ids: tuple[str, ...],
    *,
    to: str | None,
    by: str | None,
    at: datetime,
    note: str | None = None,
) -> list[AckResult]:
    """Give mentions to a person (`to`), or back to nobody (None). Not an answer: the
    clock runs on and an assigned mention still breaches."""
    if to is not None and not to.strip():
        raise UsageError("--to: give a name")
    return store.assign(ids, to=to.strip() if to else None, by=by, at=at, note=note)
