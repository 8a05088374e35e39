"""Polling the configured sources, and importing one export file, into a store."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from webcare import pipeline
from webcare.decide import row_repaired, row_skipped
from webcare.errors import ExitCode, StoreBusy, UsageError, WebcareError
from webcare.model import SourceResult
from webcare.settings import Settings, SourceSpec
from webcare.store import Store
from webcare.store.records import PrivacyResult
from webcare.usecases import learn as learned
from webcare.usecases.settle import settle


@dataclass(frozen=True, slots=True)
class PollOutcome:
    results: tuple[SourceResult, ...]
    skipped: bool = False
    """Another poll or import held the store's writer lock: nothing was done."""
    purged: PrivacyResult | None = None
    """What `[privacy] purge_on_poll` deleted after storing; None when it did not run."""

    @property
    def failed(self) -> list[SourceResult]:
        return [result for result in self.results if result.error]

    @property
    def exit_code(self) -> ExitCode:
        """PARTIAL when a source failed or sent text that had to be repaired (kept, but
        broken at the source: cron should notice)."""
        repaired = any(row_repaired(p) for r in self.results for p in r.problems)
        if self.purged is not None and self.purged.problems:
            return ExitCode.STORE
        return ExitCode.PARTIAL if self.failed or repaired else ExitCode.OK


def sources_to_poll(settings: Settings, names: Sequence[str]) -> list[SourceSpec]:
    """The sources a poll fetches; unknown names are a usage error before any I/O."""
    if not settings.sources:
        where = settings.path or "no config file"
        raise UsageError(
            f"no sources configured ({where}); add [[sources]] as in config.example.toml"
        )
    return pipeline.select_sources(settings, names)


def poll(
    settings: Settings,
    store: Store,
    now: datetime,
    *,
    names: Sequence[str] = (),
    backfill: bool = False,
    on_result: Callable[[SourceResult], None] | None = None,
) -> PollOutcome:
    """Fetch the sources concurrently and store what is new, one result per source."""
    sources_to_poll(settings, names)
    with store.writer_lock() as locked:
        if not locked:
            return PollOutcome((), skipped=True)
        settings = learned.attach(settings, store)
        results = pipeline.poll(
            settings, store, now=now, names=names, on_result=on_result, backfill=backfill
        )
        purged = None
        if settings.privacy.purge_on_poll:
            from webcare.usecases.privacy import purge

            # Every ten minutes from cron: the dangling-row check, not a read of the whole
            # file (`webcare purge` does that one). Before settling: nothing to keep for
            # what is about to go.
            purged = purge(settings, store, now, full_check=False)
        settle(store, settings, now)
    return PollOutcome(tuple(results), purged=purged)


def readable_export(file: Path) -> None:
    """The file `import` was given exists and can be read, or a usage error naming it."""
    if file.is_dir():
        raise UsageError(f"import: {file} is a directory, not an export file")
    try:
        with file.open("rb"):
            pass
    except FileNotFoundError:
        raise UsageError(f"import: no such file: {file}") from None
    except OSError as exc:
        raise UsageError(f"import: cannot read {file}: {exc.strerror}") from None


def import_spec(
    settings: Settings,
    file: Path,
    *,
    kind: str,
    source: str | None = None,
    channel: str | None = None,
    keep_all: bool = False,
    id_space: str | None = None,
) -> SourceSpec:
    """The source an import stores under: a configured source of that name lends its
    channel, fields, value, id space and kind options, so imported mentions are routed,
    and answered, like polled ones."""
    from webcare.config import source_spec

    name = source or f"import-{file.stem}"
    # Absolute, symlinks not followed: /dev/stdin and <(zcat …) (/dev/fd/63) resolve to a
    # pipe's "pipe:[123]", which names no file.
    table: dict[str, Any] = {"name": name, "kind": kind, "path": str(file.absolute())}
    table["filter"] = not keep_all
    configured = next((s for s in settings.sources if s.name == name), None)
    if configured is not None:
        table["channel"] = configured.channel.value
        table.update(configured.options)  # kind options: items, page_id, handle…
        if configured.fields:
            table["fields"] = dict(configured.fields)
        if configured.value:
            table["value"] = configured.value
        if configured.id_space:
            table["id_space"] = configured.id_space
    if channel:
        table["channel"] = channel
    if id_space is not None:
        table["id_space"] = id_space
    try:
        return source_spec(table, where="import", base_dir=file.parent)
    except WebcareError as exc:
        raise UsageError(str(exc)) from None


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    result: SourceResult

    @property
    def skipped_rows(self) -> list[Any]:
        """Rows skipped, or kept only after their text was repaired."""
        return [p for p in self.result.problems if row_skipped(p) or row_repaired(p)]

    @property
    def exit_code(self) -> ExitCode:
        """PARTIAL when the file failed or a row had to be skipped."""
        return ExitCode.PARTIAL if self.result.error or self.skipped_rows else ExitCode.OK


def import_file(settings: Settings, store: Store, spec: SourceSpec, now: datetime) -> ImportOutcome:
    """A one-off import through the same steps as a poll."""
    with store.writer_lock() as locked:
        if not locked:
            raise StoreBusy(
                f"the store {store.location} is busy: another poll or import is writing to "
                "it; nothing was imported, try again when it is done"
            )
        settings = learned.attach(settings, store)
        result = pipeline.import_file(settings, store, spec, now=now)
        settle(store, settings, now)
    if result.busy:
        raise StoreBusy(
            f"the store {store.location} is busy: another poll or import is fetching source "
            f"{spec.name!r} into it; try again when it is done"
        )
    return ImportOutcome(result)
