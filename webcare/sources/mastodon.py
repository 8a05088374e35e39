"""`mastodon`: Mastodon statuses from the REST API (a timeline's list of Status entities, one
Status, search's `{"statuses": [...]}`, a thread's `{"ancestors", "descendants"}`) or from
an instance's RSS (`/tags/<tag>.rss`, `/@user.rss`).

Content is HTML; a content warning (`spoiler_text`) heads the text. A boost carries the
real post in `reblog`: that post is the mention, once, however many times it is boosted.
The API gives the author's follower count (reach) and the parent status (`in_reply_to_id`);
RSS gives neither, and its items carry no author: it is read from the post's link.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import quote

from webcare.errors import SourceError
from webcare.htmltext import html_to_text
from webcare.model import Mention, Problem
from webcare.sources.base import (
    OptionError,
    ParseContext,
    RecordError,
    SourceKind,
    as_object,
    bearer_header,
    build_mention,
    check_secret,
    entry_time,
    load_json,
    parse_feed,
    url_parts,
    with_query,
)
from webcare.sources.textio import decode

_HOST = re.compile(
    r"[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+"
)
_TAG = re.compile(r"\w+")
# A post's page on Mastodon (and on servers that copy its URLs): https://host/@user/<id>.
_POST_PATH = re.compile(r"/@([^/@]+)(?:@([^/]+))?/[^/]+/?")
_ACCOUNT_PATH = re.compile(r"/@([^/@]+)(?:@([^/]+))?/?")


class MastodonKind(SourceKind):
    name = "mastodon"
    description = "Mastodon API statuses (tag timeline, account, search, thread) or RSS"
    default_channel = "social"
    options = {"instance": str, "tag": str, "access_token": str}

    def check_options(self, options: Mapping[str, Any]) -> None:
        instance = options.get("instance")
        if instance is not None and not _HOST.fullmatch(instance):
            raise OptionError(
                "instance", f"{instance!r} is not a host name; write e.g. 'mastodon.social'"
            )
        tag = options.get("tag")
        if tag is not None:
            if not _TAG.fullmatch(tag.removeprefix("#")):
                raise OptionError("tag", f"{tag!r} is not a hashtag (letters, digits and _)")
            if instance is None:
                raise OptionError(
                    "instance", "needed with `tag`: the server whose timeline to read"
                )
        check_secret(options, "access_token", what="token", example="MASTODON_TOKEN")

    def default_url(self, options: Mapping[str, Any]) -> str | None:
        instance, tag = options.get("instance"), options.get("tag")
        if not instance or not tag:
            return None
        return f"https://{instance}/api/v1/timelines/tag/{quote(tag.removeprefix('#'))}?limit=40"

    def request_headers(self, options: Mapping[str, Any]) -> dict[str, str]:
        return bearer_header(options, "access_token")

    def next_page(self, raw: bytes, url: str, options: Mapping[str, Any]) -> str | None:
        # The API names the next page in a Link header, which a kind does not see; `max_id`
        # (older than the last status on this page) is the same page.
        try:
            document = json.loads(decode(raw))
        except json.JSONDecodeError:
            return None
        if isinstance(document, dict) and isinstance(document.get("statuses"), list):
            document = document["statuses"]
        if not isinstance(document, list) or not document:
            return None
        last = document[-1]
        last_id = last.get("id") if isinstance(last, dict) else None
        if not isinstance(last_id, str | int) or isinstance(last_id, bool):
            return None
        return with_query(url, "max_id", str(last_id))

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Problem]:
        if decode(raw).lstrip().startswith("<"):
            yield from _parse_rss(raw, ctx)
        else:
            yield from _parse_json(raw, ctx)


# ---------------------------------------------------------------- JSON


def _parse_json(raw: bytes, ctx: ParseContext) -> Iterator[Mention | Problem]:
    document = load_json(raw, ctx, "Mastodon statuses JSON")
    statuses = _statuses(document)
    if statuses is None:
        raise SourceError(
            ctx.spec.name,
            "not Mastodon statuses JSON: expected a list of statuses, one status, "
            '{"statuses": [...]} or {"ancestors": [...], "descendants": [...]}',
        )
    seen: set[str] = set()
    for number, status in enumerate(statuses, start=1):
        if not isinstance(status, dict):
            yield Problem(f"status {number}: not a JSON object; skipped")
            continue
        reblog = status.get("reblog")
        post = reblog if isinstance(reblog, dict) else status
        native = post.get("id")
        if native is not None and str(native) in seen:
            continue  # boosted again, or also the post itself: one mention
        try:
            mention, warnings = _mention(post, ctx)
        except RecordError as exc:
            yield Problem(f"status {number} ({native or '?'}): {exc}; skipped")
            continue
        if mention.native_id:
            seen.add(mention.native_id)
        for warning in warnings:
            yield Problem(f"status {number}: {warning}")
        yield mention


def _statuses(document: Any) -> list[Any] | None:
    if isinstance(document, list):
        return document
    if not isinstance(document, dict):
        return None
    statuses = document.get("statuses")
    if isinstance(statuses, list):
        return statuses
    ancestors, descendants = document.get("ancestors"), document.get("descendants")
    if isinstance(ancestors, list) and isinstance(descendants, list):
        return ancestors + descendants
    if "content" in document and "account" in document:
        return [document]
    return None


def _mention(post: dict[str, Any], ctx: ParseContext) -> tuple[Mention, list[str]]:
    account = as_object(post.get("account"))
    content = post.get("content")
    spoiler = post.get("spoiler_text")
    return build_mention(
        ctx,
        title=spoiler if isinstance(spoiler, str) else None,
        text=html_to_text(content) if isinstance(content, str) else None,
        created_at=post.get("created_at"),
        native_id=post.get("id"),
        url=post.get("url") or post.get("uri"),
        author=account.get("acct"),
        author_reach=account.get("followers_count"),
        in_reply_to=post.get("in_reply_to_id"),
    )


# ---------------------------------------------------------------- RSS


def _parse_rss(raw: bytes, ctx: ParseContext) -> Iterator[Mention | Problem]:
    feed = parse_feed(
        raw, ctx, not_a_feed="not Mastodon statuses JSON or RSS (an HTML page or an error message?)"
    )
    yield from feed.warnings()
    home = url_parts(feed.link)
    owner = _ACCOUNT_PATH.fullmatch(home.path)
    for number, entry in enumerate(feed.entries, start=1):
        link = entry.get("link")
        author = _author_of(link, home.netloc)
        if author is None and owner:  # an account's feed: its own posts
            author = _acct(owner, home.netloc, home.netloc)
        try:
            mention, warnings = build_mention(
                ctx,
                text=html_to_text(_body(entry)),
                created_at=entry_time(entry),
                native_id=entry.get("id") or link,
                url=link,
                author=author,
            )
        except RecordError as exc:
            yield Problem(f"item {number}: {exc}; skipped")
            continue
        for warning in warnings:
            yield Problem(f"item {number}: {warning}")
        yield mention


def _author_of(link: Any, home: str) -> str | None:
    if not isinstance(link, str):
        return None
    parts = url_parts(link)
    match = _POST_PATH.fullmatch(parts.path)
    return _acct(match, parts.netloc, home) if match else None


def _acct(match: re.Match[str], host: str, home: str) -> str:
    # As the API's `acct`: the bare name on the instance the feed came from, else name@host.
    user, domain = match.group(1), match.group(2) or host
    return user if domain.lower() == home.lower() else f"{user}@{domain}"


def _body(entry: Mapping[str, Any]) -> str:
    # The post is <description> (feedparser's summary); feedparser files an attachment's
    # <media:description> (alt text of an image) under `content`: not the author's post.
    return str(entry.get("summary") or "")


KIND = MastodonKind()
