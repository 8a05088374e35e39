"""The SQLite store's memory of what the floor needs: reply decisions kept under a policy
stamp, answers' verdicts, and the floor's own query that reads only what can be on it.

Everything here is a cache of pure rules (`webcare.sla`): a missing or stale entry is
worked out again, never trusted, so correctness never depends on it being complete.
"""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Any

from webcare.model import SlaState, SlaStatus, sla_state
from webcare.timeparse import iso_utc

if TYPE_CHECKING:
    from webcare.store.records import Settlement

_CHUNK = 400


def verdict_to_json(state: SlaState) -> str:
    return json.dumps(
        {
            "target": state.target_minutes,
            "reason": state.target_reason,
            "due": iso_utc(state.due_at),
            "late": state.responded_late,
            "overdue": state.overdue_minutes,
            "needs_reply": state.needs_reply,
            "clock": state.clock,
            "started": iso_utc(state.clock_started_at) if state.clock_started_at else None,
            "reply_reason": state.reply_reason,
            "to_thank": state.to_thank,
            "business": state.business_hours,
        },
        ensure_ascii=False,
    )


def verdict_from_json(text: str | None) -> SlaState | None:
    """A kept verdict; None for none, or for one this version cannot read (redone)."""
    fields = _verdict_fields(text)
    if fields is None:
        return None
    return sla_state(status=SlaStatus.RESPONDED, remaining_minutes=0, **fields)


def verdict_outcome(text: str | None) -> tuple[bool, bool] | None:
    """(needs a reply, answered late) of a kept verdict, read exactly as
    `verdict_from_json` reads it but without building the state (a digest reads tens of
    thousands); None when that would be None."""
    match = _WRITTEN(text) if type(text) is str and text else None
    if match is None:
        fields = _loaded_fields(text)
        return None if fields is None else (fields["needs_reply"], fields["responded_late"])
    # As written here: only its times can fail to read (the regex holds the rest), so they
    # are read and dropped, and no dict of eleven fields is built for two (round 53).
    due, late, needs, started = match.group(3, 4, 6, 8)
    try:
        _time(due)
        if started:
            _time(started)
    except ValueError:
        return None
    return needs == "true", late == "true"


_INT = r"(-?(?:0|[1-9][0-9]{0,17}))"  # JSON's integers, short of any limit on digits
_STR = r'"([^"\\\x00-\x1f]*)"'  # a JSON string without escapes: read as written
_BOOL = r"(true|false)"


def _compile_written(text: str) -> re.Match[str] | None:
    """`_WRITTEN`, compiled at its first use (then it is the pattern's own `fullmatch`):
    compiling it is some 15 million instructions, and a morning report reads no verdict."""
    global _WRITTEN
    _WRITTEN = re.compile(
        rf'\{{"target": {_INT}, "reason": {_STR}, "due": {_STR}, "late": {_BOOL}, '
        rf'"overdue": {_INT}, "needs_reply": {_BOOL}, "clock": {_STR}, '
        rf'"started": (?:null|{_STR}), "reply_reason": {_STR}, "to_thank": {_BOOL}'
        rf'(?:, "business": {_BOOL})?\}}'
    ).fullmatch
    return _WRITTEN(text)


_WRITTEN: Callable[[str], re.Match[str] | None] = _compile_written
"""A verdict exactly as `verdict_to_json` writes it: every key once and in its order, and
values that JSON reads as they are written (its groups: each value, in that order)."""


def _verdict_fields(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        # As written here (a match), read off the match: what json.loads would give.
        match = _WRITTEN(text) if type(text) is str else None
        if match is not None:
            target, reason, due, late, overdue, needs, clock, started, why, thank, open_only = (
                match.groups()
            )
            return {
                "target_minutes": int(target),
                "target_reason": reason,
                "due_at": _time(due),
                "overdue_minutes": int(overdue),
                "responded_late": late == "true",
                "needs_reply": needs == "true",
                "clock": clock,
                "clock_started_at": _time(started) if started else None,
                "reply_reason": why,
                "to_thank": thank == "true",
                "business_hours": _business(open_only, reason),
            }
    except (ValueError, KeyError, TypeError):
        return None
    return _loaded_fields(text)


def _loaded_fields(text: str | None) -> dict[str, Any] | None:
    """A kept verdict not as `verdict_to_json` writes it today, read by json.loads."""
    if not text:
        return None
    try:
        data: dict[str, Any] = json.loads(text)
        return {
            "target_minutes": int(data["target"]),
            "target_reason": str(data["reason"]),
            "due_at": _time(data["due"]),
            "overdue_minutes": int(data["overdue"]),
            "responded_late": bool(data["late"]),
            "needs_reply": bool(data["needs_reply"]),
            "clock": str(data["clock"]),
            "clock_started_at": _time(data["started"]) if data["started"] else None,
            "reply_reason": str(data["reply_reason"]),
            "to_thank": bool(data["to_thank"]),
            "business_hours": _business(data.get("business"), str(data["reason"])),
        }
    except (ValueError, KeyError, TypeError):
        return None


def _business(kept: str | bool | None, reason: str) -> bool:
    """Whether the verdict's minutes are open minutes: as kept, else (a verdict kept before
    it was) as its target's words say (`sla._clock_rule`), so a late answer on a channel
    with business hours says `1h over in business hours` as its breach did."""
    if kept is None:
        return " in business hours (" in reason
    return kept is True or kept == "true"


def _time(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


def floor_ids(stamp: str, now: str, recent_since: str | None) -> tuple[str, list[object]]:
    """`rowid IN (…)`: what can be on the floor at `now`, each part on its own index.

    Owed and open under this policy; open but not decided under it (a new mention, a
    changed config: worked out at read time); answered only after `now`; and, for praise to
    thank, recent open ones. Everything else is history: answered, or owed no reply.

    Each part names its index: SQLite's statistics count every NULL `responded_at` as a
    value of its own, so left to itself the planner takes `mentions_open` for "unanswered"
    and walks every open mention of the whole history (tens of thousands at a million)
    where the partial indexes hold a few thousand.

    By rowid, not id: each row found is then read by its rowid at once, where an id is
    first looked up in the id index (a fifth of the floor's read, 3,000 rows of a million)."""
    parts = [
        """SELECT rowid FROM mentions INDEXED BY mentions_owed
           WHERE responded_at IS NULL AND backfilled = 0 AND owed = 1""",
        """SELECT rowid FROM mentions INDEXED BY mentions_open_stamp
           WHERE responded_at IS NULL AND backfilled = 0
           AND (policy_stamp IS NULL OR policy_stamp < ? OR policy_stamp > ?)""",
        "SELECT rowid FROM mentions WHERE responded_at > ? AND backfilled = 0",
    ]
    params: list[object] = [stamp, stamp, now]
    if recent_since is not None:
        parts.append(
            """SELECT rowid FROM mentions INDEXED BY mentions_unanswered
               WHERE created_at >= ? AND backfilled = 0 AND responded_at IS NULL"""
        )
        params.append(recent_since)
    return f"rowid IN ({' UNION ALL '.join(parts)})", params


def unsettled(db: sqlite3.Connection, stamp: str, now: datetime, limit: int) -> list[sqlite3.Row]:
    open_rows = db.execute(
        """SELECT * FROM mentions WHERE responded_at IS NULL AND backfilled = 0
           AND (policy_stamp IS NULL OR policy_stamp < ? OR policy_stamp > ?)
           ORDER BY policy_stamp, created_at DESC LIMIT ?""",
        (stamp, stamp, limit),
    ).fetchall()
    answered = db.execute(
        """SELECT * FROM mentions WHERE settled IS NULL AND responded_at IS NOT NULL
           AND backfilled = 0 AND responded_at <= ? ORDER BY responded_at DESC LIMIT ?""",
        (iso_utc(now), limit),
    ).fetchall()
    return open_rows + answered


def threads(db: sqlite3.Connection, thread_ids: Iterable[str]) -> list[sqlite3.Row]:
    wanted = sorted(set(thread_ids))
    rows: list[sqlite3.Row] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        rows += db.execute(
            f"SELECT * FROM mentions WHERE thread_id IN ({','.join('?' * len(chunk))})", chunk
        ).fetchall()
    return rows


def settle(db: sqlite3.Connection, settlements: Sequence[Settlement]) -> int:
    """Keep each settlement only if its mention is still as it was read (compare and set:
    a person's `reopen` or a re-analysis in between wins, and the next pass redoes it)."""
    decisions = []
    verdicts = []
    for s in settlements:
        item = s.basis
        if s.stamp is not None:
            a = item.analysis
            decisions.append(
                (
                    int(s.owed),
                    iso_utc(s.due_at) if s.due_at else None,
                    s.stamp,
                    item.mention.id,
                    int(a.needs_reply),
                    int(item.reply_decided),
                    a.urgency.level.value,
                    a.sentiment.label.value,
                )
            )
        if s.verdict is not None and item.response is not None:
            verdicts.append(
                (verdict_to_json(s.verdict), item.mention.id, iso_utc(item.response.at))
            )
    before = db.total_changes
    db.executemany(
        """UPDATE mentions SET owed = ?, due_at = ?, policy_stamp = ?
           WHERE id = ? AND needs_reply = ? AND reply_decided = ? AND urgency_level = ?
           AND sentiment_label = ?""",
        decisions,
    )
    db.executemany(
        "UPDATE mentions SET settled = ? WHERE id = ? AND responded_at = ? AND settled IS NULL",
        verdicts,
    )
    return db.total_changes - before
