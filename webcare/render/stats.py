"""`webcare stats` output in every format. Renderers take a `Stats` and return text.

Every row is one group: `group` (channel, source or day), `key` (the channel, the source
name, or the local date YYYY-MM-DD) and the figures `webcare.stats` defines.

`plain`: one row per line, channels then sources then days, tab-separated, no header,
`-` for an empty figure. Stable columns: group, key, volume, share_negative,
share_responded, median_response_minutes, p90_response_minutes, target_minutes,
gap_minutes, compliance_pct, breaches, research_minutes.

`json`: one document `{"generated_at", "now", "since", "channels", "sources", "days"}`;
`jsonl`: one row per line; `csv`/`tsv`: one row per line under a header (every column,
`research_minutes` empty outside channels).
"""

from __future__ import annotations

import io
from datetime import datetime, timedelta
from typing import Any, assert_never

from webcare.render import OutputFormat, Terminal
from webcare.stats import Stats, document
from webcare.textutil import one_line
from webcare.timeparse import format_duration

PLAIN_COLUMNS = (
    "group",
    "key",
    "volume",
    "share_negative",
    "share_responded",
    "median_response_minutes",
    "p90_response_minutes",
    "target_minutes",
    "gap_minutes",
    "compliance_pct",
    "breaches",
    "research_minutes",
)


def render_stats(stats: Stats, fmt: OutputFormat, terminal: Terminal) -> str:
    from webcare.render import html, markdown, records

    match fmt:
        case OutputFormat.TABLE:
            return table(stats, terminal)
        case OutputFormat.MARKDOWN:
            sections = (
                ("Per channel", stats.channels),
                ("Per source", stats.sources),
                ("Per day", stats.days),
            )
            return markdown.stats_tables(sections, PLAIN_COLUMNS[1:])
        case OutputFormat.HTML:
            return html.stats(stats)
        case OutputFormat.PLAIN:
            return plain(stats)
        case OutputFormat.JSON:
            return records.dumps(document(stats), indent=2) + "\n"
        case OutputFormat.JSONL:
            return records.jsonl(stats.records())
        case OutputFormat.CSV:
            return records.delimited(stats.records(), ",")
        case OutputFormat.TSV:
            return records.delimited(stats.records(), "\t")
        case _:
            assert_never(fmt)


def _field(value: object) -> str:
    if value is None or value == "":
        return "-"
    return one_line(str(value)).replace("\t", " ")


def plain(stats: Stats) -> str:
    return "".join(
        "\t".join(_field(row.get(column)) for column in PLAIN_COLUMNS) + "\n"
        for row in stats.records()
    )


def _span(minutes: float | None) -> str:
    if minutes is None:
        return "-"
    if round(abs(minutes)) == 0:
        return "0m"
    sign = "-" if minutes < 0 else ""
    return sign + format_duration(timedelta(minutes=round(abs(minutes))))


def _share(value: float | None) -> str:
    return "-" if value is None else f"{100 * value:.0f}%"


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}%"


def table(stats: Stats, terminal: Terminal) -> str:
    from rich.table import Table
    from rich.text import Text

    from webcare.render.table import _console

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
        for name in ("", "Volume", "Neg", "Resp", "Median", "P90", "Target", "Gap"):
            t.add_column(name, justify="left" if not name else "right", no_wrap=not name)
        t.add_column("In SLA", justify="right")
        t.add_column("Breaches", justify="right")
        if research:
            t.add_column("Industry avg", justify="right")
        for row in rows:
            gap = row["gap_minutes"]
            cells = [
                Text(one_line(str(row["key"]))[:40], style="cyan"),
                Text(str(row["volume"])),
                Text(_share(row["share_negative"])),
                Text(_share(row["share_responded"])),
                Text(_span(row["median_response_minutes"])),
                Text(_span(row["p90_response_minutes"])),
                Text(_span(row["target_minutes"])),
                Text(
                    ("+" if gap and gap > 0 else "") + _span(gap) if gap else _span(gap),
                    style="red" if gap and gap > 0 else "green",
                ),
                Text(_pct(row["compliance_pct"])),
                Text(str(row["breaches"]), style="bold red" if row["breaches"] else ""),
            ]
            if research:
                cells.append(Text(_span(row.get("research_minutes")), style="dim"))
            t.add_row(*cells)
        console.print(t)

    group_table("Per channel", stats.channels, True)
    group_table("Per source", stats.sources, False)
    group_table("Per day", stats.days, False)
    return buffer.getvalue()
