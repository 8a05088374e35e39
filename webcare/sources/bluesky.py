"""`bluesky`: Bluesky post views: `app.bsky.feed.searchPosts` (`{cursor, hitsTotal, posts}`),
`getPosts` (`{posts}`), an author feed or timeline (`{feed: [{post, reply?, reason?}]}`) or a
bare array of either.

The post's own text is `record.text`; links in it are shortened for display ("site.nl/pa..."),
the full address is in the link facets and is put back. `record.createdAt` is the
client's clock, in any ISO form (seen with 7 and 8 fraction digits); `indexedAt` stands
in when it is missing or unreadable. Post views carry no follower counts: no reach.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote

from webcare.errors import SourceError
from webcare.model import Mention, Problem
from webcare.sources.base import (
    OptionError,
    ParseContext,
    RecordError,
    SourceKind,
    as_list,
    as_object,
    bearer_header,
    build_mention,
    check_secret,
    load_json,
    read_time,
    with_query,
)
from webcare.sources.textio import decode
from webcare.textutil import quoted

_POST_URI = re.compile(r"at://([^/]+)/app\.bsky\.feed\.post/([A-Za-z0-9._~:-]+)")
_SEARCH = "/xrpc/app.bsky.feed.searchPosts"


class BlueskyKind(SourceKind):
    name = "bluesky"
    id_space = "bluesky"
    description = "Bluesky post views (searchPosts, getPosts, author feed): posts and replies"
    default_channel = "social"
    options = {"query": str, "access_token": str}

    def check_options(self, options: Mapping[str, Any]) -> None:
        if "query" in options and not options["query"].strip():
            raise OptionError("query", "must not be empty")
        check_secret(options, "access_token", what="token", example="BLUESKY_TOKEN")

    def default_url(self, options: Mapping[str, Any]) -> str | None:
        query = options.get("query", "").strip()
        if not query:
            return None
        # The public AppView answers without login where it allows search; a session token
        # belongs to the account's PDS (bsky.social), which passes the call on.
        host = (
            "https://bsky.social" if options.get("access_token") else "https://public.api.bsky.app"
        )
        return f"{host}{_SEARCH}?q={quote(query)}&sort=latest&limit=100"

    def request_headers(self, options: Mapping[str, Any]) -> dict[str, str]:
        return bearer_header(options, "access_token")

    def next_page(self, raw: bytes, url: str, options: Mapping[str, Any]) -> str | None:
        try:
            document = json.loads(decode(raw))
        except json.JSONDecodeError:
            return None
        cursor = document.get("cursor") if isinstance(document, dict) else None
        if not cursor or not isinstance(cursor, str):
            return None
        items = document.get("posts", document.get("feed"))
        if isinstance(items, list) and not items:
            return None  # search hands out a cursor even past the last hit
        return with_query(url, "cursor", cursor)

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Problem]:
        document = load_json(raw, ctx, "Bluesky posts JSON")
        items = _items(document)
        if items is None:
            raise SourceError(
                ctx.spec.name,
                "not Bluesky posts JSON: expected searchPosts' "
                '{"posts": [...]}, a feed {"feed": [...]} or an array of post views',
            )
        seen: set[str] = set()
        for number, item in enumerate(items, start=1):
            post = item.get("post") if isinstance(item, dict) else None
            if isinstance(post, dict):  # a feed item: {post, reply?, reason?}
                item = post
            if not isinstance(item, dict) or not isinstance(item.get("record"), dict):
                yield Problem(f"item {number}: {_not_a_post(item)}; skipped")
                continue
            uri = item.get("uri")
            if isinstance(uri, str) and uri in seen:
                continue  # reposted and also posted on this page: one mention
            try:
                mention, warnings = _mention(item, ctx)
            except RecordError as exc:
                yield Problem(f"item {number} ({uri or '?'}): {exc}; skipped")
                continue
            if isinstance(uri, str):
                seen.add(uri)
            for warning in warnings:
                yield Problem(f"item {number}: {warning}")
            yield mention


def _items(document: Any) -> list[Any] | None:
    if isinstance(document, list):
        return document
    if isinstance(document, dict):
        for key in ("posts", "feed"):
            items = document.get(key)
            if isinstance(items, list):
                return items
    return None


def _not_a_post(item: Any) -> str:
    if not isinstance(item, dict):
        return f"not a post view ({type(item).__name__})"
    if item.get("notFound"):
        return "post not found (deleted)"
    if item.get("blocked"):
        return "post blocked"
    return "not a post view (no record)"


def _mention(post: dict[str, Any], ctx: ParseContext) -> tuple[Mention, list[str]]:
    record = post["record"]
    author = as_object(post.get("author"))
    handle = author.get("handle") if isinstance(author.get("handle"), str) else None
    # A handle that no longer verifies shows as "handle.invalid"; the DID still names the
    # account (and is what its profile URL resolves).
    if handle in (None, "", "handle.invalid") and isinstance(author.get("did"), str):
        handle = author["did"]
    warnings: list[str] = []
    created = _created_at(record, post, ctx, warnings)
    text = record.get("text")
    mention, more = build_mention(
        ctx,
        text=_expand_links(text, record.get("facets")) if isinstance(text, str) else None,
        created_at=created,
        native_id=post.get("uri"),
        url=_web_url(post.get("uri"), handle),
        author=handle,
        in_reply_to=_lookup(record, "reply", "parent", "uri"),
    )
    return mention, warnings + more


def _created_at(
    record: dict[str, Any], post: dict[str, Any], ctx: ParseContext, warnings: list[str]
) -> Any:
    written, indexed = record.get("createdAt"), post.get("indexedAt")
    if written in (None, ""):
        return indexed
    try:
        return read_time(written, ctx.timezone)
    except ValueError:
        if indexed in (None, ""):
            return written  # build_mention reports it and skips the post
        warnings.append(f"createdAt {quoted(written)} is not a time; used indexedAt")
        return indexed


def _lookup(value: Any, *path: str) -> Any:
    for key in path:
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    return value


def _web_url(uri: Any, handle: str | None) -> str | None:
    match = _POST_URI.fullmatch(uri) if isinstance(uri, str) else None
    if not match:
        return None
    return f"https://bsky.app/profile/{handle or match.group(1)}/post/{match.group(2)}"


def _expand_links(text: str, facets: Any) -> str:
    """The text with each shortened link ("site.nl/pa...") replaced by its full address.

    Facets index UTF-8 bytes. A range that does not fall on character boundaries, overlaps
    another, or covers words that are not the start of the link (custom link text) is
    left as written."""
    if not isinstance(facets, list):
        return text
    # Lone surrogates ("\ud800" in the JSON) pass through as they came, for build_mention
    # to repair and report.
    data = text.encode("utf-8", "surrogatepass")
    links: list[tuple[int, int, str]] = []
    for facet in facets:
        start, end = _lookup(facet, "index", "byteStart"), _lookup(facet, "index", "byteEnd")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end:
            continue
        for feature in as_list(_lookup(facet, "features")):
            uri = feature.get("uri") if isinstance(feature, dict) else None
            if (
                isinstance(feature, dict)
                and str(feature.get("$type", "")).endswith("#link")
                and isinstance(uri, str)
                and uri.lower().startswith(("http://", "https://"))
            ):
                links.append((start, end, uri))
    pieces: list[bytes] = []
    position = 0
    for start, end, uri in sorted(links):
        if start < position or end > len(data) or not _boundary(data, start, end):
            continue
        shown = data[start:end].decode("utf-8", "surrogatepass").rstrip(".…")
        bare = re.sub(r"^https?://", "", uri, flags=re.IGNORECASE)
        if not shown or not (bare.startswith(shown) or uri.startswith(shown)):
            continue
        pieces += [data[position:start], uri.encode("utf-8", "surrogatepass")]
        position = end
    if not pieces:
        return text
    return b"".join([*pieces, data[position:]]).decode("utf-8", "surrogatepass")


def _boundary(data: bytes, start: int, end: int) -> bool:
    # A UTF-8 continuation byte (10xxxxxx) never starts a character.
    return all(i >= len(data) or data[i] & 0xC0 != 0x80 for i in (start, end))


KIND = BlueskyKind()
