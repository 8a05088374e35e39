"""The helpers every source kind shares: secret options, token headers, the safe feed parse."""

from __future__ import annotations

import inspect
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from test_sources import AMSTERDAM, DATA, SEEN_AT, spec_for

from webcare import config, sources
from webcare.errors import ConfigError, SourceError
from webcare.model import Problem
from webcare.sources.base import (
    OptionError,
    ParseContext,
    bearer_header,
    check_secret,
    parse_feed,
    secret_header,
    with_query,
)

# The kinds whose token goes in `Authorization: Bearer`, with the option that holds it.
BEARER_KINDS = {
    "bluesky": ("access_token", {"query": "acme"}),
    "mastodon": ("access_token", {"instance": "mastodon.nl", "tag": "acme"}),
    "facebook": ("token", {"page_id": "1234567890"}),
    "google-reviews": ("token", {"account": "113", "location": "928"}),
    "x-api": ("token", {"query": "acme"}),
}


def _source(kind: str, **table: Any) -> config.SourceSpec:
    return config.parse({"sources": [{"name": "s", "kind": kind, **table}]}).sources[0]


# ---------------------------------------------------------------- secret options


@pytest.mark.parametrize("value", ["${ACME_TOKEN}", "Bearer ${ACME_TOKEN}", "x-${A}-y"])
def test_a_secret_option_holding_a_reference_anywhere_is_accepted(value: str) -> None:
    check_secret({"token": value}, "token", what="bearer token", example="X_TOKEN")


def test_a_missing_secret_option_is_accepted() -> None:
    check_secret({}, "token", what="bearer token", example="X_TOKEN")


@pytest.mark.parametrize(
    ("what", "message"),
    [
        (
            "bearer token",
            'write the bearer token as an environment reference such as "${X_TOKEN}", '
            "never the token itself",
        ),
        (
            "key",
            'write the key as an environment reference such as "${X_TOKEN}", never the key itself',
        ),
    ],
)
def test_a_literal_secret_is_refused_naming_the_option(what: str, message: str) -> None:
    for literal in ("AAAA0%2Bsecret", "$ACME_TOKEN", "${1BAD}"):
        with pytest.raises(OptionError) as caught:
            check_secret({"token": literal}, "token", what=what, example="X_TOKEN")
        assert (caught.value.key, str(caught.value)) == ("token", message)


@pytest.mark.parametrize("kind", [*BEARER_KINDS, "kiyoh", "trustpilot"])
def test_every_kind_with_a_secret_refuses_it_written_out(kind: str) -> None:
    key, table = BEARER_KINDS.get(kind, ("api_key" if kind == "trustpilot" else "token", {}))
    with pytest.raises(ConfigError) as caught:
        _source(kind, url="https://api.example/", **table, **{key: "s3cret-literal"})
    assert caught.value.key == f"sources[0] (s).{key}"
    assert "environment reference" in str(caught.value)
    assert "s3cret-literal" not in str(caught.value)


# ---------------------------------------------------------------- headers


@pytest.mark.parametrize(
    "token", ["${ACME_TOKEN}", "Bearer ${ACME_TOKEN}", "Bearer  ${ACME_TOKEN}"]
)
def test_the_bearer_header_keeps_the_reference_and_says_bearer_once(token: str) -> None:
    assert bearer_header({"token": token}) == {"Authorization": "Bearer ${ACME_TOKEN}"}
    assert bearer_header({"access_token": token}, "access_token") == {
        "Authorization": "Bearer ${ACME_TOKEN}"
    }


@pytest.mark.parametrize("options", [{}, {"token": ""}], ids=["absent", "empty"])
def test_no_token_is_no_header(options: dict[str, str]) -> None:
    assert bearer_header(options) == {}
    assert secret_header(options, "token", "apikey") == {}


def test_a_secret_header_is_the_reference_as_written() -> None:
    assert secret_header({"api_key": "${TP_KEY}"}, "api_key", "apikey") == {"apikey": "${TP_KEY}"}


@pytest.mark.parametrize("kind", BEARER_KINDS)
def test_every_bearer_kind_sends_one_bearer_even_when_the_config_writes_it(kind: str) -> None:
    # bluesky and mastodon used to send "Bearer Bearer …" for a token written with its scheme.
    key, table = BEARER_KINDS[kind]
    for token in ("${ACME_TOKEN}", "Bearer ${ACME_TOKEN}"):
        spec = _source(kind, **table, **{key: token})
        assert sources.get(kind).request_headers(spec.options) == {
            "Authorization": "Bearer ${ACME_TOKEN}"
        }


# ---------------------------------------------------------------- the safe feed parse

CTX = ParseContext(spec=spec_for(DATA / "rss" / "inline.xml"), timezone=AMSTERDAM, seen_at=SEEN_AT)
ENTRY = "<item><title>Acme {}</title><link>https://x.example/1</link></item>"


def _rss(*items: str) -> bytes:
    return f'<?xml version="1.0"?><rss version="2.0"><channel>{"".join(items)}</channel></rss>'.encode()


def test_parse_feed_never_opens_a_file_the_body_names(tmp_path: Path) -> None:
    local = tmp_path / "private-notes.xml"
    local.write_bytes(_rss(ENTRY.format("intern")))
    with pytest.raises(SourceError, match=r"unreadable \(.*inline.xml\): line 2, column 1: "):
        parse_feed(str(local).encode(), CTX, not_a_feed="no feed", unreadable="unreadable")


@pytest.mark.parametrize(
    ("body", "unreadable", "message"),
    [
        (b"not xml at all", "unreadable", "unreadable ("),
        (b"not xml at all", None, "no feed"),
        (b"<html><body>Log in</body></html>", "unreadable", "no feed"),
        (b"", "unreadable", "no feed"),
    ],
    ids=["garbage", "garbage-one-message", "html-page", "empty"],
)
def test_parse_feed_without_entries_says_why(
    body: bytes, unreadable: str | None, message: str
) -> None:
    with pytest.raises(SourceError) as caught:
        parse_feed(body, CTX, not_a_feed="no feed", unreadable=unreadable)
    assert caught.value.reason.startswith(message)


def test_parse_feed_reads_a_malformed_feed_as_far_as_it_goes() -> None:
    feed = parse_feed(_rss(ENTRY.format("&bogus;")), CTX, not_a_feed="no feed")
    assert [entry.get("link") for entry in feed.entries] == ["https://x.example/1"]
    [warning] = feed.warnings()
    assert isinstance(warning, Problem) and "not well-formed" in warning.message
    feed.check_read(usable=1)
    with pytest.raises(SourceError, match="unreadable"):
        parse_feed(
            _rss(ENTRY.format("&bogus;")), CTX, not_a_feed="no feed", unreadable="unreadable"
        ).check_read(usable=0)


def test_parse_feed_of_a_well_formed_empty_feed_has_no_entries_and_no_warning() -> None:
    feed = parse_feed(_rss(), CTX, not_a_feed="no feed", unreadable="unreadable")
    assert (feed.entries, feed.warnings(), feed.malformed) == ([], [], None)
    feed.check_read(usable=0)


# ---------------------------------------------------------------- one next-page hook


@pytest.mark.parametrize("name", sources.kinds())
def test_every_kind_pages_through_one_hook_with_one_signature(name: str) -> None:
    kind = type(sources.get(name))
    assert list(inspect.signature(kind.next_page).parameters) == ["self", "raw", "url", "options"]
    assert not hasattr(kind, "next_page_with")  # one hook, one name


@pytest.mark.parametrize(
    ("url", "kwargs", "expected"),
    [
        ("https://a.example/x?q=acme+nl&page=1", {}, "https://a.example/x?q=acme+nl&page=2"),
        ("https://a.example/x?page=1&q=acme", {}, "https://a.example/x?q=acme&page=2"),
        ("https://a.example/x", {}, "https://a.example/x?page=2"),
        (
            "https://a.example/x?tags=(story,comment)&flag=",
            {"safe": "(),"},
            "https://a.example/x?tags=(story,comment)&flag=&page=2",
        ),
        (
            "https://a.example/x?q=acme nl",
            {"quote_via": quote},
            "https://a.example/x?q=acme%20nl&page=2",
        ),
    ],
    ids=["replaced", "moved-last", "added", "safe", "quote-via"],
)
def test_with_query_sets_one_parameter_and_keeps_the_rest(
    url: str, kwargs: dict[str, Any], expected: str
) -> None:
    assert with_query(url, "page", "2", **kwargs) == expected
