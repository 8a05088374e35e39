"""`csv`: review-site and spreadsheet exports with a header row.

Columns use webcare's field names unless the source maps them with `fields`. The
delimiter is sniffed (`,` `;` tab `|`) unless set. A row whose field count does not match
the header (a stray line break in a text, for instance) is reported with its line and skipped.
"""

from __future__ import annotations

import csv as stdcsv
import io
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, BinaryIO

from webcare.model import Mention, Problem
from webcare.sources.base import ParseContext, SourceKind
from webcare.sources.reading import Record, Records
from webcare.sources.records import record_to_mention
from webcare.sources.textio import head_line, open_text, sniff_codec

_DELIMITERS = ",;\t|"


class CsvKind(SourceKind):
    name = "csv"
    description = "CSV/TSV export with a header row, webcare column names or a `fields` mapping"
    default_channel = "review"
    options = {"delimiter": str, "encoding": str}

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Problem]:
        return self._read(io.BytesIO(raw), ctx)

    def parse_stream(self, stream: BinaryIO, ctx: ParseContext) -> Iterator[Mention | Problem]:
        return self._read(stream, ctx)

    def records(self, stream: BinaryIO, ctx: ParseContext) -> Records:
        """Row by row: an export of any size is never held whole."""
        codec = sniff_codec(stream, ctx.spec.options.get("encoding"))
        delimiter = ctx.spec.options.get("delimiter") or sniff_delimiter(head_line(stream, codec))
        reader = stdcsv.reader(open_text(stream, codec), delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            return Records((), iter(()))
        except stdcsv.Error as exc:
            return Records((), iter([Problem(f"cannot read the header: {exc}", 1)]))
        names = tuple(name.strip() for name in header)
        return Records(names, data_rows(reader, len(names)))

    def parse_records(
        self, header: Sequence[str], rows: Iterable[Record | Problem], ctx: ParseContext
    ) -> Iterator[Mention | Problem]:
        return self._rows(header, rows, ctx)

    def _read(self, stream: BinaryIO, ctx: ParseContext) -> Iterator[Mention | Problem]:
        found = self.records(stream, ctx)
        return self._rows(found.header, found.rows, ctx)

    def _rows(
        self, header: Sequence[str], rows: Iterable[Record | Problem], ctx: ParseContext
    ) -> Iterator[Mention | Problem]:
        for found in rows:
            if isinstance(found, Problem):
                yield found
                continue
            start_line, row = found
            yield from record_to_mention(dict(zip(header, row, strict=True)), ctx, start_line)


def sniff_delimiter(text: str, candidates: str = _DELIMITERS) -> str:
    """The candidate the header line holds most of; a comma when it holds none."""
    first_line = text.split("\n", 1)[0]
    counts = {d: first_line.count(d) for d in candidates}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def data_rows(reader: Any, width: int) -> Iterator[tuple[int, list[str]] | Problem]:
    """The rows a `csv.reader` has after the header, with the physical line each starts
    on, blank rows left out.

    A row the csv module cannot read, or with another field count than the header's (a
    stray line break inside a text), is a Problem with its line: the rest still come."""
    end_line = reader.line_num
    while True:
        start_line = end_line + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except stdcsv.Error as exc:
            end_line = reader.line_num
            yield Problem(f"unreadable CSV ({exc}); skipped", start_line)
            continue
        end_line = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        if len(row) != width:
            yield Problem(
                f"expected {width} fields as in the header, found {len(row)}; skipped",
                start_line,
            )
            continue
        yield start_line, row


KIND = CsvKind()
