"""Which way a switch goes: away from the brand (churn) or towards it (a prospect). Pure.

`urgency` asks this of every churn match: "overgestapt van ING naar jullie" comes to the
brand, "ik zeg mijn contract bij Ziggo op en stap over naar jullie" leaves a rival for it;
"naar jullie concurrent" and "van jullie naar KPN" leave.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from webcare.analysis.match_context import sentence_end, sentence_start
from webcare.analysis.patterns import quick_search
from webcare.analysis.rules import fold

__all__ = ["TOWARDS_US_EN", "TOWARDS_US_NL", "arriving", "cancels", "prospect", "towards_brand"]


# A switch towards this brand is no churn: "overgestapt van ING naar jullie", "overgestapt
# naar deze bank"; nor a promise never to go back to the old one. "Naar jullie concurrent"
# leaves, and so does a cancellation sent to the brand ("mijn opzegging naar jullie gestuurd").
TOWARDS_US_NL = re.compile(quick_search(
    r"\bnaar\s+(?:jullie|u|jou|hier|ons|deze\s+(?:bank|broker|provider|aanbieder|maatschappij|webshop|winkel))\b"
    r"(?!\s+(?:\w+\s+)?(?:concurrent\w*|gestuurd|verstuurd|opgestuurd|doorgestuurd|gemaild|sturen|versturen|opsturen|mailen)\b)"
    r"|\bnooit\s+(?:meer\s+)?terug\s+naar\s+(?:mijn|m'n|onze|de)\s+(?:oude|vorige)\b"
))  # fmt: skip
# Coming to the brand, anywhere in the sentence, makes a cancellation the old supplier's: a
# prospect, not churn. "Ik zeg mijn contract bij Ziggo op en stap over naar jullie", "nu wil
# ik bij jullie klant worden", "I want to cancel my Sky contract and join you", "leaving
# Vodafone for you guys". The cancellation itself must not be the brand's ("bij jullie").
_ARRIVING = re.compile(quick_search(
    r"\bnaar\s+(?:jullie|u|jou)\s+(?:\w+\s+)?(?:overstappen|over\s+te\s+stappen|overgestapt|overkomen|over\s+te\s+komen"
    r"|overschakelen|over\s+te\s+schakelen|overzetten|over\s+te\s+zetten|verhuizen|te\s+verhuizen|komen|te\s+komen)\b"
    r"|\b(?:overstappen|over\s+te\s+stappen|overgestapt|stap\s+(?:\w+\s+){0,2}?over|stappen\s+(?:\w+\s+){0,2}?over|overkomen|over\s+te\s+komen"
    r"|overschakelen|over\s+te\s+schakelen)\s+(?:\w+\s+){0,3}?naar\s+(?:jullie|u|jou)\b(?!\s+(?:\w+\s+)?concurrent)"
    r"|\bbij\s+(?:jullie|u)\s+(?:\w+\s+){0,2}?(?:klant\s+(?:te\s+)?word\w*|(?:te\s+)?beginnen|aan\s*(?:te\s+)?sluiten|aansluiten|in\s*(?:te\s+)?stappen)\b"
    r"|\b(?:jullie|uw)\s+klant\s+(?:te\s+)?word\w*|\bklant\s+(?:te\s+)?word\w*\s+bij\s+(?:jullie|u)\b"
    r"|\b(?:join|joining|sign\s+up\s+with|signing\s+up\s+with|become\s+(?:a|your)\s+(?:new\s+)?customer\s+(?:of|with|at))\s+(?:you|u|y'all|you\s+guys)\b"
    r"|\b(?:switch|switching|move|moving|port|porting|come|coming)\s+(?:\w+\s+){0,3}?(?:over\s+)?to\s+(?:you|u|y'all|you\s+guys)\b"
    r"|\b(?:leave|leaving|ditch|ditching|dump|dumping|drop|dropping)\s+@?[\w&-]+\s+(?:\w+\s+)?for\s+(?:you|u|y'all|you\s+guys)\b"
    # Told as done, from a rival and nowhere else (round 52): "ik ben 2 jaar geleden
    # overgestapt van een grootbank en heb nog geen seconde spijt gehad".
    r"|\b(?:overgestapt|overgeschakeld)\s+(?:\w+\s+){0,3}?van\s+(?:een|mijn|m'n|onze|ne|nen)\s+(?:\w+\s+)?(?:\w*bank|broker|provider|aanbieder|verzekeraar|maatschappij)\b(?![^.!?]*\bnaar\b)"
))  # fmt: skip
_TO_HANDLE = re.compile(r"\bto\s+@(\w+)")
_HANDLE = re.compile(r"@(\w+)")
_ABOUT_US = re.compile(quick_search(r"\b(?:jullie|u|uw|jou|you|your|y'all)\b"))


def arriving(low: str, start: int, end: int, to_brand: re.Pattern[str] | None = None) -> bool:
    """A churn match in a sentence that says the author comes to the brand (`_ARRIVING`, or
    `to_brand`: `towards_brand` of its names, outside the match), the match itself not about
    the brand: the customer leaves a rival for it."""
    if _ABOUT_US.search(low, start, end) is not None:
        return False
    # A switch to the one account the text names is a switch to the brand it is written to
    # ("forced to switch to @115955 😒 the people on the phone were rude").
    target = _TO_HANDLE.search(low, start, end + 2)
    if target is not None and set(_HANDLE.findall(low)) == {target.group(1)}:
        return True
    begin = sentence_start(low, start)
    stop = sentence_end(low, end, 160)
    if _ARRIVING.search(low, begin, stop) is not None:
        return True
    if to_brand is None:
        return False
    return to_brand.search(low, begin, start) is not None or to_brand.search(low, end, stop) is not None


# The words a cancellation weighs negative by in the sentiment rules: "cancel my",
# "cancelling", "ik zeg mijn contract bij Ziggo op", "opzeggen".
_CANCELLING = re.compile(r"\bcancel\w*|\bopzeg\w*|\bopgezegd\b|\bzeg\s+(?:[\w'-]+\s+){1,6}?op\b")


def cancels(words: Iterable[str]) -> bool:
    """Whether a sentiment's moving words (`Sentiment.words`) hold a cancellation's."""
    return any(word.startswith(("cancel", "opzeg", "opgezegd")) or "zeg " in word for word in words)


def prospect(low: str, to_brand: re.Pattern[str] | None = None) -> list[tuple[int, int]]:
    """The spans of the cancellations in `low` when every one of them leaves a rival for
    the brand (`arriving`): "ik wil mijn abonnement bij KPN opzeggen en naar jullie
    overstappen", "cancel my Sky contract and join you". Empty when any one leaves the
    brand, or there is none."""
    spans = [match.span() for match in _CANCELLING.finditer(low)]
    if all(arriving(low, start, end, to_brand) for start, end in spans):
        return spans
    return []


# The same in English: "a mate is porting his number to you", "switching over to you guys".
TOWARDS_US_EN = re.compile(
    quick_search(r"\bto\s+(?:you|u|y'all|you\s+guys|your\s+(?:network|bank|company|service))\b")
)


def towards_brand(names: Iterable[str]) -> re.Pattern[str] | None:
    """A switch towards the brand by its name, keywords or handles: "overstappen naar
    Voltaro", "switching to @voltaro" joins it; not "bij": "opzeggen bij Voltaro" leaves."""
    words = sorted({fold(n).lstrip("@#").strip() for n in names} - {""}, key=len, reverse=True)
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(quick_search(rf"\b(?:naar|to)\s+[@#]?(?:{alternation})\b"))
