"""What webcare asks of a store, in domain terms: the `Store` protocol and its plain data.

Every backend (SQLite today, `webcare.store.sqlite`; PostgreSQL next) implements `Store`
and keeps the same domain behaviour by calling the same pure rules: `dedupe.same_post`
for a post seen through two sources, `conversations` for threads and for what one brand
reply answers, `privacy.Retention` for what a purge deletes and `privacy.Pseudonymiser`
for how a person is forgotten (in every table, deleted rows wiped from the storage too).
Times go in and come out aware; stored times are kept to the second (UTC).
Every database error leaves a public method as `StoreError` (exit 4); ids that do not
resolve are `NotFoundError`, a refused request `UsageError`. No SQL here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol, Self

from webcare.model import Analysis, Answered, Mention, Reply, StoredMention

if TYPE_CHECKING:  # annotations only: a poll needs none of these modules, a report none
    # of the records (webcare.store.records: what writing commands hand over or get back)
    from webcare.floorrow import FloorRow
    from webcare.incidents import SubjectCount
    from webcare.labels import Correction, Judged, Label
    from webcare.privacy import Pseudonymiser, Retention
    from webcare.store.records import (
        AckResult,
        BatchResult,
        FetchState,
        LearnedRecord,
        PersonData,
        PrivacyResult,
        Settlement,
        SourceState,
    )


Settler = Callable[[Mention, Analysis], tuple[bool, datetime | None, str]]
"""What the floor needs kept of a new mention, worked out as it is written
(`sla.settler`): whether a reply is owed, when (owed ones only), under which policy stamp.
Without it, `usecases.settle` reads the new mentions back after the write to work it out."""


class Batch(Protocol):
    """One source's save in progress, inside the transaction `Store.batch` holds."""

    def add(self, mentions: Sequence[tuple[Mention, Analysis]]) -> None:
        """Store these mentions as `Store.save_batch` would, after those added before:
        each is seen (stored already, or earlier in this batch), another source's
        sighting of a stored post, or new (history per the batch's rule)."""
        ...

    def finish(self, replies: Iterable[Reply], state: FetchState | None) -> BatchResult:
        """Apply the brand replies (after every mention: they may answer any), keep the
        source's validators (`state` None keeps none) and mark it polled; the counts."""
        ...


STORED_STATUSES = frozenset({"responded", "history", "to_thank"})
"""The `mentions --status` choices the stored columns tell (`MentionQuery.statuses`)."""


@dataclass(frozen=True, slots=True)
class MentionQuery:
    """Which stored mentions a read wants; each field narrows it only when set."""

    since: datetime | None = None
    until: datetime | None = None
    channels: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    sentiment: str | None = None
    search: str | None = None
    """Case-insensitive substring of the text or the author."""
    open_at: datetime | None = None
    """Only live mentions unanswered at this moment (no backfilled history)."""
    no_reply_since: datetime | None = None
    """With `open_at`: mentions the analysis found need no reply only when created since
    (recent praise to thank); None leaves them out."""
    assignees: tuple[str, ...] = ()
    """Only mentions assigned to one of these people (compared without case)."""
    unassigned: bool = False
    """Only mentions nobody has."""
    policy_stamp: str | None = None
    """With `open_at`: the current SLA policy's stamp (`sla.policy_stamp`). The store then
    trusts the `owed` it kept under that stamp and reads only what can be on the floor
    (owed and open, or not decided under this policy, or answered after `open_at`, or
    recent), not every open mention of the whole history."""
    threads: tuple[str, ...] = ()
    """Only mentions of these conversations (`thread_id`)."""
    statuses: tuple[str, ...] = ()
    """Only mentions with one of these `mentions --status` choices at `status_at` that the
    stored columns alone tell (`STORED_STATUSES`): `responded` (answered by then),
    `history` (backfilled, unanswered then), `to_thank` (live praise unanswered then)."""
    status_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class Newest:
    """What `Store.newest` read: a listing's newest mentions and what its headline counts
    without judging each mention."""

    rows: list[StoredMention]
    """The newest, as a listing orders them (created_at, then id, both descending)."""
    total: int
    """How many mentions the query matches."""
    responded: int
    """Of those, answered by `now` (status `responded`, whatever else they are)."""
    history: int
    """Backfilled and unanswered at `now` (status `history`)."""
    to_thank: int
    """Live, unanswered at `now`, praise the analysis found needs no reply, and no person
    decided otherwise (`report.to_thank`)."""


class Store(Protocol):
    """A webcare store. Writes are all-or-nothing per call; reads see the last commit."""

    @property
    def location(self) -> str:
        """Where the store is, to name in messages: a path, or a URL without its password."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc_info: object) -> None: ...

    def writer_lock(self) -> AbstractContextManager[bool]:
        """Hold the store's writer lock for a poll or import; yields False when another
        process holds it (a poll still running when cron starts the next). A store that
        hosts share (PostgreSQL) yields True and shares out the sources instead."""
        ...

    def claim_sources(self, names: Sequence[str]) -> AbstractContextManager[set[str]]:
        """Claim sources for this poll or import, until the block ends: yields those this
        process may fetch, leaving out any that another poll (on any host) is fetching
        now, so each source is fetched once."""
        ...

    # ------------------------------------------------------------ polling

    def source_state(self, source: str) -> SourceState:
        """Validators, Retry-After and whether it was polled before, in one read."""
        ...

    def fetch_state(self, source: str) -> FetchState: ...

    def retry_at(self, source: str) -> datetime | None:
        """When a source that asked to be left alone (Retry-After) may be fetched again."""
        ...

    def has_polled(self, source: str) -> bool:
        """Whether this source was ever fetched successfully (its first poll is behind it)."""
        ...

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these mention ids are stored, as a mention or as a sighting of one."""
        ...

    def save_batch(
        self,
        source: str,
        mentions: Sequence[tuple[Mention, Analysis]],
        replies: Sequence[Reply],
        *,
        polled_at: datetime,
        state: FetchState | None,
        history_before: datetime | None = None,
        undated_is_history: bool = False,
        settle: Settler | None = None,
        id_space: str | None = None,
    ) -> BatchResult:
        """Store one source's fetch in one transaction, idempotently, and mark it polled.

        Each mention is either already stored (seen), another sighting of a stored post
        (`dedupe.same_post`: kept with it), or new; a new one joins its conversation
        (`conversations.thread_of`, adopting answers that came first) and is answered by
        brand replies already stored. Each new brand reply answers what
        `conversations.answered` says. New mentions created before `history_before`, and
        with `undated_is_history` those whose date is estimated, are backfilled history.
        `state` None keeps no validators. `settle`: what the floor needs of each new live
        (not history) mention, kept in its row as `Store.settle` keeps it. `id_space`: where
        the source's native ids are unique (`SourceSpec.ids`; None: the source's own), so
        a reply answers only a post of the same space."""
        ...

    def batch(
        self,
        source: str,
        *,
        polled_at: datetime,
        history_before: datetime | None = None,
        undated_is_history: bool = False,
        settle: Settler | None = None,
        id_space: str | None = None,
    ) -> AbstractContextManager[Batch]:
        """`save_batch` a part at a time, for an export too large to hold whole: `add`
        mentions as they are read, then `finish`. One transaction for the whole block:
        it commits when the block ends after `finish`, and rolls back everything added
        when the block raises or ends without `finish` (the source then failed)."""
        ...

    def save_unchanged(
        self, states: Sequence[tuple[str, FetchState | None]], *, polled_at: datetime
    ) -> None:
        """Mark sources polled whose fetch found nothing new (a 304), each with its
        validators (`state`, None keeping none), in one transaction: what `save_batch` with
        no mentions and no replies leaves of each, without a transaction apiece."""
        ...

    def record_failure(
        self, source: str, polled_at: datetime, error: str, *, retry_at: datetime | None = None
    ) -> None:
        """Remember a failed fetch; `retry_at` keeps polls away until then (Retry-After)."""
        ...

    # ------------------------------------------------------------ reading

    def query(self, q: MentionQuery, *, limit: int | None = None) -> list[StoredMention]:
        """Matching mentions newest first (then by id), each with its sightings."""
        ...

    def newest(self, q: MentionQuery, now: datetime, limit: int) -> Newest:
        """In one read transaction: the `limit` newest mentions of `q` (`Newest.rows`) and
        the counts of all of them that `Newest` names, by the database."""
        ...

    def floor_rows(self, q: MentionQuery) -> list[FloorRow]:
        """`query(q)`, each mention as the floor reads it: the columns its rules use, built
        whole (`FloorRow.whole`) only for the few a report shows."""
        ...

    def split_answered(
        self, q: MentionQuery, now: datetime, *, late_before: datetime | None = None
    ) -> tuple[list[FloorRow], list[Answered]] | None:
        """What `query(q)` gives (`q` without a search), in one read transaction (a poll
        meanwhile is seen whole or not at all), split in two: live mentions answered by
        `now`, in time (or late, when written before `late_before`) as their kept verdict
        says, and whose conversation has no mention of `q` answered by `now` without a
        verdict, as `Answered`; every other as `floor_rows` gives it, in `query`'s order.
        None when a kept verdict cannot be read: then read them with `query`."""
        ...

    def resolve_id(self, given: str) -> str:
        """A full id from an id or a unique prefix of at least 4 characters."""
        ...

    def get(self, given: str) -> StoredMention: ...

    def thread(self, thread_id: str) -> list[StoredMention]:
        """Every stored mention of one conversation, oldest first."""
        ...

    def by_author(
        self, author: str, *, exclude: str | None = None, limit: int = 20
    ) -> list[StoredMention]:
        """The author's mentions (case-insensitive), newest first."""
        ...

    def actions(self, mention: str) -> list[dict[str, str | None]]:
        """Who did what when to one mention (`action`, `by`, `at`, `note`), oldest first."""
        ...

    def subject_counts(
        self, since: datetime, recent_from: datetime, until: datetime
    ) -> list[SubjectCount]:
        """Every mention written in [`since`, `until`], answered or not, counted by the
        database per set of subjects (its urgency categories and topics as one set) and
        by whether it was written at or after `recent_from`, with the oldest one's time."""
        ...

    def source_names(self) -> list[str]:
        """Every source ever polled or imported into this store, sorted."""
        ...

    # ------------------------------------------------------------ memory of reports and alerts

    def reported(self) -> dict[str, str]:
        """Mention id -> SLA status, as the last `report --only-new` found them."""
        ...

    def remember_reported(self, statuses: dict[str, str], at: datetime) -> None:
        """Replace what `report --only-new` remembers with what is on the floor now."""
        ...

    def alerted(self) -> set[tuple[str, str]]:
        """(mention id, status) pairs `webcare notify` already alerted."""
        ...

    def last_alert_at(self) -> datetime | None: ...

    def remember_alert(self, pairs: Iterable[tuple[str, str]], at: datetime) -> None:
        """Record one sent alert and the (mention, status) pairs it carried."""
        ...

    def claim_alert(self, pairs: Iterable[tuple[str, str]], at: datetime) -> set[tuple[str, str]]:
        """Record an alert about to be sent, in one transaction: only the pairs no one
        recorded before (another host's `notify`, a moment ago) are recorded, and
        returned; those are the ones this process alerts."""
        ...

    def release_alert(self, pairs: Iterable[tuple[str, str]], at: datetime) -> None:
        """Forget a claimed alert that no target received: it goes out next time."""
        ...

    # ------------------------------------------------------------ people's actions

    def ack(
        self, ids: Sequence[str], *, by: str | None, at: datetime, note: str | None
    ) -> list[AckResult]:
        """Mark mentions responded at `at`; an earlier response is kept. An `at` before a
        mention was written is a `UsageError` for all of them, and nothing is written."""
        ...

    def reopen(self, ids: Sequence[str], *, by: str | None, at: datetime) -> list[AckResult]:
        """Undo a response and record that a person says it needs a reply."""
        ...

    def no_reply(
        self, ids: Sequence[str], *, by: str | None, at: datetime, note: str | None
    ) -> list[AckResult]:
        """Record that a person says these need no reply."""
        ...

    def assign(
        self, ids: Sequence[str], *, to: str | None, by: str | None, at: datetime, note: str | None
    ) -> list[AckResult]:
        """Give mentions to `to` (None releases them); each change goes into the history
        with who made it. Already theirs: nothing changed, nothing recorded."""
        ...

    # ------------------------------------------------------------ what the floor reads

    def unsettled(self, stamp: str, now: datetime, *, limit: int) -> list[StoredMention]:
        """Up to `limit` of each, newest first: open live mentions whose reply decision was
        not made under `stamp`, and answered live mentions (answered by `now`) with no
        verdict yet."""
        ...

    def threads(self, thread_ids: Iterable[str]) -> list[StoredMention]:
        """Every stored mention of these conversations."""
        ...

    def settle(self, settlements: Sequence[Settlement]) -> int:
        """Keep what was worked out (one transaction); returns how many were kept. One
        whose mention changed since it was read is skipped: the next pass redoes it."""
        ...

    # ------------------------------------------------------------ learning from the team

    def label(
        self,
        given: str,
        correction: Correction,
        before: Judged,
        after: Analysis,
        *,
        by: str | None,
        at: datetime,
        note: str | None,
    ) -> AckResult | None:
        """Record a person's correction of one mention (with what it was `before`) and
        apply it at once: its analysis becomes `after`, and a person has decided whether
        it needs a reply. Kept whatever later polls bring; in the history as `label`.
        None, writing nothing, when the stored judgement is no longer `before` (another
        person's label came first): work `after` out again and retry."""
        ...

    def labels(self, mention: str | None = None) -> list[Label]:
        """Every correction (or one mention's), oldest first, with the mention's text."""
        ...

    def save_model(self, record: LearnedRecord) -> None:
        """Keep a trained model; the newest enabled one is the team's."""
        ...

    def learned_model(self, *, enabled_only: bool = True) -> LearnedRecord | None:
        """The newest model (with `enabled_only`: the newest still enabled), or None."""
        ...

    def disable_model(self, *, by: str | None, at: datetime) -> bool:
        """Switch every model off (`webcare learn --off`); whether one was on."""
        ...

    # ------------------------------------------------------------ administration

    @property
    def backend(self) -> str:
        """`sqlite` or `postgresql`."""
        ...

    def schema_version(self) -> int:
        """The number of the logical schema the store has (`webcare.store.tables`)."""
        ...

    def counts(self) -> dict[str, int]:
        """Rows per table of `webcare.store.tables.TABLES`."""
        ...

    def dump(self) -> Iterator[tuple[str, int, Iterator[tuple[object, ...]]]]:
        """Every table of `tables.TABLES` in order, read in one consistent snapshot: its
        name, its row count and its rows as logical values (`tables.Kind`), in key order.
        Each table's rows must be read before the next table is asked for."""
        ...

    def load(
        self, tables: Iterable[tuple[str, int, Iterable[tuple[object, ...]]]], *, replace: bool
    ) -> dict[str, int]:
        """Write what `dump` gave, in one transaction: every row as it is (sequence numbers
        too), each table's count checked against the one given, or nothing is written. A
        store that holds anything is refused (`UsageError`) unless `replace`, which empties
        it first. Returns the counts stored."""
        ...

    # ------------------------------------------------------------ privacy

    def consistency(self, *, full: bool = True) -> list[str]:
        """What is wrong with the store: rows that point at nothing and, when `full`,
        damage anywhere (SQLite's integrity_check; PostgreSQL has none, and enforces its
        foreign keys). Empty: nothing."""
        ...

    def purge(
        self,
        retention: Retention,
        *,
        by: str | None,
        full_check: bool = True,
        dry_run: bool = False,
    ) -> PrivacyResult:
        """Delete, in one transaction, every mention `retention.selects` with everything
        that hangs off it (notes and history, sightings, report and alert memory), brand
        replies and sent-alert records older than the window; record that a purge
        happened (counts, not contents). Then check that no row points at a deleted one,
        and with `full_check` the whole store's integrity (slower: a poll skips it).
        `dry_run`: the same counts, the transaction rolled back: nothing changes."""
        ...

    def person(self, who: Pseudonymiser) -> PersonData:
        """Everything stored by or about one person (`who.names`)."""
        ...

    def forget(
        self, who: Pseudonymiser, *, erase: bool, at: datetime, by: str | None
    ) -> PrivacyResult:
        """In one transaction, replace the person's names and handles by `who.pseudonym` in
        every stored text of every table (authors, texts, URLs, sightings, notes,
        conversation keys); with `erase`, first delete what they wrote with everything
        that hangs off it. Record that an erasure happened, never of whom."""
        ...
