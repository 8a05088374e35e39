"""`markdown`: reports for a chat channel, a ticket or a wiki page. GitHub-flavoured tables.

Every cell is one line with Markdown's and HTML's special characters escaped, so mention
text cannot open a link, an image, an HTML tag or a new table cell; a mention's URL is
shown as an autolink only when it is http(s) and has nothing to break out with. Each
mention row carries its short id and the `webcare ack` command to copy (code spans only
around ids and commands, never around mention text); times are in the brand's zone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import tzinfo
from typing import TYPE_CHECKING, Any

from webcare.model import Ranked
from webcare.render.base import Renderer, ShowView
from webcare.render.digest_words import (
    TOTAL_LABELS,
    breach_state,
    breaches_title,
    change_text,
    digest_footer,
    digest_headline,
    digest_sections,
    highlights,
    shown_totals,
    value_text,
)
from webcare.render.safe import md_cell as cell
from webcare.render.safe import md_code as code
from webcare.render.safe import md_link as link
from webcare.render.wording import (
    ack_command,
    headline,
    local_time,
    local_with_utc,
    short_id,
    show_command,
    sla_phrase,
)
from webcare.report import Listing, mention_record
from webcare.timeparse import local_stamps

if TYPE_CHECKING:  # types only: a report loads neither the digest, the stats nor the evaluations
    from webcare.digest import Digest
    from webcare.evaluate import Score
    from webcare.evaluate_urgency import UrgencyScore
    from webcare.stats import Stats

__all__ = ["MarkdownRenderer", "cell", "code", "link", "table"]


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- the report, by section
# `listing` joins its sections in order; a new section is one more function in SECTIONS.


def headline_section(listing: Listing) -> str:
    return f"**{cell(headline(listing))}**\n"


MENTION_HEADER = ("#", "ID", "SLA", "Where", "Who", "Signals", "Mention", "URL", "Why", "Act")


def mention_row(row: Ranked, tz: tzinfo) -> list[str]:
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
        _why(r, tz),
        code(ack_command(r["id"])),
    ]


def _why(record: dict[str, Any], tz: tzinfo) -> str:
    """Why it ranks where it does, a kept reason's UTC time (`marked by bram at …`) in the
    brand's zone, as the table says it."""
    return cell(local_stamps("; ".join(record["priority"]["why"]), tz))


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
    return table(MENTION_HEADER, [mention_row(row, listing.timezone) for row in listing.rows])


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


def _listing(listing: Listing) -> str:
    return "\n".join(part for section in SECTIONS if (part := section(listing)))


def _analyses(rows: list[dict[str, Any]]) -> str:
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


def _stats(stats: Stats) -> str:
    from webcare.stats import STATS_COLUMNS

    columns = STATS_COLUMNS[1:]
    parts = []
    for title, rows in (
        ("Per channel", stats.channels),
        ("Per source", stats.sources),
        ("Per day", stats.days),
    ):
        parts.append(
            f"### {cell(title)}\n\n"
            + table(list(columns), [[cell(r.get(c)) for c in columns] for r in rows])
        )
    return "\n".join(parts)


# ---------------------------------------------------------------- the digest


def _digest(digest: Digest) -> str:
    parts = [
        f"## {cell(digest_headline(digest))}\n",
        "\n".join(f"- {cell(line)}" for line in highlights(digest)) + "\n",
    ]
    figures = [
        [
            cell(TOTAL_LABELS[row["key"]]),
            cell(value_text(row["key"], row["value"])),
            cell(value_text(row["key"], row["previous"])),
            cell(change_text(row)),
        ]
        for row in shown_totals(digest)
    ]
    parts.append(
        "### Key figures\n\n" + table(["Figure", "This window", "Previous", "Change"], figures)
    )
    sections = digest_sections(digest)

    def section(title: str, header: list[str], cells: list[list[str]]) -> str:
        body = table([cell(h) for h in header], [[cell(c) for c in row] for row in cells])
        return f"### {cell(title)}\n\n" + (body if cells else "None.\n")

    parts.extend(section(*s) for s in sections[:2])
    rows = [
        [
            str(row["rank"]),
            code(short_id(row["id"])),
            cell(breach_state(row)),
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
        f"### {cell(breaches_title(digest))}\n\n" + (table(header, rows) if rows else "None.\n")
    )
    parts.extend(section(*s) for s in sections[2:])
    parts.append(f"_{cell(digest_footer(digest))}_\n")
    return "\n".join(parts)


# ---------------------------------------------------------------- show and eval


def _show(view: ShowView) -> str:
    r, tz = view.record, view.timezone
    sla = r["sla"]
    rows = [
        ["Source", cell(f"{r['source']} ({r['channel']})")],
        ["Author", cell(r["author"])],
        ["Posted", cell(local_with_utc(r["created_at"], tz))],
        ["URL", link(r["url"])],
        ["Sentiment", cell(f"{r['sentiment']['label']} {r['sentiment']['score']:+.2f}")],
        ["Urgency", cell(f"{r['urgency']['level']} {'; '.join(r['urgency']['reasons'])}")],
        ["Route", cell(f"{r['route']} ({r['route_reason']})")],
        ["SLA", cell(f"{sla_phrase(r)}, due {local_with_utc(sla['due_at'], tz)}")],
        [
            "Reply",
            cell(
                ("owed " if sla["needs_reply"] else "not owed ")
                + local_stamps(sla["needs_reply_reason"] or "", tz)
            ),
        ],
        ["Why", _why(r, tz)],
        ["Text", cell(r["text"])],
        ["Act", code(_close_command(r)) + " " + code(show_command(r["id"]))],
    ]
    parts = [f"**Mention {code(short_id(r['id']))}**\n", table(["Field", "Value"], rows)]
    if view.actions:
        parts.append(
            table(
                ["When", "What", "Who", "Note"],
                [[cell(local_with_utc(a["at"], tz)), cell(a["action"]), cell(a["by"]), cell(a["note"])]
                 for a in view.actions],
            )
        )  # fmt: skip
    return "\n".join(parts)


def _sentiment_eval(scores: Sequence[Score]) -> str:
    rows = [
        [cell(s.file.rsplit("/", 1)[-1]), str(s.n), f"{s.macro_f1:.3f}",
         f"{s.binary_accuracy:.3f}" if s.binary_accuracy is not None else "-", f"{s.texts_per_second:,.0f}"]
        for s in scores
    ]  # fmt: skip
    return table(["File", "n", "macro-F1", "binary", "texts/s"], rows)


def _urgency_eval(scores: Sequence[UrgencyScore]) -> str:
    from webcare.evaluate_urgency import LEVELS

    def figure(value: float | None) -> str:
        return f"{value:.3f}" if value is not None else "-"

    rows = [
        [cell(s.file.rsplit("/", 1)[-1]), str(s.n), figure(s.urgent_recall), figure(s.urgent_precision),
         figure(s.needs_reply_accuracy), figure(s.sentiment_macro_f1), figure(s.sentiment_accuracy),
         f"{s.texts_per_second:,.0f}"]
        for s in scores
    ]  # fmt: skip
    parts = [
        table(["File", "n", "recall", "precision", "reply", "sent-F1", "sent-acc", "texts/s"], rows)
    ]
    for s in scores:
        parts.append(f"**{cell(s.file.rsplit('/', 1)[-1])}**: gold (rows) x predicted (columns)\n")
        parts.append(
            table(
                ["gold", *LEVELS], [[g, *(str(s.confusion[g][p]) for p in LEVELS)] for g in LEVELS]
            )
        )
    return "\n".join(parts)


def _close_command(record: dict[str, Any]) -> str:
    """What closes a mention: an ack, or for an answered one, undoing a wrong answer."""
    if record["sla"]["status"] == "responded":
        return f"webcare reopen {short_id(record['id'])}"
    return ack_command(record["id"])


class MarkdownRenderer(Renderer):
    def listing(self, listing: Listing) -> str:
        return _listing(listing)

    def show(self, view: ShowView) -> str:
        return _show(view)

    def stats(self, stats: Stats) -> str:
        return _stats(stats)

    def digest(self, digest: Digest) -> str:
        return _digest(digest)

    def analyses(self, rows: list[dict[str, Any]]) -> str:
        return _analyses(rows)

    def sentiment_eval(self, scores: Sequence[Score]) -> str:
        return _sentiment_eval(scores)

    def urgency_eval(self, scores: Sequence[UrgencyScore]) -> str:
        return _urgency_eval(scores)
