"""The last line of defence between strangers' text and webcare: what any kind yields is
made inert on the way out. Pure.

`SourceKind` wraps every subclass's `parse` in `inert_parse`: a Mention, Reply or Problem
that still holds a lone surrogate, a control, bidi, zero-width or tag character (a plugin
kind that built one by hand, a field a kind forgot) is cleaned as `build_mention` cleans,
and a SourceError's reason is scrubbed. Kinds still clean (and report) what they read; this
only guarantees that nothing they missed reaches the store or a screen.

A brand reply is also never dated after it was first seen (`not_after_seen`, as
`build_mention` dates a mention), whichever reader built it: a reply ahead of the fetch (a
local time sent as UTC, a wrong year) would answer the customer's follow-ups written after
the fetch, before the reply's own time, and put off the answer it is until that time.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable, Iterator
from datetime import datetime, tzinfo
from typing import Any, TypeVar, cast

from webcare.errors import SourceError
from webcare.model import Mention, Problem, Reply
from webcare.sources.reading import ParseContext, not_after_seen
from webcare.textutil import clean_text, clean_url, one_line, scrub

_BREAKS = re.compile(r"[\t\n\r]")
_Parse = TypeVar("_Parse", bound=Callable[..., Iterator[Mention | Reply | Problem]])


def inert_parse(parse: _Parse) -> _Parse:
    """`parse` (a kind's method) with each item it yields passed through `inert`, and each
    brand reply dated no later than the fetch (`ParseContext.seen_at`, the last argument of
    every parse method)."""

    @functools.wraps(parse)
    def guarded(self: Any, *args: Any) -> Iterator[Mention | Reply | Problem]:
        ctx = args[-1] if args and isinstance(args[-1], ParseContext) else None
        try:
            for item in parse(self, *args):
                if isinstance(item, Reply) and ctx is not None:
                    item, ahead = reply_not_after_seen(item, ctx.seen_at, ctx.timezone)
                    if ahead:
                        yield Problem(ahead)
                yield inert(item)
        except SourceError as exc:
            exc.reason = scrub(exc.reason)
            exc.args = (f"source {exc.source!r}: {exc.reason}",)
            raise

    return cast(_Parse, guarded)


def reply_not_after_seen(
    reply: Reply, seen_at: datetime, tz: tzinfo
) -> tuple[Reply, str | None]:
    """`reply` dated no later than `seen_at` (`not_after_seen`), with the warning that says
    so when it was more than a server's clock skew ahead."""
    written, ahead = not_after_seen(reply.created_at, seen_at, tz)
    if written == reply.created_at:
        return reply, None
    fixed = dataclasses.replace(reply, created_at=written)
    if ahead is None:
        return fixed, None
    who = f"brand reply {reply.native_id}" if reply.native_id else "brand reply"
    return fixed, scrub(f"{who} to {reply.in_reply_to}: {ahead}")


def inert(item: Mention | Reply | Problem) -> Mention | Reply | Problem:
    """`item` with every field a stranger wrote cleaned as `build_mention` cleans it (the
    same object when it already is): the last line of defence, not the way to clean."""
    if isinstance(item, Problem):
        message = scrub(item.message)
        return item if message == item.message else dataclasses.replace(item, message=message)
    if isinstance(item, Reply):
        fixed = dataclasses.replace(
            item,
            native_id=clean_id(item.native_id),
            in_reply_to=clean_id(item.in_reply_to) or "?",
            author=one_line(item.author) or "?",
        )
        return item if fixed == item else fixed
    url = clean_url(item.url) if item.url else None
    text = clean_text(item.text) or "\ufffd"
    author = one_line(item.author) or None if item.author else item.author
    link = url if url and url.lower().startswith(("http://", "https://")) else None
    native_id, in_reply_to = clean_id(item.native_id), clean_id(item.in_reply_to)
    if (text, author, link, native_id, in_reply_to) == (
        item.text,
        item.author,
        item.url,
        item.native_id,
        item.in_reply_to,
    ):
        return item
    return dataclasses.replace(
        item, text=text, author=author, url=link, native_id=native_id, in_reply_to=in_reply_to
    )


def clean_id(value: str | None) -> str | None:
    """An id as the store keys it: hostile characters out and on one line; a good id (no
    control or invisible character in it) stays exactly as it was."""
    if value is None:
        return None
    return _BREAKS.sub(" ", scrub(value)).strip() or None
