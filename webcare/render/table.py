"""`table`: the report a person reads at 08:30. rich, width-aware, colour by SLA state.

Every piece of mention text goes in as `rich.text.Text` after `clean_text`, so neither
rich markup nor terminal escapes in a mention can style or move the terminal.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from webcare.model import Ranked, SlaStatus
from webcare.render.base import Renderer, ShowView, Terminal
from webcare.render.digest_words import (
    TOTAL_LABELS,
    breach_state,
    breaches_title,
    change_text,
    digest_footer,
    digest_headline,
    digest_sections,
    figure_span,
    highlights,
    pct,
    share,
    shown_totals,
    tone,
    value_text,
)
from webcare.render.wording import (
    headline,
    sentiment_eval_text,
    short_id,
    show_text,
    urgency_eval_text,
)
from webcare.report import Listing
from webcare.textutil import one_line
from webcare.timeparse import left_words, local_stamps, over_words

if TYPE_CHECKING:
    from rich.console import Console

    from webcare.digest import Digest
    from webcare.evaluate import Score
    from webcare.evaluate_urgency import UrgencyScore
    from webcare.stats import Stats

INCIDENTS_SHOWN = 5
"""Incidents a people's report lists; the rest are counted (json lists all)."""

_STATUS_STYLE = {
    SlaStatus.BREACHED: "bold red",
    SlaStatus.AT_RISK: "bold yellow",
    SlaStatus.OK: "green",
    SlaStatus.RESPONDED: "dim",
    SlaStatus.HISTORY: "dim",
}
_SENTIMENT_STYLE = {"neg": "red", "neu": "white", "pos": "green"}
_URGENCY_STYLE = {"critical": "bold red", "high": "red", "normal": "white", "low": "dim"}


def _console(terminal: Terminal, buffer: io.StringIO) -> Console:
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


COMPACT_BELOW = 100
"""Narrower terminals get one line per mention; wider ones a card per mention."""
TEXT_LINES = 4
"""Lines of mention text a card shows; `webcare show ID` has the rest."""


def _sla_label(row: Ranked) -> str:
    s = row.sla
    if s.status is SlaStatus.OK and not s.needs_reply:
        return "no reply owed"
    return {
        SlaStatus.BREACHED: "BREACHED "
        + over_words(s.overdue_minutes, business=s.business_hours, closed=s.closed_now),
        SlaStatus.AT_RISK: f"AT RISK {left_words(s.remaining_minutes)}",
        SlaStatus.OK: f"ok {left_words(s.remaining_minutes)}",
        SlaStatus.RESPONDED: "responded late " + over_words(s.overdue_minutes, business=s.business_hours)
        if s.responded_late
        else "responded",
        SlaStatus.HISTORY: "HISTORY, not on the floor",
    }[s.status]


def _when(moment: datetime, tz: tzinfo) -> str:
    return f"{moment.astimezone(tz):%a %d %b %H:%M}"


def _clock(moment: datetime, tz: tzinfo) -> str:
    return f"{moment.astimezone(tz):%a %H:%M}"


def _incidents(listing: Listing, console: Console) -> None:
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


def _card(row: Ranked, console: Console, width: int, tz: tzinfo) -> None:
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
    if row.item.assignee:
        where.append(f" · with {one_line(row.item.assignee)}", style="bold")
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
    why = local_stamps(why, tz)  # `marked by bram at …`: a kept reason's UTC, in local time
    for line in textwrap.wrap(f"why: {why}", width=max(20, width - len(indent))):
        console.print(Text(indent + line, style="dim"), no_wrap=True, overflow="ellipsis")
    act = f"{indent}webcare show {short_id(m.id)} · webcare ack {short_id(m.id)}"
    if row.incident:
        act += f" · incident {short_id(row.incident)}"
    console.print(Text(act, style="dim"), no_wrap=True, overflow="ellipsis")


def _compact(listing: Listing, console: Console, width: int) -> None:
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


def _listing(listing: Listing, terminal: Terminal) -> str:
    from rich.text import Text

    buffer = io.StringIO()
    console = _console(terminal, buffer)
    # Wrapped, never cut: its last words (history, the ok that need no reply) are counts.
    console.print(Text(headline(listing), style="bold"))
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


def _analyses(rows: list[dict[str, Any]], terminal: Terminal) -> str:
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


def _stats(stats: Stats, terminal: Terminal) -> str:
    from rich.table import Table
    from rich.text import Text

    buffer = io.StringIO()
    console = _console(terminal, buffer)
    tz = stats.timezone

    def when(moment: datetime) -> str:
        return f"{moment.astimezone(tz):%a %Y-%m-%d %H:%M %Z}"

    since = when(stats.since) if stats.since else "the first mention"
    console.print(Text(f"Stats from {since} to {when(stats.now)}", style="bold"))

    def group_table(title: str, rows: tuple[dict[str, Any], ...], research: bool) -> None:
        if not rows:
            return
        t = Table(title=title, expand=False, pad_edge=False)
        # A long channel or source name wraps in its own column; the figures and their
        # headers never shrink to `Vo…` or `-4…` to make room for it.
        t.add_column("", justify="left", overflow="fold")
        figures = ("Volume", "Neg", "Resp", "Median", "P90", "Target", "Gap", "In SLA", "Breaches")
        for name in (*figures, *(("Industry avg",) if research else ())):
            t.add_column(name, justify="right", no_wrap=True, min_width=len(name))
        for row in rows:
            gap = row["gap_minutes"]
            cells = [
                Text(one_line(str(row["key"])), style="cyan"),
                Text(str(row["volume"])),
                Text(share(row["share_negative"])),
                Text(share(row["share_responded"])),
                Text(figure_span(row["median_response_minutes"])),
                Text(figure_span(row["p90_response_minutes"])),
                Text(figure_span(row["target_minutes"])),
                Text(
                    ("+" if gap and gap > 0 else "") + figure_span(gap)
                    if gap
                    else figure_span(gap),
                    style="red" if gap and gap > 0 else "green",
                ),
                Text(pct(row["compliance_pct"])),
                Text(str(row["breaches"]), style="bold red" if row["breaches"] else ""),
            ]
            if research:
                cells.append(Text(figure_span(row.get("research_minutes")), style="dim"))
            t.add_row(*cells)
        console.print(t)

    group_table("Per channel", stats.channels, True)
    group_table("Per source", stats.sources, False)
    group_table("Per day", stats.days, False)
    return buffer.getvalue()


# ---------------------------------------------------------------- the digest


def _digest(digest: Digest, terminal: Terminal) -> str:
    from rich.columns import Columns
    from rich.table import Table
    from rich.text import Text

    buffer = io.StringIO()
    console = _console(terminal, buffer)
    console.print(Text(digest_headline(digest), style="bold"))
    for line in highlights(digest):
        console.print(Text(f"• {line}"))
    console.print()

    figures = Table(title="Key figures", title_justify="left", pad_edge=False)
    figures.add_column("")
    figures.add_column("This window", justify="right")
    figures.add_column("Previous", justify="right")
    figures.add_column("Change", justify="right")
    colour = {"good": "green", "bad": "red", "": ""}
    for row in shown_totals(digest):
        key = row["key"]
        figures.add_row(
            Text(TOTAL_LABELS[key]),
            Text(value_text(key, row["value"]), style="bold" if key == "breached_now" else ""),
            Text(value_text(key, row["previous"]), style="dim"),
            Text(change_text(row), style=colour[tone(row)]),
        )
    console.print(figures)

    def grid(title: str, header: list[str], cells: list[list[str]]) -> Table:
        t = Table(title=title, title_justify="left", pad_edge=False)
        for n, name in enumerate(header):
            t.add_column(name, justify="left" if n == 0 else "right", no_wrap=n == 0)
        for row in cells:
            t.add_row(Text(row[0][:40], style="cyan"), *(Text(cell) for cell in row[1:]))
        return t

    sections = digest_sections(digest)
    for title, header, cells in sections[:2]:
        if cells:
            console.print(grid(title, header, cells))

    breaches = Table(
        title=breaches_title(digest), title_justify="left", expand=True, pad_edge=False
    )
    breaches.add_column("#", justify="right", no_wrap=True)
    breaches.add_column("SLA", no_wrap=True)
    breaches.add_column("Where / who", max_width=28)
    breaches.add_column("Mention", ratio=1, overflow="fold")
    for row in digest.breaches:
        who = Text(f"{row['channel']} · {one_line(row['source'])}\n", style="cyan")
        who.append(one_line(row["author"] or "unknown")[:40])
        who.append(f"\n{row['urgency']} urgency", style=_URGENCY_STYLE.get(row["urgency"], ""))
        body = Text(one_line(row["text"]))
        if row["url"]:
            body.append(f"\n{one_line(row['url'])}", style="blue")
        body.append(f"\n{row['id']}", style="dim")
        breaches.add_row(
            str(row["rank"]),
            Text(
                breach_state(row).replace(" ", "\n", 1),
                style="bold red" if row["state"] == "open" else "yellow",
            ),
            who,
            body,
        )
    if digest.breaches:
        console.print(breaches)
    else:
        console.print(Text(breaches_title(digest), style="bold"))

    small = [grid(title, header, cells) for title, header, cells in sections[2:] if cells]
    if small:
        console.print(Columns(small, padding=(0, 2)))
    console.print(Text(digest_footer(digest), style="dim"))
    return buffer.getvalue()


class TableRenderer(Renderer):
    def listing(self, listing: Listing) -> str:
        return _listing(listing, self.terminal)

    def show(self, view: ShowView) -> str:
        return show_text(view.record, view.actions, view.same_author, view.timezone)

    def stats(self, stats: Stats) -> str:
        return _stats(stats, self.terminal)

    def digest(self, digest: Digest) -> str:
        return _digest(digest, self.terminal)

    def analyses(self, rows: list[dict[str, Any]]) -> str:
        return _analyses(rows, self.terminal)

    def sentiment_eval(self, scores: Sequence[Score]) -> str:
        return sentiment_eval_text(scores)

    def urgency_eval(self, scores: Sequence[UrgencyScore]) -> str:
        return urgency_eval_text(scores)
