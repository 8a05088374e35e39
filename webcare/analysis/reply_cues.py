"""What decides a reply beyond a thank-you: complaint cues, sarcasm, acknowledgements,
chatter in another person's thread and praise VADER misses. Pure; `closing` asks.

- `WRONG`, `WRONG_THING`, `COMPLAINT_FACT`: something wrong said outright ("broken", "no
  luck", "nobody", "a 90 minute wait", "zero stars"), which praise words cannot outweigh
  unless it is `conceded` ("despite the 2 hour delay", "thanks for spotting the fraud");
- `SARCASM`: praise words that mean the opposite ("love that for me", "cool cool cool");
- `TRIP_NUMBER`: a flight or train named to thank its crew, no case number;
  `without_put_right`: the text without the problems it thanks for putting right;
- `acknowledged`: the author closes their own thread ("got it, will do", "my bad");
- `chatter`: a reply to another customer in their thread ("@116302 @Tesco midnight!",
  "@jan_v @acme_nl ja, bij mij ook" when the brand's handles are known);
- `praise_idiom`: praise in words VADER reads as neutral ("nothing beats", "are 🔥");
- `joke_asking_nothing`: a laugh with nothing wrong said ("wrapped is killing me 💀😂").
"""

from __future__ import annotations

import re

from webcare.analysis.patterns import contains_any, quick_search

MAX_WORDS = 25

# Something wrong said in English without an opinion word VADER knows ("they said they
# can't", "no luck", "the wrong dressing", "arrived cracked"): not praise, whatever the
# score says. WRONG_THING names it outright: never praise, however warm the rest.
_WRONG_THING_SOURCE = (
    r"\b(?:no\s+luck|wrong|broken|missing|problems?|issues?"
    r"|damaged|cracked|torn|broke|faulty|defective|leaking|stuck|lost|losing|gone)\b"
)
WRONG_THING = re.compile(quick_search(_WRONG_THING_SOURCE))
WRONG = re.compile(quick_search(rf"n't\b|\b(?:not|never|though|cannot|unable)\b|{_WRONG_THING_SOURCE}"))
# A flight or train named in praise says which crew to thank, not a case to look up:
# "best crew ever on flight 2210", "de purser op de KL1656", "de machinist van trein 3541",
# "crew on 2345 was amazing" (round 50).
TRIP_NUMBER = re.compile(
    r"\b(?:flights?|flt|vlucht(?:en)?|trains?|trein(?:en)?|(?:kl|hv|ba|aa|ua|dl|lh|af|sn|tb|fr|u2)(?=\s?\d)"
    r"|(?:crews?|bemanning)\s+(?:on|of|op|van)(?:\s+(?:flights?|vlucht(?:en)?))?)\s?#?\d{2,5}"
    r"(?:\s*(?:&amp;|&|and|en|,)\s*#?\d{2,5})*\b"
)
# A problem put right or helped with is what the thanks are for: "thank you for resolving
# my issue so quickly", "for helping when I had an issue today". `without_put_right`
# takes it out before the tests above.
_PUT_RIGHT = re.compile(
    r"\b(?:fix|fixes|fixed|fixing|resolve|resolved|resolving|solve|solved|solving|sort|sorted|sorting"
    r"|help|helped|helping|assist|assisted|assisting)\s+(?:me\s+|us\s+)?(?:out\s+)?(?:with\s+)?"
    r"(?:my|the|our|this|that|an?)\s+(?:\w+\s+)?(?:issues?|problems?|errors?|glitch)\b"
    r"|\b(?:when|after)\s+(?:i|we)\s+had\s+(?:an?|some|my|this|that)\s+(?:\w+\s+)?(?:issues?|problems?|errors?|glitch)\b"
)
_PROBLEM_WORDS = ("issue", "problem", "error", "glitch")


def without_put_right(folded: str) -> str:
    """`folded` without the problems it says were put right or helped with."""
    if not contains_any(folded, _PROBLEM_WORDS):
        return folded
    return _PUT_RIGHT.sub(" ", folded)


# Praise that names a date: thanks or a compliment, and no request in it.
THANKED = re.compile(quick_search(
    r"\b(?:thank\w*|thx|cheers|love|loved|lovely|great|awesome|amazing|brilliant|brilliantly|kudos|props|shout\s*-?\s*out"
    r"|fantastic|wonderful|outstanding|impressed|grateful|appreciated?|topservice|(?:een|echte|wat\s+een)\s+held|helden|hero|heroes|happy|glad|nice|good|excellent|perfect|dank\w*|bedankt|merci|fijne?|top|super|geweldig\w*"
    r"|blije?|tevreden|prima|goede?|mooie?|leuke?|heerlijke?|uitstekende?|zo\s+hoort\s+het|chapeau|petje\s+af|well\s+done"
    r"|legend|legende|topper|kampioen|netjes|keurig|unreal|(?:a|an\s+absolute|absolute)\s+gem|10/10|5\s+stars|vijf\s+sterren)\b"
    r"|[❤♥💕😍🥰]"  # (round 62: "crew today were unreal with my nervous daughter ❤️")
))  # fmt: skip
# What turns praise with a date into a request: "thanks, please hurry, I fly today".
ASKED = re.compile(quick_search(
    r"\b(?:please|pls|plz|help|need|needs|can\s+you|could\s+you|asap|urgent\w*|hurry|waiting|still"
    r"|graag|nodig|kunnen\s+jullie|kun\s+je|kunt\s+u|dringend\w*|spoed|wacht\w*|nog\s+steeds|zsm)\b"
))  # fmt: skip


def praise_asking_nothing(low: str, *, positive: bool) -> bool:
    """Whether `low` (folded) is praise or thanks that asks nothing: its time pressure is
    no deadline, and going public with it no threat ("zo blij, ik zet dit op alle sociale
    media!"). `positive`: the text's sentiment is positive."""
    return positive and "?" not in low and bool(THANKED.search(low)) and not ASKED.search(low)


# Warm words around these are sarcasm ("Well done, the sole came off after 2 weeks 👏",
# "Thank you for the 90 minute wait", "bedankt voor het kwijtraken van mijn koffer"):
# nobody who answers, waiting by the clock, something that came apart, staff rolling their
# eyes, "zero stars", done without a word ("with zero notice", "without any warning"),
# something left out ("forgot to include my drinks"). Searched only in texts that might
# otherwise owe no reply.
COMPLAINT_FACT = re.compile(quick_search(
    r"\b(?:nobody|kwijt\w*|(?:came|fell)\s+(?:off|apart)|rolled\s+(?:her|his|their)\s+eyes"
    r"|eye\s?rolls?|(?:minutes?|mins?|hours?|hrs?)\s+(?:wait|queue|delay)|hold(?<=on\shold)"
    r"|star(?<=zero\sstar)s?|star(?<=no\sstar)s?|star(?<=0\sstar)s?"
    r"|(?:zero|no|without(?:\s+any|\s+a)?)\s+(?:prior\s+)?(?:notice|notification|warning|heads\s+up|explanation|apology)"
    r"|forgot\s+to\s+(?:include|put|add|give|send|pack|bring)\b|forgot\s+(?:my|our|the)\s+(?:drinks?|fries|sauce|sides?|food|order|items?|bag|meal))\b"
))  # fmt: skip
# A problem conceded or thanked for being handled, told just before it (2026-12-06, night):
# "despite the 2 hour delay the crew were brilliant", "ondanks de vertraging", "thanks for
# spotting the fraud", "dank voor het snel herstellen van de storing".
_CONCEDED = re.compile(
    r"\b(?:(?:for|voor)\s+(?:so\s+quickly\s+|quickly\s+)?(?:spotting|catching|stopping|blocking|flagging|refunding|reimbursing|sorting(?:\s+out)?|fixing|resolving|handling|dealing\s+with"
    r"|het\s+(?:zo\s+)?(?:snel\s+)?(?:oplossen|herstellen|terugstorten|blokkeren|verhelpen|tegenhouden|ontdekken)\s+van)"
    r"|despite|in\s+spite\s+of|ondanks"
    # ... or done by someone else (2026-12-07): "the crew handled the 3 hour delay
    # brilliantly", "fraud team, caught a scam charge before I noticed" (not "I spotted a ...").
    r"|(?:you|u|they|team|crew|staff|driver|pilot|agent|who|she|he)\s*,?\s+(?:\w+\s+)?(?:handled|managed|dealt\s+with|sorted(?:\s+out)?|caught|spotted|stopped|blocked|flagged)"
    r")\s+(?:the|my|our|that|this|a|an|de|het|mijn|onze|die|dat|een)\s+(?:[\w-]+\s+){0,2}?$"
)


def conceded(folded: str, start: int) -> bool:
    """Whether the problem found at `start` of `folded` is conceded or thanked for being
    handled in the words right before it (`_CONCEDED`): no complaint of the moment."""
    return _CONCEDED.search(folded, max(0, start - 60), start) is not None


def complaint_told(folded: str) -> bool:
    """Whether `folded` tells something wrong outright (`COMPLAINT_FACT`), not conceded."""
    return any(not conceded(folded, found.start()) for found in COMPLAINT_FACT.finditer(folded))


# Praise words that mean the opposite: "love that for me", "cool cool cool", "just what I
# needed", "imagine paying for Prime and …". A complaint, however positive VADER reads it.
SARCASM = re.compile(quick_search(
    r"\blove\s+that\s+for\s+(?:me|us)\b|\bcool\s+cool\b|\bimagine\s+(?:paying|having\s+to)\b"
    r"|\b(?:just|exactly)\s+what\s+(?:i|we)\s+(?:needed|wanted)\b"
))  # fmt: skip
# Praise VADER misses: slang and negated complaints. Each starts at its rarest word.
_IDIOM = re.compile(
    r"\bnothing\s+beats\b|\bhits\s+different\b|\bdangerously\s+good\b"
    r"|\bworth\s+(?:every|the)\s+(?:penny|minute|cent|wait|money|hype)\b"
    r"|\bcan'?t\s+wait\s+(?:to\s+(?:see|try|fly|go|visit|watch|taste|eat|play)"
    r"|(?:for|till|until)\s+(?:it|tomorrow|tonight|the\s+weekend|christmas|halloween|my\s+next"
    r"|the\s+new|friday|saturday|sunday|monday|tuesday|wednesday|thursday))\b"
    r"|\bbad(?<=not\sbad)\b|\bbad(?<=not\sa\sbad)\b"
    # "shoutout to the conductor …, legend", "chapeau", "dikke merci"
    r"|\bshout\s*(?:-\s*)?outs?\s+to\b|\blegends?\s*(?:[!.]|$)|\bchapeau\b|\bdikke\s+merci\b"
    r"|\U0001f525(?<=are\s\U0001f525)|\U0001f525(?<=is\s\U0001f525)"
    # round 53: "that new sauce is pure fire", "5 stars"
    r"|\bfire(?<=pure\sfire)\b|\bfire(?<=absolute\sfire)\b|\b(?:5|five)\s+stars\s*(?:[!.\U0001f31f\u2b50]|$)"
)
_IDIOM_HINTS = (
    "nothing beats", "hits different", "dangerously", "worth every", "worth the", "t wait",
    "not bad", "not a bad", "\U0001f525", "10/10", "shout", "legend", "chapeau", "dikke merci",
    "fire", "stars",
)  # fmt: skip
# The words an idiom's match leaves out before it ("not a" of "not a bad"), cut with it.
_IDIOM_LEAD = re.compile(r"\bnot\s+(?:a\s+)?$|\b(?:is|are)\s+$")
# Two or more handles first, the first of them a person's (`chatter` says whose is whose).
_THREAD_OPENING = re.compile(r"@(\w+)\s+((?:@\w+\s*)+)")
_HANDLE = re.compile(r"@(\w+)")
_OWN_CASE = re.compile(r"\b(?:i|my|mine|me|our|ours|ik|mijn|m'n|ons|onze)\b")
# An author closing their own thread: "got it", "will do", "no worries", "never mind",
# "found it", "makes sense", "we'll see", "I'll just wait"; "oké, dan wacht ik het af",
# "laat maar", "al gevonden", "dat verklaart het". Each starts at its rarest word.
_ACK = re.compile(
    r"\bgot\s+it\b|\bgotcha\b|\bwill\s+do\b|\bsure\s+thing\b|\bnoted\b|\bnvm\b"
    r"|\bworries(?<=no\sworries)\b|\bprob(?<=no\sprob)(?:lem|s)?\b|\bneed(?<=no\sneed)\b(?!\s+to\b)"
    r"|\bnever\s?mind\b|\bfair\s+enough\b|\bmakes\s+sense\b|\bexplains\s+it\b|\bfound\s+it\b"
    r"|\bsee(?<=we'll\ssee)\b|\bsee(?<=well\ssee)\b|\bgood(?<=all\sgood)\b"
    r"|\bbad(?<=my\sbad)\b|\bmistake(?<=my\smistake)\b|\bok(?:ay)?,?\s+(?:i'?ll|we'?ll|i\s+will)\b"
    r"|\bwait(?<=i'll\swait)\b|\bwait(?<=i'll\sjust\swait)\b|\bwait(?<=will\sjust\swait)\b"
    # the author's own "it's fixed": "yep that worked", "back online", "it's back!", "works now"
    r"|\bworked(?<=that\sworked)\b|\bdid(?<=that\sdid)\s+(?:it|the\s+trick)\b"
    r"|\bback\s+(?:online|up\s+and\s+running)\b|\bback(?<=it's\sback)\s*(?:[!.]|$)"
    r"|\bback(?<=its\sback)\s*(?:[!.]|$)|\bworks?\s+(?:(?:fine|perfectly|great)\s*)?now\b"
    r"|\bworking\s+(?:fine\s+)?now\b"
    r"|\bgevonden(?<=al\sgevonden)\b|\bgevonden(?<=net\sgevonden)\b|\blaat\s+maar\b|\bkomt\s+goed\b"
    r"|\bprobleem(?<=geen\sprobleem)\b|\bzorgen(?<=geen\szorgen)\b|\bverklaart\s+(?:het|alles)\b"
    r"|\bwacht(?:\s+ik|(?<=ik\swacht))\s+(?:het\s+)?(?:(?:even|maar|wel|dan)\s+)*af\b"
)
_ANY_ACK = re.compile(quick_search(_ACK.pattern))
# The acknowledgements and idioms VADER may read as negative: the only ones a negative
# text is searched for.
NEGATIVE_ACK_HINTS = (
    "no worries", "no need", "no prob", "never mind", "nevermind", "nvm", "my bad", "my mistake",
)  # fmt: skip
NEGATIVE_IDIOM_HINTS = ("t wait", "not bad", "not a bad", "\U0001f525", "nothing beats")
# A piece of every hint of both (a negative text with none of these holds neither: seven
# substring scans instead of thirteen; `test_no_reply` holds it).
NEGATIVE_HINTS_COVER = ("no ", "not", "nev", "nvm", "my ", "t wait", "\U0001f525")
# A piece of every `_ACK` match, as it is written with single spaces: few complaints hold
# one ("my bad", "got it", "works now"; not "my", "got", "work").
_ACK_HINTS = (
    "got it", "gotcha", "will do", "sure thing", "noted", "nvm", "no worries", "no need",
    "no prob", "never mind", "nevermind", "fair enough", "makes sense", "explains it",
    "found it", "ll see", "all good", "ll wait", "ll just wait", "my bad", "my mistake", "ok i",
    "ok, i", "okay i", "okay, i", "ok we", "okay we", "that worked", "did it", "did the trick",
    "back online", "back up and", "s back", "works now", "work now", "works fine now",
    "works perfectly now", "works great now", "working now", "working fine now", "gevonden",
    "laat maar", "komt goed", "geen probleem", "geen zorgen", "verklaart", "wacht ik", "ik wacht",
)  # fmt: skip
# The author owns the mistake: whatever went wrong was theirs, nobody needs to answer.
_OWN_FAULT = re.compile(r"\bmy\s+(?:bad|mistake|fault)\b|\buser\s+error\b|\bmijn\s+fout\b")
# A contrast or something still open beside an acknowledgement: "got it, but …".
CONTRA = re.compile(quick_search(
    r"\b(?:but|however|still|yet|nothing|maar|nog\s+steeds|nog\s+altijd|niet|geen|nooit|niks|niets)\b"
))  # fmt: skip


def may_acknowledge(text: str, folded: str) -> bool:
    """Whether a short text holds an acknowledgement (`_ACK`), found by a quick search."""
    return (
        contains_any(folded, _ACK_HINTS)
        and len(text.split()) <= MAX_WORDS
        and _ANY_ACK.search(folded) is not None
    )


def chatter(text: str, folded: str, brand_handles: frozenset[str] = frozenset()) -> bool:
    """A reply to another person in their thread (`_in_another_persons_thread`); most texts
    do not open with a handle and are decided by one character test.

    Whose handle opens it: a number is a person (exports anonymise people, "@115714"). With
    the brand's own handles known (`[brand] handles`, casefolded, without "@"), a named
    handle that is not the brand's is a person too, when one of the brand's follows it
    ("@jan_v @acme_nl ja, bij mij ook"); without them a named handle is taken for a brand."""
    if text[:1] != "@":
        return False
    if folded[1:2].isdigit():
        return _in_another_persons_thread(folded)
    if not brand_handles:
        return False
    opening = _THREAD_OPENING.match(folded)
    if opening is None or opening.group(1).casefold() in brand_handles:
        return False
    followers = {name.casefold() for name in _HANDLE.findall(opening.group(2))}
    return not brand_handles.isdisjoint(followers) and _in_another_persons_thread(folded)


def opening_handle(folded: str) -> str:
    """The handle a text opens with, casefolded and without "@" (`brand_handles`' form);
    empty if it opens with none."""
    found = _HANDLE.match(folded)
    return found.group(1).casefold() if found else ""


def praise_idiom(folded: str) -> bool:
    """Praise in words VADER reads as neutral or negative ("nothing beats", "hits different",
    "can't wait for Friday", "not a bad Tuesday", "the new nuggets are 🔥", "10/10"), with
    nothing wrong said around it."""
    if not contains_any(folded, _IDIOM_HINTS):
        return False
    idiom = _IDIOM.search(folded)
    if idiom is None:
        if "10/10" not in folded:
            return False
        rest = folded.replace("10/10", " ")
    else:
        before = _IDIOM_LEAD.sub(" ", folded[: idiom.start()], count=1)
        rest = before + " " + folded[idiom.end() :]
    return (
        WRONG.search(rest) is None
        and CONTRA.search(rest) is None
        and SARCASM.search(rest) is None
        and COMPLAINT_FACT.search(rest) is None
    )


def _in_another_persons_thread(folded: str) -> bool:
    """A reply to another customer in their thread: it opens with a person's handle and names
    another account after it ("@116302 @Tesco midnight apparently!", "@116151 @TMobileHelp
    … you sound like an idiot"), and says something beyond the handles. A person is a number
    here, as exports anonymise people ("@115714"); a brand's handle is its name. Not when the
    author tells of a problem of their own ("me too, my order never came either") or weighs
    something up ("… but getting weak")."""
    opening = _THREAD_OPENING.match(folded)
    if opening is None or not folded[opening.end() :].strip():
        return False
    if CONTRA.search(folded) is not None:
        return False  # "… but idk, still team delta but getting weak": their own verdict
    return not (
        _OWN_CASE.search(folded)
        and (WRONG.search(folded) or COMPLAINT_FACT.search(folded))
    )


def acknowledged(folded: str) -> bool:
    """A short "got it", "will do", "never mind, found it", "my bad", "oké, dan wacht ik het
    af" with nothing else wrong in it: the author closes their own thread. Its own words may
    read negative ("no need", "never mind"), so the sentiment is not asked; what remains
    around them must not hold a contrast or a problem, unless the author owns the mistake
    ("My bad, I had the wrong SIM in")."""
    acknowledgement = _ACK.search(folded)
    if acknowledgement is None:
        return False
    if _OWN_FAULT.search(folded) is not None:
        return True
    rest = folded[: acknowledgement.start()] + " " + folded[acknowledgement.end() :]
    return (
        CONTRA.search(rest) is None
        and WRONG.search(rest) is None
        and COMPLAINT_FACT.search(rest) is None
    )


# A laugh in the author's own words or faces (round 53): "wrapped is killing me 💀😂", "kat
# heeft de doos geclaimd ... 😹", "de piloot ... 40 minuten te vroeg 😂".
LAUGH_FACES = "\U0001f602\U0001f923\U0001f480\U0001f639\U0001f606\U0001f605"
LAUGH_WORDS = r"lol|lmao|lmfao|haha\w*|hihi\w*"
"""Faces and words of a laugh, read here and by urgency's joke check (`urgency_checks`)."""
_LAUGH = re.compile(f"[{LAUGH_FACES}\U0001f648]" + rf"|\b(?:{LAUGH_WORDS}|rofl)\b")
_LAUGH_HINTS = (
    "\U0001f602", "\U0001f923", "\U0001f480", "\U0001f639", "\U0001f606", "\U0001f605",
    "\U0001f648", "lol", "lmao", "lmfao", "rofl", "haha", "hihi",
)  # fmt: skip
"""A piece of every `_LAUGH` match: most texts hold none and skip the joke's tests."""
# ... and what a complaint said with a laugh names: "my order is 3 weeks late lol", "the app
# logged me out again lol", "weer vertraging haha".
_NOT_A_JOKE = re.compile(quick_search(
    r"\b(?:late|delay\w*|vertraag\w*|vertraging\w*|again|still|weer|alweer|nog\s+(?:steeds|altijd)|cancel\w*|geannuleerd"
    r"|charged|refund\w*|logged\s+(?:me\s+)?out|kicked\s+(?:me\s+)?out|down|crash\w*|error\w*|kapot|storing\w*"
    r"|waiting|waited|wachten|wacht|afgeschreven|terugbetaling|fail\w*|niet|geen|no)\b"
))  # fmt: skip


def joke_asking_nothing(folded: str) -> bool:
    """A laugh (`_LAUGH`) in a text that says nothing wrong outright (`WRONG`,
    `COMPLAINT_FACT`, `SARCASM`, `_NOT_A_JOKE`): a joke or a remark, not a complaint said
    with a smile ("my order is 3 weeks late lol"). Whether it asks anything is the caller's."""
    return (
        contains_any(folded, _LAUGH_HINTS)
        and _LAUGH.search(folded) is not None
        and WRONG.search(folded) is None
        and _NOT_A_JOKE.search(folded) is None
        and COMPLAINT_FACT.search(folded) is None
        and SARCASM.search(folded) is None
    )
