"""`google-alerts`: a Google Alerts Atom feed (https://www.google.com/alerts/feeds/<user>/<alert>).

Every entry is already about the brand (the alert's query), so no keyword filter applies.
Google wraps each link in a redirect (`https://www.google.com/url?...&url=<REAL>&...`): the
mention keeps the real address, and its site (the domain, without `www.`) stands in for
the author, which the feed always leaves empty. Titles and snippets are escaped HTML with
the matched term in `<b>`, and escaped twice in places (`&amp;nbsp;`, `&amp;#39;`): both
are reduced to plain text. The feed holds only the latest ~20 results and does not page.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import parse_qs

from webcare.model import Mention, Problem
from webcare.sources.base import (
    ParseContext,
    RecordError,
    SourceKind,
    build_mention,
    entry_html,
    parse_feed,
    url_parts,
)


class GoogleAlertsKind(SourceKind):
    name = "google-alerts"
    description = (
        "Google Alerts Atom feed: real article URLs behind Google's redirects, site as author"
    )
    default_channel = "web"
    brand_specific = True

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Problem]:
        feed = parse_feed(
            raw,
            ctx,
            unreadable="not a readable Google Alerts feed",
            not_a_feed="not a Google Alerts Atom feed (an empty response or an HTML page?); "
            "use the alert's RSS link, https://www.google.com/alerts/feeds/...",
        )
        yield from feed.warnings()
        usable = 0
        for number, entry in enumerate(feed.entries, start=1):
            link = real_url(entry.get("link") or "")
            try:
                mention, warnings = build_mention(
                    ctx,
                    title=entry.get("title"),
                    text=entry_html(entry),
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
        feed.check_read(usable)


def real_url(link: str) -> str | None:
    """The article behind a Google redirect (`google.*/url?...&url=<REAL>`), else the link."""
    link = link.strip()
    if not link:
        return None
    parts = url_parts(link)
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
    host = (url_parts(link).hostname or "").lower()
    if not host or host.startswith(("google.", "www.google.")):
        return None  # a redirect left unwrapped names Google, not the site
    return host.removeprefix("www.")


KIND = GoogleAlertsKind()
