"""`trustpilot`: a business unit's Trustpilot reviews, from the API or the Business export.

Two formats, told apart by their first bytes:

- the public API's JSON (`GET https://api.trustpilot.com/v1/business-units/{id}/reviews`,
  key in the `apikey` header): `reviews[]` with `id`, `stars`, `title`, `text`, `createdAt`,
  `consumer.displayName` and `companyReply{text, createdAt, authorBusinessUserName}`; the
  next page is the top-level link with `rel` "next-page";
- the review export of Trustpilot Business (CSV, one row per review). Trustpilot documents no
  column list, so the columns are matched by name, case-insensitively, from the names seen in
  real exports and the tools that read them: `Review Id`, `Review Created (UTC)`,
  `Review Username` (or `Review Consumer User Name`), `Review Title`, `Review Content`,
  `Review Stars`, and for the company's answer `Reply Content` / `Company Response` with
  `Reply Created (UTC)` / `Company Reply Date (UTC)` / `Business Reply Date (UTC)`.

Trustpilot times are UTC, also where they carry no offset, so they are never read in the
brand's zone. A company reply becomes a `Reply` at its creation time.
"""

from __future__ import annotations

import csv as stdcsv
import io
import json
import re
from collections.abc import Iterator, Mapping
from datetime import UTC
from typing import Any
from urllib.parse import quote, urljoin

from webcare.errors import SourceError
from webcare.model import Mention, Problem, Reply
from webcare.sources.base import (
    OptionError,
    ParseContext,
    RecordError,
    SourceKind,
    as_list,
    as_object,
    as_text,
    build_mention,
    check_secret,
    load_json,
    read_time,
    secret_header,
    utc_time,
)
from webcare.sources.csv import data_rows, sniff_delimiter
from webcare.sources.textio import decode
from webcare.textutil import repair_surrogates

API = "https://api.trustpilot.com/v1/business-units"
REVIEW_URL = "https://www.trustpilot.com/reviews/{id}"
_BUSINESS_UNIT = re.compile(r"[A-Za-z0-9]+")

# Export columns by role, each with the names it goes by (compared case- and space-folded).
_COLUMNS: dict[str, tuple[str, ...]] = {
    "id": ("Review Id", "Review ID"),
    "created_at": ("Review Created (UTC)", "Review Created"),
    "author": ("Review Username", "Review Consumer User Name", "Consumer Name"),
    "title": ("Review Title",),
    "text": ("Review Content", "Review Text"),
    "stars": ("Review Stars",),
    "reply_text": ("Reply Content", "Company Response", "Company Reply", "Business Reply"),
    "reply_at": (
        "Reply Created (UTC)",
        "Company Reply Date (UTC)",
        "Business Reply Date (UTC)",
        "Reply Date (UTC)",
    ),
    "company": ("Webshop Name", "Business Unit Name", "Company Name"),
}
_DELIMITERS = ",;\t"


class TrustpilotKind(SourceKind):
    name = "trustpilot"
    id_space = "trustpilot"
    description = "Trustpilot reviews of a business unit: API JSON or the Business CSV export"
    default_channel = "review"
    brand_specific = True
    options = {"business_unit": str, "api_key": str}

    def check_options(self, options: Mapping[str, Any]) -> None:
        unit = options.get("business_unit")
        if unit is not None and not _BUSINESS_UNIT.fullmatch(unit):
            raise OptionError(
                "business_unit",
                "must be the business unit id (letters and digits, 24 characters, as in "
                "https://api.trustpilot.com/v1/business-units/find?name=<your domain>)",
            )
        check_secret(options, "api_key", what="key", example="TRUSTPILOT_API_KEY")

    def default_url(self, options: Mapping[str, Any]) -> str | None:
        unit = options.get("business_unit")
        if not unit:
            return None
        return f"{API}/{unit}/reviews?perPage=100&orderBy=createdat.desc"

    def request_headers(self, options: Mapping[str, Any]) -> dict[str, str]:
        return secret_header(options, "api_key", "apikey")

    def next_page(self, raw: bytes, url: str, options: Mapping[str, Any]) -> str | None:
        try:
            document = json.loads(decode(raw))
        except ValueError:
            return None  # a CSV export, or not JSON at all: nothing to follow
        if not isinstance(document, dict):
            return None
        for link in _links(document):
            href = link.get("href")
            if link.get("rel") == "next-page" and isinstance(href, str) and href:
                return urljoin(url, href)
        return None

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Reply | Problem]:
        text = decode(raw)
        start = text.lstrip()
        if start.startswith(("{", "[")):
            yield from _parse_json(load_json(raw, ctx, "Trustpilot reviews JSON"), ctx)
        elif start.startswith("<"):
            raise SourceError(
                ctx.spec.name,
                "not Trustpilot reviews JSON or a Trustpilot CSV export: the response is HTML "
                "or XML (a login or error page?)",
            )
        elif not start:
            raise SourceError(
                ctx.spec.name, "empty response; expected Trustpilot reviews JSON or CSV export"
            )
        else:
            yield from _parse_csv(text, ctx)


# ---------------------------------------------------------------- API JSON


def _links(document: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    links = document.get("links")
    if isinstance(links, Mapping):  # some clients save a single link as an object
        links = [links]
    return [link for link in as_list(links) if isinstance(link, Mapping)]


def _parse_json(document: Any, ctx: ParseContext) -> Iterator[Mention | Reply | Problem]:
    reviews = document.get("reviews") if isinstance(document, dict) else document
    if not isinstance(reviews, list):
        raise SourceError(
            ctx.spec.name,
            "not Trustpilot reviews JSON: expected an object with a `reviews` list",
        )
    for number, review in enumerate(reviews, start=1):
        where = f"review {number}"
        if not isinstance(review, dict):
            yield Problem(f"{where}: expected a JSON object; skipped")
            continue
        native = as_text(review.get("id"))
        if native:
            where = f"review {native}"
        consumer = as_object(review.get("consumer"))
        try:
            mention, warnings = build_mention(
                ctx,
                text=_string(review.get("text")),
                title=_string(review.get("title")),
                created_at=utc_time(review.get("createdAt")),
                native_id=native,
                url=_review_url(native),
                author=consumer.get("displayName"),
                rating=review.get("stars"),
            )
        except RecordError as exc:
            yield Problem(f"{where}: {exc}; skipped")
            continue
        yield from (Problem(f"{where}: {warning}") for warning in warnings)
        yield mention
        reply = review.get("companyReply")
        if isinstance(reply, dict) and native:
            unit = as_object(review.get("businessUnit"))
            author = reply.get("authorBusinessUserName") or unit.get("displayName")
            yield from _reply(ctx, native, reply.get("createdAt"), author, where, None)


# ---------------------------------------------------------------- Business CSV export


def _parse_csv(text: str, ctx: ParseContext) -> Iterator[Mention | Reply | Problem]:
    delimiter = sniff_delimiter(text.lstrip(), _DELIMITERS)
    reader = stdcsv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header: list[str] = []
        while not any(cell.strip() for cell in header):  # blank lines before the header
            header = [name.strip() for name in next(reader)]
    except StopIteration:
        header = []
    except stdcsv.Error as exc:
        raise SourceError(ctx.spec.name, f"cannot read the Trustpilot CSV header: {exc}") from None
    column = _column_map(header)
    if "text" not in column or "created_at" not in column:
        raise SourceError(
            ctx.spec.name,
            "not Trustpilot reviews JSON or a Trustpilot CSV export: expected JSON, or a header "
            "with 'Review Content' and 'Review Created (UTC)' columns",
        )
    for found in data_rows(reader, len(header)):
        if isinstance(found, Problem):
            yield found
            continue
        start_line, row = found
        yield from _row(row, column, ctx, start_line)


def _column_map(header: list[str]) -> dict[str, int]:
    folded = {_fold(name): index for index, name in reversed(list(enumerate(header)))}
    found: dict[str, int] = {}
    for role, names in _COLUMNS.items():
        for name in names:
            if _fold(name) in folded:
                found[role] = folded[_fold(name)]
                break
    return found


def _fold(name: str) -> str:
    return " ".join(name.replace("\ufeff", "").split()).casefold()


def _row(
    row: list[str], column: dict[str, int], ctx: ParseContext, line: int
) -> Iterator[Mention | Reply | Problem]:
    def cell(role: str) -> str | None:
        index = column.get(role)
        return (row[index].strip() or None) if index is not None else None

    native = cell("id")
    try:
        mention, warnings = build_mention(
            ctx,
            text=cell("text"),
            title=cell("title"),
            created_at=utc_time(cell("created_at")),
            native_id=native,
            url=_review_url(native),
            author=cell("author"),
            rating=cell("stars"),
        )
    except RecordError as exc:
        yield Problem(f"{exc}; skipped", line)
        return
    yield from (Problem(warning, line) for warning in warnings)
    yield mention
    reply_at, reply_text = cell("reply_at"), cell("reply_text")
    if (reply_at or reply_text) and native:
        yield from _reply(ctx, native, reply_at, cell("company"), None, line)


# ---------------------------------------------------------------- shared


def _reply(
    ctx: ParseContext,
    review_id: str,
    created_at: Any,
    author: Any,
    where: str | None,
    line: int | None,
) -> Iterator[Reply | Problem]:
    prefix = f"{where}: " if where else ""
    try:
        moment = read_time(created_at, UTC)
    except ValueError:
        shown = "no time" if created_at in (None, "") else f"time {str(created_at)[:40]!r}"
        yield Problem(f"{prefix}company reply has {shown}; the review is not marked answered", line)
        return
    yield Reply(
        source=ctx.spec.name,
        native_id=f"{review_id}/reply",
        in_reply_to=review_id,
        author=as_text(author) or "company",
        created_at=moment,
    )


def _review_url(native: str | None) -> str | None:
    # An id with a lone surrogate has no UTF-8 to quote: quoted as build_mention repairs it.
    return REVIEW_URL.format(id=quote(repair_surrogates(native), safe="")) if native else None


def _string(value: Any) -> str | None:
    return value if isinstance(value, str) else None


KIND = TrustpilotKind()
