"""What a person's ack, reopen, no-reply or assign decides, and the words it answers with:
pure, so both backends decide alike and keep only their SQL. Times are compared as
stored: UTC, to the second."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from webcare.errors import UsageError
from webcare.store.records import AckResult
from webcare.timeparse import iso_utc


def stamp_of(at: datetime) -> datetime:
    """An action's time as stored: UTC, to the second."""
    return at.astimezone(UTC).replace(microsecond=0)


def refuse_before_written(at: datetime, written: Mapping[str, datetime]) -> None:
    """An answer cannot come before the question: an ack at `at` is refused for all the
    mentions (by id, when each was written) when any was written after it."""
    stamp = stamp_of(at)
    early = [mention for mention, created in written.items() if created > stamp]
    if early:
        raise UsageError(
            f"--at {iso_utc(stamp)} is before {early[0][:8]} was written "
            f"({iso_utc(written[early[0]])}); an answer cannot come before the question"
            + (f" ({len(early)} mentions)" if len(early) > 1 else "")
        )


def ack_kept(
    mention: str,
    responded_at: datetime | None,
    responded_via: str | None,
    at: datetime,
    note: str | None = None,
) -> AckResult | None:
    """An ack that does not answer again, because the mention was answered at or before
    `at` (the earlier response stays); None when the ack is to be written. Its `note` is
    not lost: two people who answered at once each keep theirs (the store records it as a
    `note` action when this says `note kept`)."""
    if responded_at is not None and responded_at <= stamp_of(at):
        detail = f"already responded ({responded_via})"
        if note:
            detail += "; note kept in its history"
        return AckResult(mention, False, detail, responded_at)
    return None


def acked(mention: str, at: datetime) -> AckResult:
    return AckResult(mention, True, "acknowledged", stamp_of(at))


def reopen_reason(by: str | None, at: datetime) -> str:
    """Why a reopened mention needs a reply, as kept with it."""
    return f"reopened by {by or 'someone'} at {iso_utc(stamp_of(at))}"


_REOPENED = {
    (True, True): "reopened: the response is undone and it needs a reply",
    (True, False): "reopened",
    (False, True): "reopened: it needs a reply",
    (False, False): "was already open",
}


def reopened(mention: str, unanswered: bool, needs_reply: bool) -> AckResult:
    """A reopen's result: whether a response was undone and whether it now needs a reply
    (it is recorded as an action when either changed)."""
    return AckResult(mention, unanswered or needs_reply, _REOPENED[unanswered, needs_reply])


def no_reply_reason(by: str | None, at: datetime, note: str | None) -> str:
    """Why a mention needs no reply, as kept with it."""
    return f"marked by {by or 'someone'} at {iso_utc(stamp_of(at))}" + (f": {note}" if note else "")


def no_replied(mention: str, changed: bool) -> AckResult:
    return AckResult(mention, changed, "needs no reply" if changed else "already needed no reply")


@dataclass(frozen=True, slots=True)
class Assignment:
    """An assign or release to write: the action and its note, and what it answers."""

    action: str
    note: str
    result: AckResult


def assignment(
    mention: str, before: str | None, to: str | None, note: str | None
) -> Assignment | AckResult:
    """What assigning `mention` (now with `before`) to `to` (None: release it) does: an
    `Assignment` to write, or an unchanged `AckResult` when it is already so (names
    compared case-insensitively)."""
    if (before or "").casefold() == (to or "").casefold():
        return AckResult(mention, False, f"already with {to}" if to else "was not assigned")
    action, what = ("assign", f"to {to}") if to else ("release", f"from {before}")
    was = f" (was {before})" if before else ""  # taken over from someone: say from whom
    result = AckResult(mention, True, f"assigned to {to}{was}" if to else f"released{was}")
    return Assignment(action, f"{what}: {note}" if note else what, result)
