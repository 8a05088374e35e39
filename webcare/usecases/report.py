"""The floor, the digest, listings, stats and incidents, read from a store at `now`."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from webcare import report
from webcare.errors import ExitCode, NotFoundError, UsageError
from webcare.floorrow import as_stored, whole
from webcare.incidents import Incident, SubjectCount, lookback
from webcare.model import Channel, FailOn, SlaState, StoredMention
from webcare.report import Listing
from webcare.settings import Settings
from webcare.sla import policy_stamp
from webcare.store import MentionQuery, Store
from webcare.store.base import STORED_STATUSES

if TYPE_CHECKING:  # loaded by the commands that build them, not by every report
    from webcare.digest import Digest
    from webcare.stats import Stats


@dataclass(frozen=True, slots=True)
class Filters:
    """What narrows a report or a listing, only when asked."""

    since: datetime | None = None
    channels: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    search: str | None = None
    assignees: tuple[str, ...] = ()
    """Only what these people have (`--assignee`, `--mine`)."""
    unassigned: bool = False


NO_FILTERS = Filters()


@dataclass(frozen=True, slots=True)
class Report:
    """What `webcare report` shows and the exit status it ends with."""

    listing: Listing
    exit_code: ExitCode
    """FAIL_ON when `--fail-on` matched, else OK."""
    silent: bool = False
    """`--only-new` found nothing new: print nothing."""


def check_channels(channels: Sequence[str]) -> tuple[str, ...]:
    valid = [c.value for c in Channel]
    for name in channels:
        if name not in valid:
            raise UsageError(f"--channel: unknown channel {name!r}; valid: {', '.join(valid)}")
    return tuple(channels)


def check_sources(store: Store, settings: Settings, sources: Sequence[str]) -> tuple[str, ...]:
    """The --source names, each configured or stored: a typo must not list nothing."""
    if not sources:
        return ()
    import difflib

    known = {spec.name for spec in settings.sources} | set(store.source_names())
    for name in sources:
        if name not in known:
            close = difflib.get_close_matches(name, sorted(known), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise UsageError(
                f"--source: unknown source {name!r}{hint} known: {', '.join(sorted(known)) or 'none'}"
            )
    return tuple(sources)


def floor_query(settings: Settings, now: datetime, filters: Filters = NO_FILTERS) -> MentionQuery:
    """What can be on the floor at `now`: every live unanswered mention needing a reply,
    however old, and recent praise to thank."""
    return MentionQuery(
        since=filters.since,
        until=now,
        channels=filters.channels,
        sources=filters.sources,
        search=filters.search,
        assignees=filters.assignees,
        unassigned=filters.unassigned,
        open_at=now,
        no_reply_since=now - settings.report.thank_within,
        policy_stamp=policy_stamp(settings.sla),
    )


def incident_history(store: Store, now: datetime) -> list[SubjectCount]:
    """What an incident's spike flag compares with: the subjects of the last week's
    mentions, counted by the store."""
    baseline_from, recent_from = lookback(now)
    return store.subject_counts(baseline_from, recent_from, now)


def floor(
    settings: Settings,
    store: Store,
    now: datetime,
    *,
    generated_at: datetime,
    filters: Filters = NO_FILTERS,
    limit: int | None = None,
) -> Listing:
    """The dropped-steak report: open mentions breached or at risk, worst first, however old."""
    # Thousands of rows, states and key terms, all alive until the report is built: the
    # collector's passes over them cost 26 million instructions at a million mentions
    # (1.5%). A floor row refers to itself (`webcare.floorrow`): the rows go at the first
    # collection after.
    with _collector_paused():
        rows = as_stored(store.floor_rows(floor_query(settings, now, filters)))
        whole: list[StoredMention] = []
        ranks = None
        if filters != NO_FILTERS:
            # A narrowed floor is part of the whole one: each mention timed from its whole
            # conversation and ranked by its place there, as `mentions` and `show` give it.
            whole = as_stored(store.floor_rows(floor_query(settings, now)))
            ranks = report.floor_ranks(whole, settings, now)
        return report.build_report(
            rows,
            settings,
            now=now,
            generated_at=generated_at,
            limit=limit,
            history=incident_history(store, now),
            conversation=whole,
            ranks=ranks,
        )


def _conversations(store: Store, items: Sequence[StoredMention]) -> list[StoredMention]:
    """Every stored mention of the conversations `items` are part of."""
    threads = {item.thread_id for item in items if item.thread_id}
    return store.threads(threads) if threads else []


def morning_report(
    settings: Settings,
    store: Store,
    now: datetime,
    *,
    generated_at: datetime,
    filters: Filters = NO_FILTERS,
    limit: int | None = None,
    only_new: bool = False,
    fail_on: FailOn | None = None,
    redact: bool = False,
) -> Report:
    """The report as `webcare report` gives it: with `only_new`, what became breached or at
    risk since the last such report (remembered in the store); with `fail_on`, whether it
    matched (exit 1); with `redact`, people's names, handles and numbers replaced."""
    listing = floor(
        settings, store, now, generated_at=generated_at, filters=filters,
        limit=None if only_new else limit,
    )  # fmt: skip
    if only_new:
        on_floor = {r.item.mention.id: r.sla.status.value for r in listing.rows}
        listing = report.only_new(listing, store.reported(), limit)
        store.remember_reported(on_floor, now)
        statuses = [r.sla.status.value for r in listing.rows]
        breached, anything = statuses.count("breached"), len(statuses)
    else:
        summary = listing.summary
        breached, anything = summary["breached"], summary["breached"] + summary["at_risk"]
    matched = (fail_on == FailOn.BREACHED and breached > 0) or (
        fail_on == FailOn.AT_RISK and anything > 0
    )
    return Report(
        _redacted(listing, settings) if redact else listing,
        ExitCode.FAIL_ON if matched else ExitCode.OK,
        silent=only_new and not listing.rows,
    )


def digest(
    settings: Settings,
    store: Store,
    now: datetime,
    *,
    since: datetime | None,
    generated_at: datetime,
    filters: Filters = NO_FILTERS,
    worst: int | None = None,
    redact: bool = False,
) -> Digest:
    from webcare import digest as digest_module

    earliest = digest_module.previous_start(since, now) or since
    query = MentionQuery(
        since=earliest, until=now, channels=filters.channels, sources=filters.sources,
        search=filters.search,
    )  # fmt: skip
    # Most of a week was answered in time, its verdict kept: those are counted from a few
    # columns, not built whole (a search is matched in Python on some backends: read whole).
    with _collector_paused():
        split = None if filters.search else store.split_answered(query, now, late_before=since)
        if split is None:
            items, answered = store.query(query), []
        else:
            items, answered = as_stored(split[0]), split[1]
        # The window chooses which mentions count, never how each is timed: a follow-up waits
        # from the oldest waiting message of its conversation, read whole wherever it is.
        conversation = _conversations(store, [i for i in items if i.mention.in_reply_to])
        if redact:
            from webcare import redacted

            items = redacted.items([whole(item) for item in items], settings.brand)
        return digest_module.build_digest(
            items, settings, now=now, since=since, generated_at=generated_at,
            worst=worst or digest_module.TOP, answered=answered, conversation=conversation,
        )  # fmt: skip


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while a digest or the floor reads and counts: they
    build thousands of objects (a digest a few hundred thousand), and each collection on
    the way walks those built so far (5% of the digest's instructions at a million
    mentions)."""
    import gc

    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def open_incidents(settings: Settings, store: Store, now: datetime) -> tuple[Incident, ...]:
    """The incidents the report shows at `now`."""
    return floor(settings, store, now, generated_at=now).incidents


def incident(settings: Settings, store: Store, now: datetime, given: str) -> Incident:
    from webcare.incidents import resolve

    try:
        return resolve(open_incidents(settings, store, now), given)
    except ValueError as exc:
        raise NotFoundError(f"--incident: {exc}") from None


def mentions(
    settings: Settings,
    store: Store,
    now: datetime,
    *,
    generated_at: datetime,
    filters: Filters = NO_FILTERS,
    sentiment: str | None = None,
    statuses: tuple[str, ...] = (),
    incident_id: str | None = None,
    limit: int | None = None,
    redact: bool = False,
) -> Listing:
    """Stored mentions newest first, each with the rank it has on the floor. With `limit`
    and no `incident_id`, only the newest are read and judged (`_newest`), unless a status
    asked for can be had both on the floor and off it (`ok`, `no_reply`)."""
    wanted = MentionQuery(
        since=filters.since, until=now, channels=filters.channels, sources=filters.sources,
        sentiment=sentiment, search=filters.search, assignees=filters.assignees,
        unassigned=filters.unassigned,
    )  # fmt: skip
    if limit is not None and incident_id is None and set(statuses) <= STORED_STATUSES:
        listing = _newest(settings, store, now, wanted, filters, generated_at, limit, statuses)
        return _redacted(listing, settings) if redact else listing
    if incident_id is not None or (statuses and set(statuses) <= ON_THE_FLOOR_ONLY):
        found = None if incident_id is None else incident(settings, store, now, incident_id)
        listing = _from_floor(
            settings, store, now, wanted, filters, generated_at, statuses,
            None if found is None else set(found.members), limit,
        )  # fmt: skip
        return _redacted(listing, settings) if redact else listing
    items = store.query(wanted)  # `ok` or `no_reply` among the statuses, or no limit
    ranks = report.floor_ranks(store.query(floor_query(settings, now)), settings, now)
    # A narrowed listing still times each follow-up from its whole conversation (what a
    # conversation's first message waits for starts with it: its clock needs no other).
    narrowed = filters != NO_FILTERS or sentiment is not None
    follow_ups = [item for item in items if item.mention.in_reply_to] if narrowed else []
    listing = report.build_listing(
        items, settings, now=now, generated_at=generated_at, statuses=statuses, limit=limit,
        floor_ranks=ranks, conversation=_conversations(store, follow_ups),
    )  # fmt: skip
    return _redacted(listing, settings) if redact else listing


_THREADS = 400
"""Conversations per read of their mentions (`_as_listed`)."""


def _newest(
    settings: Settings,
    store: Store,
    now: datetime,
    wanted: MentionQuery,
    filters: Filters,
    generated_at: datetime,
    limit: int,
    statuses: tuple[str, ...] = (),
) -> Listing:
    """`mentions --limit` as the whole listing gives it, without judging every mention of
    the window (a million, 84 s): the newest `limit` are read, and the headline counted
    (`report.counted_summary`) from the store's counts and the states of what the floor's
    query reads of the window, where everything that can be breached, at risk or awaiting
    a reply is. Those and the newest are judged as the whole listing judges them.
    `statuses` (of `STORED_STATUSES`): only those are read and counted; none of them is
    on the floor."""
    with _collector_paused():
        on_floor: list[StoredMention] = []
        ranks: dict[str, int] = {}
        if statuses:
            newest = store.newest(replace(wanted, statuses=statuses, status_at=now), now, limit)
        else:
            newest = store.newest(wanted, now, limit)
            on_floor, ranks = _floor_of(settings, store, now, filters, wanted.sentiment)
        narrowed = filters != NO_FILTERS or wanted.sentiment is not None
        states = _as_listed(store, wanted, newest.rows, settings, now, narrowed, on_floor=on_floor)
        shown = [(item, states[item.mention.id]) for item in newest.rows]
        rows = report.newest_ranked(shown, settings, ranks)
    summary = report.counted_summary(
        (states[item.mention.id] for item in on_floor), total=newest.total,
        responded=newest.responded, history=newest.history, to_thank=newest.to_thank,
        shown=len(rows),
    )  # fmt: skip
    return Listing("mentions", now, generated_at, tuple(rows), summary, settings.brand.timezone)


def _from_floor(
    settings: Settings,
    store: Store,
    now: datetime,
    wanted: MentionQuery,
    filters: Filters,
    generated_at: datetime,
    statuses: tuple[str, ...],
    members: set[str] | None,
    limit: int | None,
) -> Listing:
    """`mentions --status` of what only the floor's read holds (breached, at risk, open),
    or `--incident` (its `members` are open): the floor's read of the window holds all the
    selection can, and only that is judged, as the whole listing judges it."""
    with _collector_paused():
        on_floor, ranks = _floor_of(settings, store, now, filters, wanted.sentiment)
        if members is not None:
            on_floor = [item for item in on_floor if item.mention.id in members]
        narrowed = filters != NO_FILTERS or wanted.sentiment is not None or members is not None
        states = _as_listed(store, wanted, (), settings, now, narrowed, on_floor, members)
        return report.judged_listing(
            [(item, states[item.mention.id]) for item in on_floor], settings, now=now,
            generated_at=generated_at, statuses=statuses, limit=limit, floor_ranks=ranks,
        )  # fmt: skip


ON_THE_FLOOR_ONLY = frozenset({"breached", "at_risk", "open"})
"""The `--status` choices only a mention the floor's query reads can have."""


def _floor_of(
    settings: Settings, store: Store, now: datetime, filters: Filters, sentiment: str | None
) -> tuple[list[StoredMention], dict[str, int]]:
    """What the floor's query reads of a listing's window, and every floor rank."""
    everything = as_stored(store.floor_rows(floor_query(settings, now)))
    ranks = report.floor_ranks(everything, settings, now)
    if filters == NO_FILTERS and sentiment is None:
        return everything, ranks
    query = replace(floor_query(settings, now, filters), sentiment=sentiment)
    return as_stored(store.floor_rows(query)), ranks


def _as_listed(
    store: Store,
    wanted: MentionQuery,
    items: Sequence[StoredMention],
    settings: Settings,
    now: datetime,
    narrowed: bool,
    on_floor: Sequence[StoredMention] = (),
    members: set[str] | None = None,
) -> dict[str, SlaState]:
    """Mention id -> the SLA state the whole listing of `wanted` (only its `members`, when
    given) gives each of `items` and `on_floor`, mentions of that listing: a state depends
    only on the mentions of its conversation that the listing reads, its own and, when
    `narrowed`, every one of a conversation one of its follow-ups is in (`mentions`). Only
    the conversations of `items` are read, and of `on_floor` (what the floor's query read
    of the window) when `narrowed`: else what one of those waits with is on the floor too
    (as the floor's ranks have it), and answered ones wait with none of them."""
    read = [*items, *on_floor] if narrowed else items
    threads = sorted({item.thread_id for item in read if item.thread_id})
    around: list[StoredMention] = []
    for start in range(0, len(threads), _THREADS):
        around += store.query(replace(wanted, threads=tuple(threads[start : start + _THREADS])))
    if members is not None:
        around = [item for item in around if item.mention.id in members]
    judged = {item.mention.id: item for item in (*items, *on_floor)}
    judged.update((item.mention.id, item) for item in around)
    follow_ups = [item for item in around if item.mention.in_reply_to] if narrowed else []
    states = report.sla_states(
        judged.values(), settings, now, conversation=_conversations(store, follow_ups)
    )
    return {item.mention.id: state for item, state in states}


def _redacted(listing: Listing, settings: Settings) -> Listing:
    from webcare import redacted

    return redacted.listing(listing, settings.brand)


def stats(
    settings: Settings,
    store: Store,
    now: datetime,
    *,
    since: datetime | None,
    generated_at: datetime,
) -> Stats:
    from webcare.stats import build_stats

    items = store.query(MentionQuery(since=since, until=now))
    # The window chooses which mentions count, never how each is timed (as in the digest).
    follow_ups = [i for i in items if i.mention.in_reply_to] if since is not None else []
    conversation = _conversations(store, follow_ups)
    return build_stats(
        items, settings, now=now, since=since, generated_at=generated_at,
        conversation=conversation,
    )  # fmt: skip
