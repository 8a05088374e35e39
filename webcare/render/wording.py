"""What every people's format (table, plain, markdown, html) says the same way. Pure.

Short ids and the commands to copy, local times, SLA wording, the report's headline, the
figures of `stats` and the digest, and `show`'s lines. The formats escape what these
return; nothing here escapes or styles.

Mention ids are 16 hex characters; the CLI takes any unique prefix of 4 or more, so
people's formats show the first 8 (`1d54f5ca`) with the command to act on it
(`webcare ack 1d54f5ca`). Machine formats keep the full id and UTC times.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from webcare.digest import Digest
from webcare.report import Listing
from webcare.textutil import clean_text, one_line
from webcare.timeparse import format_duration

if TYPE_CHECKING:
    from webcare.evaluate import Score
    from webcare.model import Problem, SourceResult

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


# ---------------------------------------------------------------- the report


def headline(listing: Listing) -> str:
    s = listing.summary
    if listing.kind == "report":
        floor = s["breached"] + s["at_risk"]
        if not floor:
            text = f"Nothing on the floor: {s['open']} open mention(s), all within their SLA."
            return text + (f" · {s['to_thank']} to thank" if s.get("to_thank") else "")
        noun = "steak" if floor == 1 else "steaks"
        parts = [f"{s['breached']} breached"] if s["breached"] else []
        parts += [f"{s['at_risk']} at risk"] if s["at_risk"] else []
        text = f"{floor} {noun} on the floor: {', '.join(parts)}"
        if s["oldest_overdue_minutes"]:
            text += f" — oldest {span(s['oldest_overdue_minutes'])} over"
        if s["shown"] < floor:
            text += f" (showing the worst {s['shown']})"
        if s.get("to_thank"):
            text += f" · {s['to_thank']} to thank"
        return text
    text = (
        f"{s['shown']} of {s['total']} mention(s): {s['breached']} breached, {s['at_risk']} at risk, "
        f"{s['ok']} ok, {s['responded']} responded"
    )
    if s.get("no_reply_needed"):
        text += f" ({s['no_reply_needed']} of the ok need no reply)"
    return text


# ---------------------------------------------------------------- stats and digest figures


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


# ---------------------------------------------------------------- show


def local_with_utc(stamp: str | None, tz: tzinfo) -> str:
    """An ISO UTC stamp as local brand time with its UTC: `Mon 23 Nov 2026 08:48 CET (07:48 UTC)`."""
    if not stamp:
        return "-"
    moment = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    return f"{moment.astimezone(tz):%a %d %b %Y %H:%M %Z} ({moment:%H:%M} UTC)"


def show_text(
    record: dict[str, Any],
    actions: list[dict[str, Any]],
    others: list[dict[str, Any]],
    tz: tzinfo,
) -> str:
    sla = record["sla"]
    short = short_id(record["id"])
    rank = record["priority"]["rank"]
    reply = (
        "owed" + (f" ({one_line(sla['needs_reply_reason'])})" if sla["needs_reply_reason"] else "")
        if sla["needs_reply"]
        else f"not owed ({one_line(sla['needs_reply_reason'] or 'no clock runs')}); "
        f"`webcare reopen {short}` if it does need one"
    )
    lines = [
        f"id:          {record['id']}",
        f"source:      {one_line(record['source'])} ({record['channel']})",
        f"author:      {one_line(record['author'] or '-')}"
        + (f" ({record['author_reach']:,} followers)" if record["author_reach"] else ""),
        f"created:     {local_with_utc(record['created_at'], tz)}"
        + (" (estimated: first seen)" if record["created_at_estimated"] else ""),
        f"url:         {one_line(record['url'] or '-')}",
        *(
            f"also seen:   {one_line(seen['source'])}: {one_line(seen['url'] or '-')}"
            for seen in record["also_seen"]
        ),
        f"rating:      {record['rating'] if record['rating'] is not None else '-'}",
        f"language:    {record['language']}",
        f"sentiment:   {record['sentiment']['label']} {record['sentiment']['score']:+.2f}"
        + (f" ({', '.join(record['sentiment']['words'])})" if record["sentiment"]["words"] else ""),
        f"urgency:     {record['urgency']['level']}"
        + (f" ({'; '.join(record['urgency']['reasons'])})" if record["urgency"]["reasons"] else ""),
        f"topics:      {', '.join(record['topics']) or '-'}",
        f"route:       {record['route']} ({record['route_reason']})",
        f"sla:         {sla['status']}, due {local_with_utc(sla['due_at'], tz)} ({sla['target_reason']})"
        if sla["needs_reply"] or sla["status"] == "responded"
        else f"sla:         {sla['status']}: no clock runs, no reply is owed",
        f"reply:       {reply}",
        f"responded:   {local_with_utc(record['responded_at'], tz)}"
        + (f" by {one_line(record['responded_by'])}" if record["responded_by"] else "")
        + (f" via {record['responded_via']}" if record["responded_via"] else ""),
        f"priority:    {f'#{rank} on the floor, ' if rank else ''}score {record['priority']['score']:g}: "
        f"{'; '.join(record['priority']['why']) or 'nothing pressing'}",
        *([f"incident:    {short_id(record['incident'])} (webcare mentions --incident {short_id(record['incident'])})"]
          if record.get("incident") else []),
        "",
        clean_text(record["text"]),
        "",
        f"webcare ack {short} · webcare explain {short}",
    ]  # fmt: skip
    if actions:
        lines += ["", "history:"]
        lines += [
            f"  {local_with_utc(a['at'], tz)} {a['action']} by {one_line(a['by'] or '-')}"
            + (f": {one_line(a['note'])}" if a["note"] else "")
            for a in actions
        ]
    if others:
        lines += ["", f"same author elsewhere ({len(others)}):"]
        for other in others:
            lines.append(
                f"  {short_id(other['id'])} {local_with_utc(other['created_at'], tz)} "
                f"{other['channel']}/{one_line(other['source'])} "
                f"{other['sla']['status']}: {one_line(other['text'])[:100]}"
            )
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- eval


def sentiment_eval_text(scores: Sequence[Score]) -> str:
    """The figures per label file, aligned: the same text on a terminal and in a pipe."""
    lines = [f"{'file':<44} {'n':>6} {'macro-F1':>8} {'binary':>7} {'texts/s':>9}"]
    for s in scores:
        binary = f"{s.binary_accuracy:.3f}" if s.binary_accuracy is not None else "-"
        name = one_line(s.file).rsplit("/", 1)[-1]
        lines.append(
            f"{name:<44} {s.n:>6} {s.macro_f1:>8.3f} {binary:>7} {s.texts_per_second:>9,.0f}"
        )
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- poll results (stderr)


def source_result_lines(result: SourceResult, *, verbose: bool = False) -> list[str]:
    """What one source's poll did, for people: `reviews: 12 new, 3 already seen, …` and its
    problems (the first five unless `verbose`)."""
    from webcare.timeparse import iso_utc

    if result.error:
        lines = [f"{result.source}: FAILED: {one_line(result.error)}"]
        if result.deferred_until is not None:
            lines.append(f"  left alone until {iso_utc(result.deferred_until)}, as it asked")
        return lines
    if result.deferred_until is not None:
        return [
            f"{result.source}: skipped: the source asked not to be polled "
            f"before {iso_utc(result.deferred_until)} (Retry-After)"
        ]
    if result.not_modified:
        return [f"{result.source}: not modified since the last poll"]
    line = f"{result.source}: {result.new} new, {result.seen} already seen"
    if result.history:
        line += f" ({result.history} of the new stored as history, never on the floor)"
    if result.replies:
        line += f", {result.replies} answered by a brand reply"
    if result.also_seen:
        line += f", {result.also_seen} also seen in another source (kept as one mention)"
    if result.filtered:
        line += f", {result.filtered} not about the brand"
    if result.problems:
        line += f", {len(result.problems)} problem(s)"
    shown = result.problems if verbose else result.problems[:5]
    lines = [line, *(problem_line(problem) for problem in shown)]
    if len(result.problems) > len(shown):
        lines.append(f"  … and {len(result.problems) - len(shown)} more (use --verbose to see all)")
    return lines


def problem_line(problem: Problem) -> str:
    where = f"line {problem.line}: " if problem.line else ""
    return f"  {where}{one_line(problem.message)}"
