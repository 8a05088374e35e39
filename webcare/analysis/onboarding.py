"""A customer still opening an account: onboarding, "account" by the label criteria (normal).

A wait for the account, its verification or its welcome bonus is no deadline (`urgency_checks.
no_deadline` asks `ONBOARDING`); a form that fails while the account is being opened is no
outage of a service the author already uses (`opening_trouble`). Pure.
"""

from __future__ import annotations

import re

from webcare.analysis.patterns import quick_search

# A Dutch account being opened: "de opening van mijn rekening", "een rekening willen openen".
_OPENING_NL = (
    r"opening\s+van\s+(?:mijn|m'n|onze|de|een)\s+(?:\w+\s+)?rekening|rekening\s+(?:willen\s+|proberen\s+(?:te\s+)?)?(?:te\s+)?(?:openen|aanvragen)"
)
# A new account, its verification or its welcome bonus still pending is onboarding (normal,
# "account" by the criteria): "al drie weken wachten op de opening van mijn rekening", "mijn
# verificatie duurt nu al 10 dagen", "de welkomstbonus is nog steeds niet gestort".
ONBOARDING = re.compile(quick_search(
    rf"\b(?:{_OPENING_NL}|nieuwe\s+rekening"
    r"|verificatie|geverifieerd|welkomstbonus|welkomstpremie|aanmelding|registratie|account\s+(?:aanmaken|openen|activeren)"
    r"|open(?:ing|ed)?\s+(?:an?\s+|my\s+|the\s+)?(?:new\s+)?account|verification|verif(?:y|ied)|sign[-\s]?up\s+bonus|welcome\s+bonus)\b"
))  # fmt: skip
# Opening it, said as such (not "verificatie" or "nieuwe rekening", which an existing
# customer's login failure names as often): "wil een rekening openen maar geraak niet
# verder", "online tool werkte niet ... rekening te openen voor minderjarige".
_OPENING = re.compile(quick_search(
    rf"\b(?:{_OPENING_NL}"
    r"|account\s+(?:te\s+)?(?:aanmaken|openen)|open(?:ing)?\s+(?:an?\s+|the\s+)?(?:new\s+)?account|sign(?:ing)?\s+up\s+for\s+an?\s+account)\b"
))  # fmt: skip
# ... unless money or a card is already at stake in it.
_AT_STAKE = re.compile(quick_search(r"\b(?:geld|money|saldo|balance|overschrijving\w*|transfer\w*|kaart|card|betal\w*|pay\w*)\b"))


def opening_trouble(names: list[str], low: str) -> bool:
    """Whether the only category found in `low` (folded) is an outage met while opening an
    account, with no money or card at stake."""
    return names == ["outage"] and _OPENING.search(low) is not None and _AT_STAKE.search(low) is None
