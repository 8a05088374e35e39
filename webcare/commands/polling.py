"""poll and import: bringing mentions into the store."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from webcare.commands import env as environment
from webcare.commands.options import ConfigOpt, DbOpt, NowOpt, QuietOpt, VerboseOpt
from webcare.errors import ExitCode


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
) -> ExitCode:
    """Fetch all (or the named) sources concurrently, analyse and store new mentions."""
    from webcare.model import SourceResult
    from webcare.render.wording import source_result_lines
    from webcare.usecases import poll as polling

    env = environment.Environment.current()
    settings = environment.settings(config)
    names = source or []
    total = len(polling.sources_to_poll(settings, names))  # a usage error before any I/O
    moment = environment.now(now, settings)
    done = 0

    def progress(result: SourceResult) -> None:
        # On a terminal each source's line appears as it finishes, counted: `[3/12] name: …`.
        nonlocal done
        done += 1
        lines = source_result_lines(result, settings.brand.timezone, verbose=verbose)
        if quiet:
            lines = lines if result.error else []
        elif lines:
            lines[0] = f"[{done}/{total}] {lines[0]}"
        for line in lines:
            env.err(line)

    live = env.stderr_isatty
    with environment.store(db, settings, create=True) as store:
        outcome = polling.poll(
            settings, store, moment, names=names, backfill=backfill,
            on_result=progress if live else None,
        )  # fmt: skip
        if outcome.skipped:
            if not quiet:
                env.err(
                    f"webcare: another poll or import is writing to {store.location}; this poll skipped"
                )
            return ExitCode.OK
    if not live:
        for result in outcome.results:
            if quiet and not result.error:
                continue
            for line in source_result_lines(result, settings.brand.timezone, verbose=verbose):
                env.err(line)
    if not quiet:
        total_new = sum(r.new for r in outcome.results)
        env.err(
            f"polled {len(outcome.results)} source(s): {total_new} new mention(s), "
            f"{len(outcome.failed)} failed"
        )
    if outcome.purged is not None:
        gone = outcome.purged.deleted
        if not quiet and gone.get("mentions", 0) + gone.get("replies", 0):
            env.err(
                f"purged {gone.get('mentions', 0)} mention(s) and {gone.get('replies', 0)} "
                "brand reply(ies) older than [privacy] keep"
            )
        for problem in outcome.purged.problems:
            env.err(f"webcare: error: the store is not consistent after the purge: {problem}")
    return outcome.exit_code


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
    id_space: Annotated[
        str | None,
        typer.Option(
            "--id-space",
            help="Where the file's ids are unique, shared with sources naming the same space "
            "(x: its ids are tweet ids, which X sources' replies answer). Default: the kind's "
            "(x for x-api and x-archive) or the source's own.",
            show_default=False,
        ),
    ] = None,
    config: ConfigOpt = None,
    db: DbOpt = None,
    now: NowOpt = None,
    quiet: QuietOpt = False,
    verbose: VerboseOpt = False,
) -> ExitCode:
    """One-off import of an export file through the same pipeline as poll.

    Exit 3 when a row had to be skipped (each is named on stderr; the other rows are
    stored) or no row could be read at all (is --kind right?); exit 2, with nothing
    written, when the file is not there or cannot be read; exit 4, with nothing written,
    when a poll or another import is writing to the store (try again when it is done). A
    field dropped with a warning (the mention kept) is reported and exits 0.
    """
    from webcare.render.wording import problem_line, source_result_lines
    from webcare.usecases import poll as polling

    env = environment.Environment.current()
    polling.readable_export(file)  # a usage error before anything is written, the store included
    settings = environment.settings(config)
    spec = polling.import_spec(
        settings, file, kind=kind, source=source, channel=channel, keep_all=no_filter,
        id_space=id_space,
    )  # fmt: skip
    moment = environment.now(now, settings)
    with environment.store(db, settings, create=True) as store:
        outcome = polling.import_file(settings, store, spec, moment)
    result = outcome.result
    # A skipped row is a failure of the import: --quiet still names it.
    if not quiet or result.error or outcome.skipped_rows:
        for line in source_result_lines(result, settings.brand.timezone, verbose=verbose):
            env.err(line)
    if result.error and verbose:
        for problem in result.problems:
            env.err(problem_line(problem))
    return outcome.exit_code
