"""What every people's format says the same way: short ids, the commands to copy, local
times and SLA wording. Pure; the formats escape what these return.

Mention ids are 16 hex characters; the CLI takes any unique prefix of 4 or more, so
people's formats show the first 8 (`1d54f5ca`) with the command to act on it
(`webcare ack 1d54f5ca`). Machine formats keep the full id and UTC times.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import Any

from webcare.textutil import one_line
from webcare.timeparse import format_duration

SHORT_ID = 8


def short_id(mention_id: str) -> str:
    """The first 8 characters of an id: what people type after `webcare ack`."""
    return one_line(mention_id)[:SHORT_ID]


def ack_command(mention_id: str) -> str:
    return f"webcare ack {short_id(mention_id)}"


def show_command(mention_id: str) -> str:
    return f"webcare show {short_id(mention_id)}"


def rank_text(rank: int | None) -> str:
    """`#3`, or `-` for a mention that has no place on the floor."""
    return f"#{rank}" if rank else "-"


def local_time(moment: datetime, tz: tzinfo | None, *, year: bool = False) -> str:
    """`Mon 23 Nov 09:00 CET` (with `year`: `Mon 23 Nov 2026 09:00 CET`) in the brand's zone."""
    local = moment.astimezone(tz) if tz is not None else moment
    pattern = "%a %d %b %Y %H:%M %Z" if year else "%a %d %b %H:%M %Z"
    return local.strftime(pattern).strip()


def span(minutes: int | float) -> str:
    """`9h 25m`: the table's wording of a number of minutes."""
    return format_duration(timedelta(minutes=minutes))


def sla_words(record: dict[str, Any]) -> tuple[str, str]:
    """A mention record's SLA state as (label, timing), worded as the table words it:
    (`BREACHED`, `9h 25m over`), (`AT RISK`, `40m left`), (`OK`, `2h left`),
    (`NO REPLY OWED`, ``), (`RESPONDED`, `late`), (`RESPONDED`, ``)."""
    sla = record["sla"]
    status = sla["status"]
    label = status.replace("_", " ").upper()
    if status == "breached":
        return label, f"{span(sla['overdue_minutes'])} over"
    if status in ("ok", "at_risk") and sla["needs_reply"]:
        return label, f"{span(sla['remaining_minutes'])} left"
    if status == "ok":
        return "NO REPLY OWED", ""
    if status == "responded" and sla.get("responded_late"):
        return label, "late"
    return label, ""


def sla_phrase(record: dict[str, Any]) -> str:
    """`BREACHED 9h 25m over`, `AT RISK 40m left`, `NO REPLY OWED`: one line."""
    return " ".join(part for part in sla_words(record) if part)


def posted(created: datetime, estimated: bool, tz: tzinfo | None) -> str:
    """`posted Mon 23 Nov 07:38 CET`, or `first seen …` when the source gave no date."""
    return f"{'first seen' if estimated else 'posted'} {local_time(created, tz)}"
