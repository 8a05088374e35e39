"""`analyse`: what a mention says and how much it matters, composed. Pure, no I/O.

`analyse(text, settings)` composes language -> sentiment -> urgency -> topics -> reply
needed? -> route. Urgency and topics match the same lower-cased text, and share one
scan of it for the places where their rules may match.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from webcare.analysis import topics as topic_rules
from webcare.analysis import urgency as urgency_rules
from webcare.analysis.churn_direction import cancels, prospect, towards_brand
from webcare.analysis.closing import CLOSING_PREFIX, assess_reply
from webcare.analysis.language import detect_language, tokens_of
from webcare.analysis.meant_negative import harm_negative, praise_beside_failure, said_negative
from webcare.analysis.phrase_search import word_runs
from webcare.analysis.route import decide_route
from webcare.analysis.rules import Places, RuleMatcher, fold
from webcare.analysis.sentiment import analyse_sentiment
from webcare.analysis.topic_guards import masked
from webcare.analysis.topics import TopicRuleset
from webcare.analysis.urgency import Ruleset
from webcare.analysis.urgency_lexicon import ESCALATION, POSITIVE_REASON
from webcare.model import (
    Analysis,
    Route,
    Sentiment,
    SentimentLabel,
    Urgency,
    UrgencyLevel,
    analysis,
)
from webcare.model import urgency as new_urgency
from webcare.settings import Settings

__all__ = ["analyse"]

CLOSING_REASON = "closing thank-you, no reply needed"
# Enum members read once: under Python 3.11 `UrgencyLevel.LOW` read off its class is an
# unspecialised lookup of about 900 instructions, a module name about 20.
_LOW, _NORMAL, _AUTOMATE = UrgencyLevel.LOW, UrgencyLevel.NORMAL, Route.AUTOMATE
_NEU, _NEG = SentimentLabel.NEU, SentimentLabel.NEG


@functools.lru_cache(maxsize=16)
def _places(urgency: RuleMatcher, topics: RuleMatcher) -> Places:
    """One scan for where urgency's and the topics' rules may match (per configuration)."""
    return Places(urgency, topics)


class _Rules(NamedTuple):
    """What `analyse` reads from one `Settings`, looked up once."""

    categories: Ruleset
    topics: TopicRuleset
    places: Places
    brand_words: tuple[str, ...]
    brand_handles: frozenset[str]
    """The brand's own accounts (`[brand] handles` and "@" keywords), casefolded, no "@"."""
    towards_brand: re.Pattern[str] | None
    """A switch towards the brand by name: "naar Voltaro", "to @voltaro" (`urgency`)."""


_last: tuple[Settings, _Rules] | None = None


def _rules(settings: Settings) -> _Rules:
    # The same Settings object (frozen) for every mention of a poll or an import: checked by
    # identity, since the rulesets' caches hash the settings dataclasses on every call.
    global _last
    last = _last
    if last is not None and last[0] is settings:
        return last[1]
    categories = urgency_rules.ruleset(settings.urgency)
    topic_set = topic_rules.ruleset(settings.topics)
    rules = _Rules(
        categories,
        topic_set,
        _places(categories.matcher, topic_set.matcher),
        (settings.brand.name, *settings.brand.keywords),
        frozenset(
            handle.lstrip("@").casefold()
            for handle in (*settings.brand.handles, *(k for k in settings.brand.keywords if k.startswith("@")))
            if handle.lstrip("@")
        ),
        towards_brand((settings.brand.name, *settings.brand.keywords, *settings.brand.handles)),
    )
    _last = (settings, rules)
    return rules


def analyse(
    text: str,
    settings: Settings,
    *,
    rating: int | None = None,
    source_value: str | None = None,
    year: int | None = None,
) -> Analysis:
    """What webcare makes of a text. `year`: the one it was written in, if known (a mention's
    `created_at`): a year it names is past only when earlier."""
    lowered = text.lower()
    tokens = tokens_of(lowered)  # split once for language and sentiment
    language = detect_language(text, tokens=tokens)
    runs = word_runs(tokens)  # the word runs of `lowered`, for several whole-word tests
    sentiment = analyse_sentiment(text, language, rating=rating, tokens=tokens, runs=runs)
    folded = fold(text, lowered)
    categories, topic_set, place_finder, brand_words, brand_handles, to_brand = _rules(settings)
    if sentiment.label is _NEG and cancels(sentiment.words):
        sentiment = _rival_cancelled(text, folded, sentiment, language, rating, to_brand)
    sentiment = said_negative(sentiment, folded)
    places = place_finder.find(folded)
    urgency = urgency_rules.assess_urgency(
        text,
        sentiment,
        settings.urgency,
        folded=folded,
        places=places,
        language=language,
        rules=categories,
        towards_brand=to_brand,
        year=year,
    )
    sentiment = failure_reported(sentiment, language, urgency)
    sentiment = harm_negative(sentiment, urgency, folded)
    sentiment = praise_beside_failure(sentiment, urgency)
    topics = topic_set.matcher.names_found(folded, places)
    if "billing" in topics:
        plain = masked(folded)  # "someone in charge" is no billing question
        if plain is not None:
            topics = topic_set.matcher.names_found(plain)
    reply = assess_reply(
        text,
        sentiment,
        urgency,
        brand_words=brand_words,
        brand_handles=brand_handles,
        folded=folded,
        rating=rating,
        runs=runs if folded is lowered else None,  # a folded apostrophe may split a run
    )
    no_reply_reason = ""
    if not reply.needed:
        # Low, whatever matched: nobody needs to answer (a closer, praise, "works again").
        if reply.reason.startswith(CLOSING_PREFIX):
            no_reply_reason = CLOSING_REASON
            urgency = new_urgency(_LOW, (CLOSING_REASON,), ())
        else:
            no_reply_reason = reply.reason.split(":")[0] + ", no reply owed"
            if urgency.level is not _LOW:
                urgency = new_urgency(_LOW, (POSITIVE_REASON,), ())
    elif urgency.level is _LOW:
        urgency = new_urgency(_NORMAL, (), ())  # positive, but it asks something
    route = decide_route(
        text,
        sentiment,
        urgency,
        rating=rating,
        source_value=source_value,
        topics=topics,
        settings=settings.route,
        emotional_categories=categories.emotional,
        monetary_categories=categories.monetary,
        human_categories=categories.human,
        monetary_topics=topic_set.monetary,
    )
    route_value, route_reason = route.route, route.reason
    if not reply.needed:
        # Nobody needs to answer: automate (a template at most), saying what it would have been.
        route_value, route_reason = _AUTOMATE, f"{no_reply_reason}; {route.reason}"
    return analysis(  # `Analysis(...)`, built faster
        language, sentiment, urgency, topics, route_value, route_reason, reply.needed, reply.reason
    )


def _rival_cancelled(
    text: str,
    folded: str,
    sentiment: Sentiment,
    language: str,
    rating: int | None,
    to_brand: re.Pattern[str] | None,
) -> Sentiment:
    """A prospect's sentiment: a cancellation with a rival, said while coming to the brand
    ("ik wil mijn abonnement bij KPN opzeggen en naar jullie overstappen"), weighs nothing;
    the text is read again without it. Anything else keeps its sentiment."""
    spans = prospect(folded, to_brand) if len(folded) == len(text) else []
    if not spans:
        return sentiment
    masked = text
    for start, end in spans:
        masked = masked[:start] + " " * (end - start) + masked[end:]
    return analyse_sentiment(masked, language, rating=rating)


# A Dutch customer who reports a failure (it is down, the account or card is blocked, money
# was taken wrongly, I am leaving) complains, opinion word or not: "De app crasht constant
# sinds de update", "Ik ben drie keer afgeschreven voor één bestelling". Measured on the
# labelled sets' even rows: every such Dutch text read neutral was negative to its
# annotator, and no political tweet, book review or restaurant sentence is one; English
# annotators (TWCS) read a plain report of a problem as neutral, so English is left as is.
# A danger reported ("ik ruik gas in huis", "I smell gas in the hallway", "er komt rook uit
# de meterkast") is bad news in any language: nobody writes it in a neutral mood.
_FAILURES = {
    "safety": "reports a danger",
    # A home without heat or power with a baby in it is vulnerable, no longer an outage; a
    # bereavement is no good news either.
    "vulnerable": "reports a hardship",
    "outage": "reports an outage",
    "blocked": "reports a block",
    "money": "reports money taken",
    "churn": "says they are leaving",
    "travel": "reports a disruption",
    "anger": "is angry at the brand",
    "escalation": "goes public",
}
_ANY_LANGUAGE = ("safety", "anger", "escalation")
_FAILURE_SCORE = -0.35


# Asking for someone higher up ("I demand to speak to your supervisor", "ik wil uw manager
# aan de telefoon") is an escalation within the company, said as often in a calm voice.
_HIGHER_UP = re.compile(r"\b(?:manager|supervisor|leidinggevende|teamleider|chef|boss|baas|superior)\b", re.IGNORECASE)


def _only_higher_up(urgency: Urgency) -> bool:
    """Whether every escalation reason quotes someone higher up (reasons read `label: 'quote'`)."""
    return all(
        _HIGHER_UP.search(reason) is not None for reason in urgency.reasons if reason.startswith(ESCALATION.label)
    )


def failure_reported(sentiment: Sentiment, language: str, urgency: Urgency) -> Sentiment:
    """A neutral sentiment made negative when the text reports a danger, or (Dutch) a
    failure."""
    if sentiment.label is not _NEU or not urgency.categories:
        return sentiment
    if language != "nl":
        # A danger, or anger at the brand ("#boycottamericanair"), is bad news in any language.
        failed: str | None = next((name for name in urgency.categories if name in _ANY_LANGUAGE), None)
    else:
        failed = next((name for name in urgency.categories if name in _FAILURES), None)
    if failed is None or (failed == "escalation" and _only_higher_up(urgency)):
        return sentiment
    score = min(sentiment.score, _FAILURE_SCORE)
    return Sentiment(score, _NEG, (_FAILURES[failed], *sentiment.words))
