"""What a kind reads with: the context of one fetch, and a local export as records split
off but not yet parsed (`SourceKind.records`), for a worker to parse
(`SourceKind.parse_records`)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any, BinaryIO

from webcare.model import Mention, Problem, Reply
from webcare.settings import SourceSpec
from webcare.timeparse import local_words

__all__ = ["ParseContext", "Record", "Records", "SplitsRecords", "not_after_seen"]


@dataclass(frozen=True, slots=True)
class ParseContext:
    spec: SourceSpec
    timezone: tzinfo
    """The brand's zone: timestamps without an offset are read in it."""
    seen_at: datetime
    """When this fetch happened: the creation time of entries that carry none."""


SKEW = timedelta(minutes=5)
"""How far ahead of the fetch a post's time may be without a warning (a server's clock)."""


def not_after_seen(
    moment: datetime, seen_at: datetime, tz: tzinfo
) -> tuple[datetime, str | None]:
    """A post's time, but never after it was first seen (nothing is read before it is
    written): a time ahead of `seen_at` (a local time sent as UTC, a wrong year) would hide
    the mention from every report until then. With a warning when it was more than `SKEW`
    ahead."""
    if moment <= seen_at:
        return moment, None
    if moment - seen_at <= SKEW:
        return seen_at, None
    stamp = local_words(moment, tz)  # the brand's time, as every line on stderr says it
    return seen_at, f"created_at {stamp} is after it was first seen; used the time first seen"


Record = tuple[int, Any]
"""One record of an export as read from the file, not yet made a mention: the line it
starts on and what the kind parses (a CSV row's cells, a JSON line's text)."""


@dataclass(frozen=True, slots=True)
class Records:
    """A local export as its records, for parsing elsewhere (`SourceKind.records`)."""

    header: tuple[str, ...]
    """What every record is read with (a CSV header's column names)."""
    rows: Iterator[Record | Problem]
    """The records in order, a Problem where one could not even be split off."""


class SplitsRecords:
    """What `SourceKind` offers for a local file read record after record (CSV, JSON
    lines): its records split off here, parsed in a worker. By default a kind offers
    nothing of it, and reads the file only whole (`parse_stream`)."""

    def records(self, stream: BinaryIO, ctx: ParseContext) -> Records | None:
        """The file as records (`parse_records` over all of them yields what
        `parse_stream` does); None: this kind reads it only with `parse_stream`."""
        return None

    def parse_records(
        self, header: Sequence[str], rows: Iterable[Record | Problem], ctx: ParseContext
    ) -> Iterator[Mention | Reply | Problem]:
        """The items of some of `records`' rows, in order (a Problem passes as it is)."""
        raise NotImplementedError(f"{type(self).__name__} splits no records")
