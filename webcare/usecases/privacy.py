"""Privacy (AVG/GDPR): purging by age, a person's data on request, forgetting a person."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from webcare import privacy
from webcare.errors import NotFoundError, UsageError
from webcare.model import StoredMention
from webcare.settings import Settings
from webcare.store import Store
from webcare.store.records import PersonData, PrivacyResult
from webcare.timeparse import iso_utc

if TYPE_CHECKING:
    from webcare.labels import Label


def retention(
    settings: Settings, now: datetime, *, include_open: bool = False
) -> privacy.Retention:
    """`[privacy] keep` and each source's `keep`, as of `now`."""
    from webcare.sla import policy_stamp

    return privacy.retention(
        now,
        settings.privacy.keep,
        ((spec.name, spec.keep, spec.keep_forever) for spec in settings.sources),
        include_open=include_open,
        policy_stamp=policy_stamp(settings.sla),
    )


def purge(
    settings: Settings, store: Store, now: datetime, *, include_open: bool = False,
    by: str | None = None, full_check: bool = True, dry_run: bool = False,
) -> PrivacyResult:  # fmt: skip
    """Delete what is older than the retention windows (open mentions kept unless
    `include_open`); what each table held before and after, and what the check found
    (`full_check`: the whole store's integrity too, not only that nothing dangles);
    `dry_run` counts what would go and changes nothing."""
    chosen = retention(settings, now, include_open=include_open)
    return store.purge(chosen, by=by, full_check=full_check, dry_run=dry_run)


def who(
    names: tuple[str, ...], pseudonym: str | None = None, brand: tuple[str, ...] = ()
) -> privacy.Pseudonymiser:
    """The person by every name and handle given; a fresh random pseudonym unless given.
    `brand`: the brand's words, kept when their own words are scrubbed."""
    given = tuple(name.strip() for name in names if name.strip())
    if not given:
        raise UsageError("give the person's handle or name (more than one: all of them)")
    short = [name for name in given if len(name.lstrip("@")) < privacy.MIN_NAME]
    if short:
        raise UsageError(
            f"{short[0]!r} is too short to find safely in text; give at least "
            f"{privacy.MIN_NAME} characters"
        )
    return privacy.Pseudonymiser(given, pseudonym or f"person-{secrets.token_hex(4)}", brand)


def export(store: Store, names: tuple[str, ...], now: datetime) -> dict[str, Any]:
    """A JSON-ready document of everything stored by or about the person."""
    person = who(names)
    data = store.person(person)
    if not (data.authored or data.mentioned_in or data.noted_in):
        raise NotFoundError(f"nothing stored by or about {', '.join(person.names)}")
    labels: dict[str, list[dict[str, Any]]] = {}
    for item in (*data.authored, *data.mentioned_in):
        labels[item.mention.id] = [_label(label) for label in store.labels(item.mention.id)]
    return export_document(data, person.names, now, labels)


def export_document(
    data: PersonData,
    names: tuple[str, ...],
    now: datetime,
    labels: dict[str, list[dict[str, Any]]] | None = None,
) -> dict[str, Any]:
    """`labels`: per mention id, the team's corrections of it (`_label`), notes and all."""
    known = labels or {}
    return {
        "subject": list(names),
        "exported_at": iso_utc(now),
        "written_by_them": [_record(item, data, known) for item in data.authored],
        "mentioning_them": [_record(item, data, known) for item in data.mentioned_in],
        "notes_quoting_them": list(data.noted_in),
        "brand_replies_to_them": list(data.replies),
    }


def _label(label: Label) -> dict[str, Any]:
    """A team's correction of a mention, as an access request shows it."""
    return {
        "by": label.by,
        "at": iso_utc(label.at),
        "note": label.note,
        **label.correction.fields(),
    }


def _record(
    item: StoredMention, data: PersonData, labels: dict[str, list[dict[str, Any]]]
) -> dict[str, Any]:
    m = item.mention
    return {
        "id": m.id,
        "source": m.source,
        "channel": m.channel.value,
        "native_id": m.native_id,
        "url": m.url,
        "author": m.author,
        "author_reach": m.author_reach,
        "text": m.text,
        "created_at": iso_utc(m.created_at),
        "rating": m.rating,
        "in_reply_to": m.in_reply_to,
        "conversation": item.thread_id,
        "first_seen_at": iso_utc(item.first_seen_at),
        "language": item.analysis.language,
        "sentiment": item.analysis.sentiment.label.value,
        "assignee": item.assignee,
        "response": None
        if item.response is None
        else {
            "at": iso_utc(item.response.at),
            "by": item.response.by,
            "via": item.response.via,
            "note": item.response.note,
        },
        "also_seen": [
            {"source": s.source, "url": s.url, "native_id": s.native_id} for s in item.also_seen
        ],
        "history": data.actions.get(m.id, []),
        "labels": labels.get(m.id, []),
    }


@dataclass(frozen=True, slots=True)
class Found:
    """A person to forget and what is stored about them, to confirm before forgetting."""

    who: privacy.Pseudonymiser
    data: PersonData
    own_notes: int = 0
    """The notes in the history of what they wrote: all scrubbed or erased."""
    quoting_notes: int = 0
    """Notes on anyone else's mention that name them: pseudonymised."""

    def summary(self, verb: str) -> str:
        """What forgetting them touches, to confirm: `pseudonymise: 2 mention(s) by them
        (with 3 note(s)), 1 naming them, 2 note(s) elsewhere quoting them`."""
        data = self.data
        return (
            f"{verb}: {len(data.authored)} mention(s) by them (with {self.own_notes} "
            f"note(s)), {len(data.mentioned_in)} naming them, {self.quoting_notes} note(s) "
            "elsewhere quoting them"
        )


def find(settings: Settings, store: Store, names: tuple[str, ...]) -> Found:
    """The person by their names, with a fresh pseudonym, and what is stored about them;
    `NotFoundError` when nothing is."""
    from webcare.redacted import brand_words

    person = who(names, brand=brand_words(settings.brand))
    data = store.person(person)
    if not (data.authored or data.mentioned_in or data.noted_in):
        raise NotFoundError(f"nothing stored by or about {', '.join(person.names)}")
    # Every note on their own mentions goes (its contact details at least); elsewhere only
    # the notes naming them change, on mentions that name them and on any other.
    # (A label's note is in its history too: counted once, there.)
    own = [note for item in data.authored for note in _notes(data, item.mention.id)]
    quoting = [note for item in data.mentioned_in for note in _notes(data, item.mention.id)]
    quoting += [str(row["note"]) for row in data.noted_in]
    return Found(person, data, len(own), sum(person.found_in(note) for note in quoting))


def _notes(data: PersonData, mention: str) -> list[str]:
    """The notes in one mention's history."""
    return [str(row["note"]) for row in data.actions.get(mention, []) if row.get("note")]


def forget(
    store: Store, found: Found, *, erase: bool, at: datetime, by: str | None
) -> PrivacyResult:
    """Pseudonymise (with `erase`: delete what they wrote, then pseudonymise what others
    wrote about them) everywhere in the store."""
    return store.forget(found.who, erase=erase, at=at, by=by)
