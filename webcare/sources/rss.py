"""`rss`: RSS 0.9x/1.0/2.0 and Atom feeds, read with feedparser (imported on first use).

Entry HTML is reduced to text; an entry without a date gets the time it was first seen,
and is marked as such (`created_at_estimated`). A feed that is not well-formed but still
yields entries is used, with a warning; one that yields nothing is an error.
"""

from __future__ import annotations

import email.utils
from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from webcare.model import Mention, Problem
from webcare.sources.base import (
    ParseContext,
    RecordError,
    SourceKind,
    build_mention,
    entry_html,
    entry_time,
    parse_feed,
    read_time,
)

_TIMES = ("published_parsed", "updated_parsed", "created_parsed")


class RssKind(SourceKind):
    name = "rss"
    description = "RSS or Atom feed (news, blogs, forums, alert feeds); HTML reduced to text"
    default_channel = "web"

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Problem]:
        feed = parse_feed(
            raw,
            ctx,
            unreadable="not a readable RSS/Atom feed",
            not_a_feed="not an RSS or Atom feed (an empty response or an HTML page?)",
        )
        yield from feed.warnings()
        usable = 0
        for number, entry in enumerate(feed.entries, start=1):
            try:
                mention, warnings = build_mention(
                    ctx,
                    title=entry.get("title"),
                    text=entry_html(entry),
                    created_at=_time(entry, ctx),
                    native_id=entry.get("id") or entry.get("link"),
                    url=entry.get("link"),
                    author=_author(entry),
                    html=True,
                )
            except RecordError as exc:
                yield Problem(f"entry {number}: {exc}; skipped")
                continue
            for warning in warnings:
                yield Problem(f"entry {number}: {warning}")
            usable += 1
            yield mention
        feed.check_read(usable)


def _time(entry: Mapping[str, Any], ctx: ParseContext) -> datetime | None:
    """The entry's time. feedparser reads a time without a zone (`2026-12-07 09:51:00`,
    `Mon, 07 Dec 2026 09:51:00`) as UTC, or not at all; webcare reads it in the brand's
    zone, as it reads every export's, so a Dutch forum's 09:51 is 09:51 in Amsterdam."""
    for key in _TIMES:
        written = entry.get(key.removesuffix("_parsed"))
        if isinstance(written, str) and written.strip():
            try:
                local = read_time(written, ctx.timezone)
                zoned = local == read_time(written, UTC)  # the same either way: it has a zone
            except ValueError:
                local, zoned = None, True  # a form only feedparser reads
            if local is not None and (not zoned or not entry.get(key)):
                return local
        found = entry_time(entry, (key,))  # feedparser's reading: a time with a zone
        if found is not None:
            return found
    return None


def _author(entry: Mapping[str, Any]) -> str | None:
    # RSS <author> is "email (Name)": show the name (feedparser's own split mangles it).
    raw: str | None = entry.get("author")
    if not raw:
        return None
    if "<" not in raw and "(" not in raw and ":" not in raw:
        return raw  # no name beside an address (a plain name, or an address alone): as is
    name, address = email.utils.parseaddr(raw)
    return name if name and address else raw


KIND = RssKind()
