"""ack and reopen: working the list, one mention, many by filters, or an incident."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from webcare.commands import env as environment
from webcare.commands.options import (
    AllMatchingOpt,
    BulkDryRunOpt,
    ConfigOpt,
    DbOpt,
    IdsArg,
    IncidentOpt,
    MatchChannelOpt,
    MatchSearchOpt,
    MatchSourceOpt,
    NowOpt,
    SinceOpt,
    YesOpt,
)
from webcare.errors import UsageError

if TYPE_CHECKING:
    from webcare.store import Store

PREVIEW_LINES = 10


def _confirm(
    env: environment.Environment, store: Store, ids: tuple[str, ...], verb: str, *,
    yes: bool, dry_run: bool, aside: str = "",
) -> bool:  # fmt: skip
    """Show what a bulk action would touch and ask; False when nothing should be done.
    A cron job or a pipe cannot answer a prompt: there it takes --yes. `aside`: what the
    count leaves out, said beside it."""
    from webcare.textutil import one_line

    env.err(f"{verb} {len(ids)} mention(s){aside}:")
    for mention in ids[:PREVIEW_LINES]:
        item = store.get(mention)
        env.err(f"  {mention[:8]}  {item.mention.source}  {one_line(item.mention.text)[:70]}")
    if len(ids) > PREVIEW_LINES:
        env.err(f"  … and {len(ids) - PREVIEW_LINES} more")
    if dry_run:
        env.err("dry run: nothing changed")
        return False
    if yes:
        return True
    if not env.stdin_isatty:
        raise UsageError(
            f"{verb} {len(ids)} mention(s) needs --yes (or --dry-run to only list them)"
        )
    return typer.confirm(f"{verb} these {len(ids)}?", default=False, err=True)


def ack(
    ids: IdsArg = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by", help="Who responded (default $WEBCARE_USER, else your login name).", show_default=False
        ),
    ] = None,
    note: Annotated[
        str | None,
        typer.Option(
            "--note",
            help="A note kept with the acknowledgement (in the history when a colleague "
            "answered first).",
            show_default=False,
        ),
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
    incident: IncidentOpt = None,
    yes: YesOpt = False,
    dry_run: BulkDryRunOpt = False,
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
) -> None:
    """Mark mentions as responded, or with --no-reply as needing no reply (reopen undoes either).

    With --all-matching or --incident the matches still waiting for an answer are listed
    first and need confirming (--yes in a script; --dry-run lists them and changes
    nothing); matches answered already, history or owed no reply are counted apart and
    left alone."""
    from webcare.usecases import work
    from webcare.usecases.report import Filters

    env = environment.Environment.current()
    settings = environment.settings(config)
    moment = environment.now(now, settings)
    answered = work.answered_at(
        moment,
        environment.now(at, settings, option="--at") if at else None,
        settings.brand.timezone,
    )
    with environment.store(db, settings) as store:
        filters = Filters(
            environment.since(since, moment, settings),
            tuple(channel or ()),
            tuple(source or ()),
            search,
        )
        chosen = work.select(
            settings, store, moment, ids=tuple(ids or ()), all_matching=all_matching,
            filters=filters, incident_id=incident,
        )  # fmt: skip
        verb = "mark as needing no reply" if no_reply else "acknowledge"
        # A bulk ack counts and touches only what still waits for an answer.
        chosen, needless = work.still_waiting(settings, chosen, answered)
        skipped = sum(needless.values())
        why = work.needless_words(needless)
        if chosen.bulk and not chosen.ids:
            env.err(f"nothing to {verb}: the {skipped} matching mention(s) need nothing ({why})")
            return
        aside = f" ({skipped} more matched but need nothing: {why})" if skipped else ""
        if chosen.bulk and not _confirm(
            env, store, chosen.ids, verb, yes=yes, dry_run=dry_run, aside=aside
        ):
            return
        results = work.acknowledge(
            store, chosen.ids, by=by or env.user, at=answered, note=note,
            tz=settings.brand.timezone, no_reply=no_reply,
        )  # fmt: skip
    for result in results:
        env.err(f"{result.id}: {result.words(settings.brand.timezone)}")
    if chosen.bulk:
        done = "marked as needing no reply" if no_reply else "acknowledged"
        changed = sum(result.changed for result in results)
        unchanged = len(results) - changed  # answered since they were listed
        if unchanged:
            needless["already answered"] = needless.get("already answered", 0) + unchanged
        skipped, why = sum(needless.values()), work.needless_words(needless)
        env.err(
            f"{done} {changed} mention(s)"
            + (f"; {skipped} matched but needed nothing ({why})" if skipped else "")
        )


def reopen(
    ids: IdsArg = None,
    by: Annotated[
        str | None,
        typer.Option(
            "--by", help="Who reopened (default $WEBCARE_USER, else your login name).", show_default=False
        ),
    ] = None,
    all_matching: AllMatchingOpt = False,
    search: MatchSearchOpt = None,
    source: MatchSourceOpt = None,
    channel: MatchChannelOpt = None,
    since: SinceOpt = None,
    yes: YesOpt = False,
    dry_run: BulkDryRunOpt = False,
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
) -> None:
    """Mark mentions open again: undo an ack or a brand reply, and make one that needed no reply need one."""
    from webcare.usecases import work
    from webcare.usecases.report import Filters

    env = environment.Environment.current()
    settings = environment.settings(config)
    moment = environment.now(now, settings)
    with environment.store(db, settings) as store:
        filters = Filters(
            environment.since(since, moment, settings),
            tuple(channel or ()),
            tuple(source or ()),
            search,
        )
        chosen = work.select(
            settings,
            store,
            moment,
            ids=tuple(ids or ()),
            all_matching=all_matching,
            filters=filters,
        )
        if chosen.bulk and not _confirm(env, store, chosen.ids, "reopen", yes=yes, dry_run=dry_run):
            return
        results = work.reopen(store, chosen.ids, by=by or env.user, at=moment)
    for result in results:
        env.err(f"{result.id}: {result.words(settings.brand.timezone)}")


ToOpt = Annotated[str, typer.Option("--to", help="Who gets them.", show_default=False)]
NoteOpt = Annotated[
    str | None, typer.Option("--note", help="A note kept in the history.", show_default=False)
]


def _give(
    ids: list[str] | None, incident: str | None, to: str | None, note: str | None,
    yes: bool, dry_run: bool, by: str | None, config: Path | None, db: str | None, now: str | None,
    verb: str,
) -> None:  # fmt: skip
    from webcare.usecases import work

    env = environment.Environment.current()
    settings = environment.settings(config)
    moment = environment.now(now, settings)
    with environment.store(db, settings) as store:
        chosen = work.select(settings, store, moment, ids=tuple(ids or ()), incident_id=incident)
        if chosen.bulk and not _confirm(env, store, chosen.ids, verb, yes=yes, dry_run=dry_run):
            return
        results = work.assign(store, chosen.ids, to=to, by=by or env.user, at=moment, note=note)
    for result in results:
        env.err(f"{result.id}: {result.words(settings.brand.timezone)}")


def assign(
    ids: IdsArg = None,
    to: ToOpt = "",
    note: NoteOpt = None,
    incident: IncidentOpt = None,
    yes: YesOpt = False,
    dry_run: BulkDryRunOpt = False,
    by: Annotated[
        str | None,
        typer.Option(
            "--by", help="Who assigns (default $WEBCARE_USER, else your login name).", show_default=False
        ),
    ] = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
) -> None:
    """Give mentions (or a whole --incident) to a person. Assignment is not an answer: the
    clock runs on, and an assigned mention still breaches."""
    if not to:
        raise UsageError("--to: say who gets them (webcare claim takes them yourself)")
    _give(ids, incident, to, note, yes, dry_run, by, config, db, now, f"assign to {to}")


def claim(
    ids: IdsArg = None,
    note: NoteOpt = None,
    incident: IncidentOpt = None,
    yes: YesOpt = False,
    dry_run: BulkDryRunOpt = False,
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
) -> None:
    """Take mentions yourself ($WEBCARE_USER, else your login name): `report --mine` lists them."""
    user = environment.Environment.current().user
    if not user:
        raise UsageError("claim: no user name is known: set WEBCARE_USER to your name")
    _give(ids, incident, user, note, yes, dry_run, user, config, db, now, "claim")


def release(
    ids: IdsArg = None,
    note: NoteOpt = None,
    incident: IncidentOpt = None,
    yes: YesOpt = False,
    dry_run: BulkDryRunOpt = False,
    by: Annotated[
        str | None,
        typer.Option(
            "--by", help="Who releases (default $WEBCARE_USER, else your login name).", show_default=False
        ),
    ] = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
) -> None:
    """Give mentions back to nobody (they stay open; `report --unassigned` lists them)."""
    _give(ids, incident, None, note, yes, dry_run, by, config, db, now, "release")
