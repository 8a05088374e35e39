"""Renderers: data in, text out, one module per format, every format every view.

`renderer(fmt, terminal)` gives the format's `Renderer` (webcare.render.base); its methods
render a listing, one mention, stats, a digest, analyses and eval figures. Adding a format
is one module with a `Renderer` subclass and one line in `FORMATS`. Format modules are
imported only when used, so `webcare --help` stays instant.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from webcare.choices import OutputFormat
from webcare.render.base import Renderer, ShowView, Terminal

if TYPE_CHECKING:
    from webcare.digest import Digest
    from webcare.report import Listing
    from webcare.stats import Stats

__all__ = ["FORMATS", "OutputFormat", "Renderer", "ShowView", "Terminal", "renderer", "resolve"]


FORMATS: dict[OutputFormat, str] = {
    OutputFormat.TABLE: "webcare.render.table:TableRenderer",
    OutputFormat.PLAIN: "webcare.render.plain:PlainRenderer",
    OutputFormat.JSON: "webcare.render.json:JsonRenderer",
    OutputFormat.JSONL: "webcare.render.json:JsonlRenderer",
    OutputFormat.CSV: "webcare.render.delimited:CsvRenderer",
    OutputFormat.TSV: "webcare.render.delimited:TsvRenderer",
    OutputFormat.MARKDOWN: "webcare.render.markdown:MarkdownRenderer",
    OutputFormat.HTML: "webcare.render.html:HtmlRenderer",
}
"""Where each format's renderer lives."""


def resolve(fmt: OutputFormat | None, stdout_is_tty: bool) -> OutputFormat:
    """The format asked for, else `table` on a terminal and `plain` in a pipe."""
    if fmt is not None:
        return fmt
    return OutputFormat.TABLE if stdout_is_tty else OutputFormat.PLAIN


def renderer(fmt: OutputFormat, terminal: Terminal | None = None) -> Renderer:
    module, _, name = FORMATS[fmt].partition(":")
    cls: type[Renderer] = getattr(importlib.import_module(module), name)
    return cls(terminal)


# Shorthands for one view in one format.


def render_listing(listing: Listing, fmt: OutputFormat, terminal: Terminal) -> str:
    return renderer(fmt, terminal).listing(listing)


def render_analyses(rows: list[dict[str, Any]], fmt: OutputFormat, terminal: Terminal) -> str:
    return renderer(fmt, terminal).analyses(rows)


def render_stats(stats: Stats, fmt: OutputFormat, terminal: Terminal) -> str:
    return renderer(fmt, terminal).stats(stats)


def render_digest(digest: Digest, fmt: OutputFormat, terminal: Terminal) -> str:
    return renderer(fmt, terminal).digest(digest)
