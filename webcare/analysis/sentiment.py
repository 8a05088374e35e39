"""Sentiment of a mention, −1…1, with vaderSentiment for English and Dutch. Pure once loaded.

VADER alone reads Dutch as neutral. For Dutch texts webcare runs VADER with a Dutch
lexicon and rewrites Dutch function words VADER understands in English (negators to
"not", boosters to "very", "maar" to "but"), so VADER's negation, intensity, caps,
punctuation and but-rules work on Dutch too. Customer complaints often carry no opinion
word at all ("pakket nog steeds niet bezorgd"), so complaint phrases in both languages
become one strongly negative token before scoring. VADER is imported on first use.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from webcare.analysis.lexicon import (
    COMPLAINT_PHRASES_EN,
    COMPLAINT_PHRASES_NL,
    DUTCH_FUNCTION_WORDS,
    DUTCH_LEXICON,
    ENGLISH_ONLY_WORDS,
    PATTERN_SKIP,
    PRAISE_PHRASES_EN,
    PRAISE_PHRASES_NL,
    SERVICE_LEXICON,
)
from webcare.model import Sentiment, SentimentLabel

if TYPE_CHECKING:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

POSITIVE_AT = 0.15
NEGATIVE_AT = -0.15
_COMPLAINT_TOKEN = "wccomplaint"
_PRAISE_TOKEN = "wcpraise"
_COMPLAINT_VALENCE = -2.6
_PRAISE_VALENCE = 2.4


def _phrases(*groups: tuple[str, ...], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    # One `\b` in front of the alternation instead of one per phrase: the engine then
    # tries the phrases only at word starts, which makes the search about ten times faster.
    patterns = [p for group in groups for p in group]
    at_word_start = [p.removeprefix(r"\b") for p in patterns if p.startswith(r"\b")]
    anywhere = [p for p in patterns if not p.startswith(r"\b")]
    parts = [r"\b(?:" + "|".join(f"(?:{p})" for p in at_word_start) + ")"] if at_word_start else []
    parts += [f"(?:{p})" for p in anywhere]
    return re.compile("|".join(parts), flags)


def _sub_folded(pattern: re.Pattern[str], folded: re.Pattern[str], text: str, replace) -> str:  # type: ignore[no-untyped-def]
    """`pattern.sub` that searches the lower-cased text with `folded` (a case-sensitive
    twin, about four times faster) and splices the replacements into the original, so the
    caps VADER reads as emphasis survive. Texts whose length changes when lower-cased
    (a Turkish dotted I) take the case-insensitive pattern."""
    low = text.lower()
    if len(low) != len(text):
        return pattern.sub(replace, text)
    out: list[str] = []
    position = 0
    for match in folded.finditer(low):
        out += (text[position : match.start()], replace(match))
        position = match.end()
    if not out:
        return text
    out.append(text[position:])
    return "".join(out)


# Per analyser language: a Dutch text is not searched for English phrases and vice versa,
# which halves the cost of the slowest step of the analysis.
_COMPLAINTS = {"nl": _phrases(COMPLAINT_PHRASES_NL), "en": _phrases(COMPLAINT_PHRASES_EN)}
_PRAISES = {"nl": _phrases(PRAISE_PHRASES_NL), "en": _phrases(PRAISE_PHRASES_EN)}
_COMPLAINTS_FOLDED = {
    lang: _phrases(COMPLAINT_PHRASES_NL if lang == "nl" else COMPLAINT_PHRASES_EN, flags=0)
    for lang in ("nl", "en")
}
_PRAISES_FOLDED = {
    lang: _phrases(PRAISE_PHRASES_NL if lang == "nl" else PRAISE_PHRASES_EN, flags=0)
    for lang in ("nl", "en")
}
# The word after a function word is captured too: see `_rewrite_function_word`.
_FUNCTION_WORDS_PATTERN = (
    r"\b(" + "|".join(sorted(DUTCH_FUNCTION_WORDS, key=len, reverse=True)) + r")\b"
    r"(?=(?:\s+([\w'-]+))?)"
)
_FUNCTION_WORDS = re.compile(_FUNCTION_WORDS_PATTERN, re.IGNORECASE)
_FUNCTION_WORDS_FOLDED = re.compile(_FUNCTION_WORDS_PATTERN)
_TOKEN = re.compile(r"[\w'-]+", re.UNICODE)
# Dutch "te" before an adjective says "too much": "te duur", "veel te klein", "te zout".
# Infinitives after "te" end in -n ("te eten", "te gaan", "te zijn") and are left alone.
_EXCESS_TOKEN = "wcexcess"
_EXCESS_VALENCE = -1.6
_EXCESS_PATTERN = (
    r"\b(?:veel\s+|veels\s+|echt\s+|wel\s+|iets\s+|wat\s+)?te\s+"
    r"(?!(?:gek|gekke|koop|voet|gast|pas|veel\s+moeite|midden|goed\s+om|meer|minder|beter)\b)"
    r"(?![a-zé]{3,}ere?\b)[a-zé]+(?<!n)\b"
)
_EXCESS = re.compile(_EXCESS_PATTERN, re.IGNORECASE)
_EXCESS_FOLDED = re.compile(_EXCESS_PATTERN)
# A clause that ends in its negator; the negator and the punctuation after it are kept apart.
_CLAUSE_FINAL_NEGATION = re.compile(r"\s(?:niet|nooit)(?=\s*(?:[.,;:!?\n]|$))", re.IGNORECASE)


def _windowed_vader() -> type[SentimentIntensityAnalyzer]:
    """VADER with its two per-word checks given only the words they read.

    Upstream lower-cases the whole text for every sentiment word in these checks, which
    makes long mentions quadratic. Both read at most i-3…i+2, and VADER only calls them
    when i is past the words they look back at, so the window gives identical scores.
    """
    from vaderSentiment.vaderSentiment import BOOSTER_DICT, SentimentIntensityAnalyzer, SentiText

    negation_check = SentimentIntensityAnalyzer._negation_check
    idioms_check = SentimentIntensityAnalyzer._special_idioms_check

    class WindowedAnalyzer(SentimentIntensityAnalyzer):
        def polarity_scores(self, text):  # type: ignore[no-untyped-def]
            # Upstream first rewrites emoji character by character; an ASCII text has none
            # (every emoji-lexicon key is non-ASCII), so the rest of upstream runs as is.
            if not text.isascii():
                return super().polarity_scores(text)
            text = text.strip()
            sentitext = SentiText(text)
            words = sentitext.words_and_emoticons
            sentiments: list[float] = []
            for i, item in enumerate(words):
                lowered = item.lower()
                if lowered in BOOSTER_DICT or (
                    lowered == "kind" and i < len(words) - 1 and words[i + 1].lower() == "of"
                ):
                    sentiments.append(0)
                    continue
                sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
            sentiments = self._but_check(words, sentiments)
            return self.score_valence(sentiments, text)

        def sentiment_valence(  # type: ignore[no-untyped-def]
            self, valence, sentitext, item, i, sentiments
        ):
            # A complaint phrase carries its own negation ("nog steeds niet bezorgd"); a
            # "niet"/"not" before it ("echt niet normaal, al drie weken wachten") must not flip it.
            if item.lower() == _COMPLAINT_TOKEN:
                sentiments.append(_COMPLAINT_VALENCE)
                return sentiments
            return super().sentiment_valence(valence, sentitext, item, i, sentiments)

        @staticmethod
        def _negation_check(valence, words_and_emoticons, start_i, i):  # type: ignore[no-untyped-def]
            first = max(0, i - 3)
            return negation_check(valence, words_and_emoticons[first : i + 1], start_i, i - first)

        @staticmethod
        def _special_idioms_check(valence, words_and_emoticons, i):  # type: ignore[no-untyped-def]
            first = max(0, i - 3)
            return idioms_check(valence, words_and_emoticons[first : i + 3], i - first)

    return WindowedAnalyzer


def _pattern_lexicon() -> dict[str, float]:
    """pattern's Dutch adjectives (PDDL), converted once by scripts/build_nl_lexicon.py."""
    from importlib.resources import files

    table: dict[str, float] = {}
    text = (
        files("webcare.analysis").joinpath("data", "nl-sentiment.tsv").read_text(encoding="utf-8")
    )
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, valence = line.split("\t")
            if word not in PATTERN_SKIP:
                table[word] = float(valence)
    # The lexicon lists base forms; Dutch adjectives mostly appear inflected ("vreselijke
    # ervaring", "droge kabeljauw", "snelle levering"). Base forms win over derived ones.
    for word, valence in list(table.items()):
        for form in inflections(word):
            table.setdefault(form, valence)
        for form in degrees(word):
            table.setdefault(form, valence * 1.1)
    # "superlekker", "supervriendelijk": Dutch writes its booster into the word.
    for word, valence in list(table.items()):
        if valence > 0:
            table.setdefault("super" + word, min(4.0, valence + 0.7))
    return table


def degrees(adjective: str) -> tuple[str, ...]:
    """Comparative and superlative forms: slecht -> slechter, slechtst(e); lekker -> lekkerder."""
    word = adjective
    if len(word) < 3 or word.endswith(("e", "en")) or word in _IRREGULAR_DEGREES:
        return ()
    if word.endswith("r"):
        comparative = word + "der"  # duur -> duurder, lekker -> lekkerder
    elif word[-1] in _VOWELS:
        comparative = word + "er"  # mooi -> mooier
    else:
        comparative = inflections(word)[0][:-1] + "er"  # droog -> droger, snel -> sneller
    superlative = word + ("t" if word.endswith("s") else "st")
    return (comparative, comparative + "e", superlative, superlative + "e")


_VOWELS = "aeiouy"
_IRREGULAR_DEGREES = frozenset({"goed", "veel", "weinig", "graag"})


def inflections(adjective: str) -> tuple[str, ...]:
    """The attributive -e form of a Dutch adjective, spelled as Dutch spells it.

    droog -> droge, duur -> dure (a long vowel loses a letter), snel -> snelle (a short
    vowel doubles the consonant), lief -> lieve, boos -> boze (f/s voice); words in -ig,
    -lijk, -isch and -baar just add -e. Adjectives already ending in -e, -en or a vowel
    do not inflect.
    """
    word = adjective
    if len(word) < 3 or word[-1] in _VOWELS or word.endswith(("en", "e")):
        return ()
    last, before, earlier = word[-1], word[-2], word[-3]
    syllables = len(re.findall(f"[{_VOWELS}]+", word))
    unstressed = word.endswith(("ig", "lijk", "isch", "baar")) or (
        syllables > 1 and word.endswith(("er", "el", "em"))
    )
    diphthong_ij = word[-3:-1] == "ij"
    if unstressed or (before not in _VOWELS and not diphthong_ij):
        return (word + "e",)  # unstressed endings and consonant clusters: flets -> fletse
    if diphthong_ij:
        stem = word[:-1]  # grijs -> grijze, stijf -> stijve
    elif earlier == before and (len(word) < 4 or word[-4] not in _VOWELS):
        stem = word[:-2]  # a doubled long vowel loses a letter: droog -> droge, duur -> dure
    elif earlier in _VOWELS:
        stem = word[:-1]  # a diphthong stays: lief -> lieve, grijs -> grijze
    elif last not in "wjx":
        return (word + last + "e",)  # a short vowel doubles the consonant: snel -> snelle
    else:
        return (word + "e",)
    voiced = {"f": "v", "s": "z"}.get(last, last)
    return (stem + voiced + "e",)


@cache
def _analyser(language: str) -> SentimentIntensityAnalyzer:
    analyser = _windowed_vader()()
    lexicon = analyser.lexicon
    if language == "nl":
        # English words that are different, common Dutch words ("die", "kind", "arm") must go.
        for word in ENGLISH_ONLY_WORDS:
            lexicon.pop(word, None)
        lexicon.update(_pattern_lexicon())
        lexicon.update(DUTCH_LEXICON)
    lexicon.update(SERVICE_LEXICON)
    lexicon[_COMPLAINT_TOKEN] = _COMPLAINT_VALENCE
    lexicon[_EXCESS_TOKEN] = _EXCESS_VALENCE
    lexicon[_PRAISE_TOKEN] = _PRAISE_VALENCE
    return analyser


def _score(text: str, language: str) -> tuple[float, dict[str, str]]:
    prepared, phrases = _prepare(text, language)
    return _analyser(language).polarity_scores(prepared)["compound"], phrases


def _prepare(text: str, language: str) -> tuple[str, dict[str, str]]:
    """Rewrite the text for VADER; returns it with the phrases found and the token each became."""
    phrases: dict[str, str] = {}

    def mark(token: str):  # noqa: ANN202 - a small closure for re.sub
        def replace(match: re.Match[str]) -> str:
            phrases[" ".join(match.group(0).lower().split())] = token
            return f" {token} "

        return replace

    text = _sub_folded(
        _COMPLAINTS[language], _COMPLAINTS_FOLDED[language], text, mark(_COMPLAINT_TOKEN)
    )
    text = _sub_folded(_PRAISES[language], _PRAISES_FOLDED[language], text, mark(_PRAISE_TOKEN))
    if language == "nl":
        text = _sub_folded(_EXCESS, _EXCESS_FOLDED, text, mark(_EXCESS_TOKEN))
        text = _negate_final_negators(text)
        text = _sub_folded(_FUNCTION_WORDS, _FUNCTION_WORDS_FOLDED, text, _rewrite_function_word)
    return text, phrases


def _negate_final_negators(text: str) -> str:
    """ "Sympathiek zijn ze zeker niet." negates the opinion words before the final "niet".

    VADER only looks back from an opinion word for its negator, so the negator is moved in
    front of each opinion word of its clause.
    """
    if "niet" not in text and "nooit" not in text:
        return text
    lexicon = _analyser("nl").lexicon
    out: list[str] = []
    position = 0
    for match in _CLAUSE_FINAL_NEGATION.finditer(text):
        start = max(text.rfind(mark, position, match.start()) for mark in ".,;:!?\n") + 1
        clause = text[max(start, position) : match.start()].split(" ")
        negated = [f"not {w}" if w.lower().strip("'\"") in lexicon else w for w in clause]
        if negated == clause:
            continue
        out.append(text[position : max(start, position)])
        out.append(" ".join(negated))
        position = match.end()
    out.append(text[position:])
    return "".join(out)


def _rewrite_function_word(match: re.Match[str]) -> str:
    word = match.group(1).lower()
    english = DUTCH_FUNCTION_WORDS[word]
    # Dutch often ends a clause with its negator ("inloggen lukt niet, storing?"); VADER
    # ignores punctuation, so a "not" there would flip the next clause's opinion word.
    if english in ("not", "never") and match.string[match.end() : match.end() + 1] in tuple(
        ",.;:!?"
    ):
        return match.group(1)
    # "vreselijk", "super", "erg" boost an opinion word after them ("vreselijk slecht") but
    # are the opinion themselves otherwise ("wat een vreselijk bedrijf", "super service").
    if english == "very" and word in DUTCH_LEXICON:
        following = (match.group(2) or "").lower()
        if following not in DUTCH_LEXICON and following not in SERVICE_LEXICON:
            return match.group(1)
    return english


def analyse_sentiment(text: str, language: str) -> Sentiment:
    """Score `text` (−1…1), label it neg/neu/pos and name the words that moved it.

    Dutch texts use the Dutch analyser, every other language VADER's English; a text
    whose language is undetermined ("Prima!", "Slecht") gets the stronger of the two.
    """
    if language == "und":
        dutch, english = _score(text, "nl"), _score(text, "en")
        lang, (score, phrases) = (
            ("nl", dutch) if abs(dutch[0]) > abs(english[0]) else ("en", english)
        )
    else:
        lang = "nl" if language == "nl" else "en"
        score, phrases = _score(text, lang)
    analyser = _analyser(lang)
    label = (
        SentimentLabel.POS
        if score >= POSITIVE_AT
        else SentimentLabel.NEG
        if score <= NEGATIVE_AT
        else SentimentLabel.NEU
    )
    words = _movers(text, phrases, analyser.lexicon, label) if label != SentimentLabel.NEU else ()
    return Sentiment(score=round(score, 4), label=label, words=words)


def _movers(
    text: str, phrases: dict[str, str], lexicon: dict[str, float], label: SentimentLabel
) -> tuple[str, ...]:
    """The phrases and words that pushed the score towards its label, strongest first.

    A word inside a matched phrase is not named again ("bedankt voor niks", not also
    "bedankt"); words pulling the other way are left out unless nothing else moved it.
    """
    # Each phrase weighs what the token it became weighs: complaint, praise or "too much".
    valences: dict[str, float] = {phrase: lexicon[token] for phrase, token in phrases.items()}
    inside = {word for phrase in phrases for word in phrase.split()}
    for token in _TOKEN.findall(text.lower()):
        valence = lexicon.get(token)
        if valence and token not in inside:
            valences.setdefault(token, valence)
    sign = -1 if label is SentimentLabel.NEG else 1
    agreeing = [w for w, v in valences.items() if v * sign > 0] or list(valences)
    return tuple(sorted(agreeing, key=lambda w: -abs(valences[w]))[:5])
