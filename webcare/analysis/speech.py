"""What kind of message a Dutch text is, beyond its words: an announcement points at
something to watch, hear or read ("Kijk vanavond live mee", "Luistertip: ..."), a report
passes on what someone else says or wants ("volgens de stichting ...", "..., zegt de
minister", "Stoffer (SGP) wil ..."), a question asks. None is the writer's verdict, so
sentiment weighs their opinion words less. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable

# An announcement: an invitation to watch, listen or read, a guest spot, "more info".
# Short messages only: a review that mentions reading ("lees dit boek") is no announcement.
_ANNOUNCEMENT = re.compile(
    r"\b(?:luistertip|leestip|kijktip"
    r"|(?:kijk|luister)\s+(?:hier\s+)?(?:live\s+)?mee"
    r"|(?:kijk|luister|lees)\s+(?:hier|terug|straks|vanavond|morgen|live|vandaag)"
    r"|live\s+(?:mee|te\s+volgen|uitzending|stream)"
    r"|te\s+gast\s+(?:in|bij|aan)|in\s+gesprek\s+(?:met|over)"
    r"|meer\s+info(?:rmatie)?\s*(?::|via|op)"
    # Something to read, watch or hear back: "Lees meer", "Terugkijken:", "nu te
    # beluisteren", "is hier terug te kijken", "Persbericht:", "in de nieuwe aflevering".
    r"|lees\s+meer|bekijk\s+hier|(?:nu\s+)?te\s+(?:beluisteren|bekijken)"
    r"|terugkijken|terugluisteren|terug\s+te\s+(?:kijken|luisteren|zien)"
    r"|(?:nieuwe|volgende)\s+aflevering)\b|\b(?:persbericht|nieuwsbericht|kamerbrief)\s*:",
    re.IGNORECASE,
)
# A report: someone else's words or wishes, attributed, in the present tense of news ("zegt",
# "aldus", "volgens", "stelt dat"); the past tense narrates the writer's own experience ("de
# ober zei dat de keuken dicht was"), "zoals velen zeggen" agrees and "stelt weinig voor"
# judges. Only when the writer adds nothing of their own outside the quotes: no "ik"/"we"/
# "je", no "!" or "?", no verdict opening a sentence ("Goed dat ...", "Belangrijk dat ...").
_REPORT = re.compile(
    r"(?i:\b(?:zegt|aldus|volgens|stelt\s+dat|meldt|(?<!te\s)melden)\b)"  # not "zonder te melden"
    r"|\b[A-Z][\w-]+\s+\([A-Z][A-Za-z0-9-]{1,12}\)\s+"
    r"(?:wil|wilt|ziet|vindt|zegt|stelt|pleit|is|kiest|vraagt|eist)\b"
)
_REPORT_WORDS = ("zegt", "aldus", "volgens", "stelt", "meldt", "melden")
"""Words every report has but one of ("X (SGP) wil"): a fast first test."""
_QUOTE = re.compile(r"[\"“„‘'][^\"“”„‘’']{3,}[\"”’']")
_OWN_WORDS = re.compile(
    r"\b(?:ik|mijn|m'n|me|mij|wij|we|ons|onze|jij|je|jouw|jullie|u|uw)\b|[!?]"
    r"|(?:^|[.:]\s+)(?:\w+\s+)?(?:goed|belangrijk|mooi|fijn|terecht|blij|jammer|triest|kwalijk"
    r"|schandalig|zorgelijk|logisch|knap|sterk|vreemd|raar|bizar|slecht|onbegrijpelijk)"
    r"\s+dat\b",
    re.IGNORECASE,
)
_ANNOUNCEMENT_WORDS = (
    "kijk", "luister", "lees", "live", "gast", "gesprek", "info", "bericht", "kamerbrief",
    "aflevering",
)  # fmt: skip
"""A word every announcement has: in an ASCII text (where re.IGNORECASE compares letters
as lower() does) none of them rules the regex out."""
ANNOUNCEMENT_MAX_CHARS = 300
ANNOUNCEMENT_WEIGHT = 0.25
REPORT_WEIGHT = 0.15
"""A report of someone else's words is neutral unless its words are very strong (|score|
above 1 before weighing cannot happen: a report stays within ±0.15)."""
QUESTION_PRAISE_WEIGHT = 0.3


# Words each announcement and each report ("stelt" of "stelt dat") has whole, between word
# boundaries: a text whose word runs (`phrase_search.word_runs`) lack them all is neither,
# a set test instead of a search. Case-insensitive matching reads these three as "i" and
# "s", which lower() does not: a text with one takes the searches. "terug te kijken" is
# found by its last word, not by "terug": a customer's "ik wil mijn geld terug" would send
# the text to the case-insensitive search, which costs most on a text with a "€".
_ANNOUNCEMENT_RUNS = frozenset(
    """luistertip leestip kijktip kijk luister lees live gast gesprek meer bekijk beluisteren
    bekijken terugkijken terugluisteren kijken luisteren zien persbericht nieuwsbericht
    kamerbrief aflevering""".split()
)
_REPORT_RUNS = frozenset(_REPORT_WORDS)
_FOLDED_OTHERWISE = ("İ", "ı", "ſ")


def _lacks(runs: frozenset[str], text: str, words: set[str] | None) -> bool:
    if words is None or not runs.isdisjoint(words):
        return False
    return text.isascii() or not any(char in text for char in _FOLDED_OTHERWISE)


def is_announcement(text: str, words: set[str] | None = None) -> bool:
    """`words`: the text's word runs, if known."""
    if len(text) > ANNOUNCEMENT_MAX_CHARS or _lacks(_ANNOUNCEMENT_RUNS, text, words):
        return False
    if text.isascii():
        low = text.lower()
        if not any(word in low for word in _ANNOUNCEMENT_WORDS):
            return False
    return _ANNOUNCEMENT.search(text) is not None


def is_report(text: str, words: set[str] | None = None) -> bool:
    """Whether a short text passes on someone else's words and adds none of its own."""
    if len(text) > ANNOUNCEMENT_MAX_CHARS:
        return False
    if "(" not in text and _lacks(_REPORT_RUNS, text, words):
        return False
    low = text.lower()
    if "(" not in text and not any(word in low for word in _REPORT_WORDS):
        return False
    if _REPORT.search(text) is None:
        return False
    return _OWN_WORDS.search(_QUOTE.sub(" ", text)) is None


# A news headline passed on: a section tag ("| Buitenland |", "| NU - Het laatste nieuws"),
# a source at the end ("via @nos"), a media tag ("(VIDEO)") or a source or speaker and a
# colon ("Kabinet: ...", "Minister De Jonge: ..."). Its bad words are the news's, not the
# writer's verdict ("Aardbeving in Turkije: tientallen doden | Buitenland |"), unless the
# writer adds their own: a first person, "!" or "?", an emoji, a sentence of comment ("Dit
# is ...", "Wat een ...") or a verdict of a word or two as a sentence or before the colon
# ("Schandalig: ...", "...: Bizar via @telegraaf").
_HEADLINE = re.compile(
    r"\s\|\s*[A-Z][^|\n]{1,60}(?:\|\s*)?$"
    # A news outlet's or a party's handle: a customer's "geholpen door de chat via @KPN" is
    # the writer's own.
    r"|\bvia\s+@(?i:\w*(?:nieuws|news|nos|rtv|omroep|krant|dagblad|courant|journaal|radio"
    r"|telegraaf|volkskrant|nrc|trouw|parool|nunl|rtl|hetfd|fd_|groene|ftm|followthemoney"
    r"|elsevier|ewmagazine|bnr|npo|nieuwsuur|argos|investico|ad_nl|adnl|destentor|limburger"
    r"|dvhn|tubantia|bndestem|gelderlander|pzc|vrt|hln|demorgen|standaard|democratie|vvd"
    r"|cda|d66|pvda|groenlinks|spnl|pvv|christenunie|sgp|partijvoordedieren)\w*)[\s\"”';.]*$"
    r"|^\s*\((?:VIDEO|FOTO|LIVE|UPDATE)\)"
    # A colon after a party, a public body, a news source or a speaker; not after a review's
    # "Eten:" nor a customer's "PostNL: pakket keurig bezorgd, dank".
    r"|^\s*(?:[\w'’-]+\s+){0,2}(?:PvdA|VVD|CDA|D66|SP|GL|GroenLinks|PVV|FVD|CU|SGP|PvdD|50PLUS|JA21|DENK"
    r"|BBB|Volt|NOS|RTL|ANP|RIVM|GGD|CBS|CPB|OM|KNMI|WHO|EU|VN|NAVO|Kabinet|Minister|Premier"
    r"|Staatssecretaris|Rechter|Politie|Rapport|Onderzoek|Peiling|Breaking|Update)\b"
    r"(?:\s+[A-Z][\w'’-]*){0,2}\s*:\s+\S",
)
# A sentence of the writer's own about the news: "Dit is echt slecht.", "Wat een ellende."
_COMMENT = re.compile(r"(?:^|[.:!…]\s+)(?:dit|dat|wat\s+een|hoe|zo)\b", re.IGNORECASE)
_SEGMENT = re.compile(r"[^:.!|…\n]+")
_VERDICT_WORDS = 2
_VERDICT_VALENCE = 1.0
_VERDICT_PARTICLES = frozenset("eindelijk helaas gelukkig jammer tja pfff zucht".split())
HEADLINE_MAX_CHARS = 200


def is_headline(
    text: str,
    lexicon: dict[str, float] | None = None,
    *,
    emoji: Callable[[str], bool] | None = None,
) -> bool:
    """Whether a short text is a news headline passed on without the writer's verdict.
    `lexicon`: word -> valence, to find a verdict of one or two words; `emoji`: whether a
    text has an emoji of opinion (the writer's face), asked only of a headline's look-alike
    (most texts are ruled out before it by a character test)."""
    if len(text) > HEADLINE_MAX_CHARS:
        return False
    if not ("|" in text or ":" in text or "(" in text or "via" in text):
        return False  # the common case, tested without a generator
    if _HEADLINE.search(text) is None:
        return False
    if emoji is not None and emoji(text):
        return False
    unquoted = _QUOTE.sub(" ", text)
    if _OWN_WORDS.search(unquoted) or _COMMENT.search(unquoted):
        return False
    if lexicon is None:
        return True
    opener = _SHARED_WITH_VERDICT.match(text)
    if opener and abs(lexicon.get(opener.group(1).lower(), 0.0)) >= _VERDICT_VALENCE:
        return False
    return not _short_verdict(re.sub(r"\bvia\s+@\w+", " ", text), lexicon)


# How a writer shares a piece with a verdict on it: an opinion word and what the piece is
# ("Mooi initiatief van ...", "Prachtig verhaal over ...", "Goed nieuws voor de boeren: ...",
# "Heldere analyse"), not a headline's own adjective ("Zware storm raast over Nederland").
_SHARED_WITH_VERDICT = re.compile(
    r"\W{0,3}(?:(?:wat\s+een|heel|erg|zeer|echt|bijzonder|ontzettend)\s+)?(\w+)\s+(?:\w+\s+)?"
    r"(?:initiatief|verhaal|nieuws|stuk|artikel|interview|analyse|betoog|pleidooi|onderzoek"
    r"|draadje|column|opiniestuk|reportage|docu|documentaire|video|gesprek|bericht|signaal"
    r"|voorbeeld|plan|idee|besluit|uitspraak|actie|oproep|conclusie|rapport|toespraak"
    r"|bijdrage|ontwikkeling|stap|keuze|resultaat|uitslag|nieuwtje)\b",
    re.IGNORECASE,
)


# An exclamation of the writer's: "Wat een mooi gesprek vandaag! Terugkijken kan hier."
_EXCLAIMED = re.compile(r"(?:^|[.:!?…,]\s+)wat\s+een\b", re.IGNORECASE)


def _says_own_verdict(text: str, lexicon: dict[str, float] | None) -> bool:
    """Whether an announcement's writer also judges: a verdict of a word or two
    ("Onbegrijpelijk besluit. Lees hier waarom ...") or an exclamation ("Wat een ...")."""
    if lexicon is None:
        return False
    return _EXCLAIMED.search(text) is not None or _short_verdict(text, lexicon)


def _short_verdict(text: str, lexicon: dict[str, float]) -> bool:
    """Whether a sentence or colon-part of one or two words judges: "Schandalig:", "Bizar.",
    "Onbegrijpelijk besluit.", "Eindelijk:"."""
    for segment in _SEGMENT.findall(text):
        words = segment.lower().split()
        if 0 < len(words) <= _VERDICT_WORDS and any(
            (word := raw.strip(",;'\"”“‘’")) in _VERDICT_PARTICLES
            or abs(lexicon.get(word, 0.0)) >= _VERDICT_VALENCE
            for raw in words
        ):
            return True
    return False


def weigh_speech_act(
    text: str,
    score: float,
    *,
    complains: bool = False,
    words: set[str] | None = None,
    lexicon: dict[str, float] | None = None,
    emoji: Callable[[str], bool] | None = None,
) -> float:
    """An announcement's score at a quarter; praise in a text that asks a question at 30%
    ("Gaat de minister het goede voorbeeld volgen?"): a question is no compliment. A
    complaint in a question stays whole ("Waarom duurt het zo lang?"). A text that
    `complains` (a complaint phrase of the writer's: "volgens de klantenservice ... en nog
    steeds niets") speaks for its writer, however much it quotes: never a report. `words`:
    the text's word runs, if known. A news headline passed on (`is_headline`) weighs as a
    report, complaint or not: its bad news is the news's."""
    if is_announcement(text, words) and not _says_own_verdict(text, lexicon):
        score *= ANNOUNCEMENT_WEIGHT
    elif (not complains and is_report(text, words)) or is_headline(text, lexicon, emoji=emoji):
        score *= REPORT_WEIGHT
    if score > 0 and "?" in text:
        score *= QUESTION_PRAISE_WEIGHT
    return score


# A verdict that opens the text and judges the clause after it: "Goed dat er eindelijk een
# einde komt aan de armoede", "Triest dat zoveel mooie initiatieven verdwijnen". The clause's
# words are what the verdict is about (armoede, mooie), not the writer's verdict. Not with a
# turn after it ("Goed dat ..., maar ...", "Mooi dat ..., alleen ..."), a second verdict
# the other way, or in a long text (a review's first words do not judge all of it).
_VERDICTS = {
    **dict.fromkeys(
        """goed mooi fijn blij prachtig geweldig top terecht knap hoopvol bemoedigend trots
        dankbaar verheugend fantastisch super heerlijk sterk moedig dapper verstandig wijs
        slim prettig leuk verfrissend sympathiek hartverwarmend indrukwekkend schitterend
        geruststellend""".split(),
        1,
    ),
    **dict.fromkeys(
        """zorgelijk zorgwekkend kwalijk schandalig schandelijk jammer spijtig triest treurig
        droevig vreemd raar bizar onbegrijpelijk onaanvaardbaar onacceptabel teleurstellend
        pijnlijk zonde absurd ongelofelijk onvoorstelbaar stuitend beschamend wrang
        merkwaardig ongehoord onverteerbaar onbestaanbaar frustrerend erg dom stom
        belachelijk idioot krankzinnig lachwekkend tenenkrommend schokkend verbijsterend
        ontluisterend gênant onterecht oneerlijk onverstandig onwenselijk ongepast
        respectloos onfatsoenlijk hypocriet""".split(),
        -1,
    ),
}
_VERDICT_OPENER = re.compile(
    r"\W{0,3}(?:(?:ik\s+ben|ik\s+vind\s+het|we\s+zijn|wij\s+zijn|we\s+vinden\s+het|het\s+is)\s+)?"
    r"(?:(?:wat|heel|erg|echt|zeer|bijzonder|ontzettend|best|wel|toch|zo|enorm|super)\s+)*"
    r"(\w+)\s+(?:dat|om\s+te)\b",
    re.IGNORECASE,
)
_VERDICT_TURN = re.compile(
    r"\b(?:maar|alleen|helaas|echter|toch|wel|verder|overigens|voor\s+de\s+rest)\b", re.IGNORECASE
)
_VERDICT_LATER = re.compile(r"\b(\w+)\s+dat\b", re.IGNORECASE)
# Regret that something good is over, or that there was not more of it, is praise: "Jammer
# dat het reces er alweer op zit, het was een heerlijke zomer", "Spijtig dat het voorbij
# is", "Jammer dat jullie niet eerder bestonden", "... dat we niet dichterbij wonen".
_OVER = re.compile(
    r"\b(?:voorbij|afgelopen|erop\s+zit|er\s+(?:\w+\s+)?op\s+zit|ten\s+einde|alweer\s+klaar"
    r"|niet\s+(?:eerder|vaker|langer|dichterbij))\b",
    re.IGNORECASE,
)
VERDICT_MAX_CHARS = 300
VERDICT_AT = 0.4
"""A verdict opener's text scores at least this strongly its way."""


def opening_verdict(text: str, words: set[str] | None = None) -> int:
    """+1 or -1 when the text opens with a verdict on the clause after it ("Goed dat ...",
    "Triest dat ...") and does not turn after it; else 0. `words`: the text's word runs,
    if known."""
    if len(text) > VERDICT_MAX_CHARS:
        return 0  # a review's first words are not its verdict on the rest
    if words is not None and "dat" not in words and "om" not in words:
        return 0  # no "dat" nor "om" between word boundaries: two set tests, not four scans
    if "dat" not in text and "om te" not in text and "DAT" not in text and "Dat" not in text:
        return 0  # no verdict's "dat" or "om te": the regex is not needed
    opener = _VERDICT_OPENER.match(text)
    if opener is None:
        return 0
    sign = _VERDICTS.get(opener.group(1).lower(), 0)
    if not sign or _VERDICT_TURN.search(text, opener.end()):
        return 0
    if sign < 0 and _OVER.search(text, opener.end()):
        return 0
    # A second verdict the other way: "Terecht dat je het vraagt en belachelijk dat ...".
    for later in _VERDICT_LATER.finditer(text, opener.end()):
        if _VERDICTS.get(later.group(1).lower(), 0) == -sign:
            return 0
    return sign
