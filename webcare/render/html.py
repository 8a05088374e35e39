"""`html`: the report as one self-contained, e-mail-safe HTML document.

Made for a cron job that mails the report: inline CSS only (mail clients drop `<style>`
and external sheets), no scripts, no images, no external resources, readable on a phone
(tables are 100% wide and long words wrap). Every piece of text passes `one_line` (escape
sequences, control and bidi characters removed) and then `html.escape(quote=True)`, so a
mention cannot open a tag, an attribute or an entity. A mention's URL becomes a link only
when it is a plain http(s) URL; anything else (`javascript:`, `data:`, …) is shown as
escaped text and never reaches an `href`.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from webcare.report import Listing, mention_record
from webcare.stats import Stats
from webcare.textutil import one_line

_SAFE_URL = re.compile(r"https?://[^\s<>\"'`\\{}|^]+", re.IGNORECASE)

_FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"
_WRAP = "overflow-wrap:anywhere;word-wrap:break-word;word-break:break-word"
_TABLE = (
    "width:100%;max-width:100%;border-collapse:collapse;font-size:14px;line-height:1.4;"
    "margin:0 0 16px 0"
)
_TH = (
    "text-align:left;vertical-align:bottom;padding:6px 8px;border-bottom:2px solid #9aa5b1;"
    f"background:#f0f4f8;color:#1f2933;{_WRAP}"
)
_TD = "text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #d9e2ec"
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
    """A table from already-escaped cells; each row is (row style, cells)."""
    head = "".join(f'<th style="{_TH}">{esc(name)}</th>' for name in header)
    body = ""
    for style, cells in rows:
        body += (f'<tr style="{style}">' if style else "<tr>") + "".join(cells) + "</tr>\n"
    return (
        f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="{_TABLE}">\n'
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>\n"
    )


def _td(content: str, extra: str = "") -> str:
    return (
        f'<td style="{_TD};{extra}">{content}</td>'
        if extra
        else f'<td style="{_TD}">{content}</td>'
    )


def _when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M %Z").strip()


def listing(listing: Listing) -> str:
    from webcare.render.table import _span, headline

    rows: list[tuple[str, list[str]]] = []
    for row in listing.rows:
        r = mention_record(row)
        sla = r["sla"]
        status = sla["status"]
        colour, background = _SLA_STYLE.get(status, ("#1f2933", ""))
        if status == "breached":
            timing = f"{_span(sla['overdue_minutes'])} over"
        elif status in ("ok", "at_risk") and sla["needs_reply"]:
            timing = f"{_span(sla['remaining_minutes'])} left"
        elif status == "ok":
            timing = "no reply needed"
        else:
            timing = ""
        sla_cell = (
            f'<strong style="color:{colour};white-space:nowrap">{esc(status.replace("_", " ").upper())}</strong>'
            + (f"<br>{esc(timing)}" if timing else "")
        )
        sentiment = r["sentiment"]
        urgency = r["urgency"]["level"]
        score = f"{sentiment['score']:+.2f}"
        signals = (
            f'<span style="color:{_SENTIMENT_COLOUR.get(sentiment["label"], "#3e4c59")}">'
            f"{esc(sentiment['label'])} {esc(score)}</span><br>"
            f'<span style="color:{_URGENCY_COLOUR.get(urgency, "#3e4c59")}">'
            f"{esc(urgency)}</span><br>"
            f'<span style="{_DIM}">{esc(r["route"])}</span>'
        )
        text = esc(r["text"][:280])
        url = link(r["url"])
        rows.append(
            (
                f"background:{background}" if background else "",
                [
                    _td(esc(r["priority"]["rank"]), _NUM),
                    _td(sla_cell, f"color:{colour}"),
                    _td(f"{esc(r['channel'])} / {esc(r['source'])}<br>{esc(r['author'])}", _WRAP),
                    _td(signals),
                    _td(text + (f"<br>{url}" if url else ""), _WRAP),
                    _td(esc("; ".join(r["priority"]["why"])), f"{_DIM};{_WRAP}"),
                ],
            )
        )
    header = ["#", "SLA", "Where / who", "Signals", "Mention", "Why"]
    title = headline(listing)
    footer = (
        f'<p style="font-size:12px;margin:0;{_DIM}">As of {esc(_when(listing.now))}; '
        f"generated {esc(_when(listing.generated_at))}.</p>\n"
    )
    return document(title, _heading(title) + (table(header, rows) if rows else "") + footer)


def analyses(rows: list[dict[str, Any]]) -> str:
    header = ["Text", "Language", "Sentiment", "Urgency", "Topics", "Route"]
    cells = [
        (
            "",
            [
                _td(esc(r["text"]), _WRAP),
                _td(esc(r["language"])),
                _td(esc(f"{r['sentiment']['label']} {r['sentiment']['score']:+.2f}")),
                _td(esc(r["urgency"]["level"])),
                _td(esc(", ".join(r["topics"]))),
                _td(esc(r["route"])),
            ],
        )
        for r in rows
    ]
    title = f"{len(rows)} text(s) analysed"
    return document(title, _heading(title) + table(header, cells))


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
    since = _when(stats.since.astimezone(tz)) if stats.since else "the first mention"
    title = f"Stats from {since} to {_when(stats.now.astimezone(tz))}"
    parts = [_heading(title)]
    for name, rows, research in (
        ("Per channel", stats.channels, True),
        ("Per source", stats.sources, False),
        ("Per day", stats.days, False),
    ):
        shown = columns + ((("research_minutes", "Industry avg", _span),) if research else ())
        body = [
            (
                "",
                [_td(esc(row["key"]), "white-space:nowrap;font-weight:bold")]
                + [
                    _td(
                        esc(show(row.get(key)) if row.get(key) is not None else None),
                        "text-align:right",
                    )
                    for key, _, show in shown
                ],
            )
            for row in rows
        ]
        parts.append(_heading(name, 2))
        parts.append(table(["", *(label for _, label, _ in shown)], body))
    return document(title, "".join(parts))
