"""`plain`: for grep, awk, cut and sort. One item per line, tab-separated, stable columns,
never truncated, no colour, no header. Empty fields are `-`.

Listing columns: rank, id, sla status, overdue (+N minutes) or time left (-N minutes; `-`
when no reply is needed, so no clock runs), channel, source, urgency, sentiment label, sentiment score, route, created_at (UTC),
author, url, text.
"""

from __future__ import annotations

from typing import Any

from webcare.model import SlaStatus
from webcare.report import Listing
from webcare.textutil import one_line
from webcare.timeparse import iso_utc


def _field(value: object) -> str:
    if value is None or value == "":
        return "-"
    return one_line(str(value)).replace("\t", " ")


def listing(listing: Listing) -> str:
    lines = []
    for row in listing.rows:
        m, a, s = row.item.mention, row.item.analysis, row.sla
        if s.status is SlaStatus.BREACHED or (s.status is SlaStatus.RESPONDED and s.responded_late):
            timing = f"+{s.overdue_minutes}"
        elif s.status is SlaStatus.RESPONDED:
            timing = "0"
        elif not s.needs_reply:
            timing = ""  # no reply needed: no clock, so `-`
        else:
            timing = f"-{s.remaining_minutes}"
        fields = (
            row.priority.rank, m.id, s.status.value, timing, m.channel.value, m.source,
            a.urgency.level.value, a.sentiment.label.value, f"{a.sentiment.score:+.2f}",
            a.route.value, iso_utc(m.created_at), m.author, m.url, m.text,
        )  # fmt: skip
        lines.append("\t".join(_field(f) for f in fields))
    return "".join(line + "\n" for line in lines)


def analyses(rows: list[dict[str, Any]]) -> str:
    """Columns: language, sentiment label, score, urgency, topics, route, text."""
    lines = []
    for row in rows:
        fields = (
            row["language"], row["sentiment"]["label"], f"{row['sentiment']['score']:+.2f}",
            row["urgency"]["level"], ",".join(row["topics"]), row["route"], row["text"],
        )  # fmt: skip
        lines.append("\t".join(_field(f) for f in fields))
    return "".join(line + "\n" for line in lines)
