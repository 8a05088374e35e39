"""Does a mention need a reply? Closing thank-yous, plain praise and "it works again" do not. Pure.

"bedankt!", "top, thanks", "opgelost, dank je", "thx!", "dank u wel, fijne dag" and "super,
bedankt voor de snelle hulp" close a conversation: answering them is optional, so they do
not open a response-time clock. Recognised conservatively, in one of two ways:

- every word of the message is part of a thank-you, a "solved", a pleasantry or a greeting
  (plus at most one name and the brand's own name), with a thanks or a "solved" in it; or
- it says both thanks and "solved" ("Bedankt, opgelost! Het geld staat al op mijn
  rekening"), with no contrast, negation, request or other matter ("maar", "nog", "ook",
  "kunnen", "not", "also", "please") and no number.

So these still need a reply:

- sarcasm: "bedankt voor niks", "thanks for nothing", "nou bedankt hoor", "thanks a lot 🙄";
- a question: "bedankt! wanneer komt mijn pakket?", anything with "?";
- more to say: "bedankt, maar het werkt nog steeds niet", "thanks, the app still crashes";
- a request: "alvast bedankt", "thanks in advance";
- anything urgent, anything negative, anything with a number (an order or an amount).

Plain praise needs no reply either: a positive message (or a 4-5 star review that is not
negative) with no question, no request and nothing wrong ("Top service!", "Love the new
app", "Heel tevreden klant, alles verloopt vlot"). A team may thank the author, but no
clock runs: its reason starts with "praise" so reports can list it to thank. A short note
that something works again ("Its working again", "Werkt weer", "all sorted now") is the
same, and so is a laugh or an exclamation alone ("@brand jeez!", "lol 😂"). Praise VADER
reads as neutral ("nothing beats", "hits different", "not bad at all", "are 🔥") counts as
praise; praise words around a complaint do not ("love that for me", "thank you for the 90
minute wait", "well done, the sole came off after 2 weeks 👏", "bedankt voor het kwijtraken").

Two more kinds need none, whatever their tone: an author closing their own thread ("got it,
will do", "never mind, found it", "my bad, works fine now", "oké, dan wacht ik het af"),
and chatter in another person's thread ("@116302 @Tesco midnight apparently!": it opens
with a person's handle, a number in anonymised exports; with `[brand] handles` set, also a
named handle that is not the brand's, followed by one that is: "@jan_v @acme_nl bij mij ook"). Neither when it asks anything,
names a problem beside it or is the author's own case ("me too, my order never came").

A person can overrule the outcome either way (`webcare reopen`, `webcare ack --no-reply`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from webcare.analysis.patterns import contains_any, quick_search, substring_cover
from webcare.analysis.reply_cues import (
    MAX_WORDS,
    NEGATIVE_ACK_HINTS,
    NEGATIVE_HINTS_COVER,
    NEGATIVE_IDIOM_HINTS,
    SARCASM,
    TRIP_NUMBER,
    WRONG,
    WRONG_THING,
    acknowledged,
    chatter,
    complaint_told,
    joke_asking_nothing,
    may_acknowledge,
    opening_handle,
    praise_idiom,
    without_put_right,
)
from webcare.analysis.rules import fold
from webcare.model import Sentiment, SentimentLabel, Urgency

_THANKS = frozenset(
    "bedankt dank dankjewel dankjuliewel dankjulliewel dankuwel dankje danku merci thx tnx thanks thank thankyou"
    " thanx ty cheers appreciated appreciate bedankje"
    # Thanks in the languages a Dutch or English team meets most beside its own (round 52:
    # "Okay, danke für die Info").
    " danke dankeschön gracias grazie obrigado obrigada".split()
)
_SOLVED = frozenset(
    "opgelost gelukt geregeld ontvangen binnen aangekomen beantwoord gerepareerd gefixt solved sorted fixed"
    " resolved received arrived answered".split()
)
# Words that may stand around a thanks or a "solved": praise, pleasantries, greetings, fillers.
_FILLER = frozenset(
    """
    top toppie topper toppers super perfect prima fijn fijne geweldig mooi helder duidelijk netjes keurig
    snel vlot goed helemaal alles allemaal iedereen held helden fantastisch heerlijk ok oke oké okay okido
    heel erg echt zeer enorm hartelijk hartstikke mega ontzettend reuze nogmaals weer ook en hoor wel nog
    je jij jullie u uw het is was zijn dat dit zo mijn m'n probleem pakket pakketje bestelling vraag
    dag avond weekend middag ochtend zondag prettige prettig goede een met vriendelijke groet groeten
    groetjes gr grt grtz mvg doei gewenst
    great awesome brilliant lovely nice excellent cool amazing wonderful fab fabulous fantastic good
    legend hero heroes star very so really much lot a all everything again once more you ya guys team too
    folks it that's thats that this is was and the your my problem issue order parcel package works
    working again have day evening weekend enjoy take care best regards kind wishes x xx xxx
    """.split()
)
# "voor"/"for" only before what is being thanked for: "voor de snelle hulp", never "voor niks".
_FOR = frozenset({"voor", "for", "für"})
_FOR_MODIFIERS = frozenset(
    "de het je jullie uw the your die snelle vlotte fijne goede prettige duidelijke heldere super heel erg snel"
    " quick fast great speedy kind prompt clear swift lovely".split()
)
_FOR_OBJECTS = frozenset(
    "hulp reactie antwoord service moeite oplossing info informatie uitleg support meedenken geduld tip"
    " tips berichtje bericht levering bezorging update alles hulp help reply response answer assistance"
    " everything info information support patience tip tips message delivery update sorting fix".split()
)
_THANKS_OR_SOLVED = _THANKS | _SOLVED
_ANY_THANKS = re.compile(quick_search(rf"\b(?:{'|'.join(sorted(_THANKS_OR_SOLVED))})\b"))
# Every match holds one of these: most texts hold none and skip the search.
_THANKS_HINTS = substring_cover(_THANKS_OR_SOLVED)
# Words that turn "thanks, solved, and ..." into more than a closer: a contrast, a
# negation, something still open, a request or another matter.
_MORE = frozenset(
    """
    maar echter alleen behalve helaas jammer niet geen niks niets nooit nog steeds ook verder
    meer ander andere nieuwe graag svp kunnen kun kan kunt wil willen moet moeten nodig waarom
    wanneer hoe wat waar welke
    but however only except unfortunately sadly not no nothing never still yet also another other
    more next please pls plz can could would will want need must why when how what where which
    """.split()
)
_BEFORE_NAME = _THANKS | frozenset(
    "je jullie u you groet groeten groetjes gr grt grtz mvg regards wishes".split()
)
_NEGATIVE_EMOJI = re.compile(
    "[\U0001f644\U0001f612\U0001f624\U0001f621\U0001f92c\U0001f44e\U0001f620\U0001f611\U0001f926\U0001f61e\U0001f622\U0001f62d\U0001f4a9\U0001f643]"
)
# Each choice led by its literal: the engine then starts only at an "h", a "w" or an "@".
_HANDLE_OR_URL = re.compile(r"https?://\S+|www\.\S+|@\w+")
_TOKEN = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?|\d+", re.UNICODE)


@dataclass(frozen=True, slots=True)
class ReplyNeed:
    needed: bool
    reason: str
    """Why none is needed (a closing thank-you, quoted), or why a thanks is not a closing
    one ("not a closing thank-you: asks a question"); empty for any other message."""


NEEDED = ReplyNeed(True, "")
CLOSING_PREFIX = "closing thank-you: "
PRAISE = ReplyNeed(False, "praise: thank if you like, no reply owed")
RESOLVED = ReplyNeed(False, "resolved: it works again, no reply owed")
REACTION = ReplyNeed(False, "reaction: a laugh or an exclamation, no reply owed")
CHATTER = ReplyNeed(False, "chatter: a reply to another person in their thread, no reply owed")
ACKNOWLEDGED = ReplyNeed(False, "acknowledged: the author closes the thread, no reply owed")
NOT_WANTED = ReplyNeed(False, "not wanted: the author asks for no reply")
RETWEET = ReplyNeed(False, "a retweet: answer the original post, not who shared it")
AGENT_SIGNED = ReplyNeed(False, "signed by an agent: a care team's own reply, no reply owed")
JOKE = ReplyNeed(False, "a joke: a laugh with nothing asked and nothing wrong, no reply owed")
# A care team's own reply that came in among the mentions (exports keep them): support
# accounts sign with an agent's initials or name, "... What state are your services located
# in? ^NHP", "Go for it Trevor *ErikS", "^MvdB". It answers a person: it opens with a handle.
_AGENT_SIGNATURE = re.compile(r"\s(?:\^[A-Z][A-Za-z]{1,4}|\*[A-Z][a-z]+[A-Z])\s*$")
# A post shared with no word of the author's own ("RT @acme: Onze winkels zijn morgen open"),
# as X's sources spell a retweet.
_RETWEET = re.compile(r"\s*rt\s+@\w{1,15}:")

# The author says no answer is needed: "No need to reply", "Geen reactie nodig", "u hoeft niet
# te reageren". Honoured unless the message asks something or is urgent.
_NOT_WANTED = re.compile(
    r"\bno\s+need\s+to\s+(?:reply|respond|answer|get\s+back)\b|\bno\s+(?:reply|response|answer)\s+(?:needed|necessary|required|expected)\b"
    r"|\bgeen\s+(?:reactie|antwoord)\s+(?:nodig|vereist|verwacht)\b|\bhoef(?:t|en)?\s+(?:\w+\s+)?niet\s+(?:te\s+)?(?:reageren|antwoorden)\b"
)
_NOT_WANTED_HINTS = ("no need to", "no reply", "no response", "no answer", "geen reactie", "geen antwoord", "hoef")

# A question or a request: whatever the tone, someone answers. Word starts only; "help" as
# an ask ("help me", "need help"), not "thanks for your help". Searched only for whether it is
# there, as are the other regexes compiled through `quick_search` (several times faster).
_ASK = re.compile(quick_search(
    r"\b(?:please|pls|plz|plse|graag|alsjeblieft|alstublieft|aub|a\.u\.b|svp|s\.v\.p"
    r"|help\s+(?:me|us|mij|ons)\b|bring\s+(?:it\s+|them\s+)?back\b|wanna\s+know\b|need\s+(?:\w+\s+)?help|hulp\s+nodig|(?:mij|me|ons)\s+(?:\w+\s+)?helpen\b"
    r"|kunnen\s+(?:jullie|we|wij|ze)|kan(?<![^\W\d_]\skan)(?<![^\W\d_],\skan)\s+(?:ik|je|u|jij)\b(?!\s+(?:nog\s+)?beter\b)|kun\s+(?:je|jij)|kunt\s+u|zou(?:den)?\s+(?:jullie|je|u)"
    r"|wil(?:len|t)?\s+(?:jullie|je|u)\b|can\s+(?:you|u|i(?!\s+just\s+say)|we|someone)|could\s+(?:you|u|i|we|someone)"
    r"|would\s+you|will\s+you|let\s+(?:me|us)\s+know|laat\s+(?:me|mij|ons|even)\s+(?:\w+\s+)?weten"
    r"|dm\b|pm\b|direct\s+message|contact\s+(?:me|us|opnemen)|neem\s+(?:\w+\s+)?contact"
    r"|(?:bel|mail)\s+(?:me|mij|ons)\b|call\s+me|get\s+back\s+to|in\s+advance|alvast"
    r"|(?:wanneer|waarom)\b(?!\s+(?:ik|je|jij|u|we|wij|ze|zij|hij|het|er|men|de|een|dat|dit|mijn|m'n|jullie|uw|\w+\s*[.!,]))|hoe\s+(?:lang|\w+\s+(?:ik|je|jij|we|wij|u|jullie)\b)|waar\s+(?:kan|is|blijft|vind)"
    r"|when\s+(?:will|is|do|does|can|are)|why\s+(?:is|are|do|does|did|can|won|isn|would|should)"
    r"|how\s+(?:do|can|long|come|much)|where\s+(?:is|are|can|do)"
    r"|if\s+(?:you|u)\s+could\b|(?:that|it)(?:'d|\s+would)\s+be\s+(?:great|nice|awesome|amazing|helpful|appreciated)\b"
    r"|would\s+be\s+(?:great|nice|good|helpful)\s+(?:to|if)\b|zou\s+(?:het\s+)?(?:fijn|fijner|mooi|handig|handiger|prettig|beter|top|super)\s+zijn\s+(?:als|indien)\b"
    r"|pass\s+(?:this|it|that)\s+on\b|(?:dit|het|dat)\s+(?:\w+\s+)?(?:meeneemt|meenemen|doorgeeft|doorgeven)\b"
    r"|would\s+like(?!\s+to\s+(?:thank|say|give))|i'?d\s+like(?!\s+to\s+(?:thank|say|give))|(?:want|need)\s+to\s+(?:speak|talk|know|get|have|cancel|change)|(?:speak|talk)\s+to\s+(?:a|an|some|your))|#help\b"
))  # fmt: skip
_CRY_FOR_HELP = re.compile(r"help(?<!the\shelp)(?<!your\shelp)(?<!ur\shelp)(?:\s+@\w+)*\s*(?:!|$)")
_RESOLVED = re.compile(
    r"\b(?:working|works|worked|werkt|doet\s+het)\s+(?:(?:now|nu|gelukkig|inmiddels)\s+)?(?:again|weer)\b"
    r"|^\W*(?:@\w+\s+)*(?:it\s+)?worked\b"
    r"|\b(?:storing|probleem|issue|problem|outage)\s+(?:is\s+|has\s+been\s+)?(?:\w+\s+)?(?:opgelost|verholpen|solved|resolved|fixed|sorted)\b"
    # "all sorted now", "got it fixed", "that's sorted", "alles geregeld", "het is gelukt"
    r"|\b(?:all|it'?s|that'?s|got\s+it|alles|het\s+is|is\s+inmiddels)\s+(?:sorted|fixed|resolved|opgelost|geregeld|gelukt)\b"
)
# A piece of every `_RESOLVED` match: most texts hold none and skip its search (a few
# substring tests cost far less than a regex search that starts at every place).
_RESOLVED_HINTS = (
    "again", "weer", "worked", "opgelost", "verholpen", "solved", "fixed", "sorted", "geregeld", "gelukt",
)  # fmt: skip
# How warm (VADER's compound score) a remark must be for its "n't" to be an idiom.
_WARM = 0.5
_GLOWING = 0.7
# Something that goes on after the thanks: "thanks, thing is I still have 81 cents and it
# won't let me".
_GOES_ON = re.compile(r"\b(?:still|until|won't|wont|doesn't|doesnt|isn't|isnt)\b")
_LEADING_HANDLE = re.compile(r"\W*@\w")
_BUT = re.compile(r"\b(?:but|however)\b")
# A wait, told after a "but": "for an hour", "for 40 minutes", "for ages".
_WAITED = re.compile(r"\bfor\s+(?:(?:over\s+|almost\s+|nearly\s+)?(?:an?|\d+|two|three)\s+(?:hours?|hrs?|minutes|mins|days|weeks)|ages)\b")
# A message that is only a laugh or an exclamation ("@Brand jeez!", "lol 😂", "hahaha"):
# a reaction in a thread, nothing to answer. Only handles, a bare link or a hashtag
# ("haha #fail") still need one.
_REACTION = re.compile(
    r"\W*(?:(?:lol|lo+l|lmao|rofl|ha(?:ha)+h?|he(?:he)+|hi(?:hi)+|omg|jeez|geez|yikes|whoa|aww+|jeetje|tjonge)\W*)+"
)
# A whole message that only says it has heard: "@Ryanair ok", "oké!", "alright" (not "ok?").
_BARE_ACK = re.compile(
    r"\W*(?:ok|okay|okey|oke|oké|okido|okidoki|kk|alright|allright|understood|begrepen|helder|duidelijk)[^\w?]*"
)
# The author has done their part and the team is to pick the thread up: "Details sent",
# "Thanks, I've sent you a DM", "followed!", "I'll write to you privately", "DM gestuurd".
_HANDOFF = re.compile(quick_search(
    r"\b(?:i'?ve|i\s+have|i|i'?ll|i\s+will|just|have)\s+(?:just\s+|now\s+|already\s+|also\s+)?"
    r"(?:sent|send|dm'?e?d|messaged|emailed|e-mailed|mailed|replied|followed|filled\s+(?:in|out)|submitted|forwarded|write|written)\b"
    r"|\b(?:sent|send|dm'?e?d|messaged|emailed|mailed|forwarded)\s+(?:you|u|it|them|over)\b"
    r"|\b(?:details|info|information|dm|pm|email|e-mail|message|form|photos?|screenshots?)\s+(?:sent|submitted|forwarded)\b"
    r"|\bfollowed(?:\s+(?:you|u|back))?\s*(?:[!.]|$)"
    # showing it: "This is what it looks like <link>", "here's a screenshot"
    r"|\bscreenshots?\s+attached\b|\bwhat\s+it\s+looks\s+like\b"
    r"|\bhere'?s\s+(?:a\s+|the\s+)?(?:photo|pic|picture|video|screenshot)\b"
    r"|\b(?:dm|pb|pm|bericht|berichtje|gegevens|mail|e-mail|formulier|foto'?s)\s+(?:is\s+|zijn\s+)?(?:gestuurd|verstuurd|doorgestuurd|ingevuld)\b"
    r"|\bik\s+(?:heb\s+)?(?:je|jullie|u)\s+(?:net\s+|zojuist\s+)?(?:een\s+)?(?:dm|pb|bericht|berichtje|mail|e-mail)\b"
))  # fmt: skip
# A piece of every `_HANDOFF` match (its verb or its message word): most texts hold none
# and skip its search, as with `_RESOLVED_HINTS`.
_HANDOFF_HINTS = (
    "sent", "send", "dm", "messaged", "mail", "replied", "followed", "filled", "submitted",
    "forwarded", "writ", "stuurd", "ingevuld", "pb", "bericht", "screenshot", "looks like",
    "here",
)  # fmt: skip
# Words that make VADER positive without praising anything: an answer's agreement, and
# the plain words of a follow-up or a report ("I like to keep it updated", "it definitely
# showed before", "same happened to two friends", "join the household", "security patch",
# "een extra rekening openen", "hopelijk lukt het nu").
# A message moved by these alone is no praise: it still owes a reply.
_NOT_PRAISE = frozenset(
    "yes yep yeah yup yea sure ok okay okey right ja jawel zeker oké oke "
    "like likes liked definitely friend friends assurance hope hoping hopefully want "
    "credit credited benefit benefits security secure share shared sharing join original "
    "matter true fair well play ready agree agreed interested certainly clear extra hopelijk "
    # a laugh praises nothing (round 53): "my order is 3 weeks late lol"
    "lol lmao lmfao rofl haha hahaha hahah hihi".split()
)
# An order number or an amount of 10 or more: a case to look at, whatever the tone (a
# "$3 burrito" is not one).
_CASE_NUMBER = re.compile(r"\d{4,}|[€$£]\s?\d{2}|\d{2}\s?(?:euro|eur|dollars?|pounds?)\b")
_DIGIT = re.compile(r"\d")
# Categories that are a circumstance, not a problem: thanks for a condolence card is praise.
_CIRCUMSTANCES = frozenset({"vulnerable"})
# Read once: an enum member read off its class costs about 900 instructions (Python 3.11).
_NEG, _POS = SentimentLabel.NEG, SentimentLabel.POS


def _quote(text: str) -> str:
    short = " ".join(text.split())
    return repr(short if len(short) <= 60 else short[:59] + "…")


def assess_reply(
    text: str,
    sentiment: Sentiment,
    urgency: Urgency,
    *,
    brand_words: Iterable[str] = (),
    brand_handles: frozenset[str] = frozenset(),
    folded: str | None = None,
    rating: int | None = None,
    runs: set[str] | None = None,
) -> ReplyNeed:
    """Whether a mention needs a reply: every message does, except a closing thank-you,
    plain praise, a joke that asks nothing, a note that something works again, an author
    closing their own thread, chatter in another person's thread, a retweet of a post that
    is no emergency and a care team's own reply signed by its agent.
    `runs`: the maximal runs of word characters of `folded` (`phrase_search.word_runs`),
    if known."""
    folded = fold(text) if folded is None else folded
    if "rt" in folded[:8] and _RETWEET.match(folded) and not urgency.categories:
        return RETWEET  # an emergency shared stays in sight, in case its original is not
    if (
        text[:1] == "@"
        and ("^" in text or "*" in text)
        and not urgency.categories  # a customer who signs so, with an emergency, stays in sight
        and _AGENT_SIGNATURE.search(text)
        and opening_handle(folded) not in brand_handles  # a reply to the brand is a customer's
    ):
        return AGENT_SIGNED
    need = _closing(text, sentiment, urgency, brand_words=brand_words, folded=folded, runs=runs)
    if not need.needed:
        return need
    if (
        not urgency.categories  # the cheap tests first: the same answer, less work
        and "?" not in text
        and contains_any(folded, _NOT_WANTED_HINTS)
        and _NOT_WANTED.search(folded) is not None
    ):
        return NOT_WANTED
    negative = sentiment.label is _NEG
    # A negative message needs a reply unless it is chatter in another person's thread,
    # or acknowledges or praises in words VADER reads as negative ("no worries", "my bad",
    # "are 🔥"): asked first, by a few substring tests, as most negative texts are none.
    joke = joke_asking_nothing(folded)
    if negative and not (
        joke
        or chatter(text, folded, brand_handles)
        or (
            contains_any(folded, NEGATIVE_HINTS_COVER)
            and (
                (contains_any(folded, NEGATIVE_ACK_HINTS) and may_acknowledge(text, folded))
                or (contains_any(folded, NEGATIVE_IDIOM_HINTS) and praise_idiom(folded))
            )
        )
    ):
        return need
    if not _no_ask(text, urgency, folded):
        return need
    if folded[1:2].isdigit() and chatter(text, folded):
        return CHATTER  # a person's number first: chatter, whatever its praise words say
    if not negative:
        bare = _HANDLE_OR_URL.sub(" ", folded)
        if _REACTION.fullmatch(bare):
            return REACTION
        if _BARE_ACK.fullmatch(bare):
            return ACKNOWLEDGED
        if (
            contains_any(folded, _RESOLVED_HINTS)
            and _RESOLVED.search(folded)
            and len(text.split()) <= MAX_WORDS
        ):
            return RESOLVED
        positive = sentiment.label is _POS or (
            rating is not None and rating >= 4 and sentiment.label is not _NEG
        )
        if positive and _praise(folded, sentiment):
            return PRAISE
    if praise_idiom(folded):
        return PRAISE
    if joke:
        return JOKE
    # A named person first (the brand's handles known): after praise and a laugh, as a warm
    # "@mila @brand love the new app" praises the brand more than it answers mila.
    if brand_handles and chatter(text, folded, brand_handles):
        return CHATTER
    if may_acknowledge(text, folded) and acknowledged(folded):
        return ACKNOWLEDGED
    return need


def _praise(folded: str, sentiment: Sentiment) -> bool:
    """Whether a positive message is praise, not an answer in a thread ("Yep", "I made
    sure to download it") or a report of something wrong ("they said they can't")."""
    if sentiment.words and all(word in _NOT_PRAISE for word in sentiment.words):
        return False
    if SARCASM.search(folded) is not None or complaint_told(folded):
        return False
    folded = without_put_right(folded)
    # Praise, then "but" and what went wrong ("a good run lately, but the service today was
    # not acceptable", "friendly staff, but my pickup has been 'almost ready' for an hour"):
    # the complaint after the "but" is the message.
    contrast = _BUT.search(folded)
    if contrast is not None and (
        WRONG.search(folded, contrast.end()) is not None
        or _WAITED.search(folded, contrast.end()) is not None
    ):
        return False
    if WRONG.search(folded) is None:
        return True
    if WRONG_THING.search(folded) is not None:
        return False
    # Thanks that glow, with no "but", "still" or thing gone wrong, keep their "not", in a
    # thread too: "you helped me so much ... a flight that was not even yours, thank you so
    # much", "thanks for your help :) I don't have to set it up now".
    if (
        sentiment.score >= _GLOWING
        and _ANY_THANKS.search(folded) is not None
        and _BUT.search(folded) is None
        and _GOES_ON.search(folded) is None
    ):
        return True
    # A warm remark about the brand, not to it, keeps an idiom's "n't" ("couldn't pass it
    # up at @Brand", "it isn't every day you ... @Brand"); one that opens with a handle is
    # a reply in a thread, where "they said they can't" is what went wrong.
    return sentiment.score >= _WARM and _LEADING_HANDLE.match(folded) is None


def _cry_for_help(folded: str) -> bool:
    """"help!" or a bare "help" at the end ("… it just gave me a timer to release day help"),
    not the help being thanked for ("thanks for the quick help!", "appreciate the help")."""
    return (
        "help" in folded
        and _CRY_FOR_HELP.search(folded) is not None
        and _ANY_THANKS.search(folded) is None
    )


def _no_ask(text: str, urgency: Urgency, folded: str) -> bool:
    """Nothing asked: no question, no request, no urgent subject, no case to look up."""
    return (
        "?" not in text
        and not _cry_for_help(folded)
        and all(category in _CIRCUMSTANCES for category in urgency.categories)
        and (text.isascii() or _NEGATIVE_EMOJI.search(text) is None)  # a flag lookup first
        and _ASK.search(folded) is None
        and not _case_number(folded)
        and not (contains_any(folded, _HANDOFF_HINTS) and _HANDOFF.search(folded))
    )


def _case_number(folded: str) -> bool:
    """An order number or an amount (`_CASE_NUMBER`) outside handles and links: "@116467"
    is a person. Each needs a digit: most texts have none, found by a quick scan."""
    if _DIGIT.search(folded) is None:
        return False
    return _CASE_NUMBER.search(TRIP_NUMBER.sub(" ", _HANDLE_OR_URL.sub(" ", folded))) is not None


def _closing(
    text: str,
    sentiment: Sentiment,
    urgency: Urgency,
    *,
    brand_words: Iterable[str],
    folded: str,
    runs: set[str] | None = None,
) -> ReplyNeed:
    """A closing thank-you needs no reply; anything else does (with why, for a thanks)."""
    # `_ANY_THANKS` matches a whole word (`\b` both sides, letters only): it matches exactly
    # when one is among the text's word runs, a set test instead of 24 substring scans.
    if runs is not None:
        if _THANKS_OR_SOLVED.isdisjoint(runs):
            return NEEDED
    elif not contains_any(folded, _THANKS_HINTS) or _ANY_THANKS.search(folded) is None:
        return NEEDED  # the common case, decided without splitting the text into words
    cleaned = _HANDLE_OR_URL.sub(" ", text)
    lowered = [word.lower() for word in _TOKEN.findall(cleaned)]
    if _THANKS_OR_SOLVED.isdisjoint(lowered):
        return NEEDED
    if "?" in text:
        return ReplyNeed(True, "not a closing thank-you: asks a question")
    if urgency.categories:
        return ReplyNeed(True, f"not a closing thank-you: {', '.join(urgency.categories)}")
    if len(lowered) > MAX_WORDS:
        return NEEDED  # decided before the words' places are needed: long texts end here
    matches = list(_TOKEN.finditer(cleaned))
    words = [(m.group(0), low) for m, low in zip(matches, lowered, strict=True)]
    brand = {w.lower().lstrip("@#") for w in brand_words}
    names = 0
    index = 0
    while index < len(words):
        original, word = words[index]
        if word in _THANKS or word in _SOLVED or word in _FILLER or word in brand:
            index += 1
            continue
        if word in _FOR:
            # "voor de snelle hulp": optional modifiers, then what is thanked for.
            end = index + 1
            while end < len(words) and lowered[end] in _FOR_MODIFIERS:
                end += 1
            if end < len(words) and lowered[end] in _FOR_OBJECTS:
                index = end + 1
                continue
            return ReplyNeed(True, f"not a closing thank-you: more to say ({original!r})")
        # One name right after a thanks or a greeting: "bedankt Sanne!", "groetjes, Marieke".
        if (
            index > 0
            and names == 0
            and original[:1].isupper()
            and original[1:].islower()
            and lowered[index - 1] in _BEFORE_NAME
            and not cleaned[matches[index - 1].end() : matches[index].start()].strip(" ,")
        ):
            names += 1
            index += 1
            continue
        if word.isdigit():
            return ReplyNeed(True, "not a closing thank-you: a number (an order, an amount)")
        if _thanks_and_solved(lowered) and WRONG.search(folded) is None:
            break  # "Bedankt, opgelost! Het geld staat al op mijn rekening 👍"
        return ReplyNeed(True, f"not a closing thank-you: more to say ({original!r})")
    if sentiment.label is _NEG or _NEGATIVE_EMOJI.search(text):
        return ReplyNeed(True, "not a closing thank-you: negative")  # "thanks a lot 🙄"
    return ReplyNeed(False, f"{CLOSING_PREFIX}{_quote(text)}")


def _thanks_and_solved(words: list[str]) -> bool:
    """A thanks and a "solved" together close a conversation, whatever else is said, unless
    something contrasts, negates, asks or adds a request: then it is more than a closer."""
    return (
        any(w in _THANKS for w in words)
        and any(w in _SOLVED for w in words)
        and not any(w in _MORE or w.isdigit() for w in words)
    )
