"""`plain`: for grep, awk, cut and sort. One item per line, tab-separated, stable columns,
never truncated, no colour, no header. Empty fields are `-`.

Listing columns: rank, id, sla status, overdue (+N minutes) or time left (-N minutes; `-`
when no reply is needed or the mention is history, so no clock runs), channel, source, urgency, sentiment label, sentiment score, route, created_at (UTC),
author, url, text.

Stats and digest: one row per line, stable columns (`webcare.stats.STATS_COLUMNS`; the
digest's per section in `DIGEST_COLUMNS`: `section<TAB>key<TAB>value…`). `show` prints the
same lines as the table format. Every field passes `safe.field`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from webcare.model import SlaStatus
from webcare.render.base import Renderer, ShowView
from webcare.render.safe import field as _field
from webcare.render.wording import sentiment_eval_text, show_text, urgency_eval_text
from webcare.report import Listing
from webcare.stats import RESPONSE_FIELDS, STATS_COLUMNS, Stats
from webcare.timeparse import iso_utc

if TYPE_CHECKING:  # types only: a report loads neither the digest nor the evaluations
    from webcare.digest import Digest
    from webcare.evaluate import Score
    from webcare.evaluate_urgency import UrgencyScore

DIGEST_COLUMNS: dict[str, tuple[str, ...]] = {
    "window": ("value",),
    "totals": ("value", "previous", "change", "change_pct"),
    "channel": (
        "volume",
        "share",
        "negative",
        "neutral",
        "positive",
        "share_negative",
        "mean_sentiment",
    ),
    "source": ("channel", "volume", "share", "negative", "share_negative"),
    "language": ("volume", "share", "negative", "share_negative"),
    "topic": ("count", "share", "negative", "share_negative"),
    "urgency": ("count", "share", "negative", "share_negative"),
    "breach": (
        "rank",
        "state",
        "overdue_minutes",
        "target_minutes",
        "channel",
        "source",
        "author",
        "urgency",
        "sentiment",
        "priority",
        "created_at",
        "url",
        "text",
    ),
    "response": RESPONSE_FIELDS[1:],  # after `key`, which every row starts with
}


def _listing(listing: Listing) -> str:
    lines = []
    for row in listing.rows:
        m, a, s = row.item.mention, row.item.analysis, row.sla
        if s.status is SlaStatus.BREACHED or (s.status is SlaStatus.RESPONDED and s.responded_late):
            timing = f"+{s.overdue_minutes}"
        elif s.status is SlaStatus.RESPONDED:
            timing = "0"
        elif not s.needs_reply or s.status is SlaStatus.HISTORY:
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


def _analyses(rows: list[dict[str, Any]]) -> str:
    """Columns: language, sentiment label, score, urgency, topics, route, text."""
    lines = []
    for row in rows:
        fields = (
            row["language"], row["sentiment"]["label"], f"{row['sentiment']['score']:+.2f}",
            row["urgency"]["level"], ",".join(row["topics"]), row["route"], row["text"],
        )  # fmt: skip
        lines.append("\t".join(_field(f) for f in fields))
    return "".join(line + "\n" for line in lines)


def _stats(stats: Stats) -> str:
    return "".join(
        "\t".join(_field(row.get(column)) for column in STATS_COLUMNS) + "\n"
        for row in stats.records()
    )


def _digest(digest: Digest) -> str:
    lines = []
    for row in digest.records():
        columns = ("section", "key", *DIGEST_COLUMNS[row["section"]])
        lines.append("\t".join(_field(row.get(column)) for column in columns))
    return "".join(line + "\n" for line in lines)


class PlainRenderer(Renderer):
    def listing(self, listing: Listing) -> str:
        return _listing(listing)

    def show(self, view: ShowView) -> str:
        return show_text(view.record, view.actions, view.same_author, view.timezone)

    def stats(self, stats: Stats) -> str:
        return _stats(stats)

    def digest(self, digest: Digest) -> str:
        return _digest(digest)

    def analyses(self, rows: list[dict[str, Any]]) -> str:
        return _analyses(rows)

    def sentiment_eval(self, scores: Sequence[Score]) -> str:
        return sentiment_eval_text(scores)

    def urgency_eval(self, scores: Sequence[UrgencyScore]) -> str:
        return urgency_eval_text(scores)
