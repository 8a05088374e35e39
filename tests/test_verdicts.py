"""A kept verdict read two ways: whole (`verdict_from_json`, for the report) and for its two
flags only (`verdict_outcome`, for a digest's tens of thousands of answers in time). Both
read a verdict as written here off a pattern, for speed: each must be what json.loads
reads, and unreadable exactly when that is: a digest that trusted a verdict the report
cannot read would count what nobody judged."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from webcare.model import SlaState, SlaStatus
from webcare.store.settling import verdict_from_json, verdict_outcome, verdict_to_json

START = datetime(2026, 11, 16, 9, 30, tzinfo=UTC)


def as_json_reads_it(text: str | None) -> SlaState | None:
    """The verdict as json.loads reads it, converted field by field: what the store's
    reading (a written verdict read off a pattern, for speed) must always agree with."""
    if not text:
        return None
    try:
        data = json.loads(text)
        return SlaState(
            target_minutes=int(data["target"]),
            target_reason=str(data["reason"]),
            due_at=time(data["due"]),
            status=SlaStatus.RESPONDED,
            overdue_minutes=int(data["overdue"]),
            remaining_minutes=0,
            responded_late=bool(data["late"]),
            needs_reply=bool(data["needs_reply"]),
            clock=str(data["clock"]),
            clock_started_at=time(data["started"]) if data["started"] else None,
            reply_reason=str(data["reply_reason"]),
            to_thank=bool(data["to_thank"]),
        )
    except (ValueError, KeyError, TypeError):
        return None


def time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def agree(text: str | None) -> tuple[bool, bool] | None:
    whole = verdict_from_json(text)
    assert whole == as_json_reads_it(text), text
    flags = verdict_outcome(text)
    if whole is None:
        assert flags is None, text
    else:
        assert flags == (whole.needs_reply, whole.responded_late), text
    return flags


def written(**changes: object) -> str:
    state = SlaState(
        target_minutes=60,
        target_reason="social target 1h",
        due_at=START + timedelta(hours=1),
        status=SlaStatus.RESPONDED,
        overdue_minutes=0,
        remaining_minutes=0,
        clock_started_at=START,
    )
    return verdict_to_json(replace(state, **changes))  # type: ignore[arg-type]


texts = st.text(st.characters(codec="utf-8"), max_size=12)


@settings(max_examples=300, deadline=None)
@given(
    target=st.integers(-(10**30), 10**30),
    reason=texts,
    late=st.booleans(),
    overdue=st.integers(-(10**30), 10**30),
    needs_reply=st.booleans(),
    clock=texts,
    started=st.none() | st.datetimes(timezones=st.just(UTC)),
    reply_reason=texts,
    to_thank=st.booleans(),
)
def test_every_verdict_written_reads_back_the_same_both_ways(
    target: int,
    reason: str,
    late: bool,
    overdue: int,
    needs_reply: bool,
    clock: str,
    started: datetime | None,
    reply_reason: str,
    to_thank: bool,
) -> None:
    # Quotes, backslashes, control characters and huge numbers in any field: read alike.
    text = written(
        target_minutes=target,
        target_reason=reason,
        responded_late=late,
        overdue_minutes=overdue,
        needs_reply=needs_reply,
        clock=clock,
        clock_started_at=started,
        reply_reason=reply_reason,
        to_thank=to_thank,
    )
    assert agree(text) == (needs_reply, late)


GOOD = written()

UNREADABLE = [
    None,
    "",
    "null",
    "[]",
    "{}",
    GOOD[:-1],  # cut short
    GOOD.replace('"due": "2026-11-16T10:30:00Z"', '"due": "2026-02-30T10:30:00Z"'),
    GOOD.replace('"due": "2026-11-16T10:30:00Z"', '"due": ""'),
    GOOD.replace('"started": "2026-11-16T09:30:00Z"', '"started": "yesterday"'),
    GOOD.replace('"target": 60', '"target": "an hour"'),
    GOOD.replace('"target": 60', '"target": ' + "9" * 5000),  # past int()'s digits
    GOOD.replace('"overdue": 0', '"overdue": null'),
    GOOD.replace('"late": false, ', ""),
    GOOD.replace('"needs_reply": true', '"needs_reply": tru'),
    GOOD.replace('"reason": "social target 1h"', '"reason": "\\x"'),  # a bad escape
    GOOD.replace('"reason": "social target 1h"', '"reason": "a\nb"'),  # a raw control
]


@pytest.mark.parametrize("text", UNREADABLE)
def test_a_verdict_that_cannot_be_read_whole_is_not_read_for_its_flags(text: str | None) -> None:
    assert agree(text) is None


READABLE_OTHERWISE = [
    " " + GOOD + "\n",  # around it
    GOOD.replace(", ", ",").replace(": ", ":"),  # compact
    GOOD.replace('"late": false', '"late": 0'),  # JSON of another writer
    GOOD.replace('"target": 60', '"target": 60.9'),
    GOOD.replace('"started": "2026-11-16T09:30:00Z"', '"started": ""'),
    GOOD.replace('"started": "2026-11-16T09:30:00Z"', '"started": null'),
    GOOD.replace('"reason": "social target 1h"', '"reason": "\\u00e9 \\"1h\\""'),
    GOOD.replace('"due": "2026-11-16T10:30:00Z"', '"due": "2026-11-16T11:30:00+01:00"'),
    GOOD[:-1] + ', "later": true}',  # a key this version does not know
    json.dumps({**json.loads(GOOD), "late": True}, ensure_ascii=False),
    json.dumps(dict(reversed(json.loads(GOOD).items()))),  # another order
    GOOD[:-1] + ', "late": true}',  # the last of a repeated key
]


@pytest.mark.parametrize("text", READABLE_OTHERWISE)
def test_a_verdict_written_otherwise_is_read_as_json_reads_it(text: str) -> None:
    assert agree(text) is not None
