"""`googleplay-csv`: the monthly reviews export of the Google Play Console.

Play writes one CSV per app and month to the developer's Cloud Storage bucket
(`reviews/reviews_<package>_<YYYYMM>.csv`), in UTF-16 with a byte order mark. Columns:
`Package Name`, `App Version Code`, `App Version Name`, `Reviewer Language`, `Device`,
`Review Submit Date and Time`, `Review Submit Millis Since Epoch`, `Review Last Update Date
and Time`, `Review Last Update Millis Since Epoch`, `Star Rating`, `Review Title`, `Review
Text`, `Developer Reply Date and Time`, `Developer Reply Millis Since Epoch`, `Developer Reply
Text`, `Review Link`.

- No reviewer names and no id column: the id is the `reviewId` in the Review Link (stable
  across monthly files), else `<package>/<submit millis>`. The link is the mention's URL.
- The developer's answer becomes a `Reply` at its time.
- Rows with stars but no text are skipped and counted in one note: Google Play allows no
  reply to them, so there is nothing for a webcare team to do.
- A row whose field count differs from the header's is reported with its line and skipped.
"""

from __future__ import annotations

import codecs
import csv as stdcsv
import io
import re
from collections.abc import Iterator
from datetime import UTC
from urllib.parse import unquote

from webcare.errors import SourceError
from webcare.model import Mention, Problem, Reply
from webcare.sources.base import (
    ParseContext,
    RecordError,
    SourceKind,
    build_mention,
    read_time,
    utc_time,
)
from webcare.sources.csv import data_rows, sniff_delimiter
from webcare.sources.textio import decode

PACKAGE = "Package Name"
SUBMIT_AT = "Review Submit Date and Time"
SUBMIT_MS = "Review Submit Millis Since Epoch"
STARS = "Star Rating"
TITLE = "Review Title"
TEXT = "Review Text"
REPLY_AT = "Developer Reply Date and Time"
REPLY_MS = "Developer Reply Millis Since Epoch"
REPLY_TEXT = "Developer Reply Text"
LINK = "Review Link"
# New links carry `?reviewId=gp%3A…`, older ones `#ReviewDetailsPlace:p=<package>&reviewid=gp:…`.
_REVIEW_ID = re.compile(r"[?&#:]reviewid=([^&#]+)", re.IGNORECASE)
_DELIMITERS = ",;\t"


class GooglePlayCsvKind(SourceKind):
    name = "googleplay-csv"
    id_space = "google-play"
    description = "Google Play Console monthly reviews export (CSV, UTF-16) with developer replies"
    default_channel = "review"
    brand_specific = True

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Reply | Problem]:
        text = _decode(raw)
        if not text.strip():
            raise SourceError(ctx.spec.name, "empty file; expected a Google Play reviews export")
        reader = stdcsv.reader(
            io.StringIO(text, newline=""), delimiter=sniff_delimiter(text, _DELIMITERS)
        )
        try:
            header = [name.strip() for name in next(reader)]
        except stdcsv.Error as exc:
            raise SourceError(ctx.spec.name, f"cannot read the CSV header: {exc}") from None
        if not {STARS, TEXT} <= set(header) or not {SUBMIT_AT, SUBMIT_MS} & set(header):
            raise SourceError(
                ctx.spec.name,
                "not a Google Play reviews export: expected a header with "
                f"'{STARS}', '{TEXT}' and '{SUBMIT_AT}' columns",
            )
        rating_only = 0
        for found in data_rows(reader, len(header)):
            if isinstance(found, Problem):
                yield found
                continue
            start_line, row = found
            record = {name: cell.strip() for name, cell in zip(header, row, strict=True)}
            if not record.get(TEXT) and not record.get(TITLE) and record.get(STARS):
                rating_only += 1
                continue
            yield from _row(record, ctx, start_line)
        if rating_only:
            yield Problem(
                f"{rating_only} rating-only review(s) without text skipped: "
                "Google Play allows no reply to them"
            )


def _row(
    record: dict[str, str], ctx: ParseContext, line: int
) -> Iterator[Mention | Reply | Problem]:
    link = record.get(LINK) or None
    submitted = record.get(SUBMIT_MS) or record.get(SUBMIT_AT) or None
    native = _review_id(link)
    if native is None and submitted:
        native = f"{record.get(PACKAGE) or 'app'}/{submitted}"
    try:
        mention, warnings = build_mention(
            ctx,
            text=record.get(TEXT),
            title=record.get(TITLE),
            created_at=utc_time(submitted),
            native_id=native,
            url=link,
            rating=record.get(STARS),
        )
    except RecordError as exc:
        yield Problem(f"{exc}; skipped", line)
        return
    yield from (Problem(warning, line) for warning in warnings)
    yield mention
    replied = record.get(REPLY_MS) or record.get(REPLY_AT)
    if not replied and not record.get(REPLY_TEXT):
        return
    try:
        moment = read_time(replied, UTC)
    except ValueError:
        yield Problem(
            "developer reply has no readable time; the review is not marked answered", line
        )
        return
    if native:
        yield Reply(
            source=ctx.spec.name,
            native_id=f"{native}/reply",
            in_reply_to=native,
            author="developer",
            created_at=moment,
        )


def _review_id(link: str | None) -> str | None:
    match = _REVIEW_ID.search(link or "")
    return unquote(match.group(1)) if match else None


def _decode(raw: bytes) -> str:
    # The export is UTF-16 with a BOM; a copy that lost its BOM still shows NUL high bytes.
    if not raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and len(raw) > 1:
        if raw[1:2] == b"\x00" and raw[0:1] != b"\x00":
            return raw.decode("utf-16-le", errors="replace")
        if raw[0:1] == b"\x00" and raw[1:2] != b"\x00":
            return raw.decode("utf-16-be", errors="replace")
    return decode(raw)


KIND = GooglePlayCsvKind()
