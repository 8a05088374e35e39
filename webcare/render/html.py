"""`html`: the report as one self-contained, e-mail-safe HTML document.

Made for a cron job that mails the report: inline CSS only (mail clients drop `<style>`
and external sheets), no scripts, no images, no external resources. Readable from a
1,200 px desktop down to a 390 px phone without media queries: each mention is one
full-width block (a coloured edge by SLA state; a header line with rank, state, time over
or left and signals; where, who and when; the text; the URL on its own line; why; its short
id and the `webcare ack`/`webcare show` commands to copy), and tables of numbers keep their
words whole and scroll sideways inside their own box when a phone is too narrow for them.
Times are in the brand's time zone.

Every piece of text passes `one_line` (escape sequences, control and bidi characters
removed) and then `html.escape(quote=True)`, so a mention cannot open a tag, an attribute
or an entity. A mention's URL becomes a link only when it is a plain http(s) URL; anything
else (`javascript:`, `data:`, …) is shown as escaped text and never reaches an `href`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from datetime import tzinfo
from typing import Any

from webcare.model import Ranked
from webcare.render.common import (
    ack_command,
    local_time,
    posted,
    rank_text,
    short_id,
    show_command,
    sla_words,
)
from webcare.report import Listing, mention_record
from webcare.stats import Stats
from webcare.textutil import one_line

_SAFE_URL = re.compile(r"https?://[^\s<>\"'`\\{}|^]+", re.IGNORECASE)

_FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"
_WRAP = "overflow-wrap:anywhere;word-wrap:break-word;word-break:break-word"
# In tables of figures words stay whole (a column is never narrower than its longest word):
# a table too wide for a phone scrolls sideways in its own box instead of squeezing.
_WHOLE_WORDS = "overflow-wrap:normal;word-wrap:normal;word-break:normal"
_SCROLL = "overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%;margin:0 0 16px 0"
_TABLE = "width:100%;border-collapse:collapse;font-size:14px;line-height:1.4"
_TH = (
    "text-align:left;vertical-align:bottom;padding:6px 8px;border-bottom:2px solid #9aa5b1;"
    f"background:#f0f4f8;color:#1f2933;white-space:nowrap;{_WHOLE_WORDS}"
)
_TD = (
    "text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #d9e2ec;"
    f"{_WHOLE_WORDS}"
)
_NUM = "text-align:right;white-space:nowrap"
_DIM = "color:#616e7c"

# Colour by SLA state: text colour and a light row background, readable without colour too
# (the state is written out in words).
_SLA_STYLE = {
    "breached": ("#b91c1c", "#fdecec"),
    "at_risk": ("#a15c00", "#fff6e0"),
    "ok": ("#1e7b34", ""),
    "responded": ("#616e7c", ""),
}
_SENTIMENT_COLOUR = {"neg": "#b91c1c", "neu": "#3e4c59", "pos": "#1e7b34"}
_URGENCY_COLOUR = {"critical": "#b91c1c", "high": "#c2410c", "normal": "#3e4c59", "low": "#616e7c"}


def esc(value: object) -> str:
    """One line of text, hostile characters removed, HTML made literal."""
    if value is None or value == "":
        return "-"
    return html.escape(one_line(str(value)), quote=True)


def safe_url(url: str | None) -> str | None:
    """The URL when it is a plain http(s) URL that cannot break out of an attribute."""
    if not url:
        return None
    return url if _SAFE_URL.fullmatch(url) else None


def link(url: str | None) -> str:
    """An `<a>` for an http(s) URL; anything else as escaped text, never in an `href`."""
    safe = safe_url(url)
    if safe is None:
        return "" if not url else f'<span style="{_DIM}">{esc(url)}</span>'
    escaped = html.escape(safe, quote=True)
    return f'<a href="{escaped}" style="color:#1d4ed8;{_WRAP}">{escaped}</a>'


def document(title: str, body: str) -> str:
    """The whole document around `body`."""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n'
        "<head>\n"
        '<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{esc(title)}</title>\n"
        "</head>\n"
        f'<body style="margin:0;padding:12px;background:#ffffff;color:#1f2933;{_FONT}">\n'
        f'<div style="max-width:100%;{_WRAP}">\n'
        f"{body}"
        "</div>\n"
        "</body>\n"
        "</html>\n"
    )


def _heading(text: str, level: int = 1) -> str:
    size = {1: 20, 2: 17, 3: 15}[level]
    return (
        f'<h{level} style="font-size:{size}px;line-height:1.3;margin:0 0 12px 0;{_WRAP}">'
        f"{esc(text)}</h{level}>\n"
    )


def table(header: Sequence[str], rows: Sequence[tuple[str, Sequence[str]]]) -> str:
    """A table from already-escaped cells; each row is (row style, cells). At least as wide
    as the page; wider when its words need it, and then it scrolls inside its own box."""
    head = "".join(f'<th style="{_TH}">{esc(name)}</th>' for name in header)
    body = ""
    for style, cells in rows:
        body += (f'<tr style="{style}">' if style else "<tr>") + "".join(cells) + "</tr>\n"
    return (
        f'<div style="{_SCROLL}">\n'
        f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="{_TABLE}">\n'
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>\n</div>\n"
    )


def _td(content: str, extra: str = "") -> str:
    return (
        f'<td style="{_TD};{extra}">{content}</td>'
        if extra
        else f'<td style="{_TD}">{content}</td>'
    )


# ---------------------------------------------------------------- mention blocks
# One mention per full-width block: no column can be squeezed narrower than its words.

_BLOCKS = (
    "width:100%;border-collapse:separate;border-spacing:0;font-size:14px;line-height:1.45;"
    "margin:0 0 16px 0"
)
_BLOCK = "padding:10px 12px;vertical-align:top;text-align:left"
_GAP = '<tr><td style="height:8px;line-height:8px;font-size:0;padding:0">&nbsp;</td></tr>\n'
_LINE = "margin:0 0 4px 0"
_SMALL = "font-size:13px"
_CODE = (
    "font-family:SFMono-Regular,Menlo,Consolas,'Liberation Mono',monospace;font-size:13px;"
    "white-space:nowrap;background:#ffffff;color:#1f2933;border:1px solid #cbd2d9;"
    "border-radius:3px;padding:1px 4px"
)
# The dot stays at the end of a line when the items wrap.
_SEP = f'&nbsp;<span style="{_DIM}">·</span> '


def nowrap(content: str, style: str = "") -> str:
    """Already-escaped short content that must not break inside (`1h 22m over`)."""
    return f'<span style="white-space:nowrap;{style}">{content}</span>'


def command(text: str) -> str:
    """A command to copy, in a code box that never breaks inside."""
    return f'<code style="{_CODE}">{esc(text)}</code>'


def joined(parts: Sequence[str]) -> str:
    """Already-escaped items of one line, `a · b · c`, wrapping between items."""
    return _SEP.join(parts)


def line(content: str, style: str = "") -> str:
    """One line of a block (it wraps when the page is narrow)."""
    return f'<div style="{_LINE};{style}">{content}</div>\n'


def mention_block(colour: str, background: str, lines: Sequence[str]) -> str:
    """One mention: a row of the blocks table, a coloured left edge, its lines (HTML)."""
    fill = f"background:{background};" if background else "background:#f8fafc;"
    return (
        f'<tr><td style="{_BLOCK};{fill}border-left:6px solid {colour}">\n'
        + "".join(lines)
        + "</td></tr>\n"
    )


def blocks(rows: Sequence[str]) -> str:
    """The table that holds mention blocks, one per row, each as wide as the page."""
    return (
        f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="{_BLOCKS}">\n'
        f"<tbody>\n{_GAP.join(rows)}</tbody>\n</table>\n"
    )


# The lines of a block, top to bottom. Each takes already-escaped items unless it says so.


def head_line(items: Sequence[str]) -> str:
    """`#1 · BREACHED 1h 22m over · critical urgency · …`: the first thing read."""
    return line(joined(items), "font-size:15px")


def who_line(items: Sequence[str]) -> str:
    """Where, who and when: `social · social-export · nienke · posted Mon 23 Nov …`."""
    return line(joined(items), f"{_SMALL};color:#3e4c59")


def text_line(value: str, limit: int = 280) -> str:
    """A mention's text (raw; escaped here), at most `limit` characters."""
    text = one_line(value)
    text = text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    return line(esc(text), "font-size:15px;margin:8px 0 6px 0;color:#1f2933")


def url_line(url: str | None) -> str:
    """The URL (raw) on its own line: a link only when it is a clean http(s) URL."""
    return line(link(url), _SMALL) if url else ""


def why_line(why: Sequence[str]) -> str:
    """Why it ranks where it does (raw reasons; escaped here)."""
    return line(f"<strong>Why</strong> {esc('; '.join(why))}", f"{_SMALL};{_DIM}") if why else ""


def act_line(mention_id: str, *, ack: bool = True) -> str:
    """`id 1d54f5ca · webcare show 1d54f5ca · webcare ack 1d54f5ca`: what to copy, in the
    table's order (look, then close)."""
    parts = [nowrap(f"id <strong>{esc(short_id(mention_id))}</strong>")]
    parts.append(command(show_command(mention_id)))
    if ack:
        parts.append(command(ack_command(mention_id)))
    return line(joined(parts), f"{_SMALL};margin:8px 0 0 0")


def listing_block(row: Ranked, tz: tzinfo | None) -> str:
    """One mention of a report or listing, coloured by its SLA state."""
    r = mention_record(row)
    m = row.item.mention
    status = r["sla"]["status"]
    colour, background = _SLA_STYLE.get(status, ("#1f2933", ""))
    label, timing = sla_words(r)
    sentiment, urgency = r["sentiment"], r["urgency"]["level"]
    head = [
        nowrap(esc(rank_text(r["priority"]["rank"])), "font-weight:bold"),
        nowrap(
            f'<strong style="color:{colour}">{esc(label)}</strong>'
            + (f" {esc(timing)}" if timing else "")
        ),
        nowrap(esc(f"{urgency} urgency"), f"color:{_URGENCY_COLOUR.get(urgency, '#3e4c59')}"),
        nowrap(
            esc(f"{sentiment['label']} {sentiment['score']:+.2f}"),
            f"color:{_SENTIMENT_COLOUR.get(sentiment['label'], '#3e4c59')}",
        ),
        nowrap(esc(f"route {r['route']}"), _DIM),
    ]
    who = [esc(r["channel"]), esc(r["source"]), f"<strong>{esc(r['author'])}</strong>"]
    if r["author_reach"]:
        who.append(nowrap(esc(f"{r['author_reach']:,} followers")))
    who.append(nowrap(esc(posted(m.created_at, m.created_at_estimated, tz))))
    lines = [
        head_line(head),
        who_line(who),
        text_line(r["text"]),
        url_line(r["url"]),
        why_line(r["priority"]["why"]),
        act_line(r["id"], ack=status != "responded"),
    ]
    return mention_block(colour, background, lines)


# ---------------------------------------------------------------- the report, by section
# `listing` joins its sections in order; a new section is one more function in SECTIONS.


def headline_section(listing: Listing) -> str:
    from webcare.render.table import headline

    return _heading(headline(listing))


def how_to_act_section(listing: Listing) -> str:
    if not listing.rows:
        return ""
    return (
        f'<p style="{_SMALL};margin:0 0 12px 0;{_DIM}">Act on a mention by its id: '
        f"{command('webcare show ID')} for the whole conversation, {command('webcare ack ID')} "
        "when it is answered (any unique prefix of 4 or more characters works).</p>\n"
    )


def incidents_section(listing: Listing) -> str:
    """Open mentions about the same problem: one line each, with the commands for the group."""
    if not listing.incidents:
        return ""
    from webcare.render.table import INCIDENTS_SHOWN

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
            f'<p style="margin:0 0 8px 0;{_WRAP}"><strong>{esc(incident.label)}</strong> · '
            f"{len(incident.members)} mentions · first {esc(local_time(incident.first_at, tz))} · "
            f"latest {esc(local_time(incident.latest_at, tz))}{spike}<br>"
            f'<span style="{_SMALL};{_DIM}">{command(f"webcare mentions --incident {handle}")} · '
            f"{command(f'webcare ack --incident {handle}')}</span></p>\n"
        )
    hidden = len(listing.incidents) - INCIDENTS_SHOWN
    if hidden > 0:
        items.append(
            f'<p style="{_SMALL};{_DIM}">… and {hidden} more (webcare report --format json lists all)</p>\n'
        )
    return _heading("Incidents: open mentions about the same problem", 2) + "".join(items)


def mentions_section(listing: Listing) -> str:
    if not listing.rows:
        return ""
    return blocks([listing_block(row, listing.timezone) for row in listing.rows])


def footer_section(listing: Listing) -> str:
    tz = listing.timezone
    return (
        f'<p style="font-size:12px;margin:0;{_DIM}">'
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


def listing(listing: Listing) -> str:
    from webcare.render.table import headline

    return document(headline(listing), "".join(section(listing) for section in SECTIONS))


def analyses(rows: list[dict[str, Any]]) -> str:
    """`webcare analyze`: one block per text, in input order (signals first, then the text)."""
    parts = []
    for r in rows:
        sentiment, urgency = r["sentiment"], r["urgency"]["level"]
        colour = _URGENCY_COLOUR.get(urgency, "#3e4c59")
        head = [
            nowrap(esc(f"{urgency} urgency"), f"color:{colour}"),
            nowrap(
                esc(f"{sentiment['label']} {sentiment['score']:+.2f}"),
                f"color:{_SENTIMENT_COLOUR.get(sentiment['label'], '#3e4c59')}",
            ),
            nowrap(esc(f"language {r['language']}")),
            nowrap(esc(f"route {r['route']}"), _DIM),
        ]
        if r["topics"]:
            head.append(esc(f"topics {', '.join(r['topics'])}"))
        parts.append(mention_block(colour, "", [head_line(head), text_line(r["text"], 10_000)]))
    title = f"{len(rows)} text(s) analysed"
    return document(title, _heading(title) + (blocks(parts) if parts else ""))


def stats(stats: Stats) -> str:
    from webcare.render.stats import _pct, _share, _span

    columns = (
        ("volume", "Volume", str),
        ("share_negative", "Neg", _share),
        ("share_responded", "Resp", _share),
        ("median_response_minutes", "Median", _span),
        ("p90_response_minutes", "P90", _span),
        ("target_minutes", "Target", _span),
        ("gap_minutes", "Gap", _span),
        ("compliance_pct", "In SLA", _pct),
        ("breaches", "Breaches", str),
    )
    tz = stats.timezone
    since = local_time(stats.since, tz, year=True) if stats.since else "the first mention"
    title = f"Stats from {since} to {local_time(stats.now, tz, year=True)}"
    parts = [_heading(title)]
    for name, first, rows, research in (
        ("Per channel", "Channel", stats.channels, True),
        ("Per source", "Source", stats.sources, False),
        ("Per day", "Day", stats.days, False),
    ):
        shown = columns + ((("research_minutes", "Industry avg", _span),) if research else ())
        body = [
            (
                "",
                [_td(esc(row["key"]), "white-space:nowrap;font-weight:bold")]
                + [
                    _td(
                        esc(show(row.get(key)) if row.get(key) is not None else None),
                        _NUM,
                    )
                    for key, _, show in shown
                ],
            )
            for row in rows
        ]
        parts.append(_heading(name, 2))
        parts.append(table([first, *(label for _, label, _ in shown)], body))
    return document(title, "".join(parts))
