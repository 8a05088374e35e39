"""`csv` (for spreadsheets) and `tsv` (for pipelines): one record per row under a header.

CSV guards every cell a spreadsheet could run as a formula; TSV only those that really
could, so `@reply` and `-3` stay as written (`safe.delimited_cell`)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from webcare.render.base import Renderer, ShowView
from webcare.render.records import (
    delimited,
    eval_records,
    listing_records,
    show_document,
    urgency_eval_records,
)
from webcare.report import Listing

if TYPE_CHECKING:  # types only: a report loads neither the digest, the stats nor the evaluations
    from webcare.digest import Digest
    from webcare.evaluate import Score
    from webcare.evaluate_urgency import UrgencyScore
    from webcare.stats import Stats


class CsvRenderer(Renderer):
    delimiter = ","

    def listing(self, listing: Listing) -> str:
        return delimited(listing_records(listing), self.delimiter)

    def show(self, view: ShowView) -> str:
        return delimited([show_document(view)], self.delimiter)

    def stats(self, stats: Stats) -> str:
        return delimited(stats.records(), self.delimiter)

    def digest(self, digest: Digest) -> str:
        return delimited(digest.records(), self.delimiter)

    def analyses(self, rows: list[dict[str, Any]]) -> str:
        return delimited(rows, self.delimiter)

    def sentiment_eval(self, scores: Sequence[Score]) -> str:
        return delimited(eval_records(scores), self.delimiter)

    def urgency_eval(self, scores: Sequence[UrgencyScore]) -> str:
        return delimited(urgency_eval_records(scores), self.delimiter)


class TsvRenderer(CsvRenderer):
    delimiter = "\t"
