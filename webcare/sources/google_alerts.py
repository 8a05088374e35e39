"""`google-alerts`: a Google Alerts Atom feed (https://www.google.com/alerts/feeds/<user>/<alert>).

Every entry is already about the brand (the alert's query), so no keyword filter applies.
Google wraps each link in a redirect (`https://www.google.com/url?...&url=<REAL>&...`): the
mention keeps the real address, and its site (the domain, without `www.`) stands in for
the author, which the feed always leaves empty. Titles and snippets are escaped HTML with
the matched term in `<b>`, and escaped twice in places (`&amp;nbsp;`, `&amp;#39;`): both
are reduced to plain text. The feed holds only the latest ~20 results and does not page.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qs, urlsplit

from webcare.errors import SourceError
from webcare.model import Mention, Problem
from webcare.sources.base import ParseContext, RecordError, SourceKind, build_mention


class GoogleAlertsKind(SourceKind):
    name = "google-alerts"
    description = (
        "Google Alerts Atom feed: real article URLs behind Google's redirects, site as author"
    )
    default_channel = "web"
    brand_specific = True

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Problem]:
        import feedparser

        # A stream, never the bytes: feedparser opens bytes that name an existing file.
        feed = feedparser.parse(io.BytesIO(raw), sanitize_html=False, resolve_relative_uris=False)
        if feed.bozo and not feed.entries:
            reason = getattr(feed, "bozo_exception", None) or "no entries"
            raise SourceError(ctx.spec.name, f"not a readable Google Alerts feed: {reason}")
        if not feed.entries and not feed.get("version"):
            raise SourceError(
                ctx.spec.name,
                "not a Google Alerts Atom feed (an empty response or an HTML page?); "
                "use the alert's RSS link, https://www.google.com/alerts/feeds/...",
            )
        if feed.bozo:
            yield Problem(
                f"feed is not well-formed ({feed.bozo_exception}); read what could be read"
            )
        usable = 0
        for number, entry in enumerate(feed.entries, start=1):
            link = real_url(entry.get("link") or "")
            try:
                mention, warnings = build_mention(
                    ctx,
                    title=entry.get("title"),
                    text=_snippet(entry),
                    # The raw text, not feedparser's parsed form: a date it cannot read
                    # becomes a reported record, not a silently estimated one.
                    created_at=entry.get("published") or entry.get("updated"),
                    native_id=entry.get("id") or link,
                    url=link,
                    author=site_of(link),
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
            raise SourceError(
                ctx.spec.name, f"not a readable Google Alerts feed: {feed.bozo_exception}"
            )


def real_url(link: str) -> str | None:
    """The article behind a Google redirect (`google.*/url?...&url=<REAL>`), else the link."""
    link = link.strip()
    if not link:
        return None
    parts = urlsplit(link)
    host = (parts.hostname or "").lower()
    is_google = host.startswith(("google.", "www.google."))
    if is_google and parts.path == "/url":
        query = parse_qs(parts.query)
        for key in ("url", "q"):  # `q` in the older redirect form
            target = (query.get(key) or [""])[0].strip()
            if target.lower().startswith(("http://", "https://")):
                return target
    return link


def site_of(link: str | None) -> str | None:
    """The domain a result was published on, `www.` dropped; None for Google's own links."""
    if not link or not link.lower().startswith(("http://", "https://")):
        return None
    host = (urlsplit(link).hostname or "").lower()
    if not host or host.startswith(("google.", "www.google.")):
        return None  # a redirect left unwrapped names Google, not the site
    return host.removeprefix("www.")


def _snippet(entry: Any) -> str:
    for content in entry.get("content") or ():
        if content.get("value"):
            return str(content["value"])
    return str(entry.get("summary") or "")


KIND = GoogleAlertsKind()
