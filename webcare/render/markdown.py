"""`markdown`: reports for a chat channel, a ticket or a wiki page. GitHub-flavoured tables.

Every cell is one line with Markdown's and HTML's special characters escaped, so mention
text cannot open a link, an image, an HTML tag or a new table cell; a mention's URL is
shown as an autolink only when it is http(s) and has nothing to break out with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from webcare.report import Listing, mention_record
from webcare.textutil import one_line

# Inside a table cell only inline syntax matters: emphasis, code, links/images, cell breaks,
# strikethrough and raw HTML (`<` and `&` are written as entities instead).
_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_SAFE_URL = re.compile(r"https?://[^\s<>()\[\]|`\"'\\]+", re.IGNORECASE)


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


def listing(listing: Listing) -> str:
    from webcare.render.table import headline

    rows = []
    for row in listing.rows:
        r = mention_record(row)
        sla = r["sla"]
        timing = (
            f"{sla['overdue_minutes']}m over"
            if sla["status"] == "breached"
            else f"{sla['remaining_minutes']}m left"
            if sla["status"] in ("ok", "at_risk") and sla["needs_reply"]
            else "-"
        )
        rows.append(
            [
                str(r["priority"]["rank"]),
                cell(f"{sla['status']} {timing}"),
                cell(f"{r['channel']} / {r['source']}"),
                cell(r["author"]),
                cell(f"{r['sentiment']['label']} {r['sentiment']['score']:+.2f}"),
                cell(r["urgency"]["level"]),
                cell(r["route"]),
                cell(r["text"][:280]),
                link(r["url"]),
                cell("; ".join(r["priority"]["why"])),
            ]
        )
    header = ["#", "SLA", "Where", "Who", "Sentiment", "Urgency", "Route", "Mention", "URL", "Why"]
    body = table(header, rows) if rows else ""
    return f"**{cell(headline(listing))}**\n\n{body}"


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
