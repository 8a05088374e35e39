"""`x-api`: X API v2 recent search: URL from the query, bearer token, next_token paging."""

from __future__ import annotations

import json
import re
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


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


KIND = sources.get("x-api")
SPEC = spec_for(DATA / "x-api" / "inline.json")
JSON_TYPE = "application/json; charset=utf-8"


def _tweet(n: int, text: str, author: str = "u1", **more: Any) -> dict[str, Any]:
    return {
        "id": f"199241000000000{n:04d}",
        "text": text,
        "author_id": author,
        "created_at": "2026-11-22T10:00:00.000Z",
        **more,
    }


def _page(*tweets: dict[str, Any], next_token: str | None = None) -> dict[str, Any]:
    meta: dict[str, Any] = {"result_count": len(tweets)}
    if next_token:
        meta["next_token"] = next_token
    users = [{"id": "u1", "username": "klant_een", "public_metrics": {"followers_count": 7}}]
    return {"data": list(tweets), "includes": {"users": users}, "meta": meta}


def _source(**keys: Any) -> config.SourceSpec:
    return config.parse({"sources": [{"name": "x", "kind": "x-api", **keys}]}).sources[0]


# ---------------------------------------------------------------- options


def test_the_search_url_is_built_from_the_query() -> None:
    assert _source(query="bolderkar OR @BolderkarNL -is:retweet").url == (
        "https://api.x.com/2/tweets/search/recent"
        "?query=bolderkar%20OR%20%40BolderkarNL%20-is%3Aretweet&max_results=100"
        "&tweet.fields=created_at%2Cauthor_id%2Creferenced_tweets%2Cconversation_id%2Cnote_tweet"
        "&expansions=author_id%2Creferenced_tweets.id&user.fields=username%2Cpublic_metrics"
    )


def test_the_token_is_sent_as_a_bearer_header_still_as_its_env_reference() -> None:
    spec = _source(query="bolderkar", token="${X_BEARER_TOKEN}")
    assert KIND.request_headers(spec.options) == {"Authorization": "Bearer ${X_BEARER_TOKEN}"}


@pytest.mark.parametrize(
    ("keys", "key"),
    [
        ({"query": "acme", "token": "AAAAAAAAAAAAAAAAAAAAAMLheAAAAAAA0%2BuSeid"}, "token"),
        ({"query": " "}, "query"),
    ],
    ids=["literal-token", "blank-query"],
)
def test_bad_options_are_config_errors_naming_the_key(keys: dict[str, str], key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        _source(**keys)
    assert caught.value.key == f"sources[0] (x).{key}"
    assert "AAAAAAAA" not in str(caught.value)  # a pasted secret is never echoed


# ---------------------------------------------------------------- paging


@pytest.mark.parametrize(
    ("url", "token", "expected"),
    [
        (
            "https://api.x.com/2/tweets/search/recent?query=acme&max_results=100",
            "b26v89c19zqg",
            "https://api.x.com/2/tweets/search/recent?query=acme&max_results=100&next_token=b26v89c19zqg",
        ),
        (  # the next page replaces the token of the page it came from
            "https://api.x.com/2/tweets/search/recent?query=acme&next_token=old",
            "new",
            "https://api.x.com/2/tweets/search/recent?query=acme&next_token=new",
        ),
        (  # a user timeline pages with pagination_token
            "https://api.x.com/2/users/12/mentions?max_results=100",
            "7140dibdnow9c7btw",
            "https://api.x.com/2/users/12/mentions?max_results=100&pagination_token=7140dibdnow9c7btw",
        ),
        ("https://api.x.com/2/tweets/search/recent?query=acme", None, None),
    ],
    ids=["add", "replace", "timeline", "last-page"],
)
def test_next_page_follows_next_token(url: str, token: str | None, expected: str | None) -> None:
    raw = json.dumps(_page(_tweet(1, "Acme"), next_token=token)).encode()
    assert KIND.next_page(raw, url, {}) == expected


def test_poll_sends_the_bearer_token_and_follows_next_token(
    feed_server: FeedServer,
    make_config: Callable[..., Path],
    cli: Callable[..., Result],
    db_path: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("X_BEARER_TOKEN", "s3cret")
    first = _page(_tweet(1, "@acme_nl bezorging te laat"), next_token="p2")
    second = _page(_tweet(2, "@acme_nl retour nog niet verwerkt"))
    url = feed_server.route(
        "/2/tweets/search/recent?query=acme", json.dumps(first), content_type=JSON_TYPE
    )
    feed_server.route(
        "/2/tweets/search/recent?query=acme&next_token=p2",
        json.dumps(second),
        content_type=JSON_TYPE,
    )
    source = {"name": "x", "kind": "x-api", "url": url, "token": "${X_BEARER_TOKEN}"}
    result = cli("poll", "--config", make_config(source), "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert "x: 2 new, 0 already seen" in result.stderr
    assert [hit.headers.get("authorization") for hit in feed_server.hits] == ["Bearer s3cret"] * 2


# ---------------------------------------------------------------- format


def test_a_tweet_whose_author_is_not_included_links_through_x_itself() -> None:
    [mention] = parse(json.dumps(_page(_tweet(3, "Acme?", author="gone"))).encode(), SPEC)
    assert (mention.author, mention.url) == (None, "https://x.com/i/web/status/1992410000000000003")


def test_a_search_that_found_nothing_is_empty() -> None:
    raw = json.dumps({"meta": {"result_count": 0, "newest_id": None}}).encode()
    assert parse(raw, SPEC) == []


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        (
            {
                "title": "Unauthorized",
                "type": "about:blank",
                "status": 401,
                "detail": "Unauthorized",
            },
            "the X API answered with an error: Unauthorized; Unauthorized",
        ),
        (
            {
                "errors": [{"message": "The `query` parameter value [] is not valid"}],
                "title": "Invalid Request",
                "detail": "One or more parameters to your request was invalid.",
            },
            "the X API answered with an error: The `query` parameter value [] is not valid",
        ),
        (
            {"statuses": []},
            "not an X API v2 response: no `data` or `meta` (top-level keys: statuses)",
        ),
        ([1, 2], "not an X API v2 response: expected a JSON object"),
    ],
    ids=["unauthorized", "invalid-request", "v1.1-search", "list"],
)
def test_a_response_without_tweets_is_a_source_error_saying_why(document: Any, reason: str) -> None:
    with pytest.raises(SourceError, match=re.escape(reason)):
        parse(json.dumps(document).encode(), SPEC)


def test_partial_errors_beside_the_tweets_are_not_problems() -> None:
    page = _page(
        _tweet(
            4,
            "RT @weg: Acme is de beste…",
            referenced_tweets=[{"type": "retweeted", "id": "1"}],
        )
    )
    page["errors"] = [{"title": "Not Found Error", "resource_type": "tweet", "resource_id": "1"}]
    [only] = parse(json.dumps(page).encode(), SPEC)  # the tweet, and no problem
    assert only.text == "RT @weg: Acme is de beste…"  # type: ignore[union-attr]
