"""The command line: parse options, resolve config, store and `now`, call the library,
write what the renderers return. Errors become exit codes in one place (`_guard`).

Heavy modules (httpx, feedparser, VADER, rich tables) are imported inside the commands
that need them, so `webcare --help` stays instant.
"""

import functools
import os
import shutil
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer

from webcare import __version__
from webcare.errors import ExitCode, NotFoundError, UsageError, WebcareError

app = typer.Typer(
    name="webcare",
    help=(
        "Webcare monitoring: poll review sites, feeds and social exports for brand mentions, "
        "tag language, sentiment, urgency and route, track each response-time SLA, and report "
        "the dropped steaks, worst first."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    pretty_exceptions_show_locals=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class FormatChoice(StrEnum):
    table = "table"
    plain = "plain"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    tsv = "tsv"
    markdown = "markdown"
    html = "html"


class FailOn(StrEnum):
    breached = "breached"
    at_risk = "at-risk"


class StatusChoice(StrEnum):
    ok = "ok"
    at_risk = "at_risk"
    breached = "breached"
    responded = "responded"
    open = "open"
    no_reply = "no_reply"


class SentimentChoice(StrEnum):
    neg = "neg"
    neu = "neu"
    pos = "pos"


# Shared options: defined once so report, mentions and the rest cannot drift apart.
ConfigOpt = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        envvar="WEBCARE_CONFIG",
        help="Config file (default ./webcare.toml, then the user config dir).",
        show_default=False,
    ),
]
DbOpt = Annotated[
    str | None,
    typer.Option(
        "--db",
        envvar="WEBCARE_DB",
        help="SQLite store: a path or sqlite:///PATH (default in the user data dir).",
        show_default=False,
    ),
]
NowOpt = Annotated[
    str | None,
    typer.Option(
        "--now",
        help="Evaluate at this time (ISO 8601; naive = the brand's time zone) instead of the clock.",
        show_default=False,
    ),
]
FormatOpt = Annotated[
    FormatChoice | None,
    typer.Option(
        "--format",
        "-f",
        help="Output format (default: table on a terminal, plain otherwise).",
        show_default=False,
    ),
]
SinceOpt = Annotated[
    str | None,
    typer.Option(
        "--since",
        help="Only mentions created since: a duration back from now (7d, 12h), an ISO time, or 'all'.",
        show_default=False,
    ),
]
LimitOpt = Annotated[
    int | None,
    typer.Option("--limit", "-n", min=1, help="Show at most N mentions.", show_default=False),
]
QuietOpt = Annotated[
    bool,
    typer.Option("--quiet", "-q", help="Print only what needs attention; no summaries on stderr."),
]
VerboseOpt = Annotated[
    bool, typer.Option("--verbose", "-v", help="Print every problem found in the sources.")
]
NoColorOpt = Annotated[
    bool,
    typer.Option(
        "--no-color",
        envvar="WEBCARE_NO_COLOR",
        help="No colour in the table (NO_COLOR is honoured too).",
    ),
]

MentionIdArg = Annotated[
    str, typer.Argument(metavar="ID", help="Mention id (or a unique prefix of 4+ characters).")
]
IdsArg = Annotated[
    list[str] | None,
    typer.Argument(metavar="[ID]...", help="Mention ids (or unique prefixes).", show_default=False),
]
AllMatchingOpt = Annotated[
    bool,
    typer.Option(
        "--all-matching",
        help="Act on every mention matching the filters (--search, --source, --channel, --since) instead of ids.",
    ),
]
MatchSearchOpt = Annotated[
    str | None,
    typer.Option(
        "--search", help="With --all-matching: text or author contains this.", show_default=False
    ),
]
MatchSourceOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--source",
        "-s",
        help="With --all-matching: only this source (repeatable).",
        show_default=False,
    ),
]
MatchChannelOpt = Annotated[
    list[str] | None,
    typer.Option(
        "--channel", help="With --all-matching: only this channel (repeatable).", show_default=False
    ),
]

F = TypeVar("F", bound=Callable[..., Any])


def _guard(func: F) -> F:
    """Map webcare's errors to a message on stderr and the exit code SPEC.md assigns."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except WebcareError as exc:
            _err(f"webcare: error: {exc}")
            raise typer.Exit(int(exc.exit_code)) from None
        except KeyboardInterrupt:
            _err("webcare: interrupted")
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def _err(message: str) -> None:
    typer.echo(message, err=True)


def _out(text: str) -> None:
    if text:
        sys.stdout.write(text)
        sys.stdout.flush()


def _settings(config: Path | None):  # noqa: ANN202 - webcare.config is imported lazily
    from webcare import config as config_module

    return config_module.load(config)


def _now(given: str | None, settings: Any) -> datetime:
    from webcare.timeparse import parse_time

    if not given:
        return datetime.now(UTC)
    try:
        return parse_time(given, settings.brand.timezone)
    except ValueError as exc:
        raise UsageError(f"--now: {exc}") from None


def _since(given: str | None, default: str | None, now: datetime, settings: Any) -> datetime | None:
    from webcare.timeparse import parse_since

    text = given if given is not None else default
    if text is None or text == "all":
        return None
    try:
        return parse_since(text, now, settings.brand.timezone)
    except ValueError as exc:
        raise UsageError(f"--since: {exc}") from None


def _open_store(db: str | None, *, create: bool = False):  # noqa: ANN202
    from webcare.config import default_db_path
    from webcare.errors import StoreError
    from webcare.store import Store, resolve_location

    location = db or default_db_path()
    if not create and not resolve_location(location).is_file():
        # Only poll and import create the store: a mistyped --db must fail, not report an
        # empty store with exit 0 and leave a new file behind.
        path = resolve_location(location)
        raise StoreError(f"no store at {path}; `webcare poll` or `webcare import` creates it")
    return Store.open(location)


def _terminal(no_color: bool):  # noqa: ANN202
    from webcare.render import Terminal

    is_tty = sys.stdout.isatty()
    color = is_tty and not no_color and "NO_COLOR" not in os.environ
    width = shutil.get_terminal_size((100, 24)).columns if is_tty else 100
    return Terminal(width=max(60, width), color=color)


def _format(fmt: FormatChoice | None):  # noqa: ANN202
    from webcare.render import OutputFormat, resolve

    return resolve(OutputFormat(fmt.value) if fmt else None, sys.stdout.isatty())


def _print_results(results: list[Any], *, quiet: bool, verbose: bool) -> None:
    for result in results:
        _print_result(result, quiet=quiet, verbose=verbose)


def _print_result(result: Any, *, quiet: bool, verbose: bool) -> None:
    from webcare.textutil import one_line
    from webcare.timeparse import iso_utc

    if result.error:
        _err(f"{result.source}: FAILED: {one_line(result.error)}")
        if result.deferred_until is not None:
            _err(f"  left alone until {iso_utc(result.deferred_until)}, as it asked")
        return
    if quiet:
        return
    if result.deferred_until is not None:
        _err(
            f"{result.source}: skipped: the source asked not to be polled "
            f"before {iso_utc(result.deferred_until)} (Retry-After)"
        )
        return
    if result.not_modified:
        _err(f"{result.source}: not modified since the last poll")
        return
    line = f"{result.source}: {result.new} new, {result.seen} already seen"
    if result.replies:
        line += f", {result.replies} answered by a brand reply"
    if result.also_seen:
        line += f", {result.also_seen} also seen in another source (kept as one mention)"
    if result.filtered:
        line += f", {result.filtered} not about the brand"
    if result.problems:
        line += f", {len(result.problems)} problem(s)"
    _err(line)
    shown = result.problems if verbose else result.problems[:5]
    for problem in shown:
        where = f"line {problem.line}: " if problem.line else ""
        _err(f"  {where}{one_line(problem.message)}")
    if len(result.problems) > len(shown):
        _err(f"  … and {len(result.problems) - len(shown)} more (use --verbose to see all)")


def _progress(total: int, quiet: bool, verbose: bool) -> Callable[[Any], None]:
    """On a terminal, each source's line appears as it finishes, counted: `[3/12] name: …`."""
    done = 0

    def on_result(result: Any) -> None:
        nonlocal done
        done += 1
        if not quiet:
            typer.echo(f"[{done}/{total}] ", err=True, nl=False)
        _print_result(result, quiet=quiet, verbose=verbose)

    return on_result


def _version(value: bool) -> None:
    if value:
        typer.echo(f"webcare {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Webcare monitoring from the command line."""


@app.command()
@_guard
def init(
    path: Annotated[Path, typer.Argument(help="Where to write the starter config.")] = Path(
        "webcare.toml"
    ),
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing file.")] = False,
) -> None:
    """Write a commented starter config (never overwrites without --force)."""
    from importlib.resources import files

    if path.exists() and not force:
        raise UsageError(f"{path} already exists; use --force to overwrite it")
    starter = files("webcare").joinpath("starter.toml").read_text(encoding="utf-8")
    try:
        path.write_text(starter, encoding="utf-8")
    except OSError as exc:
        raise UsageError(f"cannot write {path}: {exc.strerror}") from None
    _err(f"wrote {path}; edit [brand] and [[sources]], then run: webcare check --config {path}")


@app.command()
@_guard
def demo(
    fmt: FormatOpt = None,
    limit: LimitOpt = None,
    quiet: QuietOpt = False,
    no_color: NoColorOpt = False,
) -> None:
    """Poll and report on the bundled sample, offline, in a temporary store."""
    import tempfile
    from importlib.resources import as_file, files

    from webcare import config as config_module
    from webcare import pipeline, report
    from webcare.demo import DEMO_NOW
    from webcare.render import render_listing
    from webcare.store import MentionQuery, Store

    with (
        as_file(files("webcare").joinpath("demo")) as demo_dir,
        tempfile.TemporaryDirectory() as tmp,
    ):
        settings = config_module.load_file(Path(demo_dir) / "webcare.toml")
        with Store.open(Path(tmp) / "demo.db") as store:
            results = pipeline.poll(settings, store, now=DEMO_NOW)
            _print_results(results, quiet=quiet, verbose=False)
            listing = report.build_report(
                store.query(MentionQuery(until=DEMO_NOW)),
                settings,
                now=DEMO_NOW,
                generated_at=datetime.now(UTC),
                limit=limit,
            )
    if not quiet:
        _err(f"demo: Bolderkar, a fictional Dutch online supermarket, at {DEMO_NOW.isoformat()}")
    _out(render_listing(listing, _format(fmt), _terminal(no_color)))


@app.command()
@_guard
def check(
    config: ConfigOpt = None,
    online: Annotated[
        bool, typer.Option("--online", help="Also fetch every source once (nothing is stored).")
    ] = False,
    now: NowOpt = None,
) -> None:
    """Validate the config and list the source kinds; --online also reaches every source.

    Warns about calendar problems: overlapping hours, 23:59 gaps, targets shorter than the
    at-risk floor, and holidays in the next 30 days (from --now).
    """
    from webcare import config as config_module
    from webcare import sources

    path = config_module.find_config(config)
    settings = config_module.load_file(path) if path else config_module.Settings()
    lines = [f"config: {path if path else 'none found; using built-in defaults'}"]
    brand = settings.brand
    lines.append(
        f"brand: {brand.name} ({brand.timezone.key}); keywords: {', '.join(brand.keywords) or 'none (keep all)'}"
    )
    lines.append(f"handles: {', '.join(brand.handles) or 'none'}")
    from webcare.timeparse import format_duration

    targets = ", ".join(
        f"{name} {format_duration(value)}" for name, value in settings.sla.targets.items()
    )
    lines.append(
        f"sla: {targets}; at risk at {settings.sla.at_risk:.0%} or {format_duration(settings.sla.at_risk_floor)} left"
    )
    from webcare.analysis import topics as topic_rules
    from webcare.analysis import urgency as urgency_rules

    categories = urgency_rules.ruleset(settings.urgency).categories
    lines.append(
        "urgency: "
        + ", ".join(f"{c.name} {c.level.value}" for c in categories)
        + (f"; disabled: {', '.join(settings.urgency.disable)}" if settings.urgency.disable else "")
    )
    topic_list = topic_rules.ruleset(settings.topics).topics
    lines.append(
        "topics: "
        + ", ".join(
            f"{t.name} {t.weight:g}" + (" (monetary)" if t.monetary else "") for t in topic_list
        )
        + (f"; disabled: {', '.join(settings.topics.disable)}" if settings.topics.disable else "")
    )
    lines.append(f"sources ({len(settings.sources)}):")
    lines.extend(f"  {s.name}: {s.kind}, {s.channel.value}, {s.location}" for s in settings.sources)
    lines.append("source kinds:")
    width = max(map(len, sources.kinds()))
    lines.extend(f"  {name:<{width}}  {sources.get(name).description}" for name in sources.kinds())
    _out("\n".join(lines) + "\n")
    from webcare import sla

    moment = _now(now, settings)
    for warning in sla.lint(settings.sla, moment.astimezone(settings.brand.timezone).date()):
        _err(f"warning: {warning}")
    if online:
        failed = _check_online(settings)
        if failed:
            raise typer.Exit(int(ExitCode.PARTIAL))


def _check_online(settings: Any) -> int:
    import asyncio

    from webcare import sources
    from webcare.errors import SourceError
    from webcare.fetch import HttpFetcher, read_file
    from webcare.model import Mention
    from webcare.sources.base import ParseContext

    async def run() -> list[tuple[str, str | None]]:
        fetcher = HttpFetcher(settings.poll)
        now = datetime.now(UTC)

        async def one(spec: Any) -> tuple[str, str | None]:
            try:
                if spec.path is not None:
                    fetched = read_file(spec, None, max_bytes=settings.poll.max_bytes)
                else:
                    fetched = await fetcher.fetch(spec, None)
                ctx = ParseContext(spec, settings.brand.timezone, now)
                items = list(sources.get(spec.kind).parse(fetched.body or b"", ctx))
                count = sum(isinstance(item, Mention) for item in items)
                return spec.name, f"ok, {count} item(s)"
            except SourceError as exc:
                return spec.name, f"FAILED: {exc.reason}"
            except WebcareError as exc:
                return spec.name, f"FAILED: {exc}"

        try:
            return await asyncio.gather(*(one(spec) for spec in settings.sources))
        finally:
            await fetcher.aclose()

    failed = 0
    for name, outcome in asyncio.run(run()):
        failed += bool(outcome and outcome.startswith("FAILED"))
        _err(f"{name}: {outcome}")
    return failed


@app.command()
@_guard
def poll(
    source: Annotated[
        list[str] | None,
        typer.Option(
            "--source", "-s", help="Poll only this source (repeatable).", show_default=False
        ),
    ] = None,
    backfill: Annotated[
        bool,
        typer.Option(
            "--backfill",
            help="Store everything new in this poll as history: analysed and counted, never on the floor.",
        ),
    ] = False,
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """Fetch all (or the named) sources concurrently, analyse and store new mentions."""
    from webcare import pipeline

    settings = _settings(config)
    if not settings.sources:
        where = settings.path or "no config file"
        raise UsageError(
            f"no sources configured ({where}); add [[sources]] as in config.example.toml"
        )
    names = source or []
    pipeline.select_sources(settings, names)  # unknown names are a usage error before any I/O
    moment = _now(now, settings)
    with _open_store(db, create=True) as store, store.writer_lock() as locked:
        if not locked:
            if not quiet:
                _err(
                    f"webcare: another poll or import is writing to {store.path}; this poll skipped"
                )
            return
        hook = (
            _progress(len(pipeline.select_sources(settings, names)), quiet, verbose)
            if sys.stderr.isatty()
            else None
        )
        results = pipeline.poll(
            settings, store, now=moment, names=names, on_result=hook, backfill=backfill
        )
    if hook is None:
        _print_results(results, quiet=quiet, verbose=verbose)
    failed = [r for r in results if r.error]
    if not quiet:
        total_new = sum(r.new for r in results)
        _err(f"polled {len(results)} source(s): {total_new} new mention(s), {len(failed)} failed")
    if failed:
        raise typer.Exit(int(ExitCode.PARTIAL))


@app.command()
@_guard
def report(
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
    since: SinceOpt = None,
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
            help="Print the digest of the --since window instead: volumes, sentiment per channel, top topics, the worst breaches (--limit, default 10), response times against targets, against the window before.",
        ),
    ] = False,
    quiet: QuietOpt = False,
    no_color: NoColorOpt = False,
) -> None:
    """The dropped-steak report: open mentions breached or at risk of breaching, worst first.

    --since defaults to [report] since in the config (7d). --digest looks back over that
    window instead (`report --digest --since 7d`: the weekly digest); it cannot be combined
    with --fail-on or --only-new, and --quiet does not silence it.
    """
    from webcare import report as report_module
    from webcare.render import render_listing
    from webcare.store import MentionQuery

    if digest and (fail_on or only_new):
        # The digest looks back and alerts no one: an exit status or a "new since" memory
        # would mean nothing, so say so rather than ignore the flag.
        raise UsageError(
            "--digest cannot be combined with --fail-on or --only-new; "
            "run `webcare report --fail-on ...` separately for the alert"
        )
    settings = _settings(config)
    moment = _now(now, settings)
    start = _since(since, settings.report.since, moment, settings)
    if digest:
        from webcare import digest as digest_module
        from webcare.render.digest import render_digest

        earliest = digest_module.previous_start(start, moment) or start
        with _open_store(db) as store:
            items = store.query(MentionQuery(since=earliest, until=moment))
        result = digest_module.build_digest(
            items,
            settings,
            now=moment,
            since=start,
            generated_at=datetime.now(UTC),
            worst=limit or digest_module.TOP,
        )
        _out(render_digest(result, _format(fmt), _terminal(no_color)))
        return
    with _open_store(db) as store:
        items = store.query(MentionQuery(since=start, until=moment))
        listing = report_module.build_report(
            items,
            settings,
            now=moment,
            generated_at=datetime.now(UTC),
            limit=None if only_new else limit,
        )
        if only_new:
            floor = {r.item.mention.id: r.sla.status.value for r in listing.rows}
            listing = report_module.only_new(listing, store.reported(), limit)
            store.remember_reported(floor, moment)
    if only_new and not listing.rows:
        return  # cron: nothing new, nothing printed, exit 0
    if not (quiet and not listing.rows):
        _out(render_listing(listing, _format(fmt), _terminal(no_color)))
    statuses = [r.sla.status.value for r in listing.rows] if only_new else None
    summary = listing.summary
    breached = statuses.count("breached") if statuses is not None else summary["breached"]
    on_floor = len(statuses) if statuses is not None else summary["breached"] + summary["at_risk"]
    matched = {None: False, FailOn.breached: breached > 0, FailOn.at_risk: on_floor > 0}[fail_on]
    if matched:
        raise typer.Exit(int(ExitCode.FAIL_ON))


@app.command()
@_guard
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
    quiet: QuietOpt = False,
) -> None:
    """Alert the [notify] urls (Slack, Teams, e-mail, webhooks via Apprise) about mentions
    that newly breached (or went at risk, with on = "at-risk").

    Each mention alerts once per status; at most one alert per [notify] cooldown, and what
    becomes new meanwhile goes out with the next one. Run it from cron after `poll`.
    Exit 3 when a target could not be reached.
    """
    from webcare import notify as notify_module
    from webcare import report as report_module
    from webcare.store import MentionQuery

    settings = _settings(config)
    if not settings.notify.urls and not dry_run:
        raise UsageError(
            "no [notify] urls in the config: add Apprise URLs (slack://…, msteams://…, "
            "mailtos://…, json://…) as config.example.toml shows, or use --dry-run"
        )
    moment = _now(now, settings)
    start = _since(since, settings.report.since, moment, settings)
    with _open_store(db) as store:
        items = store.query(MentionQuery(since=start, until=moment))
        listing = report_module.build_report(
            items, settings, now=moment, generated_at=datetime.now(UTC)
        )
        plan = notify_module.plan(
            listing.rows,
            store.alerted(),
            settings.notify,
            now=moment,
            last_sent=None if dry_run else store.last_alert_at(),
        )
        if not quiet or (plan.new and plan.held_until is None):
            _err(notify_module.status_line(plan, moment))
        if not plan.new or plan.held_until is not None:
            return
        title, body = notify_module.compose(plan, settings.brand.name, settings.notify.max_items)
        if dry_run:
            _out(f"{title}\n\n{body}\n")
            return
        deliveries = notify_module.send(settings.notify.urls, title, body)
        for delivery in deliveries:
            if not delivery.ok:
                _err(f"  FAILED: {delivery.target}: {delivery.error}")
            elif not quiet:
                _err(f"  sent to {delivery.target}")
        if any(delivery.ok for delivery in deliveries):
            # Remembered once anyone heard it: resending would repeat it where it arrived.
            store.remember_alert(plan.pairs, moment)
    if not all(delivery.ok for delivery in deliveries):
        raise typer.Exit(int(ExitCode.PARTIAL))


@app.command()
@_guard
def mentions(
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
    since: SinceOpt = None,
    channel: Annotated[
        list[str] | None,
        typer.Option("--channel", help="Only this channel (repeatable).", show_default=False),
    ] = None,
    source: Annotated[
        list[str] | None,
        typer.Option("--source", "-s", help="Only this source (repeatable).", show_default=False),
    ] = None,
    sentiment: Annotated[
        SentimentChoice | None,
        typer.Option("--sentiment", help="Only this sentiment.", show_default=False),
    ] = None,
    status: Annotated[
        list[StatusChoice] | None,
        typer.Option(
            "--status",
            help="Only this SLA status at now (repeatable; 'open' = awaiting a reply, 'no_reply' = needs none).",
            show_default=False,
        ),
    ] = None,
    search: Annotated[
        str | None,
        typer.Option(
            "--search", help="Only mentions whose text or author contains this.", show_default=False
        ),
    ] = None,
    limit: LimitOpt = None,
    fmt: FormatOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """List stored mentions, newest first, with their SLA state at now."""
    from webcare import report as report_module
    from webcare.model import Channel
    from webcare.render import render_listing
    from webcare.store import MentionQuery

    settings = _settings(config)
    moment = _now(now, settings)
    valid_channels = [c.value for c in Channel]
    for name in channel or []:
        if name not in valid_channels:
            raise UsageError(
                f"--channel: unknown channel {name!r}; valid: {', '.join(valid_channels)}"
            )
    statuses = [choice.value for choice in status or []]
    query = MentionQuery(
        since=_since(since, None, moment, settings),
        until=moment,
        channels=tuple(channel or ()),
        sources=tuple(source or ()),
        sentiment=sentiment.value if sentiment else None,
        search=search,
    )
    with _open_store(db) as store:
        items = store.query(query)
    listing = report_module.build_listing(
        items,
        settings,
        now=moment,
        generated_at=datetime.now(UTC),
        statuses=tuple(statuses),
        limit=limit,
    )
    _out(render_listing(listing, _format(fmt), _terminal(no_color)))


@app.command()
@_guard
def stats(
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
    since: SinceOpt = None,
    fmt: FormatOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Response figures per channel, per source and per day: volume, negative, responded,
    median/p90 first response against the target, SLA compliance, breaches.

    --since defaults to 7d.
    """
    from webcare import stats as stats_module
    from webcare.render.stats import render_stats
    from webcare.store import MentionQuery

    settings = _settings(config)
    moment = _now(now, settings)
    start = _since(since, "7d", moment, settings)
    with _open_store(db) as store:
        items = store.query(MentionQuery(since=start, until=moment))
    result = stats_module.build_stats(
        items, settings, now=moment, since=start, generated_at=datetime.now(UTC)
    )
    _out(render_stats(result, _format(fmt), _terminal(no_color)))


@app.command()
@_guard
def show(
    mention_id: MentionIdArg,
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
    fmt: Annotated[
        FormatChoice | None,
        typer.Option(
            "--format",
            "-f",
            help="json for the full record; anything else prints text.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """One mention in full, with the same author's other mentions across channels."""
    from webcare import report as report_module
    from webcare.render.records import dumps
    from webcare.textutil import clean_text, one_line

    settings = _settings(config)
    moment = _now(now, settings)
    with _open_store(db) as store:
        item = store.get(mention_id)
        others = (
            store.by_author(item.mention.author, exclude=item.mention.id)
            if item.mention.author
            else []
        )
        actions = store.actions(item.mention.id)
    ranked = report_module.evaluate([item, *others], settings, moment)
    by_id = {r.item.mention.id: r for r in ranked}
    record = report_module.mention_record(by_id[item.mention.id])
    other_records = [report_module.mention_record(by_id[o.mention.id]) for o in others]
    if fmt in (FormatChoice.json, FormatChoice.jsonl):
        document = {**record, "actions": actions, "same_author": other_records}
        _out(dumps(document, indent=2 if fmt is FormatChoice.json else None) + "\n")
        return
    sla = record["sla"]
    lines = [
        f"id:          {record['id']}",
        f"source:      {one_line(record['source'])} ({record['channel']})",
        f"author:      {one_line(record['author'] or '-')}"
        + (f" ({record['author_reach']:,} followers)" if record["author_reach"] else ""),
        f"created:     {record['created_at']}"
        + (" (estimated: first seen)" if record["created_at_estimated"] else ""),
        f"url:         {one_line(record['url'] or '-')}",
        *(
            f"also seen:   {one_line(seen['source'])}: {one_line(seen['url'] or '-')}"
            for seen in record["also_seen"]
        ),
        f"rating:      {record['rating'] if record['rating'] is not None else '-'}",
        f"language:    {record['language']}",
        f"sentiment:   {record['sentiment']['label']} {record['sentiment']['score']:+.2f}"
        + (f" ({', '.join(record['sentiment']['words'])})" if record["sentiment"]["words"] else ""),
        f"urgency:     {record['urgency']['level']}"
        + (f" ({'; '.join(record['urgency']['reasons'])})" if record["urgency"]["reasons"] else ""),
        f"topics:      {', '.join(record['topics']) or '-'}",
        f"route:       {record['route']} ({record['route_reason']})",
        f"sla:         {sla['status']}, due {sla['due_at']} ({sla['target_reason']})"
        if sla["needs_reply"] or sla["status"] == "responded"
        else f"sla:         {sla['status']}: no clock runs, no reply is needed",
        "reply:       "
        + ("needed" if sla["needs_reply"] else "not needed")
        + (f" ({one_line(sla['needs_reply_reason'])})" if sla["needs_reply_reason"] else "")
        + (
            ""
            if sla["needs_reply"]
            else f"; `webcare reopen {record['id'][:8]}` if it does need one"
        ),
        f"responded:   {record['responded_at'] or '-'}"
        + (f" by {one_line(record['responded_by'])}" if record["responded_by"] else "")
        + (f" via {record['responded_via']}" if record["responded_via"] else ""),
        f"priority:    {record['priority']['score']:g}: {'; '.join(record['priority']['why']) or 'nothing pressing'}",
        "",
        clean_text(record["text"]),
    ]
    if actions:
        lines += ["", "history:"]
        lines += [
            f"  {a['at']} {a['action']} by {one_line(a['by'] or '-')}"
            + (f": {one_line(a['note'])}" if a["note"] else "")
            for a in actions
        ]
    if other_records:
        lines += ["", f"same author elsewhere ({len(other_records)}):"]
        for other in other_records:
            lines.append(
                f"  {other['id']} {other['created_at']} {other['channel']}/{one_line(other['source'])} "
                f"{other['sla']['status']}: {one_line(other['text'])[:100]}"
            )
    _out("\n".join(lines) + "\n")


@app.command()
@_guard
def explain(
    mention_id: MentionIdArg,
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
) -> None:
    """Walk a mention's SLA clock: the target and why, business time counted, closed time skipped, due time, time left."""
    from webcare import report as report_module
    from webcare import sla
    from webcare.textutil import one_line

    settings = _settings(config)
    moment = _now(now, settings)
    with _open_store(db) as store:
        item = store.get(mention_id)
        conversation = store.thread(item.thread_id) if item.thread_id else []
    state = report_module.state_in_conversation(item, conversation, settings, moment)
    header = f"{item.mention.id} · {item.mention.channel.value} · {one_line(item.mention.source)}"
    _out("\n".join([header, *sla.explain(item, state, settings.sla, moment)]) + "\n")


def _target_ids(
    store: Any,
    ids: list[str] | None,
    all_matching: bool,
    search: str | None,
    source: list[str] | None,
    channel: list[str] | None,
    since: str | None,
    now: datetime,
    settings: Any,
) -> list[str]:
    """The ids given, or with --all-matching those of every mention matching the filters."""
    from webcare.store import MentionQuery

    filters = search or source or channel or since
    if not all_matching:
        if filters:
            raise UsageError(
                "--search, --source, --channel and --since select mentions only with --all-matching"
            )
        if not ids:
            raise UsageError("give mention ids, or --all-matching with filters")
        return ids
    if ids:
        raise UsageError("give either ids or --all-matching with filters, not both")
    if not filters:
        raise UsageError(
            "--all-matching needs at least one filter (--search, --source, --channel, --since)"
        )
    query = MentionQuery(
        since=_since(since, None, now, settings),
        until=now,
        channels=tuple(channel or ()),
        sources=tuple(source or ()),
        search=search,
    )
    matched = [item.mention.id for item in store.query(query)]
    if not matched:
        raise NotFoundError("no mention matches those filters")
    return matched


def _user() -> str | None:
    return os.environ.get("WEBCARE_USER") or os.environ.get("USER") or os.environ.get("LOGNAME")


@app.command()
@_guard
def ack(
    ids: IdsArg = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by", help="Who responded (default $WEBCARE_USER or $USER).", show_default=False
        ),
    ] = None,
    note: Annotated[
        str | None,
        typer.Option("--note", help="A note kept with the acknowledgement.", show_default=False),
    ] = None,
    at: Annotated[
        str | None,
        typer.Option("--at", help="When the response was given (default now).", show_default=False),
    ] = None,
    no_reply: Annotated[
        bool,
        typer.Option(
            "--no-reply",
            help="Mark them as needing no reply instead (a closing thank-you webcare missed): no clock runs and they do not count as responded.",
        ),
    ] = False,
    all_matching: AllMatchingOpt = False,
    search: MatchSearchOpt = None,
    source: MatchSourceOpt = None,
    channel: MatchChannelOpt = None,
    since: SinceOpt = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
) -> None:
    """Mark mentions as responded, or with --no-reply as needing no reply (reopen undoes either)."""
    settings = _settings(config)
    moment = _now(at or now, settings)
    with _open_store(db) as store:
        ids = _target_ids(
            store, ids, all_matching, search, source, channel, since, moment, settings
        )
        if no_reply:
            results = store.no_reply(ids, by=by or _user(), at=moment, note=note)
        else:
            results = store.ack(ids, by=by or _user(), at=moment, note=note)
    for result in results:
        _err(f"{result.id}: {result.detail}")


@app.command()
@_guard
def reopen(
    ids: IdsArg = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by", help="Who reopened (default $WEBCARE_USER or $USER).", show_default=False
        ),
    ] = None,
    all_matching: AllMatchingOpt = False,
    search: MatchSearchOpt = None,
    source: MatchSourceOpt = None,
    channel: MatchChannelOpt = None,
    since: SinceOpt = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
) -> None:
    """Mark mentions open again: undo an ack or a brand reply, and make one that needed no reply need one."""
    settings = _settings(config)
    moment = _now(now, settings)
    with _open_store(db) as store:
        ids = _target_ids(
            store, ids, all_matching, search, source, channel, since, moment, settings
        )
        results = store.reopen(ids, by=by or _user(), at=moment)
    for result in results:
        _err(f"{result.id}: {result.detail}")


@app.command(name="import")
@_guard
def import_(
    file: Annotated[Path, typer.Argument(help="The export file.")],
    kind: Annotated[
        str, typer.Option("--kind", "-k", help="Source kind of the file (see `webcare check`).")
    ],
    source: Annotated[
        str | None,
        typer.Option(
            "--source",
            "-s",
            help="Source name to store under (default import-FILESTEM).",
            show_default=False,
        ),
    ] = None,
    channel: Annotated[
        str | None,
        typer.Option("--channel", help="Channel (default: the kind's).", show_default=False),
    ] = None,
    no_filter: Annotated[
        bool,
        typer.Option("--no-filter", help="Keep every row, not only those matching brand keywords."),
    ] = False,
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> None:
    """One-off import of an export file through the same pipeline as poll."""
    from webcare import config as config_module
    from webcare import pipeline

    settings = _settings(config)
    name = source or f"import-{file.stem}"
    table: dict[str, Any] = {
        "name": name,
        "kind": kind,
        "path": str(file.resolve()),
        "filter": not no_filter,
    }
    configured = next((s for s in settings.sources if s.name == name), None)
    if channel:
        table["channel"] = channel
    elif configured is not None:
        table["channel"] = configured.channel.value
    if configured is not None and configured.fields:
        table["fields"] = dict(configured.fields)
    if configured is not None and configured.value:
        table["value"] = configured.value  # routes the imported mentions like the polled ones
    if configured is not None:
        table.update(configured.options)  # kind options: items, page_id, handle…
    try:
        spec = config_module.parse({"sources": [table]}).sources[0]
    except WebcareError as exc:
        raise UsageError(str(exc).replace("sources[0]", "import")) from None
    moment = _now(now, settings)
    with _open_store(db, create=True) as store, store.writer_lock() as locked:
        if not locked:
            raise UsageError(
                f"another poll or import is writing to {store.path}; try again when it is done"
            )
        result = pipeline.import_file(settings, store, spec, now=moment)
    _print_result(result, quiet=quiet, verbose=verbose)
    if result.error:
        raise typer.Exit(int(ExitCode.PARTIAL))


@app.command()
@_guard
def analyze(
    texts: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[TEXT]...",
            help="Texts to analyse; without any, one per line from stdin.",
            show_default=False,
        ),
    ] = None,
    config: ConfigOpt = None,
    fmt: FormatOpt = None,
    no_color: NoColorOpt = False,
) -> None:
    """Analyse texts: language, sentiment, urgency, topics, route, reply needed (nothing is stored)."""
    from webcare.analysis import analyse
    from webcare.render import render_analyses
    from webcare.textutil import clean_text

    settings = _settings(config)
    if texts:
        inputs = list(texts)
    elif sys.stdin.isatty():
        raise UsageError("give texts as arguments or pipe them in, one per line")
    else:
        inputs = [line.rstrip("\r\n") for line in sys.stdin]
    rows = []
    for raw in inputs:
        text = clean_text(raw)
        a = analyse(text, settings)
        rows.append(
            {
                "text": text,
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
        )
    _out(render_analyses(rows, _format(fmt), _terminal(no_color)))


def main() -> None:
    app()


eval_app = typer.Typer(
    help="Measure webcare's judgement against labelled data.", no_args_is_help=True
)
app.add_typer(eval_app, name="eval")


@eval_app.command("sentiment")
@_guard
def eval_sentiment(
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILE...",
            help="label<TAB>text TSVs (header line) or VADER id<TAB>mean<TAB>text files.",
        ),
    ],
    fmt: Annotated[
        FormatChoice | None,
        typer.Option("--format", "-f", help="plain (default) or json/jsonl.", show_default=False),
    ] = None,
) -> None:
    """Per file: n, macro-F1 (neg/neu/pos), binary accuracy on gold pos/neg, texts/s."""
    from dataclasses import asdict

    from webcare.evaluate import evaluate
    from webcare.render.records import dumps

    scores = evaluate(files)
    if fmt in (FormatChoice.json, FormatChoice.jsonl):
        rows = [asdict(score) for score in scores]
        _out(
            dumps({"results": rows}, indent=2) + "\n"
            if fmt is FormatChoice.json
            else "".join(dumps(r) + "\n" for r in rows)
        )
        return
    lines = [f"{'file':<44} {'n':>6} {'macro-F1':>8} {'binary':>7} {'texts/s':>9}"]
    for s in scores:
        binary = f"{s.binary_accuracy:.3f}" if s.binary_accuracy is not None else "-"
        lines.append(
            f"{Path(s.file).name:<44} {s.n:>6} {s.macro_f1:>8.3f} {binary:>7} {s.texts_per_second:>9,.0f}"
        )
    _out("\n".join(lines) + "\n")


@eval_app.command("urgency")
@_guard
def eval_urgency(
    files: Annotated[
        list[Path],
        typer.Argument(
            metavar="FILE...",
            help="TSVs with the header id, urgency, needs_reply, category, sentiment, text.",
        ),
    ],
    fmt: Annotated[
        FormatChoice | None,
        typer.Option("--format", "-f", help="plain (default) or json/jsonl.", show_default=False),
    ] = None,
) -> None:
    """Per file: n, recall and precision of critical+high, a gold x predicted level table,
    needs-reply accuracy, sentiment macro-F1, texts/s."""
    from dataclasses import asdict

    from webcare.evaluate_urgency import evaluate, render_plain
    from webcare.render.records import dumps

    scores = evaluate(files)
    if fmt in (FormatChoice.json, FormatChoice.jsonl):
        rows = [asdict(score) for score in scores]
        _out(
            dumps({"results": rows}, indent=2) + "\n"
            if fmt is FormatChoice.json
            else "".join(dumps(r) + "\n" for r in rows)
        )
        return
    _out(render_plain(scores))
