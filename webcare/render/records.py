"""Machine formats: json, jsonl, csv, tsv. Nested fields flatten with `_` in csv/tsv.

Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) get a
leading apostrophe, so a hostile mention cannot execute in Excel or LibreOffice; escape
sequences and bidi overrides are removed, so `cat report.csv` cannot drive the terminal.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable
from typing import Any

from webcare.report import Listing, incident_record, mention_record
from webcare.textutil import clean_text
from webcare.timeparse import iso_utc

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")


def dumps(value: Any, *, indent: int | None = None) -> str:
    # ensure_ascii keeps every control or bidi character escaped as \uXXXX: inert anywhere.
    return json.dumps(value, ensure_ascii=True, indent=indent)


def listing_records(listing: Listing) -> list[dict[str, Any]]:
    return [mention_record(row) for row in listing.rows]


def json_document(listing: Listing) -> str:
    document: dict[str, Any] = {
        "generated_at": iso_utc(listing.generated_at),
        "now": iso_utc(listing.now),
        "summary": listing.summary,
        "mentions": listing_records(listing),
    }
    if listing.kind == "report":
        document["incidents"] = [incident_record(incident) for incident in listing.incidents]
    return dumps(document, indent=2) + "\n"


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


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if not isinstance(value, str):
        return str(value)
    # Cleaned before the formula check: "\x1b[0m=cmd" must not lose its ESC and then run.
    text = clean_text(value)
    if text.startswith(_FORMULA_START):
        return "'" + text
    return text


def delimited(records: list[dict[str, Any]], delimiter: str) -> str:
    rows = [flatten(record) for record in records]
    header: list[str] = []
    for row in rows:
        header.extend(key for key in row if key not in header)
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    if header:
        writer.writerow(header)
    for row in rows:
        cells = [_cell(row.get(key)) for key in header]
        if delimiter == "\t":
            cells = [" ".join(cell.split()) for cell in cells]
        writer.writerow(cells)
    return out.getvalue()
