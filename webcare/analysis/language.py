"""Language of a mention: nl, en, de or fr by function words, `und` when it cannot tell. Pure.

Customer texts are short and informal, where function words ("de", "het", "niet", "the",
"is") are the most reliable signal and cost one set lookup per token.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?", re.UNICODE)

_STOPWORDS: dict[str, frozenset[str]] = {
    "nl": frozenset(
        """de het een en van ik je jij u jullie we wij ze zij hij is zijn was waren niet geen nog
        al ook maar dat dit die deze wat wie waar waarom hoe met voor naar bij op aan om te
        uit over door heb hebt heeft hebben had kan kunnen kun wil wilt moet moeten mijn mij
        me ons onze jullie er hier daar dan toen wel nu toch echt heel erg zeer mee nooit niks
        niets iets alles weer waarom graag bedankt dank alsjeblieft sinds vandaag gisteren
        morgen pas even jaar week dagen keer uur gewoon helemaal krijg krijgen bestelling
        bezorgd klant klantenservice ben bent wordt worden werd zou zouden""".split()
    ),
    "en": frozenset(
        """the a an and of i you he she we they it is are was were not no yet also but that this
        these those what who where why how with for to at on in from by about my me our your
        their have has had can could will would should must do does did don't doesn't didn't
        can't won't isn't wasn't i'm it's there here then now still really very never nothing
        something everything again please thanks thank since today yesterday tomorrow just
        week days hours order delivered customer been be being get got""".split()
    ),  # not "service": Dutch uses it as much ("top service", "klantenservice")
    "de": frozenset(
        """der die das und ist nicht ein eine ich du sie wir ihr mit für auf den dem des zu von
        im auch noch aber wie was wer wo warum kein keine mein meine habe hat haben bin sind
        war schon sehr bitte danke heute gestern immer nie nichts""".split()
    ),
    "fr": frozenset(
        """le la les un une et est pas je tu il elle nous vous ils elles avec pour sur dans des
        du au aux ce cette mais que qui où pourquoi comment mon ma mes très merci aujourd'hui
        hier toujours jamais rien ne suis sont été avoir fait""".split()
    ),
}
# Letter patterns that break ties between languages on texts with few function words.
_HINTS: dict[str, re.Pattern[str]] = {
    "nl": re.compile(r"ij|oe[^s]|aa|uu|sch|\bge\w{3,}d\b"),
    "en": re.compile(r"\bth|ing\b|tion\b|\w'[st]\b"),
    "de": re.compile(r"ß|sch\w|ung\b|ä|ö|ü"),
    "fr": re.compile(r"é|è|ê|ç|\bqu|eau"),
}
UNDETERMINED = "und"


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or `und` for too little evidence."""
    words = _WORD.findall(text.lower())
    if not words:
        return UNDETERMINED
    scores = {lang: 0.0 for lang in _STOPWORDS}
    for word in words:
        for lang, stopwords in _STOPWORDS.items():
            if word in stopwords:
                scores[lang] += 1
    top = max(scores.values())
    if top < 1 and len(words) < 3:
        return UNDETERMINED
    if top < 1 or list(scores.values()).count(top) > 1:
        lowered = text.lower()
        for lang, pattern in _HINTS.items():
            scores[lang] += 0.3 * len(pattern.findall(lowered))
    ranked = sorted(scores.values(), reverse=True)
    if ranked[0] < 1 or ranked[0] == ranked[1]:
        return UNDETERMINED
    return max(scores, key=lambda lang: scores[lang])
