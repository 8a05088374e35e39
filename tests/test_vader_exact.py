"""webcare's VADER scoring is a rewrite of upstream's loop: it must score exactly as upstream,
but for a handle ("@united"), which names an account and says nothing of it."""

from __future__ import annotations

from functools import cache

from hypothesis import given, settings
from hypothesis import strategies as st

# Words that drive every rule of VADER's loop: lexicon words, boosters and dampeners,
# negators, "no"/"or"/"nor", "but", "kind of", "least", "never so", "without doubt",
# idioms and booster n-grams, emoticons, and words outside the lexicon.
WORDS = (
    "good great bad terrible love hate happy sad nice awful best worst fun kind of least at very"
    " so this never without doubt no nor or not isn't don't can't cannot aint neither but"
    " extremely really barely hardly somewhat sort kinda absolutely the shit bomb bad ass yeah"
    " right cut mustard hand mouth back handed blow smoke lol wtf ok okay fine sure"
    " parcel order driver today the a and is was it delivery"
).split()
DECORATIONS = ("", "", "", "!", "?", ".", ",", "!!", "...", ":)", ":(", "'")
EMOJI = ("😍", "😡", "👍", "🙄")
# Sequences the rules look for, so that random texts contain them often.
PHRASES = (
    "at least", "very least", "kiss of death", "to die for", "beating heart", "bus stop",
    "yeah right", "the shit", "the bomb", "bad ass", "just enough", "sort of", "kind of",
    "no good or", "no bad nor", "never so", "never this", "without doubt", "not very",
    "isn't really", "no no",
)  # fmt: skip


def token(word: str, upper: bool, decoration: str) -> str:
    return (word.upper() if upper else word) + decoration


tokens = st.builds(
    token,
    st.sampled_from(WORDS),
    st.booleans(),
    st.sampled_from(DECORATIONS),
) | st.sampled_from(EMOJI + PHRASES + (":)", ":-(", "<3"))


@cache
def analysers():  # type: ignore[no-untyped-def]
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    from webcare.analysis.vader import windowed_vader

    return windowed_vader()(), SentimentIntensityAnalyzer()


@settings(max_examples=600, deadline=None)
@given(st.lists(tokens, max_size=16), st.sampled_from([" ", "  ", "\n", " ! "]), st.booleans())
def test_scores_equal_upstreams_on_random_texts(
    words: list[str], separator: str, shout: bool
) -> None:
    ours, upstream = analysers()
    text = separator.join(words)
    text = text.upper() if shout else text  # all caps: no word stands out
    expected = upstream.polarity_scores(text)
    assert ours.polarity_scores(text) == expected
    assert ours.compound(text) == expected["compound"]


def test_a_handle_says_nothing_of_the_account_it_names() -> None:
    from webcare.analysis.sentiment import analyse_sentiment
    from webcare.model import SentimentLabel

    ours, upstream = analysers()
    assert upstream.polarity_scores("@united")["compound"] > 0  # upstream reads "united"
    assert ours.compound("@united") == 0.0
    assert ours.compound("@united,") == 0.0
    assert analyse_sentiment("@united my bag is lost", "en").label is SentimentLabel.NEG
    assert analyse_sentiment("@united thanks, all sorted", "en").label is SentimentLabel.POS
    # ... nor among the words said to have made the score.
    praise = analyse_sentiment("@united shoutout to the crew", "en")
    assert praise.label is SentimentLabel.POS and "united" not in praise.words
    assert "ok" in analyse_sentiment("@united ok", "en").words
    # The word itself still counts: "a united team" is praise.
    assert ours.compound("what a united team") == upstream.polarity_scores("what a united team")["compound"]
