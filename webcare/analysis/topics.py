"""Topics of a mention, each with a priority weight: prioritise by the subject. Pure.

Built-in Dutch (Flemish too) and English topics, with the points each adds to a mention's
priority (the highest weight among its topics counts once; see rank.py):

  billing   8   invoices, payments, charges, refunds, amounts            (money taken)
  outage    8   the app, site or service down, errors                    (many customers)
  product   6   broken, damaged, spoiled, expired, allergens             (quality)
  delivery  5   parcels, orders, drivers, track & trace
  account   4   logging in, passwords, subscriptions, personal details
  service   2   the service desk itself: waiting on hold, chat, agents

A mention can have several topics or none. `[topics.NAME]` in the config adds topics or
changes a built-in's patterns, weight and `monetary = "high"` flag (which routes mentions
about it as high monetary value); `[topics] disable` turns topics off.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from webcare.settings import TopicSettings

if TYPE_CHECKING:
    from webcare.analysis.rules import RuleMatcher


@dataclass(frozen=True, slots=True)
class Topic:
    name: str
    patterns: tuple[str, ...]
    weight: float = 0.0
    monetary: bool = False


BUILTIN: tuple[Topic, ...] = (
    Topic(
        "delivery",
        (
            r"bezorg\w*", r"lever\w*", r"pakket\w*", r"pakje\w*", r"zending", r"bestelling\w*", r"besteld",
            r"track\s*(?:(?:&|and|en)\s*)?trace", r"koerier", r"chauffeur", r"postbode", r"deliver\w*", r"parcel",
            r"package", r"shipping", r"shipment", r"courier", r"driver", r"order\b", r"ordered",
        ),
        weight=5,
    ),
    Topic(
        "billing",
        (
            r"factu\w*", r"afgeschreven", r"afschrijving\w*", r"betal\w*", r"betaald", r"terugbetal\w*",
            r"geld\s+terug", r"aanmaning", r"incasso",
            # "charge", not "charger"
            r"refund\w*", r"invoice\w*", r"bill(?:ed|ing)?\b", r"charge[ds]?\b", r"payment\w*", r"pay(?:ing)?\b", r"paid\b",
            r"€\s?\d", r"\d+(?:[.,]\d+)?\s?(?:euro|eur)\b", r"prijs", r"price", r"korting", r"discount",
        ),
        weight=8,
    ),
    Topic(
        "outage",
        (
            # "is down", not "let down"; "storing", not "storing your data"
            r"storing(?:en)?\b(?!\s+(?:your|my|the|our|their|data|it|them|customer))",
            r"ligt\s+(?:er\s*uit|eruit|plat)", r"outage", r"(?:is|are|was|went|still)\s+down\b",
            r"(?:app|site|website)\s+(?:werkt|doet)", r"crash\w*", r"not\s+loading", r"error", r"foutmelding",
            r"(?:internet|stroom|netwerk|tv)(?:storing|panne)",
        ),
        weight=8,
    ),
    Topic(
        "account",
        (
            r"inlog\w*", r"ingelogd", r"account", r"wachtwoord", r"password", r"log\s*in", r"abonnement\w*",
            r"subscription", r"lidmaatschap", r"membership", r"gegevens", r"opzeg\w*",
        ),
        weight=4,
    ),
    Topic(
        "product",
        (
            r"kwaliteit", r"quality", r"kapot", r"stukgegaan",
            # "is al stuk", "stuk aangekomen", not "een stuk beter" (a lot better) nor "per stuk"
            r"(?<!een\s)(?<!per\s)stuk(?=\s*(?:[.,;:!?)]|$)|\s+(?:gegaan|geleverd|aangekomen|binnengekomen)\b)", r"defect", r"beschadigd", r"bedorven", r"schimmel\w*",
            r"beschimmeld", r"houdbaarheid\w*", r"over\s+de\s+datum", r"broken", r"damaged", r"spoiled",
            r"mould|mold", r"mouldy|moldy", r"expired", r"expiry", r"allergen\w*", r"ingrediënt\w*",
            r"etiket", r"verrot", r"rotten",
        ),
        weight=6,
    ),
    Topic(
        "service",
        (
            r"klantenservice", r"klantendienst", r"service", r"medewerker\w*", r"geholpen", r"wachtrij",
            r"gebeld", r"chat", r"support", r"customer\s+care", r"agent", r"on\s+hold",
        ),
        weight=2,
    ),
)  # fmt: skip
BUILTIN_NAMES: tuple[str, ...] = tuple(topic.name for topic in BUILTIN)


@dataclass(frozen=True, slots=True)
class TopicRuleset:
    topics: tuple[Topic, ...]
    matcher: RuleMatcher
    monetary: frozenset[str] = field(init=False)
    """Names of the topics configured `monetary = "high"` (asked for every mention)."""

    def __post_init__(self) -> None:
        names = frozenset(topic.name for topic in self.topics if topic.monetary)
        object.__setattr__(self, "monetary", names)

    @property
    def weights(self) -> dict[str, float]:
        return {topic.name: topic.weight for topic in self.topics}


@functools.lru_cache(maxsize=16)
def ruleset(settings: TopicSettings | None = None) -> TopicRuleset:
    """Built-in topics with the config's additions and overrides applied (cached)."""
    from webcare.analysis.rules import RuleMatcher

    ordered = _configured(settings or TopicSettings())
    return TopicRuleset(ordered, RuleMatcher([(t.name, t.patterns) for t in ordered]))


@functools.lru_cache(maxsize=16)
def _configured(settings: TopicSettings) -> tuple[Topic, ...]:
    """Built-in topics with the config's additions and overrides applied, in order."""
    topics = {topic.name: topic for topic in BUILTIN}
    for rule in settings.rules:
        from webcare.analysis.rules import user_pattern

        mine = tuple(user_pattern(p) for p in rule.patterns)
        base = topics.get(rule.name) or Topic(rule.name, ())
        topics[rule.name] = replace(
            base,
            patterns=(*(base.patterns if rule.extend else ()), *mine),
            weight=base.weight if rule.weight is None else rule.weight,
            monetary=base.monetary if rule.monetary is None else rule.monetary,
        )
    for name in settings.disable:
        topics.pop(name, None)
    return tuple(topics.values())


DEFAULT_WEIGHTS: Mapping[str, float] = {topic.name: topic.weight for topic in BUILTIN}


def weights(settings: TopicSettings | None = None) -> dict[str, float]:
    """Priority points per topic name, as configured (no patterns compiled: a report
    weighs topics, it does not detect them)."""
    return {topic.name: topic.weight for topic in _configured(settings or TopicSettings())}


def detect_topics(
    text: str, settings: TopicSettings | None = None, *, folded: str | None = None
) -> tuple[str, ...]:
    """The topics a text is about, in the configured topic order."""
    return tuple(ruleset(settings).matcher.find(text, folded))
