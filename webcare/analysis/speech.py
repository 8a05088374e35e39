"""What kind of message a Dutch text is, beyond its words: an announcement points at
something to watch, hear or read ("Kijk vanavond live mee", "Luistertip: ..."), a question
asks. Neither is the writer's verdict, so sentiment weighs their opinion words less. Pure."""

from __future__ import annotations

import re

# An announcement: an invitation to watch, listen or read, a guest spot, "more info".
# Short messages only: a review that mentions reading ("lees dit boek") is no announcement.
_ANNOUNCEMENT = re.compile(
    r"\b(?:luistertip|leestip|kijktip"
    r"|(?:kijk|luister)\s+(?:hier\s+)?(?:live\s+)?mee"
    r"|(?:kijk|luister|lees)\s+(?:hier|terug|straks|vanavond|morgen|live|vandaag)"
    r"|live\s+(?:mee|te\s+volgen|uitzending|stream)"
    r"|te\s+gast\s+(?:in|bij|aan)|in\s+gesprek\s+(?:met|over)"
    r"|meer\s+info(?:rmatie)?\s*(?::|via|op))\b",
    re.IGNORECASE,
)
ANNOUNCEMENT_MAX_CHARS = 300
ANNOUNCEMENT_WEIGHT = 0.25
QUESTION_PRAISE_WEIGHT = 0.3


def is_announcement(text: str) -> bool:
    return len(text) <= ANNOUNCEMENT_MAX_CHARS and _ANNOUNCEMENT.search(text) is not None


def weigh_speech_act(text: str, score: float) -> float:
    """An announcement's score at a quarter; praise in a text that asks a question at 30%
    ("Gaat de minister het goede voorbeeld volgen?"): a question is no compliment. A
    complaint in a question stays whole ("Waarom duurt het zo lang?")."""
    if is_announcement(text):
        score *= ANNOUNCEMENT_WEIGHT
    if score > 0 and "?" in text:
        score *= QUESTION_PRAISE_WEIGHT
    return score
