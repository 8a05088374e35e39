"""`google-reviews`: stars, Google's translations, rating-only reviews, owner replies, paging."""

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
from webcare.sources.google_reviews import KIND, original_text
from webcare.timeparse import iso_utc


@pytest.fixture
def db_path(store_url: str) -> str:
    """This file's stores, on every backend: a SQLite file or a PostgreSQL database."""
    return store_url


SPEC = spec_for(DATA / "google-reviews" / "inline.json")
JSON_TYPE = "application/json; charset=utf-8"
BASE = "https://mybusiness.googleapis.com/v4/accounts/113/locations/928/reviews"


def _review(n: int, **fields: Any) -> dict[str, Any]:
    return {
        "name": f"accounts/113/locations/928/reviews/R{n}",
        "reviewId": f"R{n}",
        "reviewer": {"displayName": f"Klant {n}", "isAnonymous": False},
        "starRating": "FOUR",
        "comment": "Bolderkar prima",
        "createTime": f"2026-11-22T{n:02d}:00:00.123456789Z",
        "updateTime": f"2026-11-22T{n:02d}:00:00.123456789Z",
        **fields,
    }


def _page(*reviews: dict[str, Any], token: str | None = None) -> bytes:
    body: dict[str, Any] = {"reviews": list(reviews), "averageRating": 4, "totalReviewCount": 9}
    if token:
        body["nextPageToken"] = token
    return json.dumps(body).encode()


def _source(**keys: Any) -> config.SourceSpec:
    table = {"name": "gbp", "kind": "google-reviews", **keys}
    return config.parse({"sources": [table]}).sources[0]


# ---------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    ("comment", "kept"),
    [
        (
            "(Translated by Google) Snelle levering\n\n(Original)\nFast delivery, great wagon",
            "Fast delivery, great wagon",
        ),
        ("Snelle levering!\n\n(Translated by Google)\nFast delivery!", "Snelle levering!"),
        ("(Translated by Google) Fast delivery!", "Fast delivery!"),
        ("Gewoon een review (zonder vertaling)", "Gewoon een review (zonder vertaling)"),
    ],
    ids=["translation-first", "original-first", "translation-only", "untranslated"],
)
def test_google_reviews_keep_the_reviewers_own_words(comment: str, kept: str) -> None:
    assert original_text(comment) == kept
    [mention] = parse(_page(_review(1, comment=comment)), SPEC)
    assert mention.text == kept


@pytest.mark.parametrize(
    ("stars", "rating"),
    [
        ("ONE", 1),
        ("TWO", 2),
        ("THREE", 3),
        ("FOUR", 4),
        ("FIVE", 5),
        ("STAR_RATING_UNSPECIFIED", None),
    ],
)
def test_google_reviews_star_words_become_ratings(stars: str, rating: int | None) -> None:
    [mention] = parse(_page(_review(1, starRating=stars)), SPEC)
    assert mention.rating == rating


def test_google_reviews_rating_only_review_is_kept_with_its_stars_as_text() -> None:
    review = _review(1, starRating="TWO")
    del review["comment"]
    [mention] = parse(_page(review), SPEC)
    assert (mention.rating, mention.text) == (2, "★★☆☆☆ 2/5: rating only, no text")


def test_google_reviews_unknown_star_word_keeps_the_review_without_rating() -> None:
    items = parse(_page(_review(1, starRating="SIX")), SPEC)
    assert [m.rating for m in mentions_of(items)] == [None]
    assert [p.message for p in items if isinstance(p, Problem)] == [
        "review R1: starRating 'SIX' is not ONE to FIVE; kept without a rating"
    ]


def test_google_reviews_owner_reply_answers_the_review_at_its_update_time() -> None:
    reply = {"comment": "Dank je!", "updateTime": "2026-11-22T09:30:00.5Z"}
    items = parse(_page(_review(1, reviewReply=reply), _review(2)), SPEC)
    assert [type(item).__name__ for item in items] == ["Mention", "Reply", "Mention"]
    answer = items[1]
    assert isinstance(answer, Reply)
    assert (answer.in_reply_to, answer.author, iso_utc(answer.created_at)) == (
        "R1",
        "owner",
        "2026-11-22T09:30:00Z",
    )


def test_google_reviews_missing_create_time_falls_back_to_update_time() -> None:
    review = _review(1, updateTime="2026-11-22T05:00:00Z")
    del review["createTime"]
    [mention] = parse(_page(review), SPEC)
    assert (iso_utc(mention.created_at), mention.created_at_estimated) == (
        "2026-11-22T05:00:00Z",
        False,
    )


def test_google_reviews_batch_form_is_read() -> None:
    body = {"locationReviews": [{"name": "accounts/113/locations/928", "review": _review(3)}]}
    [mention] = parse(json.dumps(body).encode(), SPEC)
    assert (mention.native_id, iso_utc(mention.created_at)) == ("R3", "2026-11-22T03:00:00Z")


@pytest.mark.parametrize("body", [b"{}", b'{"averageRating": 0, "totalReviewCount": 0}'])
def test_google_reviews_location_without_reviews_is_not_an_error(body: bytes) -> None:
    assert parse(body, SPEC) == []


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            b'{"error": {"code": 401, "message": "Request had invalid authentication credentials.",'
            b' "status": "UNAUTHENTICATED"}}',
            "Google API error 401: Request had invalid authentication credentials.",
        ),
        (b'{"items": []}', "expected an object with a `reviews` list"),
        (b'[{"reviewId": "R1"}]', "expected an object with a `reviews` list"),
        (b"<!DOCTYPE html><html><title>Sign in</title></html>", "the response is HTML"),
        (b'{"reviews": [{"reviewId"', "not valid Google Business Profile reviews JSON"),
    ],
    ids=["api-error", "other-object", "bare-list", "html", "truncated"],
)
def test_google_reviews_document_of_another_format_is_a_source_error(
    body: bytes, reason: str
) -> None:
    with pytest.raises(SourceError, match=reason):
        parse(body, SPEC)


# ---------------------------------------------------------------- paging


def test_google_reviews_next_page_sets_the_page_token() -> None:
    first = f"{BASE}?pageSize=50"
    second = KIND.next_page(_page(_review(1), token="tok/2=="), first, {})
    assert second == f"{BASE}?pageSize=50&pageToken=tok%2F2%3D%3D"
    assert KIND.next_page(_page(_review(2), token="tok3"), second, {}) == (
        f"{BASE}?pageSize=50&pageToken=tok3"
    )
    assert KIND.next_page(_page(_review(3)), second, {}) is None


def test_google_reviews_poll_sends_the_bearer_token_and_follows_pages(
    feed_server: FeedServer,
    make_config: Callable[..., Path],
    cli: Callable[..., Result],
    db_path: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GBP_TOKEN", "ya29.s3cret")
    url = feed_server.route(
        "/reviews?pageSize=50", _page(_review(1), token="p2"), content_type=JSON_TYPE
    )
    feed_server.route(
        "/reviews?pageSize=50&pageToken=p2", _page(_review(2)), content_type=JSON_TYPE
    )
    source = {"name": "gbp", "kind": "google-reviews", "url": url, "token": "${GBP_TOKEN}"}
    result = cli("poll", "--config", make_config(source), "--db", db_path, "--now", NOW)
    assert result.exit_code == 0, result.stderr
    assert "gbp: 2 new, 0 already seen" in result.stderr
    assert [hit.headers.get("authorization") for hit in feed_server.hits] == [
        "Bearer ya29.s3cret"
    ] * 2


# ---------------------------------------------------------------- options


@pytest.mark.parametrize(
    "keys",
    [
        {"account": "113", "location": "928"},
        {"account": "accounts/113", "location": "locations/928"},
    ],
    ids=["ids", "resource-names"],
)
def test_google_reviews_url_is_built_from_account_and_location(keys: dict[str, str]) -> None:
    spec = _source(**keys, token="${GBP_TOKEN}")
    assert spec.url == f"{BASE}?pageSize=50"
    assert KIND.request_headers(spec.options) == {"Authorization": "Bearer ${GBP_TOKEN}"}


@pytest.mark.parametrize(
    ("keys", "key", "message"),
    [
        ({"account": "113", "location": "Bolderkar Utrecht"}, "location", "numeric location id"),
        ({"account": "113"}, "location", "give both"),
        ({"account": "113", "location": "928", "token": "ya29.literal"}, "token", "environment"),
    ],
    ids=["location-name", "location-missing", "literal-token"],
)
def test_google_reviews_bad_option_names_its_key(
    keys: dict[str, str], key: str, message: str
) -> None:
    with pytest.raises(ConfigError, match=message) as caught:
        _source(**keys)
    assert caught.value.key == f"sources[0] (gbp).{key}"
    assert "ya29.literal" not in str(caught.value)
