"""The fixed choices the command line offers, as enums the library uses too. Imported at
start-up, so this module imports nothing but `enum`: `webcare --help` stays instant."""

from __future__ import annotations

from enum import StrEnum


class OutputFormat(StrEnum):
    TABLE = "table"
    PLAIN = "plain"
    JSON = "json"
    JSONL = "jsonl"
    CSV = "csv"
    TSV = "tsv"
    MARKDOWN = "markdown"
    HTML = "html"


class SentimentLabel(StrEnum):
    NEG = "neg"
    NEU = "neu"
    POS = "pos"


class StatusFilter(StrEnum):
    """What `mentions --status` selects: an SLA status, or a state of the reply."""

    OK = "ok"
    AT_RISK = "at_risk"
    BREACHED = "breached"
    RESPONDED = "responded"
    HISTORY = "history"
    """Stored as history by a source's first poll, unanswered."""
    OPEN = "open"
    """Awaiting a reply."""
    NO_REPLY = "no_reply"
    """Owed no reply, and not responded."""
    TO_THANK = "to_thank"
    """Praise not answered yet."""


class FailOn(StrEnum):
    """What makes `report --fail-on` exit 1."""

    BREACHED = "breached"
    AT_RISK = "at-risk"
    """At risk or worse."""
