"""Route: who should answer, from emotional value against monetary value. Pure.

SPEC.md: low/low can be automated, high/high needs a person, the other two quadrants need
judgement. Critical moments (safety, health) and vulnerable moments (a bereavement, serious
illness) always go to a person, whatever the amount.

  emotional high  sentiment at or below `[route] strongly_negative` (-0.5); an urgency
                  category flagged emotional (safety, health, vulnerable, fraud, travel,
                  legal, churn, public escalation, anger); a 1-star rating; an outage at
                  logging in (the customer is locked out, as a blocked account is)
  monetary high   a source with `value = "high"`; one of `[route] high_value_keywords` (a
                  customer tier); a topic with `monetary = "high"`; an amount of
                  `[route] high_amount` (50) or more; money words (refund, dubbel
                  afgeschreven, compensatie); an urgency category flagged monetary (fraud,
                  money, blocked, legal, churn, public escalation); a public rating at or below
                  `[route] low_rating` (2); an outage at logging in (the account out of reach)
  a source with `value = "low"` has no monetary value, unless a customer-tier keyword says so
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, cast

from webcare.model import Route, Sentiment, Urgency, UrgencyLevel
from webcare.settings import RouteSettings

_AMOUNT = re.compile(
    r"(?:€|eur\b|euro\b|\$|£)\s?(\d{1,6}(?:[.,]\d{3})*(?:[.,]\d{1,2})?)"
    r"|(\d{1,6}(?:[.,]\d{3})*(?:[.,]\d{1,2})?)\s?(?:€|euro|eur\b|dollar|pound)",
    re.IGNORECASE,
)
_MONEY_WORDS = re.compile(
    r"\b(?:terugbetaling|geld\s+terug|dubbel\s+afgeschreven|schadevergoeding|compensatie|"
    r"refund|charged\s+twice|compensation|chargeback)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class RouteDecision:
    route: Route
    reason: str


class _Draft:
    """A `RouteDecision` being built: its two fields written as any object's, then frozen
    (`__class__`), where the dataclass's `__init__` writes each by `object.__setattr__`."""

    __slots__ = RouteDecision.__slots__


def _decided(route: Route, reason: str) -> RouteDecision:
    made: Any = _NEW(_Draft)
    made.route = route
    made.reason = reason
    made.__class__ = RouteDecision
    return cast(RouteDecision, made)


_NEW = object.__new__
# Read once: an enum member read off its class costs about 900 instructions (Python 3.11).
_HUMAN, _AUTOMATE, _JUDGEMENT = Route.HUMAN, Route.AUTOMATE, Route.JUDGEMENT
_CRITICAL = UrgencyLevel.CRITICAL


# The case-insensitive regexes are slow and most texts have no amount and no money word:
# substring tests rule them out first, chained with `or` (a generator costs more than the
# tests). Every money word holds one of the casefolded words `_may_have_money_word`
# tests: whole words, not stems, as "terug" and "charge" alone are common ("bel me
# terug", "charges of $412"). Every amount has a currency (a symbol, or "eur", "dollar"
# or "pound" in any case: only ASCII letters match them under re.IGNORECASE) and a digit
# (`\d`, as in `_AMOUNT`): many Dutch texts are "teleurgesteld", few name an amount.
_DIGIT = re.compile(r"\d")
# Logging in, in an outage's text: the failure shuts the customer out of the account, as a
# block does ("Foutcode 503 bij inloggen", "kan niet meer inloggen", "error 403 when signing
# in"); an error code asked about ("wat betekent foutcode 503?") names no login.
_LOGIN = re.compile(
    r"\b(?:inlog\w*|ingelogd|aanmeld\w*|aangemeld|in\s+te\s+loggen|aan\s+te\s+melden"
    r"|log(?:ging|ged)?\s*(?:in|on)\b|logins?\b|sign(?:ing|ed)?[\s-]*(?:in|on)\b)"
)
_DECIMALS = re.compile(r"[.,]\d{1,2}$")


def _may_have_money_word(lowered: str) -> bool:
    return (
        "refund" in lowered or "geld" in lowered or "afgeschreven" in lowered
        or "compensat" in lowered or "terugbetaling" in lowered or "chargeback" in lowered
        or "twice" in lowered or "schadevergoeding" in lowered
    )  # fmt: skip


def _amount(text: str, lowered: str | None = None) -> float | None:
    """The largest amount of money in the text. `lowered` is `text.casefold()` if known."""
    lowered = text.casefold() if lowered is None else lowered
    if not (
        "€" in text or "$" in text or "£" in text
        or "eur" in lowered or "dollar" in lowered or "pound" in lowered
    ) or _DIGIT.search(text) is None:  # fmt: skip
        return None
    best: float | None = None
    for match in _AMOUNT.finditer(text):
        raw = (match.group(1) or match.group(2)).replace(" ", "")
        # 1.234,56 and 1,234.56 and 84,50: the last separator followed by 1-2 digits is decimal.
        if _DECIMALS.search(raw):
            whole, fraction = raw[: -3 if raw[-3] in ".," else -2], raw[-2:].lstrip(".,")
            raw = f"{whole.replace('.', '').replace(',', '')}.{fraction}"
        else:
            raw = raw.replace(".", "").replace(",", "")
        try:
            value = float(raw)
        except ValueError:
            continue
        best = value if best is None else max(best, value)
    return best


def decide_route(
    text: str,
    sentiment: Sentiment,
    urgency: Urgency,
    *,
    rating: int | None = None,
    source_value: str | None = None,
    topics: Iterable[str] = (),
    settings: RouteSettings | None = None,
    emotional_categories: frozenset[str] | None = None,
    monetary_categories: frozenset[str] | None = None,
    monetary_topics: frozenset[str] = frozenset(),
    human_categories: frozenset[str] | None = None,
) -> RouteDecision:
    """Emotional against monetary value; the reason names everything that counted.

    `emotional_categories`/`monetary_categories` default to the built-in urgency categories'
    flags; `monetary_topics` are the topics configured `monetary = "high"`.
    """
    settings = settings or RouteSettings()
    if emotional_categories is None or monetary_categories is None or human_categories is None:
        from webcare.analysis.urgency import ruleset

        built_in = ruleset()
        human_categories = built_in.human if human_categories is None else human_categories
        emotional_categories = (
            built_in.emotional if emotional_categories is None else emotional_categories
        )
        monetary_categories = (
            built_in.monetary if monetary_categories is None else monetary_categories
        )
    if urgency.level is _CRITICAL:
        return _decided(
            _HUMAN,
            f"critical moment ({', '.join(urgency.categories) or 'urgent'}): a person answers, whatever the amount",
        )
    categories = urgency.categories  # most texts have none: no comprehension to run
    vulnerable = [c for c in categories if c in human_categories] if categories else None
    if vulnerable:
        return _decided(
            _HUMAN,
            f"vulnerable moment ({', '.join(vulnerable)}): a person answers, gently, whatever the amount",
        )

    emotional: list[str] = []
    if sentiment.score <= settings.strongly_negative:
        emotional.append(f"strongly negative ({sentiment.score:+.2f})")
    feelings = [c for c in categories if c in emotional_categories] if categories else None
    if feelings:
        emotional.append(", ".join(feelings))
    if rating is not None and rating <= 1:
        emotional.append(f"{rating}-star rating")

    monetary: list[str] = []
    if source_value == "high":
        monetary.append("high-value source")
    lowered = text.casefold()
    locked_out = bool(categories) and "outage" in categories and _LOGIN.search(lowered) is not None
    if locked_out:
        emotional.append("locked out")
    keywords = settings.high_value_keywords
    keyword = next((k for k in keywords if k.casefold() in lowered), None) if keywords else None
    if keyword:
        monetary.append(f"customer tier {keyword!r}")
    valuable_topics = [t for t in topics if t in monetary_topics] if monetary_topics else None
    if valuable_topics:
        monetary.append(f"topic {', '.join(valuable_topics)}")
    amount = _amount(text, lowered)
    if amount is not None and amount >= settings.high_amount:
        monetary.append(f"amount {amount:,.2f}")
    money_word = _MONEY_WORDS.search(text) if _may_have_money_word(lowered) else None
    if money_word:
        monetary.append(f"money: {money_word.group(0)!r}")
    stakes = [c for c in categories if c in monetary_categories] if categories else None
    if stakes:
        monetary.append(f"at stake: {', '.join(stakes)}")
    if rating is not None and rating <= settings.low_rating:
        monetary.append(f"{rating}-star public rating")
    if locked_out:
        monetary.append("account out of reach")
    if source_value == "low" and not keyword:
        monetary = []

    emotional_text = f"emotional high ({'; '.join(emotional)})" if emotional else "emotional low"
    monetary_text = f"monetary high ({'; '.join(monetary)})" if monetary else "monetary low"
    reason = f"{emotional_text}, {monetary_text}"
    if emotional and monetary:
        return _decided(_HUMAN, reason)
    if not emotional and not monetary:
        return _decided(_AUTOMATE, reason)
    return _decided(_JUDGEMENT, reason)
