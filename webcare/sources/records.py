"""Flat and nested records (JSON lines, CSV rows) -> Mentions, through the `fields` mapping.

By default a record uses webcare's own field names; `fields = {text = "full_text",
author = "user.screen_name"}` maps others, where a dotted path reaches into nested objects.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from webcare.model import Mention, Problem
from webcare.sources.base import ParseContext, RecordError, build_mention

_MISSING = object()


def lookup(record: Mapping[str, Any], path: str) -> Any:
    """The value at `path`: an exact key first (CSV columns may contain dots), then dotted."""
    if path in record:
        return record[path]
    value: Any = record
    for part in path.split("."):
        if isinstance(value, Mapping) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return _MISSING
    return value


def record_to_mention(
    record: Mapping[str, Any], ctx: ParseContext, line: int
) -> Iterator[Mention | Problem]:
    fields = ctx.spec.fields

    def field(name: str) -> Any:
        value = lookup(record, fields.get(name, name))
        return None if value is _MISSING else value

    text_path = fields.get("text", "text")
    if lookup(record, text_path) is _MISSING:
        yield Problem(f"no {text_path!r} field; skipped (map it with fields.text)", line)
        return
    # A JSON object or array where words are wanted (`fields.author = "user"` for
    # "user.name", WordPress's `title: {"rendered": …}`) would be stored as Python's repr
    # of it: never the text (the row is skipped), a title or a name (left out).
    if isinstance(field("text"), dict | list):
        yield Problem(f"{_nested(fields, 'text', field('text'))}; skipped", line)
        return
    words: dict[str, Any] = {}
    for name, without in (("title", "a title"), ("author", "an author")):
        words[name] = field(name)
        if isinstance(words[name], dict | list):
            nested = _nested(fields, name, words[name])
            yield Problem(f"{nested}; kept the mention without {without}", line)
            words[name] = None
    try:
        mention, warnings = build_mention(
            ctx,
            text=as_str(field("text")),
            title=as_str(words["title"]),
            created_at=field("created_at"),
            native_id=field("id"),
            url=field("url"),
            author=words["author"],
            author_reach=field("author_reach"),
            rating=field("rating"),
            in_reply_to=field("in_reply_to"),
            channel=field("channel"),
        )
    except RecordError as exc:
        yield Problem(f"{exc}; skipped", line)
        return
    for warning in warnings:
        yield Problem(warning, line)
    yield mention


def as_str(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def _nested(fields: Mapping[str, str], name: str, value: object) -> str:
    """Why a field that holds a JSON object or array is not used, and how to map it."""
    path = fields.get(name, name)
    shape = "an object" if isinstance(value, dict) else "an array"
    return f"{path!r} is {shape}, not text (map fields.{name} to the text inside it)"
