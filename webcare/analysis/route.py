"""Route: who should answer, from emotional value against monetary value. Pure.

SPEC.md: low/low can be automated, high/high needs a person, the other two quadrants need
judgement. Critical moments (safety, health) always go to a person, whatever the amount.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from webcare.model import Route, Sentiment, Urgency, UrgencyLevel

STRONGLY_NEGATIVE = -0.5
MONEY_THRESHOLD_EUR = 50.0
_EMOTIONAL_CATEGORIES = frozenset({"safety", "health", "fraud", "legal", "churn"})
_MONETARY_CATEGORIES = frozenset({"fraud", "legal", "churn"})
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


def _amount(text: str) -> float | None:
    best: float | None = None
    for match in _AMOUNT.finditer(text):
        raw = (match.group(1) or match.group(2)).replace(" ", "")
        # 1.234,56 and 1,234.56 and 84,50: the last separator followed by 1-2 digits is decimal.
        if re.search(r"[.,]\d{1,2}$", raw):
            whole, fraction = raw[:-3 if raw[-3] in ".," else -2], raw[-2:].lstrip(".,")
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
    high_value_keywords: tuple[str, ...] = (),
) -> RouteDecision:
    emotional: list[str] = []
    if urgency.level is UrgencyLevel.CRITICAL:
        return RouteDecision(
            Route.HUMAN,
            f"critical moment ({', '.join(urgency.categories) or 'urgent'}): a person answers, whatever the amount",
        )
    if sentiment.score <= STRONGLY_NEGATIVE:
        emotional.append(f"strongly negative ({sentiment.score:+.2f})")
    emotional_categories = [c for c in urgency.categories if c in _EMOTIONAL_CATEGORIES]
    if emotional_categories:
        emotional.append(", ".join(emotional_categories))
    if rating is not None and rating <= 1:
        emotional.append(f"{rating}-star rating")

    monetary: list[str] = []
    if source_value == "high":
        monetary.append("high-value source")
    lowered = text.casefold()
    keyword = next((k for k in high_value_keywords if k.casefold() in lowered), None)
    if keyword:
        monetary.append(f"customer tier {keyword!r}")
    amount = _amount(text)
    if amount is not None and amount >= MONEY_THRESHOLD_EUR:
        monetary.append(f"amount {amount:,.2f}")
    money_word = _MONEY_WORDS.search(text)
    if money_word:
        monetary.append(f"money: {money_word.group(0)!r}")
    monetary_categories = [c for c in urgency.categories if c in _MONETARY_CATEGORIES]
    if monetary_categories:
        monetary.append(f"at stake: {', '.join(monetary_categories)}")
    if source_value == "low" and not keyword:
        monetary = []

    emotional_text = f"emotional high ({'; '.join(emotional)})" if emotional else "emotional low"
    monetary_text = f"monetary high ({'; '.join(monetary)})" if monetary else "monetary low"
    reason = f"{emotional_text}, {monetary_text}"
    if emotional and monetary:
        return RouteDecision(Route.HUMAN, reason)
    if not emotional and not monetary:
        return RouteDecision(Route.AUTOMATE, reason)
    return RouteDecision(Route.JUDGEMENT, reason)
