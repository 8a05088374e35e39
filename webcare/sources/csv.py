"""`csv`: review-site and spreadsheet exports with a header row.

Columns use webcare's field names unless the source maps them with `fields`. The
delimiter is sniffed (`,` `;` tab `|`) unless set. A row whose field count does not match
the header (a stray line break in a text, for instance) is reported with its line and skipped.
"""

from __future__ import annotations

import csv as stdcsv
import io
from collections.abc import Iterator

from webcare.model import Mention, Problem
from webcare.sources.base import ParseContext, SourceKind
from webcare.sources.records import record_to_mention
from webcare.sources.textio import decode

_DELIMITERS = ",;\t|"


class CsvKind(SourceKind):
    name = "csv"
    description = "CSV/TSV export with a header row, webcare column names or a `fields` mapping"
    default_channel = "review"
    options = {"delimiter": str, "encoding": str}

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Problem]:
        text = decode(raw, ctx.spec.options.get("encoding"))
        delimiter = ctx.spec.options.get("delimiter") or _sniff(text)
        reader = stdcsv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            header = next(reader)
        except StopIteration:
            return
        except stdcsv.Error as exc:
            yield Problem(f"cannot read the header: {exc}", 1)
            return
        header = [name.strip() for name in header]
        end_line = reader.line_num
        while True:
            start_line = end_line + 1
            try:
                row = next(reader)
            except StopIteration:
                break
            except stdcsv.Error as exc:
                end_line = reader.line_num
                yield Problem(f"unreadable CSV ({exc}); skipped", start_line)
                continue
            end_line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(header):
                yield Problem(
                    f"expected {len(header)} fields as in the header, found {len(row)}; skipped",
                    start_line,
                )
                continue
            yield from record_to_mention(dict(zip(header, row, strict=True)), ctx, start_line)


def _sniff(text: str) -> str:
    first_line = text.split("\n", 1)[0]
    counts = {d: first_line.count(d) for d in _DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


KIND = CsvKind()
