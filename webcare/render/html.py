"""`html`: every view as one self-contained, e-mail-safe HTML document (webcare.render.htmldoc).

Each mention is one full-width block: a coloured edge by SLA state; a header line with
rank, state, time over or left and signals; where, who and when; the text; the URL on its
own line; why; its short id and the `webcare ack`/`webcare show` commands to copy. Times
are in the brand's time zone. Every piece of text passes `safe.esc`; a mention's URL
becomes a link only when it is a plain http(s) URL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, tzinfo
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
    figure_span,
    highlights,
    pct,
    share,
    shown_totals,
    tone,
    value_text,
)
from webcare.render.htmldoc import (
    DIM,
    NUM,
    SENTIMENT_COLOUR,
    SLA_STYLE,
    SMALL,
    URGENCY_COLOUR,
    WRAP,
    act_line,
    blocks,
    command,
    document,
    head_line,
    heading,
    mention_block,
    nowrap,
    table,
    td,
    text_line,
    url_line,
    who_line,
    why_line,
)
from webcare.render.safe import esc
from webcare.render.wording import (
    headline,
    local_time,
    local_with_utc,
    posted,
    rank_text,
    short_id,
    sla_words,
)
from webcare.report import Listing, mention_record
from webcare.timeparse import local_stamps

if TYPE_CHECKING:  # types only: a report loads neither the digest, the stats nor the evaluations
    from webcare.digest import Digest
    from webcare.evaluate import Score
    from webcare.evaluate_urgency import UrgencyScore
    from webcare.stats import Stats

INCIDENTS_SHOWN = 5


def listing_block(row: Ranked, tz: tzinfo) -> str:
    """One mention of a report or listing, coloured by its SLA state."""
    r = mention_record(row)
    m = row.item.mention
    status = r["sla"]["status"]
    colour, background = SLA_STYLE.get(status, ("#1f2933", ""))
    label, timing = sla_words(r)
    sentiment, urgency = r["sentiment"], r["urgency"]["level"]
    head = [
        nowrap(esc(rank_text(r["priority"]["rank"])), "font-weight:bold"),
        nowrap(
            f'<strong style="color:{colour}">{esc(label)}</strong>'
            + (f" {esc(timing)}" if timing else "")
        ),
        nowrap(esc(f"{urgency} urgency"), f"color:{URGENCY_COLOUR.get(urgency, '#3e4c59')}"),
        nowrap(
            esc(f"{sentiment['label']} {sentiment['score']:+.2f}"),
            f"color:{SENTIMENT_COLOUR.get(sentiment['label'], '#3e4c59')}",
        ),
        nowrap(esc(f"route {r['route']}"), DIM),
    ]
    who = [esc(r["channel"]), esc(r["source"]), f"<strong>{esc(r['author'])}</strong>"]
    if r["author_reach"]:
        who.append(nowrap(esc(f"{r['author_reach']:,} followers")))
    who.append(nowrap(esc(posted(m.created_at, m.created_at_estimated, tz))))
    if r.get("assignee"):
        who.append(nowrap(f"with <strong>{esc(r['assignee'])}</strong>"))
    lines = [
        head_line(head),
        who_line(who),
        text_line(r["text"]),
        url_line(r["url"]),
        why_line(r["priority"]["why"], tz),
        act_line(r["id"], ack=status != "responded"),
    ]
    return mention_block(colour, background, lines)


# ---------------------------------------------------------------- the report, by section
# `listing` joins its sections in order; a new section is one more function in SECTIONS.


def headline_section(listing: Listing) -> str:
    return heading(headline(listing))


def how_to_act_section(listing: Listing) -> str:
    if not listing.rows:
        return ""
    return (
        f'<p style="{SMALL};margin:0 0 12px 0;{DIM}">Act on a mention by its id: '
        f"{command('webcare show ID')} for the whole conversation, {command('webcare ack ID')} "
        "when it is answered (any unique prefix of 4 or more characters works).</p>\n"
    )


def incidents_section(listing: Listing) -> str:
    """Open mentions about the same problem: one line each, with the commands for the group."""
    if not listing.incidents:
        return ""
    tz = listing.timezone
    items = []
    for incident in listing.incidents[:INCIDENTS_SHOWN]:
        spike = (
            f' · <strong style="color:#b91c1c">SPIKE: {incident.spike.recent} in 3h, '
            f"usually {incident.spike.usual:g}</strong>"
            if incident.spike is not None
            else ""
        )
        handle = short_id(incident.id)
        items.append(
            f'<p style="margin:0 0 8px 0;{WRAP}"><strong>{esc(incident.label)}</strong> · '
            f"{len(incident.members)} mentions · first {esc(local_time(incident.first_at, tz))} · "
            f"latest {esc(local_time(incident.latest_at, tz))}{spike}<br>"
            f'<span style="{SMALL};{DIM}">{command(f"webcare mentions --incident {handle}")} · '
            f"{command(f'webcare ack --incident {handle}')}</span></p>\n"
        )
    hidden = len(listing.incidents) - INCIDENTS_SHOWN
    if hidden > 0:
        items.append(
            f'<p style="{SMALL};{DIM}">… and {hidden} more (webcare report --format json lists all)</p>\n'
        )
    return heading("Incidents: open mentions about the same problem", 2) + "".join(items)


def mentions_section(listing: Listing) -> str:
    if not listing.rows:
        return ""
    return blocks([listing_block(row, listing.timezone) for row in listing.rows])


def footer_section(listing: Listing) -> str:
    tz = listing.timezone
    return (
        f'<p style="font-size:12px;margin:0;{DIM}">'
        f"As of {esc(local_time(listing.now, tz, year=True))}; "
        f"generated {esc(local_time(listing.generated_at, tz, year=True))}.</p>\n"
    )


SECTIONS: tuple[Callable[[Listing], str], ...] = (
    headline_section,
    incidents_section,
    how_to_act_section,
    mentions_section,
    footer_section,
)


def _listing(listing: Listing) -> str:
    return document(headline(listing), "".join(section(listing) for section in SECTIONS))


def _analyses(rows: list[dict[str, Any]]) -> str:
    """`webcare analyze`: one block per text, in input order (signals first, then the text)."""
    parts = []
    for r in rows:
        sentiment, urgency = r["sentiment"], r["urgency"]["level"]
        colour = URGENCY_COLOUR.get(urgency, "#3e4c59")
        head = [
            nowrap(esc(f"{urgency} urgency"), f"color:{colour}"),
            nowrap(
                esc(f"{sentiment['label']} {sentiment['score']:+.2f}"),
                f"color:{SENTIMENT_COLOUR.get(sentiment['label'], '#3e4c59')}",
            ),
            nowrap(esc(f"language {r['language']}")),
            nowrap(esc(f"route {r['route']}"), DIM),
        ]
        if r["topics"]:
            head.append(esc(f"topics {', '.join(r['topics'])}"))
        parts.append(mention_block(colour, "", [head_line(head), text_line(r["text"], 10_000)]))
    title = f"{len(rows)} text(s) analysed"
    return document(title, heading(title) + (blocks(parts) if parts else ""))


def _stats(stats: Stats) -> str:
    columns = (
        ("volume", "Volume", str),
        ("share_negative", "Neg", share),
        ("share_responded", "Resp", share),
        ("median_response_minutes", "Median", figure_span),
        ("p90_response_minutes", "P90", figure_span),
        ("target_minutes", "Target", figure_span),
        ("gap_minutes", "Gap", figure_span),
        ("compliancepct", "In SLA", pct),
        ("breaches", "Breaches", str),
    )
    tz = stats.timezone
    since = local_time(stats.since, tz, year=True) if stats.since else "the first mention"
    title = f"Stats from {since} to {local_time(stats.now, tz, year=True)}"
    parts = [heading(title)]
    for name, first, rows, research in (
        ("Per channel", "Channel", stats.channels, True),
        ("Per source", "Source", stats.sources, False),
        ("Per day", "Day", stats.days, False),
    ):
        shown = columns + ((("research_minutes", "Industry avg", figure_span),) if research else ())
        body = [
            (
                "",
                [td(esc(row["key"]), "white-space:nowrap;font-weight:bold")]
                + [
                    td(
                        esc(show(row.get(key)) if row.get(key) is not None else None),
                        NUM,
                    )
                    for key, _, show in shown
                ],
            )
            for row in rows
        ]
        parts.append(heading(name, 2))
        parts.append(table([first, *(label for _, label, _ in shown)], body))
    return document(title, "".join(parts))


# ---------------------------------------------------------------- the digest


def _digest(digest: Digest) -> str:
    good, bad = "color:#1e7b34", "color:#b91c1c"
    title = digest_headline(digest)
    parts = [heading(title)]
    parts.append(
        '<ul style="margin:0 0 16px 0;padding-left:20px;font-size:15px;line-height:1.5">\n'
        + "".join(f"<li>{esc(line)}</li>\n" for line in highlights(digest))
        + "</ul>\n"
    )
    figures = [
        (
            "",
            [
                td(esc(TOTAL_LABELS[row["key"]])),
                td(esc(value_text(row["key"], row["value"])), f"{NUM};font-weight:bold"),
                td(esc(value_text(row["key"], row["previous"])), f"{NUM};{DIM}"),
                td(
                    esc(change_text(row)),
                    NUM + {"good": f";{good}", "bad": f";{bad}", "": ""}[tone(row)],
                ),
            ],
        )
        for row in shown_totals(digest)
    ]
    parts.append(heading("Key figures", 2))
    parts.append(table(["Figure", "This window", "Previous", "Change"], figures))

    def section(title: str, header: list[str], cells: list[list[str]]) -> None:
        parts.append(heading(title, 2))
        if not cells:
            parts.append(f'<p style="{DIM}">None.</p>\n')
            return
        body = [
            (
                "",
                [td(esc(row[0]), "font-weight:bold;white-space:nowrap")]
                + [td(esc(c), NUM) for c in row[1:]],
            )
            for row in cells
        ]
        parts.append(table(header, body))

    sections = digest_sections(digest)
    for s in sections[:2]:
        section(*s)
    parts.append(heading(breaches_title(digest), 2))
    if digest.breaches:
        parts.append(blocks([_html_breach(row, digest.timezone) for row in digest.breaches]))
    for s in sections[2:]:
        section(*s)
    parts.append(f'<p style="font-size:12px;margin:0;{DIM}">{esc(digest_footer(digest))}</p>\n')
    return document(title, "".join(parts))


def _html_breach(row: dict[str, Any], tz: tzinfo | None) -> str:
    """One breach as a block like the report's: open ones red with the ack command, late
    ones amber with when they were answered."""
    is_open = row["state"] == "open"
    colour, background = ("#b91c1c", "#fdecec") if is_open else ("#a15c00", "#fff6e0")
    head = [
        nowrap(f"#{esc(row['rank'])}", "font-weight:bold"),
        nowrap(f'<strong style="color:{colour}">{esc(breach_state(row))}</strong>'),
        nowrap(
            esc(f"{row['urgency']} urgency"),
            f"color:{URGENCY_COLOUR.get(row['urgency'], '#3e4c59')}",
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


# ---------------------------------------------------------------- show and eval


def _show(view: ShowView) -> str:
    """One mention: its block as in the report, then every field, its history and the same
    author's other mentions."""
    r, tz = view.record, view.timezone
    sla, sentiment, urgency = r["sla"], r["sentiment"], r["urgency"]
    fields = [
        ("Source", f"{r['source']} ({r['channel']})"),
        ("Author", r["author"]),
        ("Posted", local_with_utc(r["created_at"], tz)),
        ("Language", r["language"]),
        ("Sentiment", f"{sentiment['label']} {sentiment['score']:+.2f} {', '.join(sentiment['words'])}"),
        ("Urgency", f"{urgency['level']} {'; '.join(urgency['reasons'])}"),
        ("Topics", ", ".join(r["topics"])),
        ("Route", f"{r['route']} ({r['route_reason']})"),
        ("SLA", f"{' '.join(p for p in sla_words(r) if p)}, due {local_with_utc(sla['due_at'], tz)}"),
        ("Reply", ("owed " if sla["needs_reply"] else "not owed ") + local_stamps(sla["needs_reply_reason"] or "", tz)),
        ("Responded", local_with_utc(r["responded_at"], tz) if r["responded_at"] else None),
        ("Priority", f"{rank_text(r['priority']['rank'])} · score {r['priority']['score']:g}"),
    ]  # fmt: skip
    rows = [
        ("", [td(esc(name), "font-weight:bold"), td(esc(value), WRAP)]) for name, value in fields
    ]
    colour, background = SLA_STYLE.get(sla["status"], ("#1f2933", ""))
    block = mention_block(
        colour,
        background,
        [text_line(r["text"], 10_000), url_line(r["url"]), why_line(r["priority"]["why"], tz),
         act_line(r["id"], ack=sla["status"] != "responded")],
    )  # fmt: skip
    parts = [heading(f"Mention {short_id(r['id'])}"), blocks([block]), table(["", ""], rows)]
    if view.actions:
        parts.append(heading("History", 2))
        parts.append(
            table(
                ["When", "What", "Who", "Note"],
                [("", [td(esc(local_time(datetime.fromisoformat(a["at"].replace("Z", "+00:00")), tz))),
                       td(esc(a["action"])), td(esc(a["by"])), td(esc(a["note"]), WRAP)])
                 for a in view.actions],
            )
        )  # fmt: skip
    if view.same_author:
        parts.append(heading(f"Same author elsewhere ({len(view.same_author)})", 2))
        parts.append(
            blocks([mention_block("#9aa5b1", "", [text_line(o["text"]), act_line(o["id"])])
                    for o in view.same_author])
        )  # fmt: skip
    return document(f"Mention {short_id(r['id'])}", "".join(parts))


def _sentiment_eval(scores: Sequence[Score]) -> str:
    header = ["File", "n", "macro-F1", "binary", "texts/s"]
    rows = [
        ("", [td(esc(s.file.rsplit("/", 1)[-1]), WRAP), td(esc(s.n), NUM), td(esc(f"{s.macro_f1:.3f}"), NUM),
              td(esc(f"{s.binary_accuracy:.3f}" if s.binary_accuracy is not None else "-"), NUM),
              td(esc(f"{s.texts_per_second:,.0f}"), NUM)])
        for s in scores
    ]  # fmt: skip
    return document(
        "Sentiment against labelled data",
        heading("Sentiment against labelled data") + table(header, rows),
    )


def _urgency_eval(scores: Sequence[UrgencyScore]) -> str:
    from webcare.evaluate_urgency import LEVELS

    def figure(value: float | None) -> str:
        return f"{value:.3f}" if value is not None else "-"

    title = "Urgency against labelled data"
    rows = [
        ("", [td(esc(s.file.rsplit("/", 1)[-1]), WRAP), *(td(esc(v), NUM) for v in (
            s.n, figure(s.urgent_recall), figure(s.urgent_precision), figure(s.needs_reply_accuracy),
            figure(s.sentiment_macro_f1), figure(s.sentiment_accuracy), f"{s.texts_per_second:,.0f}"))])
        for s in scores
    ]  # fmt: skip
    parts = [
        heading(title),
        table(
            ["File", "n", "recall", "precision", "reply", "sent-F1", "sent-acc", "texts/s"], rows
        ),
    ]
    for s in scores:
        parts.append(heading(f"{s.file.rsplit('/', 1)[-1]}: gold (rows) x predicted (columns)", 2))
        grid = [
            (
                "",
                [
                    td(esc(g), "font-weight:bold"),
                    *(td(esc(s.confusion[g][p]), NUM) for p in LEVELS),
                ],
            )
            for g in LEVELS
        ]
        parts.append(table(["gold", *LEVELS], grid))
    return document(title, "".join(parts))


class HtmlRenderer(Renderer):
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
