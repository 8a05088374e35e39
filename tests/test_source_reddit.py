"""`reddit`: JSON listings and Atom feeds, paging by `after`, URLs from a subreddit or query."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import NOW
from httpserver import FeedServer
from test_sources import DATA, mentions_of, parse, spec_for
from typer.testing import Result

from webcare import config, sources
from webcare.errors import ConfigError, SourceError
from webcare.model import Problem


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


SPEC = spec_for(DATA / "reddit" / "inline.json")
KIND = sources.get("reddit")
JSON_TYPE = "application/json; charset=UTF-8"


def _listing(*children: dict[str, Any], after: str | None = None) -> dict[str, Any]:
    return {"kind": "Listing", "data": {"after": after, "before": None, "children": list(children)}}


def _post(n: int, title: str, **data: Any) -> dict[str, Any]:
    return {
        "kind": "t3",
        "data": {
            "name": f"t3_p{n}",
            "id": f"p{n}",
            "title": title,
            "selftext": "",
            "author": f"user{n}",
            "created_utc": 1795335303.0 + n,
            "permalink": f"/r/acme/comments/p{n}/post/",
            **data,
        },
    }


def _source(**keys: Any) -> config.SourceSpec:
    return config.parse({"sources": [{"name": "r", "kind": "reddit", **keys}]}).sources[0]


# ---------------------------------------------------------------- paging


@pytest.mark.parametrize(
    ("url", "after", "expected"),
    [
        (
            "https://www.reddit.com/search.json?q=acme&sort=new&limit=100",
            "t3_abc",
            "https://www.reddit.com/search.json?q=acme&sort=new&limit=100&after=t3_abc",
        ),
        (  # the next page replaces the `after` of the page it came from
            "https://www.reddit.com/r/acme/new.json?after=t3_old&limit=100",
            "t3_new",
            "https://www.reddit.com/r/acme/new.json?limit=100&after=t3_new",
        ),
        ("https://www.reddit.com/r/acme/new.json", None, None),
    ],
    ids=["add", "replace", "last-page"],
)
def test_reddit_next_page_follows_after(url: str, after: str | None, expected: str | None) -> None:
    raw = json.dumps(_listing(_post(1, "Acme"), after=after)).encode()
    assert KIND.next_page(raw, url, {}) == expected


@pytest.mark.usefixtures("feed_parser")
@pytest.mark.parametrize("fixture", ["thread.json", "search-feed.xml"], ids=["thread-pair", "atom"])
def test_reddit_threads_and_feeds_have_no_next_page(fixture: str) -> None:
    raw = (DATA / "reddit" / fixture).read_bytes()
    assert KIND.next_page(raw, "https://www.reddit.com/r/acme/comments/x.json", {}) is None


def test_reddit_poll_follows_after_to_the_next_page(
    feed_server: FeedServer,
    make_config: Callable[..., Path],
    cli: Callable[..., Result],
    db_path: str,
) -> None:
    first = _listing(_post(1, "Acme levert te laat"), after="t3_p1")
    second = _listing(_post(2, "Acme retour nog niet verwerkt"))
    url = feed_server.route("/r/acme/new.json?limit=100", json.dumps(first), content_type=JSON_TYPE)
    feed_server.route(
        "/r/acme/new.json?limit=100&after=t3_p1", json.dumps(second), content_type=JSON_TYPE
    )
    result = cli(
        "poll",
        "--config",
        make_config({"name": "reddit", "kind": "reddit", "url": url}),
        "--db",
        db_path,
        "--now",
        NOW,
    )
    assert result.exit_code == 0, result.stderr
    assert "reddit: 2 new, 0 already seen" in result.stderr


# ---------------------------------------------------------------- options


@pytest.mark.parametrize(
    ("keys", "url"),
    [
        (
            {"query": "acme bezorging"},
            "https://www.reddit.com/search.json?q=acme%20bezorging&sort=new&limit=100",
        ),
        (
            {"subreddit": "thenetherlands"},
            "https://www.reddit.com/r/thenetherlands/new.json?limit=100",
        ),
        (
            {"subreddit": "r/thenetherlands"},
            "https://www.reddit.com/r/thenetherlands/new.json?limit=100",
        ),
        (
            {"subreddit": "thenetherlands", "query": "acme"},
            "https://www.reddit.com/r/thenetherlands/search.json?q=acme&restrict_sr=on&sort=new&limit=100",
        ),
    ],
    ids=["query", "subreddit", "r-prefix", "both"],
)
def test_reddit_url_is_built_from_subreddit_and_query(keys: dict[str, str], url: str) -> None:
    assert _source(**keys).url == url


def test_reddit_given_url_wins_over_options() -> None:
    spec = _source(subreddit="acme", url="https://www.reddit.com/r/acme/top.json?t=day")
    assert spec.url == "https://www.reddit.com/r/acme/top.json?t=day"


@pytest.mark.parametrize(
    ("keys", "key"),
    [
        ({"subreddit": "the netherlands"}, "subreddit"),
        ({"subreddit": "r/../../api/v1/me"}, "subreddit"),
        ({"query": "  "}, "query"),
    ],
    ids=["space", "path", "empty-query"],
)
def test_reddit_bad_option_names_its_key(keys: dict[str, str], key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        _source(**keys)
    assert caught.value.key == f"sources[0] (r).{key}"


def test_reddit_without_url_path_or_options_asks_for_one() -> None:
    with pytest.raises(ConfigError, match="give one of `url` or `path`"):
        _source()


# ---------------------------------------------------------------- format


def test_reddit_json_legacy_escaping_is_undone_once() -> None:
    # Reddit escapes <, > and & in every string; what the author typed as "&amp;" arrives as
    # "&amp;amp;" and must stay "&amp;", not become "&".
    post = _post(1, "Acme &gt; concurrent", selftext="AT&amp;amp;T &lt;3 &amp;nbsp;")
    [mention] = parse(json.dumps(_listing(post)).encode(), SPEC)
    assert mention.text == "Acme > concurrent\nAT&amp;T <3 &nbsp;"


@pytest.mark.usefixtures("feed_parser")
def test_reddit_atom_comment_is_its_body_without_the_post_title() -> None:
    feed = (
        b'<?xml version="1.0" encoding="UTF-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        b"<entry><author><name>/u/klant42</name></author>"
        b'<content type="html">&lt;div class="md"&gt;&lt;p&gt;Acme heeft mij ook nooit '
        b"teruggebeld.&lt;/p&gt; &lt;/div&gt;</content><id>t1_lzq9k2a</id>"
        b'<link href="https://www.reddit.com/r/acme/comments/p1/post/lzq9k2a/"/>'
        b"<updated>2026-11-22T12:00:00+00:00</updated>"
        b"<title>/u/klant42 on Acme levert te laat</title></entry></feed>"
    )
    [mention] = parse(feed, SPEC)
    assert (mention.native_id, mention.author, mention.text) == (
        "t1_lzq9k2a",
        "klant42",
        "Acme heeft mij ook nooit teruggebeld.",
    )


@pytest.mark.usefixtures("feed_parser")
def test_reddit_json_and_atom_of_the_same_post_share_its_native_id() -> None:
    listing = DATA / "reddit" / "search.json"
    feed = DATA / "reddit" / "search-feed.xml"
    from_json = {m.native_id for m in mentions_of(parse(listing.read_bytes(), SPEC))}
    from_atom = {m.native_id for m in mentions_of(parse(feed.read_bytes(), SPEC))}
    assert from_atom <= from_json


def test_reddit_malformed_child_is_reported_and_the_rest_kept() -> None:
    listing = _listing({"kind": "t3"}, "oops", _post(2, "Acme top"))
    items = parse(json.dumps(listing).encode(), SPEC)
    assert [m.native_id for m in mentions_of(items)] == ["t3_p2"]
    assert [p.message for p in items if isinstance(p, Problem)] == [
        "item 1: t3 without data; skipped",
        "item 2: not a post or comment (no kind); skipped",
    ]


@pytest.mark.usefixtures("feed_parser")
@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"message": "Too Many Requests", "error": 429}', "not a Reddit JSON listing"),
        (b'{"kind": "t2", "data": {"name": "acme"}}', "not a Reddit JSON listing"),
        (b"[]", "not a Reddit JSON listing"),
        (b"<html><body>whoa there, pardner!</body></html>", "not a Reddit JSON listing or Atom"),
        (b"", "expected Reddit JSON listing"),
    ],
    ids=["error-json", "user-thing", "empty-array", "blocked-page", "empty"],
)
def test_reddit_response_that_is_no_listing_is_a_source_error(body: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        parse(body, SPEC)
