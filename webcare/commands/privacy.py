"""purge, person export, person forget: privacy (AVG/GDPR) on request and by age."""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated

import typer

from webcare.commands import env as environment
from webcare.commands.options import ConfigOpt, DbOpt, NowOpt, QuietOpt
from webcare.errors import ExitCode, UsageError

if TYPE_CHECKING:
    from webcare.store.records import PrivacyResult

person_app = typer.Typer(
    help="A person's data on request: export it (access) or forget it (erasure).",
    no_args_is_help=True,
)

NamesArg = Annotated[
    list[str],
    typer.Argument(
        help="The person's handles and names as stored (all they go by: `@sanne_j 'Sanne Jansen'`); case and @ do not matter.",
        show_default=False,
    ),
]


def purge(
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
    include_open: Annotated[
        bool,
        typer.Option(
            "--include-open",
            help="Purge open, unanswered mentions older than the window too (kept until answered otherwise).",
        ),
    ] = False,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run", help="Print what would be deleted; delete nothing, log nothing."
        ),
    ] = False,
    quiet: QuietOpt = False,
) -> ExitCode:
    """Delete mentions older than [privacy] keep (or their source's keep) as of now, with
    their notes, assignment history, sightings and alert memory, and brand replies and
    sent-alert records as old.

    Open, unanswered mentions stay until answered unless --include-open. Prints each
    table's rows before and after, then checks the store (integrity, no rows pointing at
    deleted ones): exit 4 when that check fails. The privacy log records that it ran.
    """
    from webcare.usecases.privacy import purge as purging

    env = environment.Environment.current()
    settings = environment.settings(config)
    moment = environment.now(now, settings)
    with environment.store(db, settings) as store, store.writer_lock() as locked:
        if not locked:
            raise UsageError(
                f"a poll or import is writing to {store.location}; purge when it is done"
            )
        result = purging(
            settings, store, moment, include_open=include_open, by=env.user, dry_run=dry_run
        )
    if dry_run:
        env.err("dry run: nothing deleted")
    if not quiet or dry_run:
        env.out(result_table(result))
    return _checked(env, result)


def result_table(result: PrivacyResult) -> str:
    """Each table's rows before and after, and what went or changed."""
    lines = [f"{'table':<14}{'before':>9}{'after':>9}{'deleted':>9}{'changed':>9}"]
    for table in sorted(result.before):
        before, after = result.before[table], result.after.get(table, 0)
        lines.append(
            f"{table:<14}{before:>9}{after:>9}{max(before - after, 0):>9}"
            f"{result.changed.get(table, 0):>9}"
        )
    return "\n".join(lines) + "\n"


def _checked(env: environment.Environment, result: PrivacyResult) -> ExitCode:
    for problem in result.problems:
        env.err(f"webcare: error: the store is not consistent afterwards: {problem}")
    return ExitCode.STORE if result.problems else ExitCode.OK


def export(
    names: NamesArg,
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
) -> None:
    """Everything stored by or about one person, as JSON, for a subject-access request:
    what they wrote (with its notes, history and sightings), others' mentions and notes
    that name them, brand replies to them. Exit 2 when nothing is stored about them."""
    from webcare.render.records import dumps
    from webcare.usecases.privacy import export as exporting

    env = environment.Environment.current()
    settings = environment.settings(config)
    moment = environment.now(now, settings)
    with environment.store(db, settings, read_only=True) as store:
        document = exporting(store, tuple(names), moment)
    env.out(dumps(document, indent=2) + "\n")


def forget(
    names: NamesArg,
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
    erase: Annotated[
        bool,
        typer.Option(
            "--erase",
            help="Delete what they wrote (and its notes, history, replies) instead of pseudonymising it.",
        ),
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", "-y", help="Forget without asking.")] = False,
) -> ExitCode:
    """Forget one person everywhere: their names and handles in every stored text (their
    mentions' authors, others' texts quoting them, sightings, notes, conversation keys,
    URLs) become one random pseudonym, and the e-mail addresses, phone numbers, IBANs and
    order numbers in what they wrote placeholders; with --erase what they wrote is
    deleted first. Exit 2 when nothing is stored about them.

    The privacy log records that an erasure happened and how many rows it touched, never
    whose. Without a terminal it needs --yes.
    """
    from webcare.usecases import privacy as private

    env = environment.Environment.current()
    settings = environment.settings(config)
    moment = environment.now(now, settings)
    with environment.store(db, settings) as store:
        found = private.find(settings, store, tuple(names))
        verb = "erase" if erase else "pseudonymise"
        env.err(found.summary(verb))
        if not yes:
            if not env.stdin_isatty:
                raise UsageError(f"person forget needs --yes to {verb} without a terminal")
            if not typer.confirm(f"{verb} this person everywhere?", default=False, err=True):
                return ExitCode.OK
        result = private.forget(store, found, erase=erase, at=moment, by=env.user)
    env.out(result_table(result))
    return _checked(env, result)
