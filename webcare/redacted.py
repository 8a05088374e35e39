"""Reports with people's data redacted (`--redact`), before any renderer sees them. Pure.

One `webcare.redact.Redactor` per report, so the same person keeps one placeholder across
its rows, incidents, notes and excerpts. Every renderer draws on these data only, so a
redacted listing or digest is redacted in every format.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from webcare.incidents import Incident
from webcare.model import Ranked, Response, StoredMention
from webcare.redact import Redactor
from webcare.report import Listing
from webcare.settings import BrandSettings


def brand_words(brand: BrandSettings) -> tuple[str, ...]:
    """The brand's name, handles and keywords: never redacted."""
    words = [brand.name, *brand.handles, *brand.keywords]
    return tuple(word.lstrip("@") for word in words if word)


def rows(rows: Sequence[Ranked], redactor: Redactor) -> tuple[Ranked, ...]:
    """The rows with authors, handles, names, numbers and addresses replaced; notes too."""
    redactor.learn(row.item.mention.author for row in rows)
    done = []
    for row in redactor.rows(rows):
        item = row.item
        response = item.response
        if response is not None and response.note:
            item = replace(item, response=_note(response, redactor))
        done.append(replace(row, item=item))
    return tuple(done)


def _note(response: Response, redactor: Redactor) -> Response:
    return replace(response, note=redactor.text(response.note) if response.note else None)


def listing(view: Listing, brand: BrandSettings) -> Listing:
    """A report or a listing as it may be mailed to management or posted widely."""
    redactor = Redactor(brand_words(brand))
    redacted = rows(view.rows, redactor)
    return replace(view, rows=redacted, incidents=incidents(view.incidents, redactor))


def incidents(items: Iterable[Incident], redactor: Redactor) -> tuple[Incident, ...]:
    """Incident labels are words the mentions share: a name among them is replaced."""
    return tuple(
        replace(
            item,
            subject=redactor.text(item.subject),
            terms=tuple(redactor.text(term) for term in item.terms),
            spike=None
            if item.spike is None
            else replace(item.spike, subject=redactor.text(item.spike.subject)),
        )
        for item in items
    )


def items(stored: Sequence[StoredMention], brand: BrandSettings) -> list[StoredMention]:
    """Stored mentions redacted before a digest is built from them: its excerpts are cut
    from redacted text, so no half a name survives the cut."""
    redactor = Redactor(brand_words(brand))
    redactor.learn(item.mention.author for item in stored)
    return [
        redactor.stored(replace(item, response=_note(item.response, redactor)))
        if item.response is not None
        else redactor.stored(item)
        for item in stored
    ]
