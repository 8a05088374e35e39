"""What people's formats say about stats and the weekly digest: figures as a person reads
them (`42%`, `1h 30m`, `▲ +12 (+40%)`), the digest's headline, its few sentences "in
brief", its sections and footer. Pure; each format escapes what these return."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from webcare.textutil import one_line
from webcare.timeparse import format_duration

if TYPE_CHECKING:  # types only: a report loads neither the digest nor the evaluations
    from webcare.digest import Digest


def figure_span(minutes: float | None) -> str:
    if minutes is None:
        return "-"
    if round(abs(minutes)) == 0:
        return "0m"
    sign = "-" if minutes < 0 else ""
    return sign + format_duration(timedelta(minutes=round(abs(minutes))))


def share(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.0f}%"


def pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}%"


# ---------------------------------------------------------------- the digest

TOTAL_LABELS = {
    "mentions": "Mentions",
    "negative": "Negative",
    "share_negative": "Share negative",
    "mean_sentiment": "Mean sentiment (-1 to 1)",
    "needs_reply": "Needed a reply",
    "responded": "Answered",
    "breaches": "SLA breaches (late or still open)",
    "compliance_pct": "Answered within target",
    "open_now": "Awaiting a reply now",
    "breached_now": "Breached now",
    "at_risk_now": "At risk now",
    "backfilled": "History (backfilled), not counted above",
}
# Which way is good news: colours in people's formats (the arrow says the direction anyway).
_BETTER_UP = frozenset(("compliance_pct", "mean_sentiment"))
_BETTER_DOWN = frozenset(("negative", "share_negative", "breaches"))


def digest_when(digest: Digest, moment: datetime) -> str:
    return f"{moment.astimezone(digest.timezone):%a %d %b %Y %H:%M %Z}".strip()


def window_length(digest: Digest) -> str | None:
    if digest.since is None:
        return None
    return format_duration(digest.now - digest.since)


def digest_headline(digest: Digest) -> str:
    brand = f"{one_line(digest.brand)} " if digest.brand else ""
    end = digest_when(digest, digest.now)
    if digest.since is None:
        return f"{brand}webcare digest: everything up to {end}"
    return f"{brand}webcare digest: {digest_when(digest, digest.since)} to {end}"


def value_text(key: str, value: Any) -> str:
    """A total as a person reads it."""
    if value is None:
        return "-"
    if key == "share_negative":
        return share(value)
    if key == "compliance_pct":
        return pct(value)
    if key == "mean_sentiment":
        return f"{value:+.2f}"
    return f"{value:,}"


def change_text(row: dict[str, Any]) -> str:
    """`▲ +12 (+40%)`, `▼ 5 pts`, `=`; `-` without a previous window."""
    change = row["change"]
    if change is None:
        return "-"
    if change == 0:
        return "="
    arrow = "▲" if change > 0 else "▼"
    key = row["key"]
    if key == "share_negative":
        return f"{arrow} {100 * change:+.0f} pts"
    if key == "compliance_pct":
        return f"{arrow} {change:+.1f} pts"
    if key == "mean_sentiment":
        return f"{arrow} {change:+.2f}"
    pct = f" ({row['change_pct']:+.0f}%)" if row["change_pct"] is not None else ""
    return f"{arrow} {change:+,}{pct}"


def tone(row: dict[str, Any]) -> str:
    """`good`, `bad` or `` (neutral or unchanged) for a total's change."""
    change = row["change"]
    if not change:
        return ""
    if row["key"] in _BETTER_UP:
        return "good" if change > 0 else "bad"
    if row["key"] in _BETTER_DOWN:
        return "bad" if change > 0 else "good"
    return ""


def digest_totals(digest: Digest) -> dict[str, dict[str, Any]]:
    return {row["key"]: row for row in digest.totals}


def shown_totals(digest: Digest) -> list[dict[str, Any]]:
    """The totals people see: the backfilled row only when there is history to mention."""
    return [row for row in digest.totals if row["key"] != "backfilled" or row["value"]]


def overdue_text(minutes: int | None) -> str:
    return figure_span(minutes) if minutes else "-"


def highlights(digest: Digest) -> list[str]:
    """A few sentences that say what the week was like, for the top of a forwarded mail."""
    t = digest_totals(digest)
    length = window_length(digest)
    mentions = t["mentions"]["value"]
    if not mentions:
        backfilled = t["backfilled"]["value"]
        history = f" ({backfilled} backfilled as history)" if backfilled else ""
        return [f"No mentions in this window{history}."]
    versus = ""
    if length and t["mentions"]["previous"] == 0:
        versus = f" (none in the {length} before)"
    elif length and t["mentions"]["previous"] is not None:
        versus = f" ({change_text(t['mentions'])} on the {length} before)"
    lines = [
        f"{mentions:,} mention(s){versus}, {share(t['share_negative']['value'])} negative"
        + (
            f" ({change_text(t['share_negative'])})"
            if t["share_negative"]["change"] is not None
            else ""
        )
        + "."
    ]
    compliance = t["compliance_pct"]["value"]
    if compliance is not None:
        before = t["compliance_pct"]["previous"]
        was = f", was {pct(before)}" if before is not None else ""
        lines.append(
            f"Answered within target: {pct(compliance)}{was}; "
            f"{t['responded']['value']:,} of {t['needs_reply']['value']:,} answered, "
            f"{t['breaches']['value']:,} breach(es)."
        )
    # Only channels slower than promised: the sentence a manager needs to act on.
    lines.extend(
        f"{one_line(str(row['key'])).capitalize()}: median first response "
        f"{figure_span(row['median_response_minutes'])} against a {figure_span(row['target_minutes'])} target."
        for row in digest.responses
        if row["gap_minutes"] is not None and row["gap_minutes"] > 0
    )
    lines.append(
        f"Now: {t['open_now']['value']:,} awaiting a reply, {t['breached_now']['value']:,} "
        f"breached, {t['at_risk_now']['value']:,} at risk."
    )
    if digest.topics:
        top = digest.topics[0]
        lines.append(
            f"Most talked about: {one_line(str(top['key']))} ({share(top['share'])} of mentions, "
            f"{share(top['share_negative'])} of them negative)."
        )
    if digest.breaches:
        worst = digest.breaches[0]
        state = "still open" if worst["state"] == "open" else "answered late"
        lines.append(
            f"Worst breach: {one_line(worst['author'] or 'unknown')} on {one_line(worst['source'])}, "
            f"{worst['urgency']} urgency, {overdue_text(worst['overdue_minutes'])} over, {state}."
        )
    if t["backfilled"]["value"]:
        lines.append(
            f"{t['backfilled']['value']:,} mention(s) stored as history by a first poll are "
            "left out of these figures."
        )
    return lines


def breach_state(row: dict[str, Any]) -> str:
    over = overdue_text(row["overdue_minutes"])
    return f"OPEN {over} over" if row["state"] == "open" else f"late by {over}"


_CHANNEL_COLUMNS: tuple[tuple[str, str, Callable[[Any], str]], ...] = (
    ("volume", "Mentions", str),
    ("share", "Share", share),
    ("negative", "Neg", str),
    ("neutral", "Neu", str),
    ("positive", "Pos", str),
    ("share_negative", "Neg %", share),
    ("mean_sentiment", "Mean", lambda v: f"{v:+.2f}"),
)
_RESPONSE_COLUMNS: tuple[tuple[str, str, Callable[[Any], str]], ...] = (
    ("needs_reply", "Needed reply", str),
    ("responded", "Answered", str),
    ("median_response_minutes", "Median", figure_span),
    ("p90_response_minutes", "P90", figure_span),
    ("target_minutes", "Target", figure_span),
    ("gap_minutes", "Gap", lambda v: ("+" if v > 0 else "") + figure_span(v)),
    ("compliance_pct", "In SLA", pct),
    ("breaches", "Breaches", str),
    ("research_minutes", "Industry avg", figure_span),
)
_LABEL_COLUMNS: tuple[tuple[str, str, Callable[[Any], str]], ...] = (
    ("count", "Mentions", str),
    ("share", "Share", share),
    ("share_negative", "Neg %", share),
)
_VOLUME_COLUMNS: tuple[tuple[str, str, Callable[[Any], str]], ...] = (
    ("volume", "Mentions", str),
    ("share", "Share", share),
    ("share_negative", "Neg %", share),
)


def _show(show: Callable[[Any], str], value: Any) -> str:
    return "-" if value is None else show(value)


def _grid(
    rows: Sequence[dict[str, Any]],
    columns: Sequence[tuple[str, str, Callable[[Any], str]]],
    first: str,
    extra: Sequence[tuple[str, str]] = (),
) -> tuple[list[str], list[list[str]]]:
    """Header and cells (plain strings, not yet escaped) of a section's table."""
    header = [first, *(label for _, label in extra), *(label for _, label, _ in columns)]
    cells = [
        [
            one_line(str(row["key"])),
            *(one_line(str(row.get(key) or "-")) for key, _ in extra),
            *(_show(show, row.get(key)) for key, _, show in columns),
        ]
        for row in rows
    ]
    return header, cells


def digest_sections(digest: Digest) -> list[tuple[str, list[str], list[list[str]]]]:
    """Every tabular section of people's formats except breaches: (title, header, cells)."""
    return [
        (
            "Volume and sentiment per channel",
            *_grid(digest.channels, _CHANNEL_COLUMNS, "Channel"),
        ),
        (
            "Response times against targets",
            *_grid(digest.responses, _RESPONSE_COLUMNS, "Channel"),
        ),
        ("Top topics", *_grid(digest.topics, _LABEL_COLUMNS, "Topic")),
        ("Urgency categories", *_grid(digest.urgency, _LABEL_COLUMNS, "Category")),
        (
            "Per source",
            *_grid(digest.sources, _VOLUME_COLUMNS, "Source", (("channel", "Channel"),)),
        ),
        ("Languages", *_grid(digest.languages, _VOLUME_COLUMNS, "Language")),
    ]


def breaches_title(digest: Digest) -> str:
    shown, found = len(digest.breaches), digest.breaches_found
    if not found:
        return "Worst breaches: none"
    return f"Worst breaches ({shown} of {found})" if shown < found else "Worst breaches"


def digest_footer(digest: Digest) -> str:
    length = window_length(digest)
    compared = (
        f"Previous window: the {length} before, from {digest_when(digest, digest.previous_since)}, "
        "judged at the same time. "
        if length and digest.previous_since
        else ""
    )
    return (
        f"{compared}Backfilled history is left out. As of {digest_when(digest, digest.now)}; "
        f"generated {digest_when(digest, digest.generated_at)}."
    )
