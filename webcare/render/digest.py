"""`report --digest` output in every format. Renderers take a `Digest` and return text.

People's formats (table, markdown, html) open with a headline and a few sentences "in
brief" a lead can forward as they are, then the key figures against the previous window,
volume and sentiment per channel, response times against the targets, the worst breaches,
top topics and urgency categories, sources and languages.

`plain`: one row per line, `section<TAB>key<TAB>value…`, no header, `-` for an empty
value, numbers as in `json`. Stable columns per section (after `section` and `key`):

    window    value
    totals    value previous change change_pct
    channel   volume share negative neutral positive share_negative mean_sentiment
    source    channel volume share negative share_negative
    language  volume share negative share_negative
    topic     count share negative share_negative
    urgency   count share negative share_negative
    breach    rank state overdue_minutes target_minutes channel source author urgency
              sentiment priority created_at url text
    response  needs_reply responded share_responded median_response_minutes
              p90_response_minutes target_minutes gap_minutes in_time late breached_open
              breaches compliance_pct research_minutes

`json`: one document `{"generated_at", "now", "since", "previous_since", "brand",
"breaches_found", "totals", "channels", "sources", "languages", "topics",
"urgency_categories", "breaches", "response_times"}`; `jsonl`: one row per line, each with
its `section` (`window` rows first); `csv`/`tsv`: the same rows under one header.

Hostile text stays inert: people's formats and `plain` pass every value through
`one_line` (escape sequences, control and bidi characters removed) and then their own
escaping (rich `Text`, Markdown cells, `html.escape`); csv/tsv through the formula guard of
`render.records`; json escapes every non-ASCII character.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
from typing import Any, assert_never

from webcare.digest import Digest, document
from webcare.render import OutputFormat, Terminal
from webcare.render.common import ack_command, local_time, short_id, show_command
from webcare.render.stats import _pct, _share, _span
from webcare.textutil import one_line
from webcare.timeparse import format_duration

PLAIN_COLUMNS: dict[str, tuple[str, ...]] = {
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
    "response": (
        "needs_reply",
        "responded",
        "share_responded",
        "median_response_minutes",
        "p90_response_minutes",
        "target_minutes",
        "gap_minutes",
        "in_time",
        "late",
        "breached_open",
        "breaches",
        "compliance_pct",
        "research_minutes",
    ),
}

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


def render_digest(digest: Digest, fmt: OutputFormat, terminal: Terminal) -> str:
    from webcare.render import records

    match fmt:
        case OutputFormat.TABLE:
            return table(digest, terminal)
        case OutputFormat.MARKDOWN:
            return markdown(digest)
        case OutputFormat.HTML:
            return html(digest)
        case OutputFormat.PLAIN:
            return plain(digest)
        case OutputFormat.JSON:
            return records.dumps(document(digest), indent=2) + "\n"
        case OutputFormat.JSONL:
            return records.jsonl(digest.records())
        case OutputFormat.CSV:
            return records.delimited(digest.records(), ",")
        case OutputFormat.TSV:
            return records.delimited(digest.records(), "\t")
        case _:
            assert_never(fmt)


# ---------------------------------------------------------------- plain


def _field(value: object) -> str:
    if value is None or value == "":
        return "-"
    return one_line(str(value)).replace("\t", " ")


def plain(digest: Digest) -> str:
    lines = []
    for row in digest.records():
        columns = ("section", "key", *PLAIN_COLUMNS[row["section"]])
        lines.append("\t".join(_field(row.get(column)) for column in columns))
    return "".join(line + "\n" for line in lines)


# ---------------------------------------------------------------- words for people


def _when(digest: Digest, moment: datetime) -> str:
    return f"{moment.astimezone(digest.timezone):%a %d %b %Y %H:%M %Z}".strip()


def _length(digest: Digest) -> str | None:
    if digest.since is None:
        return None
    return format_duration(digest.now - digest.since)


def headline(digest: Digest) -> str:
    brand = f"{one_line(digest.brand)} " if digest.brand else ""
    end = _when(digest, digest.now)
    if digest.since is None:
        return f"{brand}webcare digest: everything up to {end}"
    return f"{brand}webcare digest: {_when(digest, digest.since)} to {end}"


def value_text(key: str, value: Any) -> str:
    """A total as a person reads it."""
    if value is None:
        return "-"
    if key == "share_negative":
        return _share(value)
    if key == "compliance_pct":
        return _pct(value)
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


def _totals(digest: Digest) -> dict[str, dict[str, Any]]:
    return {row["key"]: row for row in digest.totals}


def _shown_totals(digest: Digest) -> list[dict[str, Any]]:
    """The totals people see: the backfilled row only when there is history to mention."""
    return [row for row in digest.totals if row["key"] != "backfilled" or row["value"]]


def _overdue(minutes: int | None) -> str:
    return _span(minutes) if minutes else "-"


def highlights(digest: Digest) -> list[str]:
    """A few sentences that say what the week was like, for the top of a forwarded mail."""
    t = _totals(digest)
    length = _length(digest)
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
        f"{mentions:,} mention(s){versus}, {_share(t['share_negative']['value'])} negative"
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
        was = f", was {_pct(before)}" if before is not None else ""
        lines.append(
            f"Answered within target: {_pct(compliance)}{was}; "
            f"{t['responded']['value']:,} of {t['needs_reply']['value']:,} answered, "
            f"{t['breaches']['value']:,} breach(es)."
        )
    # Only channels slower than promised: the sentence a manager needs to act on.
    lines.extend(
        f"{one_line(str(row['key'])).capitalize()}: median first response "
        f"{_span(row['median_response_minutes'])} against a {_span(row['target_minutes'])} target."
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
            f"Most talked about: {one_line(str(top['key']))} ({_share(top['share'])} of mentions, "
            f"{_share(top['share_negative'])} of them negative)."
        )
    if digest.breaches:
        worst = digest.breaches[0]
        state = "still open" if worst["state"] == "open" else "answered late"
        lines.append(
            f"Worst breach: {one_line(worst['author'] or 'unknown')} on {one_line(worst['source'])}, "
            f"{worst['urgency']} urgency, {_overdue(worst['overdue_minutes'])} over, {state}."
        )
    if t["backfilled"]["value"]:
        lines.append(
            f"{t['backfilled']['value']:,} mention(s) stored as history by a first poll are "
            "left out of these figures."
        )
    return lines


def _breach_state(row: dict[str, Any]) -> str:
    over = _overdue(row["overdue_minutes"])
    return f"OPEN {over} over" if row["state"] == "open" else f"late by {over}"


_CHANNEL_COLUMNS: tuple[tuple[str, str, Callable[[Any], str]], ...] = (
    ("volume", "Mentions", str),
    ("share", "Share", _share),
    ("negative", "Neg", str),
    ("neutral", "Neu", str),
    ("positive", "Pos", str),
    ("share_negative", "Neg %", _share),
    ("mean_sentiment", "Mean", lambda v: f"{v:+.2f}"),
)
_RESPONSE_COLUMNS: tuple[tuple[str, str, Callable[[Any], str]], ...] = (
    ("needs_reply", "Needed reply", str),
    ("responded", "Answered", str),
    ("median_response_minutes", "Median", _span),
    ("p90_response_minutes", "P90", _span),
    ("target_minutes", "Target", _span),
    ("gap_minutes", "Gap", lambda v: ("+" if v > 0 else "") + _span(v)),
    ("compliance_pct", "In SLA", _pct),
    ("breaches", "Breaches", str),
    ("research_minutes", "Industry avg", _span),
)
_LABEL_COLUMNS: tuple[tuple[str, str, Callable[[Any], str]], ...] = (
    ("count", "Mentions", str),
    ("share", "Share", _share),
    ("share_negative", "Neg %", _share),
)
_VOLUME_COLUMNS: tuple[tuple[str, str, Callable[[Any], str]], ...] = (
    ("volume", "Mentions", str),
    ("share", "Share", _share),
    ("share_negative", "Neg %", _share),
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


def _sections(digest: Digest) -> list[tuple[str, list[str], list[list[str]]]]:
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


def _breaches_title(digest: Digest) -> str:
    shown, found = len(digest.breaches), digest.breaches_found
    if not found:
        return "Worst breaches: none"
    return f"Worst breaches ({shown} of {found})" if shown < found else "Worst breaches"


def _footer(digest: Digest) -> str:
    length = _length(digest)
    compared = (
        f"Previous window: the {length} before, from {_when(digest, digest.previous_since)}, "
        "judged at the same time. "
        if length and digest.previous_since
        else ""
    )
    return (
        f"{compared}Backfilled history is left out. As of {_when(digest, digest.now)}; "
        f"generated {_when(digest, digest.generated_at)}."
    )


# ---------------------------------------------------------------- table


def table(digest: Digest, terminal: Terminal) -> str:
    from rich.columns import Columns
    from rich.table import Table
    from rich.text import Text

    from webcare.render.table import _URGENCY_STYLE, _console

    buffer = io.StringIO()
    console = _console(terminal, buffer)
    console.print(Text(headline(digest), style="bold"))
    for line in highlights(digest):
        console.print(Text(f"• {line}"))
    console.print()

    figures = Table(title="Key figures", title_justify="left", pad_edge=False)
    figures.add_column("")
    figures.add_column("This window", justify="right")
    figures.add_column("Previous", justify="right")
    figures.add_column("Change", justify="right")
    colour = {"good": "green", "bad": "red", "": ""}
    for row in _shown_totals(digest):
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

    sections = _sections(digest)
    for title, header, cells in sections[:2]:
        if cells:
            console.print(grid(title, header, cells))

    breaches = Table(
        title=_breaches_title(digest), title_justify="left", expand=True, pad_edge=False
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
                _breach_state(row).replace(" ", "\n", 1),
                style="bold red" if row["state"] == "open" else "yellow",
            ),
            who,
            body,
        )
    if digest.breaches:
        console.print(breaches)
    else:
        console.print(Text(_breaches_title(digest), style="bold"))

    small = [grid(title, header, cells) for title, header, cells in sections[2:] if cells]
    if small:
        console.print(Columns(small, padding=(0, 2)))
    console.print(Text(_footer(digest), style="dim"))
    return buffer.getvalue()


# ---------------------------------------------------------------- markdown


def markdown(digest: Digest) -> str:
    from webcare.render.markdown import cell, code, link
    from webcare.render.markdown import table as md_table

    parts = [
        f"## {cell(headline(digest))}\n",
        "\n".join(f"- {cell(line)}" for line in highlights(digest)) + "\n",
    ]
    figures = [
        [
            cell(TOTAL_LABELS[row["key"]]),
            cell(value_text(row["key"], row["value"])),
            cell(value_text(row["key"], row["previous"])),
            cell(change_text(row)),
        ]
        for row in _shown_totals(digest)
    ]
    parts.append(
        "### Key figures\n\n" + md_table(["Figure", "This window", "Previous", "Change"], figures)
    )
    sections = _sections(digest)

    def section(title: str, header: list[str], cells: list[list[str]]) -> str:
        body = md_table([cell(h) for h in header], [[cell(c) for c in row] for row in cells])
        return f"### {cell(title)}\n\n" + (body if cells else "None.\n")

    parts.extend(section(*s) for s in sections[:2])
    rows = [
        [
            str(row["rank"]),
            code(short_id(row["id"])),
            cell(_breach_state(row)),
            cell(f"{row['channel']} / {row['source']}"),
            cell(row["author"]),
            cell(row["urgency"]),
            cell(row["text"]),
            link(row["url"]),
            # Still open: ack it; answered late: look at it.
            code(ack_command(row["id"]) if row["state"] == "open" else show_command(row["id"])),
        ]
        for row in digest.breaches
    ]
    header = ["#", "ID", "SLA", "Where", "Who", "Urgency", "Mention", "URL", "Act"]
    parts.append(
        f"### {cell(_breaches_title(digest))}\n\n" + (md_table(header, rows) if rows else "None.\n")
    )
    parts.extend(section(*s) for s in sections[2:])
    parts.append(f"_{cell(_footer(digest))}_\n")
    return "\n".join(parts)


# ---------------------------------------------------------------- html


def html(digest: Digest) -> str:
    from webcare.render.html import _DIM, _NUM, _heading, _td, blocks, document, esc
    from webcare.render.html import table as html_table

    good, bad = "color:#1e7b34", "color:#b91c1c"
    title = headline(digest)
    parts = [_heading(title)]
    parts.append(
        '<ul style="margin:0 0 16px 0;padding-left:20px;font-size:15px;line-height:1.5">\n'
        + "".join(f"<li>{esc(line)}</li>\n" for line in highlights(digest))
        + "</ul>\n"
    )
    figures = [
        (
            "",
            [
                _td(esc(TOTAL_LABELS[row["key"]])),
                _td(esc(value_text(row["key"], row["value"])), f"{_NUM};font-weight:bold"),
                _td(esc(value_text(row["key"], row["previous"])), f"{_NUM};{_DIM}"),
                _td(
                    esc(change_text(row)),
                    _NUM + {"good": f";{good}", "bad": f";{bad}", "": ""}[tone(row)],
                ),
            ],
        )
        for row in _shown_totals(digest)
    ]
    parts.append(_heading("Key figures", 2))
    parts.append(html_table(["Figure", "This window", "Previous", "Change"], figures))

    def section(title: str, header: list[str], cells: list[list[str]]) -> None:
        parts.append(_heading(title, 2))
        if not cells:
            parts.append(f'<p style="{_DIM}">None.</p>\n')
            return
        body = [
            (
                "",
                [_td(esc(row[0]), "font-weight:bold;white-space:nowrap")]
                + [_td(esc(c), _NUM) for c in row[1:]],
            )
            for row in cells
        ]
        parts.append(html_table(header, body))

    sections = _sections(digest)
    for s in sections[:2]:
        section(*s)
    parts.append(_heading(_breaches_title(digest), 2))
    if digest.breaches:
        parts.append(blocks([_html_breach(row, digest.timezone) for row in digest.breaches]))
    for s in sections[2:]:
        section(*s)
    parts.append(f'<p style="font-size:12px;margin:0;{_DIM}">{esc(_footer(digest))}</p>\n')
    return document(title, "".join(parts))


def _html_breach(row: dict[str, Any], tz: tzinfo | None) -> str:
    """One breach as a block like the report's: open ones red with the ack command, late
    ones amber with when they were answered."""
    from webcare.render.html import (
        _URGENCY_COLOUR,
        act_line,
        esc,
        head_line,
        mention_block,
        nowrap,
        text_line,
        url_line,
        who_line,
    )

    is_open = row["state"] == "open"
    colour, background = ("#b91c1c", "#fdecec") if is_open else ("#a15c00", "#fff6e0")
    head = [
        nowrap(f"#{esc(row['rank'])}", "font-weight:bold"),
        nowrap(f'<strong style="color:{colour}">{esc(_breach_state(row))}</strong>'),
        nowrap(
            esc(f"{row['urgency']} urgency"),
            f"color:{_URGENCY_COLOUR.get(row['urgency'], '#3e4c59')}",
        ),
        nowrap(esc(_FEELING.get(row["sentiment"], row["sentiment"]))),
    ]
    who = [esc(row["channel"]), esc(row["source"]), f"<strong>{esc(row['author'])}</strong>"]
    who.append(nowrap(esc(f"posted {_local(row['created_at'], tz)}")))
    if row.get("responded_at"):
        who.append(nowrap(esc(f"answered {_local(row['responded_at'], tz)}")))
    lines = [
        head_line(head),
        who_line(who),
        text_line(row["text"]),
        url_line(row["url"]),
        act_line(row["id"], ack=is_open),
    ]
    return mention_block(colour, background, lines)


_FEELING = {"neg": "negative", "neu": "neutral", "pos": "positive"}


def _local(iso: str, tz: tzinfo | None) -> str:
    """A record's UTC time (`2026-11-23T07:23:00Z`) as the brand's local time."""
    return local_time(datetime.fromisoformat(iso), tz)
