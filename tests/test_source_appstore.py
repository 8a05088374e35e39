"""`appstore`: Apple's customer-reviews RSS in both variants, its URL, its paging and its quirks."""

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
from webcare.model import Mention


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


KIND = sources.get("appstore")
SPEC = spec_for(DATA / "appstore" / "inline.json")
APP_PATH = "/nl/rss/customerreviews/page={}/id=1598765432/sortby=mostrecent/json"


def _review(
    review_id: str, rating: str = "2", text: str = "Bolderkar app crasht"
) -> dict[str, Any]:
    return {
        "author": {
            "name": {"label": "Eva"},
            "uri": {"label": "https://itunes.apple.com/nl/reviews/id1"},
        },
        "im:rating": {"label": rating},
        "id": {"label": review_id},
        "title": {"label": "Crash"},
        "content": {"label": text, "attributes": {"type": "text"}},
        "updated": {"label": "2026-11-22T10:00:00-07:00"},
    }


def _feed(*entries: dict[str, Any], single: bool = False) -> bytes:
    feed: dict[str, Any] = {"author": {"name": {"label": "iTunes Store"}}, "id": {"label": "x"}}
    if entries:
        feed["entry"] = entries[0] if single else list(entries)
    return json.dumps({"feed": feed}).encode()


def _source(**table: Any) -> config.SourceSpec:
    return config.parse({"sources": [{"name": "app", "kind": "appstore", **table}]}).sources[0]


# ---------------------------------------------------------------- options and URL


@pytest.mark.parametrize(
    ("options", "url"),
    [
        (
            {"app_id": "1598765432"},
            "https://itunes.apple.com/nl/rss/customerreviews/page=1/id=1598765432/sortby=mostrecent/json",
        ),
        (
            {"app_id": 1598765432, "country": "BE", "format": "xml"},
            "https://itunes.apple.com/be/rss/customerreviews/page=1/id=1598765432/sortby=mostrecent/xml",
        ),
    ],
    ids=["defaults-nl-json", "belgium-xml"],
)
def test_appstore_url_is_built_from_app_id_country_and_format(
    options: dict[str, Any], url: str
) -> None:
    assert _source(**options).url == url


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("app_id", "id1598765432", "numeric id"),
        ("country", "nld", "two-letter"),
        ("format", "rss", "'json' or 'xml'"),
    ],
)
def test_appstore_bad_option_is_a_config_error_naming_the_key(
    key: str, value: str, message: str
) -> None:
    table = {"app_id": "1598765432", key: value}
    with pytest.raises(ConfigError, match=message) as caught:
        _source(**table)
    assert caught.value.key is not None and caught.value.key.endswith(key)


def test_appstore_without_app_id_url_or_path_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="give one of `url` or `path`"):
        _source(country="nl")


# ---------------------------------------------------------------- paging


@pytest.mark.parametrize(
    ("url", "following"),
    [
        (
            "https://itunes.apple.com/nl/rss/customerreviews/page=1/id=1/sortby=mostrecent/json",
            "https://itunes.apple.com/nl/rss/customerreviews/page=2/id=1/sortby=mostrecent/json",
        ),
        (
            "https://itunes.apple.com/nl/rss/customerreviews/page=9/id=1/sortby=mostrecent/json",
            "https://itunes.apple.com/nl/rss/customerreviews/page=10/id=1/sortby=mostrecent/json",
        ),
        (
            "https://itunes.apple.com/nl/rss/customerreviews/page=10/id=1/sortby=mostrecent/json",
            None,
        ),
        (  # a URL without a page is page 1
            "https://itunes.apple.com/nl/rss/customerreviews/id=1/sortBy=mostRecent/json",
            "https://itunes.apple.com/nl/rss/customerreviews/page=2/id=1/sortBy=mostRecent/json",
        ),
    ],
    ids=["first", "ninth", "tenth-is-apples-last", "no-page-in-url"],
)
def test_appstore_next_page_counts_up_to_apples_tenth(url: str, following: str | None) -> None:
    assert KIND.next_page(_feed(_review("1")), url, {}) == following


@pytest.mark.parametrize(
    "page",
    [
        _feed(),
        json.dumps(
            {"feed": {"entry": {"im:name": {"label": "Bolderkar"}, "id": {"label": "x"}}}}
        ).encode(),
        b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xmlns:im="http://itunes.apple.com/rss"></feed>',
        b"<html><body>Service Unavailable</body></html>",
    ],
    ids=["json-no-entries", "json-only-the-app", "xml-no-entries", "not-a-feed"],
)
def test_appstore_page_without_reviews_is_the_last(page: bytes) -> None:
    url = "https://itunes.apple.com/nl/rss/customerreviews/page=3/id=1/sortby=mostrecent/json"
    assert KIND.next_page(page, url, {}) is None


def test_appstore_poll_follows_pages_until_one_holds_no_reviews(
    feed_server: FeedServer,
    make_config: Callable[..., Path],
    cli: Callable[..., Result],
    db_path: str,
) -> None:
    for page, body in (
        (1, _feed(_review("31"), _review("30"))),
        (2, _feed(_review("29"), single=True)),
        (3, _feed()),
    ):
        feed_server.route(APP_PATH.format(page), body, content_type="application/json")
    config_path = make_config(
        {"name": "app", "kind": "appstore", "url": feed_server.url(APP_PATH.format(1))},
        brand={"name": "Bolderkar", "keywords": ["bolderkar"]},
    )

    result = cli("poll", "--config", config_path, "--db", db_path, "--now", NOW)

    assert result.exit_code == 0, result.stderr
    assert "app: 3 new, 0 already seen" in result.stderr
    assert [hit.path for hit in feed_server.hits] == [APP_PATH.format(n) for n in (1, 2, 3)]


def test_appstore_page_with_a_malformed_entry_still_leads_to_the_next_page() -> None:
    url = "https://itunes.apple.com/nl/rss/customerreviews/page=1/id=1/sortby=mostrecent/json"
    page = json.loads(_feed(_review("1")))
    page["feed"]["entry"].insert(0, "not an entry")
    assert KIND.next_page(json.dumps(page).encode(), url, {}) == url.replace("page=1", "page=2")


def test_appstore_poll_pages_past_a_page_with_one_malformed_entry(
    feed_server: FeedServer,
    make_config: Callable[..., Path],
    cli: Callable[..., Result],
    db_path: str,
) -> None:
    first = json.loads(_feed(_review("31"), _review("30")))
    first["feed"]["entry"].insert(1, ["a list, not an entry"])
    for page, body in (
        (1, json.dumps(first).encode()),
        (2, _feed(_review("29"))),
        (3, _feed()),
    ):
        feed_server.route(APP_PATH.format(page), body, content_type="application/json")
    config_path = make_config(
        {"name": "app", "kind": "appstore", "url": feed_server.url(APP_PATH.format(1))},
        brand={"name": "Bolderkar", "keywords": ["bolderkar"]},
    )

    result = cli("poll", "--config", config_path, "--db", db_path, "--now", NOW)

    assert result.exit_code == 0, result.stderr
    assert "app: 3 new, 0 already seen" in result.stderr
    assert "could not read the next-page link" not in result.stderr
    assert [hit.path for hit in feed_server.hits] == [APP_PATH.format(n) for n in (1, 2, 3)]


# ---------------------------------------------------------------- format quirks


def test_appstore_json_page_with_one_review_gives_it_as_an_object() -> None:
    [mention] = parse(_feed(_review("6290024630", rating="4"), single=True), SPEC)
    assert (mention.native_id, mention.rating, mention.author) == ("6290024630", 4, "Eva")


def test_appstore_xml_uses_the_plain_text_content_not_the_html_table() -> None:
    items = parse((DATA / "appstore" / "atom.xml").read_bytes(), SPEC)
    texts = [m.text for m in mentions_of(items)]
    assert not any("Helvetica" in text or "<table" in text for text in texts)
    assert texts[1].endswith("laadt traag. <3")  # `&lt;3` in plain text is a heart, kept


def test_appstore_xml_with_only_the_html_content_is_reduced_to_text() -> None:
    raw = (
        b'<?xml version="1.0" encoding="utf-8"?>'
        b'<feed xmlns:im="http://itunes.apple.com/rss" xmlns="http://www.w3.org/2005/Atom">'
        b"<entry><updated>2026-11-22T10:00:00-07:00</updated><id>77</id><title>Traag</title>"
        b'<content type="html">&lt;table&gt;&lt;tr&gt;&lt;td&gt;De app is &lt;b&gt;traag&lt;/b&gt;'
        b"&amp;amp; loopt vast&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;</content>"
        b"<im:rating>2</im:rating><author><name>Piet</name></author></entry></feed>"
    )
    [mention] = parse(raw, SPEC)
    assert isinstance(mention, Mention)
    assert mention.text == "Traag\nDe app is traag& loopt vast"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            b"<html><head><title>Apple</title></head><body>Not Found</body></html>",
            "expected an Atom <feed>",
        ),
        (b'{"resultCount": 0, "results": []}', 'expected {"feed"'),
        (b"Service Unavailable", "expected JSON or XML"),
        (b"", "an empty response"),
        (b'{"feed": {"entry": [', "not valid App Store reviews JSON"),
        (
            b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><entry>',
            "not a readable",
        ),
        (
            b'<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY a "Bolderkar">]>'
            b'<feed xmlns="http://www.w3.org/2005/Atom"></feed>',
            "declares a DTD",
        ),
    ],
    ids=[
        "html-page",
        "other-json",
        "plain-text",
        "empty",
        "truncated-json",
        "truncated-xml",
        "dtd",
    ],
)
def test_appstore_response_that_is_no_reviews_feed_is_a_source_error(
    body: bytes, reason: str
) -> None:
    with pytest.raises(SourceError, match=reason):
        parse(body, SPEC)
