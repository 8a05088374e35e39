"""Dutch complaints stated as facts (webcare.analysis.fact_complaints): a state is a complaint
only of the things it spoils, a negator between them undoes it, and the word sets that gate
each phrase never skip a text the phrase matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from webcare.analysis.fact_complaints import complaint_phrases, praise_phrases
from webcare.analysis.language import TOKEN
from webcare.analysis.phrase_search import word_runs
from webcare.analysis.rewrite import prepare
from webcare.analysis.sentiment import analyse_sentiment
from webcare.evaluate import read_examples

PROBES = Path(__file__).parent / "sentiment_probes"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # The same state, good or bad by what it is said of.
        ("De wijn werd warm geserveerd.", "neg"),
        ("De soep werd warm geserveerd.", "pos"),
        ("Het bier was lauw.", "neg"),
        ("Het bier was ijskoud.", "pos"),
        ("Het bier was niet koud.", "neg"),
        ("De kip was vanbinnen nog roze.", "neg"),
        ("Het brood was oud en hard.", "neg"),
        ("De kaas was oud en pittig.", "pos"),
        # A state of something it does not spoil is no complaint.
        ("De witte wijn was droog.", "neu"),
        ("Het matras was hard.", "neu"),
        # A negator between the thing and its state undoes the complaint.
        ("Het vlees was helemaal niet taai.", "pos"),
        # Something in the food, and the same words elsewhere.
        ("Er zat een vlieg in mijn soep.", "neg"),
        ("In de soep zat een stukje plastic.", "neg"),
        ("In de soep zat spinazie.", "neu"),
        # Leaving unserved, and leaving.
        ("We zijn na een uur zonder eten vertrokken.", "neg"),
        ("We zijn om elf uur vertrokken.", "neu"),
        # The body after a meal.
        ("Na het diner had ik de hele nacht buikpijn.", "neg"),
        # Speed counted the good way and the bad way.
        ("Binnen vijf minuten stond de soep op tafel.", "pos"),
        ("Pas na het hoofdgerecht kwam de wijn.", "neg"),
        ("De bestelling kwam later dan beloofd.", "neg"),
        ("De bestelling kwam eerder dan beloofd.", "pos"),
    ],
)
def test_fact_sentiment(text: str, label: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == label


def _texts() -> list[str]:
    return [e.text for path in sorted(PROBES.glob("*.tsv")) for e in read_examples(path)]


def test_word_sets_never_skip_a_match() -> None:
    """rewrite searches a fact phrase only in texts whose words meet each of its word sets:
    a set that misses a word the phrase can match would drop the rule silently."""
    phrases = [
        (sets, re.compile(source)) for sets, source in complaint_phrases() + praise_phrases()
    ]
    matched = 0
    for text in _texts():
        low = text.lower()
        runs = word_runs(TOKEN.findall(low))
        for sets, pattern in phrases:
            if pattern.search(low):
                matched += 1
                assert all(not words.isdisjoint(runs) for words in sets), (
                    text,
                    pattern.pattern[:80],
                )
    assert matched > 50  # the probes exercise the phrases


def test_fact_phrases_never_span_an_internal_token() -> None:
    """Fact phrases are searched after the complaint phrases have become tokens: a gap
    spanning one would show the user "uur wccomplaint op ons eten" among the words."""
    facts = [re.compile(source) for _, source in complaint_phrases() + praise_phrases()]
    texts = [*_texts(), "We moesten een half uur wachten op ons eten."]
    for text in texts:
        for phrase in prepare(text, "nl")[1]:
            if "wc" in phrase and "wc" not in text.lower():
                assert not any(p.fullmatch(phrase) for p in facts), (text, phrase)
