"""Thanks said to a complaint is sarcasm: "Bedankt hoor, weer een pakket kwijt.", "Thanks
a lot, my parcel is late again", "Lekker dan, mijn bestelling is zoek". Pure.

The thanks and "lekker" weigh as praise, the complaint as a complaint: the message read
neutral or even positive. Sincere thanks name what was good ("Bedankt hoor, top
geholpen!", "dank je wel hoor voor het snelle antwoord"): a praise word besides the
thanks keeps them sincere, and thanks without a complaint stay thanks.

Praise of someone's conduct before a harm they did is the same sarcasm, with or without a
complaint phrase: "Goed bezig Rutte, de zorg weer verder uitgekleed.", "Knap hoe ze weer
een hele groep wegzetten", "Wat een prachtig staaltje draaikonterij" (`praised_harm`; not
"Goed gedaan, geen enkele fout": the harm denied).

A last sentence of praise alone after a complaint that goes on is the same shrug: "Two
weeks and still no sign of my parcel. Brilliant.", "Weer een pakket kwijt. Top."
(`bare_praise`; "Spilled coffee on my shirt. Great start." too); a review's closing
"Aanrader!" after a flaw is its verdict. So is a first word of praise set off before the
complaint: "Zalig, zo'n klantendienst die nooit antwoordt", "Great, another delayed
flight." (`opening_praise`; not before a contrast: "Lekker, maar duur").
"""

from __future__ import annotations

import re

from webcare.analysis.patterns import contains_any
from webcare.analysis.phrase_search import phrases as _phrases

# Thanks with a shrug ("hoor", "zeg", "a lot") and "lekker dan": the sarcastic forms.
# Led by its words' letters (`phrase_search.phrases`: the same matches), not by a `\b` the
# engine would try at every place of the text.
_THANKS = _phrases((
    r"\b(?:(?:bedankt|dank\s*je\s*wel|dank\s*u\s*wel|dankjewel|dankuwel|dank\s+je|merci)\s+(?:hoor|zeg)"
    r"|nou\s+(?:bedankt|dankjewel|dank\s*je\s*wel)"
    r"|thanks?\s+(?:you\s+)?(?:a\s+lot|a\s+bunch|a\s+million|loads)"
    r"|lekker\s+(?:dan|hoor\s+dan))\b",
), flags=0)  # fmt: skip
_ANCHORS = ("hoor", "zeg", "nou", "thank", "lekker")
THANKS = frozenset("bedankt dank dankjewel dankuwel thanks thank thx merci".split())
"""Thanks are praise words in the lexicon, but no praise of what was done."""
# The words the sarcastic thanks themselves are: not the praise that makes them sincere.
_THANKS_WORDS = THANKS | frozenset("lekker lot bunch million".split())
_PRAISE_AT = 1.5
"""A lexicon word at least this positive, besides the thanks, makes them sincere."""


def sarcastic_thanks(low: str, tokens: list[str], lexicon: dict[str, float]) -> str | None:
    """The sarcastic thanks, quoted, in the lower-cased text `low` of a message that holds
    a complaint phrase (the caller knows), when it has no other praise word; else None.
    `tokens`: the text's `language.TOKEN` tokens."""
    if not contains_any(low, _ANCHORS):
        return None
    thanks = _THANKS.search(low)
    if thanks is None:
        return None
    if any(lexicon.get(t, 0.0) >= _PRAISE_AT and t not in _THANKS_WORDS for t in tokens):
        return None
    return " ".join(thanks.group(0).split())


_SENTENCE_MARKS = ".!?…\n"
_INTENSIFIERS = frozenset("just really absolutely simply so echt gewoon heel nou super wow".split())
# The complaint said to go on (and so not a review's flaw before its verdict): "still no
# sign", "weer een pakket kwijt".
_AGAIN = re.compile(r"\b(?:still|again|another|weer|alweer|opnieuw|nog\s+(?:steeds|altijd|niet|geen|niks|niets))\b")
_DRY_NOUNS = frozenset("start timing".split())
"""Praise of these after a complaint is dry whatever came before: "Great start.", "Perfect
timing." (a review's verdict praises the food or the place)."""
_SPANS = frozenset("day week weekend morning month year monday holiday".split())
_SHORT = 25
"""Words at most: a review ends on a one-word verdict sincerely ("Aanrader!")."""
_BARE_PRAISE_AT = 1.8


# A shrug after the last praise (round 53): "Fantastisch bedrijf hoor 👏👏", "great work
# Bexleyheath 👏👏", "Top service hoor.": said after a complaint, the praise is dry.
_SHRUG = re.compile(r"(?:\s+(?:hoor|zeg|h[eé])\b|\s*[\U0001f44f\U0001f644\U0001f643]+(?:\U0001f3fb|\U0001f3fc|\U0001f3fd|\U0001f3fe|\U0001f3ff)?)+[.!… ]*$")
_SHRUG_HINTS = ("hoor", "zeg", "h\u00e9", " he", "\U0001f44f", "\U0001f644", "\U0001f643")


def _last_mark(text: str) -> int:
    """Where the last sentence mark (`_SENTENCE_MARKS`) in `text` is, or -1."""
    return max(text.rfind(mark) for mark in _SENTENCE_MARKS)


def bare_praise(low: str, lexicon: dict[str, float]) -> str | None:
    """A last sentence of praise alone ("Brilliant.", "Top!") after a complaint said to go
    on, or of praise with a shrug ("Fantastisch bedrijf hoor 👏👏") after any complaint, in
    the short lower-cased text `low` of a message that holds a complaint phrase (the caller
    knows), quoted; else None."""
    stripped = low.rstrip()
    shrug = _SHRUG.search(stripped) if contains_any(stripped[-12:], _SHRUG_HINTS) else None
    if shrug is not None:
        return _shrugged_praise(stripped[: shrug.start()], lexicon)
    body = stripped.rstrip(".!… ")
    if not body:
        return None
    cut = _last_mark(body)
    comma = cut < 0 or (stripped[-1:] not in ".!…" and body[cut] != "\n")
    if comma:
        # One sentence; or its last word set off by a comma alone, no contrast before it:
        # "nu moet ik alles opnieuw instellen, heerlijk".
        cut = body.rfind(",")
        if cut < 0:
            return None
    words = body[cut + 1 :].split()
    if len(words) > 3 and words[-3] == "to" and words[-2] in ("the", "my") and words[-1] in _SPANS:
        words = words[:-3]  # "…, great start to the week"
    if not 1 <= len(words) <= 2 or not words[-1].isalpha() or len(low.split()) > _SHORT:
        return None
    if comma and _BUT.search(body, 0, cut):
        return None
    if len(words) == 2 and words[1] in _DRY_NOUNS and lexicon.get(words[0], 0.0) >= _BARE_PRAISE_AT:
        return " ".join(words)  # "Great start." after a mishap: said dry even the first time
    if len(words) == 2 and words[0] not in _INTENSIFIERS:
        return None
    if lexicon.get(words[-1], 0.0) < _BARE_PRAISE_AT or words[-1] in _THANKS_WORDS:
        return None
    if _AGAIN.search(low, 0, cut) is None:
        return None
    return " ".join(words)


def _shrugged_praise(body: str, lexicon: dict[str, float]) -> str | None:
    """The last sentence of `body` (a text before its shrug), when it is at most three
    words, a name or handle aside, with a praise word among them, quoted; else None."""
    cut = _last_mark(body)
    if cut < 0:
        return None  # the praise is the whole message: nothing to be dry about
    words = [w for w in body[cut + 1 :].split() if not w.startswith("@")]
    if not 1 <= len(words) <= 3 or _BUT.search(body, 0, cut):
        return None
    if not any(lexicon.get(w, 0.0) >= _BARE_PRAISE_AT and w not in _THANKS_WORDS for w in words):
        return None
    return " ".join(words)


# A one-word verdict opening the message, then the complaint: "Zalig, zo'n klantendienst die
# nooit antwoordt", "Great, another delayed flight.", "Yay. A flat tyre." (not "Lekker, maar
# duur": a contrast follows sincere praise).
# Praise said in two words, their last no praise word: "Nice one @acme, charged me twice".
# Praise and whom it is said to: "Gefeliciteerd kabinet, de wachtlijst is weer langer".
# What an opening may name as praised ("Geweldig plan", "Fantastisch nieuws"): read by
# `_OPENING` and, case-blind, by `_OPENING_SHAPE`.
_PRAISED_WORDS = "plan|plannetje|idee|nieuws|werk|zet|besluit|beleid|bericht|resultaat|news|idea|move|work"
_PRAISED = f"(?:{_PRAISED_WORDS})"
_PRAISE_PAIRS = ("well done", "nice one", "great job", "good job", "goed gedaan", "goed bezig", "top gedaan")
_OPENING = re.compile(
    r"(?:@\w+[\s,:]*)*((?:(?:oh|wow|echt|nou|really|just|so|how|wat\s+een)\s+)?(?:"
    + "|".join(pair.replace(" ", r"\s+") for pair in _PRAISE_PAIRS)
    + r"|[^\W\d_]+))(?:\s+(?:hoor|zeg|joh|hè|he|zo|@\w+|kabinet|regering|coalitie|minister|premier|politiek))?"
    # What is praised, and whose: "Geweldig plan van het kabinet:", "Fantastisch nieuws:".
    rf"(?:\s+{_PRAISED}(?:\s+van\s+(?:[@\w]+\s+){{0,2}}?[@\w]+)?)?"
    r"\s*(?:[,!.:]+|…)\s+(\S+(?:\s+\S+){0,3})"
)
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_BUT = re.compile(r"\b(?:but|maar)\b")
_CONTRAST = re.compile(r"\b(?:maar|but|though|alleen|wel|however|although|al|toch|ondanks|except|behalve)\b")


def _praise_opening(low: str, lexicon: dict[str, float]) -> re.Match[str] | None:
    """`_OPENING` in the lower-cased `low` when its word (or pair) is praise, not thanks."""
    found = _OPENING.match(low)  # anchored: most texts fail at their first word
    if found is None:
        return None
    said = found.group(1).split()
    if " ".join(said[-2:]) not in _PRAISE_PAIRS and (
        lexicon.get(said[-1], 0.0) < _BARE_PRAISE_AT or said[-1] in _THANKS_WORDS
    ):
        return None
    return found


def opening_praise(low: str, lexicon: dict[str, float]) -> str | None:
    """A first word of praise set off by a comma or "!" before a complaint (the caller knows
    there is one) in the short lower-cased text `low`, quoted; else None."""
    if len(low.split()) > _SHORT:
        return None
    found = _praise_opening(low, lexicon)
    if found is None:
        return None
    if _CONTRAST.search(found.group(2)):
        return None
    # Sincere praise that goes on after the mishap: "Great, my order got delayed but they
    # refunded the shipping, lovely".
    rest = low[found.end(2) :]
    if _BUT.search(rest) or any(
        lexicon.get(w, 0.0) >= _BARE_PRAISE_AT and w not in _THANKS_WORDS for w in _WORD.findall(rest)
    ):
        return None
    return found.group(1)


# Praise of what someone does, then what they did: "Goed bezig Rutte, ...", "Bravo VVD, ...",
# "Knap hoe ...", "Lekker bezig met jullie bezuinigingen", "prachtig staaltje draaikonterij".
# Part of a word of every such praise as written, with a capital first letter or none
# ("Bravo", "knap"; not all capitals): most texts have none, and are not lower-cased.
CONDUCT_WORDS = (*"bezig gedaan ravo hapeau nap taaltje".split(), "ell done", "ood job", "reat job")
_CONDUCT = re.compile(
    r"(?:@\w+[\s,:]*)*(?:(?:oh|wow|echt|nou|wat\s+een)\s+)?"
    r"((?:goed|lekker|knap)\s+(?:bezig|gedaan)|bravo|chapeau|knap|well\s+done|good\s+job|great\s+job"
    r"|(?:mooi|prachtig|fraai|schitterend|knap|sterk)e?\s+staaltje)"
    r"(?:\s+(?:hoor|zeg|weer|jongens|@\w+|[^\W\d_]+))?(?:\s*(?:[,!:]+|\.{3}|…)|\s+(?:hoe|met|van))\s+(.+)",
    re.DOTALL,
)
_DENIED = frozenset("geen niet nooit zonder niks niets no not never without nothing".split())
_HARM_AT = -1.2
"""A lexicon word at least this negative, after praise of conduct, is the harm done."""


def praised_harm(text: str, lexicon: dict[str, float]) -> str | None:
    """Praise of someone's conduct opening the short `text`, then a harm (a negative
    lexicon word not denied) and no praise or contrast after it, quoted; else None."""
    # The match at the text's start first: it fails within a few characters of most texts,
    # where the nine substring scans of the words as written cost about ten times more.
    low = text.lower()
    found = _CONDUCT.match(low)
    if found is None or not contains_any(text, CONDUCT_WORDS) or len(low.split()) > _SHORT:
        return None
    after = low[found.end(1) :]  # "staaltje draaikonterij": the harm may be the next word
    if _CONTRAST.search(after):
        return None
    words = _WORD.findall(after)
    if any(lexicon.get(w, 0.0) >= _PRAISE_AT and w not in _THANKS_WORDS for w in words):
        return None
    for at, word in enumerate(words):
        if (
            lexicon.get(word, 0.0) <= _HARM_AT
            and word not in _DENIED
            and _DENIED.isdisjoint(words[max(0, at - 2) : at])
        ):
            return f"{' '.join(found.group(1).split())} … {word}"
    return None


# One more of a bad thing, welcomed: "Fijn, weer een minister die opstapt", "Mooi zo, nog
# meer bezuinigingen", "Knap hoor, weer een kabinet dat valt", "Great, another delayed
# flight", "Geweldig plan van het kabinet: de zorg wordt nog duurder", "Bravo, de
# ov-prijzen stijgen alweer" (not "Top, weer een overwinning!", "Geweldig, nog een dag
# vakantie erbij!", "Fantastisch nieuws: de lonen gaan weer omhoog!", nor "Fijn, de app
# werkt weer": the thing back is no new instance).
_AGAIN_WORDS = ("weer", "nog ", "opnieuw", "another", "again", "more")
# One to three words set off by a comma, "!", "." or ":" at the start, or a word or two and
# what is praised ("Geweldig plan"), in any case: the shape of every opening `_OPENING`
# reads, tested before the text is lower-cased.
# Possessive: a word is never given back letter by letter (most texts fail at once).
_OPENING_SHAPE = re.compile(
    r"(?:@\w++[\s,:]*+)*+(?:(?:[^\W\d_]++\s++){0,2}[^\W\d_]++\s*+(?:[,!.:]|…)|(?:[^\W\d_]++\s++){1,2}(?i:" + _PRAISED_WORDS + r")\b)"
)
_AGAIN_AFTER = re.compile(
    r"\b(?:(?:al)?weer\s+(?:een|eens|omhoog|duurder|hoger|later)|(?:al)?weer(?=\s*[.!?…]|\s*$)|up\s+again|wéér|nog\s+(?:meer|een|duurder|hoger)"
    r"|opnieuw\s+een|(?:yet\s+)?another|once\s+again|(?<!no\s)more)\b"
)
# Harm told as an event, no opinion word: "weer een minister die opstapt", "een kabinet dat
# valt", "weer duurder", "weer een filiaal dicht" (not "omhoog": "de lonen gaan omhoog").
_HARM_DONE = frozenset(
    """opstapt opstappen afgetreden aftreedt valt gevallen duurder geschrapt
    afgeschaft ontslagen failliet dicht gesloten opgeheven bezuinigen bezuinigd
    bezuiniging bezuinigingen uitstel uitgesteld""".split()
)
# A price, a premium or a tax that rises: "de benzineprijs gaat weer omhoog", "de
# ov-prijzen stijgen alweer" (not "de lonen stijgen weer": only these words, or a compound
# ending in one).
# Waits that grow: "Gefeliciteerd kabinet, de wachtlijst is weer een jaar langer".
_COSTS = ("prijs", "prijzen", "premie", "premies", "huur", "huren", "belasting", "belastingen", "tarief",
          "tarieven", "accijns", "accijnzen", "kosten", "rente", "btw", "price", "prices", "rent", "taxes", "fares",
          "wachtlijst", "wachtlijsten", "wachttijd", "wachttijden")
_UP = frozenset("stijgen stijgt gestegen omhoog verhoogd verhoogt verhogen hoger duurder langer rise rising up".split())
_BAD_AT = -0.8
"""A lexicon word at least this negative makes the new instance a bad one."""
_AGAIN_WITHIN = 40
"""Characters after the opening praise within which the new instance must be named."""


def praise_then_again(text: str, lexicon: dict[str, float]) -> str | None:
    """A first word of praise set off by a comma or "!", then one more of something named
    at once with no praise or contrast after it, in the short `text`, quoted; else None."""
    if _OPENING_SHAPE.match(text) is None:
        return None  # most texts: no word or three set off by punctuation at their start
    low = text.lower()
    if not contains_any(low, _AGAIN_WORDS):
        return None
    found = _praise_opening(low, lexicon)
    if found is None or len(low.split()) > _SHORT:
        return None
    rest = low[found.start(2) :]
    again = _AGAIN_AFTER.search(rest, 0, _AGAIN_WITHIN)
    if again is None:
        return None
    # The sentence it is named in, without praise or contrast ("Top, nog een goal, wat een
    # wedstrijd!" is sincere); a dry tag after it ("Slimme zet.") does not count.
    ends = [at for at in (rest.find(mark, again.end()) for mark in ".!?") if at >= 0]
    clause = rest[: min(ends)] if ends else rest
    words = _WORD.findall(clause)
    if _CONTRAST.search(clause) or any(
        lexicon.get(w, 0.0) >= _PRAISE_AT and w not in _THANKS_WORDS for w in words
    ):
        return None
    # And the thing is a bad one: a negative word or a denial ("nog een enquête die niks
    # oplevert"); "Geweldig, nog een dag vakantie erbij!" is glad.
    bad = next((w for w in words if _bad(w, lexicon)), None)
    if bad is None and any(w.endswith(_COSTS) for w in words):
        bad = next((w for w in words if w in _UP), None)
    return None if bad is None else f"{found.group(1)} … {again.group(0)} … {bad}"


def _bad(word: str, lexicon: dict[str, float]) -> bool:
    """A negative word, a denial, a harm told as an event, or a Dutch compound ending in a
    negative word ("miljardenfout"). Not `vader.head_of`: its heads have five letters at
    least and "fout" has four; here, after the opening praise and an again-word, any
    ending the lexicon calls bad will do."""
    if lexicon.get(word, 0.0) <= _BAD_AT or word in _DENIED or word in _HARM_DONE:
        return True
    return len(word) >= _COMPOUND_AT and word not in lexicon and any(
        lexicon.get(word[at:], 0.0) <= _BAD_AT for at in range(3, len(word) - 3)
    )


_COMPOUND_AT = 8
"""A word this long may be a compound whose last part is the bad word."""

