"""`kiyoh`: the publication API's URL and token, 10-point scores as stars, company responses."""

from __future__ import annotations

import json
from typing import Any

import pytest
from test_sources import DATA, mentions_of, parse, spec_for

from webcare import config, sources
from webcare.errors import ConfigError, SourceError
from webcare.model import Problem, Reply
from webcare.timeparse import iso_utc

KIND = sources.get("kiyoh")
SPEC = spec_for(DATA / "kiyoh" / "inline.json")


def _source(**table: Any) -> config.SourceSpec:
    return config.parse({"sources": [{"name": "kiyoh", "kind": "kiyoh", **table}]}).sources[0]


def _review(**fields: Any) -> dict[str, Any]:
    review = {
        "reviewId": "r-1",
        "reviewAuthor": "Eva",
        "city": "Leiden",
        "rating": 7,
        "reviewContent": [
            {"questionGroup": "DEFAULT_ONELINER", "questionType": "TEXT", "rating": "Prima"},
            {"questionGroup": "DEFAULT_OPINION", "questionType": "TEXT", "rating": "Snel."},
        ],
        "dateSince": "2026-11-22T10:00:00.000+01:00",
        "updatedSince": "2026-11-22T10:00:00.000+01:00",
    }
    review.update(fields)
    return review


def _feed(*reviews: dict[str, Any]) -> bytes:
    return json.dumps({"locationName": "Bolderkar B.V.", "reviews": list(reviews)}).encode()


# ---------------------------------------------------------------- options, URL, token


@pytest.mark.parametrize(
    ("options", "url"),
    [
        (
            {"location_id": "1069517"},
            "https://www.kiyoh.com/v1/publication/review/external?locationId=1069517"
            "&tenantId=98&orderBy=UPDATE_DATE&sortOrder=DESC&limit=100",
        ),
        (
            {"location_id": 1069517, "tenant_id": "99"},
            "https://www.klantenvertellen.nl/v1/publication/review/external?locationId=1069517"
            "&tenantId=99&orderBy=UPDATE_DATE&sortOrder=DESC&limit=100",
        ),
    ],
    ids=["kiyoh-default-tenant", "klantenvertellen"],
)
def test_kiyoh_url_is_built_from_location_and_tenant(options: dict[str, Any], url: str) -> None:
    assert _source(**options).url == url


def test_kiyoh_token_goes_in_the_publication_api_header_unexpanded() -> None:
    spec = _source(location_id="1069517", token="${KIYOH_TOKEN}")
    assert KIND.request_headers(spec.options) == {"X-Publication-Api-Token": "${KIYOH_TOKEN}"}
    assert KIND.request_headers(_source(location_id="1").options) == {}


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("location_id", "bolderkar", "numeric location id"),
        ("tenant_id", "kiyoh", "98 Kiyoh, 99 Klantenvertellen"),
        ("token", "9f2c41d0-real-token", "environment reference"),
    ],
)
def test_kiyoh_bad_option_is_a_config_error_naming_the_key(
    key: str, value: str, message: str
) -> None:
    with pytest.raises(ConfigError, match=message) as caught:
        _source(**{"location_id": "1069517", key: value})
    assert caught.value.key is not None and caught.value.key.endswith(key)
    assert "9f2c41d0" not in str(caught.value)  # a pasted token is never echoed


# ---------------------------------------------------------------- scores and responses


@pytest.mark.parametrize(
    ("score", "stars"),
    [(1, 1), (2, 1), (3, 2), (4, 2), (5, 3), (6, 3), (7, 4), (8, 4), (9, 5), (10, 5), ("8,5", 4)],
)
def test_kiyoh_ten_point_score_becomes_stars_rounding_half_up(score: Any, stars: int) -> None:
    [mention] = parse(_feed(_review(rating=score)), SPEC)
    assert mention.rating == stars


def test_kiyoh_score_from_the_overall_answer_when_the_review_has_none() -> None:
    content = [
        {"questionGroup": "DEFAULT_OVERALL", "questionType": "INT", "rating": "9"},
        {"questionGroup": "DEFAULT_OPINION", "questionType": "TEXT", "rating": "Top"},
    ]
    [mention] = parse(_feed(_review(rating=None, reviewContent=content)), SPEC)
    assert mention.rating == 5


def test_kiyoh_unreadable_score_keeps_the_review_without_stars() -> None:
    items = parse(_feed(_review(rating="n.v.t.")), SPEC)
    [mention] = mentions_of(items)
    assert mention.rating is None
    assert [p.message for p in items if isinstance(p, Problem)] == [
        "review 1 (r-1): rating 'n.v.t.' is not a score from 1 to 10; "
        "kept the review without a rating"
    ]


def test_kiyoh_response_is_never_dated_before_the_review() -> None:
    # A response on a review whose update time is missing or older than the review.
    items = parse(
        _feed(
            _review(reviewComments="Dank je wel!", updatedSince=None),
            _review(
                reviewId="r-2",
                reviewComments="Sorry!",
                updatedSince="2026-11-01T00:00:00Z",
            ),
        ),
        SPEC,
    )
    replies = [item for item in items if isinstance(item, Reply)]
    assert [(r.in_reply_to, r.author, iso_utc(r.created_at)) for r in replies] == [
        ("r-1", "Bolderkar B.V.", "2026-11-22T09:00:00Z"),
        ("r-2", "Bolderkar B.V.", "2026-11-22T09:00:00Z"),
    ]


def test_kiyoh_review_without_text_takes_its_response_with_it() -> None:
    content = [{"questionGroup": "DEFAULT_OVERALL", "questionType": "INT", "rating": 8}]
    items = parse(_feed(_review(reviewContent=content, reviewComments="Bedankt!")), SPEC)
    assert [type(item).__name__ for item in items] == ["Problem"]


# ---------------------------------------------------------------- not a feed


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            b'{"errorCode": "INVALID_TOKEN", "detailedError": [{"errorCode": "INVALID_TOKEN", '
            b'"message": "Token is not valid for location 1069517"}]}',
            r"Kiyoh refused the request: INVALID_TOKEN \(Token is not valid",
        ),
        (b'{"data": []}', 'expected {"locationName"'),
        (b"<html><body>Kiyoh - Pagina niet gevonden</body></html>", "expected <ReviewFeedDto>"),
        (b"<ReviewFeedDto><reviews><reviews>", "not a readable Kiyoh review feed XML"),
        (
            b'<!DOCTYPE r [<!ENTITY x "y">]><ReviewFeedDto></ReviewFeedDto>',
            "declares a DTD",
        ),
        (b"", "an empty response"),
        (b"Forbidden", "expected the publication API's JSON"),
    ],
    ids=["api-error", "other-json", "html-page", "truncated-xml", "dtd", "empty", "plain-text"],
)
def test_kiyoh_response_that_is_no_review_feed_is_a_source_error(body: bytes, reason: str) -> None:
    with pytest.raises(SourceError, match=reason):
        parse(body, SPEC)
