"""`google-reviews`: a location's reviews from the Google Business Profile API.

Reads the JSON of `GET https://mybusiness.googleapis.com/v4/accounts/{a}/locations/{l}/reviews`
(OAuth bearer token): `reviews[]` with `reviewId`, `reviewer{displayName, isAnonymous}`,
`starRating` ("ONE" … "FIVE", or "STAR_RATING_UNSPECIFIED"), `comment`, `createTime` and
`reviewReply{comment, updateTime}`; `nextPageToken` names the next page. The batch form
(`locations:batchGetReviews`, `locationReviews[].review`) is read too.

- Google's machine translation: a comment may read "(Translated by Google) <translation>
  (Original) <the reviewer's words>" or "<the reviewer's words> (Translated by Google)
  <translation>". The mention keeps the reviewer's own words only.
- A review with stars and no comment is kept: it is public on the profile, the owner can
  answer it and a 1-star one is what a webcare team answers first. Its text says so
  ("★☆☆☆☆ 1/5: rating only, no text"). A review with neither stars nor text is skipped.
- The owner's reply carries only `updateTime`, the time of its last edit: the brand reply
  is dated then (webcare keeps the first time it saw, so a later edit moves nothing).

Google gives no public link to a single review, so mentions have no URL.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from datetime import UTC
from typing import Any

from webcare.errors import SourceError
from webcare.model import Mention, Problem, Reply
from webcare.sources.base import (
    OptionError,
    ParseContext,
    RecordError,
    SourceKind,
    as_object,
    as_text,
    bearer_header,
    build_mention,
    check_secret,
    load_json,
    read_time,
    utc_time,
    with_query,
)
from webcare.sources.textio import decode
from webcare.textutil import quoted

API = "https://mybusiness.googleapis.com/v4"
STARS = {"ONE": 1, "TWO": 2, "THREE": 3, "FOUR": 4, "FIVE": 5}
UNSPECIFIED = "STAR_RATING_UNSPECIFIED"
TRANSLATED = "(Translated by Google)"
ORIGINAL = "(Original)"
_ID = re.compile(r"[A-Za-z0-9_-]+")


class GoogleReviewsKind(SourceKind):
    name = "google-reviews"
    id_space = "google-reviews"
    description = "Google Business Profile reviews of a location (API JSON) with owner replies"
    default_channel = "review"
    brand_specific = True
    options = {"account": str, "location": str, "token": str}

    def check_options(self, options: Mapping[str, Any]) -> None:
        for key, prefix in (("account", "accounts/"), ("location", "locations/")):
            value = options.get(key)
            if value is not None and not _ID.fullmatch(_strip(value, prefix)):
                raise OptionError(
                    key,
                    f"must be the numeric {key} id (or {prefix}<id>), as in "
                    f"{API}/accounts/<account>/locations/<location>/reviews",
                )
        if ("account" in options) != ("location" in options):
            missing = "location" if "account" in options else "account"
            raise OptionError(missing, "give both `account` and `location` to build the URL")
        check_secret(options, "token", what="OAuth token", example="GBP_TOKEN")

    def default_url(self, options: Mapping[str, Any]) -> str | None:
        account, location = options.get("account"), options.get("location")
        if not account or not location:
            return None
        return (
            f"{API}/accounts/{_strip(account, 'accounts/')}"
            f"/locations/{_strip(location, 'locations/')}/reviews?pageSize=50"
        )

    def request_headers(self, options: Mapping[str, Any]) -> dict[str, str]:
        return bearer_header(options)

    def next_page(self, raw: bytes, url: str, options: Mapping[str, Any]) -> str | None:
        try:
            document = json.loads(decode(raw))
        except ValueError:
            return None
        token = document.get("nextPageToken") if isinstance(document, dict) else None
        if not isinstance(token, str) or not token:
            return None
        return with_query(url, "pageToken", token)

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Reply | Problem]:
        document = load_json(raw, ctx, "Google Business Profile reviews JSON")
        if isinstance(document, dict) and isinstance(document.get("locationReviews"), list):
            reviews = [
                item.get("review") if isinstance(item, dict) else item
                for item in document["locationReviews"]
            ]
        elif isinstance(document, dict) and isinstance(document.get("reviews", []), list):
            if "reviews" not in document and not _is_empty_page(document):
                raise _not_reviews(ctx, document)
            reviews = document.get("reviews", [])  # a location without reviews has no key
        else:
            raise _not_reviews(ctx, document)
        for number, review in enumerate(reviews, start=1):
            if not isinstance(review, dict):
                yield Problem(f"review {number}: expected a JSON object; skipped")
                continue
            yield from _review(review, number, ctx)


def _review(
    review: Mapping[str, Any], number: int, ctx: ParseContext
) -> Iterator[Mention | Reply | Problem]:
    native = as_text(review.get("reviewId")) or _last_segment(review.get("name"))
    where = f"review {native or number}"
    stars, star_problem = _stars(review.get("starRating"))
    if star_problem:
        yield Problem(f"{where}: {star_problem}")
    written = review.get("comment")
    comment = original_text(written if isinstance(written, str) else "")
    if not comment.strip() and stars is not None:
        comment = f"{'★' * stars}{'☆' * (5 - stars)} {stars}/5: rating only, no text"
    reviewer = as_object(review.get("reviewer"))
    author = None if reviewer.get("isAnonymous") is True else reviewer.get("displayName")
    try:
        mention, warnings = build_mention(
            ctx,
            text=comment,
            # updateTime stands in only where createTime is missing: the review existed then
            created_at=utc_time(review.get("createTime") or review.get("updateTime")),
            native_id=native,
            author=author,
            rating=stars,
        )
    except RecordError as exc:
        reason = "no text and no star rating" if str(exc) == "no text" else str(exc)
        yield Problem(f"{where}: {reason}; skipped")
        return
    yield from (Problem(f"{where}: {warning}") for warning in warnings)
    yield mention
    reply = review.get("reviewReply")
    if isinstance(reply, dict) and native:
        try:
            moment = read_time(reply.get("updateTime"), UTC)
        except ValueError:
            yield Problem(f"{where}: owner reply has no readable time; not marked answered")
            return
        yield Reply(
            source=ctx.spec.name,
            native_id=f"{native}/reply",
            in_reply_to=native,
            author="owner",
            created_at=moment,
        )


def original_text(comment: str) -> str:
    """The reviewer's own words of a comment Google may have machine-translated."""
    if ORIGINAL in comment:
        return comment.rsplit(ORIGINAL, 1)[1].strip()
    if TRANSLATED in comment:
        before, after = comment.split(TRANSLATED, 1)
        return before.strip() or after.strip()  # only a translation: better than nothing
    return comment


def _stars(value: Any) -> tuple[int | None, str | None]:
    if value in (None, "", UNSPECIFIED):
        return None, None
    if isinstance(value, str) and value.upper() in STARS:
        return STARS[value.upper()], None
    return None, f"starRating {quoted(value, 30)} is not ONE to FIVE; kept without a rating"


def _last_segment(name: Any) -> str | None:
    text = as_text(name)
    return text.rsplit("/", 1)[-1] if text else None


def _strip(value: str, prefix: str) -> str:
    value = value.strip().strip("/")
    return value[len(prefix) :] if value.startswith(prefix) else value


def _is_empty_page(document: Mapping[str, Any]) -> bool:
    """A location without reviews: Google leaves `reviews` out (the body may be `{}`)."""
    return set(document) <= {"averageRating", "totalReviewCount", "nextPageToken"}


def _not_reviews(ctx: ParseContext, document: Any = None) -> SourceError:
    error = document.get("error") if isinstance(document, dict) else None
    if isinstance(error, dict):  # a saved error response: {"error": {"code", "message"}}
        code, message = error.get("code"), str(error.get("message") or "")[:200]
        return SourceError(ctx.spec.name, f"Google API error {code}: {message}")
    return SourceError(
        ctx.spec.name,
        "not Google Business Profile reviews JSON: expected an object with a `reviews` list "
        "(accounts.locations.reviews.list)",
    )


KIND = GoogleReviewsKind()
