"""`kiyoh`: Kiyoh / Klantenvertellen reviews of one location, from the publication API.

JSON: GET https://www.kiyoh.com/v1/publication/review/external?locationId=..&tenantId=98
with the header `X-Publication-Api-Token` (tenant 98 is Kiyoh, 99 Klantenvertellen on
www.klantenvertellen.nl). The same review objects come from the token-less review feed
(`/v1/review/feed.json?hash=..`) and, as XML (`<ReviewFeedDto>`, every list wrapped twice:
`<reviews><reviews>`), from `/v1/review/feed.xml?hash=..`; the variant is told from the bytes.

A review: `reviewId`, `reviewAuthor`, `city`, `rating` (1-10), `reviewContent[]` of
`{questionGroup, questionType, rating, questionTranslation}` answers (the text is the
`rating` of the `TEXT` answers: DEFAULT_ONELINER is the headline, DEFAULT_OPINION the
review, other TEXT groups are the location's own questions), `dateSince` (written),
`updatedSince` (last change) and `reviewComments`, the company's public response.
The 10-point rating becomes stars by rounding half up: 1-2 -> 1 ... 9-10 -> 5. Kiyoh dates
no response, so it is taken to be given at `updatedSince` (the review's last change, which
answering it causes), never before the review itself. Kiyoh has no link per review, and the
API has no page or offset parameter: the built URL asks for the 100 most recently changed.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator, Mapping
from typing import Any
from urllib.parse import urlencode
from xml.etree import ElementTree

from webcare.errors import SourceError
from webcare.model import Mention, Problem, Reply
from webcare.sources.base import (
    OptionError,
    ParseContext,
    RecordError,
    SourceKind,
    build_mention,
    check_secret,
    load_json,
    read_time,
    secret_header,
)
from webcare.sources.textio import decode
from webcare.textutil import quoted

HOSTS = {"98": "https://www.kiyoh.com", "99": "https://www.klantenvertellen.nl"}
"""Where each tenant's publication API lives (98 Kiyoh, 99 Klantenvertellen)."""
TOKEN_HEADER = "X-Publication-Api-Token"
HEADLINE = "DEFAULT_ONELINER"
OPINION = "DEFAULT_OPINION"


class KiyohKind(SourceKind):
    name = "kiyoh"
    id_space = "kiyoh"
    description = (
        "Kiyoh / Klantenvertellen reviews of a location (publication API JSON or review "
        "feed XML); 10-point scores as 1-5 stars, company responses as brand replies"
    )
    default_channel = "review"
    brand_specific = True
    options = {"location_id": (str, int), "tenant_id": (str, int), "token": str}

    def check_options(self, options: Mapping[str, Any]) -> None:
        location = options.get("location_id")
        if location is not None and not re.fullmatch(r"\d+", str(location).strip()):
            raise OptionError(
                "location_id",
                f"must be the numeric location id from the Kiyoh dashboard, not {location!r}",
            )
        tenant = options.get("tenant_id")
        if tenant is not None and not re.fullmatch(r"\d+", str(tenant).strip()):
            raise OptionError(
                "tenant_id", f"must be a number (98 Kiyoh, 99 Klantenvertellen), not {tenant!r}"
            )
        check_secret(options, "token", what="publication API token", example="KIYOH_TOKEN")

    def default_url(self, options: Mapping[str, Any]) -> str | None:
        location = options.get("location_id")
        if location is None:
            return None
        tenant = str(options.get("tenant_id") or "98").strip()
        query = urlencode(
            {
                "locationId": str(location).strip(),
                "tenantId": tenant,
                # Newest changes first: a review the company has just answered comes back
                # at the top, so its response is seen on the next poll.
                "orderBy": "UPDATE_DATE",
                "sortOrder": "DESC",
                "limit": 100,
            }
        )
        host = HOSTS.get(tenant, HOSTS["98"])
        return f"{host}/v1/publication/review/external?{query}"

    def request_headers(self, options: Mapping[str, Any]) -> dict[str, str]:
        return secret_header(options, "token", TOKEN_HEADER)

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Reply | Problem]:
        text = decode(raw).lstrip()
        if text.startswith("<"):
            location, reviews = _from_xml(text, ctx.spec.name)
        elif text.startswith(("{", "[")):
            location, reviews = _from_json(load_json(raw, ctx, "Kiyoh reviews JSON"), ctx)
        else:
            raise SourceError(
                ctx.spec.name,
                "not a Kiyoh review feed: expected the publication API's JSON or the "
                "review feed XML" + ("" if text else " (an empty response)"),
            )
        for number, review in enumerate(reviews, start=1):
            if not isinstance(review, Mapping):
                yield Problem(f"review {number}: expected an object; skipped")
                continue
            yield from _review(review, number, location, ctx)


def _review(
    review: Mapping[str, Any], number: int, location: str | None, ctx: ParseContext
) -> Iterator[Mention | Reply | Problem]:
    review_id = _text(review.get("reviewId"))
    where = f"review {number}" + (f" ({review_id})" if review_id else "")
    answers = _answers(review.get("reviewContent"))
    headline = next((a["text"] for a in answers if a["group"] == HEADLINE), None)
    opinion = next((a["text"] for a in answers if a["group"] == OPINION), None)
    # The location's own open questions ("Wat kan beter?") are part of what the customer said.
    extra = [
        _answered(a["question"], a["text"])
        for a in answers
        if a["type"] == "TEXT" and a["group"] not in (HEADLINE, OPINION) and a["text"]
    ]
    body = "\n".join(part for part in (opinion, *extra) if part)
    problems: list[Problem] = []
    score = review.get("rating")
    if _text(score) is None:
        score = next((a["text"] for a in answers if a["group"] == "DEFAULT_OVERALL"), None)
    try:
        stars = stars_from_ten(score)
    except ValueError as exc:
        problems.append(Problem(f"{where}: {exc}; kept the review without a rating"))
        stars = None
    written = _text(review.get("dateSince")) or _text(review.get("updatedSince"))
    try:
        mention, warnings = build_mention(
            ctx,
            title=headline,
            text=body,
            created_at=written,
            native_id=review_id,
            author=_text(review.get("reviewAuthor")),
            rating=stars,
        )
    except RecordError as exc:
        yield Problem(f"{where}: {exc}; skipped")
        return
    yield from problems
    for warning in warnings:
        yield Problem(f"{where}: {warning}")
    yield mention
    response = _text(review.get("reviewComments"))
    if response and review_id:
        try:
            answered = read_time(_text(review.get("updatedSince")) or "", ctx.timezone)
        except ValueError:
            answered = mention.created_at
        yield Reply(
            source=ctx.spec.name,
            native_id=f"{review_id}/response",
            in_reply_to=review_id,
            author=location or "company",
            created_at=max(answered, mention.created_at),
        )


def _answered(question: str | None, answer: str | None) -> str:
    """`Wat kunnen we beter doen? Sneller leveren.`: an own question with its answer."""
    if not question:
        return answer or ""
    return f"{question}{'' if question.endswith(('?', ':', '!', '.')) else ':'} {answer}"


def stars_from_ten(value: Any) -> int | None:
    """Kiyoh's 1-10 score as 1-5 stars, rounding half up (9 -> 5, 7 -> 4, 1 -> 1)."""
    text = _text(value)
    if text is None:
        return None
    try:
        score = float(text.replace(",", "."))
    except ValueError:
        raise ValueError(f"rating {quoted(text, 20)} is not a score from 1 to 10") from None
    if not 0 <= score <= 10:
        raise ValueError(f"rating {quoted(text, 20)} is not a score from 1 to 10")
    return max(1, math.floor(score / 2 + 0.5))


def _answers(content: Any) -> list[dict[str, str | None]]:
    """The review's answers, whether a list (JSON) or wrapped once more (feeds)."""
    if isinstance(content, Mapping):
        content = content.get("reviewContent")
    if isinstance(content, Mapping):
        content = [content]
    if not isinstance(content, list):
        return []
    return [
        {
            "group": (_text(item.get("questionGroup")) or "").upper(),
            "type": (_text(item.get("questionType")) or "").upper(),
            "question": _text(item.get("questionTranslation")),
            "text": _text(item.get("rating")),
        }
        for item in content
        if isinstance(item, Mapping)
    ]


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, Mapping | list):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    return text or None


# ---------------------------------------------------------------- JSON


def _from_json(document: Any, ctx: ParseContext) -> tuple[str | None, list[Any]]:
    if isinstance(document, Mapping) and "reviews" not in document:
        code = _text(document.get("errorCode")) or _text(document.get("httpCode"))
        if code:
            detail = document.get("detailedError")
            if isinstance(detail, list) and detail:
                detail = detail[0]
            message = _text(detail.get("message")) if isinstance(detail, Mapping) else None
            raise SourceError(
                ctx.spec.name,
                f"Kiyoh refused the request: {code}" + (f" ({message})" if message else ""),
            )
    if not isinstance(document, Mapping) or not isinstance(document.get("reviews"), list):
        raise SourceError(
            ctx.spec.name,
            'not a Kiyoh review feed: expected {"locationName": ..., "reviews": [...]}',
        )
    return _text(document.get("locationName")), document["reviews"]


# ---------------------------------------------------------------- XML


def _from_xml(text: str, source: str) -> tuple[str | None, list[Any]]:
    if "<!DOCTYPE" in text:  # the feed never declares a DTD; no entity tricks
        raise SourceError(source, "not a Kiyoh review feed: it declares a DTD")
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError as exc:
        raise SourceError(source, f"not a readable Kiyoh review feed XML ({exc})") from None
    if root.tag != "ReviewFeedDto":
        raise SourceError(
            source,
            f"not a Kiyoh review feed: expected <ReviewFeedDto>, found <{root.tag}> "
            "(an HTML or error page?)",
        )
    reviews = [_element(review) for review in root.findall("reviews/reviews")]
    return _text(root.findtext("locationName")), reviews


def _element(node: ElementTree.Element) -> dict[str, Any]:
    """A review element as the JSON object it mirrors."""
    review: dict[str, Any] = {}
    for child in node:
        if child.tag == "reviewContent":
            review["reviewContent"] = [
                {field.tag: field.text for field in answer}
                for answer in child.findall("reviewContent")
            ]
        else:
            review[child.tag] = child.text
    return review


KIND = KiyohKind()
