"""`json`: any JSON document, its item list at a dotted path, the next page at another."""

from __future__ import annotations

import json
import re
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


KIND = sources.get("json")
INLINE = DATA / "json" / "inline.json"
FIELDS = {"text": "message", "author": "user.handle", "created_at": "posted"}


def _post(n: int, message: str) -> dict[str, Any]:
    return {"message": message, "user": {"handle": f"klant{n}"}, "posted": "2026-11-22T10:00:00Z"}


def test_items_path_reaches_the_list_inside_an_api_response() -> None:
    page = {
        "data": {"results": [_post(1, "Acme bezorgt weer te laat"), _post(2, "Acme top!")]},
        "paging": {"next": "https://api.example/posts?cursor=b2"},
    }
    spec = spec_for(INLINE, items="data.results", fields=FIELDS)
    mentions = mentions_of(parse(json.dumps(page).encode(), spec))
    assert [(m.author, m.text) for m in mentions] == [
        ("klant1", "Acme bezorgt weer te laat"),
        ("klant2", "Acme top!"),
    ]


def test_a_bad_item_is_named_by_its_position_and_the_others_are_read() -> None:
    page = {"results": [_post(1, "Acme app crasht"), 42, {"posted": "2026-11-22T11:00:00Z"}]}
    items = parse(json.dumps(page).encode(), spec_for(INLINE, items="results", fields=FIELDS))
    assert [m.author for m in mentions_of(items)] == ["klant1"]
    assert [(p.message, p.line) for p in items if isinstance(p, Problem)] == [
        ("item 2: expected a JSON object, found a number; skipped", None),
        ("item 3: no 'message' field; skipped (map it with fields.text)", None),
    ]


def test_a_null_item_list_is_an_empty_page() -> None:
    raw = json.dumps({"data": {"results": None}}).encode()
    assert parse(raw, spec_for(INLINE, items="data.results")) == []


@pytest.mark.parametrize(
    ("document", "items", "reason"),
    [
        (
            {"data": {"items": [], "total": 0}},
            "data.results",
            "items 'data.results' is not in the document: data has no 'results'; "
            "it is an object (keys: items, total)",
        ),
        (
            {"data": {"results": {"id": 1}}},
            "data.results",
            "items 'data.results' leads to an object (keys: id), not a list",
        ),
        (
            {"meta": {"count": 2}, "data": [_post(1, "Acme")]},
            None,
            "expected a JSON list of items, found an object (keys: meta, data); "
            "set `items` to the path of the list (lists here: data)",
        ),
        (
            [_post(1, "Acme")],
            "data",
            "items 'data': the document is a list, not an object",
        ),
    ],
    ids=["missing-path", "object-not-list", "object-without-items", "list-with-items"],
)
def test_a_path_that_does_not_lead_to_a_list_is_a_source_error_naming_it(
    document: Any, items: str | None, reason: str
) -> None:
    spec = spec_for(INLINE, items=items) if items else spec_for(INLINE)
    with pytest.raises(SourceError, match=re.escape(reason)):
        parse(json.dumps(document).encode(), spec)


def test_a_login_page_instead_of_json_is_a_source_error() -> None:
    with pytest.raises(SourceError, match="not JSON: the response is HTML or XML"):
        parse(b"<!DOCTYPE html><html><body>Log in</body></html>", spec_for(INLINE))


@pytest.mark.parametrize(
    ("page", "path", "expected"),
    [
        (
            {"paging": {"next": "https://api.example/v2/posts?cursor=QVFIUm"}},
            "paging.next",
            "https://api.example/v2/posts?cursor=QVFIUm",
        ),
        (  # a link relative to the page it came from
            {"links": {"next": "/v2/posts?page=3"}},
            "links.next",
            "https://api.example/v2/posts?page=3",
        ),
        (  # OData names its link with a dot in the key
            {"@odata.nextLink": "https://api.example/v2/posts?$skiptoken=X"},
            "@odata.nextLink",
            "https://api.example/v2/posts?$skiptoken=X",
        ),
        ({"links": {"next": None}}, "links.next", None),  # the last page
        ({"links": {}}, "links.next", None),
        ({"links": {"next": "javascript:alert(1)"}}, "links.next", None),
    ],
    ids=["absolute", "relative", "odata", "null", "absent", "not-http"],
)
def test_next_page_is_the_url_at_the_next_path(
    page: dict[str, Any], path: str, expected: str | None
) -> None:
    raw = json.dumps(page).encode()
    url = "https://api.example/v2/posts?page=2"
    assert KIND.next_page(raw, url, {"next": path}) == expected


def test_poll_follows_the_next_path_to_the_last_page(
    feed_server: FeedServer,
    make_config: Callable[..., Path],
    cli: Callable[..., Result],
    db_path: str,
) -> None:
    first = {"results": [_post(1, "Acme levert te laat")], "links": {"next": "/posts?page=2"}}
    second = {"results": [_post(2, "Acme retour nog niet verwerkt")], "links": {"next": None}}
    url = feed_server.route("/posts?page=1", json.dumps(first), content_type="application/json")
    feed_server.route("/posts?page=2", json.dumps(second), content_type="application/json")
    source = {
        "name": "api",
        "kind": "json",
        "url": url,
        "items": "results",
        "next": "links.next",
        "fields": FIELDS,
    }
    result = cli("poll", "--config", make_config(source), "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert "api: 2 new, 0 already seen" in result.stderr


def test_without_a_next_path_there_is_no_next_page() -> None:
    raw = json.dumps({"paging": {"next": "https://api.example/p2"}}).encode()
    assert KIND.next_page(raw, "https://api.example/p1", {}) is None


@pytest.mark.parametrize(
    ("key", "value"),
    [("items", "data..results"), ("next", "links."), ("next", "")],
)
def test_a_malformed_path_option_is_a_config_error_naming_the_key(key: str, value: str) -> None:
    table = {"name": "api", "kind": "json", "url": "https://api.example/v2/posts", key: value}
    with pytest.raises(ConfigError) as caught:
        config.parse({"sources": [table]})
    assert caught.value.key == f"sources[0] (api).{key}"
