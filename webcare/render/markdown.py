"""`markdown`: reports for a chat channel, a ticket or a wiki page. GitHub-flavoured tables.

Every cell is one line with Markdown's and HTML's special characters escaped, so mention
text cannot open a link, an image, an HTML tag or a new table cell; a mention's URL is
shown as an autolink only when it is http(s) and has nothing to break out with. Each
mention row carries its short id and the `webcare ack` command to copy (code spans only
around ids and commands, never around mention text); times are in the brand's zone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from webcare.model import Ranked
from webcare.render.common import ack_command, local_time, short_id, sla_phrase
from webcare.report import Listing, mention_record
from webcare.textutil import one_line

# Inside a table cell only inline syntax matters: emphasis, code, links/images, cell breaks,
# strikethrough and raw HTML (`<` and `&` are written as entities instead).
_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_SAFE_URL = re.compile(r"https?://[^\s<>()\[\]|`\"'\\]+", re.IGNORECASE)
_CODE_SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._-]*")


def cell(value: object) -> str:
    """One table cell: a single line, Markdown and HTML made literal."""
    if value is None or value == "":
        return "-"
    text = one_line(str(value)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _SPECIAL.sub(r"\\\1", text)


def link(url: str | None) -> str:
    if url and _SAFE_URL.fullmatch(url):
        return f"<{url}>"
    return cell(url)


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def code(text: str) -> str:
    """A code span for a command to copy; anything that could end the span or the cell
    (a backtick, a pipe, a line break) is shown as an escaped cell instead."""
    if text and _CODE_SAFE.fullmatch(text):
        return f"`{text}`"
    return cell(text)


# ---------------------------------------------------------------- the report, by section
# `listing` joins its sections in order; a new section is one more function in SECTIONS.


def headline_section(listing: Listing) -> str:
    from webcare.render.table import headline

    return f"**{cell(headline(listing))}**\n"


MENTION_HEADER = ("#", "ID", "SLA", "Where", "Who", "Signals", "Mention", "URL", "Why", "Act")


def mention_row(row: Ranked) -> list[str]:
    """One mention's cells: rank, short id, SLA state worded as the table words it, where,
    who, signals, text, URL, why, and the `webcare ack` command to copy."""
    r = mention_record(row)
    signals = (
        f"{r['sentiment']['label']} {r['sentiment']['score']:+.2f} · "
        f"{r['urgency']['level']} · {r['route']}"
    )
    return [
        cell(r["priority"]["rank"]),  # `-` for a mention with no place on the floor
        code(short_id(r["id"])),
        cell(sla_phrase(r)),
        cell(f"{r['channel']} / {r['source']}"),
        cell(r["author"]),
        cell(signals),
        cell(r["text"][:280]),
        link(r["url"]),
        cell("; ".join(r["priority"]["why"])),
        code(ack_command(r["id"])),
    ]


INCIDENT_HEADER = ("Incident", "Mentions", "First", "Latest", "Spike", "Act")


def incidents_section(listing: Listing) -> str:
    """Open mentions about the same problem, one row each, with the command for the group."""
    if not listing.incidents:
        return ""
    tz = listing.timezone
    rows = [
        [
            cell(incident.label),
            str(len(incident.members)),
            cell(local_time(incident.first_at, tz)),
            cell(local_time(incident.latest_at, tz)),
            cell(
                f"{incident.spike.recent} in 3h, usually {incident.spike.usual:g}"
                if incident.spike is not None
                else "-"
            ),
            code(f"webcare ack --incident {short_id(incident.id)}"),
        ]
        for incident in listing.incidents
    ]
    return "**Incidents**: open mentions about the same problem\n\n" + table(INCIDENT_HEADER, rows)


def mentions_section(listing: Listing) -> str:
    if not listing.rows:
        return ""
    return table(MENTION_HEADER, [mention_row(row) for row in listing.rows])


def footer_section(listing: Listing) -> str:
    tz = listing.timezone
    return (
        f"_As of {cell(local_time(listing.now, tz, year=True))}; generated "
        f"{cell(local_time(listing.generated_at, tz, year=True))}._\n"
    )


SECTIONS: tuple[Callable[[Listing], str], ...] = (
    headline_section,
    incidents_section,
    mentions_section,
    footer_section,
)


def listing(listing: Listing) -> str:
    return "\n".join(part for section in SECTIONS if (part := section(listing)))


def analyses(rows: list[dict[str, Any]]) -> str:
    header = ["Text", "Language", "Sentiment", "Urgency", "Topics", "Route"]
    cells = [
        [
            cell(r["text"]),
            cell(r["language"]),
            cell(f"{r['sentiment']['label']} {r['sentiment']['score']:+.2f}"),
            cell(r["urgency"]["level"]),
            cell(", ".join(r["topics"])),
            cell(r["route"]),
        ]
        for r in rows
    ]
    return table(header, cells)


def stats_tables(
    sections: Sequence[tuple[str, Sequence[dict[str, Any]]]], columns: Sequence[str]
) -> str:
    parts = []
    for title, rows in sections:
        parts.append(
            f"### {cell(title)}\n\n"
            + table(list(columns), [[cell(r.get(c)) for c in columns] for r in rows])
        )
    return "\n".join(parts)
