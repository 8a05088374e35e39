"""`table`: the report a person reads at 08:30. rich, width-aware, colour by SLA state.

Every piece of mention text goes in as `rich.text.Text` after `clean_text`, so neither
rich markup nor terminal escapes in a mention can style or move the terminal.
"""

from __future__ import annotations

import io
import textwrap
from datetime import datetime, timedelta, tzinfo
from typing import Any

from webcare.model import Ranked, SlaStatus
from webcare.render import Terminal
from webcare.render.common import short_id
from webcare.report import Listing
from webcare.textutil import one_line
from webcare.timeparse import format_duration

_STATUS_STYLE = {
    SlaStatus.BREACHED: "bold red",
    SlaStatus.AT_RISK: "bold yellow",
    SlaStatus.OK: "green",
    SlaStatus.RESPONDED: "dim",
}
_SENTIMENT_STYLE = {"neg": "red", "neu": "white", "pos": "green"}
_URGENCY_STYLE = {"critical": "bold red", "high": "red", "normal": "white", "low": "dim"}


def _console(terminal: Terminal, buffer: io.StringIO):  # noqa: ANN202 - rich is imported lazily
    from rich.console import Console

    return Console(
        file=buffer,
        width=terminal.width,
        force_terminal=terminal.color,
        no_color=not terminal.color,
        color_system="standard" if terminal.color else None,
        highlight=False,
        emoji=False,
        markup=False,
        soft_wrap=False,
    )


def _span(minutes: int) -> str:
    return format_duration(timedelta(minutes=minutes))


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
            text += f" — oldest {_span(s['oldest_overdue_minutes'])} over"
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


COMPACT_BELOW = 100
"""Narrower terminals get one line per mention; wider ones a card per mention."""
TEXT_LINES = 4
"""Lines of mention text a card shows; `webcare show ID` has the rest."""


def _sla_label(row: Ranked) -> str:
    s = row.sla
    if s.status is SlaStatus.OK and not s.needs_reply:
        return "no reply owed"
    return {
        SlaStatus.BREACHED: f"BREACHED {_span(s.overdue_minutes)} over",
        SlaStatus.AT_RISK: f"AT RISK {_span(s.remaining_minutes)} left",
        SlaStatus.OK: f"ok {_span(s.remaining_minutes)} left",
        SlaStatus.RESPONDED: "responded late" if s.responded_late else "responded",
    }[s.status]


INCIDENTS_SHOWN = 5


def _when(moment: datetime, tz: tzinfo) -> str:
    return f"{moment.astimezone(tz):%a %d %b %H:%M}"


def _clock(moment: datetime, tz: tzinfo) -> str:
    return f"{moment.astimezone(tz):%a %H:%M}"


def _incidents(listing: Listing, console) -> None:  # noqa: ANN001
    from rich.text import Text

    if not listing.incidents:
        return
    tz = listing.timezone
    console.print(Text("Incidents: open mentions about the same problem", style="bold"))
    for incident in listing.incidents[:INCIDENTS_SHOWN]:
        line = Text("  ")
        line.append(one_line(incident.label), style="bold magenta")
        line.append(
            f" · {len(incident.members)} mentions · first {_clock(incident.first_at, tz)}"
            f" · latest {_clock(incident.latest_at, tz)}"
        )
        if incident.spike is not None:
            line.append(
                f" · SPIKE: {incident.spike.recent} in 3h, usually {incident.spike.usual:g}",
                style="bold red",
            )
        console.print(line, no_wrap=True, overflow="ellipsis")
        handle = short_id(incident.id)
        console.print(
            Text(f"    webcare mentions --incident {handle} · webcare ack --incident {handle}",
                 style="dim"),
            no_wrap=True, overflow="ellipsis",
        )  # fmt: skip
    hidden = len(listing.incidents) - INCIDENTS_SHOWN
    if hidden > 0:
        console.print(Text(f"  … and {hidden} more (--format json lists all)", style="dim"))
    console.print()


def _card(row: Ranked, console, width: int, tz: tzinfo) -> None:  # noqa: ANN001
    from rich.text import Text

    m, a = row.item.mention, row.item.analysis
    rank = f"#{row.priority.rank}" if row.priority.rank else "-"
    head = Text(f"{rank:>4} ")
    head.append(_sla_label(row), style=_STATUS_STYLE[row.sla.status])
    head.append("  ")
    head.append(a.urgency.level.value, style=_URGENCY_STYLE[a.urgency.level.value])
    head.append(" · ")
    head.append(
        f"{a.sentiment.label.value} {a.sentiment.score:+.2f}",
        style=_SENTIMENT_STYLE[a.sentiment.label.value],
    )
    head.append(" · ")
    head.append(a.route.value, style="magenta")
    console.print(head, no_wrap=True, overflow="ellipsis")
    indent = "     "
    where = Text(f"{indent}{m.channel.value} · {one_line(m.source)} · ", style="cyan")
    where.append(one_line(m.author or "unknown")[:40])
    if m.author_reach:
        where.append(f" ({m.author_reach:,} followers)", style="dim")
    where.append(f" · {_when(m.created_at, tz)}", style="dim")
    console.print(where, no_wrap=True, overflow="ellipsis")
    lines = textwrap.wrap(one_line(m.text), width=max(20, width - len(indent))) or [""]
    if len(lines) > TEXT_LINES:
        lines = lines[:TEXT_LINES]
        lines[-1] = lines[-1][: max(0, width - len(indent) - 1)] + "…"
    for line in lines:
        console.print(Text(indent + line), no_wrap=True, overflow="ellipsis")
    if m.url:
        # A URL is never split: a terminal opens what it can click, and a cut address is wrong.
        console.print(Text(indent + one_line(m.url), style="blue"), soft_wrap=True)
    why = "; ".join(one_line(w) for w in row.priority.why) or "nothing pressing"
    for line in textwrap.wrap(f"why: {why}", width=max(20, width - len(indent))):
        console.print(Text(indent + line, style="dim"), no_wrap=True, overflow="ellipsis")
    act = f"{indent}webcare show {short_id(m.id)} · webcare ack {short_id(m.id)}"
    if row.incident:
        act += f" · incident {short_id(row.incident)}"
    console.print(Text(act, style="dim"), no_wrap=True, overflow="ellipsis")


def _compact(listing: Listing, console, width: int) -> None:  # noqa: ANN001
    """One line per mention for a narrow terminal: enough to pick one and `show` it."""
    from rich.text import Text

    for row in listing.rows:
        m, a = row.item.mention, row.item.analysis
        rank = str(row.priority.rank) if row.priority.rank else "-"
        line = Text(f"{rank:>3} ")
        line.append(f"{_sla_label(row):<22}", style=_STATUS_STYLE[row.sla.status])
        line.append(f" {short_id(m.id)} ", style="dim")
        line.append(f"{a.urgency.level.value[:4]:<4}", style=_URGENCY_STYLE[a.urgency.level.value])
        line.append(f" {one_line(m.author or '-')[:14]:<14} ", style="cyan")
        line.append(one_line(m.text))
        console.print(line, no_wrap=True, overflow="ellipsis")
    console.print(
        Text("webcare show ID for a whole mention; a wider terminal shows cards", style="dim"),
        no_wrap=True,
        overflow="ellipsis",
    )


def listing(listing: Listing, terminal: Terminal) -> str:
    from rich.text import Text

    buffer = io.StringIO()
    console = _console(terminal, buffer)
    console.print(Text(headline(listing), style="bold"), no_wrap=True, overflow="ellipsis")
    if not listing.rows:
        return buffer.getvalue()
    console.print()
    _incidents(listing, console)
    if terminal.width < COMPACT_BELOW:
        _compact(listing, console, terminal.width)
        return buffer.getvalue()
    for position, row in enumerate(listing.rows):
        if position:
            console.print()
        _card(row, console, terminal.width, listing.timezone)
    return buffer.getvalue()


def analyses(rows: list[dict[str, Any]], terminal: Terminal) -> str:
    """One card per analysed text: the verdicts on a line, the text, then the reasons,
    each wrapped to the terminal so nothing is cut on the right."""
    from rich.text import Text

    buffer = io.StringIO()
    console = _console(terminal, buffer)
    indent = "     "
    room = max(20, terminal.width - len(indent))
    for number, row in enumerate(rows, start=1):
        if number > 1:
            console.print()
        sentiment, urgency = row["sentiment"], row["urgency"]
        head = Text(f"{number:>4} {row['language']} · ")
        head.append(
            f"{sentiment['label']} {sentiment['score']:+.2f}",
            style=_SENTIMENT_STYLE[sentiment["label"]],
        )
        head.append(" · ")
        head.append(urgency["level"], style=_URGENCY_STYLE[urgency["level"]])
        head.append(" · ")
        head.append(row["route"], style="magenta")
        if "needs_reply" in row:
            head.append(" · " + ("reply owed" if row["needs_reply"] else "no reply owed"))
        console.print(head, no_wrap=True, overflow="ellipsis")
        for line in textwrap.wrap(one_line(row["text"]), width=room) or [""]:
            console.print(Text(indent + line), no_wrap=True, overflow="ellipsis")
        details = [
            f"sentiment words: {', '.join(sentiment['words'])}" if sentiment["words"] else "",
            f"urgency: {'; '.join(urgency['reasons'])}" if urgency["reasons"] else "",
            f"topics: {', '.join(row['topics'])}" if row["topics"] else "",
            f"route: {row['route_reason']}",
            f"reply: {row['needs_reply_reason']}" if row.get("needs_reply_reason") else "",
        ]
        for detail in filter(None, details):
            for line in textwrap.wrap(one_line(detail), width=room):
                console.print(Text(indent + line, style="dim"), no_wrap=True, overflow="ellipsis")
    return buffer.getvalue()
