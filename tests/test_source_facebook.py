"""`facebook`: Graph API page comments, the page's own answers as brand replies."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

import pytest
from conftest import NOW
from test_sources import DATA, jsonl_records, parse, spec_for
from typer.testing import Result

from webcare import config, sources
from webcare.errors import ConfigError, SourceError
from webcare.model import Mention, Problem, Reply


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


KIND = sources.get("facebook")
PAGE = "104857600123456"
INLINE = DATA / "facebook" / "inline.json"


def _comment(n: int, who: str, message: str | None, **more: Any) -> dict[str, Any]:
    node: dict[str, Any] = {
        "id": f"9223370000000001_12000000000000{n:02d}",
        "from": {"name": who, "id": PAGE if who == "Bolderkar" else f"73000000000000{n:02d}"},
        "created_time": f"2026-11-22T10:{n:02d}:00+0000",
        **more,
    }
    if message is not None:
        node["message"] = message
    return node


def _source(**keys: Any) -> config.SourceSpec:
    return config.parse({"sources": [{"name": "fb", "kind": "facebook", **keys}]}).sources[0]


def test_one_answer_under_the_pages_post_answers_that_comment_only(
    cli: Callable[..., Result], db_path: str
) -> None:
    fixture = DATA / "facebook" / "feed.json"
    result = cli("import", fixture, "--kind", "facebook", "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    listed = jsonl_records(cli("mentions", "--format", "jsonl", "--db", db_path, "--now", NOW))
    assert {(r["author"], r["text"][:20]): r["responded_at"] for r in listed} == {
        ("Ayla Demir", "Wanneer komt de groe"): "2026-11-21T17:02:19Z",
        ("Joost Bakker", "Mijn BK-2 piept bij "): None,  # commented before, answered by no one
        ("Ayla Demir", "Top, dank je!"): None,
        ("Kees de Vries", "Beste Bolderkar, mij"): "2026-11-22T08:31:02Z",
    }


def test_with_page_id_the_pages_comments_are_replies_or_skipped() -> None:
    page = {
        "data": [
            _comment(1, "Sanne de Boer", "Waar blijft mijn bolderkar?"),
            _comment(
                2,
                "Bolderkar",
                "Hoi Sanne, we sturen je een bericht!",
                parent={"id": "9223370000000001_1200000000000001"},
            ),
            _comment(3, "Bolderkar", "Vragen? Stuur ons een bericht."),
        ]
    }
    items = parse(json.dumps(page).encode(), spec_for(INLINE, page_id=PAGE))
    assert [type(item).__name__ for item in items] == ["Mention", "Reply"]
    reply = items[1]
    assert isinstance(reply, Reply)
    assert (reply.in_reply_to, reply.author) == ("9223370000000001_1200000000000001", "Bolderkar")


def test_without_page_id_the_pages_comments_are_left_to_brand_handles() -> None:
    page = {"data": [_comment(2, "Bolderkar", "Hoi Sanne!", parent={"id": "x_1"})]}
    [mention] = parse(json.dumps(page).encode(), spec_for(INLINE))
    assert isinstance(mention, Mention)
    assert (mention.author, mention.in_reply_to) == ("Bolderkar", "x_1")


def test_comments_without_from_are_reported_when_the_page_is_known() -> None:
    page = {
        "data": [{"id": "1_2", "message": "Bolderkar?", "created_time": "2026-11-22T10:00:00+0000"}]
    }
    items = parse(json.dumps(page).encode(), spec_for(INLINE, page_id=PAGE))
    problems = [item.message for item in items if isinstance(item, Problem)]
    assert len(problems) == 1 and "page access token" in problems[0]


# ---------------------------------------------------------------- API


def test_the_feed_url_is_built_from_the_page_id_and_the_token_goes_in_a_header() -> None:
    spec = _source(page_id=PAGE, token="${FB_PAGE_TOKEN}")
    assert spec.url == (
        f"https://graph.facebook.com/{PAGE}/feed?fields=id,from,message,created_time,"
        "permalink_url,comments.filter(stream).limit(100){id,from,message,created_time,"
        "parent{id},permalink_url}&limit=25"
    )
    assert KIND.request_headers(spec.options) == {"Authorization": "Bearer ${FB_PAGE_TOKEN}"}


@pytest.mark.parametrize(
    ("keys", "key"),
    [
        ({"page_id": "bolderkar.nl"}, "page_id"),
        ({"page_id": PAGE, "token": "EAAGm0PX4ZCpsBAOZBZCZAZBxyz"}, "token"),
    ],
    ids=["page-name", "literal-token"],
)
def test_bad_options_are_config_errors_naming_the_key(keys: dict[str, str], key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        _source(**keys)
    assert caught.value.key == f"sources[0] (fb).{key}"
    assert "EAAG" not in str(caught.value)


def test_next_page_is_paging_next_until_the_last_page() -> None:
    page = json.loads((DATA / "facebook" / "comments.json").read_text(encoding="utf-8"))
    url = "https://graph.facebook.com/v21.0/104857600123456_9223370000000001/comments"
    assert KIND.next_page(json.dumps(page).encode(), url, {}) == page["paging"]["next"]
    del page["paging"]["next"]
    assert KIND.next_page(json.dumps(page).encode(), url, {}) is None


@pytest.mark.parametrize(
    ("document", "reason"),
    [
        (
            {
                "error": {
                    "message": "Error validating access token: Session has expired.",
                    "type": "OAuthException",
                    "code": 190,
                    "fbtrace_id": "AbCdEf",
                }
            },
            "the Graph API answered with an error: (#190) Error validating access token",
        ),
        (
            {"id": PAGE, "name": "Bolderkar"},
            "not a Graph API comments or feed response: expected an object with a `data` list",
        ),
    ],
    ids=["expired-token", "page-object"],
)
def test_a_response_without_comments_is_a_source_error(document: Any, reason: str) -> None:
    with pytest.raises(SourceError, match=re.escape(reason)):
        parse(json.dumps(document).encode(), spec_for(INLINE))
