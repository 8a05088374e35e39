"""`x-api`: X (Twitter) API v2 recent search, or a saved response of it.

`data[]` are the tweets; the author's username and follower count come from
`includes.users` (joined on `author_id`). A retweet's `text` is cut at 140 characters:
the whole text is the retweeted tweet's in `includes.tweets`; a long post's whole text is
its `note_tweet.text`. Texts keep X's HTML escapes (`&amp;`), which are undone. A reply
names its parent in `referenced_tweets` (`replied_to`); the brand's own replies are
recognised by the pipeline through `brand.handles`.

`errors[]` next to `data` are partial errors about expanded objects (a deleted retweeted
tweet, a suspended user): the tweets themselves are whole, so they are not reported. A
response with `errors` and no `data` or `meta` is a failed request.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

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
    with_query,
)
from webcare.sources.textio import decode

_RT_PREFIX = re.compile(r"RT @(\w{1,15}): ")
_USERNAME = re.compile(r"\w{1,15}")
_SEARCH_URL = "https://api.x.com/2/tweets/search/recent"
_FIELDS = {
    "max_results": "100",
    "tweet.fields": "created_at,author_id,referenced_tweets,conversation_id,note_tweet",
    "expansions": "author_id,referenced_tweets.id",
    "user.fields": "username,public_metrics",
}


class XApiKind(SourceKind):
    name = "x-api"
    id_space = "x"
    description = (
        "X (Twitter) API v2 recent search: tweets with author, followers, thread and "
        "whole retweet text"
    )
    default_channel = "social"
    options = {"query": str, "token": str}

    def check_options(self, options: Mapping[str, Any]) -> None:
        query = options.get("query")
        if query is not None and not query.strip():
            raise OptionError("query", 'give the search query, e.g. "bolderkar OR @BolderkarNL"')
        check_secret(options, "token", what="bearer token", example="X_BEARER_TOKEN")

    def default_url(self, options: Mapping[str, Any]) -> str | None:
        query = options.get("query")
        if not query:
            return None
        return f"{_SEARCH_URL}?{urlencode({'query': query, **_FIELDS}, quote_via=quote)}"

    def request_headers(self, options: Mapping[str, Any]) -> dict[str, str]:
        return bearer_header(options)

    def next_page(self, raw: bytes, url: str, options: Mapping[str, Any]) -> str | None:
        document = json.loads(decode(raw))
        meta = document.get("meta") if isinstance(document, dict) else None
        token = meta.get("next_token") if isinstance(meta, dict) else None
        if not isinstance(token, str) or not token:
            return None
        # Search pages with `next_token`; timelines and other lists with `pagination_token`.
        param = "next_token" if "/search/" in urlsplit(url).path else "pagination_token"
        return with_query(url, param, token, quote_via=quote)

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Problem]:
        document = load_json(raw, ctx, "X API v2 JSON")
        tweets = _tweets(document, ctx.spec.name)
        includes = as_object(document.get("includes"))
        users = _by_id(includes.get("users"))
        expanded = _by_id(includes.get("tweets"))
        for number, tweet in enumerate(tweets, start=1):
            if not isinstance(tweet, dict):
                yield Problem(f"tweet {number}: expected a JSON object; skipped")
                continue
            native_id = tweet.get("id")
            label = f"tweet {native_id}" if native_id else f"tweet {number}"
            user = users.get(str(tweet.get("author_id")), {})
            username = user.get("username") if isinstance(user.get("username"), str) else None
            metrics = user.get("public_metrics")
            try:
                mention, warnings = build_mention(
                    ctx,
                    text=html.unescape(_full_text(tweet, expanded, users)),
                    created_at=tweet.get("created_at"),
                    native_id=native_id,
                    url=_url(username, native_id),
                    author=username,
                    author_reach=metrics.get("followers_count")
                    if isinstance(metrics, dict)
                    else None,
                    in_reply_to=_referenced(tweet, "replied_to"),
                )
            except RecordError as exc:
                yield Problem(f"{label}: {exc}; skipped")
                continue
            for warning in warnings:
                yield Problem(f"{label}: {warning}")
            yield mention


def _tweets(document: Any, source: str) -> list[Any]:
    if not isinstance(document, dict):
        raise SourceError(source, "not an X API v2 response: expected a JSON object")
    data = document.get("data")
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        return [data]  # a single-tweet lookup
    if "meta" in document:
        return []  # a search that found nothing: no `data`, `result_count` 0
    errors = document.get("errors")
    if "title" in document or isinstance(errors, list):
        first = errors[0] if isinstance(errors, list) and errors else document
        what = first if isinstance(first, dict) else document
        reason = "; ".join(
            str(what[key])[:200] for key in ("title", "detail", "message") if what.get(key)
        )
        raise SourceError(source, f"the X API answered with an error: {reason or 'no detail'}")
    keys = ", ".join(list(document)[:10]) or "none"
    raise SourceError(
        source, f"not an X API v2 response: no `data` or `meta` (top-level keys: {keys})"
    )


def _by_id(items: Any) -> dict[str, dict[str, Any]]:
    if not isinstance(items, list):
        return {}
    return {str(item["id"]): item for item in items if isinstance(item, dict) and "id" in item}


def _text_of(tweet: Mapping[str, Any]) -> str:
    note = as_object(tweet.get("note_tweet")).get("text")
    if isinstance(note, str) and note:
        return note  # a long post: `text` holds its first 280 characters
    text = tweet.get("text")
    return text if isinstance(text, str) else ""


def _full_text(
    tweet: Mapping[str, Any], expanded: Mapping[str, Any], users: Mapping[str, Any]
) -> str:
    text = _text_of(tweet)
    original = expanded.get(_referenced(tweet, "retweeted") or "")
    if not original:
        return text  # not a retweet, or the retweeted tweet is gone: keep the cut text
    prefix = _RT_PREFIX.match(text)
    if prefix:
        return prefix.group(0) + _text_of(original)
    username = users.get(str(original.get("author_id")), {}).get("username")
    return (f"RT @{username}: " if username else "") + _text_of(original)


def _referenced(tweet: Mapping[str, Any], kind: str) -> str | None:
    for ref in as_list(tweet.get("referenced_tweets")):
        if isinstance(ref, dict) and ref.get("type") == kind and ref.get("id"):
            return str(ref["id"])
    return None


def _url(username: str | None, native_id: Any) -> str | None:
    if not isinstance(native_id, str) or not native_id.isdigit():
        return None
    if username and _USERNAME.fullmatch(username):
        return f"https://x.com/{username}/status/{native_id}"
    return f"https://x.com/i/web/status/{native_id}"  # X resolves the author itself


KIND = XApiKind()
