"""`hackernews`: Algolia search pages and item trees, paging by `page`, URL from a query."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from httpserver import FeedServer
from test_sources import DATA, parse, spec_for
from typer.testing import Result

from webcare import config, sources
from webcare.errors import ConfigError, SourceError
from webcare.model import Mention
from webcare.timeparse import iso_utc


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


SPEC = spec_for(DATA / "hackernews" / "inline.json")
KIND = sources.get("hackernews")
SEARCH = "https://hn.algolia.com/api/v1/search_by_date?query=acme&tags=(story,comment)"
JSON_TYPE = "application/json; charset=utf-8"


def _page(page: int, pages: int, *hits: dict[str, Any]) -> dict[str, Any]:
    return {"hits": list(hits), "page": page, "nbPages": pages, "hitsPerPage": 20, "nbHits": 0}


def _comment(n: int, text: str, **fields: Any) -> dict[str, Any]:
    return {
        "_tags": ["comment", f"author_u{n}", "story_1"],
        "objectID": str(n),
        "author": f"u{n}",
        "comment_text": text,
        "created_at": "2026-11-22T10:00:00Z",
        "created_at_i": 1795341600 + n,
        "parent_id": 1,
        "story_id": 1,
        "story_title": "Acme is hiring",
        **fields,
    }


def _source(**keys: Any) -> config.SourceSpec:
    return config.parse({"sources": [{"name": "hn", "kind": "hackernews", **keys}]}).sources[0]


# ---------------------------------------------------------------- paging


@pytest.mark.parametrize(
    ("url", "page", "pages", "expected"),
    [
        (SEARCH, 0, 3, f"{SEARCH}&page=1"),
        (f"{SEARCH}&page=1", 1, 3, f"{SEARCH}&page=2"),
        (f"{SEARCH}&page=2", 2, 3, None),
        (SEARCH, 0, 0, None),
    ],
    ids=["first", "replace", "last", "no-hits"],
)
def test_hackernews_next_page_counts_pages(
    url: str, page: int, pages: int, expected: str | None
) -> None:
    raw = json.dumps(_page(page, pages, _comment(2, "Acme"))).encode()
    assert KIND.next_page(raw, url, {}) == expected


def test_hackernews_item_tree_has_no_next_page() -> None:
    raw = (DATA / "hackernews" / "item-tree.json").read_bytes()
    assert KIND.next_page(raw, "https://hn.algolia.com/api/v1/items/46021977", {}) is None


def test_hackernews_poll_reads_every_page(
    feed_server: FeedServer,
    make_config: Callable[..., Path],
    cli: Callable[..., Result],
    db_path: str,
) -> None:
    path = "/api/v1/search_by_date?query=acme&tags=(story,comment)"
    url = feed_server.route(
        path, json.dumps(_page(0, 2, _comment(2, "Acme levert niet"))), content_type=JSON_TYPE
    )
    feed_server.route(
        f"{path}&page=1",
        json.dumps(_page(1, 2, _comment(3, "Acme support is slow"))),
        content_type=JSON_TYPE,
    )
    config_path = make_config({"name": "hn", "kind": "hackernews", "url": url})
    result = cli("poll", "--config", config_path, "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert "hn: 2 new, 0 already seen" in result.stderr


# ---------------------------------------------------------------- options


def test_hackernews_query_builds_the_search_url() -> None:
    assert _source(query="acme bank").url == (
        "https://hn.algolia.com/api/v1/search_by_date?query=acme%20bank&tags=(story,comment)"
    )


def test_hackernews_empty_query_names_its_key() -> None:
    with pytest.raises(ConfigError, match="must not be empty") as caught:
        _source(query="  ")
    assert caught.value.key == "sources[0] (hn).query"


# ---------------------------------------------------------------- format


def test_hackernews_comment_is_its_own_words_not_the_story_title() -> None:
    [mention] = parse(
        json.dumps(_page(0, 1, _comment(2, "Acme&#x27;s API is down"))).encode(), SPEC
    )
    assert isinstance(mention, Mention)
    assert (mention.text, mention.in_reply_to, mention.url) == (
        "Acme's API is down",
        "1",
        "https://news.ycombinator.com/item?id=2",
    )


def test_hackernews_iso_created_at_when_the_epoch_is_missing() -> None:
    hit = _comment(2, "Acme", created_at="2026-11-22T10:05:00Z")
    del hit["created_at_i"]
    [mention] = parse(json.dumps(_page(0, 1, hit)).encode(), SPEC)
    assert isinstance(mention, Mention) and iso_utc(mention.created_at) == "2026-11-22T10:05:00Z"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            b'{"message": "you can only fetch the 1000 hits for this query", "status": 400}',
            "not Hacker News",
        ),
        (b"[]", "not Hacker News"),
        (b"<html><body>Too many requests</body></html>", "HTML or XML"),
        (b"", "expected Hacker News"),
    ],
    ids=["algolia-error", "array", "html", "empty"],
)
def test_hackernews_response_that_is_no_search_or_item_is_a_source_error(
    body: bytes, reason: str
) -> None:
    with pytest.raises(SourceError, match=reason):
        parse(body, SPEC)
