"""`jsonl`: social-media and helpdesk exports, one JSON object per line.

Fields use webcare's names (`id`, `author`, `author_reach`, `text`, `created_at`, `url`,
`rating`, `channel`, `in_reply_to`) unless the source maps them with `fields`.
A line that is not a JSON object is reported with its number and skipped.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator, Sequence
from typing import BinaryIO

from webcare.model import Mention, Problem
from webcare.sources.base import ParseContext, SourceKind
from webcare.sources.jsonio import JsonLimitError, json_loads
from webcare.sources.reading import Record, Records
from webcare.sources.records import record_to_mention
from webcare.sources.textio import open_text, sniff_codec


class JsonLinesKind(SourceKind):
    name = "jsonl"
    description = (
        "JSON-lines export: one mention per line, webcare field names or a `fields` mapping"
    )
    default_channel = "social"
    options = {"encoding": str}

    def parse(self, raw: bytes, ctx: ParseContext) -> Iterator[Mention | Problem]:
        return self._read(io.BytesIO(raw), ctx)

    def parse_stream(self, stream: BinaryIO, ctx: ParseContext) -> Iterator[Mention | Problem]:
        return self._read(stream, ctx)

    def records(self, stream: BinaryIO, ctx: ParseContext) -> Records:
        """Line by line: an export of any size is never held whole."""
        codec = sniff_codec(stream, ctx.spec.options.get("encoding"), fallback=None)
        return Records((), _numbered_lines(open_text(stream, codec, newline="\n")))

    def parse_records(
        self, header: Sequence[str], rows: Iterable[Record | Problem], ctx: ParseContext
    ) -> Iterator[Mention | Problem]:
        return self._lines(rows, ctx)

    def _read(self, stream: BinaryIO, ctx: ParseContext) -> Iterator[Mention | Problem]:
        return self._lines(self.records(stream, ctx).rows, ctx)

    def _lines(
        self, rows: Iterable[Record | Problem], ctx: ParseContext
    ) -> Iterator[Mention | Problem]:
        for found in rows:
            if isinstance(found, Problem):
                yield found
                continue
            number, line = found
            try:
                record = json_loads(line)
            except json.JSONDecodeError as exc:
                yield Problem(f"not valid JSON ({exc.msg}, column {exc.colno}); skipped", number)
                continue
            except JsonLimitError as exc:  # one 10,000-deep line must not cost the others
                yield Problem(f"{exc}; skipped", number)
                continue
            if not isinstance(record, dict):
                yield Problem(
                    f"expected a JSON object, found {type(record).__name__}; skipped", number
                )
                continue
            yield from record_to_mention(record, ctx, number)


def _numbered_lines(text: Iterable[str]) -> Iterator[Record]:
    r"""The non-blank lines with their numbers. Split on "\n" only: str.splitlines() also
    breaks at U+2028, U+2029 and U+0085, which JSON allows raw inside strings (exports of
    tweets carry them), losing the record."""
    for number, line in enumerate(text, start=1):
        line = line.removesuffix("\n")  # noqa: PLW2901 - as str.split("\n") gives it
        if line.strip():
            yield number, line


KIND = JsonLinesKind()
