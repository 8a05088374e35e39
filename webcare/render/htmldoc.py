"""The building blocks of webcare's e-mail-safe HTML: the document, tables of figures and
mention blocks, with inline styles only.

Made for a cron job that mails a report: mail clients drop `<style>` and external sheets,
so every style is inline; no scripts, no images, no external resources. Readable from a
1,200 px desktop down to a 390 px phone without media queries: each mention is one
full-width block, and tables of numbers keep their words whole and scroll sideways inside
their own box when a phone is too narrow for them. Every text goes through `safe.esc`.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from webcare.render.safe import esc, html_link
from webcare.render.wording import ack_command, short_id, show_command
from webcare.textutil import one_line
from webcare.timeparse import local_stamps

FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"
WRAP = "overflow-wrap:anywhere;word-wrap:break-word;word-break:break-word"
# In tables of figures words stay whole (a column is never narrower than its longest word):
# a table too wide for a phone scrolls sideways in its own box instead of squeezing.
WHOLE_WORDS = "overflow-wrap:normal;word-wrap:normal;word-break:normal"
SCROLL = "overflow-x:auto;-webkit-overflow-scrolling:touch;max-width:100%;margin:0 0 16px 0"
TABLE = "width:100%;border-collapse:collapse;font-size:14px;line-height:1.4"
TH = (
    "text-align:left;vertical-align:bottom;padding:6px 8px;border-bottom:2px solid #9aa5b1;"
    f"background:#f0f4f8;color:#1f2933;white-space:nowrap;{WHOLE_WORDS}"
)
TD = (
    "text-align:left;vertical-align:top;padding:6px 8px;border-bottom:1px solid #d9e2ec;"
    f"{WHOLE_WORDS}"
)
NUM = "text-align:right;white-space:nowrap"
DIM = "color:#616e7c"

# Colour by SLA state: text colour and a light row background, readable without colour too
# (the state is written out in words).
SLA_STYLE = {
    "breached": ("#b91c1c", "#fdecec"),
    "at_risk": ("#a15c00", "#fff6e0"),
    "ok": ("#1e7b34", ""),
    "responded": ("#616e7c", ""),
}
SENTIMENT_COLOUR = {"neg": "#b91c1c", "neu": "#3e4c59", "pos": "#1e7b34"}
URGENCY_COLOUR = {"critical": "#b91c1c", "high": "#c2410c", "normal": "#3e4c59", "low": "#616e7c"}


def link(url: str | None) -> str:
    """An `<a>` for an http(s) URL; anything else as escaped text, never in an `href`."""
    return html_link(url, f"color:#1d4ed8;{WRAP}")


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
        f'<body style="margin:0;padding:12px;background:#ffffff;color:#1f2933;{FONT}">\n'
        f'<div style="max-width:100%;{WRAP}">\n'
        f"{body}"
        "</div>\n"
        "</body>\n"
        "</html>\n"
    )


def heading(text: str, level: int = 1) -> str:
    size = {1: 20, 2: 17, 3: 15}[level]
    return (
        f'<h{level} style="font-size:{size}px;line-height:1.3;margin:0 0 12px 0;{WRAP}">'
        f"{esc(text)}</h{level}>\n"
    )


def table(header: Sequence[str], rows: Sequence[tuple[str, Sequence[str]]]) -> str:
    """A table from already-escaped cells; each row is (row style, cells). At least as wide
    as the page; wider when its words need it, and then it scrolls inside its own box."""
    head = "".join(f'<th style="{TH}">{esc(name)}</th>' for name in header)
    body = ""
    for style, cells in rows:
        body += (f'<tr style="{style}">' if style else "<tr>") + "".join(cells) + "</tr>\n"
    return (
        f'<div style="{SCROLL}">\n'
        f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="{TABLE}">\n'
        f"<thead><tr>{head}</tr></thead>\n<tbody>\n{body}</tbody>\n</table>\n</div>\n"
    )


def td(content: str, extra: str = "") -> str:
    return (
        f'<td style="{TD};{extra}">{content}</td>' if extra else f'<td style="{TD}">{content}</td>'
    )


# ---------------------------------------------------------------- mention blocks
# One mention per full-width block: no column can be squeezed narrower than its words.

BLOCKS = (
    "width:100%;border-collapse:separate;border-spacing:0;font-size:14px;line-height:1.45;"
    "margin:0 0 16px 0"
)
BLOCK = "padding:10px 12px;vertical-align:top;text-align:left"
GAP = '<tr><td style="height:8px;line-height:8px;font-size:0;padding:0">&nbsp;</td></tr>\n'
LINE = "margin:0 0 4px 0"
SMALL = "font-size:13px"
CODE = (
    "font-family:SFMono-Regular,Menlo,Consolas,'Liberation Mono',monospace;font-size:13px;"
    "white-space:nowrap;background:#ffffff;color:#1f2933;border:1px solid #cbd2d9;"
    "border-radius:3px;padding:1px 4px"
)
# The dot stays at the end of a line when the items wrap.
SEP = f'&nbsp;<span style="{DIM}">·</span> '


def nowrap(content: str, style: str = "") -> str:
    """Already-escaped short content that must not break inside (`1h 22m over`)."""
    return f'<span style="white-space:nowrap;{style}">{content}</span>'


def command(text: str) -> str:
    """A command to copy, in a code box that never breaks inside."""
    return f'<code style="{CODE}">{esc(text)}</code>'


def joined(parts: Sequence[str]) -> str:
    """Already-escaped items of one line, `a · b · c`, wrapping between items."""
    return SEP.join(parts)


def line(content: str, style: str = "") -> str:
    """One line of a block (it wraps when the page is narrow)."""
    return f'<div style="{LINE};{style}">{content}</div>\n'


def mention_block(colour: str, background: str, lines: Sequence[str]) -> str:
    """One mention: a row of the blocks table, a coloured left edge, its lines (HTML)."""
    fill = f"background:{background};" if background else "background:#f8fafc;"
    return (
        f'<tr><td style="{BLOCK};{fill}border-left:6px solid {colour}">\n'
        + "".join(lines)
        + "</td></tr>\n"
    )


def blocks(rows: Sequence[str]) -> str:
    """The table that holds mention blocks, one per row, each as wide as the page."""
    return (
        f'<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="{BLOCKS}">\n'
        f"<tbody>\n{GAP.join(rows)}</tbody>\n</table>\n"
    )


# The lines of a block, top to bottom. Each takes already-escaped items unless it says so.


def head_line(items: Sequence[str]) -> str:
    """`#1 · BREACHED 1h 22m over · critical urgency · …`: the first thing read."""
    return line(joined(items), "font-size:15px")


def who_line(items: Sequence[str]) -> str:
    """Where, who and when: `social · social-export · nienke · posted Mon 23 Nov …`."""
    return line(joined(items), f"{SMALL};color:#3e4c59")


def text_line(value: str, limit: int = 280) -> str:
    """A mention's text (raw; escaped here), at most `limit` characters."""
    text = one_line(value)
    text = text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
    return line(esc(text), "font-size:15px;margin:8px 0 6px 0;color:#1f2933")


def url_line(url: str | None) -> str:
    """The URL (raw) on its own line: a link only when it is a clean http(s) URL."""
    return line(link(url), SMALL) if url else ""


def why_line(why: Sequence[str], tz: tzinfo) -> str:
    """Why it ranks where it does (raw reasons; escaped here), a kept reason's UTC time
    (`marked by bram at …`) in the brand's zone `tz`."""
    said = local_stamps("; ".join(why), tz)
    return line(f"<strong>Why</strong> {esc(said)}", f"{SMALL};{DIM}") if why else ""


def act_line(mention_id: str, *, ack: bool = True) -> str:
    """`id 1d54f5ca · webcare show 1d54f5ca · webcare ack 1d54f5ca`: what to copy, in the
    table's order (look, then close)."""
    parts = [nowrap(f"id <strong>{esc(short_id(mention_id))}</strong>")]
    parts.append(command(show_command(mention_id)))
    if ack:
        parts.append(command(ack_command(mention_id)))
    return line(joined(parts), f"{SMALL};margin:8px 0 0 0")
