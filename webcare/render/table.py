"""`table`: the report a person reads at 08:30. rich, width-aware, colour by SLA state.

Every piece of mention text goes in as `rich.text.Text` after `clean_text`, so neither
rich markup nor terminal escapes in a mention can style or move the terminal.
"""

from __future__ import annotations

import io
from datetime import timedelta
from typing import Any

from webcare.model import Ranked, SlaStatus
from webcare.render import Terminal
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
            return f"Nothing on the floor: {s['open']} open mention(s), all within their SLA."
        noun = "steak" if floor == 1 else "steaks"
        parts = [f"{s['breached']} breached"] if s["breached"] else []
        parts += [f"{s['at_risk']} at risk"] if s["at_risk"] else []
        text = f"{floor} {noun} on the floor: {', '.join(parts)}"
        if s["oldest_overdue_minutes"]:
            text += f" — oldest {_span(s['oldest_overdue_minutes'])} over"
        if s["shown"] < floor:
            text += f" (showing the worst {s['shown']})"
        return text
    text = (
        f"{s['shown']} of {s['total']} mention(s): {s['breached']} breached, {s['at_risk']} at risk, "
        f"{s['ok']} ok, {s['responded']} responded"
    )
    if s.get("no_reply_needed"):
        text += f" ({s['no_reply_needed']} of the ok need no reply)"
    return text


def _sla_cell(row: Ranked):  # noqa: ANN202
    from rich.text import Text

    s = row.sla
    if s.status is SlaStatus.OK and not s.needs_reply:
        return Text("no reply\nneeded", style="dim")
    label = {
        SlaStatus.BREACHED: f"BREACHED\n{_span(s.overdue_minutes)} over",
        SlaStatus.AT_RISK: f"AT RISK\n{_span(s.remaining_minutes)} left",
        SlaStatus.OK: f"ok\n{_span(s.remaining_minutes)} left",
        SlaStatus.RESPONDED: "responded late" if s.responded_late else "responded",
    }[s.status]
    return Text(label, style=_STATUS_STYLE[s.status])


def listing(listing: Listing, terminal: Terminal) -> str:
    from rich.table import Table
    from rich.text import Text

    buffer = io.StringIO()
    console = _console(terminal, buffer)
    console.print(Text(headline(listing), style="bold"))
    if not listing.rows:
        return buffer.getvalue()
    table = Table(show_lines=True, expand=True, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column("SLA", no_wrap=True)
    table.add_column("Where / who", max_width=24)
    table.add_column("Feel", no_wrap=True)
    table.add_column("Mention", ratio=1, overflow="fold")
    for row in listing.rows:
        m, a = row.item.mention, row.item.analysis
        who = Text(f"{m.channel.value} · {one_line(m.source)}\n", style="cyan")
        who.append(one_line(m.author or "unknown")[:40])
        if m.author_reach:
            who.append(f"\n{m.author_reach:,} followers", style="dim")
        feel = Text(
            f"{a.sentiment.label.value} {a.sentiment.score:+.2f}\n",
            style=_SENTIMENT_STYLE[a.sentiment.label.value],
        )
        feel.append(a.urgency.level.value, style=_URGENCY_STYLE[a.urgency.level.value])
        feel.append(f"\n{a.route.value}", style="magenta")
        text = one_line(m.text)
        limit = max(80, terminal.width * 2)
        body = Text(text if len(text) <= limit else text[: limit - 1] + "…")
        if m.url:
            body.append(f"\n{one_line(m.url)}", style="blue")
        body.append(
            f"\n{m.id} · why: {'; '.join(one_line(w) for w in row.priority.why)}", style="dim"
        )
        table.add_row(str(row.priority.rank), _sla_cell(row), who, feel, body)
    console.print(table)
    return buffer.getvalue()


def analyses(rows: list[dict[str, Any]], terminal: Terminal) -> str:
    from rich.table import Table
    from rich.text import Text

    buffer = io.StringIO()
    console = _console(terminal, buffer)
    table = Table(expand=True, show_lines=True)
    # Capped side columns: an uncapped route reason would squeeze the text to one letter wide.
    table.add_column("Text", ratio=1, min_width=20, overflow="fold")
    table.add_column("Lang", no_wrap=True)
    table.add_column("Sentiment", max_width=24)
    table.add_column("Urgency", max_width=28)
    table.add_column("Topics", max_width=18)
    table.add_column("Route", max_width=28)
    for row in rows:
        sentiment = row["sentiment"]
        urgency = row["urgency"]
        table.add_row(
            Text(one_line(row["text"])),
            Text(row["language"]),
            Text(
                f"{sentiment['label']} {sentiment['score']:+.2f}"
                + (f"\n{', '.join(sentiment['words'])}" if sentiment["words"] else ""),
                style=_SENTIMENT_STYLE[sentiment["label"]],
            ),
            Text(
                urgency["level"]
                + (f"\n{'; '.join(urgency['reasons'])}" if urgency["reasons"] else ""),
                style=_URGENCY_STYLE[urgency["level"]],
            ),
            Text(", ".join(row["topics"]) or "-"),
            Text(f"{row['route']}\n{row['route_reason']}", style="magenta"),
        )
    console.print(table)
    return buffer.getvalue()
