"""The records machine formats carry (json, jsonl, csv, tsv), shaped once for all of them.

Nested fields flatten with `_` in csv/tsv, under a header row that is there even when no
row is (an empty report keeps its columns).

CSV is what people open in a spreadsheet: every cell a spreadsheet could read as a formula
(`=`, `+`, `-`, `@`, tab, CR first) gets a leading apostrophe (OWASP's advice), so a
hostile mention cannot execute in Excel or LibreOffice. TSV is for pipelines, where that
apostrophe would mangle `@reply`, `-3` and `+31 6…`: it guards only the cells that could
really run, `=` first, or `+`, `-` or `@` first with a `(` (a function call) or a `|` (a DDE
command) in them. Escape sequences and bidi overrides are removed from both, so
`cat report.csv` cannot drive the terminal.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from webcare.render.base import ShowView
from webcare.render.safe import delimited_cell
from webcare.report import Listing, incident_record, mention_record
from webcare.timeparse import iso_utc

if TYPE_CHECKING:  # types only: a report loads neither the digest nor the evaluations
    from webcare.evaluate import Score
    from webcare.evaluate_urgency import UrgencyScore


class Records(list[dict[str, Any]]):
    """Records that know their columns even when there are none, so an empty report's
    csv/tsv still has its header row."""

    def __init__(self, rows: Iterable[dict[str, Any]], columns: Iterable[str]) -> None:
        super().__init__(rows)
        self.columns = tuple(columns)


def dumps(value: Any, *, indent: int | None = None) -> str:
    # ensure_ascii keeps every control or bidi character escaped as \uXXXX: inert anywhere.
    return json.dumps(value, ensure_ascii=True, indent=indent)


def listing_records(listing: Listing) -> Records:
    return Records((mention_record(row) for row in listing.rows), listing_columns())


def listing_columns() -> list[str]:
    """The csv/tsv columns of a listing: a placeholder row's, through the same
    `mention_record` every row goes through, so the header cannot drift from the rows."""
    from webcare.model import (
        Analysis,
        Channel,
        Mention,
        Priority,
        Ranked,
        Route,
        Sentiment,
        SentimentLabel,
        SlaState,
        SlaStatus,
        StoredMention,
        Urgency,
        UrgencyLevel,
    )

    epoch = datetime(1970, 1, 1, tzinfo=UTC)
    placeholder = Ranked(
        StoredMention(
            Mention("", "", Channel.WEB, "", epoch),
            Analysis(
                "und",
                Sentiment(0.0, SentimentLabel.NEU),
                Urgency(UrgencyLevel.NORMAL),
                (),
                Route.AUTOMATE,
                "",
            ),
            epoch,
        ),
        SlaState(0, "", epoch, SlaStatus.OK, 0, 0, clock_started_at=epoch),
        Priority(0.0, 0, ()),
    )
    return list(flatten(mention_record(placeholder)))


def listing_document(listing: Listing) -> dict[str, Any]:
    document: dict[str, Any] = {
        "generated_at": iso_utc(listing.generated_at),
        "now": iso_utc(listing.now),
        "summary": listing.summary,
        "mentions": listing_records(listing),
    }
    if listing.kind == "report":
        document["incidents"] = [incident_record(incident) for incident in listing.incidents]
    return document


def show_document(view: ShowView) -> dict[str, Any]:
    return {**view.record, "actions": view.actions, "same_author": view.same_author}


def eval_records(scores: Sequence[Score]) -> list[dict[str, Any]]:
    return [asdict(score) for score in scores]


def jsonl(records: Iterable[dict[str, Any]]) -> str:
    return "".join(dumps(record) + "\n" for record in records)


def flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}_{key}" if prefix else key
        if isinstance(value, dict):
            flat.update(flatten(value, name))
        elif isinstance(value, list | tuple):
            flat[name] = "; ".join(
                " ".join(str(part) for part in item.values() if part is not None)
                if isinstance(item, dict)
                else str(item)
                for item in value
            )
        else:
            flat[name] = value
    return flat


def delimited(records: list[dict[str, Any]], delimiter: str) -> str:
    """CSV (`,`) or TSV (tab): a header row, then one row per record. `Records` bring their
    columns, so the header is there without rows too."""
    rows = [flatten(record) for record in records]
    header = list(records.columns) if isinstance(records, Records) else []
    for row in rows:
        header.extend(key for key in row if key not in header)
    tsv = delimiter == "\t"
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    if header:
        writer.writerow(header)
    for row in rows:
        writer.writerow([delimited_cell(row.get(key), tsv=tsv) for key in header])
    return out.getvalue()


def urgency_eval_records(scores: Sequence[UrgencyScore]) -> list[dict[str, Any]]:
    return [asdict(score) for score in scores]
