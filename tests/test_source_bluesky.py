"""`bluesky`: post views in their envelopes, dates, shortened links, paging by cursor."""

from __future__ import annotations

import json
from typing import Any

import pytest
from test_sources import DATA, parse, spec_for

from webcare import config, sources
from webcare.errors import ConfigError, SourceError
from webcare.model import Mention, Problem
from webcare.timeparse import iso_utc

SPEC = spec_for(DATA / "bluesky" / "inline.json")
KIND = sources.get("bluesky")
SEARCH = "https://public.api.bsky.app/xrpc/app.bsky.feed.searchPosts?q=acme&sort=latest&limit=100"


def _post(rkey: str, text: str, **record: Any) -> dict[str, Any]:
    did = "did:plc:abcdefghijklmnopqrstuvwx"
    return {
        "uri": f"at://{did}/app.bsky.feed.post/{rkey}",
        "cid": f"bafyrei{rkey}",
        "author": {"did": did, "handle": "klant.bsky.social", "displayName": "Klant"},
        "record": {
            "$type": "app.bsky.feed.post",
            "createdAt": "2026-11-22T09:00:00.000Z",
            "text": text,
            **record,
        },
        "indexedAt": "2026-11-22T09:00:02.000Z",
        "labels": [],
    }


def _link(start: int, end: int, uri: str) -> dict[str, Any]:
    return {
        "index": {"byteStart": start, "byteEnd": end},
        "features": [{"$type": "app.bsky.richtext.facet#link", "uri": uri}],
    }


def _one(post: dict[str, Any]) -> list[Mention | Problem]:
    return parse(json.dumps({"posts": [post]}).encode(), SPEC)


def _source(**keys: Any) -> config.SourceSpec:
    return config.parse({"sources": [{"name": "b", "kind": "bluesky", **keys}]}).sources[0]


# ---------------------------------------------------------------- paging


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (SEARCH, f"{SEARCH}&cursor=25"),
        (f"{SEARCH}&cursor=0", f"{SEARCH}&cursor=25"),
    ],
    ids=["add", "replace"],
)
def test_bluesky_next_page_follows_the_cursor(url: str, expected: str) -> None:
    page = {"cursor": "25", "hitsTotal": 40, "posts": [_post("3mbq1", "Acme")]}
    assert KIND.next_page(json.dumps(page).encode(), url, {}) == expected


@pytest.mark.parametrize(
    "page",
    [
        {"hitsTotal": 1, "posts": [_post("3mbq1", "Acme")]},
        {"cursor": "100", "hitsTotal": 100, "posts": []},
        [_post("3mbq1", "Acme")],
    ],
    ids=["no-cursor", "cursor-past-the-end", "bare-array"],
)
def test_bluesky_last_page_has_no_next_page(page: Any) -> None:
    assert KIND.next_page(json.dumps(page).encode(), SEARCH, {}) is None


# ---------------------------------------------------------------- options


def test_bluesky_query_builds_the_search_url() -> None:
    assert _source(query="acme bezorging").url == (
        "https://public.api.bsky.app/xrpc/app.bsky.feed.searchPosts"
        "?q=acme%20bezorging&sort=latest&limit=100"
    )


def test_bluesky_token_searches_through_the_pds_with_a_bearer_header() -> None:
    spec = _source(query="acme", access_token="${BLUESKY_TOKEN}")
    assert spec.url is not None and spec.url.startswith("https://bsky.social/xrpc/")
    assert KIND.request_headers(spec.options) == {"Authorization": "Bearer ${BLUESKY_TOKEN}"}


@pytest.mark.parametrize(
    ("keys", "key"),
    [
        ({"query": " "}, "query"),
        ({"query": "acme", "access_token": "eyJhbGciOi.secret"}, "access_token"),
    ],
    ids=["empty-query", "literal-token"],
)
def test_bluesky_bad_option_names_its_key(keys: dict[str, str], key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        _source(**keys)
    assert caught.value.key == f"sources[0] (b).{key}"
    assert "secret" not in str(caught.value)


# ---------------------------------------------------------------- format


@pytest.mark.parametrize(
    ("record", "indexed", "expected"),
    [
        ({"createdAt": "2026-11-22T09:15:00.12345678Z"}, None, "2026-11-22T09:15:00Z"),
        ({"createdAt": "2026-11-22T10:15:00+01:00"}, None, "2026-11-22T09:15:00Z"),
        ({"createdAt": None}, "2026-11-22T09:20:00.000Z", "2026-11-22T09:20:00Z"),
    ],
    ids=["eight-digit-fraction", "offset", "missing-uses-indexedAt"],
)
def test_bluesky_created_at_forms(
    record: dict[str, Any], indexed: str | None, expected: str
) -> None:
    post = _post("3mbq1", "Acme", **record)
    if indexed:
        post["indexedAt"] = indexed
    [mention] = _one(post)
    assert isinstance(mention, Mention) and iso_utc(mention.created_at) == expected


def test_bluesky_unreadable_created_at_falls_back_to_indexed_at_with_a_warning() -> None:
    items = _one(_post("3mbq1", "Acme", createdAt="gisteren"))
    warning, mention = items
    assert isinstance(warning, Problem) and "used indexedAt" in warning.message
    assert isinstance(mention, Mention) and iso_utc(mention.created_at) == "2026-11-22T09:00:02Z"


def test_bluesky_shortened_links_get_their_full_address_back() -> None:
    text = "Acme 😤 zie acme.example/bestel... en dit"
    start = len("Acme 😤 zie ".encode())
    end = start + len(b"acme.example/bestel...")
    post = _post("3mbq1", text, facets=[_link(start, end, "https://acme.example/bestellingen/42")])
    [mention] = _one(post)
    assert isinstance(mention, Mention)
    assert mention.text == "Acme 😤 zie https://acme.example/bestellingen/42 en dit"


@pytest.mark.parametrize(
    ("start", "end", "uri"),
    [
        (0, 9, "https://acme.example/klachten"),  # custom link text: the words stay
        (11, 18, "https://acme.example/x"),  # starts inside the emoji: offsets do not fit
        (0, 500, "https://acme.example/x"),  # beyond the text
        (0, 4, "javascript:alert(1)"),  # not a web link
    ],
    ids=["link-text", "mid-character", "out-of-range", "not-http"],
)
def test_bluesky_link_facets_that_do_not_fit_leave_the_text_as_written(
    start: int, end: int, uri: str
) -> None:
    text = "klik hier 😤 Acme"
    [mention] = _one(_post("3mbq1", text, facets=[_link(start, end, uri)]))
    assert isinstance(mention, Mention) and mention.text == text


def test_bluesky_wrapped_post_views_are_unwrapped_and_reposts_counted_once() -> None:
    post = _post("3mbq1", "Acme retour kwijt")
    items = [{"uri": post["uri"], "post": post}, {"post": post, "reason": {"by": {}}}]
    [mention] = parse(json.dumps(items).encode(), SPEC)
    assert isinstance(mention, Mention) and mention.native_id == post["uri"]


def test_bluesky_items_without_a_post_view_are_reported() -> None:
    items = [
        {"uri": "at://did:plc:x/app.bsky.feed.post/1", "notFound": True},
        {"uri": "at://did:plc:x/app.bsky.feed.post/2", "cid": "bafy"},
        "at://did:plc:x/app.bsky.feed.post/3",
    ]
    problems = parse(json.dumps(items).encode(), SPEC)
    assert [p.message for p in problems if isinstance(p, Problem)] == [
        "item 1: post not found (deleted); skipped",
        "item 2: not a post view (no record); skipped",
        "item 3: not a post view (str); skipped",
    ]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"error": "AuthMissing", "message": "Authentication Required"}', "not Bluesky posts"),
        (b'{"thread": {"post": {}}}', "not Bluesky posts JSON"),
        (b"<html><body>403 Forbidden</body></html>", "HTML or XML"),
        (b"", "expected Bluesky posts JSON"),
    ],
    ids=["auth-error", "thread", "html", "empty"],
)
def test_bluesky_response_that_is_no_posts_is_a_source_error(body: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        parse(body, SPEC)
