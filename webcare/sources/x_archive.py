"""`x-archive`: the brand's own X (Twitter) account archive, `data/tweets.js`, for its replies.

The archive holds the account owner's tweets only, so when the brand exports its archive
each of its replies (`in_reply_to_status_id_str`) is a brand reply to the tweet it names:
the mention with that id (from any source) becomes responded at the reply's time. Tweets
that answer nothing (announcements, retweets, `@name` tweets that reply to no tweet) are
the brand talking and are skipped, as are replies to the brand's own tweets (threads):
those answer no customer, and counting one would mark customers' replies under a brand
announcement as answered by the announcement's next part.

The file is `window.YTD.tweets.part0 = [{"tweet": {...}}, ...]` (older archives: bare
tweet objects); everything up to the first `=` is dropped. `deleted-tweets.js` has the
same shape. Replies carry no text, so the tweets' text and `t.co` links are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any

from webcare.errors import SourceError
from webcare.model import Problem, Reply
from webcare.sources.base import (
    OptionError,
    ParseContext,
    SourceKind,
    as_text,
    load_json,
    read_time,
)
from webcare.sources.textio import decode

_HANDLE = re.compile(r"@?(\w{1,15})")
_ASSIGNMENT = re.compile(r"\s*[A-Za-z_$][\w$.]*\s*=")  # `window.YTD.tweets.part0 =`


class XArchiveKind(SourceKind):
    name = "x-archive"
    id_space = "x"
    description = (
        "The brand's own X account archive (data/tweets.js): reads its replies "
        "as brand replies to the tweets they answer"
    )
    default_channel = "social"
    brand_specific = True
    options = {"handle": str}

    def check_options(self, options: Mapping[str, Any]) -> None:
        handle = options.get("handle")
        if handle is not None and not _HANDLE.fullmatch(handle.strip()):
            raise OptionError(
                "handle",
                f"{handle[:40]!r} is not an X screen name (letters, digits and _, at most 15)",
            )

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Problem | Reply]:
        tweets = [_tweet(item) for item in _items(raw, ctx)]
        owner = (ctx.spec.options.get("handle") or "").strip().lstrip("@")
        own_ids = {_id(tweet, "id_str", "id") for tweet in tweets} - {None}
        for number, tweet in enumerate(tweets, start=1):
            if tweet is None:
                yield Problem(f"item {number}: expected a tweet object; skipped")
                continue
            parent = _id(tweet, "in_reply_to_status_id_str", "in_reply_to_status_id")
            if parent is None:
                continue  # the brand talking (or retweeting), answering no one
            replied_to = str(tweet.get("in_reply_to_screen_name") or "")
            if parent in own_ids or (owner and replied_to.casefold() == owner.casefold()):
                continue  # a thread of the brand's own: answers no customer
            native_id = _id(tweet, "id_str", "id")
            label = f"tweet {native_id}" if native_id else f"item {number}"
            try:
                at = read_time(tweet.get("created_at"), ctx.timezone)
            except ValueError as exc:
                yield Problem(f"{label}: created_at: {exc}; skipped")
                continue
            yield Reply(
                source=ctx.spec.name,
                native_id=native_id,
                in_reply_to=parent,
                author=owner or "brand",
                created_at=at,
            )


def _items(raw: bytes, ctx: ParseContext) -> list[Any]:
    text = decode(raw, fallback=None)
    assignment = _ASSIGNMENT.match(text)
    if assignment:
        # Blank the assignment rather than cut it: JSON error positions stay the file's.
        text = " " * assignment.end() + text[assignment.end() :]
    elif not text.lstrip().startswith("["):  # a bare JSON list is read as well
        raise SourceError(
            ctx.spec.name,
            "not an X archive tweets.js: expected `window.YTD.tweets.part0 = [...]` "
            "(data/tweets.js from the archive zip) or its JSON list",
        )
    document = load_json(text.encode(), ctx, "X archive tweets.js")
    if not isinstance(document, list):
        raise SourceError(
            ctx.spec.name, "not an X archive tweets.js: expected a list of tweets after `=`"
        )
    return document


def _tweet(item: Any) -> Mapping[str, Any] | None:
    if not isinstance(item, dict):
        return None
    tweet = item.get("tweet", item)  # archives before 2020 list bare tweet objects
    return tweet if isinstance(tweet, dict) else None


def _id(tweet: Mapping[str, Any] | None, *keys: str) -> str | None:
    if tweet is None:
        return None
    for key in keys:
        value = as_text(tweet.get(key))
        if value:
            return value
    return None


KIND = XArchiveKind()
