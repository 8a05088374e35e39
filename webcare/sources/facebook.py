"""`facebook`: comments on the brand's Facebook page, from the Graph API (or a saved answer).

Reads `GET /{page-post-id}/comments` (best with `filter=stream`, which lists replies with
their `parent`) and `GET /{page-id}/feed` with comments expanded; nested `comments.data`
are flattened, parent first. A comment's thread parent is its `parent.id`, else the post or
comment it is nested under.

With `page_id` set (or found in a feed: a post the page wrote has an id that starts with
the page's), what the page wrote itself (`from.id` is the page) is no mention: an
answer to a comment or visitor post is a brand reply to it, and the page's own posts and
comments that answer no one are the page talking. Comments on those start no conversation
of their own: otherwise one answer under a busy post would mark every earlier comment on
it answered. Graph gives `from` only with a page access token; without it the page's
answers cannot be told apart (use `brand.handles` with the page's name).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote, urlencode

from webcare.errors import SourceError
from webcare.model import Mention, Problem, Reply
from webcare.sources.base import (
    OptionError,
    ParseContext,
    RecordError,
    SourceKind,
    as_text,
    bearer_header,
    build_mention,
    check_secret,
    load_json,
    read_time,
)
from webcare.sources.textio import decode

_COMMENT_FIELDS = "id,from,message,created_time,parent{id},permalink_url"
_FEED_FIELDS = f"id,from,message,created_time,permalink_url,comments.filter(stream).limit(100){{{_COMMENT_FIELDS}}}"


class FacebookKind(SourceKind):
    name = "facebook"
    id_space = "facebook"
    description = (
        "Facebook page comments and visitor posts (Graph API); the page's own answers "
        "are brand replies"
    )
    default_channel = "social"
    brand_specific = True
    options = {"page_id": str, "token": str}

    def check_options(self, options: Mapping[str, Any]) -> None:
        page_id = options.get("page_id")
        if page_id is not None and not page_id.strip().isdigit():
            raise OptionError(
                "page_id",
                f"{page_id[:40]!r} is not a page id: the number under About > Page transparency",
            )
        check_secret(options, "token", what="page access token", example="FB_PAGE_TOKEN")

    def default_url(self, options: Mapping[str, Any]) -> str | None:
        page_id = (options.get("page_id") or "").strip()
        if not page_id:
            return None
        query = urlencode({"fields": _FEED_FIELDS, "limit": "25"}, quote_via=quote, safe=",(){}.")
        return f"https://graph.facebook.com/{page_id}/feed?{query}"

    def request_headers(self, options: Mapping[str, Any]) -> dict[str, str]:
        return bearer_header(options)

    def next_page(self, raw: bytes, url: str, options: Mapping[str, Any]) -> str | None:
        document = json.loads(decode(raw))
        paging = document.get("paging") if isinstance(document, dict) else None
        link = paging.get("next") if isinstance(paging, dict) else None
        if isinstance(link, str) and link.startswith(("https://", "http://")):
            return link
        return None

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Reply | Problem]:
        document = load_json(raw, ctx, "Graph API JSON")
        items = _data(document, ctx.spec.name)
        configured = (ctx.spec.options.get("page_id") or "").strip()
        page_id = configured or _page_of_feed(items)
        talking: set[str] = set()  # the page's own posts and comments that answer no one
        nodes = list(_flatten(items, None))
        if configured and nodes and not any(_from(node) for node, _ in nodes):
            yield Problem(
                "no comment says who wrote it (`from`): the page's own answers cannot be told "
                "apart; use a page access token and ask for the `from` field"
            )
        for number, (node, container) in enumerate(nodes, start=1):
            if not isinstance(node, dict):
                yield Problem(f"item {number}: expected a JSON object; skipped")
                continue
            native_id = as_text(node.get("id"))
            label = f"comment {native_id}" if native_id else f"item {number}"
            author = _from(node)
            parent_field = node.get("parent")
            parent = as_text(parent_field.get("id")) if isinstance(parent_field, dict) else None
            parent = parent or container
            if parent in talking:
                parent = None
            if page_id and as_text(author.get("id")) == page_id:
                if parent is None:
                    if native_id:
                        talking.add(native_id)
                    continue
                try:
                    at = read_time(node.get("created_time"), ctx.timezone)
                except ValueError as exc:
                    yield Problem(f"{label}: created_time: {exc}; skipped")
                    continue
                yield Reply(
                    source=ctx.spec.name,
                    native_id=native_id,
                    in_reply_to=parent,
                    author=as_text(author.get("name")) or "page",
                    created_at=at,
                )
                continue
            try:
                mention, warnings = build_mention(
                    ctx,
                    text=node.get("message") if isinstance(node.get("message"), str) else None,
                    created_at=node.get("created_time"),
                    native_id=native_id,
                    url=node.get("permalink_url"),
                    author=author.get("name"),
                    in_reply_to=parent,
                )
            except RecordError as exc:
                yield Problem(f"{label}: {exc}; skipped")
                continue
            for warning in warnings:
                yield Problem(f"{label}: {warning}")
            yield mention


def _data(document: Any, source: str) -> list[Any]:
    if isinstance(document, dict):
        error = document.get("error")
        if isinstance(error, dict):
            code = f"(#{error['code']}) " if error.get("code") is not None else ""
            message = str(error.get("message") or error.get("type") or "no detail")[:200]
            raise SourceError(source, f"the Graph API answered with an error: {code}{message}")
        data = document.get("data")
        if isinstance(data, list):
            return data
    raise SourceError(
        source,
        "not a Graph API comments or feed response: expected an object with a `data` list",
    )


def _page_of_feed(items: list[Any]) -> str:
    """The page a feed is of: a post's id is `{page-id}_{post-id}`, and a post the page
    wrote itself has that page as `from`. Comments (`{post-id}_{comment-id}`) never match."""
    for item in items:
        native_id = as_text(item.get("id")) if isinstance(item, dict) else None
        prefix = (native_id or "").partition("_")[0]
        if prefix and as_text(_from(item).get("id")) == prefix:
            return prefix
    return ""


def _from(node: Any) -> Mapping[str, Any]:
    author = node.get("from") if isinstance(node, dict) else None
    return author if isinstance(author, dict) else {}


def _flatten(items: list[Any], container: str | None) -> Iterator[tuple[Any, str | None]]:
    """Every post and comment with the id of what it is nested under, parents first."""
    for item in items:
        yield item, container
        if not isinstance(item, dict):
            continue
        nested = item.get("comments")
        if isinstance(nested, dict) and isinstance(nested.get("data"), list):
            yield from _flatten(nested["data"], as_text(item.get("id")))


KIND = FacebookKind()
