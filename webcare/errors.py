"""The exception tree and the exit codes; the CLI maps one to the other in one place."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    """Exit statuses from SPEC.md."""

    OK = 0
    FAIL_ON = 1  # `--fail-on` matched something
    USAGE = 2  # usage or config error; nothing was written
    PARTIAL = 3  # some sources failed; the others were stored
    STORE = 4  # the store could not be opened, read or written


class WebcareError(Exception):
    """Root of every error webcare raises on purpose."""

    exit_code = ExitCode.USAGE


class UsageError(WebcareError):
    """A command line that cannot be carried out as given."""


class NotFoundError(WebcareError):
    """An id or name given on the command line matches nothing (or more than one thing)."""


class ConfigError(WebcareError):
    """The configuration is invalid. The message names the file and the key."""

    def __init__(self, message: str, *, key: str | None = None, file: str | None = None) -> None:
        self.key = key
        self.file = file
        where = ", ".join(part for part in (file and f"{file}", key and f"key {key!r}") if part)
        super().__init__(f"{where}: {message}" if where else message)


class SourceError(WebcareError):
    """One source could not be fetched or parsed; the others go on."""

    exit_code = ExitCode.PARTIAL

    def __init__(self, source: str, message: str) -> None:
        self.source = source
        self.reason = message
        super().__init__(f"source {source!r}: {message}")


class RateLimited(SourceError):
    """The source answered 429/503 and asked (Retry-After) to be left alone for a while."""

    def __init__(self, source: str, message: str, wait_seconds: float) -> None:
        super().__init__(source, message)
        self.wait_seconds = wait_seconds


class StoreError(WebcareError):
    """The SQLite store failed."""

    exit_code = ExitCode.STORE


class StoreBusy(StoreError):
    """Another poll or import is writing to the store (or fetching the same source): the
    store is fine and nothing was written; the same command works once that one is done."""
