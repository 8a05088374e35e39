"""Renderers: ranked data in, text out. They never print and never read the clock.

One `OutputFormat` enum with exhaustive dispatch; `auto` resolves to `table` on a
terminal and `plain` otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, assert_never

from webcare.report import Listing


class OutputFormat(StrEnum):
    TABLE = "table"
    PLAIN = "plain"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TSV = "tsv"
    MARKDOWN = "markdown"
    HTML = "html"


@dataclass(frozen=True, slots=True)
class Terminal:
    """What the renderer may assume about where its text goes."""

    width: int = 100
    color: bool = False


def resolve(fmt: OutputFormat | None, stdout_is_tty: bool) -> OutputFormat:
    if fmt is not None:
        return fmt
    return OutputFormat.TABLE if stdout_is_tty else OutputFormat.PLAIN


def render_listing(listing: Listing, fmt: OutputFormat, terminal: Terminal) -> str:
    from webcare.render import html, markdown, plain, records, table

    match fmt:
        case OutputFormat.TABLE:
            return table.listing(listing, terminal)
        case OutputFormat.MARKDOWN:
            return markdown.listing(listing)
        case OutputFormat.HTML:
            return html.listing(listing)
        case OutputFormat.PLAIN:
            return plain.listing(listing)
        case OutputFormat.JSON:
            return records.json_document(listing)
        case OutputFormat.JSONL:
            return records.jsonl(records.listing_records(listing))
        case OutputFormat.CSV:
            return records.delimited(records.listing_records(listing), ",")
        case OutputFormat.TSV:
            return records.delimited(records.listing_records(listing), "\t")
        case _:
            assert_never(fmt)


def render_analyses(rows: list[dict[str, Any]], fmt: OutputFormat, terminal: Terminal) -> str:
    """`webcare analyze` output: one record per text, in input order."""
    from webcare.render import html, markdown, plain, records, table

    match fmt:
        case OutputFormat.TABLE:
            return table.analyses(rows, terminal)
        case OutputFormat.MARKDOWN:
            return markdown.analyses(rows)
        case OutputFormat.HTML:
            return html.analyses(rows)
        case OutputFormat.PLAIN:
            return plain.analyses(rows)
        case OutputFormat.JSON:
            return records.dumps({"results": rows}, indent=2) + "\n"
        case OutputFormat.JSONL:
            return records.jsonl(rows)
        case OutputFormat.CSV:
            return records.delimited(rows, ",")
        case OutputFormat.TSV:
            return records.delimited(rows, "\t")
        case _:
            assert_never(fmt)
