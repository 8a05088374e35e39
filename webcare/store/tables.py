"""The logical schema every backend keeps: each table's columns, in order, with the kind of
value each holds. No SQL here.

SQLite stores times as ISO 8601 text and flags as 0/1; PostgreSQL as `timestamptz` and
`boolean`. `webcare db copy` moves rows between them as the Python values named here
(`time` an aware UTC datetime to the second, `bool`, `int`, `real`, `text`, `json` a list
of strings, `bytes` a blob: SQLite's BLOB, PostgreSQL's `bytea`), and a test checks that both backends' migrations produce exactly these
tables and columns: a migration added to one backend fails it until the other has it too.
"""

from __future__ import annotations

from typing import Literal

Kind = Literal["text", "int", "real", "bool", "time", "json", "bytes"]

TABLES: dict[str, tuple[tuple[str, Kind], ...]] = {
    "mentions": (
        ("id", "text"),
        ("source", "text"),
        ("channel", "text"),
        ("native_id", "text"),
        ("url", "text"),
        ("author", "text"),
        ("author_reach", "int"),
        ("text", "text"),
        ("created_at", "time"),
        ("created_at_estimated", "bool"),
        ("rating", "int"),
        ("in_reply_to", "text"),
        ("first_seen_at", "time"),
        ("language", "text"),
        ("sentiment_score", "real"),
        ("sentiment_label", "text"),
        ("sentiment_words", "json"),
        ("urgency_level", "text"),
        ("urgency_reasons", "json"),
        ("urgency_categories", "json"),
        ("topics", "json"),
        ("route", "text"),
        ("route_reason", "text"),
        ("responded_at", "time"),
        ("responded_by", "text"),
        ("responded_via", "text"),
        ("response_note", "text"),
        ("needs_reply", "bool"),
        ("needs_reply_reason", "text"),
        ("thread_id", "text"),
        ("backfilled", "bool"),
        ("url_key", "text"),
        ("text_key", "text"),
        ("reply_decided", "bool"),
        ("assignee", "text"),
        ("owed", "bool"),
        ("due_at", "time"),
        ("policy_stamp", "text"),
        ("settled", "text"),
        ("id_space", "text"),
        ("key_terms", "text"),
    ),
    "replies": (
        ("id", "text"),
        ("source", "text"),
        ("native_id", "text"),
        ("in_reply_to", "text"),
        ("author", "text"),
        ("created_at", "time"),
        ("thread_id", "text"),
        ("id_space", "text"),
    ),
    "fetch_state": (
        ("source", "text"),
        ("etag", "text"),
        ("last_modified", "text"),
        ("last_polled_at", "time"),
        ("last_ok_at", "time"),
        ("last_error", "text"),
        ("retry_at", "time"),
        ("first_polled_at", "time"),
    ),
    "actions": (
        ("seq", "int"),
        ("mention_id", "text"),
        ("action", "text"),
        ("by", "text"),
        ("at", "time"),
        ("note", "text"),
    ),
    "reported": (("mention_id", "text"), ("status", "text"), ("at", "time")),
    "also_seen": (
        ("id", "text"),
        ("mention_id", "text"),
        ("source", "text"),
        ("native_id", "text"),
        ("url", "text"),
        ("seen_at", "time"),
        ("matched_by", "text"),
        ("id_space", "text"),
    ),
    "alerted": (("mention_id", "text"), ("status", "text"), ("at", "time")),
    "alerts_sent": (("seq", "int"), ("at", "time"), ("mentions", "int")),
    "labels": (
        ("seq", "int"),
        ("mention_id", "text"),
        ("by", "text"),
        ("at", "time"),
        ("note", "text"),
        ("sentiment", "text"),
        ("urgency", "text"),
        ("category", "text"),
        ("needs_reply", "bool"),
        ("was_sentiment", "text"),
        ("was_urgency", "text"),
        ("was_categories", "json"),
        ("was_needs_reply", "bool"),
    ),
    "learned": (
        ("seq", "int"),
        ("trained_at", "time"),
        ("trained_by", "text"),
        ("labels", "int"),
        ("meta", "text"),
        ("weights", "bytes"),
        ("enabled", "bool"),
        ("disabled_at", "time"),
        ("disabled_by", "text"),
    ),
    "privacy_log": (
        ("seq", "int"),
        ("at", "time"),
        ("action", "text"),
        ("by", "text"),
        ("counts", "text"),
    ),
}
"""Every table, in an order that loads without breaking a reference (mentions first)."""

SEQUENCES: dict[str, str] = {
    "actions": "seq",
    "alerts_sent": "seq",
    "labels": "seq",
    "learned": "seq",
    "privacy_log": "seq",
}
"""Tables whose key a backend numbers itself: copied as they are, the numbering goes on
after the highest."""

KEYS: dict[str, tuple[str, ...]] = {
    "mentions": ("id",),
    "replies": ("id",),
    "fetch_state": ("source",),
    "actions": ("seq",),
    "reported": ("mention_id",),
    "also_seen": ("id",),
    "alerted": ("mention_id", "status"),
    "alerts_sent": ("seq",),
    "labels": ("seq",),
    "learned": ("seq",),
    "privacy_log": ("seq",),
}
"""Each table's primary key: rows are copied (and compared) in this order."""


def columns(table: str) -> tuple[str, ...]:
    return tuple(name for name, _ in TABLES[table])


LEGACY_PROVISIONAL = """
    UPDATE {table} SET thread_id = 'source:' || source || ':' || thread_id
    WHERE id_space IS NULL
      AND thread_id IN (SELECT in_reply_to FROM mentions WHERE id_space IS NULL
                        UNION SELECT in_reply_to FROM replies WHERE id_space IS NULL)
      AND thread_id NOT IN (SELECT native_id FROM mentions WHERE native_id IS NOT NULL)
      AND thread_id NOT IN (SELECT id FROM mentions)
      AND thread_id NOT IN (SELECT native_id FROM replies WHERE native_id IS NOT NULL)"""
"""Rows of a provisional conversation from before id spaces, renamed into their source's
own space (migration 18; PostgreSQL's version 18 runs it too)."""
