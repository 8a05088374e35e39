"""VADER for English and Dutch: the analyser with its per-word checks windowed (same
scores, no quadratic lower-casing), the Dutch lexicon built once (pattern's adjectives with
their inflected and compared forms, webcare's own words), Dutch compounds read by their
known ending, and the tokens complaint and praise phrases become. VADER is imported on
first use. Used by webcare.analysis.sentiment."""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

from webcare.analysis.dutch_morphology import degrees, inflections
from webcare.analysis.lexicon import (
    DUTCH_LEXICON,
    EMOJI_VALENCES,
    ENGLISH_ONLY_WORDS,
    PATTERN_SKIP,
    SERVICE_LEXICON,
)
from webcare.analysis.opinion_words import BOOST_PREFIXES, opinion_adjectives, opinion_forms

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
    """VADER's scoring, rewritten to read each word's lower case once: the same scores.

    Upstream lower-cases the whole text for every sentiment word in its per-word checks,
    which makes long mentions quadratic, and calls a method per check. Here the words are
    split and lower-cased once and the checks read that list; every arithmetic step is
    upstream's, in upstream's order (tests compare the scores with upstream's on random
    texts). The checks read at most i-3...i+2, and only when i is past the words they look
    back at.
    """
    from vaderSentiment.vaderSentiment import (
        BOOSTER_DICT,
        C_INCR,
        N_SCALAR,
        NEGATE,
        SPECIAL_CASES,
        SentimentIntensityAnalyzer,
        normalize,
    )

    negators = frozenset(NEGATE)
    punctuation = string.punctuation
    but_check = SentimentIntensityAnalyzer._but_check
    # Every word the per-word checks react to: boosters, negators, "no", "least", "so" and
    # "this" (x1.25), and one word of each idiom and two-word booster (its longest: an idiom
    # in a window has all its words there). A lexicon word with none of them in i-3...i+2
    # keeps its lexicon valence (caps aside): the checks are skipped, the score is the same.
    modifiers = negators | frozenset(BOOSTER_DICT) | {"no", "least", "so", "this"}
    modifiers |= {
        max(key.split(), key=len) for key in (*SPECIAL_CASES, *BOOSTER_DICT) if " " in key
    }

    def near_modifiers(lowers: list[str]) -> set[int]:
        """The indices whose window i-3...i+2 holds a word the checks react to."""
        # One substring test of the joined words instead of one per word: the spaces
        # between them cannot make an "n't".
        if modifiers.isdisjoint(lowers) and "n't" not in " ".join(lowers):
            return set()
        return {
            near
            for at, word in enumerate(lowers)
            if word in modifiers or "n't" in word
            for near in range(at - 2, at + 4)
        }

    def is_negator(word: str) -> bool:
        return word in negators or "n't" in word

    class WindowedAnalyzer(SentimentIntensityAnalyzer):
        def __init__(  # fmt: skip
            self, *, compounds: bool = False, clauses: bool = False, sentences: bool = False, faces: bool = False
        ) -> None:
            super().__init__()
            self.compounds = compounds  # read a Dutch compound as its last known word
            # A negator or booster reaches back no further than its clause's start (",",
            # ";" or ":" ends one, and with `sentences` ".", "!" or "?"): "Niet slecht, echt
            # lekker zelfs" negates "slecht" only, "there's nothing here, I'm starving" is no
            # praise, and "... niet werkt. Dus nutteloos." negates no "nutteloos".
            self.clauses = clauses
            self.clause_ends = ",;:.!?" if sentences else ",;:"
            # With `faces`, VADER's emoticons (":(", "D:", ">:(", "<3") are, like emoji, the
            # writer's face: a "not" before one negates a word, not the face ("trying not
            # to hurl D:"). Upstream negates them.
            self.faces = frozenset(
                key
                for key in (self.lexicon if faces else ())
                if not (key[:1].isalnum() and key[-1:].isalnum())
            )
            # A first character of an emoji in VADER's table: upstream's path spells them out.
            firsts = sorted({key[0] for key in self.emojis})
            self.emoji_start = re.compile("[" + "".join(re.escape(c) for c in firsts) + "]")

        def polarity_scores(self, text):  # type: ignore[no-untyped-def]
            text, compounds = self._prepared(text)
            return self.score_valence(self._sentiments(text, compounds), text)

        def compound(self, text: str) -> float:
            """`polarity_scores(text)["compound"]` without the scores nobody reads."""
            text, compounds = self._prepared(text)
            sentiments = self._sentiments(text, compounds)
            if not sentiments:
                return 0.0
            total = float(sum(sentiments))
            emphasis = self._punctuation_emphasis(text)
            if total > 0:
                total += emphasis
            elif total < 0:
                total -= emphasis
            return round(normalize(total), 4)

        def _prepared(self, text: str) -> tuple[str, bool]:
            """The text stripped, with emoji in VADER's table spelled out as upstream does
            (webcare makes its own emoji tokens first, so most texts have none); and
            whether Dutch compounds are read (not in a text whose emoji were spelled out,
            as before)."""
            if not (may_have_emoji(text) and self.emoji_start.search(text)):
                return text.strip(), self.compounds
            out: list[str] = []
            previous_space = True
            for char in text:
                description = self.emojis.get(char)
                if description is not None:
                    if not previous_space:
                        out.append(" ")
                    out.append(description)
                    previous_space = False
                else:
                    out.append(char)
                    previous_space = char == " "
            return "".join(out).strip(), False

        def sides(self, text: str) -> tuple[float, float]:
            """The summed word valences before and after the first "but", neither side
            weighted by the but-rule: how much opinion each side of a contrast carries."""
            text, compounds = self._prepared(text)
            words = [word.strip(punctuation).lower() for word in text.split()]
            sentiments = self._sentiments(text, compounds, but=False)
            at = words.index("but") if "but" in words else len(words)
            return float(sum(sentiments[:at])), float(sum(sentiments[at + 1 :]))

        def word_valences(self, text: str) -> tuple[list[str], list[float]]:
            """The lower-cased words and each one's valence, the but-rule left out."""
            text, compounds = self._prepared(text)
            words = [word.strip(punctuation).lower() for word in text.split()]
            return words, [float(v) for v in self._sentiments(text, compounds, but=False)]

        def _sentiments(self, text: str, compounds: bool, but: bool = True) -> list[float]:
            """Upstream's per-word valences (SentiText's words, then the but-rule)."""
            # SentiText: split, strip punctuation unless that leaves 2 characters or fewer (a token
            # of letters and digits, most, has none, and `isalnum` says so cheaper than `strip`
            # finds it). A handle keeps its "@": it names an account ("@united" is no praise).
            tokens = text.split()
            words = [
                token if token.isalnum() or len(stripped := token.strip(punctuation)) <= 2 or token[0] == "@" else stripped
                for token in tokens
            ]
            lowers = list(map(str.lower, words))
            lexicon = self.lexicon
            last = len(words) - 1
            cap_diff: bool | None = None  # SentiText's is_cap_diff, computed when needed
            near = near_modifiers(lowers)  # where the checks must run
            sentiments: list[float] = []
            starts = self._clause_starts(text, tokens, self.clause_ends) if near and self.clauses else None
            for i, lowered in enumerate(lowers):
                if lowered not in lexicon:
                    head = None
                    if compounds and len(lowered) >= HEAD_FROM:
                        head = head_of(lowered)  # a Dutch compound: "gebruiksvriendelijke"
                    if head is not None:
                        lowered = words[i] = lowers[i] = head
                        if head in modifiers or "n't" in head:
                            near.update(range(i - 2, i + 4))  # the checks read it from here on
                    if head is None or head not in lexicon:
                        sentiments.append(0)  # upstream scores a word outside the lexicon 0
                        continue
                if lowered in BOOSTER_DICT:
                    sentiments.append(0)  # and a booster alone 0
                    continue
                if lowered == "kind" and i < last and lowers[i + 1] == "of":
                    sentiments.append(0)
                    continue
                if lowered == COMPLAINT_TOKEN:
                    # A complaint phrase carries its own negation ("nog steeds niet bezorgd");
                    # a "niet"/"not" before it must not flip it.
                    sentiments.append(COMPLAINT_VALENCE)
                    continue
                if lowered in EMOJI_VALENCES:
                    # An emoji is the writer's face after the words: "niet" three words
                    # before it negates a word, not the face ("... die zijn afspraken
                    # niet nakomt 🙄" rolls its eyes).
                    sentiments.append(EMOJI_VALENCES[lowered])
                    continue
                if cap_diff is None:
                    capitals = sum(map(str.isupper, words))
                    cap_diff = 0 < len(words) - capitals < len(words)
                if i in near and lowered not in self.faces:
                    sentiments.append(
                        self._valence(words, lowers, i, cap_diff, starts[i] if starts else 0)
                    )
                    continue
                valence = lexicon[lowered]
                if words[i].isupper() and cap_diff:
                    valence = valence + C_INCR if valence > 0 else valence - C_INCR
                sentiments.append(valence)
            if but and "but" in lowers:
                sentiments = but_check(words, sentiments)
            return sentiments

        @staticmethod
        def _clause_starts(text: str, tokens: list[str], ends: str) -> list[int] | None:
            """Per word of `text` (`tokens`), its clause's first word's index (a token ending
            in one of `ends` ends a clause); None for a text of one clause."""
            if not any(end in text for end in ends):
                return None
            starts, start = [], 0
            for at, token in enumerate(tokens):
                starts.append(start)
                if token[-1] in ends:
                    start = at + 1
            return starts

        def _valence(
            self, words: list[str], lowers: list[str], i: int, cap_diff: bool, first: int = 0
        ) -> float:
            """Upstream's `sentiment_valence` for the lexicon word at i, with its
            `scalar_inc_dec`, `_negation_check`, `_special_idioms_check` and `_least_check`;
            the words it looks back at begin at `first` (its clause's first word)."""
            lexicon = self.lexicon
            lowered = lowers[i]
            valence = lexicon[lowered]
            if lowered == "no" and i != len(words) - 1 and lowers[i + 1] in lexicon:
                valence = 0.0  # "no" negates the next word rather than being one
            if (
                (i > 0 and lowers[i - 1] == "no")
                or (i > 1 and lowers[i - 2] == "no")
                or (i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in ("or", "nor"))
            ):
                valence = lexicon[lowered] * N_SCALAR
            if words[i].isupper() and cap_diff:
                if valence > 0:
                    valence += C_INCR
                else:
                    valence -= C_INCR
            for start_i in range(3):
                before = i - (start_i + 1)
                if before < first:
                    break
                if i > start_i and lowers[before] not in lexicon:
                    scalar = 0.0  # scalar_inc_dec
                    if lowers[before] in BOOSTER_DICT:
                        scalar = BOOSTER_DICT[lowers[before]]
                        if valence < 0:
                            scalar *= -1
                        if words[before].isupper() and cap_diff:
                            if valence > 0:
                                scalar += C_INCR
                            else:
                                scalar -= C_INCR
                    if start_i == 1 and scalar != 0:
                        scalar = scalar * 0.95
                    if start_i == 2 and scalar != 0:
                        scalar = scalar * 0.9
                    valence = valence + scalar
                    valence = _negation(valence, lowers, start_i, i, N_SCALAR, is_negator)
                    if start_i == 2:
                        valence = _idioms(valence, lowers, i, SPECIAL_CASES, BOOSTER_DICT)
            # _least_check
            if i > 1 and lowers[i - 1] not in lexicon and lowers[i - 1] == "least":
                if lowers[i - 2] != "at" and lowers[i - 2] != "very":
                    valence = valence * N_SCALAR
            elif i > 0 and lowers[i - 1] not in lexicon and lowers[i - 1] == "least":
                valence = valence * N_SCALAR
            return valence

    return WindowedAnalyzer


def _negation(
    valence: float,
    lowers: list[str],
    start_i: int,
    i: int,
    n_scalar: float,
    is_negator: Callable[[str], bool],
) -> float:
    """Upstream's `_negation_check` on the lower-cased words."""
    if start_i == 0:
        if is_negator(lowers[i - 1]):
            valence = valence * n_scalar
    elif start_i == 1:
        if lowers[i - 2] == "never" and lowers[i - 1] in ("so", "this"):
            valence = valence * 1.25
        elif lowers[i - 2] == "without" and lowers[i - 1] == "doubt":
            pass
        elif is_negator(lowers[i - 2]):
            valence = valence * n_scalar
    elif start_i == 2:
        if (lowers[i - 3] == "never" and lowers[i - 2] in ("so", "this")) or lowers[i - 1] in (
            "so",
            "this",
        ):
            valence = valence * 1.25
        elif lowers[i - 3] == "without" and (lowers[i - 2] == "doubt" or lowers[i - 1] == "doubt"):
            pass
        elif is_negator(lowers[i - 3]):
            valence = valence * n_scalar
    return valence


def _idioms(
    valence: float,
    lowers: list[str],
    i: int,
    special_cases: dict[str, float],
    boosters: dict[str, float],
) -> float:
    """Upstream's `_special_idioms_check` on the lower-cased words (called for i >= 3)."""
    one_zero = f"{lowers[i - 1]} {lowers[i]}"
    two_one_zero = f"{lowers[i - 2]} {lowers[i - 1]} {lowers[i]}"
    two_one = f"{lowers[i - 2]} {lowers[i - 1]}"
    three_two_one = f"{lowers[i - 3]} {lowers[i - 2]} {lowers[i - 1]}"
    three_two = f"{lowers[i - 3]} {lowers[i - 2]}"
    for sequence in (one_zero, two_one_zero, two_one, three_two_one, three_two):
        if sequence in special_cases:
            valence = special_cases[sequence]
            break
    if len(lowers) - 1 > i:
        zero_one = f"{lowers[i]} {lowers[i + 1]}"
        if zero_one in special_cases:
            valence = special_cases[zero_one]
    if len(lowers) - 1 > i + 1:
        zero_one_two = f"{lowers[i]} {lowers[i + 1]} {lowers[i + 2]}"
        if zero_one_two in special_cases:
            valence = special_cases[zero_one_two]
    for n_gram in (three_two_one, three_two, two_one):
        if n_gram in boosters:
            valence = valence + boosters[n_gram]
    return valence


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
    # Adjectives pattern lacks get their forms derived the same way (opinion_words).
    for word, valence in opinion_adjectives().items():
        table.setdefault(word, valence)
    # webcare's own reading of a word wins over pattern's before forms are derived from it
    # ("standvastig" is steadfast, so "standvastigheid" is praise too).
    table.update({word: valence for word, valence in DUTCH_LEXICON.items() if word in table})
    bases = dict(table)
    # The lexicon lists base forms; Dutch adjectives mostly appear inflected ("vreselijke
    # ervaring", "droge kabeljauw", "snelle levering"). Base forms win over derived ones.
    for word, valence in list(table.items()):
        for form in inflections(word):
            table.setdefault(form, valence)
        # The partitive after "iets", "niets", "veel", "wat": "iets moois", "niets leuks".
        if not word.endswith(("s", "e", "en")) and word + "s" not in _NOT_PARTITIVE:
            table.setdefault(word + "s", valence)
        # The quality as a noun: "de gezelligheid", "onvriendelijkheid", "onduidelijkheden";
        # clear opinions only, and not the nouns that name a subject ("veiligheid").
        if abs(valence) >= 1.5 and not word.endswith("e") and word + "heid" not in _NOT_QUALITY:
            table.setdefault(word + "heid", valence * 0.8)
            table.setdefault(word + "heden", valence * 0.8)
        for form in degrees(word):
            table.setdefault(form, valence * 1.1)
    # "superlekker", "keigoed", "megaslecht": Dutch writes its booster into the word; "on-"
    # turns it around ("onsmakelijk", "onduidelijke", "onbehulpzaam"). The boosters other
    # than "super" go before clear opinions' base and -e forms only (|valence| 1.5 and up):
    # before every derived form they would double the lexicon and every analysing
    # process's memory.
    for word, valence in list(table.items()):
        if valence > 0:
            table.setdefault("super" + word, min(4.0, valence + 0.7))
            if len(word) >= 5 and valence >= 1.0:
                table.setdefault("on" + word, -0.8 * valence)
    for word, valence in bases.items():
        if abs(valence) >= 1.5:
            boosted = min(4.0, valence + 0.7) if valence > 0 else max(-4.0, valence - 0.7)
            for form in (word, *inflections(word)):
                for prefix in BOOST_PREFIXES:
                    table.setdefault(prefix + form, boosted)
    # A skipped word stays out when it is also another word's form ("wijze" of "wijs",
    # "laatste" of "laatst").
    for word in PATTERN_SKIP:
        table.pop(word, None)
    return table


_NOT_PARTITIVE = frozenset({"slechts", "links", "rechts", "anders", "soms", "eens", "tijds"})
"""Words that look like an adjective's partitive but are another word ("slechts": only)."""
_NOT_QUALITY = frozenset(
    "veiligheid gezondheid snelheid bescheidenheid benodigdheid zekerheid gelegenheid".split()
)
"""Nouns in -heid that name a subject, not a judgement ("de veiligheid", "de snelheid")."""


@cache
def analyser(language: str) -> SentimentIntensityAnalyzer:
    dutch = language == "nl"  # English tweets' F1 fell with `sentences`
    analyser = windowed_vader()(compounds=dutch, clauses=True, sentences=dutch, faces=True)
    lexicon = analyser.lexicon
    if language == "nl":
        # English words that are different, common Dutch words ("die", "kind", "arm") must go.
        for word in ENGLISH_ONLY_WORDS:
            lexicon.pop(word, None)
        lexicon.update(opinion_forms())  # pattern's and webcare's own readings win
        lexicon.update(pattern_lexicon())
        lexicon.update(DUTCH_LEXICON)
    lexicon.update(SERVICE_LEXICON)
    lexicon.update(EMOJI_VALENCES)
    lexicon[COMPLAINT_TOKEN] = COMPLAINT_VALENCE
    lexicon[EXCESS_TOKEN] = EXCESS_VALENCE
    lexicon[PRAISE_TOKEN] = PRAISE_VALENCE
    return analyser


# Dutch writes compounds as one word: "gebruiksvriendelijke", "klantonvriendelijk". A long
# word the lexicon lacks is read as its longest known ending (5+ letters) that makes a
# plausible compound with what comes before it (webcare.analysis.compounds).
HEAD_FROM = 9
"""Words of at least this many letters may be compounds."""


@functools.lru_cache(maxsize=65536)
def head_of(word: str) -> str | None:
    from webcare.analysis.compounds import compound_head

    lexicon = analyser("nl").lexicon
    if word in lexicon:
        return None
    heads = dutch_words()  # not VADER's English words: "cliffhanger" is no "hanger"
    partitives = partitive_forms()  # "iets raars" heads no compound: "zorgverzekeraars"
    return compound_head(
        word,
        lambda head: (
            head in heads and head not in partitives and abs(lexicon.get(head, 0.0)) >= 1.0
        ),
        heads,
        longest_dutch_word(),
    )


@cache
def partitive_forms() -> frozenset[str]:
    """The partitives derived from pattern's adjectives ("raars", "moois"), less the words
    webcare lists itself (plurals such as "slachtoffers")."""
    words = pattern_lexicon()
    return frozenset(
        w for w in words if w.endswith("s") and w[:-1] in words and w not in DUTCH_LEXICON
    )


@cache
def english_in_dutch() -> frozenset[str]:
    """The words the Dutch analyser scores only because VADER's English lexicon has them."""
    dutch = dutch_words()
    return frozenset(
        w for w in analyser("nl").lexicon if w.isalpha() and w not in dutch and w.islower()
    ) - frozenset(SERVICE_LEXICON) - frozenset(EMOJI_VALENCES)


@cache
def dutch_words() -> frozenset[str]:
    return frozenset(pattern_lexicon()) | frozenset(DUTCH_LEXICON) | frozenset(opinion_forms())


@cache
def longest_dutch_word() -> int:
    return max(map(len, dutch_words()), default=0)
