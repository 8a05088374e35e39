"""`hackernews`: Hacker News through the Algolia HN Search API: a search page
(`/api/v1/search_by_date?query=…&tags=(story,comment)`, `{hits, page, nbPages}`) or one
item with its whole comment tree (`/api/v1/items/<id>`).

A story is its title with its text (Ask HN) or the address it links to; a comment is its
text, answering `parent_id`. HN writes text as HTML (`<p>` between paragraphs, `&#x27;`,
`&#x2F;` in links). HN shows no follower counts (reach) and marks no brand answers.
"""

from __future__ import annotations

import json
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
    as_list,
    build_mention,
    load_json,
    with_query,
)
from webcare.sources.textio import decode

_ITEM_URL = "https://news.ycombinator.com/item?id="


class HackerNewsKind(SourceKind):
    name = "hackernews"
    id_space = "hackernews"
    description = "Hacker News stories and comments (Algolia HN Search API: search or item tree)"
    default_channel = "forum"
    options = {"query": str}

    def check_options(self, options: Mapping[str, Any]) -> None:
        if "query" in options and not options["query"].strip():
            raise OptionError("query", "must not be empty")

    def default_url(self, options: Mapping[str, Any]) -> str | None:
        query = options.get("query", "").strip()
        if not query:
            return None
        return (
            f"https://hn.algolia.com/api/v1/search_by_date?query={quote(query)}"
            "&tags=(story,comment)"
        )

    def next_page(self, raw: bytes, url: str, options: Mapping[str, Any]) -> str | None:
        try:
            document = json.loads(decode(raw))
        except json.JSONDecodeError:
            return None
        if not isinstance(document, dict) or not isinstance(document.get("hits"), list):
            return None
        page, pages = document.get("page"), document.get("nbPages")
        if not isinstance(page, int) or not isinstance(pages, int) or page + 1 >= pages:
            return None
        # Keep "(story,comment)" readable: Algolia takes the characters as they are.
        return with_query(url, "page", str(page + 1), safe="(),")

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Problem]:
        document = load_json(raw, ctx, "Hacker News (Algolia) JSON")
        if isinstance(document, dict) and isinstance(document.get("hits"), list):
            yield from _hits(document["hits"], ctx)
        elif isinstance(document, dict) and "children" in document and "id" in document:
            yield from _tree(document, ctx, [0])
        else:
            raise SourceError(
                ctx.spec.name,
                "not Hacker News (Algolia) JSON: expected a search result "
                '{"hits": [...]} or an item {"id": ..., "children": [...]}',
            )


def _hits(hits: list[Any], ctx: ParseContext) -> Iterator[Mention | Problem]:
    for number, hit in enumerate(hits, start=1):
        if not isinstance(hit, dict):
            yield Problem(f"hit {number}: not a JSON object; skipped")
            continue
        tags = hit.get("_tags")
        comment = (isinstance(tags, list) and "comment" in tags) or (
            hit.get("comment_text") is not None and not hit.get("title")
        )
        yield from _item(
            ctx,
            f"hit {number}",
            item_id=hit.get("objectID"),
            title=None if comment else hit.get("title"),
            text=hit.get("comment_text") if comment else hit.get("story_text"),
            link=None if comment else hit.get("url"),
            created_at=hit.get("created_at_i", hit.get("created_at")),
            author=hit.get("author"),
            parent=hit.get("parent_id") if comment else None,
        )


def _tree(
    item: dict[str, Any], ctx: ParseContext, counter: list[int]
) -> Iterator[Mention | Problem]:
    # /items/<id>: one shape for the story and every comment below it, nested in `children`.
    counter[0] += 1
    comment = item.get("type") == "comment"
    yield from _item(
        ctx,
        f"item {counter[0]}",
        item_id=item.get("id"),
        title=None if comment else item.get("title"),
        text=item.get("text"),
        link=None if comment else item.get("url"),
        created_at=item.get("created_at_i", item.get("created_at")),
        author=item.get("author"),
        parent=item.get("parent_id") if comment else None,
    )
    for child in as_list(item.get("children")):
        if isinstance(child, dict):
            yield from _tree(child, ctx, counter)


def _item(
    ctx: ParseContext,
    where: str,
    *,
    item_id: Any,
    title: Any,
    text: Any,
    link: Any,
    created_at: Any,
    author: Any,
    parent: Any,
) -> Iterator[Mention | Problem]:
    body = html_to_text(text) if isinstance(text, str) else ""
    if not body and isinstance(link, str):
        body = link  # a link story: where it points is what it says (often the brand's site)
    native = str(item_id) if item_id not in (None, "") else None
    try:
        mention, warnings = build_mention(
            ctx,
            title=title if isinstance(title, str) else None,
            text=body,
            created_at=created_at,
            native_id=native,
            url=f"{_ITEM_URL}{native}" if native and native.isdigit() else None,
            author=author,
            in_reply_to=parent,
        )
    except RecordError as exc:
        yield Problem(f"{where} ({native or '?'}): {exc}; skipped")
        return
    for warning in warnings:
        yield Problem(f"{where}: {warning}")
    yield mention


KIND = HackerNewsKind()
