"""Dutch disappointment told by time, comparison and expectation (webcare.analysis.decline):
the sign of a comparison follows its comparative and its negator, past praise is a
complaint only when the text does not say it lasts, and the time words' other senses
("vroeger dan gepland", "de beste ooit") are left alone."""

from __future__ import annotations

import pytest

from webcare.analysis.sentiment import analyse_sentiment


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # A comparison takes its comparative's sign, turned by a negator before it.
        ("De levering was trager dan bij mijn vorige webshop.", "neg"),
        ("De levering was niet trager dan bij mijn vorige webshop.", "pos"),
        ("De koffie was minder sterk dan vroeger.", "neg"),
        ("Het eten was niet minder lekker dan vorige keer.", "pos"),
        ("De hotelkamer was ruimer dan op de foto's.", "pos"),
        ("De premie is hoger dan vorig jaar.", "neg"),
        ("Minder dan we hadden gehoopt.", "neg"),
        # "vroeger" as the comparative of "vroeg" (early), and no reference after "dan".
        ("We kwamen een uur vroeger dan gepland aan.", "neu"),
        ("Het pakket is groter dan een brievenbus.", "neu"),
        # Praise in the past is a complaint; praise that lasts, or like for like, is not.
        ("De croissants waren vroeger altijd heerlijk.", "neg"),
        ("Vroeger was het hier nooit zo vies.", "neg"),
        ("Vroeger al heerlijk en nu nog steeds.", "pos"),
        ("De appeltaart is net zo lekker als vroeger.", "pos"),
        ("De lekkerste pizza die ik ooit heb gegeten.", "pos"),
        ("Vroeger woonde ik vlak bij de winkel.", "neu"),
        # Fixed forms of decline and expectation, and their mirror.
        ("De bereikbaarheid van de klantenservice gaat hard achteruit.", "neg"),
        ("De app is er flink op vooruitgegaan.", "pos"),
        ("De bediening voldeed niet aan onze verwachtingen.", "neg"),
        ("De bediening voldeed aan al onze verwachtingen.", "pos"),
        ("Dit is geen waar voor je geld.", "neg"),
    ],
)
def test_decline(text: str, label: str) -> None:
    assert analyse_sentiment(text, "nl").label.value == label
