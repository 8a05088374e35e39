"""The command line: the typer app, its commands (webcare.commands, one module per group)
and the one place where errors and results become exit codes.

A command parses its options, calls a use case (webcare.usecases), renders what comes
back and returns an `ExitCode` (or None for 0); an error webcare raises on purpose
(`WebcareError`) becomes one line on stderr and its exit code. Heavy modules (httpx,
feedparser, VADER, rich) are imported inside the commands that need them, so
`webcare --help` stays instant.
"""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Annotated, Any

import typer

from webcare import __version__
from webcare.commands import database, judgement, learning, polling, reporting, setup, work
from webcare.errors import ExitCode, WebcareError

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


def exit_codes(func: Callable[..., ExitCode | None]) -> Callable[..., None]:
    """Run a command: its returned ExitCode, or the exit code of the error it raised
    (with the message on stderr), becomes the process's exit status."""

    @functools.wraps(func)
    def run(*args: Any, **kwargs: Any) -> None:
        try:
            code = func(*args, **kwargs)
        except WebcareError as exc:
            sys.stderr.write(f"webcare: error: {exc}\n")
            raise typer.Exit(int(exc.exit_code)) from None
        except KeyboardInterrupt:
            sys.stderr.write("webcare: interrupted\n")
            raise typer.Exit(130) from None
        if code:
            raise typer.Exit(int(code))

    return run


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


for name, command in (
    ("init", setup.init),
    ("demo", setup.demo),
    ("check", setup.check),
    ("poll", polling.poll),
    ("report", reporting.report),
    ("notify", reporting.notify),
    ("mentions", reporting.mentions),
    ("stats", reporting.stats),
    ("show", reporting.show),
    ("explain", reporting.explain),
    ("ack", work.ack),
    ("reopen", work.reopen),
    ("assign", work.assign),
    ("claim", work.claim),
    ("release", work.release),
    ("import", polling.import_),
    ("analyze", judgement.analyze),
    ("label", learning.label),
    ("labels", learning.labels),
    ("learn", learning.learn),
):
    app.command(name=name)(exit_codes(command))

app.add_typer(judgement.eval_app, name="eval")
judgement.eval_app.command("sentiment")(exit_codes(judgement.eval_sentiment))
judgement.eval_app.command("urgency")(exit_codes(judgement.eval_urgency))
judgement.eval_app.command("labels")(exit_codes(judgement.eval_labels))

app.add_typer(database.db_app, name="db")
database.db_app.command("info")(exit_codes(database.info))
database.db_app.command("upgrade")(exit_codes(database.upgrade))
database.db_app.command("copy")(exit_codes(database.copy))


def main() -> None:
    app()
