"""The command line: the typer app, its commands (webcare.commands, one module per group)
and the one place where errors and results become exit codes.

A command parses its options, calls a use case (webcare.usecases), renders what comes
back and returns an `ExitCode` (or None for 0); an error webcare raises on purpose
(`WebcareError`) becomes one line on stderr and its exit code. Heavy modules (httpx,
feedparser, VADER, rich) are imported inside the commands that need them, so
`webcare --help` stays instant.
"""

from __future__ import annotations

import copy
import functools
import gc
import importlib
import os
import sys
from collections.abc import Callable, Mapping
from typing import Annotated, Any

import typer
from typer.models import CommandInfo, TyperInfo

from webcare import __version__
from webcare.errors import ExitCode, WebcareError


def _base() -> typer.Typer:
    """The app with its settings and callback and no commands yet."""
    return typer.Typer(
        name="webcare",
        help=(
            "Webcare monitoring: poll review sites, feeds and social exports for brand "
            "mentions, tag language, sentiment, urgency and route, track each response-time "
            "SLA, and report the dropped steaks, worst first."
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


def _main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Webcare monitoring from the command line."""


COMMANDS = {
    "init": ("setup", "init"),
    "demo": ("setup", "demo"),
    "check": ("setup", "check"),
    "poll": ("polling", "poll"),
    "report": ("reporting", "report"),
    "notify": ("reporting", "notify"),
    "mentions": ("reporting", "mentions"),
    "stats": ("reporting", "stats"),
    "show": ("reporting", "show"),
    "explain": ("reporting", "explain"),
    "ack": ("work", "ack"),
    "reopen": ("work", "reopen"),
    "assign": ("work", "assign"),
    "claim": ("work", "claim"),
    "release": ("work", "release"),
    "import": ("polling", "import_"),
    "analyze": ("judgement", "analyze"),
    "label": ("learning", "label"),
    "labels": ("learning", "labels"),
    "learn": ("learning", "learn"),
    "purge": ("privacy", "purge"),
}
"""Each command, in the order the help lists them: its module of webcare.commands and its
function there. A module is imported only when one of its commands is run or listed: a
report needs none of the others (their options, json: 12 million instructions)."""

GROUPS = {
    "eval": ("judgement", "eval_app", {"sentiment": "eval_sentiment", "urgency": "eval_urgency",
                                       "labels": "eval_labels"}),
    "db": ("database", "db_app", {"info": "info", "upgrade": "upgrade", "copy": "copy"}),
    "person": ("privacy", "person_app", {"export": "export", "forget": "forget"}),
}  # fmt: skip
"""Each group of commands: its module, its typer app there, and its commands' functions."""


def _module(name: str) -> Any:
    return importlib.import_module(f"webcare.commands.{name}")


@functools.cache
def _command(name: str) -> CommandInfo:
    """The command `name` as the app registers it."""
    module, function = COMMANDS[name]
    holder = typer.Typer()
    holder.command(name=name)(exit_codes(getattr(_module(module), function)))
    return holder.registered_commands[0]


@functools.cache
def _group(name: str) -> TyperInfo:
    """The group `name` with its commands, as the app adds it (once: its typer app is its
    module's)."""
    module_name, attribute, commands = GROUPS[name]
    module = _module(module_name)
    group: typer.Typer = getattr(module, attribute)
    for command, function in commands.items():
        group.command(command)(exit_codes(getattr(module, function)))
    holder = typer.Typer()
    holder.add_typer(group, name=name)
    return holder.registered_groups[0]


def _like_app() -> typer.Typer:
    """A Typer with the app's settings and callback and no commands yet."""
    like = _base()
    like.callback()(_main)
    return like


@functools.cache
def _whole() -> typer.Typer:
    """The app with every command and group."""
    whole = _like_app()
    whole.registered_commands = [_command(name) for name in COMMANDS]
    whole.registered_groups = [_group(name) for name in GROUPS]
    return whole


def __getattr__(name: str) -> typer.Typer:
    if name == "app":  # the whole app, built when asked for (`app_for` builds less)
        return _whole()
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


QUICK_EXIT = frozenset({"report", "mentions", "stats", "show", "explain"})
"""Commands that only read and close their store before they return: they run without
the cycle collector, and their process ends without tearing the interpreter down
(`_leave`)."""


def main() -> None:
    from webcare import classcode

    args = sys.argv[1:]
    if args and args[0].isalpha():  # a command: it defines data classes (`--help` none)
        classcode.install(args[0])
    if args and args[0] in QUICK_EXIT:
        # What they build is freed by reference counts (a listing of the million mentions
        # of bench/make_store.py peaks at the same 3.98 GB without it); the collector only
        # walked the rows they read, again and again: 18% of that listing's CPU.
        gc.disable()
    try:
        app_for(args, os.environ)()
    except SystemExit as done:
        classcode.save()
        if args and args[0] in QUICK_EXIT:
            _leave(done.code)
        raise
    finally:
        classcode.save()


def _leave(code: object) -> None:
    """End the process at once with exit status `code`, as a normal exit would, once its
    output is written and its exit handlers have run: freeing every object and module one
    by one (a report's floor, some 55 million instructions) changes nothing outside.
    Returns, for the normal exit, when that is not certain: another thread still runs, the
    status is not a number, or the output cannot be written (Python reports that)."""
    if code is not None and type(code) is not int:
        return
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        return
    import atexit

    atexit._run_exitfuncs()
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:  # noqa: BLE001 - a closed pipe: let Python's exit report it
        return
    os._exit(code or 0)


def app_for(args: list[str], environ: Mapping[str, str]) -> typer.Typer:
    """The app a process needs for these arguments: typer turns every command's options
    into click parameters before it runs one (about 1 ms a command, 30 commands), so
    `webcare report …` gets an app holding only `report` (and imports only its module),
    and `webcare --help` one whose commands are stand-ins with the same names and help but
    no options. Anything else (a typo, --version, shell completion) gets the whole app;
    each answers exactly as it."""
    if any(key.startswith("_WEBCARE_COMPLETE") for key in environ):
        return _whole()
    first = args[0] if args else None
    narrowed = _like_app()
    if first in COMMANDS:
        narrowed.registered_commands = [_command(first)]
    elif first in GROUPS:
        narrowed.registered_groups = [_group(first)]
    elif first is None or first in ("-h", "--help"):
        whole = _whole()
        narrowed.registered_commands = [_stand_in(info) for info in whole.registered_commands]
        narrowed.registered_groups = [_group_stand_in(info) for info in whole.registered_groups]
    else:
        return _whole()
    return narrowed


def _stand_in(info: CommandInfo) -> CommandInfo:
    """A command as the top-level help lists it: its name and help, no options."""

    def listed() -> None:  # pragma: no cover - a listing never runs it
        pass

    listed.__doc__ = info.callback.__doc__ if info.callback else None
    stand_in = copy.copy(info)
    stand_in.callback = listed
    return stand_in


def _group_stand_in(info: TyperInfo) -> TyperInfo:
    """A group as the top-level help lists it: its name and help, no commands."""
    stand_in = copy.copy(info)
    if info.typer_instance is not None:
        empty = copy.copy(info.typer_instance)
        empty.registered_commands = []
        empty.registered_groups = []
        stand_in.typer_instance = empty
    return stand_in
