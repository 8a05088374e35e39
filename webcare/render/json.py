"""`json` (one document per view) and `jsonl` (one record per line). Machine formats: full
ids, UTC times, every non-ASCII character escaped (`\\uXXXX`), so a control or bidi
character in a mention is inert wherever the output goes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from webcare.render.base import Renderer, ShowView
from webcare.render.records import (
    dumps,
    eval_records,
    jsonl,
    listing_document,
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


def _pretty(value: Any) -> str:
    return dumps(value, indent=2) + "\n"


class JsonRenderer(Renderer):
    def listing(self, listing: Listing) -> str:
        return _pretty(listing_document(listing))

    def show(self, view: ShowView) -> str:
        return _pretty(show_document(view))

    def stats(self, stats: Stats) -> str:
        from webcare.stats import document

        return _pretty(document(stats))

    def digest(self, digest: Digest) -> str:
        from webcare.digest import document

        return _pretty(document(digest))

    def analyses(self, rows: list[dict[str, Any]]) -> str:
        return _pretty({"results": rows})

    def sentiment_eval(self, scores: Sequence[Score]) -> str:
        return _pretty({"results": eval_records(scores)})

    def urgency_eval(self, scores: Sequence[UrgencyScore]) -> str:
        return _pretty({"results": urgency_eval_records(scores)})


class JsonlRenderer(Renderer):
    def listing(self, listing: Listing) -> str:
        return jsonl(listing_records(listing))

    def show(self, view: ShowView) -> str:
        return dumps(show_document(view)) + "\n"

    def stats(self, stats: Stats) -> str:
        return jsonl(stats.records())

    def digest(self, digest: Digest) -> str:
        return jsonl(digest.records())

    def analyses(self, rows: list[dict[str, Any]]) -> str:
        return jsonl(rows)

    def sentiment_eval(self, scores: Sequence[Score]) -> str:
        return jsonl(eval_records(scores))

    def urgency_eval(self, scores: Sequence[UrgencyScore]) -> str:
        return jsonl(urgency_eval_records(scores))
