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
        # Not "per ongeluk" (by accident) nor "ongelukkig" (unhappy).
        r"(?<!per\s)ongeluk(?:ken)?\b", r"aanrijding", r"aangereden", r"omver\s*gereden",
        r"re(?:ed|den)\s+(?:\w+\s+){1,3}aan\b", r"(?:in\s+)?brand\s+(?:gevlogen|gevat)",
        r"vlam\s+(?:gevat|vatte)", r"vatte\s+vlam", r"ontplof\w*",
        r"explo(?:sie|sies|deerde|deert|deren)\b", r"gewond\w*",
        r"(?:komt|kwam)\s+rook\s+uit", r"rook\s+(?:komt|kwam)\s+uit",
        r"letsel", r"gevaarlijk\w*", r"levensgevaarlijk", r"elektrische\s+schok", r"kortsluiting",
        r"rookontwikkeling", r"vast\s+langs\s+de\s+weg", r"gestrand", r"pechhulp",
        # Not "crash" alone: apps crash far more often than vans (outage covers those).
        r"accident", r"(?:car|bike|van|truck|traffic)\s+crash", r"crash(?:ed)?\s+into",
        r"caught\s+fire", r"on\s+fire", r"explod\w*", r"injur\w+",
        r"dangerous", r"unsafe", r"electric\s+shock", r"stranded",
        # Not "hit the checkout button".
        r"hit\s+(?:a|my|the|our)\s+(?:car|bike|cyclist|pedestrian|child|kid|son|daughter|dog|cat"
        r"|mother|father|wife|husband)",
        r"(?:van|truck|lorry|driver|courier)\s+(?:\w+\s+)?(?:hit|ran\s+over|knocked\s+down)",
        r"knocked\s+(?:me|him|her)\s+(?:down|over)", r"smoke\s+(?:coming|from)",
    ),
    _rule(
        "health",
        CRITICAL,
        r"overleden", r"overlijden", r"gestorven", r"sterfgeval", r"begrafenis", r"ziekenhuis",
        r"spoedeisende\s+hulp", r"ambulance", r"allergische\s+reactie", r"anafylact\w*",
        r"voedselvergiftiging", r"ziek\s+(?:geworden|geweest|van)", r"zieke?\s+(?:baby|kind|kindje)", r"flesvoeding",
        r"insuline", r"medicijn\w*",
        # "died" of a person, not of a phone or a battery.
        r"passed\s+away",
        r"(?:he|she|they|mother|father|mum|mom|dad|husband|wife|son|daughter|partner|brother"
        r"|sister|grand(?:mother|father|ma|pa)|friend|baby)"
        r"\s+(?:has\s+|have\s+|had\s+|just\s+|sadly\s+)?died",
        r"death", r"funeral", r"hospital", r"emergency\s+room",
        r"allergic\s+reaction", r"anaphyla\w*", r"food\s+poisoning", r"got\s+sick", r"insulin",
        r"(?:baby|child|kid|son|daughter)\s+is\s+(?:very\s+|really\s+|so\s+)?(?:sick|ill)",
        r"(?:sick|ill)\s+(?:baby|child|kid)", r"(?:baby|infant)\s+formula",
        r"formula\s+(?:milk|delivery)",
        r"medication",
    ),
    _rule(
        "fraud",
        HIGH,
        r"gehackt", r"phishing", r"fraude", r"oplicht\w*", r"nep-?\s*(?:sms|mail|e-mail|site)",
        r"datalek", r"onbevoegd\w*", r"niet\s+door\s+mij\s+gedaan", r"onbekende\s+(?:afschrijving|betaling)\w*",
        r"identiteitsfraude", r"gestolen", r"hacked", r"fraud\w*", r"scam\w*", r"data\s+breach",
        r"unauthori[sz]ed", r"stolen", r"identity\s+theft",
        r"unknown\s+(?:charges?|payments?|transactions?)",
        r"charges?\s+(?:[\w']+\s+){0,4}?i\s+(?:didn'?t|did\s+not|never)"
        r"\s+(?:make|authori[sz]e|place)",
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
        # "rechter" the judge, not "rechterkant" (right-hand side).
        r"advocaat", r"rechtszaak", r"rechter\b", r"aanklagen", r"aangifte",
        r"juridische\s+stappen",
        r"geschillencommissie", r"consumentenbond", r"\bACM\b", r"autoriteit\s+persoonsgegevens",
        r"ombudsman", r"ingebrekestelling", r"lawyer", r"attorney", r"suing", r"lawsuit",
        # "sue" as a verb, not Sue who helped in the chat.
        r"(?:i'?ll|i\s+will|we'?ll|we\s+will|going\s+to|gonna)\s+sue\b",
        r"sue\s+(?:you|your|them)\b",
        r"legal\s+action", r"small\s+claims", r"trading\s+standards", r"regulator", r"police\s+report",
    ),
    _rule(
        "churn",
        HIGH,
        # "ik zeg mijn Bolderkar Plus abonnement op", "hoe zeg ik zijn abonnement op"
        r"zeg\s+(?:ik\s+)?(?:mijn|m'n|zijn|haar|ons|onze|het)\s+(?:[\w-]+\s+){0,3}?"
        r"(?:abonnement|contract|lidmaatschap|account)\s+op\b",
        r"ik\s+zeg\s+(?:het|alles)\s+op\b",
        r"opzeggen", r"overstappen\s+naar", r"ik\s+stap\s+over", r"nooit\s+meer\s+(?:bij|bestellen)",
        r"klant\s+af", r"laatste\s+keer\s+(?:dat|besteld)", r"cancel(?:l?ing)?\s+my\s+(?:subscription|account|membership|contract)",
        # Switching to a competitor, not "switched to the app version".
        r"switch(?:ing|ed)?\s+(?:over\s+)?to\s+(?:a\s+|another\s+|the\s+)?"
        r"(?:competitor|competition|rival|another|different|other)",
        r"never\s+(?:again|order(?:ing)?\s+again)", r"last\s+time\s+i\s+order",
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
