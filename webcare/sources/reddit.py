"""`reddit`: Reddit listings as JSON (`/search.json`, `/r/<sub>/new.json`, a thread's
`/comments/<id>.json`) or as Atom (the same pages with `.rss`).

Posts (`t3`) become title + selftext, comments (`t1`) their body with `in_reply_to` = the
parent's fullname (`t3_…`/`t1_…`), so a thread links up. Reddit's JSON escapes `<`, `>`
and `&` in every string unless asked for `raw_json=1`; that escaping is undone. The Atom
content ends in "submitted by /u/x [link] [comments]": that boilerplate is cut off.
Reddit shows no follower counts, so reach stays empty.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Mapping
from typing import Any, TypeGuard
from urllib.parse import quote

from webcare.errors import SourceError
from webcare.htmltext import html_to_text
from webcare.model import Mention, Problem
from webcare.sources.base import (
    OptionError,
    ParseContext,
    RecordError,
    SourceKind,
    build_mention,
    entry_html,
    entry_time,
    load_json,
    parse_feed,
    with_query,
)
from webcare.sources.textio import decode

_SITE = "https://www.reddit.com"
_SUBREDDIT = re.compile(r"[A-Za-z0-9][A-Za-z0-9_]{1,20}(\+[A-Za-z0-9][A-Za-z0-9_]{1,20})*")
# Reddit's placeholder for text its author or a moderator took away: no customer words left.
_GONE = frozenset(("[deleted]", "[removed]"))
# Everything from "submitted by" on is Reddit's footer (author link, [link], [comments]).
_ATOM_FOOTER = re.compile(r"(?:\s|&#32;)*submitted by(?:\s|&#32;)*<a\b.*\Z", re.DOTALL)


class RedditKind(SourceKind):
    name = "reddit"
    id_space = "reddit"
    description = "Reddit JSON listing or .rss (search, subreddit, thread): posts and comments"
    default_channel = "forum"
    options = {"subreddit": str, "query": str}

    def check_options(self, options: Mapping[str, Any]) -> None:
        if "subreddit" in options:
            name = _subreddit_name(options["subreddit"])
            if not _SUBREDDIT.fullmatch(name):
                raise OptionError(
                    "subreddit",
                    f"{options['subreddit']!r} is not a subreddit name "
                    "(letters, digits and _, e.g. 'thenetherlands' or 'r/thenetherlands')",
                )
        if "query" in options and not options["query"].strip():
            raise OptionError("query", "must not be empty")

    def default_url(self, options: Mapping[str, Any]) -> str | None:
        query = options.get("query", "").strip()
        subreddit = options.get("subreddit")
        if subreddit:
            base = f"{_SITE}/r/{_subreddit_name(subreddit)}"
            if query:
                return f"{base}/search.json?q={quote(query)}&restrict_sr=on&sort=new&limit=100"
            return f"{base}/new.json?limit=100"
        if query:
            return f"{_SITE}/search.json?q={quote(query)}&sort=new&limit=100"
        return None

    def next_page(self, raw: bytes, url: str, options: Mapping[str, Any]) -> str | None:
        text = decode(raw).lstrip()
        if not text.startswith("{"):
            return None  # Atom feeds and a thread's [post, comments] pair do not page
        import json

        try:
            document = json.loads(text)
        except json.JSONDecodeError:
            return None
        data = document.get("data") if isinstance(document, dict) else None
        after = data.get("after") if isinstance(data, dict) else None
        if not after or not isinstance(after, str):
            return None
        return with_query(url, "after", after)

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Problem]:
        if decode(raw).lstrip().startswith("<"):
            yield from _parse_atom(raw, ctx)
        else:
            yield from _parse_json(raw, ctx)


def _subreddit_name(value: str) -> str:
    name = value.strip()
    for prefix in ("/r/", "r/"):
        if name.lower().startswith(prefix):
            return name[len(prefix) :].strip("/")
    return name.strip("/")


# ---------------------------------------------------------------- JSON


def _parse_json(raw: bytes, ctx: ParseContext) -> Iterator[Mention | Problem]:
    document = load_json(raw, ctx, "Reddit JSON listing")
    # A thread (`/comments/<id>.json`) is a list of two listings: the post, then its comments.
    listings = document if isinstance(document, list) else [document]
    if not listings or not all(_is_listing(listing) for listing in listings):
        raise SourceError(
            ctx.spec.name,
            'not a Reddit JSON listing: expected {"kind": "Listing", "data": {"children": [...]}}',
        )
    counter = itertools.count(1)
    for listing in listings:
        yield from _things(listing["data"]["children"], ctx, counter)


def _is_listing(value: Any) -> TypeGuard[dict[str, Any]]:
    return (
        isinstance(value, dict)
        and value.get("kind") == "Listing"
        and isinstance(value.get("data"), dict)
        and isinstance(value["data"].get("children"), list)
    )


def _things(
    children: list[Any], ctx: ParseContext, counter: Iterator[int]
) -> Iterator[Mention | Problem]:
    for child in children:
        number = next(counter)
        kind = child.get("kind") if isinstance(child, dict) else None
        data = child.get("data") if isinstance(child, dict) else None
        if kind == "more":
            continue  # "load more comments": ids only, nothing to read
        if kind not in ("t1", "t3"):
            what = f"kind {kind!r}" if kind else "no kind"
            yield Problem(f"item {number}: not a post or comment ({what}); skipped")
            continue
        if not isinstance(data, dict):
            yield Problem(f"item {number}: {kind} without data; skipped")
            continue
        try:
            mention, warnings = _thing_mention(kind, data, ctx)
        except RecordError as exc:
            name = _unescape(str(data.get("name") or "")) or "?"
            yield Problem(f"item {number} ({name}): {exc}; skipped")
        else:
            for warning in warnings:
                yield Problem(f"item {number}: {warning}")
            yield mention
        replies = data.get("replies")
        if _is_listing(replies):  # a thread nests each comment's answers under it
            yield from _things(replies["data"]["children"], ctx, counter)


def _thing_mention(kind: str, data: dict[str, Any], ctx: ParseContext) -> tuple[Mention, list[str]]:
    if kind == "t3":
        title, body = _string(data.get("title")), _string(data.get("selftext"))
    else:
        title, body = "", _string(data.get("body"))
    if body.strip() in _GONE:
        body = ""
    permalink = _string(data.get("permalink"))
    url = _SITE + permalink if permalink.startswith("/") else permalink or None
    parent = data.get("parent_id") if kind == "t1" else None
    return build_mention(
        ctx,
        title=_unescape(title),
        text=_unescape(body),
        created_at=data.get("created_utc"),
        native_id=data.get("name") or (f"{kind}_{data['id']}" if data.get("id") else None),
        url=url,
        author=_author(_string(data.get("author"))),
        in_reply_to=parent,
    )


def _string(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _unescape(text: str) -> str:
    # The exact inverse of Reddit's legacy escaping; a full HTML unescape would also turn
    # entities the author typed (`&nbsp;` in a code block) into characters.
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def _author(name: str) -> str | None:
    name = name.strip()
    if name.startswith("/u/"):
        name = name[3:]
    return None if not name or name in _GONE else name


# ---------------------------------------------------------------- Atom


def _parse_atom(raw: bytes, ctx: ParseContext) -> Iterator[Mention | Problem]:
    feed = parse_feed(
        raw,
        ctx,
        not_a_feed="not a Reddit JSON listing or Atom feed (an HTML page or an error message?)",
    )
    yield from feed.warnings()
    for number, entry in enumerate(feed.entries, start=1):
        native = entry.get("id") or entry.get("link")
        # A comment's title is "/u/x on <post title>": the post's, not words of the comment.
        title = None if str(native or "").startswith("t1_") else entry.get("title")
        try:
            mention, warnings = build_mention(
                ctx,
                title=title,
                text=html_to_text(_ATOM_FOOTER.sub("", entry_html(entry))),
                created_at=entry_time(entry),
                native_id=native,
                url=entry.get("link"),
                author=_author(str(entry.get("author") or "")),
            )
        except RecordError as exc:
            yield Problem(f"entry {number}: {exc}; skipped")
            continue
        for warning in warnings:
            yield Problem(f"entry {number}: {warning}")
        yield mention


KIND = RedditKind()
