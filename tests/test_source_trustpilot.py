"""`trustpilot`: API JSON and the Business CSV export, company replies, UTC times, paging."""

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

from webcare import config
from webcare.errors import ConfigError, SourceError
from webcare.model import Problem, Reply
from webcare.sources.trustpilot import KIND
from webcare.timeparse import iso_utc


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


SPEC = spec_for(DATA / "trustpilot" / "inline.json")
UNIT = "5f2b8c1e9a7d4e0001a3b4c5"
JSON_TYPE = "application/json; charset=utf-8"


def _review(n: int, text: str = "Bolderkar levert snel", **extra: Any) -> dict[str, Any]:
    return {
        "id": f"6740a1c2f3e4d50012ab34{n:02d}",
        "consumer": {"displayName": f"Klant {n}", "numberOfReviews": 1},
        "stars": 4,
        "title": "",
        "text": text,
        "createdAt": f"2026-11-22T{n:02d}:00:00Z",
        **extra,
    }


def _page(*reviews: dict[str, Any], next_href: str | None = None) -> bytes:
    links = [{"href": next_href, "method": "GET", "rel": "next-page"}] if next_href else []
    return json.dumps({"links": links, "reviews": list(reviews)}).encode()


def _source(**keys: Any) -> config.SourceSpec:
    return config.parse({"sources": [{"name": "tp", "kind": "trustpilot", **keys}]}).sources[0]


# ---------------------------------------------------------------- parsing


def test_trustpilot_times_without_offset_are_utc_not_the_brand_zone() -> None:
    raw = _page(_review(1, createdAt="2026-11-22T19:45:10"))
    [mention] = parse(raw, SPEC)
    assert iso_utc(mention.created_at) == "2026-11-22T19:45:10Z"  # not 18:45 (Amsterdam)


def test_trustpilot_company_reply_answers_its_review_at_the_reply_time() -> None:
    reply = {
        "text": "Sorry!",
        "authorBusinessUserName": "Sanne",
        "createdAt": "2026-11-22T12:30:00",
    }
    items = parse(_page(_review(1, companyReply=reply), _review(2)), SPEC)
    assert [type(item).__name__ for item in items] == ["Mention", "Reply", "Mention"]
    answer = items[1]
    assert isinstance(answer, Reply)
    assert (answer.in_reply_to, answer.author, iso_utc(answer.created_at)) == (
        "6740a1c2f3e4d50012ab3401",
        "Sanne",
        "2026-11-22T12:30:00Z",
    )


@pytest.mark.parametrize(
    "header",
    [
        # the names the brief and Trustpilot's own UI use
        "Review Id,Review Created (UTC),Review Consumer User Name,Review Title,Review Content,"
        "Review Stars,Reply Content,Reply Created (UTC)",
        # an export re-saved by a spreadsheet: other case, stray spaces, semicolons
        "review id;review created (utc);Review  Username;review title;review content;"
        "review stars;Company Response;Business Reply Date (UTC)",
    ],
    ids=["reply-columns", "resaved"],
)
def test_trustpilot_csv_columns_are_found_by_their_known_names(header: str) -> None:
    sep = ";" if ";" in header else ","
    row = sep.join(
        [
            "6741a0b1c2d3e40012cd5501",
            "2026-11-21 16:45:12",
            "Henk",
            "Kapot",
            "Bolderkar kwam kapot aan",
            "1",
            "Sorry Henk",
            "2026-11-22 08:30:00",
        ]
    )
    items = parse(f"{header}\n{row}\n".encode(), SPEC)
    [mention] = mentions_of(items)
    [reply] = [item for item in items if isinstance(item, Reply)]
    assert (mention.author, mention.rating, mention.text) == (
        "Henk",
        1,
        "Kapot\nBolderkar kwam kapot aan",
    )
    assert mention.url == "https://www.trustpilot.com/reviews/6741a0b1c2d3e40012cd5501"
    assert iso_utc(mention.created_at) == "2026-11-21T16:45:12Z"
    assert (reply.in_reply_to, iso_utc(reply.created_at)) == (
        "6741a0b1c2d3e40012cd5501",
        "2026-11-22T08:30:00Z",
    )


def test_trustpilot_csv_export_in_utf16_from_excel_is_read() -> None:
    raw = (DATA / "trustpilot" / "export.csv").read_text(encoding="utf-8").encode("utf-16")
    assert len(mentions_of(parse(raw, SPEC))) == 3


def test_trustpilot_bad_stars_keep_the_review_without_a_rating() -> None:
    items = parse(_page(_review(1, stars=0)), SPEC)
    [mention] = mentions_of(items)
    assert mention.rating is None
    assert [p.message for p in items if isinstance(p, Problem)] == [
        "review 6740a1c2f3e4d50012ab3401: rating 0 is not a whole number from 1 to 5; "
        "kept the mention without a rating"
    ]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<html><body>Unauthorized</body></html>", "the response is HTML"),
        (b'{"fault": {"faultstring": "Invalid ApiKey"}}', "expected an object with a `reviews`"),
        (b'{"reviews": [', "not valid Trustpilot reviews JSON"),
        (b"naam,datum,tekst\nHenk,2026-11-21,Bolderkar top\n", "'Review Content'"),
        (b"", "empty response"),
    ],
    ids=["html", "error-object", "truncated", "other-csv", "empty"],
)
def test_trustpilot_document_of_another_format_is_a_source_error(body: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        parse(body, SPEC)


def test_trustpilot_empty_page_is_not_an_error() -> None:
    assert parse(_page(), SPEC) == []


# ---------------------------------------------------------------- paging


def test_trustpilot_next_page_is_the_next_page_link() -> None:
    url = f"https://api.trustpilot.com/v1/business-units/{UNIT}/reviews?perPage=100"
    nxt = f"https://api.trustpilot.com/v1/business-units/{UNIT}/reviews?page=2&perPage=100"
    assert KIND.next_page(_page(_review(1), next_href=nxt), url, {}) == nxt
    assert KIND.next_page(_page(_review(1)), url, {}) is None
    assert KIND.next_page((DATA / "trustpilot" / "export.csv").read_bytes(), url, {}) is None


def test_trustpilot_poll_sends_the_key_and_follows_next_page(
    feed_server: FeedServer,
    make_config: Callable[..., Path],
    cli: Callable[..., Result],
    db_path: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TP_KEY", "s3cret-key")
    second = feed_server.url("/reviews?page=2")
    url = feed_server.route("/reviews", _page(_review(1), next_href=second), content_type=JSON_TYPE)
    feed_server.route("/reviews?page=2", _page(_review(2)), content_type=JSON_TYPE)
    source = {"name": "tp", "kind": "trustpilot", "url": url, "api_key": "${TP_KEY}"}
    result = cli("poll", "--config", make_config(source), "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert "tp: 2 new, 0 already seen" in result.stderr
    assert [hit.headers.get("apikey") for hit in feed_server.hits] == ["s3cret-key"] * 2
    assert "s3cret-key" not in result.stderr + result.stdout


# ---------------------------------------------------------------- options


def test_trustpilot_url_is_built_from_the_business_unit() -> None:
    spec = _source(business_unit=UNIT, api_key="${TRUSTPILOT_API_KEY}")
    assert spec.url == (
        f"https://api.trustpilot.com/v1/business-units/{UNIT}/reviews"
        "?perPage=100&orderBy=createdat.desc"
    )
    assert KIND.request_headers(spec.options) == {"apikey": "${TRUSTPILOT_API_KEY}"}


@pytest.mark.parametrize(
    ("keys", "key", "message"),
    [
        ({"business_unit": "www.bolderkar.nl"}, "business_unit", "business unit id"),
        (
            {"business_unit": UNIT, "api_key": "abc123literal"},
            "api_key",
            "environment reference",
        ),
    ],
    ids=["domain-not-id", "literal-key"],
)
def test_trustpilot_bad_option_names_its_key(keys: dict[str, str], key: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as caught:
        _source(**keys)
    assert caught.value.key == f"sources[0] (tp).{key}"
    assert "abc123literal" not in str(caught.value)


def test_trustpilot_without_business_unit_or_url_asks_for_one() -> None:
    with pytest.raises(ConfigError, match="give one of `url` or `path`"):
        _source()
