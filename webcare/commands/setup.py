"""init, demo, check: getting started and checking a config."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from webcare.commands import env as environment
from webcare.commands.options import ConfigOpt, FormatOpt, LimitOpt, NoColorOpt, NowOpt, QuietOpt
from webcare.errors import ExitCode, UsageError


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
    environment.Environment.current().err(
        f"wrote {path}; edit [brand] and [[sources]], then run: webcare check --config {path}"
    )


def demo(
    fmt: FormatOpt = None,
    limit: LimitOpt = None,
    quiet: QuietOpt = False,
    no_color: NoColorOpt = False,
) -> None:
    """Poll and report on the bundled sample, offline, in a temporary store."""
    import tempfile
    from datetime import UTC, datetime
    from importlib.resources import as_file, files

    from webcare.config import load_file
    from webcare.demo import DEMO_NOW
    from webcare.render.wording import source_result_lines
    from webcare.store import open_store
    from webcare.usecases import poll, report

    env = environment.Environment.current(no_color=no_color)
    with (
        as_file(files("webcare").joinpath("demo")) as demo_dir,
        tempfile.TemporaryDirectory() as tmp,
    ):
        settings = load_file(Path(demo_dir) / "webcare.toml")
        with open_store(Path(tmp) / "demo.db", create=True) as store:
            outcome = poll.poll(settings, store, DEMO_NOW)
            listing = report.floor(
                settings, store, DEMO_NOW, generated_at=datetime.now(UTC), limit=limit
            )
    if not quiet:
        for result in outcome.results:
            for line in source_result_lines(result, settings.brand.timezone):
                env.err(line)
        local = DEMO_NOW.astimezone(settings.brand.timezone)
        env.err(
            f"demo: Bolderkar, a fictional Dutch online supermarket, at {local:%a %d %b %Y %H:%M %Z}"
        )
    env.out(env.renderer(fmt).listing(listing))


def check(
    config: ConfigOpt = None,
    online: Annotated[
        bool, typer.Option(
            "--online",
            help="Also read every source as its first poll would, every page (nothing is stored).",
        )
    ] = False,
    now: NowOpt = None,
) -> ExitCode:
    """Validate the config and list the source kinds; --online also reaches every source.

    Exit 2, one line each, for what a poll or notify would trip over: a source file that is
    not there, an unset "${ENV}" a source or a notify URL needs (named, never its value).
    Warns about calendar problems: overlapping hours, 23:59 gaps, and holidays in the next
    30 days (from --now).
    """
    from webcare.config import find_config, load_file
    from webcare.settings import Settings
    from webcare.usecases.check import reach_sources, summary

    env = environment.Environment.current()
    path = find_config(config)
    settings = load_file(path) if path else Settings()
    moment = environment.now(now, settings)
    found = summary(settings, path, moment)
    env.out("\n".join(found.lines) + "\n")
    for warning in found.warnings:
        env.err(f"warning: {warning}")
    failed = 0
    if online:
        for name, outcome in reach_sources(settings, moment):
            failed += outcome.startswith("FAILED")
            env.err(f"{name}: {outcome}")
    # What a poll or notify would trip over, each on its own line: exit 2 outranks exit 3.
    for problem in found.problems:
        env.err(f"webcare: error: {problem}")
    if found.problems:
        return ExitCode.USAGE
    return ExitCode.PARTIAL if failed else ExitCode.OK
