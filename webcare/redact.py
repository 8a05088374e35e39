"""Redacted output: people's names, handles, e-mail addresses, phone numbers, IBANs and
order numbers replaced with stable placeholders. Pure.

A report mailed to management or posted in a wide channel should not spread what members
of the public wrote under their own names. One `Redactor` serves one report: the same
person (an author, their handle, their name where it appears in another mention) gets
the same placeholder (`person 3`) everywhere in it, so a reader still sees that three
complaints came from one customer. The brand's own names and handles stay.

What is replaced, in mention text, authors and URLs:

- authors and `@handles` (not the brand's): `person N`
- names after a greeting or sign-off ("Groet, Sanne", "Regards, Tom", "mijn naam is …"),
  or signed after a dash at the end of a message or line ("bel me - Sanne", "~Tom"):
  `person N`
- e-mail addresses: `email N`; IBANs: `iban N`; phone numbers (Dutch and international
  forms): `phone N`
- order, invoice, customer and tracking numbers: after words that name them
  ("ordernummer 4471", "order #12345", "factuur 2026-114"), `#` followed by digits, and long
  runs of digits or letters-and-digits (parcel codes): `number N`
- a URL that names a person (its path holds an author's handle) keeps its host only
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from urllib.parse import urlsplit

from webcare.model import Mention, Ranked, StoredMention

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b")
_PHONE = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?\d(?:[\s.-]?\d){6,12}"
    r"|0\d(?:[\s.-]?\d){8})(?!\w)"
)
_NUMBER_WORDS = (
    r"order(?:nummer|nr|number|no)?|bestel(?:nummer|ling(?:nummer)?)|ordernr|factuur(?:nummer)?"
    r"|invoice(?: number)?|klant(?:nummer|nr)|customer(?: number)?|account(?:nummer| number)?"
    r"|ticket(?:nummer)?|case(?: number)?|zaak(?:nummer)?|dossier(?:nummer)?|referentie"
    r"|reference|track(?:ing)?(?:code| code| number)?|zending(?:snummer)?|pakket(?:nummer)?"
)
_NUMBER_AFTER_WORD = re.compile(
    rf"\b(?:{_NUMBER_WORDS})\b[\s:.#-]*(?:nr\.?|no\.?|nummer)?[\s:#-]*([A-Z]*[-/]?\d[\w/-]{{2,}})",
    re.IGNORECASE,
)
_HASH_NUMBER = re.compile(r"#(\d{4,})\b")
_LONG_CODE = re.compile(r"\b(?=[A-Z0-9]*\d)(?=[A-Z0-9]*[A-Z])[A-Z0-9]{10,}\b|\b\d{7,}\b")
_HANDLE = re.compile(r"(?<![\w@])@([A-Za-z0-9_][\w.]{1,29}[A-Za-z0-9_]|[A-Za-z0-9_]{1,2})")
_SIGNED = re.compile(
    r"(?i:\b(?:groet(?:en|jes)?|gr|mvg|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?"
    r"|regards|kind regards|best|cheers|thanks|bedankt|dank je|dank u)[,!.]?\s+"
    r"|\b(?:mijn naam is|ik ben|my name is|i am|this is)\s+)"
    r"([A-Z][a-zà-ÿ]+(?:\s+(?:van|de|der|den|ter|ten|van der|van den)?\s*[A-Z][a-zà-ÿ]+)?)"
)

_DASH_SIGNED = re.compile(
    r"(?:^|(?<=\s))[-–—~^][ \t]?([A-Z][a-zà-ÿ]+(?:[ \t]+(?:van|de|der|den|ter|ten|van der"
    r"|van den)?[ \t]*[A-Z][a-zà-ÿ]+)?)[ \t]*$",
    re.MULTILINE,
)
"""A name signed after a dash at the end of a message or line, as tweets and agents sign
("call me - Sanne", "~Tom", "-Becky"). Not a greeting or thanks ("- Bedankt")."""
_NOT_SIGNED = frozenset(
    "bedankt dank groet groeten groetjes thanks thank cheers regards alvast help hulp graag"
    " update android ios iphone ipad windows mac linux".split()
)


@dataclass
class Redactor:
    """Placeholders for one report: the same value gets the same placeholder throughout."""

    brand: Iterable[str] = ()
    """The brand's name and handles: never redacted."""
    _seen: dict[tuple[str, str], str] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)
    _people: dict[str, str] = field(default_factory=dict)
    """A person's name or handle (folded) -> their placeholder."""

    def __post_init__(self) -> None:
        self._brand = {_fold(word) for word in self.brand if word}

    def placeholder(self, kind: str, value: str) -> str:
        key = (kind, _fold(value))
        if key not in self._seen:
            self._counts[kind] = self._counts.get(kind, 0) + 1
            self._seen[key] = f"[{kind} {self._counts[kind]}]"
        return self._seen[key]

    def person(self, name: str | None) -> str | None:
        """The placeholder of an author (by name or handle); None stays None."""
        if not name:
            return name
        folded = _fold(name)
        if folded in self._brand:
            return name
        if folded not in self._people:
            self._people[folded] = self.placeholder("person", folded)
        return self._people[folded]

    def learn(self, names: Iterable[str | None]) -> None:
        """Know these authors up front, so their names are found in every text."""
        for name in names:
            self.person(name)

    def text(self, text: str) -> str:
        text = _EMAIL.sub(lambda m: self.placeholder("email", m.group(0)), text)
        text = _IBAN.sub(lambda m: self.placeholder("iban", m.group(0).replace(" ", "")), text)
        text = _NUMBER_AFTER_WORD.sub(
            lambda m: m.group(0).replace(m.group(1), self.placeholder("number", m.group(1))), text
        )
        text = _PHONE.sub(lambda m: self.placeholder("phone", re.sub(r"\D", "", m.group(0))), text)
        text = _HASH_NUMBER.sub(lambda m: "#" + self.placeholder("number", m.group(1)), text)
        text = _LONG_CODE.sub(lambda m: self.placeholder("number", m.group(0)), text)
        text = _HANDLE.sub(self._handle, text)
        text = _SIGNED.sub(
            lambda m: m.group(0).replace(m.group(1), self.person(m.group(1)) or ""), text
        )
        text = _DASH_SIGNED.sub(self._dash_signed, text)
        return self._known_names(text)

    def _dash_signed(self, match: re.Match[str]) -> str:
        name = match.group(1)
        if name.split()[0].casefold() in _NOT_SIGNED:
            return match.group(0)
        return match.group(0).replace(name, self.person(name) or "")

    def url(self, url: str | None) -> str | None:
        """A URL whose path names a person keeps only its scheme and host."""
        if not url:
            return url
        parts = urlsplit(url)
        rest = f"{parts.path}?{parts.query}#{parts.fragment}"
        folded = _fold(rest)
        if any(person.lstrip("@") in folded for person in self._people if len(person) >= 3):
            return f"{parts.scheme}://{parts.netloc}/[redacted]"
        return self.text(url) if _EMAIL.search(url) else url

    def mention(self, mention: Mention) -> Mention:
        return replace(
            mention,
            author=self.person(mention.author),
            text=self.text(mention.text),
            url=self.url(mention.url),
        )

    def stored(self, item: StoredMention) -> StoredMention:
        return replace(
            item,
            mention=self.mention(item.mention),
            also_seen=tuple(replace(s, url=self.url(s.url)) for s in item.also_seen),
        )

    def rows(self, rows: Iterable[Ranked]) -> tuple[Ranked, ...]:
        rows = tuple(rows)
        self.learn(row.item.mention.author for row in rows)
        return tuple(replace(row, item=self.stored(row.item)) for row in rows)

    def _handle(self, match: re.Match[str]) -> str:
        handle = match.group(1)
        if _fold(handle) in self._brand:
            return match.group(0)
        return self.person(handle) or match.group(0)

    def _known_names(self, text: str) -> str:
        """Authors' names (and handles without `@`) wherever they appear in the text."""
        names = sorted((n for n in self._people if len(n) >= 4), key=len, reverse=True)
        if not names:
            return text
        pattern = re.compile(
            r"(?<![\w@\[])(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE
        )
        return pattern.sub(lambda m: self._people[_fold(m.group(0))], text)


def _fold(value: str) -> str:
    return value.strip().lstrip("@").casefold()
