"""Urgency of a mention from Dutch and English rules: a level and the reasons. Pure.

Each rule belongs to a category (safety, health, outage, fraud, legal, churn) and sets a
level; the most urgent matching rule decides the level and every match is a reason,
quoting what matched. Emotional moments (an accident, a death, illness, fraud, someone
left without what they urgently need) are urgent whatever the amount involved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from webcare.model import Sentiment, SentimentLabel, Urgency, UrgencyLevel


@dataclass(frozen=True, slots=True)
class UrgencyRule:
    category: str
    level: UrgencyLevel
    pattern: re.Pattern[str]


def _rule(category: str, level: UrgencyLevel, *patterns: str) -> UrgencyRule:
    joined = "|".join(f"(?:{p})" for p in patterns)
    return UrgencyRule(category, level, re.compile(rf"\b(?:{joined})", re.IGNORECASE))


CRITICAL, HIGH = UrgencyLevel.CRITICAL, UrgencyLevel.HIGH

RULES: tuple[UrgencyRule, ...] = (
    _rule(
        "safety",
        CRITICAL,
        r"ongeluk", r"aanrijding", r"aangereden", r"omver\s*gereden", r"re(?:ed|den)\s+(?:\w+\s+){1,3}aan\b", r"(?:in\s+)?brand\s+(?:gevlogen|gevat)",
        r"vlam\s+(?:gevat|vatte)", r"vatte\s+vlam", r"ontplof\w*", r"explo\w+", r"gewond\w*",
        r"letsel", r"gevaarlijk\w*", r"levensgevaarlijk", r"elektrische\s+schok", r"kortsluiting",
        r"rookontwikkeling", r"vast\s+langs\s+de\s+weg", r"gestrand", r"pechhulp",
        r"accident", r"crash(?:ed)?", r"caught\s+fire", r"on\s+fire", r"explod\w*", r"injur\w+",
        r"dangerous", r"unsafe", r"electric\s+shock", r"stranded", r"hit\s+(?:a|my|the)\s+\w+",
        r"knocked\s+(?:me|him|her)\s+(?:down|over)", r"smoke\s+(?:coming|from)",
    ),
    _rule(
        "health",
        CRITICAL,
        r"overleden", r"overlijden", r"gestorven", r"sterfgeval", r"begrafenis", r"ziekenhuis",
        r"spoedeisende\s+hulp", r"ambulance", r"allergische\s+reactie", r"anafylact\w*",
        r"voedselvergiftiging", r"ziek\s+(?:geworden|geweest|van)", r"zieke?\s+(?:baby|kind|kindje)", r"flesvoeding",
        r"insuline", r"medicijn\w*",
        r"passed\s+away", r"died", r"death", r"funeral", r"hospital", r"emergency\s+room",
        r"allergic\s+reaction", r"anaphyla\w*", r"food\s+poisoning", r"got\s+sick", r"insulin",
        r"medication",
    ),
    _rule(
        "fraud",
        HIGH,
        r"gehackt", r"phishing", r"fraude", r"oplicht\w*", r"nep-?\s*(?:sms|mail|e-mail|site)",
        r"datalek", r"onbevoegd\w*", r"niet\s+door\s+mij\s+gedaan", r"onbekende\s+(?:afschrijving|betaling)\w*",
        r"identiteitsfraude", r"gestolen", r"hacked", r"fraud\w*", r"scam\w*", r"data\s+breach",
        r"unauthori[sz]ed", r"stolen", r"identity\s+theft", r"charges?\s+i\s+didn'?t\s+make",
    ),
    _rule(
        "outage",
        HIGH,
        r"storing", r"ligt\s+(?:er\s*uit|eruit|plat)", r"(?:app|site|website)\s+(?:ligt|is)\s+(?:plat|down|eruit)",
        r"kan\s+niet\s+(?:inloggen|bestellen|betalen)", r"doet\s+het\s+niet\s+meer", r"geen\s+(?:internet|verbinding|stroom)",
        r"outage", r"(?:is|are|went)\s+down", r"can'?t\s+(?:log\s*in|order|pay|check\s*out)",
        r"(?:cannot|unable\s+to)\s+(?:log\s*in|order|pay)", r"not\s+loading", r"keeps\s+crashing",
    ),
    _rule(
        "legal",
        HIGH,
        r"advocaat", r"rechtszaak", r"rechter", r"aanklagen", r"aangifte", r"juridische\s+stappen",
        r"geschillencommissie", r"consumentenbond", r"\bACM\b", r"autoriteit\s+persoonsgegevens",
        r"ombudsman", r"ingebrekestelling", r"lawyer", r"attorney", r"sue\b", r"suing", r"lawsuit",
        r"legal\s+action", r"small\s+claims", r"trading\s+standards", r"regulator", r"police\s+report",
    ),
    _rule(
        "churn",
        HIGH,
        r"(?:ik\s+)?zeg\s+(?:mijn|m'n|het)\s+\w*\s*(?:abonnement|contract|lidmaatschap)?\s*op",
        r"opzeggen", r"overstappen\s+naar", r"ik\s+stap\s+over", r"nooit\s+meer\s+(?:bij|bestellen)",
        r"klant\s+af", r"laatste\s+keer\s+(?:dat|besteld)", r"cancel(?:l?ing)?\s+my\s+(?:subscription|account|membership|contract)",
        r"switch(?:ing)?\s+to", r"never\s+(?:again|order(?:ing)?\s+again)", r"last\s+time\s+i\s+order",
        r"lost\s+a\s+customer", r"taking\s+my\s+business",
    ),
)

_PRESSURE = re.compile(
    r"\b(?:z\.s\.m\.|zsm|asap|urgent|dringend|spoed|met\s+spoed|vandaag\s+nog|nu\s+meteen|immediately|right\s+now)\b",
    re.IGNORECASE,
)


def assess_urgency(text: str, sentiment: Sentiment) -> Urgency:
    """The most urgent level of all matching rules; low for praise and thanks, else normal."""
    level = UrgencyLevel.NORMAL
    reasons: list[str] = []
    categories: list[str] = []
    for rule in RULES:
        match = rule.pattern.search(text)
        if match is None:
            continue
        categories.append(rule.category)
        reasons.append(f"{rule.category}: {match.group(0).strip()!r}")
        if rule.level.rank < level.rank:
            level = rule.level
    pressure = _PRESSURE.search(text)
    if pressure is not None:
        reasons.append(f"time pressure: {pressure.group(0)!r}")
        if level is UrgencyLevel.NORMAL:
            level = UrgencyLevel.HIGH
    if not reasons and sentiment.label is SentimentLabel.POS:
        return Urgency(UrgencyLevel.LOW, ("positive, no urgent subject",), ())
    return Urgency(level, tuple(reasons), tuple(categories))
