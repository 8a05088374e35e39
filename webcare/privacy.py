"""Privacy rules (AVG/GDPR), pure: which stored rows a purge selects, and how a person's
name and handle give way to a pseudonym. No I/O; the store applies them.

Retention: a mention older than its source's `keep` (else `[privacy] keep`) goes, with
its notes, assignment history, sightings and alert memory; an open one (live, needing a
reply, unanswered) stays until it is answered unless `include_open`. A brand reply goes
when older than its source's window. `keep = "forever"` keeps everything of that scope.

Forgetting: every stored text in which a person's name or handle appears (any case, with
or without `@`, not inside a longer word or number) has it replaced by one pseudonym, so
a conversation still reads as one person's without saying whose; what they wrote also
loses its e-mail addresses, phone numbers, IBANs and order numbers (`webcare.redact`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from webcare.redact import Redactor

MIN_NAME = 3
"""Shorter names and handles are matched only as a mention's whole author, never in text:
two letters would erase half of every sentence."""


@dataclass(frozen=True, slots=True)
class PurgeCandidate:
    """A stored mention as the retention rule needs it."""

    id: str
    source: str
    created_at: datetime
    answered: bool = True
    needs_reply: bool = True
    backfilled: bool = False
    owed: bool | None = None
    """Whether a reply is owed under the current SLA policy, as a poll kept it; None when
    not kept under this policy (then `needs_reply` decides)."""

    @property
    def open(self) -> bool:
        """Live, owed a reply and unanswered: it may be on the floor, so it stays. One the
        channel's reply policy owes nothing (a forum post not addressed to the brand) is
        never on the floor and goes with its window; when the store kept no decision under
        the current policy, one that needs a reply is kept rather than lost."""
        if self.answered or self.backfilled:
            return False
        return self.owed if self.owed is not None else self.needs_reply


@dataclass(frozen=True, slots=True)
class Retention:
    """How long each source's mentions are kept, as of `now`."""

    now: datetime
    keep: timedelta | None
    """The default window (`[privacy] keep`); None keeps for ever."""
    per_source: Mapping[str, timedelta | None] = field(default_factory=dict)
    """A source's own `keep` (None: for ever), replacing the default."""
    include_open: bool = False
    """Purge open, unanswered mentions too (`--include-open`)."""
    policy_stamp: str | None = None
    """The current SLA policy's stamp: a kept reply decision counts only under it."""

    def owed(self, owed: object, stamp: object) -> bool | None:
        """A stored reply decision (`owed`, kept under `stamp`) if it holds now, else None."""
        if owed is None or stamp is None or stamp != self.policy_stamp:
            return None
        return bool(owed)

    def cutoff(self, source: str) -> datetime | None:
        """What this source wrote before this moment goes; None: nothing goes."""
        keep = self.per_source[source] if source in self.per_source else self.keep
        return None if keep is None else self.now - keep

    @property
    def earliest_cutoff(self) -> datetime | None:
        """The latest of the cutoffs: nothing written at or after it can go (a store reads
        only older candidates). None when nothing can go at all."""
        cutoffs = [self.cutoff(source) for source in self.per_source] + [
            None if self.keep is None else self.now - self.keep
        ]
        known = [cutoff for cutoff in cutoffs if cutoff is not None]
        return max(known) if known else None

    def selects(self, candidate: PurgeCandidate) -> bool:
        """Whether a purge deletes this mention."""
        cutoff = self.cutoff(candidate.source)
        if cutoff is None or candidate.created_at >= cutoff:
            return False
        return self.include_open or not candidate.open

    def selects_reply(self, source: str, created_at: datetime) -> bool:
        """Whether a purge deletes this brand reply (it answers nothing that is kept long)."""
        cutoff = self.cutoff(source)
        return cutoff is not None and created_at < cutoff

    def selects_alert(self, at: datetime) -> bool:
        """Whether a purge deletes this record of a sent alert (by the default window)."""
        return self.keep is not None and at < self.now - self.keep


def retention(
    now: datetime,
    keep: timedelta | None,
    sources: Iterable[tuple[str, timedelta | None, bool]] = (),
    *,
    include_open: bool = False,
    policy_stamp: str | None = None,
) -> Retention:
    """The retention at `now` from `[privacy] keep` and each source's (name, keep, forever);
    `policy_stamp`: the SLA policy's, so reply decisions kept under it count."""
    per_source: dict[str, timedelta | None] = {}
    for name, source_keep, forever in sources:
        if forever:
            per_source[name] = None
        elif source_keep is not None:
            per_source[name] = source_keep
    return Retention(now, keep, per_source, include_open, policy_stamp)


@dataclass(frozen=True, slots=True)
class Pseudonymiser:
    """Replaces a person's names and handles in text by one pseudonym."""

    names: tuple[str, ...]
    """What the person goes by: handles (with or without `@`) and names, as given."""
    pseudonym: str
    brand: tuple[str, ...] = ()
    """The brand's name and handles: kept when `own` scrubs the person's own words."""
    _pattern: re.Pattern[str] | None = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        forms = {form.casefold() for form in _forms(self.names) if len(form) >= MIN_NAME}
        ordered = sorted(forms, key=len, reverse=True)
        # Not inside a longer word or number: `klant6323` is not `klant63231`, `sanne` not
        # `sannemarie`; `_`, `-`, `/`, `@` and the like border a name (`nienke_v-1`).
        pattern = r"(?<![^\W_])(?:" + "|".join(re.escape(f) for f in ordered) + r")(?![^\W_])"
        object.__setattr__(
            self, "_pattern", re.compile(pattern, re.IGNORECASE) if ordered else None
        )

    @property
    def folded(self) -> frozenset[str]:
        """The names and handles, without `@` and case: what a whole author is matched on."""
        return frozenset(form.casefold() for form in _forms(self.names))

    @property
    def author_forms(self) -> tuple[str, ...]:
        """The names and handles without `@`, as given, lower-cased and folded: what a
        database that folds only ASCII compares a whole author with."""
        forms = {form.lstrip("@") for form in _forms(self.names)}
        return tuple(sorted(forms | {f.lower() for f in forms} | {f.casefold() for f in forms}))

    @property
    def text_forms(self) -> tuple[str, ...]:
        """The forms searched for in text (long enough to be a name), folded and as given
        (a database may fold only ASCII)."""
        forms = {f for f in _forms(self.names) if len(f) >= MIN_NAME}
        return tuple(sorted(forms | {f.casefold() for f in forms} | {f.lower() for f in forms}))

    def is_author(self, author: str | None) -> bool:
        return author is not None and _fold(author) in self.folded

    def found_in(self, text: str | None) -> bool:
        return (
            bool(text)
            and self._pattern is not None
            and self._pattern.search(text or "") is not None
        )

    def text(self, text: str) -> str:
        """The text with every occurrence (any case, `@` kept) replaced by the pseudonym."""
        if self._pattern is None or not text:
            return text
        return self._pattern.sub(self.pseudonym, text)

    def own(self, text: str | None) -> str | None:
        """What the person wrote (or a note on it): their names become the pseudonym, and
        the contact details and numbers in it (e-mail, phone, IBAN, order and parcel
        numbers, other people's handles, a signed name) placeholders, as `--redact`
        gives them: what identifies them goes from their own words too."""
        if not text:
            return text
        return Redactor(self.brand).text(self.text(text))

    def author(self, author: str | None) -> str | None:
        """An author field: the person's becomes the pseudonym; another's keeps any mention."""
        if author is None:
            return None
        if self.is_author(author):
            return self.pseudonym
        return self.text(author)


def _forms(names: Iterable[str]) -> set[str]:
    forms: set[str] = set()
    for name in names:
        name = name.strip()
        if name:
            forms.add(name)
            forms.add(name.lstrip("@"))
    return {form for form in forms if form}


def _fold(value: str) -> str:
    return value.strip().lstrip("@").casefold()
