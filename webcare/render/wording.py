"""What every people's format (table, plain, markdown, html) says the same way. Pure.

Short ids and the commands to copy, local times, SLA wording, the report's headline, the
figures of `stats` and the digest, and `show`'s lines. The formats escape what these
return; nothing here escapes or styles.

Mention ids are 16 hex characters; the CLI takes any unique prefix of 4 or more, so
people's formats show the first 8 (`1d54f5ca`) with the command to act on it
(`webcare ack 1d54f5ca`). Machine formats keep the full id and UTC times.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING, Any

from webcare.textutil import clean_text, one_line
from webcare.timeparse import format_duration, left_words, over_words

if TYPE_CHECKING:
    from webcare.evaluate import Score
    from webcare.evaluate_urgency import UrgencyScore
    from webcare.model import Problem, SourceResult
    from webcare.report import Listing

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
        return label, over_words(
            sla["overdue_minutes"],
            business=sla.get("business_hours", False),
            closed=sla.get("closed_now", False),
        )
    if status in ("ok", "at_risk") and sla["needs_reply"]:
        return label, left_words(sla["remaining_minutes"])
    if status == "ok":
        return "NO REPLY OWED", ""
    if status == "responded" and sla.get("responded_late"):
        return label, "late"
    if status == "history":
        return label, "not on the floor"
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
    if s.get("history"):
        text += f", {s['history']} history (never on the floor)"
    if s.get("no_reply_needed"):
        text += f" ({s['no_reply_needed']} of the ok need no reply)"
    return text


# ---------------------------------------------------------------- show


def _verdict(sla: dict[str, Any]) -> str:
    """The status as `show` words it: an answer says whether it came in time."""
    if sla["status"] != "responded":
        return str(sla["status"])
    if sla.get("responded_late"):
        late = over_words(sla["overdue_minutes"], business=sla.get("business_hours", False))
        return f"responded late ({late})"
    return "responded in time"


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
    from webcare.model import HISTORY_WORDS
    from webcare.timeparse import local_stamps

    sla = record["sla"]
    short = short_id(record["id"])
    rank = record["priority"]["rank"]
    # `reopened by anna at …`: kept with the mention in UTC, shown in the brand's time.
    why = local_stamps(one_line(sla["needs_reply_reason"] or ""), tz)
    reply = (
        "owed" + (f" ({why})" if why else "")
        if sla["needs_reply"]
        else f"not owed ({why or 'no clock runs'}); "
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
        f"sla:         {HISTORY_WORDS}"
        if sla["status"] == "history"
        else f"sla:         {_verdict(sla)}, due {local_with_utc(sla['due_at'], tz)} ({sla['target_reason']})"
        if sla["needs_reply"] or sla["status"] == "responded"
        else f"sla:         {sla['status']}: no clock runs, no reply is owed",
        f"reply:       {reply}",
        f"assignee:    {one_line(record.get('assignee') or '-')}",
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
        # An answered mention has nothing to ack: what is left is to undo a wrong answer.
        f"webcare {'reopen' if sla['status'] == 'responded' else 'ack'} {short} · webcare explain {short}",
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


def source_result_lines(
    result: SourceResult, tz: tzinfo, *, verbose: bool = False
) -> list[str]:
    """What one source's poll did, for people: `reviews: 12 new, 3 already seen, …` and its
    problems (the first five unless `verbose`); times in the brand's zone `tz`."""
    from webcare.decide import DEFERRED
    from webcare.timeparse import local_words

    if result.error == DEFERRED and result.deferred_until is not None:
        # Not polled at all, as the source asked: no failure of its own, but it counts (exit 3).
        return [
            f"{result.source}: skipped: the source asked (Retry-After) not to be polled "
            f"before {local_words(result.deferred_until, tz)}"
        ]
    if result.error:
        lines = [f"{result.source}: FAILED: {one_line(result.error)}"]
        if result.deferred_until is not None:
            lines.append(f"  left alone until {local_words(result.deferred_until, tz)}, as it asked")
        return lines
    if result.deferred_until is not None:
        return [
            f"{result.source}: skipped: the source asked not to be polled "
            f"before {local_words(result.deferred_until, tz)} (Retry-After)"
        ]
    if result.busy:
        return [f"{result.source}: skipped: another poll is fetching it now and stores what is new"]
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


def urgency_eval_text(scores: Sequence[UrgencyScore]) -> str:
    """A summary row per file, then each file's confusion table (gold rows, predicted columns)."""
    from webcare.evaluate_urgency import LEVELS

    def figure(value: float | None) -> str:
        return f"{value:.3f}" if value is not None else "-"

    names = [one_line(s.file).rsplit("/", 1)[-1] for s in scores]
    wide = max([36, *(len(name) for name in names)])
    head = f"{'file':<{wide}} {'n':>5} {'recall':>7} {'precision':>9} {'reply':>6} {'sent-F1':>7} {'sent-acc':>8} {'texts/s':>8}"
    lines = [head]
    lines += [
        f"{name:<{wide}} {s.n:>5} {figure(s.urgent_recall):>7} {figure(s.urgent_precision):>9}"
        f" {figure(s.needs_reply_accuracy):>6} {figure(s.sentiment_macro_f1):>7}"
        f" {figure(s.sentiment_accuracy):>8} {s.texts_per_second:>8,.0f}"
        for name, s in zip(names, scores, strict=True)
    ]
    for s in scores:
        lines += ["", f"{one_line(s.file).rsplit('/', 1)[-1]}: gold (rows) x predicted (columns)"]
        lines.append(f"  {'':<9}" + "".join(f"{level:>9}" for level in LEVELS))
        for gold in LEVELS:
            lines.append(f"  {gold:<9}" + "".join(f"{s.confusion[gold][p]:>9}" for p in LEVELS))
    lines += [
        "",
        "recall/precision: critical+high as one class; reply: needs-reply accuracy;"
        " sent-F1, sent-acc: sentiment macro-F1 and accuracy",
    ]
    return "\n".join(lines) + "\n"
