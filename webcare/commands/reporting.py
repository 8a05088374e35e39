"""report, notify, mentions, show, explain, stats: reading the floor."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

import typer

from webcare.choices import FailOn, SentimentLabel, StatusFilter
from webcare.commands import env as environment
from webcare.commands.options import (
    AssigneeOpt,
    ChannelOpt,
    ConfigOpt,
    DbOpt,
    FormatOpt,
    IncidentOpt,
    LimitOpt,
    MentionIdArg,
    MineOpt,
    NoColorOpt,
    NowOpt,
    QuietOpt,
    RedactOpt,
    SearchOpt,
    SinceOpt,
    SourceOpt,
    UnassignedOpt,
)
from webcare.errors import ExitCode, UsageError


def report(
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
    since: SinceOpt = None,
    channel: ChannelOpt = None,
    source: SourceOpt = None,
    search: SearchOpt = None,
    assignee: AssigneeOpt = None,
    mine: MineOpt = False,
    unassigned: UnassignedOpt = False,
    limit: LimitOpt = None,
    fmt: FormatOpt = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 when a mention is breached (or at risk or worse).",
            show_default=False,
        ),
    ] = None,
    only_new: Annotated[
        bool,
        typer.Option(
            "--only-new",
            help="Only what became breached or at risk since the last --only-new report (remembered in the store); nothing printed when nothing is new.",
        ),
    ] = False,
    digest: Annotated[
        bool,
        typer.Option(
            "--digest",
            help="Print the digest of the --since window (default [report] digest_since, 7d) instead: volumes, sentiment per channel, top topics, the worst breaches (--limit, default 10), response times against targets, against the window before.",
        ),
    ] = False,
    redact: RedactOpt = None,
    quiet: QuietOpt = False,
    no_color: NoColorOpt = False,
) -> ExitCode:
    """The dropped-steak report: every open mention breached or at risk of breaching, however
    old, worst first.

    --since, --channel, --source, --search, --assignee, --mine and --unassigned narrow it
    only when given. --digest looks
    back over a window instead (`report --digest --since 7d`: the weekly digest); it cannot
    be combined with --fail-on or --only-new, and --quiet does not silence it.
    """
    from webcare.usecases import report as reports

    if digest and (fail_on or only_new):
        # The digest looks back and alerts no one: an exit status or a "new since" memory
        # would mean nothing, so say so rather than ignore the flag.
        raise UsageError(
            "--digest cannot be combined with --fail-on or --only-new; "
            "run `webcare report --fail-on ...` separately for the alert"
        )
    env = environment.Environment.current(no_color=no_color)
    settings = environment.settings(config)
    moment = environment.now(now, settings)
    channels = reports.check_channels(channel or ())
    generated = datetime.now(UTC)
    redacted = environment.redacting(redact, settings, to_terminal=env.stdout_isatty)
    with environment.store(db, settings, read_only=not only_new) as store:
        sources = reports.check_sources(store, settings, source or ())
        if digest:
            window = since if since is not None else settings.report.digest_since
            filters = reports.Filters(None, channels, sources, search)
            result = reports.digest(
                settings, store, moment, since=environment.since(window, moment, settings),
                generated_at=generated, filters=filters, worst=limit, redact=redacted,
            )  # fmt: skip
            env.out(env.renderer(fmt).digest(result))
            return ExitCode.OK
        filters = reports.Filters(
            environment.since(since, moment, settings), channels, sources, search,
            *_people(env, assignee, mine, unassigned),
        )  # fmt: skip
        outcome = reports.morning_report(
            settings, store, moment, generated_at=generated, filters=filters, limit=limit,
            only_new=only_new, fail_on=fail_on, redact=redacted,
        )  # fmt: skip
    if not outcome.silent and not (quiet and not outcome.listing.rows):
        env.out(env.renderer(fmt).listing(outcome.listing))
    return outcome.exit_code


def notify(
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
    since: SinceOpt = None,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run",
            help="Print the alert on stdout instead of sending it; remembers nothing.",
        ),
    ] = False,
    redact: RedactOpt = None,
    quiet: QuietOpt = False,
) -> ExitCode:
    """Alert the [notify] urls (Slack, Teams, e-mail, webhooks via Apprise) about mentions
    that newly breached (or went at risk, with on = "at-risk"; a critical one, safety or
    health, is alerted at risk either way).

    Each mention alerts once per status; at most one alert per [notify] cooldown, and what
    becomes new meanwhile goes out with the next one, unless a critical mention (safety,
    health) is among it: that alert goes out at once. A breach due longer ago than
    [notify] recent (24h) and never alerted (a first notify, or one after a pause) is
    counted in one line, not listed. Run it from cron after `poll`.
    Exit 3 when a target could not be reached; exit 2, before anything is sent, when a
    "${ENV}" a target URL names is not set.
    """
    from webcare.config import notify_url_problems
    from webcare.usecases.notify import notify as alert

    env = environment.Environment.current()
    settings = environment.settings(config)
    if not dry_run and settings.notify.urls:
        # `${ENV}` targets are read here, by the command that sends, and nowhere else.
        problems = notify_url_problems(settings)
        for problem in problems:
            env.err(f"webcare: error: {problem}")
        if problems:
            return ExitCode.USAGE
    moment = environment.now(now, settings)
    with environment.store(db, settings, read_only=dry_run) as store:
        result = alert(
            settings, store, moment, generated_at=datetime.now(UTC),
            since=environment.since(since, moment, settings), dry_run=dry_run,
            redact=environment.redacting(redact, settings, to_terminal=False),
        )  # fmt: skip
    if not quiet or result.new:
        env.err(result.status)
    if dry_run and result.alert is not None:
        title, body = result.alert
        env.out(f"{title}\n\n{body}\n")
    for delivery in result.deliveries:
        if not delivery.ok:
            env.err(f"  FAILED: {delivery.target}: {delivery.error}")
        elif not quiet:
            env.err(f"  sent to {delivery.target}")
    return result.exit_code


def mentions(
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
    since: SinceOpt = None,
    channel: ChannelOpt = None,
    source: SourceOpt = None,
    sentiment: Annotated[
        SentimentLabel | None,
        typer.Option("--sentiment", help="Only this sentiment.", show_default=False),
    ] = None,
    status: Annotated[
        list[StatusFilter] | None,
        typer.Option(
            "--status",
            help="Only this SLA status at now (repeatable; 'open' = awaiting a reply, 'no_reply' = owed none, 'to_thank' = praise not yet answered, 'history' = stored as history by a first poll).",
            show_default=False,
        ),
    ] = None,
    search: SearchOpt = None,
    assignee: AssigneeOpt = None,
    mine: MineOpt = False,
    unassigned: UnassignedOpt = False,
    incident: IncidentOpt = None,
    limit: LimitOpt = None,
    fmt: FormatOpt = None,
    redact: RedactOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """List stored mentions, newest first, with their SLA state at now and, when on the
    floor, the same rank as in the report."""
    from webcare.usecases import report as reports

    env = environment.Environment.current(no_color=no_color)
    settings = environment.settings(config)
    moment = environment.now(now, settings)
    channels = reports.check_channels(channel or ())
    with environment.store(db, settings, read_only=True) as store:
        filters = reports.Filters(
            environment.since(since, moment, settings),
            channels,
            reports.check_sources(store, settings, source or ()),
            search,
            *_people(env, assignee, mine, unassigned),
        )
        listing = reports.mentions(
            settings, store, moment, generated_at=datetime.now(UTC), filters=filters,
            sentiment=sentiment.value if sentiment else None,
            statuses=tuple(choice.value for choice in status or ()), incident_id=incident,
            limit=limit, redact=environment.redacting(redact, settings, to_terminal=env.stdout_isatty),
        )  # fmt: skip
    env.out(env.renderer(fmt).listing(listing))


def stats(
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
    since: SinceOpt = None,
    fmt: FormatOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Response figures per channel, per source and per day: volume, negative share, median
    and p90 first-response time against the target, SLA compliance, breaches.

    --since defaults to [report] digest_since (7d).
    """
    from webcare.usecases import report as reports

    env = environment.Environment.current(no_color=no_color)
    settings = environment.settings(config)
    moment = environment.now(now, settings)
    window = since if since is not None else settings.report.digest_since
    with environment.store(db, settings, read_only=True) as store:
        result = reports.stats(
            settings, store, moment, since=environment.since(window, moment, settings),
            generated_at=datetime.now(UTC),
        )  # fmt: skip
    env.out(env.renderer(fmt).stats(result))


def show(
    mention_id: MentionIdArg,
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
    fmt: FormatOpt = None,
) -> None:
    """One mention in full, with the same author's other mentions across channels.

    Times are the brand's local time (UTC beside them); --format json gives UTC."""
    from webcare.usecases.show import show as one_mention

    env = environment.Environment.current()
    settings = environment.settings(config)
    moment = environment.now(now, settings)
    with environment.store(db, settings, read_only=True) as store:
        view = one_mention(settings, store, moment, mention_id)
    env.out(env.renderer(fmt).show(view))


def explain(
    mention_id: MentionIdArg,
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
) -> None:
    """Walk a mention's SLA clock: the target and why, business time counted, closed time skipped, due time, time left."""
    from webcare.usecases.show import explain as walk

    env = environment.Environment.current()
    settings = environment.settings(config)
    moment = environment.now(now, settings)
    with environment.store(db, settings, read_only=True) as store:
        lines = walk(settings, store, moment, mention_id)
    env.out("\n".join(lines) + "\n")


def _people(
    env: environment.Environment, assignee: list[str] | None, mine: bool, unassigned: bool
) -> tuple[tuple[str, ...], bool]:
    """--assignee, --mine and --unassigned as the filters' (assignees, unassigned)."""
    names = list(assignee or ())
    if mine:
        if not env.user:
            raise UsageError("--mine: no user name is known: set WEBCARE_USER to your name")
        names.append(env.user)
    if unassigned and names:
        raise UsageError("--unassigned cannot be combined with --assignee or --mine")
    return tuple(names), unassigned
