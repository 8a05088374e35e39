"""`twcs`: the Kaggle "Customer Support on Twitter" CSV (twcs.csv and its samples).

Columns `tweet_id, author_id, inbound, created_at, text, response_tweet_id,
in_response_to_tweet_id`; a pandas re-save adds a leading unnamed index column and writes
ids as floats (`3.0`); Excel writes `TRUE`/`FALSE`. A row with `inbound` True is a
customer's tweet (a mention); one with `inbound` False is the company's and, when it
answers a tweet, a brand reply to it. Companies' replies are found through their own
`in_response_to_tweet_id`, so `response_tweet_id` (a comma list Excel corrupts) is unused.

Rows are not in time order and a thread is often listed reply-first: a reply is held back
until the tweet it answers, then yielded right after it; replies to tweets outside the
file (the dataset is cut anywhere) come at the end and are ignored by the store.
Texts keep Twitter's HTML escapes (`&gt;`, `&amp;`), which are undone. Ids are anonymised,
so there is no URL. A tweet with a bare CR in its text splits into rows with the wrong
field count: each is reported with its line and skipped.
"""

from __future__ import annotations

import csv as stdcsv
import html
import io
import re
from collections.abc import Iterator
from typing import BinaryIO

from webcare.errors import SourceError
from webcare.model import Mention, Problem, Reply
from webcare.sources.base import (
    ParseContext,
    RecordError,
    SourceKind,
    as_text,
    build_mention,
    read_time,
)
from webcare.sources.csv import data_rows
from webcare.sources.textio import open_text, sniff_codec

_REQUIRED = ("tweet_id", "author_id", "inbound", "created_at", "text", "in_response_to_tweet_id")
_FLOAT_ID = re.compile(r"(\d+)\.0*")
# Excel re-saves write TRUE/FALSE, a Dutch Excel WAAR/ONWAAR.
_BOOLEANS = {"true": True, "false": False, "waar": True, "onwaar": False}


class TwcsKind(SourceKind):
    name = "twcs"
    description = (
        "Customer Support on Twitter CSV (Kaggle twcs): customer tweets, "
        "company tweets (inbound False) as brand replies"
    )
    default_channel = "social"
    brand_specific = False

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Reply | Problem]:
        return self._read(io.BytesIO(raw), ctx)

    def parse_stream(
        self, stream: BinaryIO, ctx: ParseContext
    ) -> Iterator[Mention | Reply | Problem]:
        return self._read(stream, ctx)

    def _read(self, stream: BinaryIO, ctx: ParseContext) -> Iterator[Mention | Reply | Problem]:
        """Row by row (the whole dataset is 500 MB); replies waiting for their tweet are held."""
        reader = stdcsv.reader(open_text(stream, sniff_codec(stream)))
        try:
            header = [name.strip() for name in next(reader)]
        except StopIteration:
            return
        except stdcsv.Error as exc:
            raise SourceError(ctx.spec.name, f"not a readable CSV header: {exc}") from None
        missing = [name for name in _REQUIRED if name not in header]
        if missing:
            raise SourceError(
                ctx.spec.name,
                "not a Customer Support on Twitter CSV: the header lacks "
                + ", ".join(missing)
                + f" (expected {', '.join(_REQUIRED)}, response_tweet_id)",
            )
        column = {name: header.index(name) for name in _REQUIRED}
        # Replies whose tweet has not come yet, by that tweet's id; yielded after it.
        waiting: dict[str, list[Reply]] = {}
        yielded: set[str] = set()
        for found in data_rows(reader, len(header)):
            if isinstance(found, Problem):
                yield found
                continue
            line, row = found
            cell = {name: row[index] for name, index in column.items()}
            inbound = _BOOLEANS.get(cell["inbound"].strip().lower())
            if inbound is None:
                yield Problem(
                    f"inbound {cell['inbound'][:20]!r} is neither True nor False; skipped", line
                )
                continue
            tweet_id = _tweet_id(cell["tweet_id"])
            parent = _tweet_id(cell["in_response_to_tweet_id"])
            if not inbound:
                if parent is None:
                    continue  # the company talking, answering nobody: not a mention
                try:
                    at = read_time(cell["created_at"], ctx.timezone)
                except ValueError as exc:
                    yield Problem(f"company reply created_at: {exc}; skipped", line)
                    continue
                reply = Reply(
                    source=ctx.spec.name,
                    native_id=tweet_id,
                    in_reply_to=parent,
                    author=cell["author_id"].strip() or "company",
                    created_at=at,
                )
                if parent in yielded:
                    yield reply
                else:
                    waiting.setdefault(parent, []).append(reply)
                continue
            try:
                mention, warnings = build_mention(
                    ctx,
                    text=html.unescape(cell["text"]),
                    created_at=cell["created_at"],
                    native_id=tweet_id,
                    author=cell["author_id"],
                    in_reply_to=parent,
                )
            except RecordError as exc:
                yield Problem(f"{exc}; skipped", line)
                continue
            for warning in warnings:
                yield Problem(warning, line)
            yield mention
            if tweet_id is not None:
                yielded.add(tweet_id)
                yield from waiting.pop(tweet_id, ())
        for replies in waiting.values():
            yield from replies


def _tweet_id(value: str) -> str | None:
    """An id as the dataset means it: pandas writes `3.0` for tweet 3."""
    text = as_text(value)
    if text is None:
        return None
    match = _FLOAT_ID.fullmatch(text)
    return match.group(1) if match else text


KIND = TwcsKind()
