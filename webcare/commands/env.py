"""The environment a command runs in (after httpie's): streams, whether each is a
terminal, colour and width, and who is at the keyboard. Read from the process when a
command starts, so tests that swap the streams (typer's CliRunner) see their own."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from webcare.errors import UsageError

if TYPE_CHECKING:
    from webcare.render import OutputFormat, Renderer
    from webcare.settings import Settings
    from webcare.store import Store


@dataclass(frozen=True, slots=True)
class Environment:
    """The process's streams and whether each is a terminal: what a command writes to."""

    stdin: TextIO
    stdout: TextIO
    stderr: TextIO
    stdin_isatty: bool
    stdout_isatty: bool
    stderr_isatty: bool
    color: bool
    """Colour on stdout: a terminal, and neither NO_COLOR (set and not empty, as
    no-color.org says) nor --no-color."""
    width: int
    """The terminal's columns (100 when stdout is not a terminal), at least 60."""
    user: str | None
    """Who runs the command: $WEBCARE_USER, else the login name (`current_user`)."""

    @classmethod
    def current(cls, *, no_color: bool = False) -> Environment:
        stdout_isatty = sys.stdout.isatty()
        width = _columns() if stdout_isatty else 100
        user = current_user()
        return cls(
            stdin=sys.stdin,
            stdout=sys.stdout,
            stderr=sys.stderr,
            stdin_isatty=sys.stdin.isatty(),
            stdout_isatty=stdout_isatty,
            stderr_isatty=sys.stderr.isatty(),
            color=stdout_isatty and not no_color and not os.environ.get("NO_COLOR"),
            width=max(60, width),
            user=user,
        )

    def out(self, text: str) -> None:
        """Data, on stdout."""
        if text:
            self.stdout.write(text)
            self.stdout.flush()

    def err(self, line: str) -> None:
        """A summary, a warning or an error, on stderr."""
        self.stderr.write(line + "\n")
        self.stderr.flush()

    def renderer(self, fmt: OutputFormat | None) -> Renderer:
        """The format asked for (table on a terminal, plain in a pipe by default)."""
        from webcare.render import Terminal, renderer, resolve

        return renderer(resolve(fmt, self.stdout_isatty), Terminal(self.width, self.color))


def current_user() -> str | None:
    """Who is at the keyboard, for the `by` of what they do: $WEBCARE_USER, else the login
    name as getpass finds it ($LOGNAME, $USER, … then the account of this process: cron,
    containers and `env -i` have no $USER), else the terminal's login; None when nothing
    says (commands that need a name, like claim, then ask for WEBCARE_USER)."""
    import getpass

    if name := os.environ.get("WEBCARE_USER", "").strip():
        return name
    try:
        return getpass.getuser() or None
    except (OSError, KeyError, ImportError):  # no login variable and no passwd entry
        pass
    try:
        return os.getlogin() or None
    except OSError:
        return None


def _columns() -> int:
    """The terminal's width: $COLUMNS, else what the terminal says, else 100."""
    try:
        return int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        pass
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns
    except (OSError, ValueError):
        return 100


def settings(config: Path | None) -> Settings:
    from webcare.config import load

    return load(config)


def now(given: str | None, settings: Settings, *, option: str = "--now") -> datetime:
    """`--now` (naive: the brand's time zone), else the clock."""
    from webcare.timeparse import parse_time

    if not given:
        return datetime.now(UTC)
    try:
        return parse_time(given, settings.brand.timezone)
    except ValueError as exc:
        raise UsageError(f"{option}: {exc}") from None


def since(given: str | None, moment: datetime, settings: Settings) -> datetime | None:
    """`--since` as a moment: a duration back from `moment`, a time, or None for `all`."""
    from webcare.timeparse import parse_since

    if given is None or given == "all":
        return None
    try:
        return parse_since(given, moment, settings.brand.timezone)
    except ValueError as exc:
        raise UsageError(f"--since: {exc}") from None


def store(
    db: str | None, settings: Settings, *, create: bool = False, read_only: bool = False
) -> Store:
    """The store at --db (or WEBCARE_DB), else `[store] url`, else the file in the user
    data dir. Only poll and import create one: a mistyped --db must fail, not report an
    empty store and leave a new file behind. Commands that only read open it `read_only`:
    they write nothing to it, so they work for a person who may read the store but not
    change it."""
    from webcare.store import open_store

    return open_store(location(db, settings), create=create, read_only=read_only)


def location(db: str | None, settings: Settings) -> str:
    """Where the store is: --db (or WEBCARE_DB), else `[store] url`, else the default file."""
    from webcare.config import default_db_path

    return db or settings.store.url or str(default_db_path())


def redacting(given: bool | None, settings: Settings, *, to_terminal: bool) -> bool:
    """`--redact`/`--no-redact`, else `[privacy] redact_reports` for output that goes to no
    terminal (cron, a pipe, a file, an alert)."""
    if given is not None:
        return given
    return settings.privacy.redact_reports and not to_terminal
