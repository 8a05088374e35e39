"""`rss`: RSS 0.9x/1.0/2.0 and Atom feeds, read with feedparser (imported on first use).

Entry HTML is reduced to text; an entry without a date gets the time it was first seen,
and is marked as such (`created_at_estimated`). A feed that is not well-formed but still
yields entries is used, with a warning; one that yields nothing is an error.
"""

from __future__ import annotations

import calendar
import email.utils
import io
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from webcare.errors import SourceError
from webcare.model import Mention, Problem
from webcare.sources.base import ParseContext, RecordError, SourceKind, build_mention


class RssKind(SourceKind):
    name = "rss"
    description = "RSS or Atom feed (news, blogs, forums, alert feeds); HTML reduced to text"
    default_channel = "web"

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Problem]:
        import feedparser

        # A stream, never the bytes: feedparser opens bytes that name an existing file as
        # that file, so a response body "/home/me/notes.xml" would read a local file.
        feed = feedparser.parse(io.BytesIO(raw), sanitize_html=False, resolve_relative_uris=False)
        if feed.bozo and not feed.entries:
            reason = getattr(feed, "bozo_exception", None) or "no entries"
            raise SourceError(ctx.spec.name, f"not a readable RSS/Atom feed: {reason}")
        if not feed.entries and not feed.get("version"):
            # An empty body or an HTML page (a portal, a moved site) parses without error but
            # is no feed: saying so keeps a dead URL from passing as a quiet feed forever.
            raise SourceError(
                ctx.spec.name, "not an RSS or Atom feed (an empty response or an HTML page?)"
            )
        if feed.bozo:
            yield Problem(
                f"feed is not well-formed ({feed.bozo_exception}); read what could be read"
            )
        usable = 0
        for number, entry in enumerate(feed.entries, start=1):
            try:
                mention, warnings = build_mention(
                    ctx,
                    title=entry.get("title"),
                    text=_body(entry),
                    created_at=_entry_time(entry),
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
        if feed.bozo and not usable:
            # A truncated download leaves entry shells without text: nothing was read after all.
            raise SourceError(ctx.spec.name, f"not a readable RSS/Atom feed: {feed.bozo_exception}")


def _author(entry: Any) -> str | None:
    # RSS <author> is "email (Name)": show the name (feedparser's own split mangles it).
    raw = entry.get("author")
    if not raw:
        return None
    name, address = email.utils.parseaddr(raw)
    return name if name and address else raw


def _body(entry: Any) -> str:
    for content in entry.get("content") or ():
        if content.get("value"):
            return str(content["value"])
    return str(entry.get("summary") or "")


def _entry_time(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC)
    return None


KIND = RssKind()
