"""Mention text is hostile: what each format does to make a value inert. Pure.

Every helper first passes the value through `one_line` or `clean_text` (escape
sequences, control, C1 and bidi characters removed), then applies the format's own
escaping: HTML entities, Markdown specials, a spreadsheet formula guard, a tab-free field.
"""

from __future__ import annotations

import re
from typing import Any

from webcare.textutil import clean_text, clean_url, one_line

# ---------------------------------------------------------------- plain and tab-separated


def field(value: object) -> str:
    """A `plain` field: one line, no tab, `-` when empty."""
    if value is None or value == "":
        return "-"
    return one_line(str(value)).replace("\t", " ")


# ---------------------------------------------------------------- csv and tsv

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_TSV_FORMULA = ("=", "\uff1d")
"""TSV cells that always run: `=` first (and its full-width form)."""
_TSV_MAYBE_FORMULA = ("+", "-", "@", "\uff0b", "\uff0d", "\uff20")
"""TSV cells that run only with a function call or a DDE command in them."""
_TSV_RUNS = ("(", "|", "\uff08", "\uff5c")


def delimited_cell(value: Any, *, tsv: bool = False) -> str:
    """A csv/tsv cell. CSV guards every cell a spreadsheet could read as a formula with a
    leading apostrophe (OWASP's advice); TSV, a pipeline format, only those that could
    really run, so `@reply`, `-3` and `+31 6…` stay as written."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if not isinstance(value, str):
        return str(value)
    # Cleaned before the formula check: "\x1b[0m=cmd" must not lose its ESC and then run.
    text = clean_text(value)
    if tsv:
        text = " ".join(text.split())  # one row per line: no tab or line break inside a cell
        runs = text.startswith(_TSV_FORMULA) or (
            text.startswith(_TSV_MAYBE_FORMULA) and any(mark in text for mark in _TSV_RUNS)
        )
    else:
        runs = text.startswith(_FORMULA_START)
    return "'" + text if runs else text


# ---------------------------------------------------------------- html

_SAFE_HTTP_URL = re.compile(r"https?://[^\s<>\"'`\\{}|^]+", re.IGNORECASE)


def _html_escape(text: str) -> str:
    # Imported here: the `html` package loads its 2,231 entity names (8 million
    # instructions), which only the HTML formats need, and every format imports this module.
    from html import escape

    return escape(text, quote=True)


def esc(value: object) -> str:
    """One line of text, hostile characters removed, HTML made literal; `-` when empty."""
    if value is None or value == "":
        return "-"
    return _html_escape(one_line(str(value)))


def safe_url(url: str | None) -> str | None:
    """The URL when it is a plain http(s) URL that cannot break out of an attribute and
    holds nothing a reader cannot see (controls, bidi, zero-width: `clean_url` keeps it)."""
    if not url or clean_url(url) != url:
        return None
    return url if _SAFE_HTTP_URL.fullmatch(url) else None


def html_link(url: str | None, style: str = "") -> str:
    """An `<a>` for an http(s) URL; anything else as escaped text, never in an `href`."""
    safe = safe_url(url)
    if safe is None:
        return "" if not url else f'<span style="color:#616e7c">{esc(url)}</span>'
    escaped = _html_escape(safe)
    return f'<a href="{escaped}" style="{style}">{escaped}</a>'


# ---------------------------------------------------------------- markdown

# Inside a table cell only inline syntax matters: emphasis, code, links/images, cell breaks,
# strikethrough and raw HTML (`<` and `&` are written as entities instead).
_MD_SPECIAL = re.compile(r"([\\`*_\[\]|~])")
_MD_SAFE_URL = re.compile(r"https?://[^\s<>()\[\]|`\"'\\]+", re.IGNORECASE)
_MD_CODE_SAFE = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._-]*")


def md_cell(value: object) -> str:
    """One Markdown table cell: a single line, Markdown and HTML made literal."""
    if value is None or value == "":
        return "-"
    text = one_line(str(value)).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def md_link(url: str | None) -> str:
    """An autolink only for an http(s) URL with nothing to break out with."""
    if url and clean_url(url) == url and _MD_SAFE_URL.fullmatch(url):
        return f"<{url}>"
    return md_cell(url)


def md_code(text: str) -> str:
    """A code span for a command to copy; anything that could end the span or the cell
    (a backtick, a pipe, a line break) is shown as an escaped cell instead."""
    if text and _MD_CODE_SAFE.fullmatch(text):
        return f"`{text}`"
    return md_cell(text)
