"""The context of a rule's match in a text: whether it counts (`urgency._counts`). Pure.

A match does not count when it is negated ("geen storing", "not hacked"), resolved in the
same sentence ("storing is opgelost", "outage issue solved"), one item of a list ("such as
unwrapped food, medicine"), asked about ("what happens if my flight is cancelled?") or
only a likeness ("bekeken alsof je iets gestolen hebt"), a fear
that turned out unfounded ("dacht dat ik opgelicht was, maar het bleek …"), words of a
quoted title ("your article 'fraud, identity theft and …' was useful"), in a how-to
question ("kan ik mijn kaart zelf blokkeren?") or in a clause that reports news or a
warning ("bedankt voor de waarschuwing over die whatsapp-fraude").
Each check looks at a window of the folded text (`rules.fold`) around the match.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from webcare.analysis.patterns import contains_any, quick_search

_WORDS = re.compile(r"[\w'*]+")
_NEGATORS = frozenset(
    "geen niet nooit nie ni no not never without zero n't dont don't doesnt doesn't didnt didn't"
    " isnt isn't wasnt wasn't havent haven't hasnt hasn't".split()
)
# Words between a negator and what it negates: "geen enkele storing", "never been hacked".
_SKIPPED = frozenset(
    "been be ben is was zijn geweest enkele enkel echte grote any real big actual a an een de het the".split()
)
# Said with the word after its verb ("werd netjes teruggestort", "fraude werd meteen
# opgemerkt", "was refunded"): the quick test looks for that word alone (every match has
# it), not for the common verbs the phrase starts with.
_PUT_BACK_NL = r"(?:teruggestort|terugbetaald|rechtgezet|gecorrigeerd|vergoed|uitbetaald|rond(?!\s+(?:de|het|een|\d|half|kwart|middernacht|die|dat|deze)\b))"
_NOTICED_NL = r"(?:opgemerkt|onderschept|tegengehouden|gestopt|ontdekt)"
_REFUNDED_EN = r"(?:refunded|reversed|credited\s+back)"
_BACK = r"\s+back\b(?!\s+(?:down|off|out|again|to\s+(?:the\s+same|square\s+one|where)))"
_BACK_EN = rf"(?:came|is|'s){_BACK}"
_RESOLVED_WORDS = (
    r"opgelost|verholpen|gerepareerd|gefixt|hersteld|voorbij(?<!doel\svoorbij)|solved|resolved|fixed|sorted"
    # Given back at last: "got the double charge back in the end".
    r"|back\s+in\s+the\s+end|back\s+eventually"
    r"|werkt\s+(?:nu\s+|inmiddels\s+|intussen\s+|gelukkig\s+)?weer(?!\s+(?:niet|nie|ni)\b)|working\s+again|back\s+(?:up|online|to\s+normal)"
    r"|(?:fine|ok|okay|working|good)\s+now|all\s+good\s+(?:now|since|again)|(?:you|they|u|y'all)\s+refunded"
    # Round 52: "I just waited a few hours ... and it downloaded now".
    r"|(?:downloaded|installed|arrived|loaded|went\s+through)\s+(?:fine\s+|ok\s+)?now"
    # "the fraud team caught it right away".
    r"|(?:caught|flagged|spotted|stopped)\s+(?:it\s+)?(?:quickly|in\s+time|immediately|right\s+away)"
    # "the outage last week was handled really well".
    r"|handled\s+(?:really\s+|very\s+|so\s+|super\s+)?(?:well|quickly|fast|professionally|brilliantly|great)"
    r"|weer\s+(?:online|in\s+orde|in\s+de\s+lucht)|alles\s+(?:is\s+)?(?:terug\s+|weer\s+)?in\s+orde"
    r"|alles\s+werkt\s+(?:nu\s+|inmiddels\s+|ondertussen\s+|intussen\s+)?(?:weer|terug|opnieuw)|teruggekregen|terug\s+gekregen"
    r"|lukt\s+(?:het\s+)?(?:nu\s+|inmiddels\s+|intussen\s+|gelukkig\s+)?(?:weer|terug)(?!\s+(?:niet|nie|ni)\b)"
    r"|werkt\s+(?:alles|het|hij|ze)\s+(?:nu\s+|inmiddels\s+|gelukkig\s+)?(?:weer|terug)(?!\s+(?:niet|nie|ni)\b)"
    r"|gedeblokkeerd|terug\s+in\s+orde|unblocked|unlocked\s+again|reactivated"
    r"|(?:weer|terug)\s+(?:vrijgegeven|ontgrendeld|geactiveerd|geopend|actief)"
    # Round 46: "mijn geld stond de volgende dag terug".
    r"|(?:geld|bedrag|bedragen|saldo)\s+(?:stond|stonden|staat|was|is|kwam|kwamen)\s+(?:(?!niet|nie|nog|nooit|maar|pas|deels|half|gedeeltelijk|slechts)\w+\s+){0,4}?(?:terug|teruggestort)"
    # Round 52, the verb first: "... maar na één mailtje stond het geld de volgende dag al terug".
    r"|(?:stond|stonden|staat|kwam|kwamen)\s+(?:het|mijn|m'n|ons|dat|alle)\s+(?:geld|bedrag|bedragen|saldo)\s+(?:(?!niet|nie|nog|nooit|maar|pas|deels|half|gedeeltelijk|slechts)\w+\s+){0,4}?(?:terug|teruggestort)"
)
_RESOLVED = re.compile(
    rf"\b(?:{_RESOLVED_WORDS}"
    # ("it's back": the "'s" joins its word.)
    rf"|(?:it|service|internet|wifi|power|signal|connection|tv|cable)(?:\s+(?:came|is)|'s){_BACK}"
    # Money put back, said in the passive: "die werd netjes teruggestort", "was refunded".
    rf"|(?:werd|werden|is|zijn|was|waren)\s+(?:(?!niet|nie|nog|nooit|maar|pas|deels|half|gedeeltelijk|slechts)\w+\s+){{0,4}}?{_PUT_BACK_NL}"
    # Round 46: "fraude werd meteen opgemerkt" (not "wordt snel opgemerkt": a promise,
    # read as not yet done by _UNRESOLVED_BEFORE).
    rf"|(?:meteen|snel|direct|onmiddellijk|tijdig)\s+{_NOTICED_NL}"
    rf"|(?:was|were|got|has\s+been|have\s+been)\s+(?:(?!not|never|only|partly|partially|half)\w+\s+)?{_REFUNDED_EN})\b"
)
# Before a "fixed" that is not (yet) so: "not fixed", "want this resolved", "I'd like it
# sorted", "nobody has fixed it", "nothing fixed", "please have it sorted", "wil het
# opgelost zien", "until this is fixed", "totdat het opgelost is", "tot het opgelost is".
_UNRESOLVED_BEFORE = re.compile(
    r"(?:\b(?:niet|nog|not|still|never|nooit|geen|no|yet|nie|ni|n't|wordt|gets?|be|to|om|te|'t"
    r"|want|wanted|wants|need|needs|needed|like|have|having|get|getting|nobody|noone|anyone"
    r"|anybody|someone|somebody|nothing|none|niets|niks|please|pls|wil|willen|wens|graag|moet|moeten|laten|niemand|iemand"
    r"|until|till|unless|totdat|tot|zolang"
    # Round 48: asked when or whether ("niemand weet wanneer het opgelost is", "once it's fixed").
    r"|wanneer|zodra|voordat|indien|when|once|whether|before)"
    r"\s+(?:[\w']+\s+){0,2})$|n't\s+(?:\w+\s+)?$"
)
# "fixed but mine isn't", "opgelost maar nog steeds traag": still wrong after all.
_BUT_STILL = re.compile(
    r"\b(?:but|maar)\b[^.!?]{0,40}?(?:\bnot\b|n't\b|\bstill\b|\bniet\b|\bnog\b|\bgeen\b)"
)
_LIST_MARKER = re.compile(
    r"\b(?:such\s+as|zoals|e\.g\.|bijv\.?|bijvoorbeeld|including|inclusief|waaronder|for\s+example"
    r"|for\s+instance|like\s+(?=\w+,))"
)
# The quick tests whether there is one at all, before a closer look: `quick_search`.
_ANY_RESOLVED = re.compile(quick_search(
    rf"\b(?:{_RESOLVED_WORDS}|{_BACK_EN}|{_PUT_BACK_NL}|{_NOTICED_NL}|{_REFUNDED_EN})\b"
))  # fmt: skip
_ANY_LIST_MARKER = re.compile(quick_search(_LIST_MARKER.pattern))
SENTENCE_END = ".!?;\n"  # `_last_end` spells these out


def sentence_end(low: str, at: int, window: int = 200) -> int:
    """Where the sentence that goes on at `at` ends: its first sentence mark in the next
    `window` characters, else the end of the window (or of the text)."""
    return at + first_mark(low[at : at + window], SENTENCE_END)


def first_mark(text: str, marks: Iterable[str]) -> int:
    """Where the first of `marks` in `text` is, or `len(text)` when none is."""
    first = len(text)
    for mark in marks:  # a plain loop: two generators cost more than the searches
        index = text.find(mark)
        if 0 <= index < first:
            first = index
    return first


def _last_end(text: str) -> int:
    """Where the last sentence end (`SENTENCE_END`) in `text` is, or -1."""
    # Spelled out: a generator over the marks cost more than the five searches.
    return max(text.rfind("."), text.rfind("!"), text.rfind("?"), text.rfind(";"), text.rfind("\n"))


def clause_before(low: str, start: int) -> str:
    """The words before a match in its clause (a comma, a "but" or a sentence ends it)."""
    window = low[max(0, start - 80) : start]
    cut = max(_last_end(window), window.rfind(","))
    window = window[cut + 1 :]
    for conjunction in (" maar ", " but ", " en ", " and "):
        index = window.rfind(conjunction)
        if index >= 0:
            window = window[index + len(conjunction) :]
    return window


# Quick tests that let most matches skip the closer look.
_ANY_NEGATOR = re.compile(
    quick_search(r"\b(?:geen|niet|nooit|nie|ni|no|not|never|without|zero)\b|n'?t\b")
)


def negated(low: str, start: int) -> bool:
    """ "geen storing", "geen enkele storing", "never been hacked": a negator right before the
    match (auxiliaries and "any" aside), not one that negates another word ("app not working,
    error code 200")."""
    if _ANY_NEGATOR.search(low, max(0, start - 40), start) is None:
        return False
    words = [w for w in _WORDS.findall(clause_before(low, start))[-4:] if w not in _SKIPPED]
    if not words:
        return False
    word = words[-1]
    return word in _NEGATORS or word.endswith("n't")


# "Never" right after a failure word, as Dutch puts it: "de app crasht nooit", "valt
# zelden uit". ("niet" is left alone: a match may stop before its own, "werkt al twee dagen
# niet".)
_NEGATOR_AFTER = re.compile(r"\s+(?:nooit|nauwelijks|zelden|never)\b(?!\s+(?:meer\s+)?(?:alleen|enkel)\b)")


# Said to go on: begun "a week ago" and "still" there, "niet meer" working, "since" then.
_GOING_ON = re.compile(
    r"\b(?:still|nog\s+(?:steeds|altijd)|since|sinds|sindsdien|sedert|niet\s+meer|anymore|any\s+more"
    r"|nothing\s+(?:fixes|helps|works)|keeps|blijft|again|weer)\b"
)


def going_on(low: str, start: int, end: int) -> bool:
    """Whether the sentence of low[start:end] says the matter goes on (`_GOING_ON`)."""
    return _GOING_ON.search(low, sentence_start(low, start), sentence_end(low, end, 160)) is not None


def negated_after(low: str, start: int, end: int) -> bool:
    """A failure word low[start:end] with no negator of its own, denied by the next word."""
    return (
        low[end - 1].isalnum()  # not past a sentence's end: "laatste keer @transavia. Nooit zo'n chaos"
        and _NEGATOR_AFTER.match(low, end) is not None
        and _ANY_NEGATOR.search(low, start, end) is None
    )


# A repair said before what it repaired (round 48): "thanks for fixing the outage so fast",
# "bedankt voor de snelle oplossing van de storing" (not "nobody is fixing the outage").
_REPAIRED_BEFORE = re.compile(quick_search(
    r"\b(?:fixed|fixing|resolved|resolving|restored|restoring|solved|solving|sorted|sorting"
    r"|(?:oplossing|oplossen|verhelpen|herstel)\s+van)\s+(?:out\s+)?(?:the|my|our|this|that|de|het|die|deze|onze|mijn)\s+(?:\w+\s+)?$"
    # Back after it (round 54): "Internet weer terug na de storing van vanmiddag", "back up after the outage".
    r"|\b(?:weer|terug|back|up|online|again)\s+(?:na|after)\s+(?:the|this|that|de|het|die|deze)\s+(?:\w+\s+)?$"
))  # fmt: skip


# How far after a match its repair is looked for, in its sentence: "2x afgeschreven, maar
# na één mailtje stond het geld de volgende dag al terug" (round 52: 60 cut the "terug").
_AFTER = 80


def not_yet_done(before: str) -> bool:
    """Whether `before`, the text right before a repair's word, says it is not (yet) done:
    "niet opgelost", "want this sorted", "will be refunded", "once it's fixed"."""
    return _UNRESOLVED_BEFORE.search(before) is not None


def resolved(low: str, end: int, start: int | None = None) -> bool:
    """ "de storing is opgelost", "Outage issue solved": fixed in the same sentence, not
    "nog niet opgelost" and not asked ("is het al opgelost?"). With the match's `start`,
    also a repair named before it ("thanks for fixing the outage")."""
    # `$` holds at `endpos`: the quick search asks the 80 characters before the match first.
    if start is not None and _REPAIRED_BEFORE.search(low, max(0, start - 80), start) and (
        repair := _REPAIRED_BEFORE.search(before := clause_before(low, start))
    ):
        stop = sentence_end(low, end, 160)
        if low[stop : stop + 1] != "?" and not _UNRESOLVED_BEFORE.search(before[: repair.start()]):
            return True
    if _ANY_RESOLVED.search(low, end, end + _AFTER) is None:
        return False
    window = low[end : end + _AFTER]
    cut = first_mark(window, SENTENCE_END)
    if window[cut : cut + 1] == "?":
        return False
    clause = window[:cut]
    for match in _RESOLVED.finditer(clause):
        if not _UNRESOLVED_BEFORE.search(clause[: match.start()]) and not _BUT_STILL.search(
            clause, match.end()
        ):
            return True
    return _resolved_next(window, cut)


# What a follow-up sentence may open with before its repair: "Alles in orde nu.", "Fixed now."
_NEXT_OPENING = re.compile(r"[.!\s]*(?:(?:en|and|oké|ok|okay|update:?|edit:?|nvm)\s+)?")


def _resolved_next(window: str, cut: int) -> bool:
    """Whether the sentence after the match's (from `cut` in `window`) opens with its
    repair, told and not asked: "Kon even niet inloggen. Alles weer in orde nu.", "App
    crashed all morning. Fixed now, thanks." (round 53)."""
    if window[cut : cut + 1] not in (".", "!"):
        return False
    opening = _NEXT_OPENING.match(window, cut)
    start = opening.end() if opening else cut
    match = _RESOLVED.match(window, start)
    if match is None:
        return False
    rest = window[start:]
    stop = first_mark(rest, SENTENCE_END)
    return rest[stop : stop + 1] != "?" and not _BUT_STILL.search(rest, 0, stop)


def listed(low: str, start: int, end: int) -> bool:
    """One item of a list that merely names it: "such as unwrapped food, medicine, seeds"."""
    if _ANY_LIST_MARKER.search(low, max(0, start - 160), start) is None:
        return False
    window = low[max(0, start - 160) : start]
    sentence = window[_last_end(window) + 1 :]
    markers = list(_LIST_MARKER.finditer(sentence))
    if not markers:
        return False
    marker = markers[-1]
    between = sentence[marker.end() :]
    if len(_WORDS.findall(between)) <= 2:
        return True  # "zoals medicijnen", "such as prescription medicines"
    while end < len(low) and low[end].isalnum():
        end += 1  # the whole word: "medicine" matched in "medicines,"
    after = low[end : end + 6]
    return "," in between and (
        after[:1] == "," or after.startswith((" and ", " or ", " en ", " of "))
    )


def sentence_start(low: str, start: int) -> int:
    """Where the sentence of a match at `start` begins (looking back at most 120 characters)."""
    before = low[max(0, start - 120) : start]
    return start - len(before) + _last_end(before) + 1


# A question about what would happen is no report that it did: "is it true my account gets
# locked after three wrong PINs?", "what happens if my flight is cancelled?", "klopt het
# dat mijn pas geblokkeerd wordt als ...?". Only markers that cannot open a complaint
# (not a bare "if" or "als": "check if my account is blocked", "als klant ben ik ...").
_HYPOTHETICAL = re.compile(quick_search(
    r"\b(?:what\s+(?:happens|would\s+happen|will\s+happen)\s+(?:if|when)|what\s+if|is\s+it\s+true"
    r"|in\s+case|hypothetically|what\s+(?:should|do|can|would)\s+(?:i|we)\s+do\s+(?:if|when)|wat\s+gebeurt\s+er\s+(?:als|wanneer|indien)|wat\s+als|stel\s+dat"
    r"|klopt\s+het\s+dat|is\s+het\s+waar\s+dat)\b"
))  # fmt: skip
# How staff looked at us is no report of a theft: "bekeken alsof je iets gestolen hebt".
# (Apart, asked only where "alsof", "treated" or "looked at" is: "doen" and "deed" are
# everywhere.)
_LIKENESS = re.compile(
    r"\b(?:(?:bekeken|aangekeken|behandeld|behandelt|behandelen|deed|deden|doet|doen)\s+(?:\w+\s+){0,2}?alsof"
    r"|(?:treated|looked\s+at)\s+(?:\w+\s+){0,2}?(?:as\s+if|as\s+though|like))\b"
)
_LIKENESS_HINTS = ("alsof", "treated", "looked at")
# Dutch ones, searched only when "ooit" or "wat" is there: "mocht de app ooit uitvallen",
# "wat moet ik doen als …" (its "doen" was missing until round 50).
_HYPOTHETICAL_NL = re.compile(
    r"\b(?:(?:als|indien|mocht|mochten)\s+(?:\w+\s+){0,4}?ooit"
    r"|wat\s+(?:moet|kan|doe|moeten|kunnen)\s+(?:ik|je|we|u)\s+(?:dan\s+)?(?:doen\s+)?(?:als|indien|wanneer))\b"
)
_IF_NL = ("als ", "indien ", "mocht ", "mochten ", "wanneer ")
# ... and English: "@AmericanAir if my flight gets cancelled will you rebook me?".
_IF = (*_IF_NL, "if ")
# Where a question's own clause may start after a lead-in: a dash or a colon.
_CLAUSE_BREAK = re.compile(r"\s[–—-]\s+|:\s+")
# The handles a message opens with ("@KLM @NS ..."), the spaces, commas and colons after them.
LEADING_HANDLES = re.compile(r"^\s*(?:@\w+[\s,:]*)+")
_YES_NO = ("wordt ", "word ", "worden ", "krijg ", "krijgt ", "gaat ", "gaan ", "is ", "zijn ", "kan ", "kunnen ",
           "will ", "would ", "do ", "does ", "are ", "can ", "could ")  # fmt: skip
# An "if" after the match; Dutch "als" only before its clause's subject ("als het morgen
# stormt"; not "net als gisteren"), and not "wanneer" ("is de app kapot, wanneer werkt hij
# weer?" asks when).
_IF_AFTER = re.compile(r"\b(?:(?:als|indien)\s+(?:het|ik|je|u|we|wij|er|mijn|m'n|de|een|jullie|ze|hij|zij|men)|if)\b")


def hypothetical(low: str, start: int) -> bool:
    """A hypothetical marker earlier in the sentence of the match (see `_HYPOTHETICAL`), a
    likeness ("bekeken alsof je iets gestolen hebt"), a question that opens with
    "als"/"indien"/"mocht"/"if" after any handles ("Als het niet lukt …, kan ik dan …?",
    "@Amtrak if my train is delayed do I get a refund?"), or a yes/no question with an "if"
    after the match ("wordt mijn vlucht geannuleerd als het morgen stormt?")."""
    begin = sentence_start(low, start)
    if _HYPOTHETICAL.search(low, begin, start) is not None:
        return True
    before = low[begin:start]
    if ("ooit" in before or "wat " in before) and _HYPOTHETICAL_NL.search(before):
        return True
    if contains_any(before, _LIKENESS_HINTS) and _LIKENESS.search(low, begin, start):
        return True
    if "?" not in low[start:]:
        return False  # most matches: no question after them
    opening = LEADING_HANDLES.sub("", before.lstrip())
    # An "if" may open the question after a dash or a colon: "quick one before I book – if
    # the flight got cancelled would it be a refund?".
    if not opening.startswith(_IF):
        clause = _CLAUSE_BREAK.split(opening)[-1]
        opening = clause if clause.startswith(_IF) else opening
    if not opening.startswith(_IF) and not opening.startswith(_YES_NO):
        return False
    stop = sentence_end(low, start, len(low))
    if low[stop : stop + 1] != "?":
        return False
    # A yes/no question is hypothetical when an "if" follows: "wordt mijn vlucht geannuleerd
    # als het morgen stormt?", "do I get charged again if I reorder?".
    return opening.startswith(_IF) or _IF_AFTER.search(low, start, stop) is not None


# A fear that did not come true: "dacht dat ik opgelicht was maar het bleek mijn eigen
# abonnement", "was worried my card got skimmed but turns out …", "ik was bang dat mijn kaart
# geblokkeerd zou zijn, maar alles is in orde". The fear before the match, in its sentence;
# what it turned out to be after it, within the next sentence or so.
_FEAR = re.compile(quick_search(
    r"\b(?:dacht|dachten|vreesde|vreesden|bang|schrok|thought|worried|afraid|scared|feared|panicked)\b"
))  # fmt: skip
_TURNED_OUT = re.compile(quick_search(
    r"\b(?:bleek|bleken|vals\s+alarm|alles\s+(?:is\s+)?in\s+orde|turns?\s+out|turned\s+out"
    r"|false\s+alarm|all\s+(?:is\s+)?(?:fine|good|ok|okay))\b"
))  # fmt: skip
_FEAR_HINTS = ("dacht", "vrees", "bang", "schrok", "thought", "worried", "afraid", "scared", "feared", "panick")


@functools.lru_cache(maxsize=4)
def _fear_in(low: str) -> bool:
    """Whether a text holds a fear word at all: asked once per text, not per match."""
    return contains_any(low, _FEAR_HINTS)


def unfounded(low: str, start: int, end: int) -> bool:
    """A fear in the match's own clause ("dacht dat ik opgelicht was", not "ik dacht dat het
    een goede bank was, maar mijn rekening werd afgesloten") that the text then says was
    unfounded (`_TURNED_OUT`)."""
    if not _fear_in(low):
        return False  # the common case, once per text
    before = clause_before(low, start)
    if _FEAR.search(before) is None:
        return False
    return _TURNED_OUT.search(low, end, end + 120) is not None


# The words of a quoted title name things, they report none: "jullie artikel 'phishing,
# spoofing en valse facturen'", "your blog post 'fraud, identity theft and …'".
_TITLE_OPENING = re.compile(
    r"\b(?:article|post|blog|guide|video|webinar|newsletter|podcast|episode|course|campaign"
    r"|artikel|nieuwsbrief|filmpje|rubriek|cursus|campagne|titel|title)\w*\s*:?\s*['\"‘“]"
)
_ANY_TITLE_OPENING = re.compile(quick_search(_TITLE_OPENING.pattern))
_QUOTES = ("'", '"', "‘", "“")


@functools.lru_cache(maxsize=4)
def _title_in(low: str) -> bool:
    """Whether a text may hold a quoted title: asked once per text, not per match."""
    return contains_any(low, _QUOTES) and _ANY_TITLE_OPENING.search(low) is not None


def titled(low: str, start: int) -> bool:
    """Inside a quoted title opened after a word such as "article" (`_TITLE_OPENING`)."""
    if not _title_in(low):
        return False
    window = low[max(0, start - 80) : start]
    openings = list(_TITLE_OPENING.finditer(window))
    if not openings:
        return False
    inside = window[openings[-1].end() :]
    return not any(quote in inside for quote in ("'", '"', "’", "”"))


# A how-to question names a thing, it reports nothing: "how do I freeze my card?", "kan ik
# mijn kaart zelf blokkeren als ik ze kwijt ben?", "werkt de ombudsdienst ook voor
# bedrijven?". The opener must begin the match's own clause: "how do I get my money out,
# my account was frozen?" reports a frozen account.
_HOW_TO = re.compile(
    r"\s*(?:@\w+[\s,:]*)*(?:how|can\s+(?:i|we|you)|could\s+(?:i|we|you)|is\s+it\s+possible|is\s+there|are\s+there"
    r"|does\s+(?:the|your|a|an)|what(?:'s|\s+is|\s+are|\s+does)\s+(?:the|your|a)|hoe|kan\s+(?:ik|je|u|men)|kun\s+(?:ik|je)"
    r"|kunt\s+u|kunnen\s+(?:we|wij|jullie)|mag\s+(?:ik|je|de|het|een|mijn|m'n|onze)|(?:vanaf\s+)?hoeveel|is\s+het\s+mogelijk|zijn\s+er|is\s+er|werkt\s+(?:de|het|uw|jullie)"
    r"|wat\s+(?:kost|is|zijn|zegt)|geldt|waar\s+kan"
    # Whether a kind of thing is covered: "wordt een ambulancerit vergoed vanuit de
    # basisverzekering?" (not "wordt mijn stroom afgesloten?": the author's own).
    r"|(?:wordt|worden|valt|vallen)\s+(?:een|extra)|(?:vergoeden|vergoedt|dekken|dekt)\s+(?:jullie|u|de|het))\b"
)


def how_to(low: str, start: int) -> bool:
    """A question (its sentence ends in "?") whose clause, up to the match, opens with a
    how-to or yes-no opener (`_HOW_TO`)."""
    if "?" not in low[start : start + 200]:
        return False
    stop = sentence_end(low, start)
    if low[stop : stop + 1] != "?":
        return False
    return _HOW_TO.match(clause_before(low, start)) is not None


# An error code asked about names it, it reports no failure: "wat betekent foutcode E23 op
# mijn slimme meter?", "waar vind ik de foutcodes?", "what does error code F28 mean?". Only
# the code's own word, and only when the question opens its clause: "ik krijg foutcode 503,
# wat betekent dat?" and "... en we hebben geen stroom" still report one.
_CODE_WORDS = ("fout", "error")
_CODE_ASKED = re.compile(
    r"\s*(?:@\w+[\s,:]*)*(?:(?:wat|welke)\s+(?:betekent|betekenen|betekende|wil|willen|is|zijn|houdt|houden)|waar\s+(?:vind|zie|staat|staan|kan|kun)"
    r"|what\s+(?:does|do|is|are|did)|what's|where\s+(?:can|do|is|are|to)|meaning\s+of|(?:de\s+)?betekenis\s+van"
    r"|(?:een\s+)?(?:lijst|overzicht|uitleg)\s+(?:van|met|over)|(?:a\s+)?list\s+of)\b"
)


def code_asked(low: str, start: int) -> bool:
    """An error code's word (fout…, error…) at `start` in a question about what it means or
    where codes are listed (`_CODE_ASKED` opens its clause)."""
    return low.startswith(_CODE_WORDS, start) and _CODE_ASKED.match(clause_before(low, start)) is not None


# Someone else's case, told: "read that customers of some bank lost their savings to a
# scam", "bedankt voor de waarschuwing over die whatsapp-fraude", "saw on the news that".
# In the match's own clause only: "I heard your app is down, I can't log in" still counts
# its second clause.
_REPORTED = re.compile(quick_search(
    r"\b(?:(?:read|heard|saw|seen)\s+(?:something\s+|somewhere\s+)?(?:that|about|on\s+the\s+news|in\s+the\s+(?:news|paper))|in\s+the\s+news"
    r"|(?:read|heard|saw|seen)\s+(?:the|a|this|that)\s+(?:news|story|article|report|headlines?)\s+(?:about|on|that|re)|news\s+(?:about|that)"
    r"|(?:warning|warnings|warn|warned|alert|alerts|tips?|article|advice|campaign)\s+(?:about|on|against|of|re)"
    r"|(?:las|lees|gelezen|hoorde|gehoord|zag|gezien)\s+(?:net\s+|vandaag\s+|gisteren\s+)?(?:iets\s+|ergens\s+)?(?:dat|over|op\s+het\s+nieuws|in\s+de\s+krant)"
    # Hearsay: "I heard there was an outage last night", "mijn buurman zei dat er fraude is".
    r"|heard\s+(?:that\s+)?there\s+(?:was|were|is|are|has\s+been|had\s+been)"
    r"|(?:buurman|buurvrouw|buren|collega|vriend|vriendin|kennis|neighbou?r|friend|coworker)\s+(?:\w+\s+)?(?:zei|zegt|zeiden|vertelde|vertelt|said|says|told\s+me)\s+(?:that\s+)?(?:dat\s+)?(?:er|there|her|his|their|haar|zijn|hun)"
    r"|op\s+het\s+nieuws|in\s+het\s+nieuws|in\s+de\s+krant|waarschuwing\w*\s+(?:over|voor|tegen)"
    r"|waarschuwen\s+(?:voor|tegen|over)|tips?\s+(?:over|tegen|voor)|artikel\s+over|campagne\s+(?:over|tegen))\b"
))  # fmt: skip
_REPORT_HINTS = ("read", "heard", "saw", "seen", "news", "warn", "alert", "tip", "article", "advice", "campaign",
                 "waarschuw", "las", "lees", "gelezen", "hoorde", "gehoord", "zag", "gezien", "nieuws", "krant", "artikel",
                 "campagne", "zei", "zegt", "vertel", "said", "says", "told")  # fmt: skip


def reported(low: str, start: int) -> bool:
    """A report of news or a warning opens the match's clause (`_REPORTED`)."""
    before = clause_before(low, start)
    if not contains_any(before, _REPORT_HINTS):
        return False
    return _REPORTED.search(before) is not None


# A news item about an incident, not the author's own: "Gaslek in Amersfoort: bewoners
# geëvacueerd, meldt de brandweer", "a gas leak closed the store, police said". An author
# who speaks of their own ("ik", "we", "my", "our") is never news.
_NEWS = re.compile(quick_search(
    r"\b(?:(?:meldt|melden|meldde|meldden|aldus|volgens|zegt|zeggen|zei)\s+(?:de\s+|het\s+)?(?:brandweer|politie|gemeente|veiligheidsregio|omroep|nos|rtv|hulpdiensten|netbeheerder|woordvoerder)"
    r"|(?:bewoners|omwonenden|woningen|huizen|panden)\s+(?:\w+\s+){0,2}?(?:geëvacueerd|geevacueerd|ontruimd)"
    r"|(?:police|officials|authorities|firefighters|fire\s+(?:department|officials|service|brigade)|a\s+spokes(?:man|woman|person))\s+(?:said|say|says|reported)"
    r"|according\s+to\s+(?:the\s+)?(?:police|officials|authorities|fire\s+\w+)|residents\s+(?:were\s+)?evacuated)\b"
))  # fmt: skip
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|my|we|we're|our|us|me|ik|mijn|m'n|we|wij|ons|onze|mij)\b")
# A piece of each of `_NEWS`'s first words: a text with none of them is no news item.
_NEWS_HINTS = ("meld", "aldus", "volgens", "zeg", "zei", "bewoners", "omwonenden", "woningen", "huizen",
               "panden", "police", "officials", "authorities", "fire", "spokes", "according", "residents")  # fmt: skip


def news_told(low: str, start: int) -> bool:
    """The match's sentence reads as a news item about others (`_NEWS`), with no first person."""
    if not contains_any(low, _NEWS_HINTS):
        return False  # the common case: one substring test a hint, no sentence cut out
    begin = sentence_start(low, start)
    stop = sentence_end(low, start, 240)
    sentence = low[begin:stop]
    # Most customers speak of themselves: the cheaper test first.
    return _FIRST_PERSON.search(sentence) is None and _NEWS.search(sentence) is not None
