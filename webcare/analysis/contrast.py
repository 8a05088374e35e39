"""Mixed verdicts: "traag, maar vriendelijk" is neither praise nor a complaint. Pure.

VADER's but-rule weighs the clause after "but" (Dutch "maar", "echter", and a concession
"hoewel X, Y" read as "X maar Y") three times the clause before it, so any contrast gets
the label of its second half. That is right when one side is clearly stronger ("niet duur
maar wel lekker": both sides praise; "vriendelijk, maar we wachtten een uur en het eten was
koud": the complaint outweighs), but a sentence whose two sides carry opposite opinions of
comparable weight is a mixed verdict, which the labels call neutral.

Comparable is measured on VADER's own scale: the summed word valences of each side, read
without the but-rule. The weaker side must carry at least `COMPARABLE` of the stronger.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from webcare.analysis.vader import COMPLAINT_TOKEN

if TYPE_CHECKING:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

COMPARABLE = 0.7
"""The weaker side of a contrast must weigh at least this fraction of the stronger one for
the verdict to be mixed; chosen on the even rows of the Dutch evaluation files only."""
MIXED_AT = 0.1
"""A mixed verdict's score: its sides weighed alike, kept within ±this (neutral)."""

# A conjunction that sets two clauses against each other, in the original text.
_CONTRAST = re.compile(
    r"\b(?:maar|doch|echter|hoewel|alhoewel|ofschoon|ondanks|weliswaar|but)\b", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?]\s+\S|\n")


_NEGATORS = frozenset("not no never niet geen nooit niks niets nothing nobody niemand".split())
# A denial that takes nothing away: "maar dat mag de pret niet drukken", "maar dat is niet
# erg", "maar vergeet niet te reserveren", "maar dat maakt niet uit".
_HARMLESS = re.compile(
    r"\b(?:drukken|drukt|erg|uit|hindert|hinderen|deert|deren|storen|stoort|storend|vergeet|vergeten|hoeft|hoef|hoeven"
    r"|probleem|ramp|bezwaar|nodig|matter|mind|worry|forget|bother|biggie|need|needed)\b"
)


def _denies(after: str) -> bool:
    """Whether the clause after "but" denies something (it holds a negator) and the denial
    takes something away (it has no word of `_HARMLESS`)."""
    words = after.split()
    return not _NEGATORS.isdisjoint(w.strip(".,;:!?") for w in words) and _HARMLESS.search(after) is None


def mixed(before: float, after: float, comparable: float = COMPARABLE) -> bool:
    """Whether two sides of a contrast carry opposite opinions of comparable weight."""
    if before * after >= 0:
        return False  # one side has no opinion, or both agree
    weaker, stronger = sorted((abs(before), abs(after)))
    return weaker >= comparable * stronger


def contrasted_score(analyser: SentimentIntensityAnalyzer, prepared: str, text: str) -> float:
    """VADER's compound score for `prepared` (`text` rewritten for VADER), neutral when its
    first "but" divides a mixed verdict."""
    score = float(analyser.compound(prepared))
    if "but" not in prepared.lower() or abs(score) < MIXED_AT:
        return score
    if _CONTRAST.search(text) is None:
        return score  # "toch" became "but" too, but is mostly a particle ("dat kan toch beter")
    after_but = prepared.lower().partition(" but ")[2]
    if COMPLAINT_TOKEN in after_but:
        return score  # "vriendelijk, maar we wachtten een uur": a failure to answer for
    if _SENTENCE_END.search(prepared.strip()):
        return score  # a review of many sentences weighs them, not the first contrast
    before, after = analyser.sides(prepared)
    if before > 0 and after == 0 and _denies(after_but):
        # Praise, then a denial of no opinion word: "Vriendelijke ober, maar hij kende de
        # kaart totaal niet", "mooi op het bord, maar smaak had het niet".
        return -abs(score)
    if not mixed(before, after):
        return score
    from vaderSentiment.vaderSentiment import normalize

    unweighted = normalize(before + after)  # both sides counted alike
    return max(-MIXED_AT, min(MIXED_AT, unweighted))
