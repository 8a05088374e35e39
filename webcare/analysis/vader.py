"""VADER for English and Dutch: the analyser with its per-word checks windowed (same
scores, no quadratic lower-casing), the Dutch lexicon built once (pattern's adjectives with
their inflected and compared forms, webcare's own words), Dutch compounds read by their
known ending, and the tokens complaint and praise phrases become. VADER is imported on
first use. Used by webcare.analysis.sentiment."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from webcare.analysis.lexicon import (
    DUTCH_LEXICON,
    EMOJI_VALENCES,
    ENGLISH_ONLY_WORDS,
    PATTERN_SKIP,
    SERVICE_LEXICON,
)

if TYPE_CHECKING:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

EXCESS_TOKEN = "wcexcess"
EXCESS_VALENCE = -1.6
COMPLAINT_TOKEN = "wccomplaint"
PRAISE_TOKEN = "wcpraise"
COMPLAINT_VALENCE = -2.6
PRAISE_VALENCE = 2.4


def may_have_emoji(text: str) -> bool:
    """False for texts whose characters all come before U+2600 (accents, €): no emoji."""
    return not text.isascii() and max(text) >= "\u2600"


def windowed_vader() -> Callable[..., SentimentIntensityAnalyzer]:
    """VADER with its two per-word checks given only the words they read.

    Upstream lower-cases the whole text for every sentiment word in these checks, which
    makes long mentions quadratic. Both read at most i-3…i+2, and VADER only calls them
    when i is past the words they look back at, so the window gives identical scores.
    """
    from vaderSentiment.vaderSentiment import (
        BOOSTER_DICT,
        N_SCALAR,
        NEGATE,
        SentimentIntensityAnalyzer,
        SentiText,
    )

    negators = frozenset(NEGATE)

    def is_negator(word: str) -> bool:
        return word in negators or "n't" in word

    idioms_check = SentimentIntensityAnalyzer._special_idioms_check

    class WindowedAnalyzer(SentimentIntensityAnalyzer):
        def __init__(self, *, compounds: bool = False) -> None:
            super().__init__()
            self.compounds = compounds  # read a Dutch compound as its last known word
            # Any character an emoji in VADER's own table starts with: such a text takes
            # upstream's path, which spells emoji out.
            firsts = sorted({key[0] for key in self.emojis})
            self.emoji_start = re.compile("[" + "".join(re.escape(c) for c in firsts) + "]")

        def polarity_scores(self, text):  # type: ignore[no-untyped-def]
            # Upstream first rewrites emoji character by character; a text without any (an
            # ASCII one, or one whose emoji webcare already made tokens) runs the rest as is.
            if may_have_emoji(text) and self.emoji_start.search(text):
                return super().polarity_scores(text)
            text = text.strip()
            sentitext = SentiText(text)
            words = sentitext.words_and_emoticons
            sentiments: list[float] = []
            lexicon = self.lexicon
            for i, item in enumerate(words):
                lowered = item.lower()
                if lowered not in lexicon and self.compounds and len(lowered) >= HEAD_FROM:
                    head = head_of(lowered)  # a Dutch compound: "gebruiksvriendelijke"
                    if head is not None:
                        item = lowered = words[i] = head
                if lowered not in lexicon or lowered in BOOSTER_DICT:
                    # Upstream scores a word outside the lexicon 0 (and a booster alone 0).
                    sentiments.append(0)
                    continue
                if lowered == "kind" and i < len(words) - 1 and words[i + 1].lower() == "of":
                    sentiments.append(0)
                    continue
                sentiments = self.sentiment_valence(0, sentitext, item, i, sentiments)
            sentiments = self._but_check(words, sentiments)
            return self.score_valence(sentiments, text)

        def sentiment_valence(
            self,
            valence: float,
            sentitext: SentiText,
            item: str,
            i: int,
            sentiments: list[float],
        ) -> list[float]:
            # A complaint phrase carries its own negation ("nog steeds niet bezorgd"); a
            # "niet"/"not" before it ("echt niet normaal, al drie weken wachten") must not flip it.
            if item.lower() == COMPLAINT_TOKEN:
                sentiments.append(COMPLAINT_VALENCE)
                return sentiments
            return super().sentiment_valence(valence, sentitext, item, i, sentiments)

        @staticmethod
        def _negation_check(valence, words_and_emoticons, start_i, i):  # type: ignore[no-untyped-def]
            # Upstream's check, with its list scan of NEGATE for each word made a set lookup
            # (the same answer: a negator, or "n't" in the word).
            w = [str(word).lower() for word in words_and_emoticons[max(0, i - 3) : i]]
            w = ["", "", "", *w][-3:]  # w[-1] is the word before the lexicon word
            if start_i == 0:
                if is_negator(w[-1]):
                    valence = valence * N_SCALAR
            elif start_i == 1:
                if w[-2] == "never" and w[-1] in ("so", "this"):
                    valence = valence * 1.25
                elif w[-2] == "without" and w[-1] == "doubt":
                    pass
                elif is_negator(w[-2]):
                    valence = valence * N_SCALAR
            elif start_i == 2:
                if (w[-3] == "never" and w[-2] in ("so", "this")) or w[-1] in ("so", "this"):
                    valence = valence * 1.25
                elif w[-3] == "without" and (w[-2] == "doubt" or w[-1] == "doubt"):
                    pass
                elif is_negator(w[-3]):
                    valence = valence * N_SCALAR
            return valence

        @staticmethod
        def _special_idioms_check(valence, words_and_emoticons, i):  # type: ignore[no-untyped-def]
            first = max(0, i - 3)
            return idioms_check(valence, words_and_emoticons[first : i + 3], i - first)

    return WindowedAnalyzer


def pattern_lexicon() -> dict[str, float]:
    """pattern's Dutch adjectives (PDDL), converted once by scripts/build_nl_lexicon.py."""
    from importlib.resources import files

    table: dict[str, float] = {}
    text = (
        files("webcare.analysis").joinpath("data", "nl-sentiment.tsv").read_text(encoding="utf-8")
    )
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, number = line.split("\t")
            if word not in PATTERN_SKIP:
                table[word] = float(number)
    # The lexicon lists base forms; Dutch adjectives mostly appear inflected ("vreselijke
    # ervaring", "droge kabeljauw", "snelle levering"). Base forms win over derived ones.
    for word, valence in list(table.items()):
        for form in inflections(word):
            table.setdefault(form, valence)
        for form in degrees(word):
            table.setdefault(form, valence * 1.1)
    # "superlekker", "supervriendelijk": Dutch writes its booster into the word; "on-"
    # turns it around ("onsmakelijk", "onduidelijke", "onbehulpzaam").
    for word, valence in list(table.items()):
        if valence > 0:
            table.setdefault("super" + word, min(4.0, valence + 0.7))
            if len(word) >= 5 and valence >= 1.0:
                table.setdefault("on" + word, -0.8 * valence)
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
def analyser(language: str) -> SentimentIntensityAnalyzer:
    analyser = windowed_vader()(compounds=language == "nl")
    lexicon = analyser.lexicon
    if language == "nl":
        # English words that are different, common Dutch words ("die", "kind", "arm") must go.
        for word in ENGLISH_ONLY_WORDS:
            lexicon.pop(word, None)
        lexicon.update(pattern_lexicon())
        lexicon.update(DUTCH_LEXICON)
    lexicon.update(SERVICE_LEXICON)
    lexicon.update(EMOJI_VALENCES)
    lexicon[COMPLAINT_TOKEN] = COMPLAINT_VALENCE
    lexicon[EXCESS_TOKEN] = EXCESS_VALENCE
    lexicon[PRAISE_TOKEN] = PRAISE_VALENCE
    return analyser


# Dutch writes compounds as one word: "gebruiksvriendelijke", "klantonvriendelijk". A long
# word the lexicon lacks is read as its longest known ending (5+ letters).
HEAD_FROM = 9
"""Words of at least this many letters may be compounds."""
HEAD_MIN = 5


@functools.lru_cache(maxsize=65536)
def head_of(word: str) -> str | None:
    lexicon = analyser("nl").lexicon
    if word in lexicon:
        return None
    heads = dutch_words()  # not VADER's English words: "cliffhanger" is no "hanger"
    # No head is longer than the longest known word: a stranger's one-megabyte "word" is
    # looked at from its last few letters only, not sliced a million times.
    for start in range(max(3, len(word) - longest_dutch_word()), len(word) - HEAD_MIN + 1):
        head = word[start:]
        if head in heads and abs(lexicon.get(head, 0.0)) >= 1.0:
            return head
    return None


@cache
def dutch_words() -> frozenset[str]:
    return frozenset(pattern_lexicon()) | frozenset(DUTCH_LEXICON)


@cache
def longest_dutch_word() -> int:
    return max(map(len, dutch_words()), default=0)
