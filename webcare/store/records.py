"""The plain data a store takes from writing commands or hands back to them: a source's
fetch state and a batch's counts (poll, import), settlements (what the floor needs kept),
an ack's or a reopen's result, a person's data and a purge's or an erasure's result,
a learned model's record. `webcare.store.base` names them in the `Store` protocol.

Apart from `base` because reading commands (report, mentions, show) use none of them and
every dataclass costs start-up time (`dataclass` compiles its methods at every start:
about 5 million instructions a class here).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from webcare.model import SlaState, StoredMention


@dataclass(frozen=True, slots=True)
class FetchState:
    """Validators for a source's next conditional fetch, as the source last gave them."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class SourceState:
    """What the store knows of one source before it is fetched: one read per source."""

    fetch: FetchState = field(default_factory=FetchState)
    retry_at: datetime | None = None
    """Set when the source asked (Retry-After) not to be fetched before then."""
    polled: bool = False
    """A fetch of it succeeded before: its first poll is behind it."""
    first_tried: datetime | None = None
    """When webcare first tried to fetch it (None when it never has: the first try is now)."""


@dataclass(frozen=True, slots=True)
class BatchResult:
    new: int
    seen: int
    replies: int
    also_seen: int = 0
    """New sightings of a post already stored from elsewhere: kept with it, not as new."""
    history: int = 0
    """Of `new`, stored as backfilled history (never on the floor)."""


@dataclass(frozen=True, slots=True)
class Settlement:
    """What a writing command worked out for one mention, for the store to keep.

    Either an open mention's reply decision under one policy (`stamp`, `owed`, `due_at`),
    or an answered one's verdict. Kept only if the mention still is as `basis` shows it:
    what was decided from (its analysis, a person's decision, its response) did not
    change in between."""

    basis: StoredMention
    stamp: str | None = None
    owed: bool = False
    due_at: datetime | None = None
    verdict: SlaState | None = None


@dataclass(frozen=True, slots=True)
class AckResult:
    id: str
    changed: bool
    detail: str
    at: datetime | None = None
    """When what `detail` says happened (the ack, the earlier response): the command words
    it in the brand's zone (`words`), as the store knows no zone."""

    def words(self, tz: tzinfo) -> str:
        """`acknowledged at Mon 23 Nov 2026 09:00 CET`; a `; …` aside stays last."""
        if self.at is None:
            return self.detail
        from webcare.timeparse import local_words

        head, sep, aside = self.detail.partition(";")
        return f"{head} at {local_words(self.at, tz)}{sep}{aside}"


@dataclass(frozen=True, slots=True)
class PersonData:
    """Everything stored about one person, for a subject-access request."""

    authored: tuple[StoredMention, ...]
    """What they wrote (author matches one of their names or handles), oldest first."""
    mentioned_in: tuple[StoredMention, ...]
    """Others' mentions whose text names them, oldest first."""
    actions: dict[str, list[dict[str, str | None]]]
    """Mention id -> its notes and history (`actions`), for every mention above."""
    noted_in: tuple[dict[str, str | None], ...]
    """Notes on other mentions that quote them (`mention_id`, `action`, `by`, `at`, `note`)."""
    replies: tuple[dict[str, str | None], ...]
    """Brand replies to what they wrote (`source`, `native_id`, `in_reply_to`, `author`,
    `created_at`)."""


@dataclass(frozen=True, slots=True)
class PrivacyResult:
    """What a purge or an erasure did: rows per table before and after, and what changed."""

    before: dict[str, int]
    after: dict[str, int]
    changed: dict[str, int] = field(default_factory=dict)
    """Rows rewritten in place per table (pseudonymised), beside those deleted."""
    problems: tuple[str, ...] = ()
    """What the consistency check found afterwards; empty when the store is consistent."""

    @property
    def deleted(self) -> dict[str, int]:
        return {
            table: self.before[table] - self.after.get(table, 0)
            for table in self.before
            if self.before[table] > self.after.get(table, 0)
        }


@dataclass(frozen=True, slots=True)
class LearnedRecord:
    """A model `webcare learn` trained, as the store keeps it: the store does not read
    `meta` or `weights` (webcare.learn.model does)."""

    trained_at: datetime
    trained_by: str | None
    labels: int
    meta: str
    """JSON: hashing parameters, targets (enabled or not, CV figures), where the labels came from."""
    weights: bytes
    enabled: bool = True
    disabled_at: datetime | None = None
    disabled_by: str | None = None
