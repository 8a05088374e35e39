"""Messages that read neutral or positive but say something bad (issue 12, round 38). Pure.

Before urgency (`said_negative`, on the text):
- sarcasm VADER cannot hear: "thanks for nothing", "bedankt voor niks"; praise of how the
  brand ignores the author ("Prachtig hoe jullie mijn klacht gewoon negeren", "love how
  you keep ignoring my emails");
- complaints told as facts with no opinion word: an appointment not kept ("de monteur zou
  tussen 8 en 12 komen … nog niemand gezien", "the technician was supposed to come …
  still nobody"), a parcel left in the rain and soaked.

After urgency (`harm_negative`, on its categories), in the author's own case (a first
person singular in the text): an emergency (critical) and fraud are nobody's neutral news; nor is staff threatening
the author or an old relative sold a contract at the door (the matches of
`urgency_additions`). A sentiment already negative is left as it is.

After urgency too (`praise_beside_failure`): a positive text that reports a failure going
on (an outage, a block, money taken, a trip disrupted, fraud) or that the author is
leaving is sarcasm or courtesy around the complaint; negative.
"""

from __future__ import annotations

import re

from webcare.analysis.patterns import contains_any, quick_search
from webcare.analysis.urgency_additions import JUMPS, PATTERNS
from webcare.model import Sentiment, SentimentLabel, Urgency, UrgencyLevel

_SCORE = -0.35
"""The score a text read negative here gets at most (as `compose.failure_reported`)."""

_COMPLAINT_VERBS = (
    r"(?:negeren|negeert|genegeerd|laten\s+liggen|laat\s+liggen|links\s+laten\s+liggen|niet\s+(?:reageren|reageert|antwoorden|antwoordt)"
    r"|nooit\s+(?:reageren|reageert|antwoorden|antwoordt|terugbellen)|aan\s+het\s+lijntje\s+houden|afschepen|afscheept"
    r"|ignore|ignores|ignored|ignoring|(?:don'?t|do\s+not|never)\s+(?:reply|respond|answer|call\s+back)|leave\s+(?:me|us)\s+hanging)"
)
# What the text must hold for a rule to be tried: a cheap substring test first.
_ANCHORS = (
    "for nothing", "voor niks", "voor niets", "helemaal niets", "helemaal niks", "echt niets", "echt niks",
    "absolutely nothing", "negeer", "negere", "genegeerd", "liggen", "ignor", "reply", "respond",
    "answer", "hanging", "lijntje", "afsche", "reageer", "reageren", "antwoord", "zou", "zouden", "supposed",
    "meant to", "scheduled", "regen", "rain", "soaked", "doorweekt", "drenched", "how you", "how they",
    "the way you", "dat ik", "dat we", "dat wij", "dat je", "that i", "that we", "that you",
)  # fmt: skip
_SAID = re.compile(
    "|".join(
        f"(?:{p})"
        for p in (
            r"\b(?:thanks?|thank\s+you|bedankt|dank\s*je\s*wel|dankjewel|dank\s+u|merci)\s+(?:[\w@]+,?\s+)?(?:for|voor)\s+(?:helemaal\s+|absolutely\s+|echt\s+)?(?:nothing|niks|niets)\b",
            r"\b(?:prachtig|mooi|geweldig|fantastisch|fijn|knap|heerlijk|leuk|great|love|lovely|wonderful|nice|amazing|brilliant|fantastic)\s+"
            r"(?:\w+\s+)?(?:hoe|dat|how|the\s+way|that)\s+(?:jullie|je|u|ze|you|they|@\w+)\s+(?:\w+\s+){0,5}?" + _COMPLAINT_VERBS + r"\b",
            # Praise for how the brand charges: "Love how you charge me for a service I never got".
            r"\b(?:love|great|nice|lovely|wonderful|amazing|brilliant|fantastic)\s+(?:how|the\s+way)\s+(?:you|they)\s+"
            r"(?:\w+\s+){0,3}?(?:charge|charged|charging|bill|billed|overcharge\w*)\b",
            # Praise for having to do the brand's work: "Echt top dat ik drie keer moet bellen
            # voor een simpele vraag", "great that I have to pay extra for a seat".
            r"\b(?:top|fijn|geweldig|leuk|mooi|super|heerlijk|prachtig|knap|fantastisch|great|love|nice|lovely|wonderful)\s+"
            r"(?:dat|that)\s+(?:ik|we|wij|je|i|you)\s+(?:\w+\s+){0,6}?(?:moet|moeten|moest|moesten|have\s+to|had\s+to|need\s+to)\b",
            # Praise for a wait counted: "Geweldig dat ik nu al 40 minuten in de wacht sta",
            # "love that I've been on hold for an hour".
            r"\b(?:top|fijn|geweldig|leuk|mooi|super|heerlijk|prachtig|fantastisch|great|love|nice|lovely|wonderful)\s+(?:dat|that)\s+(?:ik|we|wij|i|i'?ve|we'?ve|i\s+have|we\s+have)\s+"
            r"(?:(?:nu|now|al|already|been|on\s+hold|in\s+de\s+wacht|for|sinds)\s+){0,4}(?:\d+|een|twee|drie|vier|vijf|tien|twintig|dertig|veertig|an?|two|three|four|five|ten|twenty|thirty|forty)\s+"
            r"(?:minuten|min|kwartier|uur|uren|dagen|weken|minutes|mins|hours?|days|weeks)\b",
            # An appointment not kept.
            r"\b(?:zou|zouden)\s+(?:\w+\s+){0,6}?(?:komen|langskomen|langs\s+komen|leveren|bezorgen)\b[^.!?]{0,80}?\b"
            r"(?:nog\s+(?:steeds\s+|altijd\s+)?niemand|niemand\s+(?:gezien|gekomen|verschenen|geweest|opgedaagd)|nog\s+(?:steeds\s+|altijd\s+)?niet\s+(?:gekomen|verschenen|geweest|opgedaagd|hier|gezien)"
            r"|niet\s+(?:gekomen|verschenen|opgedaagd|komen\s+opdagen))",
            r"\b(?:was|were)\s+(?:supposed|meant|scheduled|due)\s+to\s+(?:come|arrive|be\s+here|show\s+up|visit|deliver)\b[^.!?]{0,80}?\b"
            r"(?:still\s+(?:nobody|no\s+one|noone|no\s+sign|not\s+here|waiting)|(?:nobody|no\s+one)\s+(?:came|showed|has\s+come|has\s+shown|turned\s+up)|no[\s-]show|never\s+(?:came|showed|arrived|turned\s+up))",
            # Left in the weather, and ruined.
            r"\b(?:left|dropped|threw|thrown|put|placed|abandoned)\s+(?:my|the|our)\s+(?:parcel|package|delivery|box|order|parcels|packages|groceries)\s+"
            r"(?:\w+\s+){0,3}?(?:in|out\s+in)\s+the\s+(?:rain|snow|wet)\b",
            r"\b(?:parcel|package|box|delivery|everything|contents|order|groceries)\s+(?:\w+\s+){0,3}?(?:soaked|drenched|soaking\s+wet|waterlogged)\b",
            r"\b(?:pakket|pakje|doos|bestelling|levering|boodschappen)\w*\s+(?:\w+\s+){0,4}?in\s+de\s+(?:regen|sneeuw)\s+(?:\w+\s+)?(?:gezet|gelegd|achtergelaten|laten\s+staan|gegooid|neergezet)\b",
        )
    )
)
_STAFF_OR_SOLD = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p in (*PATTERNS["escalation"], *PATTERNS["vulnerable"])) + ")"
)


# A bill that jumped: "$300 instead of $40", "went from $40 to $300", "10 times the quote".
_JUMPED = re.compile(
    "|".join(f"(?:{p})" for p in JUMPS)
    + r"|\bfrom\s+[$£€]?\s?\d[\d.,]*\s+to\s+[$£€]?\s?\d|\bvan\s+(?:€\s?)?\d[\d.,]*\s*(?:euro\s+)?naar\s+(?:€\s?)?\d"
    + r"|\b(?:\d+|two|three|four|five|ten|twee|drie|vier|vijf|tien)\s*(?:x|times|keer|maal)\s+(?:the|what|de|zo)\b"
)
# Where a threat to go public goes ("I want a manager" alone is a request, not a threat).
_PUBLIC = re.compile(quick_search(
    r"\b(?:press|media|news|newspaper|paper|journalists?|tv|twitter|facebook|instagram|tiktok|linkedin|reddit|youtube|trustpilot"
    r"|review\s+sites?|reviews?|everyone|everybody|viral|public|watchdog|ombudsman|regulator|kassa|radar|pers|krant|kranten"
    r"|journalist(?:en)?|televisie|iedereen|consumentenbond|sociale\s+media|socials|telegraaf|volkskrant|nos|rtl"
    r"|papers|newspapers|bbc|daily\s+mail|mp|congressman|congresswoman|senator|councill?or|which(?=\?))\b"
))  # fmt: skip
# Only whether one is there (`quick_search`: the engine skips to the words' letters).
_OWN = re.compile(quick_search(r"\b(?:i|i'm|i've|my|me|ik|mijn|m'n|mij|mn)\b"))


def _negative(sentiment: Sentiment, why: str) -> Sentiment:
    score = min(-abs(sentiment.score), _SCORE)
    return Sentiment(score, _NEG, (why, *sentiment.words[:4]))


def said_negative(sentiment: Sentiment, low: str) -> Sentiment:
    """Negative when the lower-cased text `low` says something bad that reads neutral or
    positive (sarcasm, a complaint told as a fact)."""
    if sentiment.label is _NEG or not contains_any(low, _ANCHORS):
        return sentiment
    found = _SAID.search(low)
    if found is None:
        return sentiment
    return _negative(sentiment, " ".join(found.group(0).split()))


def harm_negative(sentiment: Sentiment, urgency: Urgency, low: str) -> Sentiment:
    """Negative when a neutral text reports an emergency, fraud, staff threatening the
    author, or an old relative sold something."""
    if sentiment.label is not _NEU or not urgency.categories:
        return sentiment
    # Leaving needs no "I": "Thinking of jumping ship to Octopus", "Goodbye @BA, hello
    # @VirginAtlantic" (the churn rules read the author's own leaving).
    if urgency.categories[0] == "churn" and urgency.level is not _CRITICAL:
        return _negative(sentiment, "says they are leaving")
    # The author's own case ("mijn zoon", "my account"): a news item or a film review that
    # names a hospital or a stolen election is nobody's emergency.
    if _OWN.search(low) is None:
        return sentiment
    if urgency.level is _CRITICAL:
        return _negative(sentiment, "reports an emergency")
    categories = urgency.categories
    if "fraud" in categories:
        return _negative(sentiment, "reports fraud")
    if "churn" in categories:
        return _negative(sentiment, "says they are leaving")
    if "money" in categories and _JUMPED.search(low):
        return _negative(sentiment, "reports a bill many times itself")
    if ("escalation" in categories or "vulnerable" in categories) and _STAFF_OR_SOLD.search(low):
        return _negative(sentiment, "reports harm by staff")
    # A threat to go public, to the press or to law is no neutral aside: "I'll be posting
    # this on Twitter until someone responds", "als dit niet geregeld is stap ik naar de
    # rechter".
    if "legal" in categories or ("escalation" in categories and _PUBLIC.search(low)):
        return _negative(sentiment, "threatens to escalate")
    return sentiment


_NEG, _NEU, _CRITICAL = SentimentLabel.NEG, SentimentLabel.NEU, UrgencyLevel.CRITICAL


# A failure going on now: positive words beside it are sarcasm ("fantastic, internet down
# again. just fantastic", "Real nice, charging me twice for the same order") or courtesy
# around the complaint ("love you guys but no wifi since yesterday"): either way the
# message is the failure. (Not a problem put right: its category is refused upstream.)
# Leaving is one too: "I've cancelled my order and gone to Best Buy. Thank you.", "Ik ben
# weg bij jullie, nog veel succes."
_FAILING_NOW = frozenset({"outage", "blocked", "money", "travel", "fraud", "churn"})
_POS = SentimentLabel.POS


def praise_beside_failure(sentiment: Sentiment, urgency: Urgency) -> Sentiment:
    """Negative when a positive text reports a failure going on (`_FAILING_NOW`)."""
    if sentiment.label is not _POS or _FAILING_NOW.isdisjoint(urgency.categories):
        return sentiment
    return _negative(sentiment, "praise beside a failure")
