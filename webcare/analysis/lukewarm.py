"""Lukewarm verdicts: "een redelijke prijs", "voldoende personeel", "niks mis mee". Pure.

Some Dutch opinion words only say that something passes: it was acceptable, average,
enough. The lexicon scores them mildly positive (or mildly negative), so a text whose only
opinion words are such words got the label of that mild sign; people label it neutral. A
text whose every opinion word or phrase is lukewarm, none negated ("niet acceptabel" is a
complaint) nor boosted ("zeer behoorlijk" is praise), reads as neutral. So does mild praise
held to no more than itself ("gewoon goed, maar ook niet meer dan dat"). One clear opinion
beside them ("voldoende, maar koud", "redelijk duur en koud eten") decides as before.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from webcare.analysis.lexicon import LUKEWARM_NL, LUKEWARM_PHRASES_NL, MERELY_PHRASES_NL

if TYPE_CHECKING:
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

_ANY = re.compile(r"\b(?:" + "|".join(sorted(LUKEWARM_NL, key=len, reverse=True)) + r")\b")
_STEMS = tuple(sorted({word[:6] for word in LUKEWARM_NL}))
"""The words' beginnings: a substring test rules most texts out faster than the regex."""
_PHRASE_ENDS = ("mis mee", "dan dat", "minder")
"""How every phrase of LUKEWARM_PHRASES_NL and MERELY_PHRASES_NL ends: a fast first test."""
_LUKEWARM_PHRASE = re.compile("|".join(LUKEWARM_PHRASES_NL))
_MERELY = re.compile("|".join(MERELY_PHRASES_NL))
LUKEWARM_AT = 0.1
"""A lukewarm verdict's score is kept within ±this (neutral)."""
MILD = 2.2
"""Praise up to this valence ("goed", "lekker") is what "niet meer dan dat" holds back."""


def lukewarm_score(
    analyser: SentimentIntensityAnalyzer,
    prepared: str,
    phrases: dict[str, str],
    score: float,
    language: str,
    words: set[str] | None = None,
) -> float:
    """`score` (VADER's for `prepared`, a text rewritten for VADER, in which the `phrases`
    became tokens), or for a Dutch text a neutral one when every opinion in it is lukewarm.
    `words`: the original text's `phrase_search.word_runs`, if known (the rewriting adds
    none of the lukewarm words)."""
    if language != "nl" or abs(score) < LUKEWARM_AT:
        return score
    found = " ".join(phrases)
    if any(end in found for end in _PHRASE_ENDS):
        lukewarm = [p for p in phrases if _LUKEWARM_PHRASE.fullmatch(p)]
        merely = [p for p in phrases if _MERELY.fullmatch(p)]
    else:
        lukewarm = merely = []
    if not lukewarm and not merely:
        if words is not None and LUKEWARM_NL.isdisjoint(words):
            return score  # no lukewarm word: a set test instead of a search
        low = prepared.lower()
        if not any(stem in low for stem in _STEMS) or _ANY.search(low) is None:
            return score  # the common case: nothing lukewarm at all
    if len(lukewarm) + len(merely) < len([t for t in phrases.values() if t in prepared]):
        return score  # another complaint or praise phrase decides
    words, valences = analyser.word_valences(prepared)
    lexicon = analyser.lexicon
    tokens = {phrases[p] for p in lukewarm + merely}
    for word, valence in zip(words, valences, strict=True):
        if not valence or word in tokens:
            continue
        if merely and 0 < valence <= MILD:
            continue  # "lekker, maar niet meer dan dat"
        if word not in LUKEWARM_NL:
            return score  # a clear opinion beside it decides
        base = lexicon.get(word, 0.0)
        if valence * base < 0 or abs(valence) > abs(base) + 1e-9:
            return score  # negated or boosted: "niet acceptabel", "zeer behoorlijk"
    return max(-LUKEWARM_AT, min(LUKEWARM_AT, score / 2))
