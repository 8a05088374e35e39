"""Topics of a mention (delivery, billing, outage, account, product, service). Pure.

Built-in Dutch and English rules; a mention can have several topics or none.
"""

from __future__ import annotations

import re

TOPIC_RULES: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"\b(?:{'|'.join(patterns)})", re.IGNORECASE)
    for name, patterns in {
        "delivery": (
            r"bezorg\w*", r"lever\w*", r"pakket\w*", r"zending", r"bestelling\w*", r"track\s*&?\s*trace",
            r"koerier", r"chauffeur", r"deliver\w*", r"parcel", r"package", r"shipping", r"shipment",
            r"courier", r"driver", r"order\b",
        ),
        "billing": (
            r"factu\w*", r"afgeschreven", r"afschrijving", r"betal\w*", r"terugbetal\w*", r"geld\s+terug",
            # "charge", not "charger"
            r"refund\w*", r"invoice", r"bill(?:ed|ing)?\b", r"charge[ds]?\b", r"payment",
            r"€\s?\d", r"\d+\s?euro",
            r"prijs", r"price", r"korting", r"discount",
        ),
        "outage": (
            # "is down", not "let down"
            r"storing", r"ligt\s+(?:er\s*uit|eruit|plat)", r"outage",
            r"(?:is|are|was|went|still)\s+down\b", r"app\s+(?:werkt|doet)",
            r"crash\w*", r"not\s+loading", r"error", r"foutmelding",
        ),
        "account": (
            r"inlog\w*", r"account", r"wachtwoord", r"password", r"log\s*in", r"abonnement\w*",
            r"subscription", r"lidmaatschap", r"membership", r"gegevens", r"opzeggen",
        ),
        "product": (
            r"kwaliteit", r"quality", r"kapot", r"defect", r"beschadigd", r"bedorven", r"schimmel",
            r"houdbaarheid", r"broken", r"damaged", r"spoiled", r"mould|mold", r"expired", r"allergen\w*",
            r"ingrediënt\w*", r"etiket",
        ),
        "service": (
            r"klantenservice", r"service", r"medewerker\w*", r"geholpen", r"wachtrij", r"gebeld",
            r"chat", r"support", r"customer\s+care", r"agent", r"on\s+hold",
        ),
    }.items()
}


def detect_topics(text: str) -> tuple[str, ...]:
    return tuple(name for name, pattern in TOPIC_RULES.items() if pattern.search(text))
